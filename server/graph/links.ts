/** The relationships around one node, as lists show them ("who, how, with which quote"). */
import type { Node, Relationship } from 'neo4j-driver';
import { brief, type GraphBuilder, type NodeBrief } from './shape.ts';

export interface Link extends NodeBrief {
  /** Relationship type, e.g. PARTY_TO. */
  type: string;
  /** 'in' when the other node points at this one (actor → agreement). */
  direction: 'out' | 'in';
  /** The relationship's `role` property, when it has one ("buyer", "signatory ministry"…). */
  role: string | null;
  /** The role in Arabic (`roleAr`), when the facts give one. */
  roleAr: string | null;
  edgeId: string;
  quote: string | null;
  quoteEn: string | null;
  sources: string[];
}

/** What a query returns for each neighbour: collect({rel: r, other: o}) from an OPTIONAL MATCH. */
export interface RawLink {
  rel: Relationship | null;
  other: Node | null;
}

/**
 * Cypher: the subquery that gives `links` — every relationship of node `v` to another entity, provenance left
 * out — in the RawLink form read by linkedRow().
 */
export const linksSubquery = (v: string): string => `CALL (${v}) {
  OPTIONAL MATCH (${v})-[r]-(o:Entity&!Source)
  WHERE type(r) <> 'MENTIONED_IN'
  RETURN collect({rel: r, other: o}) AS links
}`;

/** A row of node `key` and its `links` (linksSubquery): the node, its properties and links, both added to `b`. */
export function linkedRow(r: { get(k: string): unknown }, key: string, b: GraphBuilder): { node: Node; props: Record<string, unknown>; links: Link[] } {
  const node = r.get(key) as Node;
  const raw = r.get('links') as RawLink[];
  b.addValue(node);
  b.addValue(raw);
  return { node, props: node.properties as Record<string, unknown>, links: toLinks(node, raw) };
}

export function toLinks(self: Node, raw: readonly RawLink[]): Link[] {
  const out: Link[] = [];
  for (const { rel, other } of raw) {
    if (!rel || !other) continue;
    const p = rel.properties as Record<string, unknown>;
    out.push({
      ...brief(other),
      type: rel.type,
      direction: rel.startNodeElementId === self.elementId ? 'out' : 'in',
      role: typeof p['role'] === 'string' ? p['role'] : null,
      roleAr: typeof p['roleAr'] === 'string' ? p['roleAr'] : null,
      edgeId: rel.elementId,
      quote: typeof p['quote'] === 'string' ? p['quote'] : null,
      quoteEn: typeof p['quoteEn'] === 'string' ? p['quoteEn'] : null,
      sources: Array.isArray(p['sources']) ? p['sources'].map(String) : [],
    });
  }
  return out;
}

/** Actors: people, countries and organisations. */
export const isActor = (l: Link): boolean => l.labels.some((x) => x === 'Person' || x === 'Country' || x === 'Organization');
