/** GET /api/schema: what the domain graph holds, per label and per relationship type. */
import type { Gateway } from '../neo4j/gateway.ts';
import { Cached } from './cached.ts';
import { SCHEMA_SUMMARY } from './queries.ts';

export interface SchemaSummary {
  /** Domain labels (not 'Entity', not internal ones), most frequent first. */
  labels: { label: string; count: number; properties: string[] }[];
  relationshipTypes: { type: string; count: number; properties: string[] }[];
  /** label → its property keys (the same lists as in `labels`, keyed for look-up). */
  propertyKeys: Record<string, string[]>;
  nodeCount: number;
  relationshipCount: number;
}

interface Row {
  name: string;
  count: unknown;
  properties: string[];
}

/** The summary scans the graph, so it is cached: a few seconds of staleness is fine for a legend. */
export function schemaSummary(gateway: Gateway, ttlMs = 10_000): Cached<SchemaSummary> {
  return new Cached(async () => {
    const res = await gateway.read(SCHEMA_SUMMARY);
    const rec = res.records[0];
    const byCount = (a: { count: number; name: string }, b: { count: number; name: string }) => b.count - a.count || a.name.localeCompare(b.name);
    const norm = (rows: Row[] | undefined) =>
      (rows ?? []).map((r) => ({ name: r.name, count: Number(r.count), properties: [...r.properties].sort() })).sort(byCount);
    const labelRows = norm(rec?.get('labels') as Row[] | undefined);
    const typeRows = norm(rec?.get('types') as Row[] | undefined);
    const entity = labelRows.find((l) => l.name === 'Entity');
    const labels = labelRows.filter((l) => l.name !== 'Entity').map((l) => ({ label: l.name, count: l.count, properties: l.properties }));
    return {
      labels,
      relationshipTypes: typeRows.map((t) => ({ type: t.name, count: t.count, properties: t.properties })),
      propertyKeys: Object.fromEntries(labels.map((l) => [l.label, l.properties])),
      nodeCount: entity?.count ?? 0,
      relationshipCount: typeRows.reduce((n, t) => n + t.count, 0),
    };
  }, ttlMs);
}
