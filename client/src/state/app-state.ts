/**
 * The explorer's state: the view state (what the URL and a snapshot carry, view-state.ts) plus what is only
 * on this page: the selection and the node spotlighted by a search or a deep link.
 */
import { fromSearch, toSearch, type ViewState } from '../view-state.ts';
import { Store, type StoreOptions } from './store.ts';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

export interface AppState extends ViewState {
  selection: Selection;
  /** The node a search pick or a deep link focused (drawn highlighted until the selection is cleared). */
  spotlight?: string;
}

export type AppStore = Store<AppState>;

export function appStateFromSearch(search: string): AppState {
  const view = fromSearch(search);
  return { ...view, selection: view.focus ? { kind: 'node', id: view.focus } : null, spotlight: view.focus };
}

/** The view state alone (what a snapshot freezes and the URL carries). */
export function viewStateOf(state: Readonly<AppState>): ViewState {
  const { selection: _selection, spotlight: _spotlight, ...view } = state;
  return structuredClone(view);
}

export function createAppStore(search: string, opts: Partial<StoreOptions<AppState>> = {}): AppStore {
  return new Store<AppState>(appStateFromSearch(search), { toSearch: (s) => toSearch(s), ...opts });
}
