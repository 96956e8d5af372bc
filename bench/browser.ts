/**
 * Part 3: big scenes in the browser. For each scene size a graph of N nodes and about 2N edges, with
 * positions computed in advance (stored as x/y on the nodes; the explorer's `layout=preset` uses them, so no
 * layout is timed), is loaded into a throwaway Neo4j; the real app serves it; headless Chromium opens the
 * explorer's whole-graph view and we measure
 *   - the reply: from navigation start until the overview reply is in the page;
 *   - first frame: from the reply until the first picture of the scene is drawn (rendering only, as the peers'
 *     figures in shared notes: positions known in advance), forced by a one-pixel readback; a big scene's first
 *     picture is the explorer's quick picture (client/src/quick-picture.ts), drawn while Cytoscape builds;
 *   - click answered: as soon as the scene is on screen (a big scene's quick picture, else Cytoscape's drawing), a
 *     real mouse click on a node; answered when the details panel shows that node. Reported from the reply, and
 *     from the click itself (the event's timestamp, so time spent waiting behind a busy page counts), with the
 *     longest task the page ran between the reply and the scene being built (Long Tasks API);
 *   - interactive: from navigation start until Cytoscape has drawn the scene (readback again) and the page is
 *     ready for clicks, drags and the wheel;
 *   - frame times during a scripted pan (mouse drag) and zoom (wheel), with real input events, since
 *     Cytoscape's viewport optimisations only apply to user gestures.
 * Chromium flags are part of the result: on this machine every graphics path is CPU-emulated.
 */
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { importGraph, type ImportNode, type ImportRelationship } from '../server/import/bulk.ts';
import { startServer } from './api.ts';
import { benchNeo4j, type BenchDb } from './neo4j.ts';
import { prng } from './synthetic.ts';

