/**
 * The explorer: wires the scene, the panels and the view state together. The view state is the single
 * source of truth for what is shown; every change is written to the URL so the view can be linked.
 */
import './styles.css';
import { api, ApiError } from './api.ts';
import { monthLabel, parseMonth } from './dates.ts';
import { renderEdgeDetails, renderEmptyDetails, renderNodeDetails, type DetailsActions } from './details.ts';
import { byId, debounce, h } from './dom.ts';
import { wireExportMenu } from './export.ts';
import { countScene, renderFilters, renderLegend } from './filters.ts';
import { edgeFromData, nodeFromData, type EdgeData, type NodeData } from './graph-mapping.ts';
import { LANGS, nodeName, t, type Lang, type UiKey } from './i18n.ts';
import { isLayoutName, LAYOUT_NAMES } from './layouts.ts';
import { coerceParams, fieldSpecs } from './param-form.ts';
import { PathsPanel } from './paths-panel.ts';
import { QueriesPanel } from './queries-panel.ts';
import { renderResults } from './results.ts';
import { Scene, type Selection } from './scene.ts';
import { attachTypeahead } from './search.ts';
import { Timeline } from './timeline.ts';
import type { ApiGraph, QueryResult } from './api-types.ts';
import { openSnapshotInScene, snapshotIdFromUrl, wireSnapshotButton } from './snapshot-ui.ts';
import { captureView } from './view-capture.ts';
import { fromSearch, sourceKey, toSearch, type ViewSource, type ViewState } from './view-state.ts';
import type { CypherConsole } from './cypher-console.ts';
import type { SchemaInfo } from './api-types.ts';

let state: ViewState = fromSearch(location.search);
let selection: Selection = null;
let loadSeq = 0;
let lastTruncated = false;

const lang = (): Lang => state.lang;

// --- Page state: loading / ready / empty / error, for the overlay, and for tests to wait on ------------

type PageState = 'loading' | 'ready' | 'empty' | 'error';
const overlay = byId('overlay');

function setPage(s: PageState, message?: string, retry?: () => void): void {
  document.body.dataset.state = s;
  if (s === 'ready') {
    overlay.hidden = true;
    return;
  }
  overlay.hidden = false;
  overlay.className = `overlay is-${s}`;
  const kids: Node[] = [];
  if (s === 'loading') kids.push(h('div', { class: 'spinner', aria: { hidden: 'true' } }));
  kids.push(h('p', { class: 'overlay-text' }, message ?? t(s === 'loading' ? 'loading' : 'emptyScene', lang())));
  if (retry) kids.push(h('button', { type: 'button', class: 'btn', on: { click: retry } }, t('retry', lang())));
  overlay.replaceChildren(...kids);
}

const banner = byId('banner');
function showBanner(text: string | undefined, kind: 'error' | 'warn' = 'error'): void {
  banner.hidden = !text;
  banner.className = `banner ${kind}`;
  banner.textContent = text ?? '';
}

const statusbar = byId('statusbar');
let statusNote = '';
function setStatusNote(text: string): void {
  statusNote = text;
  refreshStatus();
}

// --- Scene ------------------------------------------------------------------------------------------------

const scene = new Scene(
  byId('cy'),
  {
    select: (sel) => onSelect(sel),
    expandRequest: (id) => void expand(id),
    changed: () => scheduleRefresh(),
  },
  { lang: state.lang, renderer: state.renderer },
);

let refreshQueued = false;
function scheduleRefresh(): void {
  if (refreshQueued) return;
  refreshQueued = true;
  queueMicrotask(() => {
    refreshQueued = false;
    refreshPanels();
  });
}

function refreshStatus(): void {
  const v = scene.visibleCounts();
  const total = { nodes: scene.cy.nodes().length, edges: scene.cy.edges().length };
  statusbar.dataset.visibleNodes = String(v.nodes);
  statusbar.dataset.visibleEdges = String(v.edges);
  statusbar.dataset.renderer = scene.webgl ? 'webgl' : 'canvas';
  const parts = [`${v.nodes} ${t('nodes', lang())} · ${v.edges} ${t('edges', lang())} ${t('visible', lang())}`];
  if (v.nodes !== total.nodes || v.edges !== total.edges) parts.push(`(${total.nodes} · ${total.edges})`);
  const extras: string[] = [];
  if (scene.big) extras.push(scene.webgl ? 'WebGL' : t('bigScene', lang()));
  if (lastTruncated) extras.push(`⚠ ${t('truncated', lang())}`);
  if (statusNote) extras.push(statusNote);
  if (extras.length) parts.push(`— ${extras.join(' · ')}`);
  statusbar.textContent = parts.join(' ');
}

