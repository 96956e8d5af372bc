/**
 * The explorer's entry point: creates the state store, the scene and the panels, and wires them together.
 * The store is the single source of truth for what is shown; it writes the URL (so the view can be linked)
 * and tells the scene and the panels what changed.
 */
import './styles.css';
import './responsive.css';
import './panels-content.css';
import { TableView } from './table-view.ts';
import { ZoomControls } from './zoom-controls.ts';
import type { Core } from 'cytoscape';
import { api } from './api.ts';
import type { FrozenView, ViewState } from './api-types.ts';
import { ArticleReader } from './app/article-reader.ts';
import { Interactions } from './app/interactions.ts';
import { applyPageLanguage } from './app/language.ts';
import { PageStatus } from './app/page-status.ts';
import { Panels, type TabName } from './app/panels.ts';
import { ViewLoader } from './app/view-loader.ts';
import { GraphA11y, wireTabKeys } from './app/graph-a11y.ts';
import { Responsive } from './app/responsive.ts';
import { byId, h } from './dom.ts';
import { pictureLink, wireExportMenu } from './export.ts';
import { pictureFromSearch, storedLinkId } from './link-picture.ts';
import { toSearch } from './view-state.ts';
import { LANGS, t, type Lang } from './i18n.ts';
import { isLayoutName, LAYOUT_NAMES } from './layouts.ts';
import { Scene } from './scene/scene.ts';
import { attachTypeahead } from './search.ts';
import { snapshotIdFromUrl, wireSnapshotButton } from './snapshot-ui.ts';
import { createAppStore, viewStateOf } from './state/app-state.ts';

const store = createAppStore(location.search);
const lang = (): Lang => store.get().lang;

// Late-bound: the scene reports selections and double-clicks to the interactions created after it.
let interactions: Interactions | undefined;
let panels: Panels | undefined;
let responsive: Responsive | undefined;
let sceneRef: Scene | undefined;
let table: TableView | undefined;
const zoomControls = new ZoomControls(
  document.querySelector<HTMLElement>('.canvas-area')!,
  () => sceneRef,
  () => {
    table?.toggle();
    sceneRef?.resize();
  },
);
const scene = new Scene(
  byId('cy'),
  {
    select: (sel) => interactions?.select(sel),
    expandRequest: (id) => void interactions?.expand(id),
    changed: () => {
      panels?.scheduleRefresh();
      void table?.refresh();
    },
    hold: (id) => {
      // Long press: select the node and bring up its actions (the details sheet on a phone).
      interactions?.select({ kind: 'node', id });
      responsive?.open('details', { focus: false });
    },
  },
  {
    lang: store.get().lang,
    renderer: store.get().renderer,
    overviewHost: zoomControls.overviewHost,
    // The buttons over the canvas's top and the status bar over its bottom: a fit keeps clear of them.
    insets: () => {
      const cy = byId('cy').getBoundingClientRect();
      const tools = document.querySelector('.scene-tools')?.getBoundingClientRect();
      const status = document.getElementById('statusbar')?.getBoundingClientRect();
      return {
        top: tools && tools.height ? Math.max(0, tools.bottom - cy.top) : 0,
        bottom: status && status.height ? Math.max(0, cy.bottom - status.top) : 0,
      };
    },
  },
);
sceneRef = scene;
table = new TableView({
  shownNodes: (l) => scene.shownNodes(l),
  select: (id) => void interactions?.pick(id),
  lang: () => store.get().lang,
});
document.querySelector('.canvas-area')!.after(table.element);
zoomControls.relabel(store.get().lang);
const page = new PageStatus(lang, scene);
interactions = new Interactions(store, scene, page);
const exportMenu = wireExportMenu({
  scene,
  view: () => currentView(),
  link: () => pictureLink(toSearch(viewStateOf(store.get())), scene.picture()),
  // Without a clipboard (permission refused) the link is shown for copying by hand.
  copied: (link, ok) => page.setNote(ok ? t('linkCopied', lang()) : `${t('linkFailed', lang())}: ${link}`),
  lang,
});
panels = new Panels(store, scene, page, {
  setFilter: (what, names, visible) => interactions.setFilter(what, names, visible),
  findPaths: (from, to) => void interactions.findPaths(from, to),
  setSource: (src) => loader.setSource(src),
  runCypher: (query) => loader.runConsole(query),
  details: {
    expand: (id) => void interactions.expand(id),
    collapse: (id) => interactions.collapse(id),
    hide: (id) => interactions.hide(id),
    togglePin: (id) => interactions.togglePin(id),
    pick: (id) => void interactions.pick(id),
    read: (sourceId, quote) => void reader.open(sourceId, { quote }),
  },
  sceneChanged: () => {
    void exportMenu.updateSize();
    graphA11y.scheduleMirror();
  },
});
interactions.panels = panels;
const reader = new ArticleReader(store, { showFacts: (ids) => interactions.showFacts(ids), resized: (open) => {
    scene.resize();
    // The graph lost a strip to the reader: the whole scene is fitted into what is left.
    if (open) scene.fit({ animate: false });
  },
});
const loader = new ViewLoader(store, scene, page, panels, interactions);
const selectedId = (): string | undefined => store.get().selection?.id;
const graphA11y = new GraphA11y({
  view: () => currentView(),
  lang,
  selectedId,
  select: (id) => interactions.select({ kind: 'node', id }),
  centerOn: (id) => scene.centerOn(id, { animate: false }),
});
responsive = new Responsive({
  resized: () => scene.resize(),
  keepSelectionVisible: (sheetTop) => {
    const id = selectedId();
    const node = id ? currentView().graph.nodes.find((n) => n.id === id) : undefined;
    if (!id || !node?.position) return;
    const { zoom, pan } = currentView().viewport;
    if (node.position.y * zoom + pan.y > sheetTop - 40) scene.centerOn(id, { animate: true });
  },
});
wireTabKeys(document.querySelector<HTMLElement>('.tabs')!, (tab) => panels.activateTab(tab.dataset.tab as TabName));
// The skip links land on the graph or a panel; on a phone the panel's drawer opens first.
for (const a of document.querySelectorAll<HTMLAnchorElement>('.skip-link')) {
  a.addEventListener('click', (ev) => {
    const target = a.hash.slice(1);
    ev.preventDefault();
    if (target === 'tools' || target === 'details') responsive?.open(target, { focus: false });
    document.getElementById(target)?.focus();
  });
}

