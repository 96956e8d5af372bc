/**
 * Reads that scale out: through a routing URI (`neo4j://`) the driver asks the DBMS for its routing table and
 * sends READ transactions to readers and writes to the writer. Here the run's own DBMS is reached that way (a
 * single member holds every role), and the app is driven end to end: every read the gateway makes is a READ
 * transaction (a write inside one is refused by the server), a saved query written through the app is read
 * back at once (the driver's bookmarks), and the reply cache stays coherent across the write.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { Gateway } from '../../server/neo4j/gateway.ts';
import { connect } from '../../server/neo4j/provision.ts';
import type { GraphDb } from '../../server/neo4j/db.ts';
import { testConfig, testDb } from '../setup/db.ts';
import { KUWAIT } from './api-helpers.ts';

let db: GraphDb;
let app: ReturnType<typeof createApp>;
let routingUri: string;

beforeAll(() => {
  const direct = testDb();
  void direct.driver.close();
  routingUri = direct.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
  db = connect(routingUri, direct.connection.user, direct.connection.password, { database: direct.database });
  app = createApp({ config: testConfig(), db, neo4jMode: direct.mode });
});

afterAll(async () => {
  await db.driver.close();
});

describe('a neo4j:// routing URI', () => {
  it('gets a routing table that names a reader and a writer', async () => {
    expect(routingUri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    const { records } = await db.driver.executeQuery('CALL dbms.routing.getRoutingTable({}, $db) YIELD servers RETURN servers', {
      db: db.database ?? 'neo4j',
    });
    const roles = (records[0]!.get('servers') as { role: string }[]).map((s) => s.role).sort();
    expect(roles).toEqual(['READ', 'ROUTE', 'WRITE']);
  });

  it('sends the gateway’s reads as READ transactions: a write inside one is refused by the server', async () => {
    const gateway = new Gateway(db);
    await expect(gateway.read('CREATE (n:RoutingProbe) RETURN n')).rejects.toThrow(/read access mode|not allowed/i);
    const probes = await gateway.read('MATCH (n:RoutingProbe) RETURN count(n) AS n');
    expect(Number(probes.records[0]!.get('n'))).toBe(0);
  });

  it('serves the API’s reads', async () => {
    const node = await request(app).get(`/api/nodes/${KUWAIT}`);
    expect(node.status, JSON.stringify(node.body)).toBe(200);
    const agreements = await request(app).get('/api/agreements');
    expect(agreements.status).toBe(200);
    expect((agreements.body as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
  });

  it('reads a saved query back right after writing it, and the cached list follows the write', async () => {
    const before = await request(app).get('/api/queries');
    expect(before.status).toBe(200);
    const created = await request(app)
      .post('/api/queries')
      .send({ title: 'Routing probe', description: 'Written through neo4j://', cypher: 'MATCH (n:Entity {id: $id}) RETURN n', params: [{ name: 'id', type: 'nodeId', default: KUWAIT }] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = (created.body as { id: string }).id;
    try {
      expect((await request(app).get(`/api/queries/${id}`)).status).toBe(200);
      const after = await request(app).get('/api/queries');
      expect((after.body as { id: string }[]).map((q) => q.id)).toContain(id);
      const run = await request(app).post(`/api/queries/${id}/run`).send({ params: {} });
      expect(run.status, JSON.stringify(run.body)).toBe(200);
      expect((run.body as { graph: { nodes: { id: string }[] } }).graph.nodes.map((n) => n.id)).toEqual([KUWAIT]);
    } finally {
      expect((await request(app).delete(`/api/queries/${id}`)).status).toBe(204);
    }
    expect((await request(app).get(`/api/queries/${id}`)).status).toBe(404);
  });
});
