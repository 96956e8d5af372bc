import { describe, expect, it } from 'vitest';
import { canonicalJson, GraphVersion, ReplyCache } from '../../server/cache/reply-cache.ts';

const settings = { enabled: true, ttlMs: 1_000, maxBytes: 800 };
const body = (text: string) => Buffer.from(text);

function cacheAt() {
  const clock = { t: 0 };
  const version = new GraphVersion();
  return { clock, version, cache: new ReplyCache(settings, version, () => clock.t) };
}

describe('the reply cache', () => {
  it('serves a kept reply for the same key, with a stable ETag, and counts hits and misses', () => {
    const { cache } = cacheAt();
    expect(cache.get('a')).toBeUndefined();
    const stored = cache.set('a', body('{"x":1}'), 0);
    const hit = cache.get('a')!;
    expect(hit.body.toString()).toBe('{"x":1}');
    expect(hit.etag).toBe(stored.etag);
    expect(hit.etag).toMatch(/^"[\w-]+"$/);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
  });

  it('forgets everything when the graph version moves', () => {
    const { cache, version } = cacheAt();
    cache.set('a', body('1'), 0);
    version.bump();
    expect(cache.get('a')).toBeUndefined();
    expect(cache.stats().entries).toBe(0);
  });

  it('does not keep a reply read before a write that landed while it was being built', () => {
    const { cache, version } = cacheAt();
    const readAt = version.get();
    version.bump();
    cache.set('a', body('old'), readAt);
    expect(cache.get('a')).toBeUndefined();
  });

  it('lets entries live no longer than the time to live (writers outside the app)', () => {
    const { cache, clock } = cacheAt();
    cache.set('a', body('1'), 0);
    clock.t = 1_000;
    expect(cache.get('a')).toBeDefined();
    clock.t = 1_001;
    expect(cache.get('a')).toBeUndefined();
  });

  it('stays within its bytes, dropping the least recently used first', () => {
    const { cache } = cacheAt();
    for (const k of ['a', 'b', 'c', 'd']) cache.set(k, body('x'.repeat(100)), 0);
    cache.get('a');
    for (const k of ['e', 'f', 'g', 'h', 'i']) cache.set(k, body('x'.repeat(100)), 0);
    expect(cache.stats().bytes).toBeLessThanOrEqual(800);
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('b')).toBeUndefined();
    // A reply bigger than a quarter of the budget is served but not kept.
    cache.set('big', body('x'.repeat(201)), 0);
    expect(cache.get('big')).toBeUndefined();
  });

  it('gives one key for two spellings of the same input', () => {
    expect(canonicalJson({ query: { b: 1, a: [2, 1] }, params: undefined })).toBe(canonicalJson({ params: undefined, query: { a: [2, 1], b: 1 } }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  });
});
