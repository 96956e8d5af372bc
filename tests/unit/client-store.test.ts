import { describe, expect, it, vi } from 'vitest';
import { createAppStore, viewStateOf } from '../../client/src/state/app-state.ts';
import { sameValue, Store, type UrlTarget } from '../../client/src/state/store.ts';
import { fromSearch } from '../../client/src/view-state.ts';

/** An address bar in memory: the current URL and the history entries written. */
function fakeUrl(initial = '/'): UrlTarget & { entries: string[]; pushes: number; replaces: number } {
  const u = {
    entries: [initial],
    pushes: 0,
    replaces: 0,
    current: () => u.entries.at(-1)!,
    path: () => '/',
    push: (url: string) => {
      u.entries.push(url);
      u.pushes++;
    },
    replace: (url: string) => {
      u.entries[u.entries.length - 1] = url;
      u.replaces++;
    },
  };
  return u;
}

describe('the application state store', () => {
  it('writes every change to the URL, and the URL reads back as the same view state', () => {
    const url = fakeUrl();
    const store = createAppStore('', { url });
    store.update({ hiddenLabels: ['Product'], layout: 'concentric', lang: 'ar', focus: 'country-turkey' });
    store.update({ window: { from: '2024-01', to: '2024-12' } });
    store.update({ expanded: ['org-fiep'], pinned: ['country-kuwait'], paths: { from: 'a', to: 'b' } });
    const search = url.current().slice(1);
    expect(search).toMatch(/xl=Product/);
    expect(search).toMatch(/layout=concentric/);
    expect(fromSearch(search)).toEqual(viewStateOf(store.get()));
    expect(url.pushes).toBe(0);
  });

  it('pushes a history entry when asked (a new view), and replaces otherwise', () => {
    const url = fakeUrl();
    const store = createAppStore('', { url });
    store.update({ source: { kind: 'overview' } }, 'push');
    store.update({ hiddenTypes: ['MENTIONED_IN'] });
    expect(url.entries).toEqual(['/', '/?v=overview&xt=MENTIONED_IN']);
  });

  it('tells every listener which keys changed, until it unsubscribes', () => {
    const store = createAppStore('', { url: fakeUrl() });
    const first = vi.fn();
    const second = vi.fn();
    const stop = store.subscribe(first);
    store.subscribe(second);
    store.update({ hiddenLabels: ['Person'], lang: 'ar', hiddenTypes: [] });
    expect(first).toHaveBeenCalledTimes(1);
    expect([...first.mock.calls[0]![1]].sort()).toEqual(['hiddenLabels', 'lang']);
    expect(first.mock.calls[0]![0]).toBe(store.get());
    expect(second).toHaveBeenCalledTimes(1);
    stop();
    store.update({ lang: 'en' });
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('a patch that changes nothing notifies nobody, writes no URL and keeps the version', () => {
    const url = fakeUrl('/?xl=Product');
    const store = createAppStore('?xl=Product', { url });
    const listener = vi.fn();
    store.subscribe(listener);
    const version = store.version;
    const before = store.get();
    // Equal values in new arrays and objects are no change either.
    const changed = store.update({ hiddenLabels: ['Product'], lang: 'en', source: { kind: 'agreements' }, focus: undefined, selection: null });
    expect(changed.size).toBe(0);
    expect(listener).not.toHaveBeenCalled();
    expect(store.version).toBe(version);
    expect(store.get()).toBe(before);
    expect(url.replaces + url.pushes).toBe(0);
  });

  it('counts the updates that changed something', () => {
    const store = createAppStore('', { url: fakeUrl() });
    store.update({ lang: 'ar' });
    store.update({ lang: 'ar' });
    store.update((s) => ({ expanded: [...s.expanded, 'x'] }));
    expect(store.version).toBe(2);
  });

  it("writes 'soon' updates once, after the burst", () => {
    vi.useFakeTimers();
    try {
      const url = fakeUrl();
      const store = new Store({ n: 0 }, { toSearch: (s) => `?n=${s.n}`, url, soonMs: 200 });
      for (let i = 1; i <= 5; i++) store.update({ n: i }, 'soon');
      expect(url.replaces).toBe(0);
      vi.advanceTimersByTime(250);
      expect(url.entries).toEqual(['/?n=5']);
      expect(url.replaces).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reset replaces the whole state and reports the keys that differ, including ones removed', () => {
    const url = fakeUrl();
    const store = createAppStore('?focus=a&xl=Person', { url });
    const listener = vi.fn();
    store.subscribe(listener);
    store.reset(createAppStore('?lang=ar', { url: fakeUrl() }).get(), 'none');
    expect([...listener.mock.calls[0]![1]].sort()).toEqual(['focus', 'hiddenLabels', 'lang', 'selection', 'spotlight']);
    expect(store.get().focus).toBeUndefined();
    expect(url.replaces).toBe(0);
  });

  it('compares plain data structurally', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