function refreshPanels(): void {
  const counts = countScene(scene.cy);
  renderFilters(byId('filters'), counts, { labels: new Set(state.hiddenLabels), types: new Set(state.hiddenTypes) }, lang(), {
    toggle: (what, name, visible) => setFilter(what, [name], visible),
    setAll: (what, visible) => setFilter(what, [...(what === 'label' ? counts.labels : counts.types).keys()], visible),
  });
  renderLegend(byId('legend'), counts, lang());
  timeline.update(
    scene.cy.nodes('.dated').map((n) => ({ id: n.id(), start: Number(n.data('tStart')), end: Number(n.data('tEnd')), primary: String(n.data('primary')), name: String(n.data(`label_${lang() === 'ar' ? 'ar' : 'en'}`)) })),
    windowMonths(),
    lang(),
  );
  (byId('btn-undo') as HTMLButtonElement).disabled = scene.expansions.length === 0;
  (byId('btn-show-hidden') as HTMLButtonElement).disabled = scene.cy.nodes('.u-hidden').empty();
  refreshStatus();
  updateExportSize();
}

function windowMonths(): { from: number; to: number } | undefined {
  if (!state.window) return undefined;
  const from = parseMonth(state.window.from);
  const to = parseMonth(state.window.to);
  return from !== undefined && to !== undefined ? { from, to } : undefined;
}

// --- URL ----------------------------------------------------------------------------------------------------

