/**
 * The first picture of a big scene. Cytoscape needs seconds to build its model of tens of thousands of
 * elements (styles, bounding boxes, caches); this draws the same elements — same positions, colours and
 * fitted viewport — straight onto a plain canvas over the scene first, so the reader sees the graph at once.
 * Cytoscape then takes over in the same viewport and the picture is removed.
 *
 * While Cytoscape builds (in slices, see Scene.replace) the picture answers the pointer: a hit index over the
 * mapped positions (scene/hit-index.ts) finds the node under it, hover rings and names it, and a click selects it,
 * so the details panel fills long before Cytoscape could say which node was clicked.
 */
import type { ElementDefinition, Position } from 'cytoscape';
import { hubIds } from './hubs.ts';
import { HitIndex } from './scene/hit-index.ts';
import { drawMarks, type Mark } from './scene/marks.ts';
import type { Lang } from './i18n.ts';
import { lookFor } from './style.ts';

export const defaults = {
  padding: 40, // px kept free around the fitted scene (as Scene.fit)
  maxZoom: 1.4, // never zoom in further than this when fitting (as Scene.fit)
  edgeColor: 'rgba(203, 213, 225, 0.8)', // the big-scene edge colour and opacity (style.ts)
  edgeWidth: 1, // model units, scaled by the zoom like Cytoscape's edges
  fontSize: 12, // model units, as the node label style
  minZoomedFontSize: 10, // labels smaller than this on screen are left out (Cytoscape's min-zoomed-font-size)
  labelColor: '#0f172a', // node label colour (style.ts)
  hitSlack: 4, // px around a node that still counts as pointing at it
};

/** What the picture does with the pointer while it stands in for Cytoscape. */
export interface QuickPictureInput {
  /** A click: the node under it, or null on the background. */
  select: (id: string | null) => void;
}

export type QuickPictureOptions = typeof defaults & { lang: Lang; input?: QuickPictureInput };

export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  zoom: number;
  pan: Position;
}

/** The zoom and pan that fit `b` into a w×h canvas with `padding` around it, never closer than `maxZoom`. */
export function fitViewport(b: Bounds, w: number, h: number, padding = defaults.padding, maxZoom = defaults.maxZoom): Viewport {
  const bw = Math.max(1, b.x2 - b.x1);
  const bh = Math.max(1, b.y2 - b.y1);
  const zoom = Math.min(maxZoom, (w - 2 * padding) / bw, (h - 2 * padding) / bh);
  return { zoom, pan: { x: w / 2 - zoom * (b.x1 + bw / 2), y: h / 2 - zoom * (b.y1 + bh / 2) } };
}

/** The box around nodes of the given sizes at the given positions (labels left out: cheap, and close enough). */
export function nodeBounds(nodes: Iterable<{ position: Position; size: number }>): Bounds | undefined {
  let b: Bounds | undefined;
  for (const { position: p, size } of nodes) {
    const r = size / 2;
    if (!b) b = { x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r };
    else {
      if (p.x - r < b.x1) b.x1 = p.x - r;
      if (p.y - r < b.y1) b.y1 = p.y - r;
      if (p.x + r > b.x2) b.x2 = p.x + r;
      if (p.y + r > b.y2) b.y2 = p.y + r;
    }
  }
  return b;
}

interface NodeData {
  id: string;
  primary: string;
  kind?: string;
  label_en?: string;
  label_ar?: string;
  label_both?: string;
  caption_en?: string;
  caption_ar?: string;
  caption_both?: string;
}

/** A look's size and colour per node element, by its mapped data (graph-mapping.ts). */
function nodeLook(el: ElementDefinition): { color: string; size: number; round: boolean } {
  const d = el.data as unknown as NodeData;
  const look = lookFor(d.primary, d.kind);
  return { color: look.color, size: look.size, round: look.shape === 'ellipse' };
}

/** A canvas of the container's size laid exactly over it (a sibling, so Cytoscape's own DOM is left alone). */
export function overlayCanvas(container: HTMLElement, className: string): HTMLCanvasElement {
  const w = container.clientWidth;
  const h = container.clientHeight;
  const canvas = document.createElement('canvas');
  canvas.className = className;
  canvas.width = w;
  canvas.height = h;
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, { position: 'absolute', left: `${container.offsetLeft}px`, top: `${container.offsetTop}px`, width: `${w}px`, height: `${h}px`, pointerEvents: 'none' });
  container.after(canvas);
  return canvas;
}

export class QuickPicture {
  readonly viewport: Viewport;
  private readonly canvas: HTMLCanvasElement;
  /** Rings and the hovered node's name, over the picture (redrawn alone: the picture itself stays). */
  private marks: HTMLCanvasElement | undefined;
  private index: HitIndex | undefined;
  private names = new Map<string, string>();
  private selected: string | undefined;
  private hovered: string | undefined;

