/**
 * Snapshots in Debian's Chromium against the real app and Neo4j: the Snapshot button and its snippets, the
 * embed page (drawn, counted, hover details, read-only), reopening in the explorer, English and Arabic, the SVG
 * parsed by the browser, a title holding HTML staying text, the "done when" pages (a Markdown image, an
 * iframe), and the command line giving the same SVG twice. Pictures go to test-artifacts/snapshots/.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { clientDist, createApp } from '../../server/app.ts';
import { projectRoot } from '../../server/config.ts';
import { closeSnapshotRenderer } from '../../server/snapshots/render.ts';
import type { Snapshot } from '../../server/snapshots/schemas.ts';
import { testConfig, testDb } from '../setup/db.ts';
import { launchBrowser, openReady, painted, pngDimensions, settled, visibleCounts, type Browsing } from './harness.ts';

const ARTIFACTS = path.join(projectRoot, 'test-artifacts', 'snapshots');
const run = promisify(execFile);

const db = testDb();
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-snapshot-e2e-cache-'));
let server: Server;
let url: string;
let b: Browsing;
let page: Page;

async function listen(cache: string): Promise<{ server: Server; url: string }> {
  const app = createApp({ config: testConfig({ SNAPSHOT_CACHE_DIR: cache }), db, neo4jMode: db.mode });
  const s: Server = await new Promise((resolve) => {
    const x = app.listen(0, '127.0.0.1', () => resolve(x));
  });
  return { server: s, url: `http://127.0.0.1:${(s.address() as AddressInfo).port}` };
}
const stop = (s: Server) => {
  s.closeAllConnections();
  return new Promise<void>((resolve) => s.close(() => resolve()));
};

beforeAll(async () => {
  if (!fs.existsSync(path.join(clientDist, 'embed.html'))) throw new Error('client/dist/embed.html is missing: run `npm run build` first (npm test does it).');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  [{ server, url }, b] = await Promise.all([listen(cacheDir), launchBrowser()]);
  page = b.page;
}, 120_000);

afterAll(async () => {
  await b?.close();
  await closeSnapshotRenderer();
  if (server) await stop(server);
  await db.driver.close();
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

const getJson = async <T>(p: string): Promise<T> => (await (await fetch(`${url}${p}`)).json()) as T;
const getBytes = async (p: string): Promise<Buffer> => {
  const res = await fetch(`${url}${p}`);
  expect(res.status, p).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};
const save = (name: string, bytes: Buffer | string) => fs.writeFileSync(path.join(ARTIFACTS, name), bytes);

/** A scratch page outside the app (no CSP) for decoding pictures and parsing SVG. */
async function scratch<T>(fn: (arg: string) => Promise<T> | T, arg: string): Promise<T> {
  const p = await b.context.newPage();
  try {
    return await p.evaluate(fn, arg);
  } finally {
    await p.close();
  }
}

/** Distinct colours in a PNG (a blank or one-colour picture has one or two). */
const distinctColours = (png: Buffer) =>
  scratch(async (b64: string) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const set = new Set<number>();
    for (let i = 0; i < d.length; i += 4) set.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
    return set.size;
  }, png.toString('base64'));

/** The SVG parsed by Chromium's XML parser: errors, and the painted lines of text in order. */
const parseSvg = (svg: string) =>
  scratch((text: string) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const errors = doc.getElementsByTagName('parsererror').length;
    const root = doc.documentElement;
    // Each label line is drawn twice (white outline, then the fill): the filled ones are what a reader sees.
    const lines = [...doc.getElementsByTagName('text')].filter((t) => t.getAttribute('fill') !== 'none').map((t) => t.textContent ?? '');
    return { errors, root: root.nodeName, ns: root.namespaceURI, width: root.getAttribute('width'), lines, hasElements: doc.querySelectorAll('script, foreignObject, img').length };
  }, svg);

