/**
 * npm run snapshot -- --query <saved-id> [--param name=value]... [--layout fcose] [--lang en|ar|both] --out fig.png|fig.svg
 * npm run snapshot -- --node <id> [--depth 1-3] ... --out fig.svg
 *
 * A figure for a report, made headlessly: Neo4j from server/neo4j/provision.ts (NEO4J_URI, else the app's
 * running local Neo4j, else one started for the run), the app in-process on a free port, the explorer's deep
 * link opened in Chromium, the view captured once the layout is done, and the picture drawn by the same
 * renderer as /snapshots/<id>.png|svg. Layouts are seeded and the figure has a fixed size, so the same inputs
 * give the same picture. --save stores it as a snapshot and prints its id and URLs.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { clientDist, createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { toApiError, ApiError } from '../http/errors.ts';
import { listen } from '../http/server.ts';
import { Gateway } from '../neo4j/gateway.ts';
import { provisionNeo4j } from '../neo4j/provision.ts';
import { parseParamPairs } from '../queries/params.ts';
import { domainIsEmpty, seedDatabase } from '../seed/seed.ts';
import { closeSnapshotRenderer, sharedBrowser, SnapshotRenderer, type ImageFormat } from './render.ts';
import { LANGS, LAYOUTS, snapshotBody } from './schemas.ts';

const USAGE = `Usage: npm run snapshot -- --query <saved-query-id> [--param name=value]... --out fig.png|fig.svg
       npm run snapshot -- --node <node-id> [--depth 1-3] --out fig.png|fig.svg
Options: --layout ${LAYOUTS.join('|')} (default fcose)   --lang en|ar|both (default en)
         --title "…" (default: the query's title or the node's name)   --width 1200 --height 800 (canvas, px)
         --scale 1-4 (PNG pixel ratio, default 2)   --save (store it as a snapshot and print its URLs)`;

/** The explorer window the view is computed in: fixed, so layouts and label measurements repeat. */
const BROWSER_VIEWPORT = { width: 1440, height: 900 };
/** As the explorer's fit (scene.ts): never blow a small result up beyond this zoom. */
const MAX_FIT_ZOOM = 1.4;
const FIT_PADDING = 30;

const usage = (message: string) => new ApiError(400, 'usage', `${message}\n${USAGE}`);

