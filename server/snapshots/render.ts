/**
 * Snapshot pictures, drawn by the explorer's own renderer: headless Chromium (through playwright-core) opens
 * the embed page (client/embed.html, the same Cytoscape style and graph mapping as the explorer) in render
 * mode, with the title above and a "Sources: …" footer, then takes a PNG screenshot of the framed element or
 * the SVG that cytoscape-svg draws, wrapped with the same title and footer.
 *
 * The page runs on a made-up origin whose every request is answered here: the built UI from client/dist and
 * the one snapshot's JSON. Nothing else is fetched, and no server port is needed (the CLI and tests use this
 * too). One browser is shared by the process, launched on first use; renders run a few at a time; rendered
 * bytes are cached on disk, since a snapshot never changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Route } from 'playwright-core';
import { projectRoot, type AppConfig } from '../config.ts';
import { ApiError } from '../http/api-error.ts';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** The render page's origin; never resolved (every request is routed in-process). */
const ORIGIN = 'http://snapshot.render.invalid';
const RENDER_TIMEOUT_MS = 60_000;
/** The built UI (npm run build), as the app serves it. */
const clientDist = path.join(projectRoot, 'client', 'dist');

export type ImageFormat = 'png' | 'svg';

export const CONTENT_TYPES: Record<ImageFormat, string> = { png: 'image/png', svg: 'image/svg+xml; charset=utf-8' };

const unavailable = (message: string) => new ApiError(503, 'renderer_unavailable', message);

// --- The shared browser ------------------------------------------------------------------------------------

let shared: { executablePath: string; browser: Promise<Browser> } | undefined;

