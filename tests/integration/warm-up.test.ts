/**
 * Warm-up at start (server/http/warm-up.ts) on the real app and Neo4j: every read a reader's first screen and
 * first clicks make is asked once, with real ids, and answers; /api/health says so while it runs; and the
 * replies it leaves in the cache are the ones a reader then gets.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { warmUp } from '../../server/http/warm-up.ts';
import { allRoutes } from '../../server/routes.ts';
import { testConfig, testDb } from '../setup/db.ts';

const db = testDb();
let app: App;
let server: Server;
let base: string;

beforeAll(async () => {
  app = createApp({ config: testConfig(), db, neo4jMode: db.mode });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await app?.locals.services.close();
  await db.driver.close();
});

describe('warm-up at start', () => {
  it('every cached read declares its warm-up requests, and each names a path of its own route', () => {
    const sample = { node: { id: 'n1', name: 'N' }, other: { id: 'n2' }, sourceId: 's1' };
    for (const r of allRoutes.filter((r) => r.method === 'get' && r.cached)) {
      expect(r.warmUp, r.path).toBeDefined();
      const paths = r.warmUp!(sample);
      expect(paths.length, r.path).toBeGreaterThan(0);
      const prefix = r.path.split('{')[0]!;
      for (const p of paths) expect(p.startsWith(prefix), `${p} under ${r.path}`).toBe(true);
    }
  });

  it('asks each read once with real ids, all answered, says so in /api/health meanwhile, and leaves the replies a reader then gets', async () => {
    const seen: unknown[] = [];
    expect(app.locals.services.cypher.workersRunning).toBe(0);
    let done = false;
    const watching = (async () => {
      // Health as a poller sees it while the warm-up runs.
      while (!done) {
        const h = (await (await fetch(`${base}/api/health`)).json()) as { warmingUp?: boolean };
        seen.push(h.warmingUp);
        await new Promise((r) => setImmediate(r));
      }
    })();
    const result = await warmUp(base, allRoutes, app.locals.services).finally(() => (done = true));
    await watching;
    // Two sample reads and the Cypher workers' first query, then at least one request per route that declares some.
    const declared = allRoutes.filter((r) => r.warmUp).length;
    expect(result.requests).toBeGreaterThanOrEqual(declared + 3);
    expect(result.failed).toBe(0);
    expect(seen).toContain(true);
    const after = (await (await fetch(`${base}/api/health`)).json()) as { warmingUp?: boolean };
    expect(after.warmingUp).toBeUndefined();

    // The first screen's reads are now answered from the cache.
    for (const path of ['/api/agreements', '/api/schema', '/api/graph/overview', '/api/timeline']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('x-cache'), path).toBe('hit');
    }
    // The Cypher workers are up before any reader's query.
    expect(app.locals.services.cypher.workersRunning).toBe(app.locals.services.config.cypher.workers);
  });
});
