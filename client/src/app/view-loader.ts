/**
 * Loading a view: from its source (agreements, overview, a node, a saved query, Cypher) or a stored snapshot,
 * then replaying what the user added on top, in order. A failure keeps the scene that was there (and the state
 * and link that made it); a database that is down is watched until it is back.
 */
import { api, ApiError } from '../api.ts';
import type { ApiGraph, QueryResult, ViewSource } from '../api-types.ts';
import { t } from '../i18n.ts';
import { coerceParams } from '../param-form.ts';
import { querySpecs, queryTitle } from '../queries-panel.ts';
import type { Scene } from '../scene/scene.ts';
import { openSnapshotInScene, snapshotIdFromUrl } from '../snapshot-ui.ts';
import { appStateFromSearch, type AppState, type AppStore } from '../state/app-state.ts';
import { sourceKey } from '../view-state.ts';
import { pictureFromSearch, type LinkPicture } from '../link-picture.ts';
import type { Interactions } from './interactions.ts';
import type { PageState, PageStatus } from './page-status.ts';
import type { Panels } from './panels.ts';

export class ViewLoader {
  private seq = 0;
  private watching = false;
  /** A console run already answered: the load that makes it the source uses this reply, not a second run. */
  private prefetched: { query: string; result: QueryResult } | undefined;
  /** A link's picture not shown yet: a retry after a failed load (or the database coming back) still shows it. */
  private pendingPicture: LinkPicture | undefined;

  constructor(
    private readonly store: AppStore,
    private readonly scene: Scene,
    private readonly page: PageStatus,
    private readonly panels: Panels,
    private readonly interactions: Interactions,
  ) {}

  private get lang() {
    return this.store.get().lang;
  }

  /** A new source: a new history entry; the user's additions, hidden nodes and pins start afresh. */
  setSource(src: ViewSource): void {
    const previous = this.store.get();
    const same = sourceKey(src) === sourceKey(previous.source);
    this.store.update(
      {
        source: src,
        expanded: [],
        hiddenNodes: [],
        pinned: [],
        focus: undefined,
        paths: undefined,
        selection: null,
        spotlight: undefined,
        ...(same ? {} : { window: undefined }),
      },
      'push',
    );
    void this.load(previous);
  }

  /**
   * A query from the console. It runs first: a refusal or a failure stays in the console (the link and the
   * scene are untouched); a reply of values only is a table, and the graph stays as it is; a reply with graph
   * elements becomes the view's source (a new history entry), drawn from this reply.
   */
  async runConsole(query: string): Promise<void> {
    const consolePanel = await this.panels.console();
    let result: QueryResult;
    try {
      result = await api.cypher(query);
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(0, 'error', String(err));
      if (e.status === 503 || e.code === 'network_error') {
        this.page.banner(t('neo4jDown', this.lang));
        void this.watchHealth();
      }
      consolePanel.showError(e);
      return;
    }
    if (result.graph.nodes.length === 0) {
      this.panels.showResults(result, 'Cypher', 'cypher');
      return;
    }
    this.prefetched = { query, result };
    this.setSource({ kind: 'cypher', query });
  }

  /** Back and forward (or a stored link): the URL already says what to show, the picture included. */
  fromUrl(search: string): Promise<void> {
    this.store.reset(appStateFromSearch(search), 'none');
    return this.load(undefined, { picture: pictureFromSearch(search) });
  }

  private async fetchSource(src: ViewSource): Promise<{ graph: ApiGraph; result?: QueryResult; note?: string }> {
    switch (src.kind) {
      case 'agreements':
        return { graph: await api.agreements() };
      case 'overview':
        return { graph: await api.overview(src.limit) };
      case 'node':
        return { graph: await api.neighbourhood(src.id, { depth: src.depth }) };
      case 'query': {
        const queries = this.panels.queries;
        await this.panels.queriesLoaded;
        const q = queries.byId(src.id);
        if (!q) throw new ApiError(404, 'not_found', `There is no saved query "${src.id}".`);
        this.panels.activateTab('queries');
        queries.select(q.id, src.params);
        const lang = this.store.get().lang;
        const c = coerceParams(querySpecs(q, lang), src.params, lang);
        // Shown under the fields by the queries panel (failed → showError), as a server refusal would be.
        if (!c.ok) throw new ApiError(400, 'validation_error', Object.values(c.errors).join('; '), { issues: Object.entries(c.errors).map(([name, message]) => ({ path: `params.${name}`, message })) });
        const result = await api.runQuery(q.id, c.values);
        return { graph: result.graph, result, note: queryTitle(q, this.store.get().lang) };
      }
      case 'cypher': {
        this.panels.activateTab('console');
        (await this.panels.console()).setValue(src.query);
        const ready = this.prefetched?.query === src.query ? this.prefetched.result : undefined;
        this.prefetched = undefined;
        const result = ready ?? (await api.cypher(src.query));
        return { graph: result.graph, result, note: 'Cypher' };
      }
    }
  }

