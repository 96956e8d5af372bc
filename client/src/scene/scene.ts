/**
 * The Cytoscape scene: one instance, fed only through the graph mapping, and the only module that holds the
 * Cytoscape core. Knows how to replace and merge graphs (no duplicates, existing positions kept), undo the
 * last expansion, lay out, and switch to big-scene settings (and the WebGL renderer) past a threshold.
 * What is hidden, pinned, filtered, selected and highlighted is not decided here: apply(state) draws it from
 * the application state, the way a renderer's reducers turn state into what is drawn.
 *
 * The container says what the scene is doing, for tests and tools to wait on: data-layout="running|idle"
 * (a layout or a viewport animation in progress; a big scene's build too), data-selected (the selected element's
 * id, drawn by Cytoscape or, in a big scene, over it), data-labels="pending|idle" (big scenes label the nodes in
 * view shortly after the viewport settles; data-label-runs counts how often they did) and data-state-version
 * (the store version last applied).
 */
import cytoscape, { type Core, type ElementDefinition, type EventObject, type NodeSingular, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import svg from 'cytoscape-svg';
import type { FrozenView, GraphElements, RendererChoice, ViewState } from '../api-types.ts';
import { parseMonth } from '../dates.ts';
import { reducedMotion } from '../dom.ts';
import type { SceneCounts } from '../filters.ts';
import { edgeFromData, mergePlan, nodeFromData, type EdgeData, type MergePlan, type NodeData } from '../graph-mapping.ts';
import { BIG_SCENE_LABELS, hubIds } from '../hubs.ts';
import { kindName, labelName, relationName, type Lang } from '../i18n.ts';
import { layoutInWorker } from '../layout-client.ts';
import { ranksSuit, SIDE_CLASSES } from '../ranks-layout.ts';
import { idsChecksum, LABEL_SIDES, picturePositions, type LabelSide, type LinkPicture } from '../link-picture.ts';
import { hashId, runLayout, seedPosition, storedPosition, type LayoutName } from '../layouts.ts';
import { fitViewport, nodeBounds, QuickPicture, type Viewport } from '../quick-picture.ts';
import type { Selection } from '../state/app-state.ts';
import { composeSvg, framedExportSize, framePng, type LegendItem, type PictureFrame } from '../snapshot-draw.ts';
import { buildStyle, edgeFontSize, lookFor, MIN_EDGE_LABEL_PX } from '../style.ts';
import { HIDDEN, hiddenElements, shownElements } from '../visibility.ts';
import { rendererPixelRatio } from './cytoscape-internals.ts';
import { captureView } from './view-capture.ts';
import { OverviewMap } from './overview-map.ts';
import { drawMarks, type Mark } from './marks.ts';
import { placeNewcomers } from './placement.ts';
import { ViewportGestures } from './viewport-gestures.ts';
import { WheelZoom } from './wheel-zoom.ts';


cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(svg);

/** Past this many nodes: cheaper drawing (haystack edges, no edge labels, texture while panning). */
export const BIG_SCENE_NODES = 1500;
/** Past this many nodes (renderer "auto"): the WebGL renderer, when a GPU draws the browser's WebGL2. */
export const WEBGL_SCENE_NODES = 4000;
/** From this many nodes a new scene is first drawn as a quick picture (quick-picture.ts) while Cytoscape builds. */
export const QUICK_PICTURE_NODES = 1000;
/** A big scene is handed to Cytoscape in slices of about this many milliseconds, the page free in between. */
const SLICE_MS = 30;
/** Fitting never zooms in further than this (small results stay readable, not huge). */
export const MAX_FIT_ZOOM = 1.4;
/** Canvases narrower than this (and taller than wide) get the ranks stacked in rows (see ranks-layout.ts). */
const STACKED_MAX_WIDTH = 600;
/** Below this zoom the stacked ranks are shown at full width from the top rather than whole. */
const STACKED_MIN_ZOOM = 0.85;
/** Room left above stacked ranks for the buttons over the canvas. */
const STACKED_TOP = 46;
export { BIG_SCENE_LABELS };
/** In a big scene, every node in view gets its label once no more than this many are in view. */
export const VIEW_LABELS = 300;
/** Past this many nodes fcose runs in a worker so the page stays responsive. */
export const WORKER_LAYOUT_NODES = 600;

export type { Selection };

/** The part of the application state the scene draws. */
export type SceneState = Pick<ViewState, 'lang' | 'hiddenNodes' | 'pinned' | 'hiddenLabels' | 'hiddenTypes' | 'window' | 'paths'> & {
  selection: Selection;
  spotlight?: string;
  /** Facts (from|TYPE|to[|key]) a passage of the article reader lights. */
  evidence?: string[];
};

/** The ends and type of a fact id as ingest writes it: from|TYPE|to, then any key properties. */
export function factParts(id: string): { from: string; type: string; to: string } | undefined {
  const [from, type, to] = id.split('|');
  return from && type && to ? { from, type, to } : undefined;
}

/**
 * The canvas for a big scene's marks, inside the scene's container above Cytoscape's layers, so the moving
 * picture of a pan or zoom (viewport-gestures.ts) carries the marks along with the rest.
 */
function marksCanvas(container: HTMLElement): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = 'scene-marks';
  canvas.width = container.clientWidth;
  canvas.height = container.clientHeight;
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', zIndex: '10' });
  container.append(canvas);
  return canvas;
}

/** A new task: whatever the page has waiting (input, a frame) runs first. */
const nextTask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

export interface ImageOptions {
  scale: number;
  background: 'white' | 'transparent';
}


export interface SceneEvents {
  select: (sel: Selection) => void;
  expandRequest: (nodeId: string) => void;
  /** Elements were added, removed, hidden or shown. */
  changed: () => void;
  /** A long press on a node (touch): the node's actions are wanted. */
  hold?: (nodeId: string) => void;
}

