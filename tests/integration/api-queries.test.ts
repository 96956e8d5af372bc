/**
 * Saved queries: every file query runs with its defaults on the seeded graph and says something true;
 * parameters are checked and coerced; user queries are saved under :_SavedQuery (never :Entity), checked
 * read-only when saved, need the bearer token when API_TOKEN is set, and are never lost or overwritten.
 */
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { queryRunReply, savedQuerySchema } from '../../server/queries/schemas.ts';
import { AMBASSADOR, EMIR, ERDOGAN, FIEP, fingerprint, makeApp, NATIONAL_GUARD, TURKEY, type TestApp } from './api-helpers.ts';

const TOKEN = 'test-token-0123456789';
let t: TestApp; // no API_TOKEN: writes are open
let locked: TestApp; // API_TOKEN set
const created: string[] = [];

beforeAll(() => {
  t = makeApp();
  locked = makeApp({ API_TOKEN: TOKEN });
});
afterAll(async () => {
  for (const id of created) await request(t.app).delete(`/api/queries/${id}`);
  await t.close();
  await locked.close();
});

interface Run {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: { nodes: { id: string }[]; edges: { id: string; source: string; target: string }[] };
}

const run = async (id: string, params: Record<string, unknown> = {}, app = t.app): Promise<Run> => {
  const res = await request(app).post(`/api/queries/${id}/run`).send({ params });
  expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200);
  queryRunReply.parse(res.body);
  return res.body as Run;
};

const userQueryCount = async () => Number((await t.db.driver.executeQuery('MATCH (q:_SavedQuery) RETURN count(q) AS n')).records[0]!.get('n'));

