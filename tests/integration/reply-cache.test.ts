/**
 * The reply cache over HTTP, on the real app and Neo4j: a repeated read is served from the cache with the same
 * bytes and ETag, If-None-Match gives 304, `Cache-Control: no-cache` asks Neo4j again, a write through the app
 * empties the cache, and the time to live bounds what a writer outside the app can leave stale.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { KUWAIT, makeApp, type TestApp } from './api-helpers.ts';

let t: TestApp;
let short: TestApp;
beforeAll(() => {
  t = makeApp();
  short = makeApp({ REPLY_CACHE_TTL_MS: '300' });
});
afterAll(async () => {
  await t?.close();
  await short?.close();
});

const READS = ['/api/agreements', `/api/nodes/${KUWAIT}`, `/api/graph/neighbourhood?id=${KUWAIT}&depth=1`, '/api/graph/overview', '/api/search?q=kuwait', '/api/timeline', '/api/schema'];

describe('the reply cache', () => {
  it.each(READS)('serves %s again from the cache: same bytes, same ETag', async (url) => {
    const first = await request(t.app).get(url);
    expect(first.status).toBe(200);
    const second = await request(t.app).get(url);
    expect(second.status).toBe(200);
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.text).toBe(first.text);
    expect(second.headers['content-type']).toMatch(/^application\/json/);
  });

  it('keys by the validated request: another spelling of the same query is a hit, another query a miss', async () => {
    await request(t.app).get(`/api/graph/neighbourhood?id=${KUWAIT}&depth=1`);
    const same = await request(t.app).get(`/api/graph/neighbourhood?depth=1&id=${KUWAIT}`);
    expect(same.headers['x-cache']).toBe('hit');
    const other = await request(t.app).get(`/api/graph/neighbourhood?id=${KUWAIT}&depth=2`);
    expect(other.headers['x-cache']).toBe('miss');
  });

  it('answers If-None-Match with 304 and no body', async () => {
    const first = await request(t.app).get('/api/agreements');
    const again = await request(t.app).get('/api/agreements').set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');
  });

  it('asks Neo4j again for Cache-Control: no-cache', async () => {
    await request(t.app).get('/api/timeline');
    const fresh = await request(t.app).get('/api/timeline').set('Cache-Control', 'no-cache');
    expect(fresh.headers['x-cache']).toBe('miss');
  });

  it('is emptied by a write through the app', async () => {
    await request(t.app).get('/api/agreements');
    expect((await request(t.app).get('/api/agreements')).headers['x-cache']).toBe('hit');
    const saved = await request(t.app)
      .post('/api/queries')
      .send({ title: 'Cache probe', cypher: 'MATCH (n:Country) RETURN n LIMIT 1' });
    expect(saved.status).toBe(201);
    expect((await request(t.app).get('/api/agreements')).headers['x-cache']).toBe('miss');
    expect((await request(t.app).delete(`/api/queries/${saved.body.id}`)).status).toBe(204);
  });

  it('shows a write from outside the app once the time to live has passed', async () => {
    const name = () => request(short.app).get(`/api/nodes/${KUWAIT}`).then((r) => r.body.node.properties.name as string);
    const before = await name();
    await short.db.driver.executeQuery('MATCH (n {id: $id}) SET n.name = $name', { id: KUWAIT, name: 'Kuwait (cache probe)' }, { database: short.db.database });
    try {
      await vi.waitFor(async () => expect(await name()).toBe('Kuwait (cache probe)'), { timeout: 5_000, interval: 100 });
    } finally {
      await short.db.driver.executeQuery('MATCH (n {id: $id}) SET n.name = $name', { id: KUWAIT, name: before }, { database: short.db.database });
    }
  });

  it('keeps nothing when REPLY_CACHE=false', async () => {
    const off = makeApp({ REPLY_CACHE: 'false' });
    try {
      await request(off.app).get('/api/agreements');
      const again = await request(off.app).get('/api/agreements');
      expect(again.status).toBe(200);
      expect(again.headers['x-cache']).toBeUndefined();
    } finally {
      await off.close();
    }
  });
});