  /**
   * Draws `elements` (mapped by graph-mapping.ts, nodes with positions) over `container`, fitted into it.
   * Resolves once the picture is on screen.
   */
  static async show(container: HTMLElement, elements: readonly ElementDefinition[], opts: Partial<QuickPictureOptions> & { lang: Lang }): Promise<QuickPicture> {
    const picture = new QuickPicture(container, elements, { ...defaults, ...opts });
    // Make the browser present the frame before the caller goes on to the long Cytoscape build.
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => setTimeout(r, 0));
    return picture;
  }

  private constructor(container: HTMLElement, elements: readonly ElementDefinition[], o: QuickPictureOptions) {
    const w = container.clientWidth;
    const h = container.clientHeight;
    const canvas = overlayCanvas(container, 'quick-picture');
    this.canvas = canvas;

    const at = new Map<string, Position>();
    const nodes: Array<{ el: ElementDefinition; position: Position; size: number; color: string; round: boolean }> = [];
    const edges: Array<{ source: string; target: string }> = [];
    for (const el of elements) {
      if (el.group === 'nodes' && el.position) {
        const look = nodeLook(el);
        at.set(String(el.data.id), el.position);
        nodes.push({ el, position: el.position, ...look });
      } else if (el.group === 'edges') edges.push(el.data as unknown as { source: string; target: string });
    }
    const bounds = nodeBounds(nodes) ?? { x1: 0, y1: 0, x2: 1, y2: 1 };
    this.viewport = fitViewport(bounds, w, h, o.padding, o.maxZoom);
    const { zoom, pan } = this.viewport;
    // The viewport, for tests and the bench to point at a node on the picture.
    Object.assign(canvas.dataset, { zoom: String(zoom), panX: String(pan.x), panY: String(pan.y) });
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);

    // Edges: one path, one stroke.
    ctx.beginPath();
    for (const e of edges) {
      const s = at.get(e.source);
      const t = at.get(e.target);
      if (!s || !t) continue;
      ctx.moveTo(s.x, s.y);
      ctx.lineTo(t.x, t.y);
    }
    ctx.strokeStyle = o.edgeColor;
    ctx.lineWidth = o.edgeWidth;
    ctx.stroke();

    // Nodes: one path per colour. Below a few pixels every shape is a square anyway.
    const byColor = new Map<string, typeof nodes>();
    for (const n of nodes) {
      const list = byColor.get(n.color);
      if (list) list.push(n);
      else byColor.set(n.color, [n]);
    }
    for (const [color, list] of byColor) {
      ctx.beginPath();
      for (const n of list) {
        const r = n.size / 2;
        if (n.round && r * zoom >= 2) {
          ctx.moveTo(n.position.x + r, n.position.y);
          ctx.arc(n.position.x, n.position.y, r, 0, Math.PI * 2);
        } else ctx.rect(n.position.x - r, n.position.y - r, n.size, n.size);
      }
      ctx.fillStyle = color;
      ctx.fill();
    }

    // Labels: only the hubs, and only when they would be readable (as in the big-scene style).
    if (o.fontSize * zoom >= o.minZoomedFontSize) {
      const hubs = hubIds(at.keys(), edges);
      ctx.font = `${o.fontSize}px sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'top';
      ctx.fillStyle = o.labelColor;
      for (const n of nodes) {
        const d = n.el.data as unknown as NodeData;
        if (!hubs.has(d.id)) continue;
        ctx.fillText(d[`caption_${o.lang}`] ?? d.id, n.position.x, n.position.y + n.size / 2 + 4);
      }
    }
    // Rasterise now (one pixel read back), so the time to the first picture is honest.
    ctx.getImageData(0, 0, 1, 1);
    performance.mark('kgx:first-picture');
    if (o.input) this.answer(o, nodes, o.input);
  }

  /** Makes the picture answer hover and clicks through a hit index over the drawn nodes. */
  private answer(o: QuickPictureOptions, nodes: ReadonlyArray<{ el: ElementDefinition; position: Position; size: number }>, input: QuickPictureInput): void {
    this.index = new HitIndex(nodes.map((n) => ({ id: String(n.el.data.id), x: n.position.x, y: n.position.y, r: n.size / 2 })));
    for (const n of nodes) {
      const d = n.el.data as unknown as NodeData;
      this.names.set(d.id, d[`caption_${o.lang}`] ?? d.id);
    }
    this.marks = overlayCanvas(this.canvas, 'quick-picture-marks');
    this.canvas.style.pointerEvents = 'auto';
    const at = (e: MouseEvent): string | undefined => {
      const box = this.canvas.getBoundingClientRect();
      const { zoom, pan } = this.viewport;
      return this.index?.nodeAt((e.clientX - box.left - pan.x) / zoom, (e.clientY - box.top - pan.y) / zoom, o.hitSlack / zoom);
    };
    this.canvas.addEventListener('mousemove', (e) => {
      const id = at(e);
      if (id === this.hovered) return;
      this.hovered = id;
      this.canvas.style.cursor = id ? 'pointer' : 'default';
      this.drawMarks();
    });
    this.canvas.addEventListener('mouseleave', () => {
      this.hovered = undefined;
      this.drawMarks();
    });
    this.canvas.addEventListener('click', (e) => input.select(at(e) ?? null));
  }

  /** Rings the selected node (drawn by the caller's state) until Cytoscape takes over. */
  mark(selected: string | undefined): void {
    if (selected === this.selected) return;
    this.selected = selected;
    this.drawMarks();
  }

  private drawMarks(): void {
    if (!this.marks || !this.index) return;
    const marks: Mark[] = [];
    for (const id of new Set([this.selected, this.hovered])) {
      const n = id ? this.index.node(id) : undefined;
      if (n) marks.push({ ...n, name: this.names.get(n.id) ?? n.id, selected: id === this.selected });
    }
    drawMarks(this.marks, this.viewport, marks);
  }

  remove(): void {
    this.canvas.remove();
    this.marks?.remove();
  }
}