  /**
   * Rebuilds the whole view from the state (start-up, deep links, back/forward, a new source). With
   * `previous`, a failure (a refused query, a bad parameter) keeps the scene that was there and restores that
   * state. With a link's `picture`, no layout and no fit run: every node goes where the picture has it, and the
   * viewport is the picture's (unless the graph changed since: then the layout runs after all).
   */
  async load(previous?: Readonly<AppState>, opts: { picture?: LinkPicture } = {}): Promise<void> {
    const picture = opts.picture;
    this.pendingPicture = picture;
    const seq = ++this.seq;
    const pageBefore = this.page.state;
    this.page.set('loading');
    this.panels.setResultsShown(false);
    this.page.truncated = false;
    this.page.setNote('');
    const state = this.store.get();
    try {
      const { graph, result, note } = await this.fetchSource(state.source);
      if (seq !== this.seq) return;
      this.page.truncated = graph.truncated;
      // The table first: the canvas takes its final size before the layout fits into it.
      if (result) this.panels.showResults(result, note ?? '');
      await this.scene.replace(graph, state.layout, { layout: !picture, pictured: () => this.page.reveal() });
      // Replay what the user added on top of the source, in order, the way they did it.
      for (const id of state.expanded) {
        // A link's picture needs every expansion back: a busy server gets a second and a third try.
        let g = await api.neighbourhood(id, { depth: 1 }).catch(() => undefined);
        for (let attempt = 1; picture && !g && attempt < 3 && seq === this.seq; attempt++) g = await api.neighbourhood(id, { depth: 1 }).catch(() => undefined);
        if (seq !== this.seq) return;
        if (g) await this.scene.merge(g, { anchor: id, animate: false, place: !picture });
      }
      if (state.paths) await this.interactions.findPaths(state.paths.from, state.paths.to, { replay: true, keepView: Boolean(picture) });
      if (seq !== this.seq) return;
      // Hidden, pinned, filtered, the time window and the selection, as the state says.
      this.scene.apply(this.store.get(), this.store.version);
      let pictured = false;
      if (picture) {
        pictured = this.scene.showPicture(picture, state.layout);
        if (!pictured) {
          await this.scene.layout(state.layout, { animate: false });
          if (seq !== this.seq) return;
          this.page.setNote(t('linkGraphChanged', this.lang));
        }
      }
      if (this.scene.isEmpty()) this.page.set('empty', result ? t('noResult', this.lang) : t('emptyScene', this.lang));
      else this.page.set('ready');
      const focus = this.store.get().focus;
      if (pictured) {
        // The picture's viewport stands.
      } else if (focus && this.scene.has(focus)) this.scene.centerOn(focus, { animate: false });
      else if (!state.paths) this.scene.fit();
      this.panels.renderSelection();
      this.panels.refresh();
      this.pendingPicture = undefined;
    } catch (err) {
      if (seq !== this.seq) return;
      this.failed(err, previous, pageBefore);
    }
  }

  private failed(err: unknown, previous: Readonly<AppState> | undefined, pageBefore: PageState): void {
    const e = err instanceof ApiError ? err : new ApiError(0, 'error', String(err));
    const failed = this.store.get().source.kind;
    if (e.status === 503 || e.code === 'network_error') {
      this.page.banner(t('neo4jDown', this.lang));
      void this.watchHealth();
    }
    if (failed === 'cypher') void this.panels.console().then((c) => c.showError(e));
    if (failed === 'query') this.panels.queries.showError(e);
    if (previous && !this.scene.isEmpty()) {
      // The scene was not touched (the reply never came): keep it, and the state and link that made it.
      this.store.reset(previous);
      this.page.set(pageBefore === 'empty' ? 'empty' : 'ready');
      return;
    }
    if (failed === 'cypher' && e.status >= 400 && e.status < 500) {
      // A link to a query the server refuses: the error stays in the console, the link drops the query and the
      // canvas shows the default view rather than an error.
      this.store.update({ source: { kind: 'agreements' }, window: undefined }, 'replace');
      void this.load();
      return;
    }
    this.page.set('error', e.message, () => void this.load(undefined, { picture: this.pendingPicture }));
  }

  /** /?snapshot=<id>: the view exactly as it was frozen (not re-queried), explorable from there. */
  async reopenSnapshot(id: string): Promise<void> {
    this.page.set('loading');
    try {
      const snap = await openSnapshotInScene(this.scene, id);
      const view = structuredClone(snap.view.state);
      const pinned = [...new Set([...view.pinned, ...snap.graph.nodes.filter((n) => n.pinned).map((n) => n.id)])];
      // The link stays /?snapshot=<id> until the user changes something.
      this.store.reset({ ...view, pinned, selection: null, spotlight: undefined }, 'none');
      this.scene.apply(this.store.get(), this.store.version);
      this.page.set(this.scene.isEmpty() ? 'empty' : 'ready');
      this.page.setNote(`${snap.title} · ${snap.dataTime.slice(0, 10)}`);
      this.panels.refresh();
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(0, 'snapshot', String(err));
      this.failed(new ApiError(e.status, 'snapshot', e.message), undefined, 'loading');
    }
  }

  /** Polls /api/health while Neo4j is down; reloads the view when it comes back. */
  async watchHealth(): Promise<void> {
    if (this.watching) return;
    this.watching = true;
    for (;;) {
      const health = await api.health();
      if (health.neo4j.connected) break;
      this.page.banner(`${t('neo4jDown', this.lang)}${health.neo4j.error ? ` (${health.neo4j.error})` : ''}`);
      await new Promise((r) => setTimeout(r, 5000));
    }
    this.watching = false;
    const wasDown = this.page.bannerShown;
    this.page.banner(undefined);
    // Only a view that failed is loaded again: one still loading (a snapshot being reopened) finishes itself,
    // and loading the state's source over it would replace the snapshot with the default view.
    if (!wasDown || this.page.state !== 'error') return;
    const snapshot = snapshotIdFromUrl(location.search);
    void (snapshot ? this.reopenSnapshot(snapshot) : this.load(undefined, { picture: this.pendingPicture }));
  }
}
