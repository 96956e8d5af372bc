/**
 * Snapshots against the real Neo4j and a real Chromium: stored under :_Snapshot (never :Entity) with their
 * sources frozen from the graph, validated and capped, paged, token-protected when API_TOKEN is set, served as
 * PNG (signature, size × scale) and SVG with embed-safe headers, 404 for an unknown id on every route, and
 * unchanged — JSON and pictures byte for byte — after the server restarts and the seed runs again.
 */
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { Response } from 'superagent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { LAYOUTS, snapshotSchema, type Snapshot } from '../../server/snapshots/schemas.ts';
import { closeSnapshotRenderer } from '../../server/snapshots/render.ts';
import { Gateway } from '../../server/neo4j/gateway.ts';
import { seedDatabase } from '../../server/seed/seed.ts';
import { LAYOUT_NAMES } from '../../client/src/layouts.ts';
import { pngDimensions } from '../e2e/harness.ts';
import { testConfig, testDb } from '../setup/db.ts';
import { agreementsGraph, frozenView, PNG_SIGNATURE, tmpCacheDir, type ApiGraphReply } from './snapshot-helpers.ts';

const TOKEN = 'snapshot-token-0123456789';
const ARTIFACTS = path.join(process.cwd(), 'test-artifacts', 'snapshots');

const db = testDb();
const cacheDir = tmpCacheDir();
const appWith = (env: Record<string, string> = {}) => createApp({ config: testConfig({ SNAPSHOT_CACHE_DIR: cacheDir, ...env }), db, neo4jMode: db.mode });
let app = appWith();
let graph: ApiGraphReply;
const created: string[] = [];

/** Collects a binary (or SVG) body as a Buffer. */
const bytes = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
const getBytes = (a: typeof app, url: string) => request(a).get(url).buffer(true).parse(bytes);

async function create(body: object, a = app, headers: Record<string, string> = {}): Promise<string> {
  const res = await request(a).post('/api/snapshots').set(headers).send(body);
  expect(res.status, JSON.stringify(res.body).slice(0, 400)).toBe(201);
  created.push(res.body.id);
  return res.body.id as string;
}

const snapshotCount = async () => Number((await db.driver.executeQuery('MATCH (s:_Snapshot) RETURN count(s) AS n', {}, { database: db.database })).records[0]!.get('n'));