export interface BrowserRow {
  scene: string;
  renderer: string;
  flags: string;
  nodes: number;
  edges: number;
  /** From navigation start until the overview reply was in the page. */
  replyMs: number;
  /** From the reply until the first picture of the scene was drawn (the quick picture in a big scene). */
  firstFrameMs: number;
  /** From navigation start until the first picture was drawn. */
  firstFrameFromNavMs: number;
  /** From navigation start until Cytoscape had drawn the scene and it answered to clicks, drags and the wheel. */
  interactiveMs: number;
  /** From the reply until a click on a node, made as soon as the scene was on screen, had filled the details panel. */
  clickAnsweredMs: number;
  /** From that click to the details panel showing the node. */
  clickLatencyMs: number;
  /** The longest task the page ran from the reply until the scene was built (the page answers nothing meanwhile). */
  longestTaskMs: number;
  frameP50: number;
  frameP95: number;
  frames: number;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BASE_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
/** Without GPU rasterisation the 2D canvas is drawn by Skia on the CPU directly instead of through SwiftShader. */
const SOFTWARE_FLAGS = ['--disable-accelerated-2d-canvas', '--disable-gpu-rasterization'];
/** WebGL needs a (software) GL implementation when --disable-gpu is set. */
const WEBGL_FLAGS = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader'];

/** N nodes in clusters laid out on a grid, ~2 edges per node, mostly inside a cluster. Deterministic. */
export function sceneGraph(n: number, seed = 7): { nodes: ImportNode[]; relationships: ImportRelationship[] } {
  const rand = prng(seed);
  const clusterSize = 50;
  const clusters = Math.ceil(n / clusterSize);
  const side = Math.ceil(Math.sqrt(clusters));
  const labels = ['Person', 'Organization', 'Agreement', 'Event', 'Country'];
  const nodes: ImportNode[] = [];
  for (let i = 0; i < n; i++) {
    const c = Math.floor(i / clusterSize);
    const cx = (c % side) * 420;
    const cy = Math.floor(c / side) * 420;
    const angle = rand() * Math.PI * 2;
    const r = 40 + rand() * 140;
    nodes.push({
      id: `scene-${i}`,
      label: labels[i % labels.length]!,
      properties: { name: `Node ${i}`, nameAr: `عقدة ${i}`, x: Math.round(cx + Math.cos(angle) * r), y: Math.round(cy + Math.sin(angle) * r) },
    });
  }
  const relationships: ImportRelationship[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 2; k++) {
      const local = rand() < 0.9;
      const base = Math.floor(i / clusterSize) * clusterSize;
      const j = local ? base + Math.floor(rand() * Math.min(clusterSize, n - base)) : Math.floor(rand() * n);
      if (j === i) continue;
      relationships.push({ type: 'PARTY_TO', source: `scene-${i}`, target: `scene-${j}`, properties: { sources: ['synthetic'] } });
    }
  }
  return { nodes, relationships };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

interface SceneTimes {
  replyMs: number;
  firstFrameMs: number;
  firstFrameFromNavMs: number;
  interactiveMs: number;
  clickAnsweredMs: number;
  clickLatencyMs: number;
  longestTaskMs: number;
}

/**
 * Clicks on `target` (a node of the scene, model coordinates) as soon as the scene is on screen; resolves with
 * when the click was made and when the details panel showed a node (both on the page's clock; nodes of a 20k
 * scene overlap on screen, so the node under the pointer may be a neighbour of the one aimed at).
 */
async function clickAnswered(page: Page, target: { id: string; x: number; y: number }): Promise<{ clickAt: number; answeredAt: number }> {
  // Where the node is on screen: from the quick picture's viewport, or (a small scene) from Cytoscape.
  const handle = await page.waitForFunction(
    (t) => {
      const pic = document.querySelector<HTMLCanvasElement>('canvas.quick-picture');
      if (pic?.dataset.zoom) {
        const box = pic.getBoundingClientRect();
        const zoom = Number(pic.dataset.zoom);
        return { x: box.left + Number(pic.dataset.panX) + t.x * zoom, y: box.top + Number(pic.dataset.panY) + t.y * zoom };
      }
      if (document.body.dataset.state !== 'ready') return false;
      type Cy = { getElementById: (id: string) => { renderedPosition: () => { x: number; y: number } }; container: () => HTMLElement };
      const cy = (window as unknown as { kgx: { cy: () => Cy } }).kgx.cy();
      const box = cy.container().getBoundingClientRect();
      const p = cy.getElementById(t.id).renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    target,
    { timeout: 120_000, polling: 10 },
  );
  const at = (await handle.jsonValue()) as { x: number; y: number };
  await page.evaluate(() => {
    const w = window as unknown as { __answer: { clickAt: number; answeredAt: number } };
    w.__answer = { clickAt: -1, answeredAt: -1 };
    window.addEventListener('mousedown', (e) => void (w.__answer.clickAt < 0 && (w.__answer.clickAt = e.timeStamp)), { capture: true, once: true });
    const details = document.getElementById('details')!;
    // Nodes of a 20k scene overlap on screen: the node under the pointer may be a neighbour of the one aimed at.
    const seen = () => details.querySelector('[data-node-id]') !== null;
    new MutationObserver((_, o) => {
      if (!seen()) return;
      w.__answer.answeredAt = performance.now();
      o.disconnect();
    }).observe(details, { childList: true, subtree: true });
  });
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction(() => (window as unknown as { __answer: { answeredAt: number } }).__answer.answeredAt >= 0, undefined, { timeout: 120_000, polling: 10 });
  return page.evaluate(() => (window as unknown as { __answer: { clickAt: number; answeredAt: number } }).__answer);
}

/** The point nearest to `near` (page pixels) with no node drawn within 8 px of it. */
async function backgroundPoint(page: Page, near: { x: number; y: number }): Promise<{ x: number; y: number }> {
  return page.evaluate((near) => {
    type Cy = { container: () => HTMLElement; nodes: () => { map: <T>(f: (n: { renderedPosition: () => { x: number; y: number }; renderedWidth: () => number }) => T) => T[] } };
    const cy = (window as unknown as { kgx: { cy: () => Cy } }).kgx.cy();
    const box = cy.container().getBoundingClientRect();
    const nodes = cy.nodes().map((n) => ({ ...n.renderedPosition(), r: n.renderedWidth() / 2 + 8 }));
    for (let ring = 0; ring < 400; ring += 4) {
      for (let a = 0; a < 16; a++) {
        const x = near.x - box.left + Math.cos((a / 16) * Math.PI * 2) * ring;
        const y = near.y - box.top + Math.sin((a / 16) * Math.PI * 2) * ring;
        if (nodes.every((n) => Math.hypot(n.x - x, n.y - y) > n.r)) return { x: x + box.left, y: y + box.top };
        if (ring === 0) break;
      }
    }
    return near;
  }, near);
}

export async function measureScene(browser: Browser, url: string, renderer: 'canvas' | 'webgl', target: { id: string; x: number; y: number }): Promise<{ times: SceneTimes; frames: number[]; nodes: number; edges: number; breakdown: unknown }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  // tsx compiles the functions passed to page.evaluate with esbuild's keepNames, which calls a __name helper
  // that only exists in Node: give the page a no-op one.
  await context.addInitScript('window.__name = (f) => f');
  // Every task over 50 ms the page runs, with its start: the page answers no input while one runs.
  await context.addInitScript(`window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });`);
  const page = await context.newPage();
  try {
    await page.goto(`${url}&renderer=${renderer}`, { waitUntil: 'domcontentloaded' });
    const answer = await clickAnswered(page, target);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', undefined, { timeout: 120_000, polling: 20 });
    const first = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      // Force the drawing to finish: read one pixel back from every canvas of the scene.
      for (const c of Array.from(document.querySelectorAll('canvas'))) {
        const ctx2d = c.getContext('2d');
        if (ctx2d) ctx2d.getImageData(c.width >> 1, c.height >> 1, 1, 1);
        else {
          const gl = (c.getContext('webgl2') ?? c.getContext('webgl')) as WebGLRenderingContext | null;
          gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
        }
      }
      const interactive = performance.now();
      // Where the time went: the scripts, the overview reply, the first picture, then Cytoscape.
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const overview = res.find((r) => r.name.includes('/api/graph/overview'));
      const scripts = res.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
      const reply = overview?.responseEnd ?? 0;
      // A big scene marks its quick picture (client/src/quick-picture.ts); a small one is first drawn by Cytoscape.
      const picture = performance.getEntriesByName('kgx:first-picture')[0]?.startTime ?? interactive;
      (window as unknown as { __breakdown: unknown }).__breakdown = {
        scriptsLoaded: Math.round(Math.max(0, ...scripts.map((r) => r.responseEnd))),
        overviewRequested: Math.round(overview?.startTime ?? -1),
        overviewBytes: overview?.transferSize ?? -1,
      };
      const kgx = (window as unknown as { kgx?: { cy: () => { nodes: () => { length: number }; edges: () => { length: number } } } }).kgx;
      const cy = kgx?.cy();
      const long = (window as unknown as { __long: Array<[number, number]> }).__long.filter(([start, duration]) => start + duration > reply && start < interactive);
      const longest = Math.max(0, ...long.map(([start, duration]) => Math.min(start + duration, interactive) - Math.max(start, reply)));
      return {
        times: { replyMs: Math.round(reply), firstFrameMs: Math.round(picture - reply), firstFrameFromNavMs: Math.round(picture), interactiveMs: Math.round(interactive), longestTaskMs: Math.round(longest) },
        counts: { nodes: cy?.nodes().length ?? -1, edges: cy?.edges().length ?? -1 },
      };
    });