function intOption(raw: string | undefined, name: string, min: number, max: number, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw usage(`--${name} must be an integer from ${min} to ${max}`);
  return n;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      query: { type: 'string', short: 'q' },
      param: { type: 'string', short: 'p', multiple: true },
      node: { type: 'string', short: 'n' },
      depth: { type: 'string' },
      layout: { type: 'string', default: 'fcose' },
      lang: { type: 'string', default: 'en' },
      title: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      scale: { type: 'string' },
      out: { type: 'string', short: 'o' },
      save: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length) throw usage(`unexpected argument ${JSON.stringify(positionals[0])}`);
  if (Boolean(values.query) === Boolean(values.node)) throw usage('give either --query or --node');
  if (!values.out) throw usage('--out is required');
  const format = path.extname(values.out).slice(1).toLowerCase();
  if (format !== 'png' && format !== 'svg') throw usage('--out must end in .png or .svg');
  if (!(LAYOUTS as readonly string[]).includes(values.layout!)) throw usage(`--layout must be one of ${LAYOUTS.join(', ')}`);
  if (!(LANGS as readonly string[]).includes(values.lang!)) throw usage('--lang must be en, ar or both');
  const width = intOption(values.width, 'width', 200, 5000, 1200);
  const height = intOption(values.height, 'height', 200, 5000, 800);
  const scale = intOption(values.scale, 'scale', 1, 4, 2);
  const depth = intOption(values.depth, 'depth', 1, 3, 1);
  const params = parseParamPairs(values.param ?? []);
  if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: run `npm run build` first.');

  // The explorer link that produces the figure (the same deep link a person would open).
  const link = new URLSearchParams();
  if (values.query) {
    link.set('v', 'query');
    link.set('q', values.query);
    for (const [k, v] of Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1))) link.set(`p.${k}`, v);
  } else {
    link.set('v', 'node');
    link.set('id', values.node!);
    if (depth !== 1) link.set('depth', String(depth));
  }
  if (values.layout !== 'fcose') link.set('layout', values.layout!);
  if (values.lang !== 'en') link.set('lang', values.lang!);
  const search = `?${link.toString()}`;

  const config = loadConfig({ LOG_LEVEL: 'silent', ...process.env });
  const log = (m: string) => console.error(m);
  const db = await provisionNeo4j(config, { log });
  const running = await (async () => {
    const gateway = new Gateway(db);
    if (config.seed.onEmpty && (await domainIsEmpty(gateway))) {
      log('The graph is empty: applying schema and seed...');
      await seedDatabase(gateway);
    }
    const app = createApp({ config, db, neo4jMode: db.mode });
    return { app, server: await listen(app, config, 0, '127.0.0.1') };
  })().catch(async (err: unknown) => {
    await db.stop();
    throw err;
  });
  const { app, server } = running;
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const publicBase = (config.server.publicUrl ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');

  try {
    // Check the inputs through the API first: an unknown query or node, a bad parameter → its message.
    const api = async <T>(method: string, p: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${base}${p}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      const json = (await res.json()) as T & { error?: { code: string; message: string } };
      if (!res.ok) throw new ApiError(res.status, json.error?.code ?? 'error', json.error?.message ?? `HTTP ${res.status}`);
      return json;
    };
    let title = values.title;
    if (values.query) {
      const q = await api<{ title: string }>('GET', `/api/queries/${encodeURIComponent(values.query)}`);
      await api('POST', `/api/queries/${encodeURIComponent(values.query)}/run`, { params });
      title ??= q.title;
    } else {
      const n = await api<{ node: { properties: Record<string, unknown> } }>('GET', `/api/nodes/${encodeURIComponent(values.node!)}`);
      const name = (k: string) => (typeof n.node.properties[k] === 'string' ? (n.node.properties[k] as string) : undefined);
      title ??= (values.lang === 'ar' ? name('nameAr') : name('name')) ?? values.node!;
    }

    const browser = await sharedBrowser(config.snapshots.chromiumPath);
    const context = await browser.newContext({ viewport: BROWSER_VIEWPORT, deviceScaleFactor: 1, locale: 'en-US', timezoneId: 'UTC' });
    let view: unknown;
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${base}/${search}`);
      // "ready" is set once the source is loaded and its (seeded) layout has finished.
      const state = await page
        .waitForFunction(() => document.body.dataset.state !== 'loading' && document.body.dataset.state, null, { timeout: 120_000 })
        .then((h) => h.jsonValue());
      if (state !== 'ready') {
        const why = (await page.textContent('#overlay').catch(() => null))?.trim();
        throw new ApiError(400, state === 'empty' ? 'empty_view' : 'view_failed', why || errors[0] || `the explorer ended in state ${String(state)}`);
      }
      view = await page.evaluate(
        ({ w, h, pad, maxZoom }) => {
          const kgx = window.kgx!;
          const cy = kgx.cy();
          const frozen = kgx.view();
          // The figure's own viewport: everything shown, fitted into w×h (as the explorer's Fit does).
          const bb = cy.elements().boundingBox({});
          const zoom = Math.min(maxZoom, (w - 2 * pad) / Math.max(1, bb.w), (h - 2 * pad) / Math.max(1, bb.h));
          frozen.viewport = { zoom, pan: { x: w / 2 - zoom * (bb.x1 + bb.w / 2), y: h / 2 - zoom * (bb.y1 + bb.h / 2) } };
          return frozen;
        },
        { w: width, h: height, pad: FIT_PADDING, maxZoom: MAX_FIT_ZOOM },
      );
    } finally {
      await context.close();
    }

    // The in-process server's address means nothing after this run: the view's link names the public one.
    const frozen = view as { link: string };
    frozen.link = `${publicBase}/${search}`;
    const body = snapshotBody.parse({ title, view: frozen, width, height });
    const service = app.locals.services.snapshots;
    const snapshot = values.save ? await service.create(body) : await service.build(body, 'cli-preview');
    // A saved snapshot's picture goes to the cache the server reads, so the URLs serve these very bytes.
    const renderer = new SnapshotRenderer(config.snapshots, { cache: values.save });
    const bytes = await renderer.image({ id: snapshot.id, json: JSON.stringify(snapshot), format: format as ImageFormat, scale });
    fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
    fs.writeFileSync(values.out, bytes);
    console.log(`wrote ${values.out} (${format.toUpperCase()}, ${snapshot.counts.nodes} nodes, ${snapshot.counts.edges} relationships, ${snapshot.sources.length} sources)`);
    if (values.save) {
      const urls = service.urls(snapshot.id, publicBase);
      console.log(`snapshot ${snapshot.id}`);
      for (const [k, u] of Object.entries(urls)) console.log(`  ${k.padEnd(8)} ${u}`);
    }
    return 0;
  } finally {
    await closeSnapshotRenderer();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.locals.services.close();
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const e = toApiError(err);
    console.error(e.status < 500 || e.status === 503 ? `${e.code}: ${e.message}` : err instanceof Error ? err.message : String(err));
    process.exit(e.status === 404 ? 3 : 2);
  },
);
