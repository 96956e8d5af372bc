/**
 * The panels around the scene: filters and legend, timeline, details, the tabs (saved queries, the Cypher
 * console, the connection finder), the results table, and the top bar's undo / show-hidden buttons. They
 * read the state and the scene's figures, and act through the handlers they are given.
 */
import { api } from '../api.ts';
import type { QueryResult, SchemaInfo, ViewSource } from '../api-types.ts';
import type { CypherConsole } from '../cypher-console.ts';
import { parseMonth } from '../dates.ts';
import { renderEdgeDetails, renderEmptyDetails, renderNodeDetails, type DetailsActions } from '../details.ts';
import { byId, h } from '../dom.ts';
import { renderFilters, renderLegend } from '../filters.ts';
import { nodeName, t } from '../i18n.ts';
import { PathsPanel } from '../paths-panel.ts';
import { QueriesPanel, queryTitle } from '../queries-panel.ts';
import { formatNumber, renderResults } from '../results.ts';
import type { Scene } from '../scene/scene.ts';
import { monthLabel } from '../dates.ts';
import type { AppStore } from '../state/app-state.ts';
import { attachTypeahead } from '../search.ts';
import { Timeline } from '../timeline.ts';
import type { PageStatus } from './page-status.ts';

export interface PanelHandlers {
  setFilter(what: 'label' | 'type', names: string[], visible: boolean): void;
  findPaths(from: string, to: string): void;
  setSource(src: ViewSource): void;
  /** A query typed in the console (run before it may become the view's source). */
  runCypher(query: string): Promise<void>;
  details: Omit<DetailsActions, 'setPathEnd' | 'nameOf' | 'isPinned'>;
  /** The export menu's expected PNG size follows the scene. */
  sceneChanged(): void;
}

export type TabName = 'filters' | 'queries' | 'console' | 'paths';

export class Panels {
  readonly queries: QueriesPanel;
  readonly queriesLoaded: Promise<void>;
  readonly paths: PathsPanel;
  private readonly timeline: Timeline;
  private readonly results = byId('results');
  private consolePromise: Promise<CypherConsole> | undefined;
  private schemaInfo: SchemaInfo | undefined;
  /** The table on show (redrawn when the language or the column choice changes). */
  private shownResult: { result: QueryResult; title: string; origin: 'cypher' | 'query' | undefined } | undefined;
  /** Whether the table shows the columns holding graph elements too (the reader's choice, kept across runs). */
  private allColumns = false;
  private refreshQueued = false;
  readonly detailsActions: DetailsActions;

  constructor(
    private readonly store: AppStore,
    private readonly scene: Scene,
    private readonly page: PageStatus,
    private readonly on: PanelHandlers,
  ) {
    const lang = () => this.store.get().lang;
    this.detailsActions = {
      ...on.details,
      isPinned: (id) => this.store.get().pinned.includes(id),
      setPathEnd: (which, id, name) => {
        this.paths.set(which, id, name);
        this.activateTab('paths');
      },
      nameOf: (id) => this.nameOf(id),
    };
    this.timeline = new Timeline(byId('timeline'), {
      change: (win) => this.store.update({ window: win ? { from: monthLabel(win.from), to: monthLabel(win.to) } : undefined }, 'soon'),
      select: (id) => this.detailsActions.pick(id),
      setRefit: (on) => this.store.update({ refit: on || undefined }),
    });
    const attachNodePicker = (input: HTMLInputElement) => attachTypeahead(input, { onPick: () => undefined, lang, keepText: true });
    this.queries = new QueriesPanel(byId('tab-queries'), {
      lang,
      attachNodePicker,
      nodeName: async (id) => {
        if (this.scene.has(id)) return this.nameOf(id);
        const l = lang();
        return api
          .node(id)
          .then((r) => nodeName(r.node.properties, l === 'both' ? 'en' : l, id))
          .catch(() => undefined);
      },
      run: (q, raw) => on.setSource({ kind: 'query', id: q.id, params: raw }),
    });
    this.queriesLoaded = this.queries.load();
    this.paths = new PathsPanel(byId('tab-paths'), {
      lang,
      find: (from, to) => on.findPaths(from, to),
      selectedNode: () => {
        const sel = this.store.get().selection;
        return sel?.kind === 'node' ? { id: sel.id, name: this.nameOf(sel.id) } : undefined;
      },
    });
    for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs [data-tab]')) b.addEventListener('click', () => this.activateTab(b.dataset.tab as TabName));
  }

  /** A node's name in the interface language, from the scene. */
  nameOf(id: string): string {
    const d = this.scene.nodeData(id);
    const lang = this.store.get().lang;
    return d ? nodeName(d.props, lang === 'both' ? 'en' : lang, id) : id;
  }

  /** Redraws the panels once per task, however many changes came in it. */
  scheduleRefresh(): void {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    queueMicrotask(() => {
      this.refreshQueued = false;
      this.refresh();
    });
  }