/** Freezes the explorer's current view through the Snapshot button; returns the new id and the snippets. */
async function snapshotFromUi(title: string): Promise<{ id: string; snippets: Record<string, string> }> {
  await page.click('#btn-snapshot');
  const dialog = page.locator('#snapshot-dialog');
  await dialog.waitFor();
  await page.fill('#snapshot-title', title);
  await page.click('#snapshot-save');
  await page.locator('[data-snippet="markdown"]').waitFor({ timeout: 30_000 });
  const snippets = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLTextAreaElement>('[data-snippet]')].map((t) => [t.dataset.snippet!, t.value])));
  const id = await page.locator('[data-snapshot-id]').getAttribute('data-snapshot-id');
  return { id: id!, snippets };
}

/** Waits for the embed page (or the explorer) to finish; returns its state. */
const embedState = (p: Page) => p.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state ?? '') && document.body.dataset.state, null, { timeout: 30_000 }).then((h) => h.jsonValue());

let enId: string;
let en: Snapshot;

describe('the Snapshot button', () => {
  it('freezes the view, stores it, and offers Markdown, <img>, <iframe> and reopen snippets', async () => {
    await page.goto(`${url}/`);
    expect(await settled(page)).toBe('ready');
    // The timeline's marks take the rows they need once the scene's dates are known, which sets the canvas's
    // final height: measure after that.
    await page.locator('#timeline .tl-mark').first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => Math.round(window.kgx!.cy().height()) === document.getElementById('cy')!.clientHeight, null, { timeout: 30_000 });
    const seen = await visibleCounts(page);
    const canvas = await page.evaluate(() => ({ w: Math.round(window.kgx!.cy().width()), h: Math.round(window.kgx!.cy().height()), zoom: window.kgx!.cy().zoom() }));
    const { id, snippets } = await snapshotFromUi('Kuwait–Turkey agreements');
    enId = id;
    expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(snippets).toEqual({
      markdown: `![Kuwait–Turkey agreements](${url}/snapshots/${id}.png)`,
      html: `<img src="${url}/snapshots/${id}.png" alt="Kuwait–Turkey agreements">`,
      iframe: expect.stringMatching(new RegExp(`^<iframe src="${url}/embed/${id}" title="Kuwait–Turkey agreements" width="\\d+" height="\\d+"`)),
      link: `${url}/?snapshot=${id}`,
    });
    // The dialog's preview is the server's picture.
    await page.waitForFunction(() => (document.querySelector<HTMLImageElement>('.snapshot-preview img')?.naturalWidth ?? 0) > 0, null, { timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-snapshot-dialog-en.png') });
    await page.keyboard.press('Escape');

    en = await getJson<Snapshot>(`/api/snapshots/${id}`);
    expect(en.counts).toEqual(seen);
    expect({ w: en.width, h: en.height }).toEqual({ w: canvas.w, h: canvas.h });
    expect(en.viewport.zoom).toBeCloseTo(canvas.zoom, 9);
    expect(en.lang).toBe('en');
    expect(en.view.state.source).toEqual({ kind: 'agreements' });
    expect(en.sources.map((s) => s.publication).sort()).toEqual(['Al-Qabas', 'Political Keys']);
    const png = await getBytes(`/snapshots/${id}.png`);
    save('snapshot-en.png', png);
    expect(pngDimensions(png).width).toBe(en.width);
    expect(b.pageErrors).toEqual([]);
  });

  it('asks for the API token when the server wants one', async () => {
    const locked = createApp({ config: testConfig({ SNAPSHOT_CACHE_DIR: cacheDir, API_TOKEN: 'ui-token-0123456789' }), db, neo4jMode: db.mode });
    const s: Server = await new Promise((resolve) => {
      const x = locked.listen(0, '127.0.0.1', () => resolve(x));
    });
    const base = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
    try {
      const p = await b.context.newPage();
      await p.goto(`${base}/`);
      await settled(p);
      await p.click('#btn-snapshot');
      await p.fill('#snapshot-title', 'With a token');
      await p.click('#snapshot-save');
      await p.locator('#snapshot-token').waitFor({ state: 'visible' });
      expect(await p.locator('.snapshot-error').textContent()).toMatch(/Authorization|token/i);
      await p.fill('#snapshot-token', 'ui-token-0123456789');
      await p.click('#snapshot-save');
      await p.locator('[data-snippet="markdown"]').waitFor({ timeout: 30_000 });
      const id = await p.locator('[data-snapshot-id]').getAttribute('data-snapshot-id');
      expect((await fetch(`${base}/api/snapshots/${id}`)).status).toBe(200);
      await fetch(`${base}/api/snapshots/${id}`, { method: 'DELETE', headers: { Authorization: 'Bearer ui-token-0123456789' } });
      await p.close();
    } finally {
      await stop(s);
    }
  });
});

describe('the embed page', () => {
  it('draws the snapshot read-only: non-blank, as many nodes as the snapshot, hover details as text', async () => {
    const p = await b.context.newPage();
    await p.setViewportSize({ width: 900, height: 640 });
    await p.goto(`${url}/embed/${enId}`);
    expect(await embedState(p)).toBe('ready');
    expect(await p.evaluate(() => Number(document.body.dataset.nodes))).toBe(en.counts.nodes);
    expect(await p.evaluate(() => window.kgxEmbed!.cy().edges().length)).toBe(en.counts.edges);
    const shot = await p.screenshot();
    save('embed-en.png', shot);
    expect(await distinctColours(shot)).toBeGreaterThan(30);
    expect(await p.locator('.title').textContent()).toBe('Kuwait–Turkey agreements');
    expect(await p.locator('footer.sources').textContent()).toMatch(/^Sources: .*Al-Qabas/);

    // Hover: the node's names appear as text.
    const kuwait = await p.evaluate(() => {
      const cy = window.kgxEmbed!.cy();
      const n = cy.$id('country-kuwait');
      const r = cy.container()!.getBoundingClientRect();
      return { x: r.left + n.renderedPosition().x, y: r.top + n.renderedPosition().y };
    });
    await p.mouse.move(kuwait.x, kuwait.y);
    await p.locator('#tip').waitFor({ state: 'visible' });
    expect(await p.locator('#tip').textContent()).toContain('Kuwait');
    expect(await p.locator('#tip').textContent()).toContain('الكويت');
    await p.screenshot({ path: path.join(ARTIFACTS, 'embed-en-hover.png') });

    // Read-only: a drag pans the view but moves no node; the wheel zooms.
    const before = await p.evaluate(() => ({ ...window.kgxEmbed!.cy().$id('country-kuwait').position() }));
    const zoom0 = await p.evaluate(() => window.kgxEmbed!.cy().zoom());
    await p.mouse.down();
    await p.mouse.move(kuwait.x + 80, kuwait.y + 40, { steps: 5 });
    await p.mouse.up();
    expect(await p.evaluate(() => ({ ...window.kgxEmbed!.cy().$id('country-kuwait').position() }))).toEqual(before);
    await p.mouse.wheel(0, -400);
    await expect.poll(() => p.evaluate(() => window.kgxEmbed!.cy().zoom())).not.toBe(zoom0);
    expect(await p.evaluate(() => window.kgxEmbed!.cy().autoungrabify())).toBe(true);
    await p.close();
  });

  it('says in the reader\'s language, and nothing else, when the snapshot cannot be loaded', async () => {
    const p = await b.context.newPage();
    try {
      // The page loads; its request for the snapshot never gets an answer.
      await p.route('**/api/snapshots/**', (r) => r.abort());
      await p.goto(`${url}/embed/${enId}?lang=ar`);
      expect(await embedState(p)).toBe('error');
      expect(await p.locator('p.error').textContent()).toBe('تعذر تحميل هذه اللقطة. لم يُجب الخادم؛ تحقّق من الاتصال.');
      expect(await p.getAttribute('html', 'dir')).toBe('rtl');
      await p.goto(`${url}/embed/${enId}?lang=en`);
      expect(await embedState(p)).toBe('error');
      expect(await p.locator('p.error').textContent()).toBe('This snapshot could not be loaded. The server could not be reached. Is it running?');
      expect(await p.getAttribute('html', 'dir')).toBe('ltr');
    } finally {
      await p.close();
    }
  });

  it('reopens in the explorer exactly as frozen, from /?snapshot=<id>', async () => {
    await openReady(page, `${url}/?snapshot=${enId}`);
    const scene = await page.evaluate(() => {
      const cy = window.kgx!.cy();
      return { ids: cy.nodes().map((n) => n.id()).sort(), zoom: cy.zoom(), pan: cy.pan(), kuwait: cy.$id('country-kuwait').position() };
    });
    expect(scene.ids).toEqual(en.graph.nodes.map((n) => n.id).sort());
    expect(scene.zoom).toBeCloseTo(en.viewport.zoom, 6);
    expect(scene.pan.x).toBeCloseTo(en.viewport.pan.x, 3);
    expect(scene.kuwait).toEqual(en.graph.nodes.find((n) => n.id === 'country-kuwait')!.position);
    expect(await page.locator('#statusbar').textContent()).toContain('Kuwait–Turkey agreements');
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-reopened-en.png') });
    // An unknown snapshot is reported, not a blank page.
    await page.goto(`${url}/?snapshot=AAAAAAAAAAAA`);
    expect(await settled(page)).toBe('error');
    expect(await page.locator('#overlay').textContent()).toContain('No snapshot');
  });
});

describe('Arabic', () => {
  it('freezes the Arabic view and draws it right to left, in the embed page, the PNG and the SVG', async () => {
    await page.goto(`${url}/?lang=ar`);
    expect(await settled(page)).toBe('ready');
    const { id } = await snapshotFromUi('الاتفاقيات الكويتية التركية');
    await page.keyboard.press('Escape');
    const ar = await getJson<Snapshot>(`/api/snapshots/${id}`);
    expect(ar.lang).toBe('ar');
    const p = await b.context.newPage();
    await p.setViewportSize({ width: 900, height: 640 });
    await p.goto(`${url}/embed/${id}`);
    expect(await embedState(p)).toBe('ready');
    expect(await p.evaluate(() => [document.documentElement.lang, document.querySelector('.title')!.getAttribute('dir'), document.querySelector('footer.sources')!.getAttribute('dir')])).toEqual(['ar', 'rtl', 'rtl']);
    expect(await p.locator('footer.sources').textContent()).toMatch(/^المصادر: .*جريدة القبس/);
    expect(await p.evaluate(() => window.kgxEmbed!.cy().$id('country-kuwait').style('label'))).toBe('\u2068الكويت\u2069');
    save('embed-ar.png', await p.screenshot());
    await p.close();
    const png = await getBytes(`/snapshots/${id}.png?scale=2`);
    save('snapshot-ar@2x.png', png);
    expect(pngDimensions(png).width).toBe(2 * ar.width);
    expect(await distinctColours(png)).toBeGreaterThan(30);
    const svg = (await getBytes(`/snapshots/${id}.svg`)).toString('utf8');
    save('snapshot-ar.svg', svg);
    const parsed = await parseSvg(svg);
    expect(parsed.errors).toBe(0);
    const text = parsed.lines.join(' ');
    for (const name of ['الكويت', 'تركيا', 'الحرس الوطني الكويتي']) expect(text).toContain(name);
    expect(text).toContain('الاتفاقيات الكويتية التركية');
  });
});

describe('the SVG', () => {
  it('parses in Chromium and holds every name shown, the title and the sources', async () => {
    const svg = (await getBytes(`/snapshots/${enId}.svg`)).toString('utf8');
    save('snapshot-en.svg', svg);
    const parsed = await parseSvg(svg);
    expect(parsed).toMatchObject({ errors: 0, root: 'svg', ns: 'http://www.w3.org/2000/svg', width: String(en.width), hasElements: 0 });
    const text = parsed.lines.join(' ').replace(/\s+/g, ' ');
    for (const n of en.graph.nodes) {
      const name = String(n.properties.name ?? n.id).replace(/\s+/g, ' ');
      expect(text, n.id).toContain(name);
    }
    expect(text).toContain('Kuwait–Turkey agreements');
    expect(text).toMatch(/Sources: .*Political Keys/);
    // And it draws: rasterised by the browser, it has the picture's colours.
    const shot = await (async () => {
      const p = await b.context.newPage();
      await p.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
      const bytes = await p.locator('svg').first().screenshot();
      await p.close();
      return bytes;
    })();
    save('snapshot-en-svg-rasterised.png', shot);
    expect(await distinctColours(shot)).toBeGreaterThan(30);
  });
});

describe('a title holding HTML', () => {
  it('stays text in the embed page, the explorer and the SVG: no dialog, no injected element', async () => {
    const title = `<img src=x onerror="alert('img')"><script>alert('script')</script><b>bold</b> & "quoted"`;
    const view = await (async () => {
      await page.goto(`${url}/`);
      await settled(page);
      return page.evaluate(() => ({ view: window.kgx!.view(), width: Math.round(window.kgx!.cy().width()), height: Math.round(window.kgx!.cy().height()) }));
    })();
    const res = await fetch(`${url}/api/snapshots`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title, ...view }) });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const dialogsBefore = b.dialogs.length;

    const p = await b.context.newPage();
    const dialogs: string[] = [];
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await p.goto(`${url}/embed/${id}`);
    expect(await embedState(p)).toBe('ready');
    await painted(p);
    expect(await p.locator('.title').textContent()).toBe(title);
    expect(await p.evaluate(() => document.title)).toBe(title);
    expect(await p.evaluate(() => document.querySelectorAll('#frame img, #frame script, #frame b').length)).toBe(0);
    save('embed-html-title.png', await p.screenshot());
    await p.goto(`${url}/?snapshot=${id}`);
    await settled(p);
    expect(await p.evaluate(() => document.querySelectorAll('#statusbar *').length)).toBe(0);
    expect(await p.locator('#statusbar').textContent()).toContain(title);
    await p.close();

    const svg = (await getBytes(`/snapshots/${id}.svg`)).toString('utf8');
    expect(svg).toContain('&lt;img src=x onerror="alert(\'img\')"&gt;&lt;script&gt;');
    expect(svg).not.toMatch(/<img|<script|<b>/);
    expect((await parseSvg(svg)).hasElements).toBe(0);
    const png = await getBytes(`/snapshots/${id}.png`);
    expect(pngDimensions(png).width).toBe(view.width);
    expect(dialogs).toEqual([]);
    expect(b.dialogs.length).toBe(dialogsBefore);
  });
});