function syncUrl(push = false): void {
  const url = `${location.pathname}${toSearch(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** For changes that come in bursts (dragging a timeline handle): browsers throttle rapid history updates. */
const syncUrlSoon = debounce(() => syncUrl(), 200);

window.addEventListener('popstate', () => {
  state = fromSearch(location.search);
  applyLang();
  void loadView();
});

// --- Loading a view ----------------------------------------------------------------------------------------

const results = byId('results');

/** The results table sits under the canvas; the canvas gives up the room and keeps its centre. */
function setResultsShown(shown: boolean): void {
  if (results.hidden === !shown) return;
  results.hidden = !shown;
  scene.cy.resize();
}

async function fetchSource(src: ViewSource): Promise<{ graph: ApiGraph; result?: QueryResult; note?: string }> {
  switch (src.kind) {
    case 'agreements':
      return { graph: await api.agreements() };
    case 'overview':
      return { graph: await api.overview(src.limit) };
    case 'node':
      return { graph: await api.neighbourhood(src.id, { depth: src.depth }) };
    case 'query': {
      await queriesLoaded;
      const q = queries.byId(src.id);
      if (!q) throw new ApiError(404, 'not_found', `There is no saved query "${src.id}".`);
      activateTab('queries');
      queries.select(q.id, src.params);
      const c = coerceParams(fieldSpecs(q.params), src.params);
      if (!c.ok) throw new ApiError(400, 'bad_request', Object.values(c.errors).join('; '));
      const result = await api.runQuery(q.id, c.values);
      return { graph: result.graph, result, note: q.title };
    }
    case 'cypher': {
      activateTab('console');
      (await getConsole()).setValue(src.query);
      const result = await api.cypher(src.query);
      return { graph: result.graph, result, note: 'Cypher' };
    }
  }
}

/**
 * Rebuilds the whole view from `state` (start-up, deep links, back/forward, a new source). With `previous`,
 * a failure (a refused query, a bad parameter) keeps the scene that was there and restores that state.
 */
async function loadView(previous?: ViewState): Promise<void> {
  const seq = ++loadSeq;
  const pageBefore = (document.body.dataset.state ?? 'loading') as PageState;
  setPage('loading');
  setResultsShown(false);
  lastTruncated = false;
  statusNote = '';
  try {
    const { graph, result, note } = await fetchSource(state.source);
    if (seq !== loadSeq) return;
    lastTruncated = Boolean(graph.truncated);
    // The table first: the canvas takes its final size before the layout fits into it.
    if (result) showResults(result, note ?? '');
    await scene.replace(graph, state.layout);
    // Replay what the user added on top of the source, in order, the way they did it.
    for (const id of state.expanded) {
      const g = await api.neighbourhood(id, { depth: 1 }).catch(() => undefined);
      if (seq !== loadSeq) return;
      if (g) await scene.merge(g, { anchor: id, animate: false });
    }
    if (state.paths) await findPaths(state.paths.from, state.paths.to, { replay: true });
    if (state.hiddenNodes.length) scene.hideNodes(state.hiddenNodes);
    for (const id of state.pinned) scene.setPinned(id, true);
    scene.applyFilters(new Set(state.hiddenLabels), new Set(state.hiddenTypes));
    scene.applyWindow(windowMonths());
    if (seq !== loadSeq) return;
    if (scene.cy.nodes().empty()) {
      setPage('empty', result ? t('noResult', lang()) : t('emptyScene', lang()));
    } else setPage('ready');
    if (state.focus && scene.has(state.focus)) scene.focus(state.focus, { animate: false });
    else if (!state.paths) scene.fit();
    refreshPanels();
  } catch (err) {
    if (seq !== loadSeq) return;
    handleLoadError(err, previous, pageBefore);
  }
}

function handleLoadError(err: unknown, previous: ViewState | undefined, pageBefore: PageState): void {
  const e = err instanceof ApiError ? err : new ApiError(0, 'error', String(err));
  const failed = state.source.kind;
  if (e.status === 503 || e.code === 'network_error') {
    showBanner(t('neo4jDown', lang()));
    void watchHealth();
  }
  if (failed === 'cypher') void getConsole().then((c) => c.showError(e));
  if (failed === 'query') queries.showError(e);
  if (previous && scene.cy.nodes().nonempty()) {
    // The scene was not touched (the reply never came): keep it, and the state and link that made it.
    state = previous;
    history.replaceState(null, '', `${location.pathname}${toSearch(state)}`);
    if (pageBefore === 'ready' || pageBefore === 'empty') setPage(pageBefore);
    else setPage('ready');
    return;
  }
  setPage('error', e.message, () => void loadView());
}

function setSource(src: ViewSource): void {
  const previous = structuredClone(state);
  const same = sourceKey(src) === sourceKey(state.source);
  state = { ...state, source: src, expanded: [], hiddenNodes: [], pinned: [], focus: undefined, paths: undefined };
  if (!same) state.window = undefined;
  syncUrl(true);
  void loadView(previous);
}

function showResults(result: QueryResult, title: string): void {
  const n = result.graph.nodes.length;
  const note = `${title} — ${result.rows.length} ${t('rows', lang())}, ${n} ${t('nodes', lang())}${result.truncated ? ` · ${t('truncated', lang())}` : ''}`;
  renderResults(results, result, note);
  const close = h('button', { type: 'button', class: 'btn small results-close', aria: { label: 'Close' }, on: { click: () => setResultsShown(false) } }, '×');
  results.prepend(close);
  setResultsShown(true);
  if (state.source.kind === 'cypher') void getConsole().then((c) => c.showInfo(note));
  if (state.source.kind === 'query') queries.showInfo(note);
}

// --- Interactions --------------------------------------------------------------------------------------------

async function expand(id: string): Promise<void> {
  setStatusNote(t('loading', lang()));
  try {
    const g = await api.neighbourhood(id, { depth: 1 });
    lastTruncated = lastTruncated || Boolean(g.truncated);
    const wasEmpty = scene.cy.nodes().empty();
    const plan = await scene.merge(g, { anchor: scene.has(id) ? id : undefined, key: id });
    if (plan.add.length) {
      state.expanded = [...state.expanded, id];
      syncUrl();
    }
    if (wasEmpty && scene.cy.nodes().nonempty()) setPage('ready');
    scene.applyFilters(new Set(state.hiddenLabels), new Set(state.hiddenTypes));
    scene.applyWindow(windowMonths());
    const added = `+${plan.newNodeIds.length} ${t('nodes', lang())}, +${plan.newEdgeIds.length} ${t('edges', lang())}`;
    setStatusNote(plan.add.length ? added : t('nothingNew', lang()));
  } catch (err) {
    setStatusNote(err instanceof Error ? err.message : String(err));
    if (err instanceof ApiError && err.status === 503) showBanner(t('neo4jDown', lang()));
  }
}

function undoExpansion(): void {
  const e = scene.undoExpansion();
  if (!e) return;
  const i = state.expanded.lastIndexOf(e.anchor);
  if (i >= 0) state.expanded = [...state.expanded.slice(0, i), ...state.expanded.slice(i + 1)];
  if (selection && !scene.has(selection.id)) onSelect(null);
  setStatusNote(`−${e.nodes.length} ${t('nodes', lang())}`);
  syncUrl();
}

function setFilter(what: 'label' | 'type', names: string[], visible: boolean): void {
  const key = what === 'label' ? 'hiddenLabels' : 'hiddenTypes';
  const set = new Set(state[key]);
  for (const n of names) {
    if (visible) set.delete(n);
    else set.add(n);
  }
  state[key] = [...set].sort();
  scene.applyFilters(new Set(state.hiddenLabels), new Set(state.hiddenTypes));
  syncUrl();
}

async function findPaths(from: string, to: string, opts: { replay?: boolean } = {}): Promise<void> {
  try {
    const r = await api.paths(from, to);
    await scene.merge(r.graph, { anchor: scene.has(from) ? from : undefined, animate: !opts.replay, record: false });
    scene.applyFilters(new Set(state.hiddenLabels), new Set(state.hiddenTypes));
    const nodeIds = new Set<string>();
    const edgeIds = new Set<string>();
    for (const p of r.paths) {
      p.nodes.forEach((n) => nodeIds.add(n));
      p.edges.forEach((e) => edgeIds.add(e));
    }
    if (!r.paths.length) {
      r.graph.nodes.forEach((n) => nodeIds.add(n.id));
      r.graph.edges.forEach((e) => edgeIds.add(e.id));
    }
    scene.highlightPaths([...nodeIds], [...edgeIds]);
    const name = (id: string) => String(scene.cy.getElementById(id).data(`label_${lang() === 'ar' ? 'ar' : 'en'}`) ?? id);
    const rel = (id: string) => String(scene.cy.getElementById(id).data(`label_${lang()}`) ?? '');
    paths.showPaths(
      r.paths.map((p) => ({ names: p.nodes.map(name), rels: p.edges.map(rel) })),
      lang(),
    );
    paths.set('from', from, name(from));
    paths.set('to', to, name(to));
    if (!opts.replay) {
      state.paths = { from, to };
      syncUrl();
    }
  } catch (err) {
    paths.showError(err instanceof Error ? err.message : String(err));
  }
}

/** A selection made in the scene (or cleared): shown in the details panel and kept as the view's focus. */
function onSelect(sel: Selection): void {
  selection = sel;
  renderSelection();
  const focus = sel?.kind === 'node' ? sel.id : undefined;
  if (!sel) {
    scene.cy.elements('.hl').removeClass('hl');
    // A tap on the empty canvas also ends the connection highlight.
    if (state.paths) {
      scene.clearHighlight();
      state.paths = undefined;
      syncUrl();
    }
  }
  if (state.focus !== focus && (sel === null || sel.kind === 'node')) {
    state.focus = focus;
    syncUrl();
  }
}

/** Draws the details panel for the current selection (also after a language change). */
function renderSelection(): void {
  const host = byId('details');
  const ele = selection ? scene.cy.getElementById(selection.id) : undefined;
  if (!selection || !ele || ele.empty()) {
    renderEmptyDetails(host, lang());
    return;
  }
  if (selection.kind === 'node') renderNodeDetails(host, nodeFromData(ele.data() as NodeData), lang(), detailsActions);
  else renderEdgeDetails(host, edgeFromData(ele.data() as EdgeData), lang(), detailsActions);
}

const detailsActions: DetailsActions = {
  expand: (id) => void expand(id),
  collapse: (id) => {
    scene.collapse(id);
    state.hiddenNodes = scene.hiddenNodeIds();
    syncUrl();
  },
  hide: (id) => {
    scene.hideNodes([id]);
    state.hiddenNodes = scene.hiddenNodeIds();
    if (state.focus === id) state.focus = undefined;
    onSelect(null);
    syncUrl();
  },
  togglePin: (id) => {
    const pinned = !scene.cy.getElementById(id).hasClass('pinned');
    scene.setPinned(id, pinned);
    state.pinned = scene.pinnedIds();
    syncUrl();
    onSelect({ kind: 'node', id });
  },
  isPinned: (id) => scene.cy.getElementById(id).hasClass('pinned'),
  setPathEnd: (which, id, name) => {
    paths.set(which, id, name);
    activateTab('paths');
  },
  nameOf: (id) => {
    const d = scene.nodeData(id);
    return d ? nodeName(d.props, lang() === 'both' ? 'en' : lang(), id) : id;
  },
};

// --- Panels ---------------------------------------------------------------------------------------------------

const timeline = new Timeline(byId('timeline'), (win) => {
  state.window = win ? { from: monthLabel(win.from), to: monthLabel(win.to) } : undefined;
  scene.applyWindow(win);
  syncUrlSoon();
});

const attachNodePicker = (input: HTMLInputElement) => attachTypeahead(input, { onPick: () => undefined, lang, keepText: true });

const queries = new QueriesPanel(byId('tab-queries'), {
  lang,
  attachNodePicker,
  nodeName: async (id) => {
    const d = scene.nodeData(id);
    if (d) return nodeName(d.props, lang() === 'both' ? 'en' : lang(), id);
    return api
      .node(id)
      .then((r) => nodeName(r.node.properties, lang() === 'both' ? 'en' : lang(), id))
      .catch(() => undefined);
  },
  run: (q, raw) => setSource({ kind: 'query', id: q.id, params: raw }),
});
const queriesLoaded = queries.load();

// The console (CodeMirror and the Cypher parser) is the heaviest part of the bundle: loaded on first use.
let consolePromise: Promise<CypherConsole> | undefined;
let schemaInfo: SchemaInfo | undefined;
function getConsole(): Promise<CypherConsole> {
  consolePromise ??= import('./cypher-console.ts').then(({ CypherConsole }) => {
    const c = new CypherConsole(byId('tab-console'), {
      lang,
      run: async (query) => setSource({ kind: 'cypher', query }),
    });
    if (schemaInfo) c.setSchema(schemaInfo);
    return c;
  });
  return consolePromise;
}

const paths = new PathsPanel(byId('tab-paths'), {
  lang,
  find: (from, to) => void findPaths(from, to),
  selectedNode: () => {
    if (selection?.kind !== 'node') return undefined;
    return { id: selection.id, name: detailsActions.nameOf(selection.id) };
  },
});

function activateTab(name: string): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs [data-tab]')) b.setAttribute('aria-selected', String(b.dataset.tab === name));
  for (const p of document.querySelectorAll<HTMLElement>('.tab-panel')) p.hidden = p.id !== `tab-${name}`;
  // The console wants room for Cypher: the left panel widens while it is open.
  document.querySelector('.workspace')?.classList.toggle('console-open', name === 'console');
  scene.cy.resize();
  if (name === 'console') void getConsole().then((c) => c.ensureEditor());
}
for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs [data-tab]')) b.addEventListener('click', () => activateTab(b.dataset.tab!));

// --- Top bar ------------------------------------------------------------------------------------------------

attachTypeahead(byId<HTMLInputElement>('search'), {
  lang,
  onPick: (hit) => {
    if (scene.has(hit.id)) {
      scene.focus(hit.id);
      onSelect({ kind: 'node', id: hit.id });
      return;
    }
    void expand(hit.id).then(() => {
      if (scene.has(hit.id)) {
        scene.focus(hit.id);
        onSelect({ kind: 'node', id: hit.id });
      }
    });
  },
});

byId('btn-agreements').addEventListener('click', () => setSource({ kind: 'agreements' }));
byId('btn-overview').addEventListener('click', () => setSource({ kind: 'overview' }));

const layoutSelect = byId<HTMLSelectElement>('layout-select');
for (const name of LAYOUT_NAMES) layoutSelect.append(h('option', { value: name }, name));
layoutSelect.addEventListener('change', () => {
  if (!isLayoutName(layoutSelect.value)) return;
  state.layout = layoutSelect.value;
  syncUrl();
  void scene.layout(state.layout, { animate: true });
});
byId('btn-relayout').addEventListener('click', () => void scene.layout(state.layout, { animate: true }));
byId('btn-fit').addEventListener('click', () => scene.fit({ animate: true }));
byId('btn-undo').addEventListener('click', undoExpansion);
byId('btn-show-hidden').addEventListener('click', () => {
  scene.showAllHidden();
  state.hiddenNodes = [];
  syncUrl();
});

for (const b of document.querySelectorAll<HTMLButtonElement>('#lang-toggle [data-lang]')) {
  b.addEventListener('click', () => {
    const l = b.dataset.lang as Lang;
    if (!LANGS.includes(l) || l === state.lang) return;
    state.lang = l;
    applyLang();
    syncUrl();
  });
}

/** Interface language: strings, page direction, scene labels and the open panels. */
function applyLang(): void {
  const l = lang();
  document.documentElement.lang = l === 'ar' ? 'ar' : 'en';
  document.documentElement.dir = l === 'ar' ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as UiKey, l);
  for (const el of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder as UiKey, l);
  document.title = t('title', l);
  for (const b of document.querySelectorAll<HTMLButtonElement>('#lang-toggle [data-lang]')) b.setAttribute('aria-checked', String(b.dataset.lang === l));
  layoutSelect.value = state.layout;
  scene.setLang(l);
  void consolePromise?.then((c) => c.relabel());
  paths.relabel();
  renderSelection();
  refreshPanels();
}

// --- Export ---------------------------------------------------------------------------------------------------

const exportMenu = wireExportMenu({
  cy: () => scene.cy,
  view: () => currentView(),
  copied: () => setStatusNote(t('linkCopied', lang())),
});
const updateExportSize = exportMenu.updateSize;

/** The frozen view (export, and the snapshot feature's input). */
function currentView() {
  return captureView(scene.cy, state, location.href, { webgl: scene.webgl, big: scene.big });
}

// --- Snapshots (snapshot-ui.ts) ---------------------------------------------------------------------------

wireSnapshotButton(byId('snapshot-slot'), { cy: () => scene.cy, view: () => currentView(), lang, note: setStatusNote });

/** /?snapshot=<id>: the view exactly as it was frozen (not re-queried), explorable from there. */
async function reopenSnapshot(id: string): Promise<void> {
  setPage('loading');
  try {
    const snap = await openSnapshotInScene(scene, id);
    state = structuredClone(snap.view.state);
    applyLang();
    setPage(scene.cy.nodes().empty() ? 'empty' : 'ready');
    setStatusNote(`${snap.title} · ${snap.dataTime.slice(0, 10)}`);
  } catch (err) {
    const e = err as Error & { status?: number };
    handleLoadError(new ApiError(e.status ?? 0, 'snapshot', e.message), undefined, 'loading');
  }
}

// --- Health ---------------------------------------------------------------------------------------------------

let watching = false;
/** Polls /api/health while Neo4j is down; reloads the view when it comes back. */
async function watchHealth(): Promise<void> {
  if (watching) return;
  watching = true;
  for (;;) {
    const health = await api.health();
    if (health.neo4j.connected) break;
    showBanner(`${t('neo4jDown', lang())}${health.neo4j.error ? ` (${health.neo4j.error})` : ''}`);
    await new Promise((r) => setTimeout(r, 5000));
  }
  watching = false;
  const wasDown = !banner.hidden;
  showBanner(undefined);
  if (wasDown && document.body.dataset.state !== 'ready') void loadView();
}

async function loadSchema(): Promise<void> {
  try {
    schemaInfo = await api.schema();
    void consolePromise?.then((c) => c.setSchema(schemaInfo!));
  } catch {
    // Completion without the schema still works for keywords.
  }
}

// --- Start ------------------------------------------------------------------------------------------------------

/** Read-only handle for tests and the browser console (the scene and a copy of the view state). */
declare global {
  interface Window {
    kgx?: { cy: () => typeof scene.cy; state: () => ViewState; view: () => ReturnType<typeof currentView>; scene: Scene };
  }
}
window.kgx = { cy: () => scene.cy, state: () => structuredClone(state), view: currentView, scene };

applyLang();
renderEmptyDetails(byId('details'), lang());
void (async () => {
  const health = await api.health();
  if (!health.neo4j.connected) {
    showBanner(`${t('neo4jDown', lang())}${health.neo4j.error ? ` (${health.neo4j.error})` : ''}`);
    void watchHealth();
  }
  const snapshotId = snapshotIdFromUrl(location.search);
  if (snapshotId) await reopenSnapshot(snapshotId);
  else await loadView();
  void loadSchema();
})();
