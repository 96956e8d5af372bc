/**
 * The Cytoscape scene: one instance, fed only through the graph mapping. Knows how to replace and merge
 * graphs (no duplicates, existing positions kept), undo the last expansion, hide/pin/collapse, filter by
 * type/label and by time window, and switch to big-scene settings (and the WebGL renderer) past a threshold.
 */
import cytoscape, { type Core, type ElementDefinition, type EventObject, type NodeSingular, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import svg from 'cytoscape-svg';
import { mergePlan, type MergePlan, type NodeData } from './graph-mapping.ts';
import type { Lang } from './i18n.ts';
import { hashId, runLayout, seedPosition, storedPosition, type LayoutName } from './layouts.ts';
import { buildStyle } from './style.ts';
import type { GraphElements } from './api-types.ts';
import type { RendererChoice } from './view-state.ts';
import { layoutInWorker } from './layout-client.ts';
import { HIDDEN, hiddenElements, shownElements } from './visibility.ts';
import { BIG_SCENE_LABELS, hubIds } from './hubs.ts';
import { fitViewport, nodeBounds, QuickPicture } from './quick-picture.ts';
import { lookFor } from './style.ts';
import { ViewportGestures } from './viewport-gestures.ts';

export { shownElements };

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(svg);

/** Past this many nodes: cheaper drawing (haystack edges, no edge labels, texture while panning). */
export const BIG_SCENE_NODES = 1500;
/** Past this many nodes (renderer "auto"): the WebGL renderer, when a GPU draws the browser's WebGL2. */
export const WEBGL_SCENE_NODES = 4000;
/** From this many nodes a new scene is first drawn as a quick picture (quick-picture.ts) while Cytoscape builds. */
export const QUICK_PICTURE_NODES = 1000;
/** Fitting never zooms in further than this (small results stay readable, not huge). */
export const MAX_FIT_ZOOM = 1.4;
export { BIG_SCENE_LABELS };
/** In a big scene, every node in view gets its label once no more than this many are in view. */
export const VIEW_LABELS = 300;
/** Past this many nodes fcose runs in a worker so the page stays responsive. */
export const WORKER_LAYOUT_NODES = 600;

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

export interface SceneEvents {
  select: (sel: Selection) => void;
  expandRequest: (nodeId: string) => void;
  /** Elements were added, removed, hidden or shown. */
  changed: () => void;
}

export interface Expansion {
  /** The node whose neighbourhood was added (it may not have been in the scene before). */
  anchor: string;
  nodes: string[];
  edges: string[];
}

let webgl2: { any: boolean; gpu: boolean } | undefined;
/**
 * Whether the browser has WebGL2, and whether a GPU draws it. A software implementation (SwiftShader, llvmpipe)
 * redraws a big scene far slower than the canvas renderer with its moving picture, so "auto" does not pick it;
 * choosing WebGL explicitly still gets it.
 */
function webGL2(): { any: boolean; gpu: boolean } {
  if (webgl2 === undefined) {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      const name = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
      webgl2 = { any: Boolean(gl), gpu: Boolean(gl) && !/swiftshader|llvmpipe|softpipe|software/i.test(name) };
    } catch {
      webgl2 = { any: false, gpu: false };
    }
  }
  return webgl2;
}