describe('done when', () => {
  it('a Markdown image of the PNG URL shows the picture, and an HTML page with the iframe shows the interactive view', async () => {
    const p = await b.context.newPage();
    await p.setViewportSize({ width: 1000, height: 760 });
    // What a Markdown viewer makes of ![](…png) — an <img> on another origin — and the dialog's iframe snippet.
    const iframe = `<iframe src="${url}/embed/${enId}" title="Kuwait–Turkey agreements" width="900" height="560" style="border:1px solid #e2e8f0"></iframe>`;
    // The report lives on another site (its own origin and port).
    const html = `<!doctype html><meta charset="utf-8"><body style="font:14px sans-serif;margin:16px"><h1>Report</h1><p><img id="md" src="${url}/snapshots/${enId}.png" alt="" style="max-width:420px"></p>${iframe}</body>`;
    const site = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((resolve) => site.listen(0, 'localhost', resolve));
    onTestFinished(() => new Promise<void>((resolve) => site.close(() => resolve())));
    await p.goto(`http://localhost:${(site.address() as AddressInfo).port}/report.html`);
    await p.waitForFunction(() => (document.getElementById('md') as HTMLImageElement).complete, null, { timeout: 30_000 });
    expect(await p.evaluate(() => (document.getElementById('md') as HTMLImageElement).naturalWidth)).toBe(en.width);
    const frame = (await (await p.waitForSelector('iframe')).contentFrame())!;
    expect(await embedState(frame as unknown as Page)).toBe('ready');
    expect(frame.url()).toBe(`${url}/embed/${enId}`);
    expect(await frame.evaluate(() => Number(document.body.dataset.nodes))).toBe(en.counts.nodes);
    await painted(p);
    save('report-page-with-image-and-iframe.png', await p.screenshot({ fullPage: true }));
    await p.close();

    // The same page opened from disk (file:), as a report usually is.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-report-'));
    try {
      fs.writeFileSync(path.join(dir, 'report.html'), `<!doctype html><meta charset="utf-8"><body><img id="md" src="${url}/snapshots/${enId}.png" width="300">${iframe}</body>`);
      const f = await b.context.newPage();
      await f.goto(`file://${path.join(dir, 'report.html')}`);
      const inner = (await (await f.waitForSelector('iframe')).contentFrame())!;
      expect(await embedState(inner as unknown as Page)).toBe('ready');
      await f.waitForFunction(() => (document.getElementById('md') as HTMLImageElement).naturalWidth > 0);
      await f.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the command line writes the same SVG twice for the same inputs, and --save stores what it drew', async () => {
    const n = inject('neo4j');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-snapshot-cli-'));
    const env = {
      ...process.env,
      NEO4J_URI: n.uri,
      NEO4J_USER: n.user,
      NEO4J_PASSWORD: n.password,
      ...(n.database ? { NEO4J_DATABASE: n.database } : {}),
      SNAPSHOT_CACHE_DIR: path.join(dir, 'cache'),
      PUBLIC_URL: 'https://reports.example.org',
    };
    const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'server/snapshots/cli.ts', ...args], { cwd: projectRoot, env, timeout: 150_000 });
    try {
      const args = ['--query', 'who-signed-what-with-whom', '--layout', 'fcose', '--lang', 'en'];
      const first = await cli(...args, '--out', path.join(dir, 'a.svg'));
      expect(first.stdout).toMatch(/wrote .*a\.svg \(SVG, \d+ nodes/);
      await cli(...args, '--out', path.join(dir, 'b.svg'));
      const a = fs.readFileSync(path.join(dir, 'a.svg'));
      const bb = fs.readFileSync(path.join(dir, 'b.svg'));
      expect(a.length).toBeGreaterThan(10_000);
      expect(a.equals(bb)).toBe(true);
      save('cli-who-signed-what-with-whom.svg', a);
      const parsed = await parseSvg(a.toString('utf8'));
      expect(parsed.errors).toBe(0);
      expect(parsed.lines.join(' ')).toContain('Who signed what with whom');

      // --save: an id and public URLs; the server's own picture of that snapshot is the CLI's figure.
      const saved = await cli('--node', 'person-tuba-nur-sonmez', '--depth', '2', '--lang', 'ar', '--save', '--out', path.join(dir, 'c.svg'));
      const id = /snapshot ([A-Za-z0-9_-]{12})/.exec(saved.stdout)?.[1];
      expect(id).toBeDefined();
      expect(saved.stdout).toContain(`https://reports.example.org/snapshots/${id}.png`);
      expect(saved.stdout).toContain(`https://reports.example.org/embed/${id}`);
      const fresh = await listen(path.join(dir, 'fresh-cache'));
      try {
        const served = Buffer.from(await (await fetch(`${fresh.url}/snapshots/${id}.svg`)).arrayBuffer());
        expect(served.equals(fs.readFileSync(path.join(dir, 'c.svg')))).toBe(true);
        const snap = (await (await fetch(`${fresh.url}/api/snapshots/${id}`)).json()) as Snapshot;
        expect(snap).toMatchObject({ lang: 'ar', title: 'طوبى نور سونمز', view: { state: { source: { kind: 'node', id: 'person-tuba-nur-sonmez', depth: 2 } } } });
        const png = Buffer.from(await (await fetch(`${fresh.url}/snapshots/${id}.png`)).arrayBuffer());
        save('cli-sonmez-ar.png', png);
        await fetch(`${fresh.url}/api/snapshots/${id}`, { method: 'DELETE' });
      } finally {
        await stop(fresh.server);
      }
      // Bad input: a clear message and exit status 3 for an unknown query.
      const unknown = await cli('--query', 'no-such-query', '--out', path.join(dir, 'x.svg')).catch((e: { code: number; stderr: string }) => e);
      expect((unknown as { code: number }).code).toBe(3);
      expect((unknown as { stderr: string }).stderr).toMatch(/not_found/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 400_000);
});
