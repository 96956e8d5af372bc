/**
 * A fingerprint of the graph for tests that must prove nothing was written: node and relationship counts and
 * a SHA-256 over every label, type and property. It does not depend on internal ids (elementIds change when
 * a node is deleted and re-created), and it keeps property types apart (an INTEGER 1 and a FLOAT 1.0 differ).
 */
import crypto from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { GraphDb } from '../../server/neo4j/db.ts';

export interface Fingerprint {
  nodes: number;
  relationships: number;
  checksum: string;
}

/**
 * `all`: every node and relationship in the database, the app's own (:_SavedQuery, :_Snapshot) included.
 * `domain`: only :Entity nodes and the relationships between them.
 */
export type FingerprintScope = 'all' | 'domain';

const NODES = `MATCH (n) WHERE $all OR n:Entity RETURN labels(n) AS labels, properties(n) AS props`;
// A relationship's ends are named by their domain id when they have one, else by labels and properties.
const RELATIONSHIPS = `
MATCH (a)-[r]->(b) WHERE $all OR (a:Entity AND b:Entity)
RETURN coalesce(a.id, [labels(a), properties(a)]) AS a, type(r) AS type, coalesce(b.id, [labels(b), properties(b)]) AS b,
       properties(r) AS props`;

export async function fingerprint(db: GraphDb, scope: FingerprintScope = 'all'): Promise<Fingerprint> {
  const run = (cypher: string) => db.driver.executeQuery(cypher, { all: scope === 'all' }, { database: db.database, routing: 'READ' });
  const [nodes, rels] = await Promise.all([run(NODES), run(RELATIONSHIPS)]);
  const nodeLines = nodes.records.map((r) => canonical({ labels: [...(r.get('labels') as string[])].sort(), props: r.get('props') })).sort();
  const relLines = rels.records.map((r) => canonical({ a: r.get('a'), type: r.get('type'), b: r.get('b'), props: r.get('props') })).sort();
  const checksum = crypto.createHash('sha256').update(nodeLines.join('\n')).update('\n--\n').update(relLines.join('\n')).digest('hex');
  return { nodes: nodeLines.length, relationships: relLines.length, checksum };
}

/** JSON with sorted keys; driver values tagged with their type so that a change of type shows. */
function canonical(value: unknown): string {
  return JSON.stringify(tag(value));
}

function tag(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return { $int: v.toString() };
  if (typeof v === 'bigint') return { $int: v.toString() };
  if (typeof v === 'number') return Number.isFinite(v) ? v : { $float: String(v) };
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(tag);
  if (ArrayBuffer.isView(v)) return { $bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  const kind = v.constructor?.name;
  if (kind && kind !== 'Object') return { [`$${kind}`]: String(v) }; // Date, DateTime, Duration, Point …
  return Object.fromEntries(
    Object.entries(v as Record<string, unknown>)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([k, x]) => [k, tag(x)]),
  );
}
