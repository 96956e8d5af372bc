/**
 * Pan and zoom for big scenes. Cytoscape hit-tests every element on every mouse move and redraws (or
 * re-textures) the whole scene when a gesture starts; at tens of thousands of elements each of those costs
 * hundreds of milliseconds here. For a drag on the background or a wheel turn this takes the picture
 * Cytoscape has already drawn, moves and scales it on a canvas above the scene for the whole gesture, and
 * hands the final viewport to Cytoscape once, when the gesture ends. Presses on a node, modified drags (box
 * selection), other buttons and touch stay Cytoscape's; a click that does not move selects the edge under it, as
 * Cytoscape would (a drag starting on an edge pans, as in Cytoscape).
 */
import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import { HitIndex } from './hit-index.ts';
import { overlayCanvas, type Viewport } from '../quick-picture.ts';
import { layerCanvases, setLayersHidden } from './cytoscape-internals.ts';
import { lookFor } from '../style.ts';

export const defaults = {
  dragThreshold: 4, // px the pointer moves before a press on the background becomes a pan
  hitRadius: 6, // px around a node or an edge that still counts as pressing it
  wheelStep: 0.08, // log10 of the zoom factor of one wheel notch (10^0.08 ≈ 1.2×)
  wheelPixelsPerStep: 120, // wheel deltaY (in pixels) that makes one notch; touchpads send smaller steps
  wheelSettleMs: 160, // the zoom goes to Cytoscape once the wheel has been still this long
  quietHover: true, // buttonless mouse moves don't reach Cytoscape (its hover hit-test scans every element)
};

export type ViewportGestureOptions = typeof defaults & {
  /** The node under a buttonless pointer, found with the hit index (undefined: none). */
  hover?: (id: string | undefined) => void;
};

type Gesture =
  | { kind: 'press'; start: Position; viewport: Viewport }
  | { kind: 'pan'; start: Position; viewport: Viewport; texture: HTMLCanvasElement; current: Viewport }
  | { kind: 'wheel'; viewport: Viewport; texture: HTMLCanvasElement; current: Viewport; settle: number };

export class ViewportGestures {
  private readonly o: ViewportGestureOptions;
  private index: HitIndex | undefined;
  private gesture: Gesture | undefined;
  private overlay: HTMLCanvasElement | undefined;
  private frame = 0;
  private readonly listeners: Array<[string, (e: Event) => void]> = [];
  private readonly invalidate = (): void => {
    this.index = undefined;
  };

  constructor(
    private readonly cy: Core,
    private readonly container: HTMLElement,
    opts: Partial<ViewportGestureOptions> = {},
  ) {
    this.o = { ...defaults, ...opts };
    cy.on('add remove position', this.invalidate);
    // Window, capture phase: ahead of Cytoscape's own listeners on the container and the window.
    this.listen('mousedown', (e) => this.onDown(e as MouseEvent));
    this.listen('mousemove', (e) => this.onMove(e as MouseEvent));
    this.listen('mouseup', (e) => this.onUp(e as MouseEvent));
    this.listen('wheel', (e) => this.onWheel(e as WheelEvent));
  }

  destroy(): void {
    for (const [type, fn] of this.listeners) window.removeEventListener(type, fn, { capture: true });
    this.listeners.length = 0;
    this.cy.off('add remove position', this.invalidate);
    if (this.gesture && this.gesture.kind === 'wheel') clearTimeout(this.gesture.settle);
    cancelAnimationFrame(this.frame);
    this.gesture = undefined;
    this.overlay?.remove();
    this.overlay = undefined;
    setLayersHidden(this.container, false);
  }

  private listen(type: string, fn: (e: Event) => void): void {
    window.addEventListener(type, fn, { capture: true, passive: false });
    this.listeners.push([type, fn]);
  }

  private inside(e: MouseEvent): boolean {
    return e.target instanceof Node && this.container.contains(e.target);
  }

  private point(e: MouseEvent): Position {
    const box = this.container.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  }