describe('file queries', () => {
  it('lists at least eight, read-only, with typed parameters', async () => {
    const res = await request(t.app).get('/api/queries');
    expect(res.status).toBe(200);
    const files = (res.body as { id: string; origin: string; readOnly: boolean; title: string }[]).filter((q) => q.origin === 'file');
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const q of res.body) savedQuerySchema.parse(q);
    for (const q of files) {
      expect(q.readOnly).toBe(true);
      expect(q.title).toBeTruthy();
    }
    const ids = files.map((q) => q.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'who-signed-what-with-whom',
        'everything-touching-an-actor',
        'agreements-in-a-date-range',
        'connection-between-two-actors',
        'memberships-in-international-organisations',
        'training-programmes-and-providers',
        'kuwaiti-institutions-and-turkish-counterparts',
        'facts-supported-by-a-source',
      ]),
    );
  });

  it('every file query runs with its defaults and returns rows and a consistent graph', async () => {
    const list = (await request(t.app).get('/api/queries')).body as { id: string; origin: string }[];
    for (const q of list.filter((x) => x.origin === 'file')) {
      const r = await run(q.id);
      expect(r.rows.length, q.id).toBeGreaterThan(0);
      expect(r.graph.nodes.length, q.id).toBeGreaterThan(0);
      const ids = new Set(r.graph.nodes.map((n) => n.id));
      for (const e of r.graph.edges) expect(ids.has(e.source) && ids.has(e.target), `${q.id} ${e.id}`).toBe(true);
    }
  });

  it('who signed what with whom: the protocol the Emir and Erdoğan oversaw', async () => {
    const r = await run('who-signed-what-with-whom');
    const row = r.rows.find((x) => String(x['agreement']).startsWith('Executive Protocol'))!;
    expect(row['oversawBy']).toEqual(expect.arrayContaining(['Recep Tayyip Erdoğan', 'Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah']));
    expect((row['parties'] as string[]).some((p) => p.startsWith('Ministry of Defence (Kuwait)'))).toBe(true);
    expect(r.graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([EMIR, ERDOGAN]));
    const pending = await run('who-signed-what-with-whom', { status: 'under_negotiation' });
    expect(pending.rows.map((x) => x['status'])).toEqual(['under_negotiation']);
  });

  it('everything touching an actor, for the ambassador', async () => {
    const r = await run('everything-touching-an-actor', { actor: AMBASSADOR });
    expect(r.rows.some((x) => x['relationship'] === 'AMBASSADOR_OF' && x['otherName'] === 'Turkey')).toBe(true);
    expect(r.rows.every((x) => x['relationship'] !== 'MENTIONED_IN')).toBe(true);
    expect(r.graph.nodes.map((n) => n.id)).toContain(TURKEY);
  });

  it('the connection between the Emir and FIEP goes through the National Guard', async () => {
    const r = await run('connection-between-two-actors');
    expect(r.rows.length).toBeGreaterThan(0);
    for (const row of r.rows) {
      const p = row['p'] as { nodes: string[] };
      expect(p.nodes[0]).toBe(EMIR);
      expect(p.nodes.at(-1)).toBe(FIEP);
      expect(p.nodes).toContain(NATIONAL_GUARD);
    }
  });

  it('memberships: the National Guard in FIEP, observer then full member, since 2018', async () => {
    const r = await run('memberships-in-international-organisations');
    const statuses = r.rows.filter((x) => x['memberName'] === 'Kuwait National Guard').map((x) => x['status']);
    expect(statuses.sort()).toEqual(['full', 'observer']);
    expect(r.rows.every((x) => String(x['since']).startsWith('2018'))).toBe(true);
  });

  it('every fact a source supports comes with a verbatim quote from that source', async () => {
    const source = 'source-political-keys-kuwait-turkey-defence-agreement';
    const r = await run('facts-supported-by-a-source', { source });
    const text = fs.readFileSync(path.join(projectRoot, 'data/sources/political-keys-kuwait-turkey-defence-agreement/article.txt'), 'utf8');
    expect(r.rows.length).toBeGreaterThan(5);
    for (const row of r.rows) expect(text.includes(String(row['quote'])), String(row['quote'])).toBe(true);
    const withMentions = await run('facts-supported-by-a-source', { source, mentions: 'true' });
    expect(withMentions.rows.length).toBeGreaterThan(r.rows.length);
  });

  it('agreements in a date range follow the window', async () => {
    const r = await run('agreements-in-a-date-range', { from: '2025', to: '2025-12-31' });
    expect(r.rows.length).toBeGreaterThan(0);
    expect(r.rows.every((x) => String(x['date']).startsWith('2025'))).toBe(true);
    const early = await run('agreements-in-a-date-range', { from: '2000', to: '2023-12' });
    expect(early.rows.map((x) => x['agreement'])).toEqual(['Kuwait Bayraktar TB2 purchase contract (2023)']);
  });

  it('coerces parameter strings to their types', async () => {
    const r = await run('find-by-name', { q: 'kuwait', limit: '2' });
    expect(r.rows).toHaveLength(2);
    const p = await run('purchases-and-contract-values', { minValue: '400000000' });
    expect(p.rows).toHaveLength(0);
  });

  it('find-by-name searches the words as typed: Lucene syntax in a name is plain text, not a 400', async () => {
    for (const q of ['"Kuwait', 'Kuwait AND', '(Turkey]', 'guard:national', 'a\\b', '*', '   ', 'NOT', '~1 ^2 /x/']) {
      const res = await request(t.app).post('/api/queries/find-by-name/run').send({ params: { q, limit: 5 } });
      expect(res.status, q).toBe(200);
    }
    const quoted = await run('find-by-name', { q: '"Kuwait"', limit: '3' });
    expect(quoted.rows.map((x) => x['name'])).toContain('Kuwait');
    expect((await run('find-by-name', { q: '   ' })).rows).toEqual([]);
  });

  it('answers 400 naming the parameter on a mismatch, 404 for an unknown node or query', async () => {
    const cases: [string, Record<string, unknown>, number, RegExp][] = [
      ['find-by-name', { limit: 'ten' }, 400, /params\.limit/],
      ['find-by-name', { limit: 1.5 }, 400, /params\.limit/],
      ['find-by-name', { nope: 1 }, 400, /params\.nope: not a parameter/],
      ['agreements-in-a-date-range', { from: '2025-02-30' }, 400, /params\.from/],
      ['facts-supported-by-a-source', { mentions: 'yes' }, 400, /params\.mentions/],
      ['purchases-and-contract-values', { minValue: 'lots' }, 400, /params\.minValue/],
      ['everything-touching-an-actor', { actor: 'no-such-node' }, 404, /params\.actor: no node/],
      ['everything-touching-an-actor', { actor: { id: 'x' } }, 400, /params\.actor/],
      // An enum names the allowed values.
      ['who-signed-what-with-whom', { status: 'ratified' }, 400, /params\.status: enum: expected one of signed, under_negotiation, planned, got "ratified"/],
      ['who-signed-what-with-whom', { status: 'Signed' }, 400, /params\.status/],
    ];
    for (const [id, params, status, message] of cases) {
      const res = await request(t.app).post(`/api/queries/${id}/run`).send({ params });
      expect(res.status, `${id} ${JSON.stringify(params)}`).toBe(status);
      expect(res.body.error.message).toMatch(message);
    }
    expect((await request(t.app).post('/api/queries/no-such-query/run').send({})).status).toBe(404);
    expect((await request(t.app).get('/api/queries/no-such-query')).status).toBe(404);
    expect((await request(t.app).post('/api/queries/find-by-name/run').send({ params: [] })).status).toBe(400);
  });

  it('lists an enum parameter with its allowed values, and takes each of them', async () => {
    const list = (await request(t.app).get('/api/queries')).body as { id: string; params: { name: string; type: string; values?: string[]; default?: unknown }[] }[];
    const status = list.find((q) => q.id === 'who-signed-what-with-whom')!.params.find((p) => p.name === 'status');
    expect(status).toEqual({ name: 'status', type: 'enum', values: ['signed', 'under_negotiation', 'planned'], default: null });
    for (const value of status!.values!) {
      const r = await run('who-signed-what-with-whom', { status: value });
      expect(new Set(r.rows.map((x) => x['status'])), value).toEqual(new Set(r.rows.length ? [value] : []));
    }
  });

  it('saves a user query with an enum parameter, and refuses an enum without values or a default outside them', async () => {
    const cypher = '// @title Agreements by status\n// @param s:enum(signed|planned)=signed\nMATCH (a:Agreement) WHERE a.status = $s RETURN a.name AS name';
    const res = await request(t.app).post('/api/queries').send({ cypher });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.params).toEqual([{ name: 's', type: 'enum', values: ['signed', 'planned'], default: 'signed' }]);
    const ran = await request(t.app).post(`/api/queries/${res.body.id}/run`).send({ params: { s: 'planned' } });
    expect(ran.status).toBe(200);
    expect((await request(t.app).post(`/api/queries/${res.body.id}/run`).send({ params: { s: 'other' } })).body.error.message).toMatch(/params\.s: enum: expected one of signed, planned/);
    await request(t.app).delete(`/api/queries/${res.body.id}`);
    const bad: [unknown, RegExp][] = [
      [{ cypher: '// @title X\n// @param s:enum()\nRETURN $s AS s' }, /enum must list its values/],
      [{ cypher: '// @title X\n// @param s:enum(a|b)=c\nRETURN $s AS s' }, /default expected one of a, b/],
      [{ cypher: '// @title X\nRETURN $s AS s', params: [{ name: 's', type: 'enum' }] }, /values/],
      [{ cypher: '// @title X\nRETURN $s AS s', params: [{ name: 's', type: 'enum', values: ['a'], default: 'z' }] }, /params\.s\.default: expected one of a/],
    ];
    for (const [body, message] of bad) {
      const r = await request(t.app).post('/api/queries').send(body as object);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(r.body.error), JSON.stringify(body)).toMatch(message);
    }
  });

  it('file queries cannot be changed or deleted through the API', async () => {
    const put = await request(t.app).put('/api/queries/find-by-name').send({ title: 'x', cypher: 'RETURN 1 AS one' });
    expect(put.status).toBe(403);
    expect(put.body.error.code).toBe('read_only_query');
    expect((await request(t.app).delete('/api/queries/find-by-name')).status).toBe(403);
    expect((await request(t.app).get('/api/queries/find-by-name')).body.cypher).toMatch(/@title Find nodes by name/);
  });
});

