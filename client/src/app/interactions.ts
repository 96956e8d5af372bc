/**
 * What the user does to the scene: expand and undo, hide, collapse and pin, filters, the connection finder,
 * selecting and search picks. Each is a state update (the scene draws it) plus, where data has to come
 * first, a request and a merge into the scene.
 */
import { api, ApiError } from '../api.ts';
import { errorText, t } from '../i18n.ts';
import { readPaths } from '../paths-panel.ts';
import { factParts, type Scene } from '../scene/scene.ts';
import type { AppStore, Selection } from '../state/app-state.ts';
import type { PageStatus } from './page-status.ts';
import type { Panels } from './panels.ts';

export class Interactions {
  /** Set once the panels exist (they act through these interactions). */
  panels!: Panels;

  constructor(
    private readonly store: AppStore,
    private readonly scene: Scene,
    private readonly page: PageStatus,
  ) {}

  private get lang() {
    return this.store.get().lang;
  }

  async expand(id: string): Promise<void> {
    this.page.setNote(t('loading', this.lang));
    try {
      const g = await api.neighbourhood(id, { depth: 1 });
      this.page.truncated ||= g.truncated;
      const wasEmpty = this.scene.isEmpty();
      const plan = await this.scene.merge(g, { anchor: this.scene.has(id) ? id : undefined, key: id });
      if (plan.add.length) this.store.update((s) => ({ expanded: [...s.expanded, id] }));
      if (wasEmpty && !this.scene.isEmpty()) this.page.set('ready');
      // The new elements take the filters, the time window and the rest of the state.
      this.scene.apply(this.store.get(), this.store.version);
      const lang = this.lang;
      const added = `+${plan.newNodeIds.length} ${t('nodes', lang)}, +${plan.newEdgeIds.length} ${t('edges', lang)}`;
      this.page.setNote(plan.add.length ? added : t('nothingNew', lang));
    } catch (err) {
      this.page.setNote(errorText(err, this.lang));
      if (err instanceof ApiError && err.status === 503) this.page.banner(t('neo4jDown', this.lang));
    }
  }

  undoExpansion(): void {
    const e = this.scene.undoExpansion();
    if (!e) return;
    this.store.update((s) => {
      const i = s.expanded.lastIndexOf(e.anchor);
      return i >= 0 ? { expanded: [...s.expanded.slice(0, i), ...s.expanded.slice(i + 1)] } : {};
    });
    const sel = this.store.get().selection;
    if (sel && !this.scene.has(sel.id)) this.select(null);
    this.page.setNote(`−${e.nodes.length} ${t('nodes', this.lang)}`);
  }

  setFilter(what: 'label' | 'type', names: string[], visible: boolean): void {
    const key = what === 'label' ? 'hiddenLabels' : 'hiddenTypes';
    const set = new Set(this.store.get()[key]);
    for (const n of names) {
      if (visible) set.delete(n);
      else set.add(n);
    }
    this.store.update({ [key]: [...set].sort() });
  }

  hide(id: string): void {
    this.store.update((s) => ({ hiddenNodes: [...new Set([...s.hiddenNodes, id])], focus: s.focus === id ? undefined : s.focus }));
    this.select(null);
  }

  collapse(id: string): void {
    const leaves = this.scene.leavesOf(id);
    if (leaves.length) this.store.update((s) => ({ hiddenNodes: [...new Set([...s.hiddenNodes, ...leaves])] }));
  }

  showAllHidden(): void {
    this.store.update({ hiddenNodes: [] });
  }

  togglePin(id: string): void {
    this.store.update((s) => ({ pinned: s.pinned.includes(id) ? s.pinned.filter((p) => p !== id) : [...s.pinned, id] }));
  }

  /** `keepView`: a link's picture places the nodes and sets the viewport afterwards (no placement, no fit). */
  async findPaths(from: string, to: string, opts: { replay?: boolean; keepView?: boolean } = {}): Promise<void> {
    const paths = this.panels.paths;
    try {
      const r = await api.paths(from, to);
      await this.scene.merge(r.graph, { anchor: this.scene.has(from) ? from : undefined, animate: !opts.replay, record: false, place: !opts.keepView });
      this.scene.apply(this.store.get(), this.store.version);
      const nodeIds = new Set<string>();
      const edgeIds = new Set<string>();
      for (const p of r.paths) {
        for (const n of p.nodes) nodeIds.add(n);
        for (const e of p.edges) edgeIds.add(e);
      }
      if (!r.paths.length) {
        for (const n of r.graph.nodes) nodeIds.add(n.id);
        for (const e of r.graph.edges) edgeIds.add(e.id);
      }
      this.scene.highlightPaths([...nodeIds], [...edgeIds], { fit: !opts.keepView });
      const lang = this.lang;
      const name = (id: string) => this.scene.labelOf(id, lang === 'ar' ? 'ar' : 'en') ?? id;
      const edges = new Map(r.graph.edges.map((e) => [e.id, e]));
      paths.showPaths(readPaths(r.paths, edges, name, lang), lang, r.paths.length);
      paths.set('from', from, name(from));
      paths.set('to', to, name(to));
      if (!opts.replay) this.store.update({ paths: { from, to } });
    } catch (err) {
      paths.showError(errorText(err, this.lang));
    }
  }

  /** A selection made in the scene (or cleared): shown in the details panel and kept as the view's focus. */
  select(sel: Selection): void {
    if (!sel) {
      // A tap on the empty canvas also ends the spotlight and the connection highlight.
      this.store.update({ selection: null, focus: undefined, spotlight: undefined, paths: undefined });
      return;
    }
    this.store.update((s) => ({ selection: sel, focus: sel.kind === 'node' ? sel.id : s.focus }));
  }

  /**
   * The facts a passage of the article reader supports: a fact the scene lacks is fetched (its first end's
   * relationships of that type, of which only the fact and its two ends are added, next to what is there), then
   * the facts are lit and brought into view. Mentions only light what is already there: a name being in the
   * article is no reason to grow the scene.
   */
  async showFacts(factIds: string[]): Promise<void> {
    const missing = factIds.flatMap((id) => {
      const f = factParts(id);
      return f && f.type !== 'MENTIONED_IN' && !this.scene.hasFact(id) ? [f] : [];
    });
    // A passage rarely supports more than a handful of facts; past that, what is there is enough to show.
    for (const f of missing.slice(0, 8)) {
      try {
        const g = await api.neighbourhood(f.from, { depth: 1, types: [f.type] });
        const nodes = g.nodes.filter((n) => n.id === f.from || n.id === f.to);
        const edges = g.edges.filter((e) => e.source === f.from && e.target === f.to && e.type === f.type);
        const anchor = this.scene.has(f.from) ? f.from : this.scene.has(f.to) ? f.to : undefined;
        await this.scene.merge({ nodes, edges }, { anchor, key: f.from });
      } catch (err) {
        this.page.setNote(errorText(err, this.lang));
      }
    }
    // The new elements take the filters and the rest of the state, the evidence included.
    if (missing.length) this.scene.apply(this.store.get(), this.store.version);
    this.store.update({ evidence: factIds });
    this.scene.showEvidence(factIds);
  }

  /** A node picked in the search box: brought into the scene if needed, then focused. */
  async pick(id: string): Promise<void> {
    if (!this.scene.has(id)) await this.expand(id);
    if (!this.scene.has(id)) return;
    this.store.update({ selection: { kind: 'node', id }, focus: id, spotlight: id });
    this.scene.centerOn(id);
  }
}
