/**
 * A seconds-long smoke run of each benchmark part (`npm run bench` is the real thing, outside `npm test`):
 * the import through both paths, the API against the bare driver, and a small scene in Chromium. Checks that
 * each part runs and reports sane numbers; no speed is asserted here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchApi } from '../../bench/api.ts';
import { benchBrowser } from '../../bench/browser.ts';
import { benchImport } from '../../bench/import.ts';
import { benchNeo4j, type BenchDb } from '../../bench/neo4j.ts';
import { markdown, machine } from '../../bench/run.ts';
import { apiWork } from '../../bench/work.ts';
import { importGraph } from '../../server/import/bulk.ts';

let db: BenchDb;
beforeAll(async () => {
  db = await benchNeo4j('smoke');
}, 120_000);
afterAll(async () => {
  await db?.dispose();
});

describe('benchmark smoke run', () => {
  it('runs every part and reports sane numbers', async () => {
    const { result } = await benchImport({ nodes: 1_000, relationships: 3_000, batchSize: 500, reuse: db, keep: true });
    expect(result.relationships).toBe(3_000);
    expect(result.ours.relsPerSec).toBeGreaterThan(0);
    expect(result.bare.relsPerSec).toBeGreaterThan(0);
    const count = await db.driver.executeQuery('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n');
    expect(Number(count.records[0]!.get('n'))).toBe(3_000);

    const work = await apiWork(db.driver);
    expect(work.map((w) => w.name)).toHaveLength(4);
    // Half-second runs, warm-ups included: the smoke run checks that each part works, not how fast.
    const api = await benchApi({ neo4jUri: db.uri, work, clients: [2], seconds: 0.5, warmUpSeconds: 0.5 });
    expect(api).toHaveLength(4);
    for (const row of api) {
      expect(row.api.requests, row.work).toBeGreaterThan(0);
      expect(row.raw.requests, row.work).toBeGreaterThan(0);
      expect(row.api.errors, `${row.work}: API errors`).toBe(0);
      expect(row.raw.errors, `${row.work}: driver errors`).toBe(0);
      // Misses were asked past the cache; the hit run found what the warm-up kept.
      expect(row.hit.requests, row.work).toBeGreaterThan(0);
      expect(row.hit.errors, `${row.work}: errors on hits`).toBe(0);
      expect(row.hitShare, `${row.work}: share of hits`).toBeGreaterThan(0.9);
      // The HTTP floor was measured at the same number of clients.
      expect(row.floor.rps, row.work).toBeGreaterThan(0);
    }

    const browser = await benchBrowser({ scenes: [300], quick: true, reuse: db });
    expect(browser).toHaveLength(2);
    for (const row of browser) {
      expect(row.nodes).toBe(300);
      expect(row.edges).toBeGreaterThan(400);
      expect(row.firstFrameMs).toBeGreaterThan(0);
      expect(row.frames).toBeGreaterThan(5);
    }
    const table = markdown({ date: 'smoke', machine: machine(), params: { nodes: 1000, relationships: 3000, seconds: 0.5 }, import: result, api, browser, targets: [] });
    expect(table).toContain('| project importer |');
    expect(table).toContain('| 300 nodes | canvas |');
  }, 300_000);

  it('imports relationships to nodes of the same import, to nodes already there, and skips missing ends', async () => {
    await db.driver.executeQuery('MATCH (n) DETACH DELETE n');
    const props = { sources: ['test'] };
    await importGraph(db, { nodes: [{ id: 'old-a', label: 'Person', properties: { name: 'A' } }], relationships: [] });
    const stats = await importGraph(
      db,
      {
        nodes: [
          { id: 'new-b', label: 'Organization', properties: { name: 'B' } },
          { id: 'new-c', label: 'Country', properties: { name: 'C' } },
        ],
        relationships: [
          { type: 'MEMBER_OF', source: 'new-b', target: 'new-c', properties: props }, // both ends new: by elementId
          { type: 'MEMBER_OF', source: 'new-b', target: 'old-a', properties: props }, // one end already there: by id
          { type: 'PARTY_TO', source: 'old-a', target: 'new-c', properties: props },
          { type: 'PARTY_TO', source: 'new-b', target: 'missing', properties: props }, // no such node: skipped
        ],
      },
      { batchSize: 2 },
    );
    expect(stats.nodes).toBe(2);
    const rows = await db.driver.executeQuery('MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id + " " + type(r) + " " + b.id AS rel, r.sources AS sources ORDER BY rel');
    expect(rows.records.map((r) => r.get('rel'))).toEqual(['new-b MEMBER_OF new-c', 'new-b MEMBER_OF old-a', 'old-a PARTY_TO new-c']);
    expect(rows.records.every((r) => JSON.stringify(r.get('sources')) === '["test"]')).toBe(true);
    // A label that is not a plain name is refused before anything is written.
    await expect(importGraph(db, { nodes: [{ id: 'x', label: 'Person) DETACH DELETE (n', properties: {} }], relationships: [] })).rejects.toThrow(/Invalid label/);
    const count = await db.driver.executeQuery('MATCH (n) RETURN count(n) AS n');
    expect(Number(count.records[0]!.get('n'))).toBe(3);
  }, 120_000);
});