    const box = (await page.locator('#cy').first().boundingBox()) ?? { x: 300, y: 60, width: 800, height: 600 };
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    // Where a pan starts is found before the frames are recorded: the search reads every node's position in the
    // page, which at 20k nodes blocks it for a frame or two that no reader's gesture would cost. A pan drags the
    // scene with the pointer, so the next pan starts on background where the last one ended.
    let start = await backgroundPoint(page, { x: cx, y: cy });
    if (start.x + 200 > box.x + box.width - 10 || start.y + 80 > box.y + box.height - 10) throw new Error('no background to start a pan near the middle of the canvas');
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __recording: boolean };
      w.__frames = [];
      w.__recording = true;
      const loop = (t: number) => {
        w.__frames.push(t);
        if (w.__recording) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    });
    // Pan: two drags across the canvas.
    for (const [dx, dy] of [[200, 80], [-260, -120]] as const) {
      // A pan is a drag on the background, as a user does it (a drag on a node moves the node).
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x + dx, start.y + dy, { steps: 30 });
      await page.mouse.up();
      start = { x: start.x + dx, y: start.y + dy };
    }
    // Zoom: wheel in, then out.
    await page.mouse.move(cx, cy);
    for (const delta of [-120, -120, -120, -120, 120, 120, 120, 120, 120, 120]) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(30);
    }
    const breakdown = await page.evaluate(() => (window as unknown as { __breakdown: unknown }).__breakdown);
    const stamps = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __recording: boolean };
      w.__recording = false;
      return w.__frames;
    });
    const frames = stamps.slice(1).map((t, i) => t - stamps[i]!);
    const times = { ...first.times, clickAnsweredMs: Math.round(answer.answeredAt - first.times.replyMs), clickLatencyMs: Math.round(answer.answeredAt - answer.clickAt) };
    return { times, frames, nodes: first.counts.nodes, edges: first.counts.edges, breakdown };
  } finally {
    await context.close();
  }
}