/** The frozen view (export, and the snapshot feature's input). */
function currentView(): FrozenView {
  return scene.capture(viewStateOf(store.get()), location.href);
}

// Every change of state: the scene draws it, and the panels that show that part follow.
store.subscribe((state, changed) => {
  scene.apply(state, store.version);
  if (changed.has('lang')) {
    applyPageLanguage(state.lang);
    panels.relabel();
    zoomControls.relabel(state.lang);
    relabelLayouts();
    void table?.refresh();
  }
  if (changed.has('layout')) layoutSelect.value = state.layout;
  // The option to refit: the scene fits what the new window leaves shown (the option turned on fits at once).
  if (state.refit && (changed.has('window') || changed.has('refit'))) scene.fit({ animate: false });
  if (changed.has('selection') || changed.has('pinned')) panels.renderSelection();
  if (changed.has('selection')) responsive?.selectionChanged(Boolean(state.selection));
  if (changed.has('selection') || changed.has('lang')) graphA11y.scheduleMirror();
  if (changed.has('selection')) table?.setSelected(state.selection?.kind === 'node' ? state.selection.id : undefined);
  reader.changed(state, changed);
  panels.scheduleRefresh();
});

/**
 * Opens what a URL's query string says: `?s=<id>` is a stored link (resolved first; an unknown one leaves a
 * banner and the default view), anything else the view state and picture themselves.
 */
async function openSearch(search: string): Promise<void> {
  const id = storedLinkId(search);
  if (!id) return loader.fromUrl(search);
  const stored = await api.link(id).catch(() => undefined);
  if (stored) return loader.fromUrl(stored.search);
  page.banner(t('linkUnknown', lang()), 'warn');
  return loader.fromUrl('');
}

window.addEventListener('popstate', () => void openSearch(location.search));

// --- Top bar ------------------------------------------------------------------------------------------------

attachTypeahead(byId<HTMLInputElement>('search'), { lang, onPick: (hit) => void interactions.pick(hit.id) });
byId('btn-agreements').addEventListener('click', () => loader.setSource({ kind: 'agreements' }));
byId('btn-overview').addEventListener('click', () => loader.setSource({ kind: 'overview' }));

const layoutSelect = byId<HTMLSelectElement>('layout-select');
for (const name of LAYOUT_NAMES) layoutSelect.append(h('option', { value: name }, t(`layout_${name}`, lang())));
/** The layout names follow the interface language. */
function relabelLayouts(): void {
  for (const option of layoutSelect.options) if (isLayoutName(option.value)) option.textContent = t(`layout_${option.value}`, lang());
}
layoutSelect.value = store.get().layout;
layoutSelect.addEventListener('change', () => {
  if (!isLayoutName(layoutSelect.value)) return;
  store.update({ layout: layoutSelect.value });
  void scene.layout(store.get().layout, { animate: true });
});
byId('btn-relayout').addEventListener('click', () => void scene.layout(store.get().layout, { animate: true }));
byId('btn-fit').addEventListener('click', () => scene.fit({ animate: true }));
byId('btn-undo').addEventListener('click', () => interactions.undoExpansion());
byId('btn-show-hidden').addEventListener('click', () => interactions.showAllHidden());
for (const b of document.querySelectorAll<HTMLButtonElement>('#lang-toggle [data-lang]')) {
  b.addEventListener('click', () => {
    const l = b.dataset.lang as Lang;
    if (LANGS.includes(l)) store.update({ lang: l });
  });
}
wireSnapshotButton(byId('snapshot-slot'), { scene, view: currentView, lang, note: (text) => page.setNote(text) });

// --- Start ------------------------------------------------------------------------------------------------------

/** Read-only handle for tests and the browser console (the scene and a copy of the view state). */
declare global {
  interface Window {
    kgx?: { cy: () => Core; state: () => ViewState; view: () => FrozenView; scene: Scene };
  }
}
window.kgx = { ...scene.debugHandle(), state: () => viewStateOf(store.get()), view: currentView, scene };

applyPageLanguage(lang());
panels.relabel();
void (async () => {
  const health = await api.health();
  if (!health.neo4j.connected) {
    page.banner(`${t('neo4jDown', lang())}${health.neo4j.error ? ` (${health.neo4j.error})` : ''}`);
    void loader.watchHealth();
  }
  const snapshotId = snapshotIdFromUrl(location.search);
  if (snapshotId) await loader.reopenSnapshot(snapshotId);
  else if (storedLinkId(location.search)) await openSearch(location.search);
  else await loader.load(undefined, { picture: pictureFromSearch(location.search) });
  // A link that selects a node opens its details on a phone too.
  responsive?.selectionChanged(Boolean(store.get().selection));
  // An article named in the URL opens once the graph it lights is there.
  reader.start();
  void panels.loadSchema();
})();