beforeAll(async () => {
  graph = await agreementsGraph(app);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  for (const id of created) await request(app).delete(`/api/snapshots/${id}`);
  await closeSnapshotRenderer();
  await db.driver.close();
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

describe('POST /api/snapshots', () => {
  it('stores the frozen view under :_Snapshot with its sources read from the graph, and answers its URLs', async () => {
    const body = { title: 'Agreements, frozen', ...frozenView(graph) };
    const res = await request(app).post('/api/snapshots').set('Host', 'reports.example:8080').send(body);
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    created.push(id);
    expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(res.body.urls).toEqual({
      json: `http://reports.example:8080/api/snapshots/${id}`,
      png: `http://reports.example:8080/snapshots/${id}.png`,
      svg: `http://reports.example:8080/snapshots/${id}.svg`,
      embed: `http://reports.example:8080/embed/${id}`,
      explorer: `http://reports.example:8080/?snapshot=${id}`,
    });
    expect(res.headers.location).toBe(res.body.urls.json);

    const got = await request(app).get(`/api/snapshots/${id}`);
    expect(got.status).toBe(200);
    const s = snapshotSchema.parse(got.body);
    expect(s).toMatchObject({ id, title: 'Agreements, frozen', width: 900, height: 600, lang: 'en', layout: 'fcose', dataTime: '2026-01-15T10:00:00.000Z' });
    expect(s.counts).toEqual({ nodes: graph.nodes.length, edges: graph.edges.length });
    expect(s.graph.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(s.view.state.source).toEqual({ kind: 'agreements' });

    // Sources: exactly the Source nodes the elements cite, with the fields as the graph holds them now.
    const cited = new Set(graph.edges.flatMap((e) => (Array.isArray(e.properties.sources) ? (e.properties.sources as string[]) : [])));
    expect(cited.size).toBeGreaterThan(0);
    const fromGraph = await db.driver.executeQuery(
      'MATCH (s:Source:Entity) WHERE s.id IN $ids RETURN s.id AS id, s.publication AS publication, s.title AS title, s.titleAr AS titleAr, s.date AS date',
      { ids: [...cited] },
      { database: db.database },
    );
    expect(s.sources.map((x) => x.id).sort()).toEqual(fromGraph.records.map((r) => r.get('id') as string).sort());
    for (const r of fromGraph.records) {
      const src = s.sources.find((x) => x.id === r.get('id'))!;
      expect(src).toMatchObject({ publication: r.get('publication'), title: r.get('title'), titleAr: r.get('titleAr'), date: r.get('date') });
    }

    // Kept apart from the domain graph.
    const labels = await db.driver.executeQuery('MATCH (s {id: $id}) RETURN labels(s) AS l', { id }, { database: db.database });
    expect(labels.records.map((r) => r.get('l'))).toEqual([['_Snapshot']]);
    const search = await request(app).get('/api/search').query({ q: 'Agreements, frozen' });
    expect(JSON.stringify(search.body)).not.toContain(id);
  });

  it('keeps only real Source nodes among the cited ids, and uses PUBLIC_URL for the URLs when set', async () => {
    const pub = appWith({ PUBLIC_URL: 'https://graph.example.org/kg' });
    const fv = frozenView(graph);
    fv.view.sources = ['source-that-does-not-exist', 'country-kuwait', ...fv.view.sources];
    const res = await request(pub).post('/api/snapshots').send({ title: 'x', ...fv });
    expect(res.status).toBe(201);
    created.push(res.body.id);
    expect(res.body.urls.png).toBe(`https://graph.example.org/kg/snapshots/${res.body.id}.png`);
    const s = (await request(app).get(`/api/snapshots/${res.body.id}`)).body as Snapshot;
    expect(s.sources.map((x) => x.id).every((x) => x.startsWith('source-') && x !== 'source-that-does-not-exist')).toBe(true);
  });

  it('refuses bad bodies with a 400 naming the field, and writes nothing', async () => {
    const before = await snapshotCount();
    const ok = { title: 'ok', ...frozenView(graph) };
    const bad: [string, object, RegExp][] = [
      ['no title', { ...ok, title: '   ' }, /title/],
      ['no view', { title: 't', width: 900, height: 600 }, /view/],
      ['unknown layout', { ...ok, view: { ...ok.view, state: { ...ok.view.state, layout: 'spiral' } } }, /view\.state\.layout/],
      ['unknown language', { ...ok, view: { ...ok.view, state: { ...ok.view.state, lang: 'fr' } } }, /lang/],
      ['canvas too small', { ...ok, width: 10 }, /width/],
      ['zoom not positive', { ...ok, view: { ...ok.view, viewport: { zoom: 0, pan: { x: 0, y: 0 } } } }, /zoom/],
      ['position not a number', { ...ok, view: { ...ok.view, graph: { ...ok.view.graph, nodes: [{ ...ok.view.graph.nodes[0]!, position: { x: 'a', y: 1 } }] } } }, /position/],
      ['edge to a node not in the snapshot', { ...ok, view: { ...ok.view, graph: { nodes: ok.view.graph.nodes.slice(0, 1), edges: ok.view.graph.edges } } }, /source and target/],
      ['duplicate node', { ...ok, view: { ...ok.view, graph: { nodes: [ok.view.graph.nodes[0]!, ok.view.graph.nodes[0]!], edges: [] } } }, /duplicate/],
      ['not a frozen view', { ...ok, view: { ...ok.view, format: 'something-else' } }, /format/],
    ];
    for (const [what, body, field] of bad) {
      const res = await request(app).post('/api/snapshots').send(body);
      expect(res.status, what).toBe(400);
      expect(res.body.error.code, what).toBe('validation_error');
      expect(res.body.error.message, what).toMatch(field);
    }
    // Over 5,000 nodes.
    const many = Array.from({ length: 5001 }, (_, i) => ({ id: `n${i}`, labels: ['Person', 'Entity'], properties: {}, position: { x: i, y: 0 } }));
    const tooMany = await request(app).post('/api/snapshots').send({ ...ok, view: { ...ok.view, graph: { nodes: many, edges: [] } } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toMatch(/nodes/);
    // JSON nested deeper than the cap, in a property.
    let deep: unknown = 'x';
    for (let i = 0; i < 200; i++) deep = [deep];
    const nested = await request(app).post('/api/snapshots').send({ ...ok, view: { ...ok.view, graph: { nodes: [{ ...ok.view.graph.nodes[0]!, properties: { deep } }], edges: [] } } });
    expect(nested.status).toBe(400);
    expect(nested.body.error.message).toMatch(/nested deeper/);
    const notJson = await request(app).post('/api/snapshots').set('content-type', 'application/json').send('{"title":');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('invalid_json');
    expect(await snapshotCount()).toBe(before);
  });

  it('takes bodies over the API default limit (100 kB) up to SNAPSHOT_BODY_LIMIT, and answers 413 past it', async () => {
    const fv = frozenView(graph);
    fv.view.graph.nodes[0]!.properties = { ...fv.view.graph.nodes[0]!.properties, note: 'n'.repeat(300_000) };
    const body = { title: 'big', ...fv };
    expect(JSON.stringify(body).length).toBeGreaterThan(300_000);
    await create(body);
    const small = appWith({ SNAPSHOT_BODY_LIMIT: '50kb' });
    const res = await request(small).post('/api/snapshots').send(body);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    // Other routes keep the default limit.
    const q = await request(app).post('/api/cypher').send({ query: `RETURN '${'x'.repeat(150_000)}' AS x` });
    expect(q.status).toBe(413);
  });
});

describe('GET /api/snapshots (paged) and DELETE', () => {
  it('lists newest first, by cursor or offset, to the end', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await create({ title: `page ${i}`, ...frozenView(graph) }));
    const all: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await request(app).get('/api/snapshots').query({ limit: 2, ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      all.push(...res.body.items.map((s: { id: string }) => s.id));
      expect(res.body.total).toBeGreaterThanOrEqual(3);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(ids));
    // Newest first: the three just made come in reverse order of creation.
    const order = ids.map((id) => all.indexOf(id));
    expect(order[0]).toBeGreaterThan(order[1]!);
    expect(order[1]).toBeGreaterThan(order[2]!);
    const first = await request(app).get('/api/snapshots').query({ limit: 1 });
    expect(first.body.items[0]).toMatchObject({ id: ids[2], title: 'page 2', lang: 'en', counts: { nodes: graph.nodes.length, edges: graph.edges.length } });
    const second = await request(app).get('/api/snapshots').query({ limit: 1, offset: 1 });
    expect(second.body.items[0].id).toBe(ids[1]);
    expect((await request(app).get('/api/snapshots').query({ cursor: 'nonsense' })).status).toBe(400);
    expect((await request(app).get('/api/snapshots').query({ cursor: first.body.nextCursor, offset: 1 })).status).toBe(400);
    expect((await request(app).get('/api/snapshots').query({ limit: 101 })).status).toBe(400);
  });

  it('deletes a snapshot: 204, then 404 everywhere and its cached pictures gone', async () => {
    const id = await create({ title: 'to delete', ...frozenView(graph) });
    expect((await getBytes(app, `/snapshots/${id}.svg`)).status).toBe(200);
    expect(fs.readdirSync(cacheDir).some((f) => f.startsWith(`${id}.`))).toBe(true);
    expect((await request(app).delete(`/api/snapshots/${id}`)).status).toBe(204);
    expect(fs.readdirSync(cacheDir).some((f) => f.startsWith(`${id}.`))).toBe(false);
    for (const url of [`/api/snapshots/${id}`, `/snapshots/${id}.png`, `/snapshots/${id}.svg`, `/embed/${id}`]) {
      expect((await request(app).get(url)).status, url).toBe(404);
    }
    expect((await request(app).delete(`/api/snapshots/${id}`)).status).toBe(404);
  });
});

describe('unknown ids and the token', () => {
  it('answers a JSON 404 for an unknown or malformed id on every route', async () => {
    for (const id of ['AAAAAAAAAAAA', 'nope', '..%2F..%2Fpackage.json', 'a'.repeat(200)]) {
      for (const url of [`/api/snapshots/${id}`, `/snapshots/${id}.png`, `/snapshots/${id}.svg`, `/embed/${id}`]) {
        const res = await request(app).get(url);
        expect(res.status, url).toBe(404);
        expect(res.type, url).toBe('application/json');
        expect(res.body.error.code, url).toBe('not_found');
      }
      expect((await request(app).delete(`/api/snapshots/${id}`)).status).toBe(404);
    }
    expect((await request(app).get('/snapshots/whatever.gif')).status).toBe(404);
    expect((await request(app).get('/snapshots/AAAAAAAAAAAA')).status).toBe(404);
  });

  it('needs the bearer token to create or delete when API_TOKEN is set; reads stay open', async () => {
    const locked = appWith({ API_TOKEN: TOKEN });
    const body = { title: 'locked', ...frozenView(graph) };
    const before = await snapshotCount();
    const anon = await request(locked).post('/api/snapshots').send(body);
    expect(anon.status).toBe(401);
    expect(anon.body.error.code).toBe('unauthorized');
    expect(anon.headers['www-authenticate']).toBe('Bearer');
    expect((await request(locked).post('/api/snapshots').set('Authorization', 'Bearer wrong-token-xyz').send(body)).status).toBe(401);
    expect(await snapshotCount()).toBe(before);
    const id = await create(body, locked, { Authorization: `Bearer ${TOKEN}` });
    expect((await request(locked).get(`/api/snapshots/${id}`)).status).toBe(200);
    expect((await request(locked).get('/api/snapshots')).status).toBe(200);
    expect((await request(locked).delete(`/api/snapshots/${id}`)).status).toBe(401);
    expect((await request(locked).delete(`/api/snapshots/${id}`).set('Authorization', `Bearer ${TOKEN}`)).status).toBe(204);
  });
});

describe('pictures', () => {
  let id: string;
  let snapshot: Snapshot;
  beforeAll(async () => {
    id = await create({ title: 'Kuwait & Turkey <agreements>', ...frozenView(graph) });
    snapshot = (await request(app).get(`/api/snapshots/${id}`)).body as Snapshot;
  });

  it('PNG: a PNG, as wide as the canvas, twice as wide and tall at ?scale=2', async () => {
    const one = await getBytes(app, `/snapshots/${id}.png`);
    expect(one.status).toBe(200);
    expect(one.headers['content-type']).toBe('image/png');
    const png1 = one.body as Buffer;
    expect(png1.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const d1 = pngDimensions(png1);
    expect(d1.width).toBe(snapshot.width);
    // The canvas plus a title above and the sources below.
    expect(d1.height).toBeGreaterThan(snapshot.height + 40);
    expect(d1.height).toBeLessThan(snapshot.height + 200);
    const two = await getBytes(app, `/snapshots/${id}.png?scale=2`);
    const d2 = pngDimensions(two.body as Buffer);
    expect(d2).toEqual({ width: 2 * d1.width, height: 2 * d1.height });
    fs.writeFileSync(path.join(ARTIFACTS, 'api-agreements@1x.png'), png1);
    fs.writeFileSync(path.join(ARTIFACTS, 'api-agreements@2x.png'), two.body as Buffer);
    expect((await request(app).get(`/snapshots/${id}.png?scale=9`)).status).toBe(400);
  });

  it('SVG: an SVG document with the title escaped, the names shown and the sources', async () => {
    const res = await getBytes(app, `/snapshots/${id}.svg`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    const svg = (res.body as Buffer).toString('utf8');
    fs.writeFileSync(path.join(ARTIFACTS, 'api-agreements.svg'), svg);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`width="${snapshot.width}"`);
    expect(svg).toContain('Kuwait &amp; Turkey &lt;agreements&gt;');
    expect(svg).not.toContain('<agreements>');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const all = texts.join(' ').replace(/\s+/g, ' ');
    for (const name of ['Kuwait', 'Turkey', 'Ministry of Defence', 'Kuwait National Guard']) expect(all).toContain(name);
    expect(all).toMatch(/^.*Sources: .*(Al-Qabas|Political Keys)/);
  });

  it('are embeddable: CSP with frame-ancestors, no X-Frame-Options, cross-origin loads, no cookies', async () => {
    for (const url of [`/snapshots/${id}.png`, `/snapshots/${id}.svg`, `/embed/${id}`]) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(200);
      // `*` alone would refuse a report opened from disk (file:), so "any" names those schemes too.
      expect(res.headers['content-security-policy'], url).toMatch(/frame-ancestors \* file: data: blob:(;|$)/);
      expect(res.headers['content-security-policy'], url).toMatch(/default-src 'none'/);
      expect(res.headers['x-frame-options'], url).toBeUndefined();
      expect(res.headers['cross-origin-resource-policy'], url).toBe('cross-origin');
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
    expect((await request(app).get(`/embed/${id}`)).headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect((await request(app).get(`/snapshots/${id}.svg`)).headers['content-security-policy']).toMatch(/sandbox/);
    // Elsewhere the app keeps helmet's SAMEORIGIN.
    expect((await request(app).get('/api/schema')).headers['x-frame-options']).toBe('SAMEORIGIN');
    const strict = appWith({ EMBED_FRAME_ANCESTORS: 'https://reports.example.org' });
    expect((await request(strict).get(`/embed/${id}`)).headers['content-security-policy']).toMatch(/frame-ancestors https:\/\/reports\.example\.org(;|$)/);
  });

  it('answers a clear 503 when Chromium is missing', async () => {
    const noChromium = createApp({ config: testConfig({ SNAPSHOT_CACHE_DIR: tmpCacheDir(), CHROMIUM_PATH: '/nonexistent/chromium' }), db, neo4jMode: db.mode });
    const res = await request(noChromium).get(`/snapshots/${id}.png`);
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('renderer_unavailable');
    expect(res.body.error.message).toMatch(/Chromium.*\/nonexistent\/chromium/);
  });
});

describe('permanence', () => {
  // Two full seeds: the run's DBMS starts on a copy of the seeded store, so these may be its first (cold) ones.
  it('serves a snapshot unchanged — JSON and pictures, byte for byte — after a restart and a re-seed', async () => {
    const id = await create({ title: 'Before the re-seed', ...frozenView(graph) });
    const json1 = (await getBytes(app, `/api/snapshots/${id}`)).body as Buffer;
    const png1 = (await getBytes(app, `/snapshots/${id}.png`)).body as Buffer;
    const svg1 = (await getBytes(app, `/snapshots/${id}.svg`)).body as Buffer;

    // The domain graph is wiped and re-seeded (a marker on a domain node shows the wipe really happened).
    await db.driver.executeQuery("MATCH (n:Entity {id: 'country-kuwait'}) SET n.wipeMarker = true", {}, { database: db.database });
    await seedDatabase(new Gateway(db), { reset: true });
    const marker = await db.driver.executeQuery("MATCH (n:Entity {id: 'country-kuwait'}) RETURN n.wipeMarker AS m", {}, { database: db.database });
    expect(marker.records.map((r) => r.get('m'))).toEqual([null]);
    const stored = JSON.parse(json1.toString('utf8')) as Snapshot;
    // A source's headline changes in the graph; the snapshot keeps the one it cited.
    const sourceId = stored.sources[0]!.id;
    await db.driver.executeQuery("MATCH (s:Source {id: $id}) SET s.title = 'CHANGED'", { id: sourceId }, { database: db.database });

    // A new app on the same database, with an empty picture cache: everything comes from the stored snapshot.
    const fresh = createApp({ config: testConfig({ SNAPSHOT_CACHE_DIR: tmpCacheDir() }), db, neo4jMode: db.mode });
    try {
      const json2 = (await getBytes(fresh, `/api/snapshots/${id}`)).body as Buffer;
      expect(json2.equals(json1)).toBe(true);
      const svg2 = (await getBytes(fresh, `/snapshots/${id}.svg`)).body as Buffer;
      expect(svg2.equals(svg1)).toBe(true);
      const png2 = (await getBytes(fresh, `/snapshots/${id}.png`)).body as Buffer;
      expect(pngDimensions(png2)).toEqual(pngDimensions(png1));
      expect(png2.equals(png1)).toBe(true);
    } finally {
      await seedDatabase(new Gateway(db)); // puts the source's title back
    }
    const title = await db.driver.executeQuery('MATCH (s:Source {id: $id}) RETURN s.title AS t', { id: sourceId }, { database: db.database });
    expect(title.records[0]!.get('t')).toBe(stored.sources[0]!.title);
  }, 240_000);
});

describe('schemas', () => {
  it('accepts the same layouts as the explorer', () => {
    expect([...LAYOUTS]).toEqual([...LAYOUT_NAMES]);
  });
});
