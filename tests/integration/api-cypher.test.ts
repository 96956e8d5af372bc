/**
 * POST /api/cypher: reads run and come back as {columns, rows, graph}; every write, in every disguise, is
 * refused before it runs, and the graph (counts and a checksum of every property) is unchanged at the end.
 */
import request from 'supertest';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lexicalCheck, planCheck, ReadOnlyViolation } from '../../server/cypher/readonly.ts';
import { runReply } from '../../server/cypher/schemas.ts';
import { fingerprint, type Fingerprint } from '../setup/checksum.ts';
import { AMBASSADOR, EMIR, FIEP, makeApp, TURKEY, type TestApp } from './api-helpers.ts';

let t: TestApp;
let before: Fingerprint;
beforeAll(async () => {
  // A generous rate limit here; the limit itself is tested with its own app below.
  t = makeApp({ CYPHER_RATE_LIMIT_PER_MIN: '10000' });
  before = await fingerprint(t.db);
});
afterAll(async () => {
  await t.close();
});

const cypher = (body: unknown, app = t.app) => request(app).post('/api/cypher').send(body as object);

describe('read-only queries', () => {
  it('return columns, rows keyed by column, and the graph of every node and relationship in them', async () => {
    const res = await cypher({
      query: 'MATCH (p:Person {id: $id})-[r:AMBASSADOR_OF]->(c) RETURN p.name AS name, p, r, c',
      params: { id: AMBASSADOR },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = runReply.parse(res.body);
    expect(body.columns).toEqual(['name', 'p', 'r', 'c']);
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0]!['name']).toBe('Tuba Nur Sönmez');
    expect(body.rows[0]!['r']).toEqual(expect.objectContaining({ type: 'AMBASSADOR_OF', source: AMBASSADOR, target: TURKEY }));
    expect(body.graph.nodes.map((n) => n.id).sort()).toEqual([TURKEY, AMBASSADOR].sort());
    expect(body.graph.edges).toHaveLength(1);
    expect(body.truncated).toBe(false);
  });

  it('fetches the end nodes of relationships returned alone, so edges can be drawn', async () => {
    const res = await cypher({ query: "MATCH (:Entity {id: 'org-fiep'})<-[r:MEMBER_OF]-() RETURN r" });
    expect(res.status).toBe(200);
    expect(res.body.rows.length).toBeGreaterThan(0);
    for (const row of res.body.rows) expect(row.r.target).toBe(FIEP);
    expect(res.body.graph.nodes.map((n: { id: string }) => n.id)).toContain(FIEP);
    expect(res.body.graph.edges.length).toBe(res.body.rows.length);
  });

  it('lists paths as node and edge ids, with the full path in the graph', async () => {
    const res = await cypher({
      query: 'MATCH p = SHORTEST 1 (a:Entity {id: $a})-[:HEAD_OF|PART_OF|MEMBER_OF]-+(b:Entity {id: $b}) RETURN p, length(p) AS hops',
      params: { a: EMIR, b: FIEP },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const p = res.body.rows[0].p as { length: number; nodes: string[]; edges: string[] };
    expect(p.nodes[0]).toBe(EMIR);
    expect(p.nodes.at(-1)).toBe(FIEP);
    expect(p.edges).toHaveLength(res.body.rows[0].hops);
    expect(res.body.graph.edges).toHaveLength(p.length);
  });

  it('sends whole numbers as integers (LIMIT $n works) and converts values back to JSON', async () => {
    const res = await cypher({ query: 'MATCH (n:Entity) RETURN n.id AS id, 1.5 AS f, date("2025-03-25") AS d, [1, 2] AS l LIMIT $n', params: { n: 2 } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.rows).toHaveLength(2);
    expect(res.body.rows[0]).toEqual(expect.objectContaining({ f: 1.5, d: '2025-03-25', l: [1, 2] }));
  });

  it('allows the allow-listed procedures', async () => {
    const labels = await cypher({ query: 'CALL db.labels() YIELD label RETURN label ORDER BY label' });
    expect(labels.status).toBe(200);
    expect(labels.body.rows.map((r: { label: string }) => r.label)).toContain('Person');
    const ft = await cypher({ query: "CALL db.index.fulltext.queryNodes('entityNames', 'jandarma') YIELD node RETURN node.id AS id LIMIT 1" });
    expect(ft.status).toBe(200);
    expect(ft.body.rows[0].id).toBe('org-gendarmerie-general-command');
    expect((await cypher({ query: 'CALL db.schema.visualization()' })).status).toBe(200);
  });

  it('ignores write words in strings and comments, and takes one trailing semicolon', async () => {
    const res = await cypher({ query: "MATCH (n:Country) // ; CREATE (x)\nWHERE n.name <> 'CREATE (m); DETACH DELETE n' /* SET n.x = 1 */ RETURN count(n) AS n;" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.rows[0].n).toBeGreaterThan(0);
  });

  it('caps the rows and says so', async () => {
    const big = await cypher({ query: 'UNWIND range(1, 1500) AS x RETURN x' });
    expect(big.status).toBe(200);
    expect(big.body.rows).toHaveLength(1000);
    expect(big.body.truncated).toBe(true);
    expect(big.body.rows.at(-1).x).toBe(1000);
    const small = makeApp({ CYPHER_ROW_CAP: '5' });
    try {
      const r = await cypher({ query: 'MATCH (n:Entity) RETURN n' }, small.app);
      expect(r.body.rows).toHaveLength(5);
      expect(r.body.graph.nodes).toHaveLength(5);
      expect(r.body.truncated).toBe(true);
      const exact = await cypher({ query: 'UNWIND range(1, 5) AS x RETURN x' }, small.app);
      expect(exact.body.truncated).toBe(false);
    } finally {
      await small.close();
    }
  });

  it('stops a query that runs past the timeout with a 504', async () => {
    const slow = makeApp({ CYPHER_TIMEOUT_MS: '300' });
    try {
      const started = Date.now();
      const res = await cypher({ query: 'UNWIND range(1, 300000000) AS x RETURN sum(x) AS s' }, slow.app);
      expect(res.status, JSON.stringify(res.body)).toBe(504);
      expect(res.body.error.code).toBe('query_timeout');
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await slow.close();
    }
  });
});

describe('resource limits', () => {
  it('answers a query too big for the database’s memory with a clear error, not a 500, and keeps serving', async () => {
    const started = Date.now();
    const res = await cypher({ query: 'UNWIND range(1, 200000000) AS x RETURN size(collect(x)) AS n' });
    // The local Neo4j's transaction memory pool refuses it (400); a roomier server runs out of time (504).
    expect([400, 504], JSON.stringify(res.body)).toContain(res.status);
    expect(['query_memory_limit', 'query_timeout']).toContain(res.body.error.code);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect((await cypher({ query: 'RETURN 1 AS one' })).body.rows).toEqual([{ one: 1 }]);
  });
});

describe('refusals', () => {
  const writes: [string, string][] = [
    ['CREATE', "CREATE (n:Entity {id: 'evil'}) RETURN n"],
    ['MERGE', "MERGE (n:Entity {id: 'evil'}) RETURN n"],
    ['SET', "MATCH (n:Entity {id: 'country-kuwait'}) SET n.name = 'x' RETURN n"],
    ['SET label', "MATCH (n:Entity {id: 'country-kuwait'}) SET n:Hacked RETURN n"],
    ['DELETE', 'MATCH ()-[r:MENTIONED_IN]->() DELETE r'],
    ['DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
    ['REMOVE', 'MATCH (n:Entity) REMOVE n.name RETURN count(n)'],
    ['FOREACH', 'MATCH (n:Entity) FOREACH (x IN [1] | SET n.x = x)'],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    ['LOAD CSV https', "LOAD CSV WITH HEADERS FROM 'https://example.com/x.csv' AS row RETURN row"],
    ['IN TRANSACTIONS', 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS'],
    ['IN TRANSACTIONS read', 'UNWIND [1] AS x CALL (x) { RETURN x AS y } IN TRANSACTIONS RETURN y'],
    ['dbms procedure', 'CALL dbms.components()'],
    ['dbms security', "CALL dbms.security.createUser('eve', 'pw', false)"],
    ['db write procedure', "CALL db.createLabel('Evil')"],
    ['db index drop', "CALL db.index.fulltext.drop('entityNames')"],
    ['apoc procedure', "CALL apoc.cypher.runWrite('CREATE (n)', {})"],
    ['apoc function', "RETURN apoc.create.uuid() AS id"],
    ['admin', 'SHOW USERS'],
    ['admin create user', "CREATE USER eve SET PASSWORD 'secret1234'"],
    ['admin drop', 'DROP INDEX entity_name'],
    ['schema', 'CREATE INDEX evil FOR (n:Entity) ON (n.evil)'],
    ['use system', 'USE system SHOW DATABASES'],
    ['terminate', 'TERMINATE TRANSACTIONS "neo4j-transaction-1"'],
    ['two statements', 'MATCH (n) RETURN n; MATCH (n) DETACH DELETE n'],
    ['two reads', 'RETURN 1; RETURN 2'],
    ['case trick', "mAtCh (n:Entity {id: 'country-kuwait'}) sEt n.name = 'x'"],
    ['comment trick', "MATCH (n:Entity)/* hidden */SET/**/n.x = 1"],
    ['line comment trick', "MATCH (n:Entity) // harmless\nDELETE n"],
    ['whitespace trick', "MATCH (n:Entity)\u00a0\tSET\u3000n.x = 1"],
    ['quoted procedure', 'CALL `dbms`.`components`()'],
    ['quoted apoc function', 'RETURN `apoc`.`create`.uuid() AS id'],
    ['subquery write', 'MATCH (n:Entity) CALL (n) { SET n.x = 1 } RETURN count(n)'],
    ['union write', 'MATCH (n:Country) RETURN n.id AS id UNION CREATE (m:Entity {id: "u"}) RETURN m.id AS id'],
    ['EXPLAIN prefix', 'EXPLAIN CREATE (n)'],
    ['PROFILE prefix', 'PROFILE MATCH (n) RETURN n'],
    ['periodic commit', "USING PERIODIC COMMIT LOAD CSV FROM 'file:///x' AS l CREATE (n)"],
  ];

  it.each(writes)('refuses %s before it runs', async (_name, query) => {
    const res = await cypher({ query });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.code).toBe('read_only_violation');
    expect(typeof res.body.error.details.reason).toBe('string');
    expect(typeof res.body.error.message).toBe('string');
  });

  it('refuses by Neo4j’s own plan what a lexical check alone could miss', async () => {
    // Feed real EXPLAIN output of writes, LOAD CSV and admin procedures to the plan check.
    for (const q of ["CREATE (n:X)", "MATCH (n) SET n.x = 1", "LOAD CSV FROM 'file:///x' AS l RETURN l", 'CALL dbms.components()', "CALL db.createLabel('X')", 'SHOW INDEXES']) {
      const res = await t.db.driver.executeQuery(`EXPLAIN ${q}`, {}, { database: t.db.database, routing: 'READ' });
      expect(() => planCheck(res.summary.queryType, res.summary.plan), q).toThrow(ReadOnlyViolation);
    }
    const read = await t.db.driver.executeQuery('EXPLAIN MATCH (n:Entity)-[r]->(m) RETURN n, r, m', {}, { database: t.db.database, routing: 'READ' });
    expect(() => planCheck(read.summary.queryType, read.summary.plan)).not.toThrow();
    expect(() => lexicalCheck('MATCH (n:Entity)-[r]->(m) RETURN n, r, m')).not.toThrow();
  });

  it('the READ transaction itself refuses writes (the last line of defence)', async () => {
    const session = t.db.driver.session({ database: t.db.database, defaultAccessMode: neo4j.session.READ });
    try {
      await expect(session.executeRead((tx) => tx.run("CREATE (n:Entity {id: 'evil-read-tx'})"))).rejects.toThrow();
    } finally {
      await session.close();
    }
  });

  it('reports a syntax error with Neo4j’s message and the position in the user’s text', async () => {
    const res = await cypher({ query: 'MATCH (n:Entity)\nRETURN m' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('cypher_syntax_error');
    expect(res.body.error.message).toMatch(/Variable `m` not defined/);
    expect(res.body.error.details.position).toEqual({ line: 2, column: 8, offset: 24 });
    expect(res.body.error.details.neo4jMessage).not.toMatch(/EXPLAIN/);
    const first = await cypher({ query: 'MATCH (n RETURN n' });
    expect(first.body.error.details.position).toEqual({ line: 1, column: 10, offset: 9 });
    // Zero-width and full-width look-alikes are not keywords: Neo4j calls them syntax errors.
    expect((await cypher({ query: 'CRE\u200bATE (n)' })).body.error.code).toBe('cypher_syntax_error');
    expect((await cypher({ query: 'ＣＲＥＡＴＥ (n)' })).body.error.code).toBe('cypher_syntax_error');
  });

  it('answers 400 for a malformed body, 413 for a huge one', async () => {
    for (const body of [{}, { query: '' }, { query: 42 }, { query: 'RETURN 1', params: [] }, { query: 'RETURN 1', params: 'x' }, { query: 'x'.repeat(50_001) }, { query: 'RETURN $a', params: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`p${i}`, i])) }, { query: 'RETURN "\ud800"' }]) {
      const res = await cypher(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.error.code).toBeTruthy();
    }
    const badJson = await request(t.app).post('/api/cypher').set('content-type', 'application/json').send('{"query": "RETURN 1",');
    expect(badJson.status).toBe(400);
    expect(badJson.body.error.code).toBe('invalid_json');
    const huge = await cypher({ query: `RETURN '${'x'.repeat(150_000)}'` });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
  });

  it('leaves the graph exactly as it was', async () => {
    expect(await fingerprint(t.db)).toEqual(before);
  });
});

describe('rate limit', () => {
  it('answers 429 past the configured number of queries a minute', async () => {
    const limited = makeApp({ CYPHER_RATE_LIMIT_PER_MIN: '3' });
    try {
      for (let i = 0; i < 3; i++) expect((await cypher({ query: 'RETURN 1 AS one' }, limited.app)).status).toBe(200);
      const res = await cypher({ query: 'RETURN 1 AS one' }, limited.app);
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe('rate_limited');
      expect(res.headers['retry-after']).toBeDefined();
      // Other endpoints are not limited.
      expect((await request(limited.app).get('/api/search?q=kuwait')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