describe('user queries', () => {
  it('are saved, read, run, updated with a version check and deleted', async () => {
    const title = 'Parties of <b>an agreement</b> <script>alert(1)</script>';
    const cypher = 'MATCH (p:Entity)-[r:PARTY_TO]->(a:Agreement {id: $agreement}) RETURN p.name AS party, r.role AS role, p, r, a';
    const res = await request(t.app)
      .post('/api/queries')
      .send({ title, description: 'Who is party to one agreement', cypher, params: [{ name: 'agreement', type: 'nodeId', default: 'agreement-kuwait-tb2-contract-2023' }] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const q = savedQuerySchema.parse(res.body);
    created.push(q.id);
    expect(q).toEqual(expect.objectContaining({ title, origin: 'user', readOnly: false, version: 1, cypher }));
    expect(q.id).toMatch(/^parties-of-b-an-agreement-[a-z0-9-]+-[0-9a-f]{8}$/);

    expect((await request(t.app).get(`/api/queries/${q.id}`)).body.title).toBe(title);
    expect(((await request(t.app).get('/api/queries')).body as { id: string }[]).map((x) => x.id)).toContain(q.id);

    const r = await run(q.id);
    expect(r.rows.map((x) => x['role']).sort()).toEqual(['buyer', 'seller']);
    const r2 = await run(q.id, { agreement: 'agreement-executive-protocol-defence-procurement-2024' });
    expect(r2.rows.length).toBe(4);

    // An update must still declare what the query uses.
    const undeclared = await request(t.app).put(`/api/queries/${q.id}`).send({ title: 'Parties', cypher, version: 1 });
    expect(undeclared.status).toBe(400);
    expect(undeclared.body.error.message).toMatch(/\$agreement/);
    const upd = await request(t.app)
      .put(`/api/queries/${q.id}`)
      .send({ title: 'Parties', cypher, params: [{ name: 'agreement', type: 'nodeId', default: 'agreement-kuwait-turkey-defence-cooperation' }], version: 1 });
    expect(upd.status, JSON.stringify(upd.body)).toBe(200);
    expect(upd.body.version).toBe(2);
    expect(upd.body.createdAt).toBe(q.createdAt);
    expect((await run(q.id)).rows.map((x) => x['party']).sort()).toEqual(['Kuwait', 'Turkey']);
    const stale = await request(t.app).put(`/api/queries/${q.id}`).send({ title: 'Stale edit', cypher: 'RETURN 1 AS one', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentVersion).toBe(2);
    expect((await request(t.app).get(`/api/queries/${q.id}`)).body.title).toBe('Parties');

    const del = await request(t.app).delete(`/api/queries/${q.id}`);
    expect(del.status).toBe(204);
    expect((await request(t.app).get(`/api/queries/${q.id}`)).status).toBe(404);
    expect((await request(t.app).delete(`/api/queries/${q.id}`)).status).toBe(404);
  });

  it('take title, description and params from the query’s own header', async () => {
    const cypher = '// @title Members since a year\n// @description Memberships from a year on\n// @param year:date=2018\nMATCH (m)-[r:MEMBER_OF]->(o) WHERE r.since >= $year RETURN m.name AS member, r.status AS status, o.name AS org';
    const res = await request(t.app).post('/api/queries').send({ cypher });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    created.push(res.body.id);
    expect(res.body).toEqual(expect.objectContaining({ title: 'Members since a year', description: 'Memberships from a year on', params: [{ name: 'year', type: 'date', default: '2018' }] }));
    const r = await run(res.body.id);
    expect(r.rows.length).toBe(2);
  });

  it('are refused when they would write, or are not valid, and nothing is stored', async () => {
    const count = await userQueryCount();
    const bad: [Record<string, unknown>, number, string][] = [
      [{ title: 'w', cypher: "MATCH (n:Entity) SET n.name = 'x'" }, 400, 'read_only_violation'],
      [{ title: 'w', cypher: 'MATCH (n) DETACH DELETE n' }, 400, 'read_only_violation'],
      [{ title: 'w', cypher: "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l" }, 400, 'read_only_violation'],
      [{ title: 'w', cypher: 'CALL dbms.components()' }, 400, 'read_only_violation'],
      [{ title: 'w', cypher: 'RETURN 1; RETURN 2' }, 400, 'read_only_violation'],
      [{ title: 'w', cypher: 'MATCH (n RETURN n' }, 400, 'cypher_syntax_error'],
      [{ title: 'w', cypher: 'RETURN $x AS x' }, 400, 'bad_request'],
      [{ title: 'w', cypher: 'RETURN 1 AS one', params: [{ name: 'x', type: 'int' }] }, 400, 'bad_request'],
      [{ title: 'w', cypher: 'RETURN $x AS x', params: [{ name: 'x', type: 'int', default: 'abc' }] }, 400, 'bad_request'],
      [{ title: 'w', cypher: 'RETURN $x AS x', params: [{ name: 'x', type: 'integer' }] }, 400, 'validation_error'],
      [{ title: 'w', cypher: 'RETURN $x AS x', params: [{ name: 'x', type: 'int' }, { name: 'x', type: 'int' }] }, 400, 'validation_error'],
      [{ cypher: 'RETURN 1 AS one' }, 400, 'bad_request'],
      [{ title: 'w' }, 400, 'validation_error'],
      [{ title: 'x'.repeat(201), cypher: 'RETURN 1 AS one' }, 400, 'validation_error'],
      [{ title: 'bad \ud800 text', cypher: 'RETURN 1 AS one' }, 400, 'validation_error'],
      [{ title: 'w', cypher: '// @title T\n// @param n:number=1\nRETURN $n' }, 400, 'bad_request'],
    ];
    for (const [body, status, code] of bad) {
      const res = await request(t.app).post('/api/queries').send(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.code, JSON.stringify(body)).toBe(code);
    }
    expect(await userQueryCount()).toBe(count);
  });

  it('live apart from the domain graph: not :Entity, not found by search or exploration', async () => {
    const res = await request(t.app).post('/api/queries').send({ title: 'Zanzibarian unique title', cypher: 'MATCH (c:Country) RETURN c' });
    expect(res.status).toBe(201);
    created.push(res.body.id);
    const leaked = await t.db.driver.executeQuery('MATCH (q:_SavedQuery) WHERE q:Entity RETURN count(q) AS n');
    expect(Number(leaked.records[0]!.get('n'))).toBe(0);
    expect((await request(t.app).get('/api/search?q=Zanzibarian')).body).toEqual([]);
    const overview = await request(t.app).get('/api/graph/overview?limit=5000&labels=Country,Person');
    expect(JSON.stringify(overview.body)).not.toContain('Zanzibarian');
    const schema = await request(t.app).get('/api/schema');
    expect(JSON.stringify(schema.body)).not.toContain('_SavedQuery');
  });

  it('survive a restart of the app (they are in Neo4j, not in memory)', async () => {
    const res = await request(t.app).post('/api/queries').send({ title: 'Survivor', cypher: 'RETURN 42 AS answer' });
    created.push(res.body.id);
    const fresh = makeApp();
    try {
      const got = await request(fresh.app).get(`/api/queries/${res.body.id}`);
      expect(got.status).toBe(200);
      expect(got.body.cypher).toBe('RETURN 42 AS answer');
      expect((await run(res.body.id, {}, fresh.app)).rows).toEqual([{ answer: 42 }]);
    } finally {
      await fresh.close();
    }
  });

  it('need the bearer token for every write when API_TOKEN is set; reads and runs do not', async () => {
    const body = { title: 'Locked', cypher: 'RETURN 1 AS one' };
    const none = await request(locked.app).post('/api/queries').send(body);
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('unauthorized');
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect((await request(locked.app).post('/api/queries').set('Authorization', 'Bearer wrong-token-000').send(body)).status).toBe(401);
    expect((await request(locked.app).post('/api/queries').set('Authorization', `Basic ${TOKEN}`).send(body)).status).toBe(401);
    const ok = await request(locked.app).post('/api/queries').set('Authorization', `Bearer ${TOKEN}`).send(body);
    expect(ok.status).toBe(201);
    created.push(ok.body.id);
    expect((await request(locked.app).put(`/api/queries/${ok.body.id}`).send(body)).status).toBe(401);
    expect((await request(locked.app).delete(`/api/queries/${ok.body.id}`)).status).toBe(401);
    expect((await request(locked.app).get(`/api/queries/${ok.body.id}`)).status).toBe(200);
    expect((await request(locked.app).post(`/api/queries/${ok.body.id}/run`).send({})).status).toBe(200);
    const del = await request(locked.app).delete(`/api/queries/${ok.body.id}`).set('Authorization', `Bearer ${TOKEN}`);
    expect(del.status).toBe(204);
  });

  it('saving and running queries never touches the domain graph', async () => {
    const domain = async () => {
      const f = await fingerprint(t.db);
      const r = await t.db.driver.executeQuery('MATCH (n:Entity) WITH count(n) AS n MATCH (:Entity)-[r]->(:Entity) RETURN n, count(r) AS r');
      return { n: Number(r.records[0]!.get('n')), r: Number(r.records[0]!.get('r')), total: f.nodes - (await userQueryCount()) };
    };
    const before = await domain();
    const res = await request(t.app).post('/api/queries').send({ title: 'Counts', cypher: 'MATCH (n:Entity) RETURN count(n) AS n' });
    created.push(res.body.id);
    await run(res.body.id);
    expect(await domain()).toEqual(before);
  });
});
