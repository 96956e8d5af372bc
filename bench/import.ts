/**
 * Part 1: import throughput. The same synthetic batches loaded by the project's importer
 * (server/import/bulk.ts) and by a bare neo4j-driver loop, each load into its own fresh database.
 */
import neo4j from 'neo4j-driver';
import { importGraph, nodeBatchCypher, relationshipByElementIdCypher, type ImportNode, type ImportRelationship } from '../server/import/bulk.ts';
import { benchNeo4j, type BenchDb } from './neo4j.ts';
import { syntheticGraph } from './synthetic.ts';

export interface ImportResult {
  nodes: number;
  relationships: number;
  batchSize: number;
  ours: { nodesPerSec: number; relsPerSec: number; totalMs: number };
  bare: { nodesPerSec: number; relsPerSec: number; totalMs: number };
  /** ours / bare, relationships per second (each side's faster load). */
  relsRatio: number;
  /** Relationships per second of every load, in load order per side. */
  relsPerSecByLoad?: { ours: number[]; bare: number[] };
}

/**
 * The bare script: a plain driver session, one explicit write transaction per batch, nothing else. It sends the
 * importer's statements: node batches that return elementIds, and relationship batches that find their ends by
 * those elementIds (every end of the synthetic graph is created by the import).
 */
async function bareImport(uri: string, graph: { nodes: ImportNode[]; relationships: ImportRelationship[] }, batchSize: number) {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'));
  const session = driver.session();
  try {
    const elementIds = new Map<string, string>();
    const t0 = performance.now();
    const labels = [...new Set(graph.nodes.map((n) => n.label))];
    for (const label of labels) {
      const rows = graph.nodes.filter((n) => n.label === label).map((n) => ({ id: n.id, properties: n.properties }));
      for (let i = 0; i < rows.length; i += batchSize) {
        const batch = rows.slice(i, i + batchSize);
        const result = await session.executeWrite((tx) => tx.run(nodeBatchCypher(label), { rows: batch }));
        result.records.forEach((rec, k) => {
          elementIds.set(batch[k]!.id, rec.get('e') as string);
        });
      }
    }
    const t1 = performance.now();
    const types = [...new Set(graph.relationships.map((r) => r.type))];
    for (const type of types) {
      const rows = graph.relationships
        .filter((r) => r.type === type)
        .map((r) => ({ s: elementIds.get(r.source), t: elementIds.get(r.target), properties: r.properties }));
      for (let i = 0; i < rows.length; i += batchSize) {
        await session.executeWrite((tx) => tx.run(relationshipByElementIdCypher(type), { rows: rows.slice(i, i + batchSize) }));
      }
    }
    const t2 = performance.now();
    return { nodeMs: t1 - t0, relationshipMs: t2 - t1 };
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Removes everything from a bench database (never the app's: bench databases are throwaway). */
async function wipe(db: BenchDb): Promise<void> {
  const s = db.driver.session({ database: db.database });
  try {
    await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await s.close();
  }
}

/**
 * Loads the synthetic graph with each path, each load into a fresh DBMS so none inherits another's warm JIT or
 * page cache. On a shared machine the first load and the last are the likeliest to be disturbed, so by default
 * each path loads twice, in the order ours, bare, bare, ours, and each reports its faster load (the one less
 * disturbed by other work); `rounds: 1` loads once each, bare first. `reuse` (smoke runs only) loads into one
 * database, wiping between loads. With `keep`, the database of our last load is handed back.
 */
export async function benchImport(opts: {
  nodes: number;
  relationships: number;
  batchSize?: number;
  rounds?: 1 | 2;
  log?: (m: string) => void;
  keep?: boolean;
  reuse?: BenchDb;
}): Promise<{ result: ImportResult; db?: BenchDb }> {
  const log = opts.log ?? (() => {});
  const batchSize = opts.batchSize ?? 10_000;
  const rounds = opts.rounds ?? (opts.reuse ? 1 : 2);
  const graph = syntheticGraph({ nodes: opts.nodes, relationships: opts.relationships });
  log(`import: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships, batches of ${batchSize}`);

  type Run = { nodeMs: number; relationshipMs: number };
  const runs: { ours: Run[]; bare: Run[] } = { ours: [], bare: [] };
  const order: Array<'ours' | 'bare'> = rounds === 1 ? ['bare', 'ours'] : ['ours', 'bare', 'bare', 'ours'];
  let kept: BenchDb | undefined;
  for (const [k, who] of order.entries()) {
    const last = k === order.length - 1;
    const db = opts.reuse ?? (await benchNeo4j(who));
    let run: Run;
    try {
      run = who === 'ours' ? await importGraph(db, graph, { batchSize }) : await bareImport(db.uri, graph, batchSize);
    } finally {
      if (last && opts.keep) kept = db;
      else if (opts.reuse) await wipe(opts.reuse);
      else await db.dispose();
    }
    runs[who].push(run);
    log(`import: ${who === 'ours' ? 'ours' : 'bare driver'} ${Math.round(run.relationshipMs)} ms for relationships`);
  }

  const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
  const best = (rs: Run[]) => rs.reduce((a, b) => (b.relationshipMs < a.relationshipMs ? b : a));
  const figures = (r: Run) => ({ nodesPerSec: rate(graph.nodes.length, r.nodeMs), relsPerSec: rate(graph.relationships.length, r.relationshipMs), totalMs: Math.round(r.nodeMs + r.relationshipMs) });
  const result: ImportResult = {
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    batchSize,
    ours: figures(best(runs.ours)),
    bare: figures(best(runs.bare)),
    relsRatio: 0,
    relsPerSecByLoad: { ours: runs.ours.map((r) => rate(graph.relationships.length, r.relationshipMs)), bare: runs.bare.map((r) => rate(graph.relationships.length, r.relationshipMs)) },
  };
  result.relsRatio = Number((result.ours.relsPerSec / result.bare.relsPerSec).toFixed(3));
  return { result, db: kept };
}
