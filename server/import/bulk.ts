/**
 * Bulk import of a graph in batches through UNWIND: nodes grouped by label, relationships grouped by type,
 * each batch one write transaction. Used by the synthetic benchmark and for loading larger data sets.
 * Labels and types cannot be parameters in a pattern, so they are checked against a strict name pattern.
 */
import type { GraphDb } from '../neo4j/db.ts';

export interface ImportNode {
  id: string;
  label: string;
  properties: Record<string, unknown>;
}

export interface ImportRelationship {
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface ImportOptions {
  /** Rows per transaction. */
  batchSize?: number;
  onProgress?: (done: { nodes: number; relationships: number }) => void;
}

export interface ImportStats {
  nodes: number;
  relationships: number;
  nodeMs: number;
  relationshipMs: number;
}

const NAME = /^[A-Z][A-Za-z0-9_]{0,62}$/;

export function checkedName(name: string, what: 'label' | 'type'): string {
  if (!NAME.test(name)) throw new Error(`Invalid ${what} name: ${JSON.stringify(name)}`);
  return name;
}

/** The Cypher for one label's node batch: `:Entity` plus the label; properties set from the row. */
export const nodeBatchCypher = (label: string) =>
  `UNWIND $rows AS row CREATE (n:Entity:${checkedName(label, 'label')}) SET n = row.properties, n.id = row.id`;

/** The Cypher for one type's relationship batch, endpoints found through the :Entity(id) constraint index. */
export const relationshipBatchCypher = (type: string) =>
  `UNWIND $rows AS row
   MATCH (a:Entity {id: row.source})
   MATCH (b:Entity {id: row.target})
   CREATE (a)-[r:${checkedName(type, 'type')}]->(b) SET r = row.properties`;

function groupBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(item);
  }
  return groups;
}

async function writeBatches<T>(db: GraphDb, cypher: string, rows: T[], batchSize: number, done: (n: number) => void) {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize);
      await session.executeWrite((tx) => tx.run(cypher, { rows: batch }));
      done(batch.length);
    }
  } finally {
    await session.close();
  }
}

/** Imports nodes first (so relationship endpoints exist), then relationships. */
export async function importGraph(
  db: GraphDb,
  graph: { nodes: ImportNode[]; relationships: ImportRelationship[] },
  opts: ImportOptions = {},
): Promise<ImportStats> {
  const batchSize = opts.batchSize ?? 10_000;
  const progress = { nodes: 0, relationships: 0 };
  const t0 = performance.now();
  for (const [label, nodes] of groupBy(graph.nodes, (n) => n.label)) {
    await writeBatches(db, nodeBatchCypher(label), nodes.map((n) => ({ id: n.id, properties: n.properties })), batchSize, (k) => {
      progress.nodes += k;
      opts.onProgress?.(progress);
    });
  }
  const t1 = performance.now();
  for (const [type, rels] of groupBy(graph.relationships, (r) => r.type)) {
    await writeBatches(
      db,
      relationshipBatchCypher(type),
      rels.map((r) => ({ source: r.source, target: r.target, properties: r.properties })),
      batchSize,
      (k) => {
        progress.relationships += k;
        opts.onProgress?.(progress);
      },
    );
  }
  const t2 = performance.now();
  return { nodes: progress.nodes, relationships: progress.relationships, nodeMs: t1 - t0, relationshipMs: t2 - t1 };
}
