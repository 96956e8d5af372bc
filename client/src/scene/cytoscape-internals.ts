/**
 * Every place the explorer relies on how Cytoscape (and the extensions drawing through it) works inside,
 * rather than on its public API: the renderer's canvases, two renderer methods patched for pictures, and the
 * layouts' use of Math.random. These hold for the pinned version only, so loading any other version fails
 * here, loudly, instead of drawing wrong pictures quietly.
 */
import cytoscape, { type Core } from 'cytoscape';
import { seededRandom } from '../seeded-random.ts';

/** The Cytoscape version these internals were checked against (package.json pins the same). */
export const PINNED_CYTOSCAPE_VERSION = '3.34.4';

/** Throws when `actual` is not the pinned version; the message says what to re-check before bumping it. */
export function checkCytoscapeVersion(actual: string, pinned: string = PINNED_CYTOSCAPE_VERSION): void {
  if (actual === pinned) return;
  throw new Error(
    `Cytoscape ${actual} is loaded, but the explorer relies on internals of Cytoscape ${pinned} ` +
      `(client/src/scene/cytoscape-internals.ts). Re-check each of them against ${actual}, then update PINNED_CYTOSCAPE_VERSION ` +
      `and the exact version in package.json together.`,
  );
}

/** cytoscape.version, which the type definitions leave out. */
export const loadedCytoscapeVersion: string = (cytoscape as unknown as { version: string }).version;

checkCytoscapeVersion(loadedCytoscapeVersion);

// --- The renderer's canvases --------------------------------------------------------------------------------

/** The canvases Cytoscape's renderer draws into inside `container`, bottom layer first. */
export function layerCanvases(container: HTMLElement): HTMLCanvasElement[] {
  return Array.from(container.querySelectorAll('canvas')).sort((a, b) => Number(a.style.zIndex || 0) - Number(b.style.zIndex || 0));
}

/** Hides or shows those canvases (a picture drawn elsewhere stands in for them meanwhile). */
export function setLayersHidden(container: HTMLElement, hidden: boolean): void {
  for (const c of layerCanvases(container)) c.style.visibility = hidden ? 'hidden' : '';
}

/** Whether every canvas of the renderer is hidden (for tests and checks). */
export const layersHidden = (container: HTMLElement): boolean => layerCanvases(container).every((c) => c.style.visibility === 'hidden');

// --- Renderer patches for pictures ----------------------------------------------------------------------------

type DrawFn = (ctx: unknown, eles: unknown) => void;
type Drawer = { drawElements: DrawFn; drawCachedElements: DrawFn; drawLayeredElements: DrawFn };
type PathFn = (ctx: { beginPath?: () => void }, ...rest: unknown[]) => void;

const rendererOf = <T>(cy: Core): T => (cy as Core & { renderer: () => T }).renderer();

/**
 * Every element drawn straight onto the canvas, as cytoscape-svg does for the SVG. On screen Cytoscape draws
 * from texture caches that it fills and sharpens a little per frame within a time budget, so what a given
 * frame shows depends on how busy the machine is; a picture must not.
 */
export function drawElementsDirectly(cy: Core): void {
  const r = rendererOf<Drawer>(cy);
  r.drawCachedElements = r.drawLayeredElements = function (this: Drawer, ctx, eles) {
    this.drawElements(ctx, eles);
  };
}

/**
 * Cytoscape draws round polygons (round-diamond, round-triangle …) without beginPath(), which is harmless on
 * its own canvas (every node gets a fresh Path2D) but not with cytoscape-svg, which turns Path2D off: the
 * shape would be painted onto the previous element (a label), and the node would vanish. While `fn` runs the
 * renderer begins a path first.
 */
export function withRoundPolygonFix<T>(cy: Core, fn: () => T): T {
  const r = rendererOf<{ drawRoundPolygonPath: PathFn }>(cy);
  const own = Object.prototype.hasOwnProperty.call(r, 'drawRoundPolygonPath');
  const original = r.drawRoundPolygonPath;
  r.drawRoundPolygonPath = function (this: unknown, ctx, ...rest) {
    ctx.beginPath?.();
    return original.call(this, ctx, ...rest);
  };
  try {
    return fn();
  } finally {
    if (own) r.drawRoundPolygonPath = original;
    else delete (r as Partial<typeof r>).drawRoundPolygonPath;
  }
}

// --- Randomness inside layouts and the SVG writer --------------------------------------------------------------

/**
 * Runs fn with Math.random seeded. fcose (and its cose base) and canvas2svg draw random numbers internally,
 * with no option to seed them; they do so synchronously inside run()/svg(), so the swap stays contained.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

// --- Pixel ratio ----------------------------------------------------------------------------------------------

/** The pixel ratio the renderer draws (and exports PNGs) at; the page's when the renderer does not say. */
export function rendererPixelRatio(cy: Core): number {
  const r = (cy as Core & { renderer?: () => { getPixelRatio?: () => number } }).renderer?.();
  return r?.getPixelRatio?.() ?? window.devicePixelRatio ?? 1;
}