export interface MergeOptions {
  anchor?: string;
  key?: string;
  animate?: boolean;
  record?: boolean;
  /** false: no placement, layout or fit (the positions come from a link's picture). */
  place?: boolean;
}

export interface ReplaceOptions {
  animate?: boolean;
  /** false: no layout or fit (the positions come from a link's picture). */
  layout?: boolean;
  /** The first picture of a big scene is on screen and answers clicks (Cytoscape is still building). */
  pictured?: () => void;
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
  private cy!: Core;
  big = false;
  webgl = false;
  private readonly expansions: Expansion[] = [];
  private lang: Lang;
  private readonly renderer: RendererChoice;
  private layoutToken = 0;
  private readonly insets: () => { top: number; bottom: number };
  /** The last whole-scene layout run (expansions aside). */
  private lastLayout: LayoutName | undefined;
  /** Whether the last full ranks layout was the stacked (narrow-screen) form. */
  private stacked = false;
  private gestures: ViewportGestures | undefined;
  private wheel: WheelZoom | undefined;
  private overview: OverviewMap | undefined;
  private overviewHost: HTMLElement | undefined;
  /** The state last drawn, and whether elements came or went since (then everything is drawn again). */
  private drawn: SceneState | undefined;
  private elementsChanged = true;
  /** Layouts and viewport animations in progress. */
  private busy = 0;
  /** A big scene being handed to Cytoscape: its quick picture and its elements by id (for details meanwhile). */
  private building: { quick: QuickPicture; elements: Map<string, ElementDefinition>; state?: { state: SceneState; version?: number } } | undefined;
  /** A big scene's selected and hovered element, drawn over the picture (see scene/marks.ts). */
  private marks: { canvas: HTMLCanvasElement; selected?: string; hovered?: string } | undefined;
  /** Bumped to stop a build; `built` settles when the current one has stopped or finished. */
  private buildToken = 0;
  private built: Promise<void> = Promise.resolve();

  constructor(
    private readonly container: HTMLElement,
    private readonly events: SceneEvents,
    opts: { lang: Lang; renderer: RendererChoice; insets?: () => { top: number; bottom: number }; overviewHost?: HTMLElement },
  ) {
    this.overviewHost = opts.overviewHost;
    this.insets = opts.insets ?? (() => ({ top: 0, bottom: 0 }));
    this.lang = opts.lang;
    this.renderer = opts.renderer;
    this.container.dataset.layout = 'idle';
    this.container.dataset.labels = 'idle';
    this.create([]);
  }

