/**
 * Where the time of a big overview goes: the browser bench's scene graph (5k and 20k nodes, about 2N edges) in a
 * throwaway Neo4j, then, each repeated and reported as medians:
 *   - cypher:  the overview query with a trivial return (count), so Neo4j's own work without the decoding;
 *   - driver:  the real query through the gateway, records decoded by neo4j-driver;
 *   - shape:   the service's mapping to the graph shape (overview() minus the driver read);
 *   - json:    JSON.stringify of that graph;
 *   - http:    the whole request to the last byte, cold (Cache-Control: no-cache) and warm (the reply cache).
 * Run: npx tsx bench/overview.ts [sizes, comma-separated] [repeats]
 */
import neo4j from 'neo4j-driver';
import { importGraph } from '../server/import/bulk.ts';
import { overviewQuery } from '../server/graph/queries.ts';
import { overview, type OverviewInput } from '../server/graph/service.ts';
import { Gateway } from '../server/neo4j/gateway.ts';
import type { SchemaCache } from '../server/schema/cache.ts';
import { startServer } from './api.ts';
import { sceneGraph } from './browser.ts';
import { benchNeo4j } from './neo4j.ts';

const sizes = (process.argv[2] ?? '5000,20000').split(',').map(Number);
const repeats = Number(process.argv[3] ?? 5);
/** Extra query-string of the HTTP requests, e.g. `form=columns`. */
const extraQuery = process.env.OVERVIEW_QUERY ? `&${process.env.OVERVIEW_QUERY}` : '';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return Number(s[Math.floor(s.length / 2)]!.toFixed(1));
};

async function timeIt<T>(f: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await f();
  return [performance.now() - t0, v];
}

/** The filter checks only ask the schema about listed labels and types; the overview here lists none. */
const noSchema = {} as SchemaCache;

async function httpOnce(url: string, fresh: boolean): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: fresh ? { 'cache-control': 'no-cache' } : {} });
  const body = await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return { ms: performance.now() - t0, bytes: body.byteLength };
}

const db = await benchNeo4j('overview');
try {
  const gateway = new Gateway(db);
  for (const n of sizes) {
    await gateway.script('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    await importGraph(db, sceneGraph(n));
    const input: OverviewInput = { limit: n };
    const params = { limit: neo4j.int(n), batch: neo4j.int(60) };
    const full = overviewQuery(input);
    // The same query answering only the sizes: Neo4j's work without the transfer and decoding.
    const countOnly = full.replace(/WITH nodes, edges, total.*$/s, 'RETURN size(nodes) AS n, size(edges) AS r, total');
    if (countOnly === full) throw new Error('the overview query changed: update countOnly');
    const t = { cypher: [] as number[], driver: [] as number[], service: [] as number[], json: [] as number[] };
    let bytes = 0;
    // One unmeasured round first: query plans, JIT.
    for (let i = 0; i <= repeats; i++) {
      const [cypher] = await timeIt(() => gateway.read(countOnly, params));
      const [driver] = await timeIt(() => gateway.read(full, params));
      const [service, graph] = await timeIt(() => overview(gateway, noSchema, input));
      const [json, text] = await timeIt(() => JSON.stringify(graph));
      bytes = Buffer.byteLength(text);
      if (i === 0) continue;
      t.cypher.push(cypher);
      t.driver.push(driver);
      t.service.push(service);
      t.json.push(json);
    }
    const server = await startServer(db.uri);
    const cold: number[] = [];
    const warm: number[] = [];
    let httpBytes = 0;
    try {
      const url = `${server.url}/api/graph/overview?limit=${n}${extraQuery}`;
      await httpOnce(url, true);
      for (let i = 0; i < repeats; i++) {
        const c = await httpOnce(url, true);
        cold.push(c.ms);
        httpBytes = c.bytes;
        warm.push((await httpOnce(url, false)).ms);
      }
    } finally {
      await server.stop();
    }
    const cypher = median(t.cypher);
    const driver = median(t.driver);
    const service = median(t.service);
    console.log(
      JSON.stringify({
        nodes: n,
        cypherMs: cypher,
        driverReadMs: driver,
        decodeMs: Number((driver - cypher).toFixed(1)),
        shapeMs: Number((service - driver).toFixed(1)),
        serviceMs: service,
        jsonMs: median(t.json),
        jsonMB: Number((bytes / 1e6).toFixed(2)),
        httpColdMs: median(cold),
        httpWarmMs: median(warm),
        httpMB: Number((httpBytes / 1e6).toFixed(2)),
        httpColdAll: cold.map((x) => Math.round(x)),
      }),
    );
  }
} finally {
  await db.dispose();
}
