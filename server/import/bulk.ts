/**
 * Bulk import of a graph in batches through UNWIND: nodes grouped by label, relationships grouped by type,
 * each batch one write transaction. Used by the synthetic benchmark and for loading larger data sets.
 * Labels and types cannot be parameters in a pattern, so they are checked against a strict name pattern.
 *
 * Node batches return the elementId of every node they create, and a relationship whose two ends were created
 * by the same import finds them by elementId (a direct record look-up) rather than through the :Entity(id)
 * constraint index (a B-tree seek plus an index-entry lock per end): measured on the synthetic graph, the
 * DBMS spends about a third less CPU per relationship. Relationships to nodes already in the database still
 * find them by id. Either way a relationship whose end does not exist is skipped, as before.
 */
import type { GraphDb } from '../neo4j/db.ts';
import { groupBy } from '../model/group-by.ts';

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

/**
 * The Cypher for one label's node batch: `:Entity` plus the label; properties set from the row. Returns the
 * elementId of each created node, in row order (UNWIND … CREATE keeps it).
 */
export const nodeBatchCypher = (label: string) =>
  `UNWIND $rows AS row CREATE (n:Entity:${checkedName(label, 'label')}) SET n = row.properties, n.id = row.id RETURN elementId(n) AS e`;

/** The Cypher for one type's relationship batch, endpoints found through the :Entity(id) constraint index. */
export const relationshipBatchCypher = (type: string) =>
  `UNWIND $rows AS row
   MATCH (a:Entity {id: row.source})
   MATCH (b:Entity {id: row.target})
   CREATE (a)-[r:${checkedName(type, 'type')}]->(b) SET r = row.properties`;

/** The same for endpoints given by elementId (rows `{s, t, properties}`), as returned by a node batch. */
export const relationshipByElementIdCypher = (type: string) =>
  `UNWIND $rows AS row
   MATCH (a) WHERE elementId(a) = row.s
   MATCH (b) WHERE elementId(b) = row.t
   CREATE (a)-[r:${checkedName(type, 'type')}]->(b) SET r = row.properties`;

/** Writes `rows` in batches, one transaction each; `done` gets each batch and its result records. */
async function writeBatches<T>(
  db: GraphDb,
  cypher: string,
  rows: T[],
  batchSize: number,
  done: (batch: T[], records: Array<{ get(key: string): unknown }>) => void,
) {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize);
      const result = await session.executeWrite((tx) => tx.run(cypher, { rows: batch }));
      done(batch, result.records);
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
  // id → elementId of the nodes this import creates.
  const created = new Map<string, string>();
  const t0 = performance.now();
  for (const [label, nodes] of groupBy(graph.nodes, (n) => n.label)) {
    const rows = nodes.map((n) => ({ id: n.id, properties: n.properties }));
    await writeBatches(db, nodeBatchCypher(label), rows, batchSize, (batch, records) => {
      records.forEach((rec, k) => {
        created.set(batch[k]!.id, rec.get('e') as string);
      });
      progress.nodes += batch.length;
      opts.onProgress?.(progress);
    });
  }
  const t1 = performance.now();
  const relationshipsDone = (batch: unknown[]) => {
    progress.relationships += batch.length;
    opts.onProgress?.(progress);
  };
  for (const [type, rels] of groupBy(graph.relationships, (r) => r.type)) {
    const byElementId: Array<{ s: string; t: string; properties: Record<string, unknown> }> = [];
    const byId: Array<{ source: string; target: string; properties: Record<string, unknown> }> = [];
    for (const r of rels) {
      const s = created.get(r.source);
      const t = created.get(r.target);
      if (s !== undefined && t !== undefined) byElementId.push({ s, t, properties: r.properties });
      else byId.push({ source: r.source, target: r.target, properties: r.properties });
    }
    await writeBatches(db, relationshipByElementIdCypher(type), byElementId, batchSize, relationshipsDone);
    await writeBatches(db, relationshipBatchCypher(type), byId, batchSize, relationshipsDone);
  }
  const t2 = performance.now();
  return { nodes: progress.nodes, relationships: progress.relationships, nodeMs: t1 - t0, relationshipMs: t2 - t1 };
}