  /** Marks work in progress on the container until the returned function is called (once). */
  private begin(): () => void {
    this.busy++;
    this.container.dataset.layout = 'running';
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.busy--;
      if (this.busy === 0) this.container.dataset.layout = 'idle';
    };
  }

  /** A viewport animation, tracked as work in progress. */
  private animateViewport(to: { zoom?: number; pan?: Position; center?: { eles: cytoscape.CollectionArgument } }, duration: number): void {
    if (reducedMotion()) {
      if (to.center) {
        if (to.zoom !== undefined) this.cy.zoom(to.zoom);
        this.cy.center(to.center.eles);
      } else this.cy.viewport({ zoom: to.zoom ?? this.cy.zoom(), pan: to.pan ?? this.cy.pan() });
      return;
    }
    const end = this.begin();
    this.cy.animate(to, { duration, complete: end });
    // Should the animation be cut short, the work still ends.
    setTimeout(end, duration + 500);
  }

  /** (Re)creates the Cytoscape instance in the mode fitting `nodeCount`, keeping elements and positions. */
  private create(elements: ElementDefinition[], nodeCount = 0): void {
    const big = nodeCount >= BIG_SCENE_NODES;
    const webgl = this.wantsWebGL(nodeCount);
    this.gestures?.destroy();
    this.gestures = undefined;
    this.wheel?.destroy();
    this.wheel = undefined;
    this.overview?.destroy();
    this.overview = undefined;
    this.cy?.destroy();
    this.marks?.canvas.remove();
    this.marks = undefined;
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
      // A big scene's selection is drawn over the picture (scene/marks.ts), not by Cytoscape restyling a node
      // and redrawing everything: a tap selects through the state instead.
      autounselectify: big,
    };
    if (webgl) options.renderer = { name: 'canvas', webgl: true };
    this.cy = cytoscape(options);
    this.elementsChanged = true;
    // Big canvas scenes pan and zoom a picture of themselves. Not WebGL: its canvas cannot be copied once drawn
    // (no preserved drawing buffer), and with a GPU it redraws fast enough.
    if (big) this.marks = { canvas: marksCanvas(this.container) };
    if (big && !webgl) this.gestures = new ViewportGestures(this.cy, this.container, { hover: (id) => this.hover(id) });
    else this.wheel = new WheelZoom(this.cy, this.container);
    if (this.overviewHost) this.overview = new OverviewMap(this.cy, this.overviewHost, { lang: () => this.lang });
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
    if (this.big) {
      cy.on('tap', 'node, edge', (ev: EventObject) => this.events.select({ kind: ev.target.isNode() ? 'node' : 'edge', id: ev.target.id() }));
      cy.on('viewport', () => this.drawMarks());
    }
    cy.on('dbltap', 'node', (ev: EventObject) => this.events.expandRequest(ev.target.id()));
    cy.on('taphold', 'node', (ev: EventObject) => this.events.hold?.(ev.target.id()));
    cy.on('dragfree', 'node', () => this.declutter());
    // Cytoscape's own min-zoomed-font-size rounds the zoom to powers of two; this is exact.
    cy.on('zoom', () => this.edgeLabelsByZoom());
    if (this.big) {
      let timer = 0;
      cy.on('viewport', () => {
        clearTimeout(timer);
        this.container.dataset.labels = 'pending';
        timer = window.setTimeout(() => {
          this.labelInView();
          this.container.dataset.labelRuns = String(Number(this.container.dataset.labelRuns ?? 0) + 1);
          this.container.dataset.labels = 'idle';
        }, 150);
      });
    }
  }

  /** A big scene's pointer is over this node (or none): it gets a ring and its name. */
  private hover(id: string | undefined): void {
    if (!this.marks || this.marks.hovered === id) return;
    this.marks.hovered = id;
    this.drawMarks();
  }

  /** The selected and the hovered element of a big scene, over Cytoscape's picture of it. */
  private drawMarks(): void {
    const m = this.marks;
    if (!m || this.cy.destroyed()) return;
    const w = this.container.clientWidth;
    const h = this.container.clientHeight;
    if (m.canvas.width !== w || m.canvas.height !== h) Object.assign(m.canvas, { width: w, height: h });
    const nameOf = (id: string) => String(this.cy.getElementById(id).data(`label_${this.lang === 'ar' ? 'ar' : 'en'}`) ?? id);
    const marks: Mark[] = [];
    for (const id of new Set([m.selected, m.hovered])) {
      const e = id ? this.cy.getElementById(id) : undefined;
      if (!id || !e?.nonempty() || !e.visible()) continue;
      const selected = id === m.selected;
      if (e.isNode()) marks.push({ ...e.position(), r: lookFor(String(e.data('primary')), e.data('kind') as string | undefined).size / 2, name: nameOf(id), selected });
      else {
        const edge = e as unknown as cytoscape.EdgeSingular;
        marks.push({ ...edge.source().position(), r: 0, to: { ...edge.target().position() }, name: nameOf(id), selected });
      }
    }
    drawMarks(m.canvas, { zoom: this.cy.zoom(), pan: this.cy.pan() }, marks);
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

  private setLang(lang: Lang): void {
    this.lang = lang;
    this.cy.style(buildStyle({ lang, big: this.big }));
    // Labels changed size: the ranks layout sizes its rows by them, so it is run again; others only declutter.
    if (this.lastLayout === 'ranks') void this.layout('ranks', { animate: false });
    else this.declutter();
  }

  // --- What the scene holds ------------------------------------------------------------------------------

  has = (id: string): boolean => this.cy.getElementById(id).nonempty();

  isEmpty(): boolean {
    return this.cy.nodes().empty();
  }

  /** The shown nodes as the table lists them. */
  shownNodes(lang: Lang): { id: string; name: string; primary: string; kind?: string; status?: string; date?: string; datePrecision?: string }[] {
    const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
    return shownElements(this.cy)
      .nodes()
      .map((n) => {
        const d = n.data() as NodeData;
        return { id: d.id, name: String(d[`label_${lang === 'ar' ? 'ar' : 'en'}`]), primary: d.primary, kind: d.kind, status: d.status, date: text(d.props.date), datePrecision: text(d.props.datePrecision) };
      });
  }

  nodeData(id: string): NodeData | undefined {
    const n = this.cy.getElementById(id);
    return n.nonempty() && n.isNode() ? (n.data() as NodeData) : undefined;
  }

  /** A node or an edge in the API shape (for the details panel). */
  element(id: string): { kind: 'node'; node: ReturnType<typeof nodeFromData> } | { kind: 'edge'; edge: ReturnType<typeof edgeFromData> } | undefined {
    // While a big scene builds, the mapped elements answer (a node clicked on the quick picture).
    const pending = this.building?.elements.get(id);
    if (pending) return pending.group === 'nodes' ? { kind: 'node', node: nodeFromData(pending.data as unknown as NodeData) } : { kind: 'edge', edge: edgeFromData(pending.data as unknown as EdgeData) };
    const e = this.cy.getElementById(id);
    if (e.empty()) return undefined;
    const data: unknown = e.data();
    return e.isNode() ? { kind: 'node', node: nodeFromData(data as NodeData) } : { kind: 'edge', edge: edgeFromData(data as EdgeData) };
  }

  /** The label a node or an edge carries in the scene for `lang`. */
  labelOf(id: string, lang: Lang): string | undefined {
    const v = this.cy.getElementById(id).data(`label_${lang}`) as unknown;
    return v === undefined || v === null ? undefined : String(v);
  }

  /** How many expansions can be undone. */
  get expansionCount(): number {
    return this.expansions.length;
  }

  totals(): { nodes: number; edges: number } {
    if (this.building) return this.buildingTotals();
    return { nodes: this.cy.nodes().length, edges: this.cy.edges().length };
  }

  /** While a big scene builds, its figures come from the reply, not from the part Cytoscape has taken in. */
  private buildingTotals(): { nodes: number; edges: number } {
    let nodes = 0;
    for (const el of this.building?.elements.values() ?? []) if (el.group === 'nodes') nodes++;
    return { nodes, edges: (this.building?.elements.size ?? 0) - nodes };
  }

  /** Whether any node the user hid is in the scene (to enable "show hidden"). */
  hasUserHidden(): boolean {
    return this.cy.nodes('.u-hidden').nonempty();
  }

  /**
   * Labels and relationship types in the scene with how many fall in the timeline window (filters), and the
   * looks and statuses present (legend). The label and type filters do not change the counts, so switching a
   * type off never makes it vanish from the list; a type the window leaves out stays listed with 0.
   */
  counts(): SceneCounts {
    const labels = new Map<string, number>();
    const types = new Map<string, number>();
    const looks = new Set<string>();
    const statuses = new Set<string>();
    if (this.building) {
      // The reply's figures while Cytoscape takes it in (the window is drawn once it has).
      for (const { group, data } of this.building.elements.values()) {
        const d = data as unknown as NodeData & EdgeData;
        if (group === 'nodes') {
          labels.set(d.primary, (labels.get(d.primary) ?? 0) + 1);
          looks.add(lookFor(d.primary, d.kind).key);
          if (d.primary === 'Agreement' && d.status) statuses.add(d.status);
        } else types.set(d.type, (types.get(d.type) ?? 0) + 1);
      }
      return { labels, types, looks, statuses };
    }
    const outOfWindow = this.cy.nodes('.t-hidden');
    // Edges hang on their ends: one whose end the window hides is out of it too.
    const edgesOut = outOfWindow.empty() ? undefined : new Set(outOfWindow.connectedEdges().map((e) => e.id()));
    this.cy.nodes().forEach((n) => {
      const primary = String(n.data('primary'));
      labels.set(primary, (labels.get(primary) ?? 0) + (n.hasClass('t-hidden') ? 0 : 1));
      looks.add(lookFor(primary, n.data('kind') as string | undefined).key);
      if (primary === 'Agreement' && n.data('status')) statuses.add(String(n.data('status')));
    });
    this.cy.edges().forEach((e) => {
      const type = String(e.data('type'));
      types.set(type, (types.get(type) ?? 0) + (edgesOut?.has(e.id()) ? 0 : 1));
    });
    return { labels, types, looks, statuses };
  }

  /** The dated nodes, for the timeline. */
  datedItems(lang: Lang): { id: string; start: number; end: number; primary: string; name: string }[] {
    return this.cy.nodes('.dated').map((n) => ({
      id: n.id(),
      start: Number(n.data('tStart')),
      end: Number(n.data('tEnd')),
      primary: String(n.data('primary')),
      name: String(n.data(`label_${lang === 'ar' ? 'ar' : 'en'}`)),
    }));
  }

  /**
   * A new scene from a graph reply. With `layout: false` the nodes keep their seeded spots: a link's picture
   * (showPicture) places them once the view is rebuilt.
   */
  async replace(graph: GraphElements, layout: LayoutName, opts: ReplaceOptions = {}): Promise<MergePlan> {
    const end = this.begin();
    try {
      return await this.replaceNow(graph, layout, opts);
    } finally {
      end();
    }
  }

  private async replaceNow(graph: GraphElements, layout: LayoutName, opts: ReplaceOptions): Promise<MergePlan> {
    // A scene still building from an earlier reply stops first.
    this.stopBuild();
    await this.built;
    const plan = mergePlan(graph, () => false);
    this.expansions.length = 0;
    this.cy.elements().remove();
    this.drawn = undefined;
    this.ensureMode(plan.newNodeIds.length);
    // Seeded start positions (or the stored ones for 'preset'): a first frame straight away, and layouts that
    // start from the same place.
    const spread = Math.max(300, Math.sqrt(plan.newNodeIds.length) * 60);
    for (const el of plan.add) {
      if (el.group !== 'nodes') continue;
      const stored = layout === 'preset' ? storedPosition((el.data as { props?: Record<string, unknown> }).props) : undefined;
      el.position = stored ?? seedPosition(String(el.data.id), spread);
    }
    // A scene of many nodes is drawn at once on a plain canvas while Cytoscape builds its model underneath
    // (not when a link's picture is to come: the seeded spots are not worth showing). The picture answers
    // hover and clicks meanwhile, and the state drawn on it is the selection.
    const quick =
      plan.newNodeIds.length >= QUICK_PICTURE_NODES && opts.layout !== false
        ? await QuickPicture.show(this.container, plan.add, {
            lang: this.lang,
            ...(this.big ? {} : { edgeColor: '#94a3b8', edgeWidth: 1.6 }),
            input: { select: (id) => this.events.select(id ? { kind: 'node', id } : null) },
          })
        : undefined;
    try {
      if (quick) {
        opts.pictured?.();
        const building = new Map<string, ElementDefinition>();
        for (const el of plan.add) building.set(String(el.data.id), el);
        this.building = { quick, elements: building };
        const done = this.addInSlices(plan.add);
        this.built = done.then(() => undefined);
        const complete = await done;
        const latest = this.building?.state;
        if (this.building?.quick === quick) this.building = undefined;
        if (!complete) return plan;
        // What was chosen on the picture meanwhile (the selection), drawn by Cytoscape's scene now.
        if (latest) {
          this.elementsChanged = true;
          this.apply(latest.state, latest.version);
        }
      } else this.cy.add(plan.add);
      this.elementsChanged = true;
      if (this.big) this.labelHubs();
      this.events.changed();
      // Stored positions are already in place: no layout run, just the fit the quick picture used.
      if (quick && layout === 'preset') this.cy.viewport(quick.viewport);
      else if (opts.layout !== false) await this.layout(layout, { animate: opts.animate ?? false });
    } finally {
      if (this.building?.quick === quick) this.building = undefined;
      quick?.remove();
    }
    return plan;
  }

  /** Stops a big scene's build now: its picture goes, and what is drawn from here on is Cytoscape's. */
  private stopBuild(): void {
    this.buildToken++;
    this.building?.quick.remove();
    this.building = undefined;
  }

  /**
   * Adds elements inside one Cytoscape batch (no style pass or drawing until the end), a slice at a time with
   * the page free between slices, each slice sized to take about SLICE_MS. False when a newer scene took over.
   */
  private async addInSlices(elements: readonly ElementDefinition[]): Promise<boolean> {
    const token = this.buildToken;
    const cy = this.cy;
    // Edges need their ends: nodes first.
    const ordered = [...elements.filter((e) => e.group === 'nodes'), ...elements.filter((e) => e.group !== 'nodes')];
    cy.startBatch();
    try {
      let size = 200;
      for (let i = 0; i < ordered.length; ) {
        const t0 = performance.now();
        cy.add(ordered.slice(i, i + size));
        i += size;
        const spent = performance.now() - t0;
        size = Math.max(50, Math.min(20_000, Math.round((size * SLICE_MS) / Math.max(1, spent))));
        await nextTask();
        if (token !== this.buildToken || cy.destroyed()) return false;
      }
    } finally {
      if (!cy.destroyed()) cy.endBatch();
    }
    return true;
  }

  /**
   * Adds a reply to the scene. New nodes start around the anchor and are laid out with the existing ones
   * held in place; the addition is recorded so it can be undone. With `place: false` they stay on their
   * starting spots and the viewport is left alone (a link's picture places them afterwards).
   */
  async merge(graph: GraphElements, opts: MergeOptions = {}): Promise<MergePlan> {
    const end = this.begin();
    try {
      return await this.mergeNow(graph, opts);
    } finally {
      end();
    }
  }

  private async mergeNow(graph: GraphElements, opts: MergeOptions): Promise<MergePlan> {
    await this.built;
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
    const anchorPoint = new Map<string, Position>();
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
        anchorPoint.set(id, c);
      } else {
        el.position = { x: middle.x + Math.cos(a) * ring, y: middle.y + Math.sin(a) * ring };
        anchorPoint.set(id, middle);
      }
    }
    const added = this.cy.add(plan.add);
    this.elementsChanged = true;
    if (this.big) this.labelHubs();
    if (opts.record !== false) this.expansions.push({ anchor: opts.key ?? opts.anchor ?? '', nodes: plan.newNodeIds, edges: plan.newEdgeIds });
    added.nodes().addClass('fresh');
    setTimeout(() => added.nodes().removeClass('fresh'), 2500);
    this.events.changed();
    if (plan.newNodeIds.length && opts.place !== false) {
      // A scene of ordinary size: each newcomer on the nearest free spot by its anchor, nothing else moves.
      // A big one: fcose with the scene held still (free spots would cost too much to search).
      if (!this.big && existing.length + plan.newNodeIds.length <= 1000) {
        const fresh = added.nodes();
        placeNewcomers(this.cy, fresh, (n) => anchorPoint.get(n.id()) ?? middle);
        this.declutter();
        const e = this.cy.extent();
        const bb = fresh.boundingBox({});
        if (bb.x1 < e.x1 || bb.y1 < e.y1 || bb.x2 > e.x2 || bb.y2 > e.y2) this.fit({ animate: opts.animate ?? true });
      } else await this.layout('fcose', { animate: opts.animate ?? true, fixed: existing });
    }
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
    this.elementsChanged = true;
    this.declutter();
    this.events.changed();
    return last;
  }

  /**
   * Elements that carry their own positions (a reopened snapshot), in the mode their number needs, shown in
   * the viewport `viewportFor` gives for the canvas size.
   */
  restore(elements: ElementDefinition[], viewportFor: (width: number, height: number) => Viewport): void {
    this.stopBuild();
    this.expansions.length = 0;
    this.cy.elements().remove();
    this.drawn = undefined;
    this.ensureMode(elements.filter((e) => e.group === 'nodes').length);
    this.cy.add(elements);
    this.elementsChanged = true;
    if (this.big) this.labelHubs();
    // Fitted to the canvas as it is now, not as Cytoscape last measured it (a panel or banner may have changed it).
    this.cy.resize();
    this.cy.viewport(viewportFor(this.cy.width(), this.cy.height()));
    this.events.changed();
  }

  /** Lays out the visible scene; with `fixed`, those nodes keep their positions. Pinned nodes never move. */
  async layout(name: LayoutName, opts: { animate?: boolean; fixed?: cytoscape.NodeCollection } = {}): Promise<void> {
    const end = this.begin();
    try {
      await this.layoutNow(name, opts);
      this.declutter();
    } finally {
      end();
    }
  }

  /**
   * Edge labels that would cover a node, a node label or another edge label are left off (class "quiet"):
   * overlaps in model space do not change with zoom, so this only runs when positions or labels change.
   */
  private tinyEdgeLabels: boolean | undefined;

  private edgeLabelsByZoom(force = false): void {
    if (this.big || this.cy.destroyed()) return;
    const tiny = this.cy.zoom() * edgeFontSize(this.lang) < MIN_EDGE_LABEL_PX;
    if (!force && tiny === this.tinyEdgeLabels) return;
    this.tinyEdgeLabels = tiny;
    this.cy.batch(() => void this.cy.edges().toggleClass('tiny', tiny));
  }

  private declutter(): void {
    this.edgeLabelsByZoom(true);
    if (this.big || this.cy.destroyed()) return;
    const shown = shownElements(this.cy);
    const edges = shown.edges();
    if (edges.length > 800) return;
    const taken: cytoscape.BoundingBox12[] = shown.nodes().map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false } as never));
    const hits = (a: cytoscape.BoundingBox12, b: cytoscape.BoundingBox12) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const labelOnly = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false } as never;
    // Rarer relationship types first (a "party to" is also told by the ranks layout's columns), then by id.
    const count = new Map<string, number>();
    edges.forEach((e) => void count.set(String(e.data('type')), (count.get(String(e.data('type'))) ?? 0) + 1));
    const order = edges.toArray().sort((a, b) => count.get(String(a.data('type')))! - count.get(String(b.data('type')))! || (a.id() < b.id() ? -1 : 1));
    const quiet: cytoscape.EdgeSingular[] = [];
    this.cy.batch(() => this.cy.edges('.quiet').removeClass('quiet'));
    for (const e of order) {
      const bb = e.boundingBox(labelOnly);
      if (!(bb.w > 0 && bb.h > 0)) continue;
      if (taken.some((t) => hits(t, bb))) quiet.push(e);
      else taken.push(bb);
    }
    this.cy.batch(() => quiet.forEach((e) => void e.addClass('quiet')));
  }

  private async layoutNow(asked: LayoutName, opts: { animate?: boolean; fixed?: cytoscape.NodeCollection }): Promise<void> {
    const token = ++this.layoutToken;
    const visible = shownElements(this.cy).nodes();
    // Ranks only reads well where agreements are the heart of the scene; elsewhere the force-directed one.
    const name: LayoutName = asked === 'ranks' && !ranksSuit(visible) ? 'fcose' : asked;
    if (!opts.fixed) this.lastLayout = name;
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
    const stackedWidth = name === 'ranks' && !opts.fixed ? this.stackedWidth() : undefined;
    if (!opts.fixed) this.stacked = stackedWidth !== undefined;
    await runLayout(this.cy, name, { animate: (opts.animate ?? true) && !reducedMotion(), fixed: opts.fixed, roots, mirror: this.lang === 'ar', stackedWidth });
    // fit() and its camera move ask about reduced motion themselves.
    if (!opts.fixed && (name === 'ranks' || this.cy.zoom() > MAX_FIT_ZOOM)) this.fit({ animate: opts.animate });
  }

  /**
   * The width (in model units, drawn at zoom 1) to stack the ranks in, on a narrow portrait canvas (a phone);
   * undefined where the columns fit side by side.
   */
  private stackedWidth(): number | undefined {
    const w = this.cy.width();
    return w > 0 && w < STACKED_MAX_WIDTH && this.cy.height() > w ? Math.max(260, w - 20) : undefined;
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
    // The ranks layout is compact by design: a narrow margin (clear of the controls over the canvas) lets it
    // be drawn larger.
    const ranks = this.lastLayout === 'ranks' && !opts.eles;
    const inset = ranks ? this.insets() : { top: 0, bottom: 0 };
    const { zoom, pan } = fitViewport(bb, this.cy.width(), this.cy.height() - inset.top - inset.bottom, ranks ? 6 : 40, MAX_FIT_ZOOM);
    pan.y += inset.top;
    // Stacked ranks too tall to be read whole: the width at full size, from the top; the rest is a drag away.
    if (ranks && this.stacked && zoom < STACKED_MIN_ZOOM) {
      const full = Math.min(1, (this.cy.width() - 12) / Math.max(1, bb.x2 - bb.x1));
      Object.assign(pan, { x: this.cy.width() / 2 - full * ((bb.x1 + bb.x2) / 2), y: Math.max(inset.top, STACKED_TOP) - full * bb.y1 });
      const to = { zoom: full, pan };
      if (opts.animate && !this.big) this.animateViewport(to, 300);
      else this.cy.viewport(to);
      return;
    }
    if (opts.animate && !this.big) this.animateViewport({ zoom, pan }, 300);
    else this.cy.viewport({ zoom, pan });
  }

  /** Zooms by `factor` about the canvas centre (the + and − buttons). */
  zoomBy(factor: number): void {
    const level = Math.max(this.cy.minZoom(), Math.min(this.cy.maxZoom(), this.cy.zoom() * factor));
    const to = { zoom: level, pan: { x: this.cy.width() / 2 - (level / this.cy.zoom()) * (this.cy.width() / 2 - this.cy.pan().x), y: this.cy.height() / 2 - (level / this.cy.zoom()) * (this.cy.height() / 2 - this.cy.pan().y) } };
    if (this.big) this.cy.viewport(to);
    else this.animateViewport(to, 150);
  }

  /** Centres a node (the camera only; selecting it is the state's business). */
  centerOn(id: string, opts: { animate?: boolean } = {}): boolean {
    const n = this.cy.getElementById(id);
    if (n.empty()) return false;
    const zoom = Math.max(this.cy.zoom(), 1);
    if (opts.animate === false || this.big) this.cy.center(n);
    else this.animateViewport({ center: { eles: n }, zoom }, 350);
    return true;
  }

  /** The container changed size (a panel opened or closed). */
  resize(): void {
    this.cy.resize();
    this.drawMarks();
  }

  // --- Drawing the state --------------------------------------------------------------------------------

  /**
   * Draws `state`: language, hidden, pinned, filtered, time window, selection, spotlight, and the end of a
   * connection highlight. Each part is redrawn only when its input changed, or when elements came or went.
   */
  apply(state: SceneState, version?: number): void {
    this.container.dataset.selected = state.selection?.id ?? '';
    if (this.building) {
      // Cytoscape is still taking the elements in: the picture shows the selection, and everything is drawn
      // from the state once the build is done (elementsChanged).
      this.building.quick.mark(state.selection?.kind === 'node' ? state.selection.id : undefined);
      this.building.state = { state, version };
      return;
    }
    const was = this.elementsChanged ? undefined : this.drawn;
    this.elementsChanged = false;
    this.drawn = state;
    if (version !== undefined) this.container.dataset.stateVersion = String(version);
    const cy = this.cy;
    let visibilityChanged = false;
    if (state.lang !== this.lang) this.setLang(state.lang);
    if (was?.hiddenNodes !== state.hiddenNodes) {
      const hide = new Set(state.hiddenNodes);
      cy.batch(() => {
        cy.nodes('.u-hidden').forEach((n) => void (hide.has(n.id()) || n.removeClass('u-hidden')));
        for (const id of hide) cy.getElementById(id).addClass('u-hidden');
      });
      visibilityChanged = true;
    }
    if (was?.pinned !== state.pinned) {
      const pin = new Set(state.pinned);
      cy.batch(() => {
        cy.nodes('.pinned').forEach((n) => void (pin.has(n.id()) || n.unlock().removeClass('pinned')));
        for (const id of pin) {
          const n = cy.getElementById(id);
          if (n.nonempty() && n.isNode()) n.lock().addClass('pinned');
        }
      });
    }
    if (was?.hiddenLabels !== state.hiddenLabels || was?.hiddenTypes !== state.hiddenTypes) {
      const labels = new Set(state.hiddenLabels);
      const types = new Set(state.hiddenTypes);
      cy.batch(() => {
        cy.nodes().forEach((n) => void n.toggleClass('f-hidden', labels.has(String(n.data('primary')))));
        cy.edges().forEach((e) => void e.toggleClass('f-hidden', types.has(String(e.data('type')))));
      });
      visibilityChanged = true;
    }
    if (!was || !sameWindow(was.window, state.window)) {
      this.drawWindow(state.window);
      visibilityChanged = true;
    }
    if (this.marks) {
      this.marks.selected = state.selection?.id;
      this.drawMarks();
    } else if (was?.selection?.id !== state.selection?.id || was?.selection?.kind !== state.selection?.kind) {
      const want = state.selection ? cy.getElementById(state.selection.id) : cy.collection();
      cy.elements(':selected').not(want).unselect();
      if (want.nonempty() && !want.selected()) want.select();
    }
    if (was?.spotlight !== state.spotlight) {
      cy.elements('.hl').removeClass('hl');
      if (state.spotlight) cy.getElementById(state.spotlight).addClass('hl');
    }
    if (was?.evidence !== state.evidence) this.drawEvidence(state.evidence ?? []);
    if (!state.paths) this.clearHighlight();
    if (visibilityChanged) {
      this.declutter();
      this.events.changed();
    }
  }

  /**
   * Hides dated nodes outside the window, and undated nodes left hanging only on such nodes (a product whose
   * only link is an out-of-window contract), so the scene really narrows.
   */
  private drawWindow(window: SceneState['window']): void {
    const from = window ? parseMonth(window.from) : undefined;
    const to = window ? parseMonth(window.to) : undefined;
    this.cy.batch(() => {
      this.cy.elements('.t-hidden').removeClass('t-hidden');
      if (from === undefined || to === undefined) return;
      const out = this.cy.nodes('.dated').filter((n) => Number(n.data('tEnd')) < from || Number(n.data('tStart')) > to);
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
  }

  /** The neighbours that hang only on this node (leaves), i.e. what collapsing it hides. */
  leavesOf(id: string): string[] {
    const n = this.cy.getElementById(id);
    if (n.empty() || !n.isNode()) return [];
    return (n as NodeSingular)
      .neighborhood()
      .nodes()
      .filter((m) => !m.is(HIDDEN) && m.neighborhood().nodes().not(HIDDEN).length === 1 && !m.hasClass('pinned'))
      .map((m) => m.id());
  }

  visibleCounts(): { nodes: number; edges: number } {
    if (this.building) return this.buildingTotals();
    // Counted from what is hidden (usually little), which is cheaper than filtering everything.
    const hidden = hiddenElements(this.cy);
    return { nodes: this.cy.nodes().length - hidden.nodes().length, edges: this.cy.edges().length - hidden.edges().length };
  }

  // --- Evidence from the article reader -----------------------------------------------------------------

  /** The nodes and edges of these facts that are in the scene (a fact is an edge by its ends and type). */
  private evidenceElements(facts: readonly string[]): cytoscape.CollectionReturnValue {
    const on = this.cy.collection();
    for (const id of facts) {
      const f = factParts(id);
      if (!f) continue;
      const a = this.cy.getElementById(f.from);
      const b = this.cy.getElementById(f.to);
      on.merge(a).merge(b);
      if (a.nonempty() && b.nonempty()) on.merge(a.edgesTo(b).filter((e) => e.data('type') === f.type));
    }
    return on;
  }

  private drawEvidence(facts: readonly string[]): void {
    this.cy.batch(() => {
      this.cy.elements('.ev-hl').removeClass('ev-hl');
      this.evidenceElements(facts).addClass('ev-hl');
    });
  }

  /** Whether the scene has the fact: an edge of its type from its first end to its second. */
  hasFact(id: string): boolean {
    const f = factParts(id);
    if (!f) return false;
    const a = this.cy.getElementById(f.from);
    const b = this.cy.getElementById(f.to);
    return a.nonempty() && b.nonempty() && a.edgesTo(b).some((e) => e.data('type') === f.type);
  }

  /** Brings these facts' nodes into view, keeping the zoom when they already fit. */
  showEvidence(facts: readonly string[]): void {
    const on = this.evidenceElements(facts).not(HIDDEN);
    if (on.empty()) return;
    const ext = this.cy.extent();
    const bb = on.boundingBox({});
    const inside = bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2;
    if (!inside) this.fit({ eles: on, animate: true });
  }

  // --- Connection highlight -----------------------------------------------------------------------------

  highlightPaths(nodeIds: readonly string[], edgeIds: readonly string[], opts: { fit?: boolean } = {}): void {
    this.clearHighlight();
    const on = this.cy.collection();
    for (const id of [...nodeIds, ...edgeIds]) on.merge(this.cy.getElementById(id));
    if (on.empty()) return;
    on.addClass('path-hl');
    this.cy.elements().not(on).addClass('dimmed');
    if (opts.fit !== false) this.fit({ eles: on, animate: true });
  }

  clearHighlight(): void {
    this.cy.elements('.path-hl, .dimmed').removeClass('path-hl dimmed');
  }

  /** The highlighted connection, if any (a snapshot keeps it). */
  highlighted(): { nodes: string[]; edges: string[] } | undefined {
    const lit = this.cy.elements('.path-hl');
    return lit.nonempty() ? { nodes: lit.nodes().map((n) => n.id()), edges: lit.edges().map((e) => e.id()) } : undefined;
  }

  // --- Pictures and the frozen view ---------------------------------------------------------------------

  /** The canvas size in CSS pixels. */
  canvasSize(): { width: number; height: number } {
    return { width: this.cy.width(), height: this.cy.height() };
  }

  /**
   * Pixel size a PNG export will have: the drawn elements' bounds × scale × the renderer's pixel ratio, and with
   * a frame, the frame around that.
   */
  pngSize(scale: number, frame?: PictureFrame): { width: number; height: number } | undefined {
    if (this.cy.elements().empty()) return undefined;
    const bb = this.cy.elements().boundingBox({});
    const px = rendererPixelRatio(this.cy);
    const drawing = { width: Math.floor(Math.ceil(bb.w) * scale * px), height: Math.floor(Math.ceil(bb.h) * scale * px) };
    return frame ? framedExportSize(frame, drawing.width, drawing.height, scale * px) : drawing;
  }

  /** The PNG export: Cytoscape's own drawing of the whole scene; with a frame: title, legend, sources around it. */
  async png(o: ImageOptions, frame?: PictureFrame): Promise<Blob> {
    const bg = o.background === 'white' ? '#ffffff' : undefined;
    const drawing = await this.withoutHalo(() => this.cy.png({ output: 'blob-promise', full: true, scale: o.scale, bg }));
    return frame ? framePng(drawing, frame, o.scale * rendererPixelRatio(this.cy), bg) : drawing;
  }

  /** The SVG picture, drawn as snapshots are (snapshot-draw.ts); with a frame: title, legend, sources. */
  svg(o: ImageOptions, frame?: PictureFrame): string {
    return this.withoutHalo(() => composeSvg(this.cy, frame, { full: true, scale: o.scale, bg: o.background === 'white' ? '#ffffff' : undefined }));
  }

  /** A picture is of the scene, not of what the user is pointing at: no selection or spotlight marks. */
  private withoutHalo<T>(fn: () => T): T {
    const marked = this.cy.elements(':selected, .hl, .ev-hl');
    this.cy.batch(() => void marked.addClass('exporting'));
    try {
      return fn();
    } finally {
      this.cy.batch(() => void marked.removeClass('exporting'));
    }
  }

  /**
   * The picture's legend: one entry per look among the shown nodes, then one per relationship type shown,
   * drawn in the type's own line (as an element that is neither selected nor highlighted has it).
   */
  legendItems(lang: Lang): LegendItem[] {
    const shown = shownElements(this.cy);
    const looks = new Map<string, LegendItem>();
    shown.nodes().forEach((n) => {
      const look = lookFor(String(n.data('primary')), n.data('kind') as string | undefined);
      if (looks.has(look.key)) return;
      const label = labelName(look.label, lang) + (look.kind ? ` · ${kindName(look.kind, lang)}` : '');
      looks.set(look.key, { shape: look.shape, color: look.color, label });
    });
    const types = new Map<string, cytoscape.EdgeSingular>();
    shown.edges().forEach((e) => {
      const type = String(e.data('type'));
      const plain = !e.selected() && !e.hasClass('path-hl');
      if (!types.has(type) || (plain && types.get(type)!.selected())) types.set(type, e);
    });
    const edges = [...types.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([type, e]): LegendItem => ({ line: e.style('line-style') === 'dotted' ? 'dotted' : 'solid', color: String(e.style('line-color')), label: relationName(type, lang) }));
    return [...[...looks.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v), ...edges];
  }

  // --- A link's picture ------------------------------------------------------------------------------------

  /** What a link needs to reopen this picture: every node's position and label side, the zoom and the centre. */
  picture(): LinkPicture {
    // The container's real size: Cytoscape only re-reads it on a window resize.
    this.cy.resize();
    const nodes = this.cy.nodes().toArray().sort((a, b) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0));
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    return {
      check: idsChecksum(nodes.map((n) => n.id())),
      nodes: nodes.map((n) => {
        const p = n.position();
        return { x: p.x, y: p.y, side: LABEL_SIDES.find((c) => c !== '' && n.hasClass(c)) ?? '' };
      }),
      zoom,
      centre: { x: (this.cy.width() / 2 - pan.x) / zoom, y: (this.cy.height() / 2 - pan.y) / zoom },
    };
  }

  /**
   * Puts every node where the picture has it, with its label side, and shows the picture's zoom about its
   * centre. No layout and no fit run. False (and nothing changed) when the scene does not hold the nodes the
   * picture was taken of (the graph changed since the link was made).
   */
  showPicture(p: LinkPicture, layout: LayoutName): boolean {
    const positions = picturePositions(p, this.cy.nodes().map((n) => n.id()));
    if (!positions) return false;
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const at = positions.get(n.id())!;
        n.removeClass(SIDE_CLASSES);
        if (at.side) n.addClass(at.side satisfies LabelSide);
        // Pinned (locked) nodes do not move, so they are let go for the move.
        const locked = n.locked();
        if (locked) n.unlock();
        n.position({ x: at.x, y: at.y });
        if (locked) n.lock();
      });
    });
    // What the layout would have been, for later fits and a change of language.
    this.lastLayout = layout === 'ranks' && !ranksSuit(shownElements(this.cy).nodes()) ? 'fcose' : layout;
    this.stacked = this.cy.nodes('.stack').nonempty();
    // The centre goes to the middle of the canvas as it is now, not as Cytoscape last measured it.
    this.cy.resize();
    const zoom = Math.max(this.cy.minZoom(), Math.min(this.cy.maxZoom(), p.zoom));
    this.cy.viewport({ zoom, pan: { x: this.cy.width() / 2 - zoom * p.centre.x, y: this.cy.height() / 2 - zoom * p.centre.y } });
    this.declutter();
    return true;
  }

  /** The frozen view: what is shown, where, and the view state that produced it. */
  capture(state: ViewState, link: string): FrozenView {
    return captureView(this.cy, state, link, { webgl: this.webgl, big: this.big });
  }

  /** For tests and the browser console: the Cytoscape core itself. */
  debugHandle(): { cy: () => Core } {
    return { cy: () => this.cy };
  }
}

const sameWindow = (a: SceneState['window'], b: SceneState['window']): boolean => a?.from === b?.from && a?.to === b?.to;