export class Scene {
  cy!: Core;
  big = false;
  webgl = false;
  readonly expansions: Expansion[] = [];
  private lang: Lang;
  private renderer: RendererChoice;
  private layoutToken = 0;
  private gestures: ViewportGestures | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly events: SceneEvents,
    opts: { lang: Lang; renderer: RendererChoice },
  ) {
    this.lang = opts.lang;
    this.renderer = opts.renderer;
    this.create([]);
  }

  /** (Re)creates the Cytoscape instance in the mode fitting `nodeCount`, keeping elements and positions. */
  private create(elements: ElementDefinition[], nodeCount = 0): void {
    const big = nodeCount >= BIG_SCENE_NODES;
    const webgl = this.wantsWebGL(nodeCount);
    this.gestures?.destroy();
    this.gestures = undefined;
    this.cy?.destroy();
    this.big = big;
    this.webgl = webgl;
    const options: cytoscape.CytoscapeOptions & Record<string, unknown> = {
      container: this.container,
      elements,
      style: buildStyle({ lang: this.lang, big }),
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: true,
      selectionType: 'single',
      hideEdgesOnViewport: big,
      textureOnViewport: big && !webgl,
      motionBlur: false,
      pixelRatio: big ? 1 : 'auto',
    };
    if (webgl) options.renderer = { name: 'canvas', webgl: true };
    this.cy = cytoscape(options);
    // Big canvas scenes pan and zoom a picture of themselves. Not WebGL: its canvas cannot be copied once drawn
    // (no preserved drawing buffer), and with a GPU it redraws fast enough.
    if (big && !webgl) this.gestures = new ViewportGestures(this.cy, this.container);
    this.container.dataset.renderer = webgl ? 'webgl' : 'canvas';
    this.container.dataset.big = String(big);
    this.wire();
  }

  private wire(): void {
    const cy = this.cy;
    cy.on('select', 'node, edge', (ev: EventObject) => this.events.select({ kind: ev.target.isNode() ? 'node' : 'edge', id: ev.target.id() }));
    cy.on('tap', (ev: EventObject) => {
      if (ev.target === cy) this.events.select(null);
    });
    cy.on('dbltap', 'node', (ev: EventObject) => this.events.expandRequest(ev.target.id()));
    if (this.big) {
      let timer = 0;
      cy.on('viewport', () => {
        clearTimeout(timer);
        timer = window.setTimeout(() => this.labelInView(), 150);
      });
    }
  }

  /** Zoomed in on a big scene: the nodes in view carry their labels when there are few enough of them. */
  private labelInView(): void {
    if (this.cy.destroyed()) return;
    const { x1, y1, x2, y2 } = this.cy.extent();
    const inView = this.cy.nodes().filter((n) => {
      const p = n.position();
      return p.x >= x1 && p.x <= x2 && p.y >= y1 && p.y <= y2;
    });
    const keep = inView.length <= VIEW_LABELS ? inView : this.cy.collection();
    const labelled = this.cy.nodes('.in-view');
    this.cy.batch(() => {
      labelled.difference(keep).removeClass('in-view');
      keep.difference(labelled).addClass('in-view');
    });
  }

  private wantsWebGL(nodeCount: number): boolean {
    if (this.renderer === 'webgl') return webGL2().any;
    return this.renderer === 'auto' && nodeCount >= WEBGL_SCENE_NODES && webGL2().gpu;
  }

  /** Switches mode when the scene crosses a threshold (or the renderer choice changed). */
  private ensureMode(nodeCount: number, force = false): void {
    const big = nodeCount >= BIG_SCENE_NODES;
    const webgl = this.wantsWebGL(nodeCount);
    if (!force && big === this.big && webgl === this.webgl) return;
    const keep = this.cy.elements().jsons() as unknown as ElementDefinition[];
    const viewport = { zoom: this.cy.zoom(), pan: this.cy.pan() };
    this.create(keep, nodeCount);
    this.cy.viewport(viewport);
  }

  /** In a big scene, the best-connected nodes keep their labels (see the big-scene style). */
  private labelHubs(): void {
    const nodes = this.cy.nodes();
    const top = hubIds(
      nodes.map((n) => n.id()),
      this.cy.edges().map((e) => e.data() as { source: string; target: string }),
    );
    this.cy.batch(() => {
      nodes.removeClass('labelled');
      for (const id of top) this.cy.getElementById(id).addClass('labelled');
    });
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.cy.style(buildStyle({ lang, big: this.big }));
  }

  setRenderer(choice: RendererChoice): void {
    if (choice === this.renderer) return;
    this.renderer = choice;
    this.ensureMode(this.cy.nodes().length, true);
  }

  has = (id: string): boolean => this.cy.getElementById(id).nonempty();

  nodeData(id: string): NodeData | undefined {
    const n = this.cy.getElementById(id);
    return n.nonempty() && n.isNode() ? (n.data() as NodeData) : undefined;
  }

  /** A new scene from a graph reply. */
  async replace(graph: GraphElements, layout: LayoutName, opts: { animate?: boolean } = {}): Promise<MergePlan> {
    const plan = mergePlan(graph, () => false);
    this.expansions.length = 0;
    this.cy.elements().remove();
    this.ensureMode(plan.newNodeIds.length);
    // Seeded start positions (or the stored ones for 'preset'): a first frame straight away, and layouts that
    // start from the same place.
    const spread = Math.max(300, Math.sqrt(plan.newNodeIds.length) * 60);
    for (const el of plan.add) {
      if (el.group !== 'nodes') continue;
      const stored = layout === 'preset' ? storedPosition((el.data as { props?: Record<string, unknown> }).props) : undefined;
      el.position = stored ?? seedPosition(String(el.data.id), spread);
    }
    // A scene of many nodes is drawn at once on a plain canvas while Cytoscape builds its model underneath.
    const quick =
      plan.newNodeIds.length >= QUICK_PICTURE_NODES
        ? await QuickPicture.show(this.container, plan.add, this.big ? { lang: this.lang } : { lang: this.lang, edgeColor: '#94a3b8', edgeWidth: 1.6 })
        : undefined;
    try {
      this.cy.add(plan.add);
      if (this.big) this.labelHubs();
      this.events.changed();
      // Stored positions are already in place: no layout run, just the fit the quick picture used.
      if (quick && layout === 'preset') this.cy.viewport(quick.viewport);
      else await this.layout(layout, { animate: opts.animate ?? false });
    } finally {
      quick?.remove();
    }
    return plan;
  }

  /**
   * Adds a reply to the scene. New nodes start around the anchor and are laid out with the existing ones
   * held in place; the addition is recorded so it can be undone.
   */
  async merge(graph: GraphElements, opts: { anchor?: string; key?: string; animate?: boolean; record?: boolean } = {}): Promise<MergePlan> {
    const plan = mergePlan(graph, this.has);
    if (plan.add.length === 0) return plan;
    const existing = this.cy.nodes();
    this.ensureMode(existing.length + plan.newNodeIds.length);
    // Starting spots: around the anchor, else next to the scene nodes each new node links to, else around
    // the middle of the scene. fcose then settles them with the existing nodes held still.
    const anchorNode = opts.anchor ? this.cy.getElementById(opts.anchor) : undefined;
    const bb = existing.nonempty() ? existing.boundingBox({}) : undefined;
    const middle = anchorNode?.nonempty() ? { ...anchorNode.position() } : bb ? { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 } : { x: 0, y: 0 };
    const linked = new Map<string, Position[]>();
    for (const el of plan.add) {
      if (el.group !== 'edges') continue;
      const { source, target } = el.data as { source: string; target: string };
      for (const [fresh, other] of [[source, target], [target, source]] as const) {
        const o = this.cy.getElementById(other);
        if (o.nonempty() && o.isNode()) linked.set(fresh, [...(linked.get(fresh) ?? []), { ...o.position() }]);
      }
    }
    const newIds = [...plan.newNodeIds].sort();
    const ring = 90 + newIds.length * 6;
    const slot = new Map(newIds.map((id, i) => [id, i]));
    for (const el of plan.add) {
      if (el.group !== 'nodes') continue;
      const id = String(el.data.id);
      const i = slot.get(id) ?? 0;
      const a = (i / Math.max(1, newIds.length)) * Math.PI * 2;
      const near = anchorNode?.nonempty() ? undefined : linked.get(id);
      if (near?.length) {
        const c = { x: near.reduce((s, p) => s + p.x, 0) / near.length, y: near.reduce((s, p) => s + p.y, 0) / near.length };
        const h = (hashId(id) % 360) * (Math.PI / 180);
        el.position = { x: c.x + Math.cos(h) * 70, y: c.y + Math.sin(h) * 70 };
      } else el.position = { x: middle.x + Math.cos(a) * ring, y: middle.y + Math.sin(a) * ring };
    }
    const added = this.cy.add(plan.add);
    if (this.big) this.labelHubs();
    if (opts.record !== false) this.expansions.push({ anchor: opts.key ?? opts.anchor ?? '', nodes: plan.newNodeIds, edges: plan.newEdgeIds });
    added.nodes().addClass('fresh');
    setTimeout(() => added.nodes().removeClass('fresh'), 2500);
    this.events.changed();
    if (plan.newNodeIds.length) await this.layout('fcose', { animate: opts.animate ?? true, fixed: existing });
    return plan;
  }

  /** Removes what the last expansion added. Returns the expansion, or undefined when there is none. */
  undoExpansion(): Expansion | undefined {
    const last = this.expansions.pop();
    if (!last) return undefined;
    this.cy.batch(() => {
      for (const id of last.edges) this.cy.getElementById(id).remove();
      for (const id of last.nodes) this.cy.getElementById(id).remove();
    });
    this.events.changed();
    return last;
  }

  /** Elements that carry their own positions (a reopened snapshot), in the mode their number needs. */
  restore(elements: ElementDefinition[]): void {
    this.expansions.length = 0;
    this.cy.elements().remove();
    this.ensureMode(elements.filter((e) => e.group === 'nodes').length);
    this.cy.add(elements);
    if (this.big) this.labelHubs();
    this.events.changed();
  }

  clear(): void {
    this.expansions.length = 0;
    this.cy.elements().remove();
    this.events.changed();
  }

  /** Lays out the visible scene; with `fixed`, those nodes keep their positions. Pinned nodes never move. */
  async layout(name: LayoutName, opts: { animate?: boolean; fixed?: cytoscape.NodeCollection } = {}): Promise<void> {
    const token = ++this.layoutToken;
    const visible = shownElements(this.cy).nodes();
    if (name === 'fcose' && !opts.fixed && visible.length >= WORKER_LAYOUT_NODES) {
      const positions = await layoutInWorker(visible);
      if (token !== this.layoutToken || !positions) return;
      this.cy.batch(() => {
        for (const [id, p] of positions) {
          const n = this.cy.getElementById(id);
          if (n.nonempty() && !n.locked()) n.position(p);
        }
      });
      this.fit();
      return;
    }
    const roots = this.cy.nodes('.l-Agreement').not(HIDDEN);
    await runLayout(this.cy, name, { animate: opts.animate, fixed: opts.fixed, roots });
    if (!opts.fixed && this.cy.zoom() > MAX_FIT_ZOOM) this.fit({ animate: opts.animate });
  }

  /** Fits the shown elements, without blowing a three-node result up to poster size. */
  fit(opts: { animate?: boolean; eles?: cytoscape.CollectionArgument } = {}): void {
    const eles = (opts.eles ?? shownElements(this.cy)) as cytoscape.CollectionReturnValue;
    if (eles.empty()) return;
    // With many nodes Cytoscape's bounding boxes (labels included) cost seconds: fit the node positions, as the
    // quick picture does, so the view does not jump when Cytoscape takes over.
    const many = this.big || eles.nodes().length >= QUICK_PICTURE_NODES;
    const bb = many ? nodeBounds(eles.nodes().map((n) => ({ position: n.position(), size: lookFor(n.data('primary'), n.data('kind')).size }))) : eles.boundingBox({});
    if (!bb) return;
    const { zoom, pan } = fitViewport(bb, this.cy.width(), this.cy.height(), 40, MAX_FIT_ZOOM);
    if (opts.animate && !this.big) this.cy.animate({ zoom, pan }, { duration: 300 });
    else this.cy.viewport({ zoom, pan });
  }

  // --- Hiding, pinning, collapsing --------------------------------------------------------------------

  hideNodes(ids: readonly string[]): void {
    this.cy.batch(() => {
      for (const id of ids) this.cy.getElementById(id).addClass('u-hidden');
    });
    this.events.changed();
  }

  showAllHidden(): void {
    this.cy.elements('.u-hidden').removeClass('u-hidden');
    this.events.changed();
  }

  hiddenNodeIds(): string[] {
    return this.cy.nodes('.u-hidden').map((n) => n.id());
  }

  setPinned(id: string, pinned: boolean): void {
    const n = this.cy.getElementById(id);
    if (n.empty()) return;
    if (pinned) n.lock().addClass('pinned');
    else n.unlock().removeClass('pinned');
  }

  pinnedIds(): string[] {
    return this.cy.nodes('.pinned').map((n) => n.id());
  }

  /** Hides the neighbours that hang only on this node (leaves), i.e. folds it back. Returns their ids. */
  collapse(id: string): string[] {
    const n = this.cy.getElementById(id);
    if (n.empty() || !n.isNode()) return [];
    const leaves = (n as NodeSingular)
      .neighborhood()
      .nodes()
      .filter((m) => !m.is(HIDDEN) && m.neighborhood().nodes().not(HIDDEN).length === 1 && !m.hasClass('pinned'));
    this.hideNodes(leaves.map((m) => m.id()));
    return leaves.map((m) => m.id());
  }

  // --- Filters and timeline ---------------------------------------------------------------------------

  applyFilters(hiddenLabels: ReadonlySet<string>, hiddenTypes: ReadonlySet<string>): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const hide = hiddenLabels.has(String(n.data('primary')));
        n.toggleClass('f-hidden', hide);
      });
      this.cy.edges().forEach((e) => {
        e.toggleClass('f-hidden', hiddenTypes.has(String(e.data('type'))));
      });
    });
    this.events.changed();
  }

  /**
   * Hides dated nodes outside [from, to] (months), and undated nodes left hanging only on such nodes
   * (a product whose only link is an out-of-window contract), so the scene really narrows.
   */
  applyWindow(win: { from: number; to: number } | undefined): void {
    this.cy.batch(() => {
      this.cy.elements('.t-hidden').removeClass('t-hidden');
      if (!win) return;
      const out = this.cy.nodes('.dated').filter((n) => {
        const s = Number(n.data('tStart'));
        const e = Number(n.data('tEnd'));
        return e < win.from || s > win.to;
      });
      out.addClass('t-hidden');
      // Only neighbours of what was just hidden can have been left hanging.
      out
        .neighborhood()
        .nodes()
        .not('.dated')
        .forEach((n) => {
          const nb = n.neighborhood().nodes();
          if (nb.nonempty() && nb.filter('.t-hidden').length === nb.length) n.addClass('t-hidden');
        });
    });
    this.events.changed();
  }

  /** Dated spans of the scene's nodes, for the timeline. */
  datedSpans(): { id: string; start: number; end: number }[] {
    return this.cy.nodes('.dated').map((n) => ({ id: n.id(), start: Number(n.data('tStart')), end: Number(n.data('tEnd')) }));
  }

  visibleCounts(): { nodes: number; edges: number } {
    // Counted from what is hidden (usually little), which is cheaper than filtering everything.
    const hidden = hiddenElements(this.cy);
    return { nodes: this.cy.nodes().length - hidden.nodes().length, edges: this.cy.edges().length - hidden.edges().length };
  }

  // --- Focus and highlight ----------------------------------------------------------------------------

  focus(id: string, opts: { animate?: boolean } = {}): boolean {
    const n = this.cy.getElementById(id);
    if (n.empty()) return false;
    this.cy.elements('.hl').removeClass('hl');
    this.cy.elements(':selected').unselect();
    n.addClass('hl').select();
    const zoom = Math.max(this.cy.zoom(), 1);
    if (opts.animate === false || this.big) this.cy.center(n);
    else this.cy.animate({ center: { eles: n }, zoom }, { duration: 350 });
    return true;
  }

  highlightPaths(nodeIds: readonly string[], edgeIds: readonly string[]): void {
    this.clearHighlight();
    const on = this.cy.collection();
    for (const id of [...nodeIds, ...edgeIds]) on.merge(this.cy.getElementById(id));
    if (on.empty()) return;
    on.addClass('path-hl');
    this.cy.elements().not(on).addClass('dimmed');
    this.fit({ eles: on, animate: true });
  }

  clearHighlight(): void {
    this.cy.elements('.path-hl, .dimmed').removeClass('path-hl dimmed');
  }
}
