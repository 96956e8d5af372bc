/**
 * Stored links against the real Neo4j: a long explorer query string is kept under the hash of its text (the same
 * state gets the same id, stored once), read back as stored, 404 JSON for an unknown id, 413 JSON for a body over
 * the limit, 400 for a body that is not a query string; the graph's reply cache survives a link write.
 */
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { LINK_LIMITS, linkCreatedReply, linkSchema } from '../../server/links/schemas.ts';
import { makeApp } from './api-helpers.ts';

const t = makeApp();
const linkCount = async (id: string) =>
  Number((await t.db.driver.executeQuery('MATCH (l:_Link {id: $id}) RETURN count(l) AS n', { id }, { database: t.db.database })).records[0]!.get('n'));

afterAll(async () => {
  await t.db.driver.executeQuery('MATCH (l:_Link) WHERE l.search STARTS WITH "?v=node&id=links-test" DETACH DELETE l', {}, { database: t.db.database });
  await t.close();
});

/** A query string of the explorer's kind, long enough to need storing. */
const longSearch = (salt: string) => `?v=node&id=links-test-${salt}&expand=country-kuwait&at=AbCdEf.${'Qx3'.repeat(700)}&vp=0.81234_120.5_-40.1`;

describe('POST /api/links and GET /api/links/{id}', () => {
  it('stores a query string under its content hash and gives it back as stored', async () => {
    const search = longSearch('a');
    const res = await request(t.app).post('/api/links').send({ search });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const created = linkCreatedReply.parse(res.body);
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(created.search).toBe(search);
    expect(created.url).toMatch(new RegExp(`/\\?s=${created.id}$`));
    expect(res.headers.location).toBe(`/api/links/${created.id}`);
    const got = await request(t.app).get(`/api/links/${created.id}`);
    expect(got.status).toBe(200);
    expect(linkSchema.parse(got.body)).toEqual({ id: created.id, search, createdAt: created.createdAt });
    expect(await linkCount(created.id)).toBe(1);
  });

  it('the same state gets the same id, stored once; another state another id', async () => {
    const search = longSearch('b');
    const first = await request(t.app).post('/api/links').send({ search });
    const again = await request(t.app).post('/api/links').send({ search });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.createdAt).toBe(first.body.createdAt);
    expect(await linkCount(first.body.id)).toBe(1);
    const other = await request(t.app).post('/api/links').send({ search: longSearch('c') });
    expect(other.body.id).not.toBe(first.body.id);
  });

  it('an unknown or malformed id is a 404 JSON error', async () => {
    for (const id of ['AAAAAAAAAAAAAAAA', 'nope', '%E2%80%AE', 'x'.repeat(65)]) {
      const res = await request(t.app).get(`/api/links/${id}`);
      expect(res.status, id).toBe(404);
      expect(res.type).toBe('application/json');
      expect(res.body.error.code).toBe('not_found');
    }
  });

  it('a body over the limit is a 413 JSON error, and nothing is stored', async () => {
    const res = await request(t.app)
      .post('/api/links')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ search: `?v=node&id=links-test-big&at=${'A'.repeat(600 * 1024)}` }));
    expect(res.status).toBe(413);
    expect(res.type).toBe('application/json');
    expect(res.body.error.code).toBe('payload_too_large');
    // Within the byte limit but over the length the schema allows: a 400.
    const long = await request(t.app).post('/api/links').send({ search: `?${'a'.repeat(LINK_LIMITS.searchChars)}` });
    expect(long.status).toBe(400);
  });

  it('a body that is not a query string is a 400 JSON error', async () => {
    const bad: unknown[] = [{}, { search: '' }, { search: 'v=node' }, { search: '?a b' }, { search: '?a#b' }, { search: 12 }, { search: '?a', extra: 1 }, { search: '?\uD800' }, []];
    for (const body of bad) {
      const res = await request(t.app).post('/api/links').send(body as object);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_error');
    }
    const notJson = await request(t.app).post('/api/links').set('Content-Type', 'application/json').send('{"search":');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('invalid_json');
    const text = await request(t.app).post('/api/links').set('Content-Type', 'text/plain').send('?v=overview');
    expect(text.status).toBe(415);
  });

  it('storing a link leaves the graph reply cache as it was', async () => {
    const url = '/api/graph/neighbourhood?id=country-kuwait';
    await request(t.app).get(url);
    expect((await request(t.app).get(url)).headers['x-cache']).toBe('hit');
    expect((await request(t.app).post('/api/links').send({ search: longSearch('d') })).status).toBe(201);
    expect((await request(t.app).get(url)).headers['x-cache']).toBe('hit');
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await request(t.app).get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/api/links'] ?? {})).toContain('post');
    expect(Object.keys(doc.paths['/api/links/{id}'] ?? {})).toContain('get');
  });
});
