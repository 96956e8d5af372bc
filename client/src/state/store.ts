/**
 * The application state store. Everything the explorer shows is decided by one state object; a change is
 * one update(patch): the patch is compared with the state, and only if something really changed is the URL
 * written (here and nowhere else) and are the listeners (the scene, the panels) told which keys changed.
 */

export type Listener<S> = (state: Readonly<S>, changed: ReadonlySet<keyof S>) => void;

/**
 * How an update reaches the address bar: 'replace' (default), 'push' (a new history entry, for a new view),
 * 'soon' (replace once a burst is over: browsers throttle rapid history updates) or 'none' (the URL already
 * says it, e.g. after back/forward).
 */
export type UrlMode = 'replace' | 'push' | 'soon' | 'none';

/** The part of window.history and window.location the store needs (a fake in unit tests). */
export interface UrlTarget {
  /** The current path and query string, e.g. "/?v=overview". */
  current(): string;
  /** The path the query string is appended to. */
  path(): string;
  push(url: string): void;
  replace(url: string): void;
}

export const browserUrl: UrlTarget = {
  current: () => `${location.pathname}${location.search}`,
  path: () => location.pathname,
  push: (url) => history.pushState(null, '', url),
  replace: (url) => history.replaceState(null, '', url),
};

export interface StoreOptions<S> {
  /** The query string ("" or "?…") for a state. */
  toSearch: (state: S) => string;
  url?: UrlTarget;
  /** How long 'soon' waits for the burst to end. */
  soonMs?: number;
}

/** Structural equality for plain data (what the state is made of). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export class Store<S extends object> {
  private state: S;
  private readonly listeners = new Set<Listener<S>>();
  private readonly url: UrlTarget;
  private soonTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts the updates that changed something (tests and the page wait on it). */
  version = 0;

  constructor(
    initial: S,
    private readonly opts: StoreOptions<S>,
  ) {
    this.state = initial;
    this.url = opts.url ?? browserUrl;
  }

  get(): Readonly<S> {
    return this.state;
  }

  /**
   * Applies the keys of `patch` that differ from the state. Returns the keys that changed; with none, nothing
   * is written and nobody is notified.
   */
  update(patch: Partial<S> | ((state: Readonly<S>) => Partial<S>), url: UrlMode = 'replace'): ReadonlySet<keyof S> {
    const p = typeof patch === 'function' ? patch(this.state) : patch;
    const changed = new Set<keyof S>();
    for (const key of Object.keys(p) as (keyof S)[]) if (!sameValue(this.state[key], p[key])) changed.add(key);
    if (changed.size === 0) return changed;
    const next = { ...this.state };
    for (const key of changed) next[key] = p[key] as S[keyof S];
    this.state = next;
    this.version++;
    this.writeUrl(url);
    for (const listener of [...this.listeners]) listener(this.state, changed);
    return changed;
  }

  /** Replaces the whole state (back/forward, a reopened snapshot); listeners hear about every key that changed. */
  reset(state: S, url: UrlMode = 'replace'): ReadonlySet<keyof S> {
    const keys = new Set([...Object.keys(this.state), ...Object.keys(state)]) as Set<keyof S>;
    const patch = {} as Partial<S>;
    for (const k of keys) patch[k] = state[k];
    return this.update(patch, url);
  }

  subscribe(listener: Listener<S>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes the URL now if a 'soon' write is pending (before a new history entry, say). */
  flushUrl(): void {
    if (this.soonTimer === undefined) return;
    this.cancelSoon();
    this.writeUrl('replace');
  }

  private cancelSoon(): void {
    clearTimeout(this.soonTimer);
    this.soonTimer = undefined;
  }

  private writeUrl(mode: UrlMode): void {
    if (mode === 'none') return;
    if (mode === 'soon') {
      clearTimeout(this.soonTimer);
      this.soonTimer = setTimeout(() => {
        this.soonTimer = undefined;
        this.writeUrl('replace');
      }, this.opts.soonMs ?? 200);
      return;
    }
    // A new entry carries the latest state anyway: a pending 'soon' write has nothing left to do.
    if (mode === 'push') this.cancelSoon();
    const target = `${this.url.path()}${this.opts.toSearch(this.state)}`;
    if (target === this.url.current()) return;
    if (mode === 'push') this.url.push(target);
    else this.url.replace(target);
  }
}