  private viewport(): Viewport {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  // --- Presses and drags ------------------------------------------------------------------------------

  private onDown(e: MouseEvent): void {
    if (this.gesture || e.button !== 0 || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || !this.inside(e)) return;
    if (!this.cy.userPanningEnabled()) return;
    const p = this.point(e);
    if (this.nodeAt(p)) return; // a node: Cytoscape's (select, drag, double-tap)
    e.stopPropagation();
    e.preventDefault();
    this.gesture = { kind: 'press', start: p, viewport: this.viewport() };
  }

  private onMove(e: MouseEvent): void {
    const g = this.gesture;
    if (!g) {
      if (e.buttons !== 0) return;
      const inside = this.inside(e);
      if (this.o.quietHover && inside) e.stopPropagation();
      if (this.o.hover) this.o.hover(inside ? this.nodeIdAt(this.point(e)) : undefined);
      return;
    }
    e.stopPropagation();
    e.preventDefault();
    if (g.kind === 'wheel') return;
    // The button was let go where no mouseup reached the page (outside the window): end the gesture here.
    if ((e.buttons & 1) === 0) {
      this.gesture = undefined;
      if (g.kind === 'pan') this.finish(g.current);
      return;
    }
    const p = this.point(e);
    const dx = p.x - g.start.x;
    const dy = p.y - g.start.y;
    if (g.kind === 'press') {
      if (Math.hypot(dx, dy) < this.o.dragThreshold) return;
      this.gesture = { kind: 'pan', start: g.start, viewport: g.viewport, texture: this.takePicture(), current: g.viewport };
    }
    const pan = this.gesture as Extract<Gesture, { kind: 'pan' }>;
    pan.current = { zoom: pan.viewport.zoom, pan: { x: pan.viewport.pan.x + dx, y: pan.viewport.pan.y + dy } };
    this.schedule();
  }

  private onUp(e: MouseEvent): void {
    const g = this.gesture;
    if (!g || g.kind === 'wheel') return;
    e.stopPropagation();
    e.preventDefault();
    this.gesture = undefined;
    if (g.kind === 'press') {
      // A click: what Cytoscape does for one — a tap on the edge under it (the scene selects it), or on the
      // background (the selection is cleared).
      const edge = this.edgeAt(g.start);
      if (edge) this.cy.getElementById(edge).emit('tap');
      else this.cy.emit('tap');
      return;
    }
    this.finish(g.current);
  }

  // --- The wheel ----------------------------------------------------------------------------------------

  private onWheel(e: WheelEvent): void {
    if (!this.inside(e) || e.deltaY === 0 || !this.cy.userZoomingEnabled()) return;
    const g = this.gesture;
    if (g && g.kind !== 'wheel') return;
    e.stopPropagation();
    e.preventDefault();
    const pixels = e.deltaMode === 1 ? e.deltaY * 40 : e.deltaMode === 2 ? e.deltaY * 800 : e.deltaY;
    const steps = Math.max(-3, Math.min(3, -pixels / this.o.wheelPixelsPerStep));
    const wheel = g ?? { kind: 'wheel' as const, viewport: this.viewport(), texture: this.takePicture(), current: this.viewport(), settle: 0 };
    const from = wheel.current;
    const zoom = Math.max(this.cy.minZoom(), Math.min(this.cy.maxZoom(), from.zoom * 10 ** (steps * this.o.wheelStep)));
    // Zoom about the pointer: the model point under it stays under it.
    const p = this.point(e);
    const k = zoom / from.zoom;
    wheel.current = { zoom, pan: { x: p.x - k * (p.x - from.pan.x), y: p.y - k * (p.y - from.pan.y) } };
    clearTimeout(wheel.settle);
    wheel.settle = window.setTimeout(() => {
      if (this.gesture !== wheel) return;
      this.gesture = undefined;
      this.finish(wheel.current);
    }, this.o.wheelSettleMs);
    this.gesture = wheel;
    this.schedule();
  }

  // --- The moving picture -------------------------------------------------------------------------------

  /** Copies what Cytoscape shows (its layers in stacking order) and puts the copy in its place. */
  private takePicture(): HTMLCanvasElement {
    const w = this.container.clientWidth;
    const h = this.container.clientHeight;
    const texture = document.createElement('canvas');
    texture.width = w;
    texture.height = h;
    const ctx = texture.getContext('2d');
    for (const layer of layerCanvases(this.container)) ctx?.drawImage(layer, 0, 0, w, h);
    this.overlay ??= overlayCanvas(this.container, 'gesture-picture');
    this.drawPicture(texture, this.viewport(), this.viewport());
    setLayersHidden(this.container, true);
    return texture;
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const g = this.gesture;
      if (g && g.kind !== 'press') this.drawPicture(g.texture, g.viewport, g.current);
    });
  }

  /** The picture taken at viewport `from`, drawn as it looks at viewport `to`. */
  private drawPicture(texture: HTMLCanvasElement, from: Viewport, to: Viewport): void {
    const ctx = this.overlay?.getContext('2d');
    if (!ctx || !this.overlay) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.overlay.width, this.overlay.height);
    const s = to.zoom / from.zoom;
    ctx.setTransform(s, 0, 0, s, to.pan.x - s * from.pan.x, to.pan.y - s * from.pan.y);
    ctx.drawImage(texture, 0, 0);
  }

  /** Gives the viewport to Cytoscape; the moving picture stays until Cytoscape has drawn the scene there. */
  private finish(viewport: Viewport): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const overlay = this.overlay;
    const reveal = (): void => {
      if (this.gesture) return; // a new gesture took the picture over
      setLayersHidden(this.container, false);
      overlay?.remove();
      if (this.overlay === overlay) this.overlay = undefined;
    };
    if (overlay && viewport.zoom === this.cy.zoom() && viewport.pan.x === this.cy.pan().x && viewport.pan.y === this.cy.pan().y) {
      reveal();
      return;
    }
    this.cy.one('render', () => reveal());
    this.cy.viewport(viewport);
  }

  // --- Hit-testing a press -----------------------------------------------------------------------------

  /** Container pixels to model coordinates, and the hit slack in model units. */
  private toModel(p: Position): { mx: number; my: number; slack: number } {
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    return { mx: (p.x - pan.x) / zoom, my: (p.y - pan.y) / zoom, slack: this.o.hitRadius / zoom };
  }

  /** Whether a press at `p` (container pixels) lands on a shown node. */
  private nodeAt(p: Position): boolean {
    return this.nodeIdAt(p) !== undefined;
  }

  private nodeIdAt(p: Position): string | undefined {
    const { mx, my, slack } = this.toModel(p);
    return (this.index ??= this.buildIndex()).nodeAt(mx, my, slack);
  }

  /** The id of the shown edge nearest to `p` within the slack, if any. */
  private edgeAt(p: Position): string | undefined {
    const { mx, my, slack } = this.toModel(p);
    return (this.index ??= this.buildIndex()).edgeAt(mx, my, slack);
  }

  private buildIndex(): HitIndex {
    const nodes = this.cy
      .nodes()
      .filter((n: NodeSingular) => n.visible())
      .map((n: NodeSingular) => ({ id: n.id(), ...n.position(), r: lookFor(n.data('primary') as string, n.data('kind') as string | undefined).size / 2 }));
    const edges = this.cy
      .edges()
      .filter((e: EdgeSingular) => e.visible())
      .map((e: EdgeSingular) => e.data() as { id: string; source: string; target: string });
    return new HitIndex(nodes, edges);
  }
}
