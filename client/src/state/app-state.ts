/**
 * The explorer's state: the view state (what the URL and a snapshot carry, view-state.ts) plus what is only
 * on this page: the selection, the node spotlighted by a search or a deep link, the article open in the reader
 * (in the URL too, but not in a snapshot) and the facts a passage of it lights in the scene.
 */
import { fromSearch, toSearch, type ViewState } from '../view-state.ts';
import { Store, type StoreOptions } from './store.ts';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

export interface AppState extends ViewState {
  selection: Selection;
  /** The node a search pick or a deep link focused (drawn highlighted until the selection is cleared). */
  spotlight?: string;
  /** The article open in the reader, and the passage (its index in the source's passages) it is showing. */
  reading?: Reading;
  /** Facts (ingest's from|TYPE|to ids) a passage of the reader lights in the scene. */
  evidence?: string[];
}

export interface Reading {
  source: string;
  passage?: number;
}

const SOURCE_ID = /^source-[a-z0-9]+(-[a-z0-9]+)*$/;

/** The reader's part of a URL: ?read=<source id>&passage=<n>. */
export function readingFromSearch(search: string): Reading | undefined {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const source = p.get('read');
  if (!source || !SOURCE_ID.test(source)) return undefined;
  const passage = p.get('passage');
  return passage !== null && /^\d{1,4}$/.test(passage) ? { source, passage: Number(passage) } : { source };
}

/** The view's query string with the reader's part after it. */
export function appSearch(state: Readonly<AppState>): string {
  const view = toSearch(state);
  if (!state.reading) return view;
  const p = new URLSearchParams(view.slice(1));
  p.set('read', state.reading.source);
  if (state.reading.passage !== undefined) p.set('passage', String(state.reading.passage));
  return `?${p.toString()}`;
}

export type AppStore = Store<AppState>;

export function appStateFromSearch(search: string): AppState {
  const view = fromSearch(search);
  return { ...view, selection: view.focus ? { kind: 'node', id: view.focus } : null, spotlight: view.focus, reading: readingFromSearch(search) };
}

/** The view state alone (what a snapshot freezes and the URL carries). */
export function viewStateOf(state: Readonly<AppState>): ViewState {
  const { selection: _selection, spotlight: _spotlight, reading: _reading, evidence: _evidence, ...view } = state;
  return structuredClone(view);
}

export function createAppStore(search: string, opts: Partial<StoreOptions<AppState>> = {}): AppStore {
  return new Store<AppState>(appStateFromSearch(search), { toSearch: appSearch, ...opts });
}