export async function benchBrowser(opts: {
  scenes?: number[];
  log?: (m: string) => void;
  /** Smoke runs: only the first flag set. */
  quick?: boolean;
  /** Smoke runs: a bench database to reuse (it is wiped); otherwise a fresh one is started and disposed of. */
  reuse?: BenchDb;
}): Promise<BrowserRow[]> {
  const log = opts.log ?? (() => {});
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const scenes = opts.scenes ?? [1_000, 5_000, 20_000];
  const rows: BrowserRow[] = [];
  const flagSets: Array<{ name: string; flags: string[] }> = [
    { name: 'software raster', flags: [...BASE_FLAGS, ...SOFTWARE_FLAGS, ...WEBGL_FLAGS] },
    { name: 'default (GPU raster on SwiftShader)', flags: [...BASE_FLAGS, ...WEBGL_FLAGS] },
  ];
  const db = opts.reuse ?? (await benchNeo4j('scenes'));
  try {
    for (const n of scenes) {
      await db.driver.executeQuery('MATCH (n) DETACH DELETE n');
      const graph = sceneGraph(n);
      await importGraph(db, graph);
      // The node clicked for "click answered": one in the middle of the scene.
      const middle = graph.nodes[Math.floor(n / 2)]!;
      const clickTarget = { id: middle.id, x: Number(middle.properties.x), y: Number(middle.properties.y) };
      const server = await startServer(db.uri);
      try {
        const url = `${server.url}/?v=overview&limit=${n}&layout=preset`;
        for (const set of flagSets) {
          // The GPU-raster set only for the largest scene: it is the slow path, and the note compares it there.
          if (set !== flagSets[0] && (opts.quick || n !== scenes[scenes.length - 1])) continue;
          const browser = await chromium.launch({ executablePath: CHROMIUM, args: set.flags, headless: true });
          try {
            for (const renderer of (process.env.BENCH_RENDERERS?.split(',') ?? ['canvas', 'webgl']) as Array<'canvas' | 'webgl'>) {
              let m: Awaited<ReturnType<typeof measureScene>>;
              try {
                m = await measureScene(browser, url, renderer, clickTarget);
              } catch (err) {
                // A scene that never gets drawn (software WebGL at 20k can take minutes) is a result too.
                log(`browser: ${n} nodes ${renderer} [${set.name}]: not drawn within the time limit (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
                rows.push({ scene: `${n.toLocaleString('en')} nodes`, renderer, flags: set.name, nodes: 0, edges: 0, replyMs: -1, firstFrameMs: -1, firstFrameFromNavMs: -1, interactiveMs: -1, clickAnsweredMs: -1, clickLatencyMs: -1, longestTaskMs: -1, frameP50: -1, frameP95: -1, frames: 0 });
                continue;
              }
              const sorted = [...m.frames].sort((a, b) => a - b);
              const row: BrowserRow = {
                scene: `${n.toLocaleString('en')} nodes`,
                renderer,
                flags: set.name,
                nodes: m.nodes,
                edges: m.edges,
                ...m.times,
                frameP50: Number(percentile(sorted, 50).toFixed(1)),
                frameP95: Number(percentile(sorted, 95).toFixed(1)),
                frames: m.frames.length,
              };
              rows.push(row);
              log(`browser: ${row.scene} ${renderer} [${set.name}]: reply ${row.replyMs} ms, first frame ${row.firstFrameMs} ms after it (${row.firstFrameFromNavMs} ms from navigation), click answered ${row.clickAnsweredMs} ms after the reply (${row.clickLatencyMs} ms after the click), longest task ${row.longestTaskMs} ms, interactive ${row.interactiveMs} ms, frames p50 ${row.frameP50} / p95 ${row.frameP95} ms (${row.frames} frames, ${row.nodes} nodes drawn) ${JSON.stringify(m.breakdown)}`);
            }
          } finally {
            await browser.close();
          }
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    if (!opts.reuse) await db.dispose();
  }
  return rows;
}
