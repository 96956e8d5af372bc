/**
 * Part 1: import throughput. The same synthetic batches loaded once by the project's importer
 * (server/import/bulk.ts) and once by a bare neo4j-driver loop, each into its own fresh database.
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
  /** ours / bare, relationships per second. */
  relsRatio: number;
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
        result.records.forEach((rec, k) => elementIds.set(batch[k]!.id, rec.get('e') as string));
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
 * Loads the synthetic graph twice, bare driver first, ours second, each into a fresh DBMS so neither inherits
 * the other's warm JIT or page cache. `reuse` (smoke runs only) loads both into one database, wiping between.
 */
export async function benchImport(opts: {
  nodes: number;
  relationships: number;
  batchSize?: number;
  log?: (m: string) => void;
  keep?: boolean;
  reuse?: BenchDb;
}): Promise<{ result: ImportResult; db?: BenchDb }> {
  const log = opts.log ?? (() => {});
  const batchSize = opts.batchSize ?? 10_000;
  const graph = syntheticGraph({ nodes: opts.nodes, relationships: opts.relationships });
  log(`import: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships, batches of ${batchSize}`);

  const bareDb = opts.reuse ?? (await benchNeo4j('bare'));
  let bare;
  try {
    bare = await bareImport(bareDb.uri, graph, batchSize);
  } finally {
    if (opts.reuse) await wipe(opts.reuse);
    else await bareDb.dispose();
  }
  log(`import: bare driver ${Math.round(bare.relationshipMs)} ms for relationships`);

  const db = opts.reuse ?? (await benchNeo4j('ours'));
  const ours = await importGraph(db, graph, { batchSize });
  log(`import: ours ${Math.round(ours.relationshipMs)} ms for relationships`);
  if (!opts.keep && !opts.reuse) await db.dispose();

  const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
  const result: ImportResult = {
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    batchSize,
    ours: { nodesPerSec: rate(graph.nodes.length, ours.nodeMs), relsPerSec: rate(graph.relationships.length, ours.relationshipMs), totalMs: Math.round(ours.nodeMs + ours.relationshipMs) },
    bare: { nodesPerSec: rate(graph.nodes.length, bare.nodeMs), relsPerSec: rate(graph.relationships.length, bare.relationshipMs), totalMs: Math.round(bare.nodeMs + bare.relationshipMs) },
    relsRatio: 0,
  };
  result.relsRatio = Number((result.ours.relsPerSec / result.bare.relsPerSec).toFixed(3));
  return { result, db: opts.keep ? db : undefined };
}
