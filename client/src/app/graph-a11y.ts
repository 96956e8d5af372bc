/**
 * The graph for the keyboard and for screen readers. #cy takes focus; the arrow keys move a cursor to the
 * neighbour lying most in that direction, Enter selects it; a polite live region says where the cursor is.
 * #scene-list mirrors what is shown (names, types, relationships, the selection) as text. Both read the
 * scene through its frozen view, so nothing here touches Cytoscape.
 */
import type { FrozenView } from '../api-types.ts';
import { byId, h } from '../dom.ts';
import { labelName, nodeName, relationName, t, type Lang } from '../i18n.ts';

type GraphNode = FrozenView['graph']['nodes'][number];

export interface GraphA11yDeps {
  view(): FrozenView;
  lang(): Lang;
  selectedId(): string | undefined;
  select(id: string): void;
  /** Brings a node into the middle of the canvas (when the cursor leaves the screen). */
  centerOn(id: string): void;
}

/** Most items a screen reader is given; past it the list says how many more there are. */
const MIRROR_CAP = 400;
const DIRS: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export class GraphA11y {
  private readonly cy = byId('cy');
  private readonly ring = byId('graph-cursor');
  private readonly list = byId('scene-list');
  private readonly live = h('div', { class: 'visually-hidden', id: 'graph-announce', role: 'status', aria: { live: 'polite', atomic: 'true' } });
  private cursor: string | undefined;
  private mirrorQueued: number | undefined;

  constructor(private readonly deps: GraphA11yDeps) {
    this.cy.after(this.live);
    this.cy.addEventListener('keydown', (ev) => this.key(ev));
    this.cy.addEventListener('focus', () => {
      // Keyboard focus only (a click on the canvas also focuses it, and then no ring is wanted).
      if (this.cy.matches(':focus-visible')) this.move(undefined);
    });
    this.cy.addEventListener('blur', () => {
      this.ring.hidden = true;
    });
  }

  /** Rebuilds the text mirror soon after the scene or the selection changed (once for a burst of changes). */
  scheduleMirror(): void {
    if (this.mirrorQueued !== undefined) return;
    this.mirrorQueued = window.setTimeout(() => {
      this.mirrorQueued = undefined;
      this.renderMirror();
    }, 120);
  }

  private names(view: FrozenView): Map<string, string> {
    const lang = this.deps.lang();
    const l = lang === 'both' ? 'en' : lang;
    return new Map(view.graph.nodes.map((n) => [n.id, nodeName(n.properties, l, n.id)]));
  }

  renderMirror(): void {
    const view = this.deps.view();
    const lang = this.deps.lang();
    const names = this.names(view);
    const selected = this.deps.selectedId();
    const { nodes, edges } = view.graph;
    const more = (n: number) => (n > MIRROR_CAP ? [h('li', {}, `+${n - MIRROR_CAP}`)] : []);
    const nodeItems = nodes.slice(0, MIRROR_CAP).map((n) =>
      h(
        'li',
        { id: `mirror-${n.id}`, ...(n.id === selected ? { aria: { current: 'true' } } : {}) },
        h('bdi', {}, names.get(n.id) ?? n.id),
        ` — ${n.labels.map((l) => labelName(l, lang)).join(t('listSeparator', lang))}`,
        n.id === selected ? ` (${t('selectedItem', lang)})` : '',
      ),
    );
    const edgeItems = edges.slice(0, MIRROR_CAP).map((e) =>
      h(
        'li',
        { ...(e.id === selected ? { aria: { current: 'true' } } : {}) },
        h('bdi', {}, names.get(e.source) ?? e.source),
        ` ${t('arrow', lang)} ${relationName(e.type, lang)} ${t('arrow', lang)} `,
        h('bdi', {}, names.get(e.target) ?? e.target),
        e.id === selected ? ` (${t('selectedItem', lang)})` : '',
      ),
    );
    this.list.replaceChildren(
      h('h2', {}, t('sceneList', lang)),
      h('h3', {}, `${nodes.length} ${t('nodes', lang)}`),
      h('ul', {}, ...nodeItems, ...more(nodes.length)),
      h('h3', {}, `${edges.length} ${t('edges', lang)}`),
      h('ul', {}, ...edgeItems, ...more(edges.length)),
    );
  }

  private key(ev: KeyboardEvent): void {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const dir = DIRS[ev.key];
    if (dir) {
      ev.preventDefault();
      this.move(dir);
    } else if ((ev.key === 'Enter' || ev.key === ' ') && this.cursor) {
      ev.preventDefault();
      this.deps.select(this.cursor);
      this.announce(this.cursor, true);
    }
  }

  /** Moves the cursor to the neighbour in `dir` (or puts it on the selection / the first node). */
  private move(dir: [number, number] | undefined): void {
    const view = this.deps.view();
    const byIdMap = new Map(view.graph.nodes.map((n) => [n.id, n]));
    if (!byIdMap.size) return;
    let cur = this.cursor && byIdMap.has(this.cursor) ? this.cursor : undefined;
    if (!cur) {
      const sel = this.deps.selectedId();
      cur = sel && byIdMap.has(sel) ? sel : this.centralNode(view);
    } else if (dir) {
      cur = this.neighbourTowards(view, byIdMap, cur, dir) ?? cur;
    }
    this.cursor = cur;
    this.cy.dataset.cursor = cur;
    this.drawRing(view, byIdMap.get(cur));
    this.announce(cur, false);
  }

  /** The best-connected node: where a reader would start. */
  private centralNode(view: FrozenView): string {
    const degree = new Map<string, number>();
    for (const e of view.graph.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    let best = view.graph.nodes[0]!.id;
    for (const n of view.graph.nodes) if ((degree.get(n.id) ?? 0) > (degree.get(best) ?? 0)) best = n.id;
    return best;
  }

  private neighbourTowards(view: FrozenView, nodes: Map<string, GraphNode>, from: string, [dx, dy]: [number, number]): string | undefined {
    const p = nodes.get(from)?.position;
    if (!p) return undefined;
    let best: string | undefined;
    let bestScore = -Infinity;
    for (const e of view.graph.edges) {
      const other = e.source === from ? e.target : e.target === from ? e.source : undefined;
      const q = other ? nodes.get(other)?.position : undefined;
      if (!other || !q || other === from) continue;
      const vx = q.x - p.x;
      const vy = q.y - p.y;
      const len = Math.hypot(vx, vy) || 1;
      const cos = (vx * dx + vy * dy) / len;
      // Within 60° of the arrow; the closer in angle, then the nearer, the better.
      if (cos < 0.5) continue;
      const score = cos * 1000 - len / 100;
      if (score > bestScore) {
        bestScore = score;
        best = other;
      }
    }
    return best;
  }

  private drawRing(view: FrozenView, node: GraphNode | undefined): void {
    if (!node?.position || !this.cy.matches(':focus')) {
      this.ring.hidden = true;
      return;
    }
    const { zoom, pan } = view.viewport;
    let x = node.position.x * zoom + pan.x;
    let y = node.position.y * zoom + pan.y;
    const w = this.cy.clientWidth;
    const hgt = this.cy.clientHeight;
    if (x < 0 || y < 0 || x > w || y > hgt) {
      this.deps.centerOn(node.id);
      x = w / 2;
      y = hgt / 2;
    }
    this.ring.style.left = `${x}px`;
    this.ring.style.top = `${y}px`;
    this.ring.hidden = false;
  }

  private announce(id: string, selected: boolean): void {
    const view = this.deps.view();
    const lang = this.deps.lang();
    const names = this.names(view);
    const node = view.graph.nodes.find((n) => n.id === id);
    if (!node) return;
    const degree = view.graph.edges.filter((e) => e.source === id || e.target === id).length;
    const kind = node.labels.map((l) => labelName(l, lang)).join(t('listSeparator', lang));
    this.live.textContent = `${names.get(id) ?? id}, ${kind}, ${degree} ${t('edges', lang)}${selected || id === this.deps.selectedId() ? `, ${t('selectedItem', lang)}` : ''}`;
  }
}

/** The WAI-ARIA tabs pattern on a tablist: arrows (mirrored right to left), Home and End move and activate. */
export function wireTabKeys(tablist: HTMLElement, activate: (tab: HTMLElement) => void): void {
  tablist.addEventListener('keydown', (ev) => {
    const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
    const i = tabs.indexOf(document.activeElement as HTMLElement);
    if (i < 0) return;
    const rtl = getComputedStyle(tablist).direction === 'rtl';
    const next = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[ev.key];
    let to: number | undefined;
    if (next) to = (i + next + tabs.length) % tabs.length;
    else if (ev.key === 'Home') to = 0;
    else if (ev.key === 'End') to = tabs.length - 1;
    if (to === undefined) return;
    ev.preventDefault();
    tabs[to]!.focus();
    activate(tabs[to]!);
  });
}