async function launch(executablePath: string): Promise<Browser> {
  if (!fs.existsSync(executablePath)) {
    throw unavailable(`Snapshot images need Chromium, which is not installed at ${executablePath} (CHROMIUM_PATH). On Debian: apt-get install -y chromium.`);
  }
  let pw: typeof import('playwright-core');
  try {
    pw = await import('playwright-core');
  } catch {
    throw unavailable('Snapshot images need the playwright-core package, which is not installed.');
  }
  try {
    return await pw.chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  } catch (err) {
    throw unavailable(`Chromium at ${executablePath} did not start: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
}

/** The process's browser, launched on first use and again if it went away. */
export async function sharedBrowser(executablePath: string): Promise<Browser> {
  if (shared && shared.executablePath === executablePath) {
    const b = await shared.browser.catch(() => undefined);
    if (b?.isConnected()) return b;
  }
  const browser = launch(executablePath);
  const entry = { executablePath, browser };
  shared = entry;
  browser.then(
    (b) => b.on('disconnected', () => {
      if (shared === entry) shared = undefined;
    }),
    () => {
      if (shared === entry) shared = undefined;
    },
  );
  return browser;
}

/** Closes the shared browser (server shutdown, end of a CLI run or a test file). */
export async function closeSnapshotRenderer(): Promise<void> {
  const entry = shared;
  shared = undefined;
  const b = await entry?.browser.catch(() => undefined);
  await b?.close().catch(() => undefined);
}

// --- A small semaphore ----------------------------------------------------------------------------------------

/** At most `max` at once, at most `queue` waiting; one more is refused with 503 and Retry-After. */
class Limit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(
    private readonly max: number,
    private readonly queue: number,
  ) {}
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) {
      if (this.waiting.length >= this.queue) {
        throw new ApiError(503, 'renderer_busy', 'Too many snapshot pictures are being drawn; try again shortly.', undefined, { 'Retry-After': '5' });
      }
      await new Promise<void>((r) => this.waiting.push(r));
    }
    this.running++;
    try {
      return await fn();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}

// --- Serving the render page ------------------------------------------------------------------------------------

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** Answers one request of the render page: the UI build, the snapshot JSON, nothing else. */
async function serve(route: Route, id: string, json: string): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
  if (url.pathname === `/api/snapshots/${encodeURIComponent(id)}`) {
    return route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: json });
  }
  if (url.pathname.startsWith('/embed/')) {
    return route.fulfill({ status: 200, contentType: MIME['.html'], body: fs.readFileSync(path.join(clientDist, 'embed.html')) });
  }
  // Built assets only, and only from inside client/dist.
  const file = path.resolve(clientDist, `.${decodeURIComponent(url.pathname)}`);
  if (file.startsWith(clientDist + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
    return route.fulfill({ status: 200, contentType: MIME[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) });
  }
  return route.fulfill({ status: 404, body: '' });
}

// --- The renderer ---------------------------------------------------------------------------------------------

export interface RenderRequest {
  id: string;
  /** The snapshot as stored (what GET /api/snapshots/:id answers). */
  json: string;
  format: ImageFormat;
  /** PNG pixel ratio, 1–4; SVG ignores it. */
  scale: number;
}

export class SnapshotRenderer {
  private readonly limit: Limit;
  private readonly inFlight = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly config: AppConfig['snapshots'],
    /** No disk cache (the CLI renders previews that are not stored). */
    private readonly opts: { cache?: boolean } = {},
  ) {
    this.limit = new Limit(config.renderConcurrency, config.renderQueue);
  }

  private cacheFile(id: string, format: ImageFormat, scale: number): string {
    return path.join(this.config.cacheDir, format === 'png' ? `${id}.${scale}x.png` : `${id}.svg`);
  }

  /** The picture's bytes: from the cache when rendered before, else rendered (once, however many ask). */
  async image(req: RenderRequest): Promise<Buffer> {
    const scale = req.format === 'png' ? req.scale : 1;
    const { width, height } = JSON.parse(req.json) as { width: number; height: number };
    const pixels = width * height * scale * scale;
    if (pixels > this.config.maxPixels) {
      throw new ApiError(400, 'picture_too_large', `The picture would have ${pixels.toLocaleString('en')} pixels (${width}×${height} at scale ${scale}); at most ${this.config.maxPixels.toLocaleString('en')} are drawn (SNAPSHOT_MAX_PIXELS). Use a smaller scale.`, {
        max: this.config.maxPixels,
        found: pixels,
      });
    }
    const useCache = this.opts.cache !== false;
    const file = this.cacheFile(req.id, req.format, scale);
    if (useCache) {
      const cached = await fs.promises.readFile(file).catch(() => undefined);
      if (cached) return cached;
    }
    const key = `${req.id}/${req.format}/${scale}`;
    let p = this.inFlight.get(key);
    if (!p) {
      p = this.limit
        .run(() => this.render({ ...req, scale }))
        .then(async (bytes) => {
          if (useCache) await writeAtomically(file, bytes);
          return bytes;
        })
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, p);
    }
    return p;
  }

  /** Forgets the cached pictures of a deleted snapshot. */
  async forget(id: string): Promise<void> {
    const files = await fs.promises.readdir(this.config.cacheDir).catch(() => [] as string[]);
    await Promise.all(files.filter((f) => f.startsWith(`${id}.`)).map((f) => fs.promises.rm(path.join(this.config.cacheDir, f), { force: true })));
  }

  private async render(req: RenderRequest): Promise<Buffer> {
    if (!fs.existsSync(path.join(clientDist, 'embed.html'))) throw unavailable('client/dist/embed.html is missing: run `npm run build`.');
    const snapshot = JSON.parse(req.json) as { width: number; height: number };
    const browser = await sharedBrowser(this.config.chromiumPath);
    const context = await browser.newContext({
      viewport: { width: snapshot.width + 40, height: snapshot.height + 400 },
      deviceScaleFactor: req.scale,
      serviceWorkers: 'block',
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    try {
      await context.route('**/*', (route) => serve(route, req.id, req.json));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${ORIGIN}/embed/${encodeURIComponent(req.id)}?render=1`, { timeout: RENDER_TIMEOUT_MS });
      const state = await page
        .waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state ?? '') && document.body.dataset.state, null, { timeout: RENDER_TIMEOUT_MS })
        .then((h) => h.jsonValue());
      if (state !== 'ready') throw new Error(`the render page failed: ${errors[0] ?? (await page.textContent('body'))}`);
      if (req.format === 'svg') {
        const svg = await page.evaluate(() => (window as unknown as EmbedHandle).kgxEmbed.svg());
        return Buffer.from(svg, 'utf8');
      }
      // The frame may be taller than the window (a long footer): grow the window to hold it.
      const box = await page.locator('#frame').boundingBox();
      if (box) await page.setViewportSize({ width: Math.ceil(box.width) + 40, height: Math.ceil(box.height) + 40 });
      return await page.locator('#frame').screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
    } finally {
      await context.close().catch(() => undefined);
    }
  }
}

async function writeAtomically(file: string, bytes: Buffer): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.promises.writeFile(tmp, bytes);
  await fs.promises.rename(tmp, file);
}

/** What client/src/embed.ts exposes on window. */
interface EmbedHandle {
  kgxEmbed: { svg: () => string };
}