  refresh(): void {
    const state = this.store.get();
    const counts = this.scene.counts();
    renderFilters(byId('filters'), counts, { labels: new Set(state.hiddenLabels), types: new Set(state.hiddenTypes) }, state.lang, {
      toggle: (what, name, visible) => this.on.setFilter(what, [name], visible),
      setAll: (what, visible) => this.on.setFilter(what, [...(what === 'label' ? counts.labels : counts.types).keys()], visible),
    });
    renderLegend(byId('legend'), counts, state.lang);
    this.timeline.update(this.scene.datedItems(state.lang), windowMonths(state.window), state.lang, state.refit === true, state.selection?.id);
    byId<HTMLButtonElement>('btn-undo').disabled = this.scene.expansionCount === 0;
    byId<HTMLButtonElement>('btn-show-hidden').disabled = !this.scene.hasUserHidden();
    this.page.refresh();
    this.on.sceneChanged();
  }

  /** The details panel for the current selection. */
  renderSelection(): void {
    const { selection, lang } = this.store.get();
    const host = byId('details');
    const ele = selection ? this.scene.element(selection.id) : undefined;
    if (!ele) renderEmptyDetails(host, lang);
    else if (ele.kind === 'node') renderNodeDetails(host, ele.node, lang, this.detailsActions);
    else renderEdgeDetails(host, ele.edge, lang, this.detailsActions);
  }

  /** The panels' own labels after a language change. */
  relabel(): void {
    void this.consolePromise?.then((c) => c.relabel());
    this.paths.relabel();
    this.queries.relabel();
    if (this.shownResult && !this.results.hidden) this.drawResults();
    this.renderSelection();
    this.refresh();
  }

  activateTab(name: TabName): void {
    // Roving tabindex (WAI-ARIA tabs): only the selected tab is in the Tab order.
    for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs [data-tab]')) {
      b.setAttribute('aria-selected', String(b.dataset.tab === name));
      b.tabIndex = b.dataset.tab === name ? 0 : -1;
    }
    for (const p of document.querySelectorAll<HTMLElement>('.tab-panel')) p.hidden = p.id !== `tab-${name}`;
    // The console wants room for Cypher: the left panel widens while it is open.
    document.querySelector('.workspace')?.classList.toggle('console-open', name === 'console');
    this.scene.resize();
    if (name === 'console') void this.console().then((c) => c.ensureEditor());
  }

  /** The console (CodeMirror and the Cypher parser) is the heaviest part of the bundle: loaded on first use. */
  console(): Promise<CypherConsole> {
    this.consolePromise ??= import('../cypher-console.ts').then(({ CypherConsole }) => {
      const c = new CypherConsole(byId('tab-console'), {
        lang: () => this.store.get().lang,
        run: (query) => this.on.runCypher(query),
      });
      if (this.schemaInfo) c.setSchema(this.schemaInfo);
      return c;
    });
    return this.consolePromise;
  }

  async loadSchema(): Promise<void> {
    try {
      const schema = await api.schema();
      this.schemaInfo = schema;
      void this.consolePromise?.then((c) => c.setSchema(schema));
    } catch {
      // Completion without the schema still works for keywords.
    }
  }

  /** The results table sits under the canvas; the canvas gives up the room and keeps its centre. */
  setResultsShown(shown: boolean): void {
    if (this.results.hidden === !shown) return;
    this.results.hidden = !shown;
    this.scene.resize();
  }

  /**
   * The table of a run. `origin` says which panel ran it (by default the view's source): that panel shows the
   * summary too.
   */
  showResults(result: QueryResult, title: string, origin: 'cypher' | 'query' | undefined = sourceOrigin(this.store.get().source)): void {
    this.shownResult = { result, title, origin };
    const note = this.drawResults();
    this.setResultsShown(true);
    if (origin === 'cypher') void this.console().then((c) => c.showInfo(note));
    if (origin === 'query') this.queries.showInfo(note);
  }

  private drawResults(): string {
    const { result, origin } = this.shownResult!;
    const { lang, source } = this.store.get();
    // A saved query's title follows the interface language.
    const saved = origin === 'query' && source.kind === 'query' ? this.queries.byId(source.id) : undefined;
    const title = saved ? queryTitle(saved, lang) : this.shownResult!.title;
    const n = result.graph.nodes.length;
    const count = (x: number) => formatNumber(x, lang);
    const note = n
      ? `${title} — ${count(result.rows.length)} ${t('rows', lang)}${t('listComma', lang)}${count(n)} ${t('nodes', lang)}${result.truncated ? ` · ${t('truncated', lang)}` : ''}`
      : `${title} — ${count(result.rows.length)} ${t('rows', lang)} · ${t('valuesOnly', lang)}${result.truncated ? ` · ${t('truncated', lang)}` : ''}`;
    renderResults(this.results, result, note, {
      lang,
      allColumns: this.allColumns,
      toggleColumns: (all) => {
        this.allColumns = all;
        this.drawResults();
        this.results.querySelector<HTMLElement>('[data-action="all-columns"]')?.focus();
      },
      pick: (id) => this.detailsActions.pick(id),
    });
    const close = h('button', { type: 'button', class: 'btn small results-close', aria: { label: t('close', lang) }, on: { click: () => this.setResultsShown(false) } }, '×');
    this.results.prepend(close);
    return note;
  }
}

const sourceOrigin = (src: ViewSource): 'cypher' | 'query' | undefined => (src.kind === 'cypher' || src.kind === 'query' ? src.kind : undefined);

export function windowMonths(win: { from: string; to: string } | undefined): { from: number; to: number } | undefined {
  if (!win) return undefined;
  const from = parseMonth(win.from);
  const to = parseMonth(win.to);
  return from !== undefined && to !== undefined ? { from, to } : undefined;
}
