/**
 * Turns a checked bundle into the Cypher seed script of its source (cypher/seed/NNN_<slug>.cypher).
 *
 * The script is data written by this tool, so values are written as Cypher literals, escaped here; nothing in
 * it comes from a request. It is idempotent and owns exactly one source's share of the graph:
 *  - the :Source node and the nodes the bundle introduces: MERGE on id, then every property set (SET n = …),
 *    so a property removed from the bundle goes too;
 *  - each fact: MERGE on its endpoints and type (and key properties), its properties added, and this source's
 *    entry in the aligned `sources` / `quotes` / `quotesEn` lists written in place or appended, so other
 *    sources keep their place and their quotes;
 *  - then every fact this source no longer states loses it, and is deleted when no source is left; a node no
 *    source mentions any more is deleted.
 */
import { RELATIONSHIP_SPECS, type RelationshipSpec } from '../model/model.ts';

export type PropertyValue = string | number | boolean | string[];
export type Properties = Record<string, PropertyValue>;

export interface NodeWrite {
  id: string;
  label: string;
  properties: Properties;
}

export interface FactWrite {
  from: string;
  type: string;
  to: string;
  properties: Properties;
  quote: string;
  quoteEn: string;
}

export interface SourcePlan {
  sourceId: string;
  /** Where the bundle lives, for the header comment. */
  origin: string;
  source: NodeWrite;
  nodes: NodeWrite[];
  /** Domain facts and MENTIONED_IN edges, in bundle order. */
  facts: FactWrite[];
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** A Cypher string literal: backslash, quote and control characters escaped. */
export function cypherString(s: string): string {
  return `'${s.replace(/[\\'\n\r\t\b\f\u0000-\u001f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}

export function cypherValue(v: PropertyValue): string {
  if (typeof v === 'string') return cypherString(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
    return String(v); // integers stay INTEGER, others FLOAT
  }
  return `[${v.map(cypherString).join(', ')}]`;
}

function key(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, '``')}\``;
}

function map(props: Properties, indent = '  '): string {
  const entries = Object.entries(props);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, v]) => `${indent}${key(k)}: ${cypherValue(v)}`).join(',\n')}\n}`;
}

function specOf(type: string): RelationshipSpec {
  return (RELATIONSHIP_SPECS as Record<string, RelationshipSpec>)[type]!;
}

/** The identity of a fact: endpoints, type, and the values of the type's key properties. */
export function factKey(f: { from: string; type: string; to: string; properties: Properties }): string {
  const extra = (specOf(f.type).key ?? []).map((k) => `|${String(f.properties[k] ?? '')}`).join('');
  return `${f.from}|${f.type}|${f.to}${extra}`;
}

/** The same identity computed in Cypher for a matched (a)-[r]->(b). */
function cypherFactKey(): string {
  const keyed = Object.entries(RELATIONSHIP_SPECS as Record<string, RelationshipSpec>).filter(([, s]) => s.key?.length);
  const cases = keyed
    .map(([t, s]) => `WHEN '${t}' THEN ${s.key!.map((k) => `'|' + coalesce(toString(r.${key(k)}), '')`).join(' + ')}`)
    .join(' ');
  return `a.id + '|' + type(r) + '|' + b.id${cases ? ` + CASE type(r) ${cases} ELSE '' END` : ''}`;
}

function nodeStatement(n: NodeWrite, variable = 'n'): string {
  return `MERGE (${variable}:Entity {id: ${cypherString(n.id)}})\nSET ${variable}:${n.label}, ${variable} = ${map({ id: n.id, ...n.properties })};`;
}

function factStatement(f: FactWrite, sourceId: string): string {
  const spec = specOf(f.type);
  const keyProps = Object.fromEntries((spec.key ?? []).map((k) => [k, f.properties[k]!]));
  const rest = Object.fromEntries(Object.entries(f.properties).filter(([k]) => !(k in keyProps)));
  const keyMap = Object.keys(keyProps).length
    ? ` {${Object.entries(keyProps).map(([k, v]) => `${key(k)}: ${cypherValue(v)}`).join(', ')}}`
    : '';
  const src = cypherString(sourceId);
  return [
    `MATCH (a:Entity {id: ${cypherString(f.from)}}), (b:Entity {id: ${cypherString(f.to)}})`,
    `MERGE (a)-[r:${f.type}${keyMap}]->(b)`,
    ...(Object.keys(rest).length ? [`SET r += ${map(rest)}`] : []),
    `WITH r, ${src} AS src, ${cypherString(f.quote)} AS quote, ${cypherString(f.quoteEn)} AS quoteEn,`,
    `     coalesce(r.sources, []) AS s, coalesce(r.quotes, []) AS q, coalesce(r.quotesEn, []) AS e`,
    `WITH r, src, quote, quoteEn, q, e, CASE WHEN src IN s THEN s ELSE s + src END AS s`,
    `WITH r, s, [i IN range(0, size(s) - 1) | CASE WHEN s[i] = src THEN quote ELSE q[i] END] AS q,`,
    `     [i IN range(0, size(s) - 1) | CASE WHEN s[i] = src THEN quoteEn ELSE e[i] END] AS e`,
    `SET r.sources = s, r.quotes = q, r.quotesEn = e, r.quote = q[0], r.quoteEn = e[0];`,
  ].join('\n');
}

function cleanupStatements(plan: SourcePlan): string[] {
  const src = cypherString(plan.sourceId);
  const mentioned = [...new Set(plan.facts.filter((f) => f.type === 'MENTIONED_IN').map((f) => f.from))];
  const keep = [...new Set(plan.facts.map(factKey))];
  const list = (xs: string[]) => `[\n${xs.map((x) => `  ${cypherString(x)}`).join(',\n')}\n]`;
  return [
    [
      '// Nodes this source mentioned before and no source mentions any more.',
      `MATCH (n:Entity)-[:MENTIONED_IN]->(:Entity {id: ${src}})`,
      `WHERE NOT n.id IN ${list(mentioned)}`,
      `  AND NOT EXISTS { (n)-[:MENTIONED_IN]->(o:Source) WHERE o.id <> ${src} }`,
      'DETACH DELETE n;',
    ].join('\n'),
    [
      '// Facts this source stated before and states no more: they lose this source, and go when no source is left.',
      'MATCH (a:Entity)-[r]->(b:Entity)',
      `WHERE ${src} IN r.sources AND NOT ${cypherFactKey()} IN ${list(keep)}`,
      `WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> ${src}] AS rest`,
      'WITH r, [i IN rest | r.sources[i]] AS s, [i IN rest | r.quotes[i]] AS q, [i IN rest | r.quotesEn[i]] AS e',
      'FOREACH (_ IN CASE WHEN size(s) = 0 THEN [1] ELSE [] END | DELETE r)',
      'FOREACH (_ IN CASE WHEN size(s) > 0 THEN [1] ELSE [] END |',
      '  SET r.sources = s, r.quotes = q, r.quotesEn = e, r.quote = q[0], r.quoteEn = e[0]);',
    ].join('\n'),
  ];
}

export function generateCypher(plan: SourcePlan): string {
  const domain = plan.facts.filter((f) => f.type !== 'MENTIONED_IN');
  const mentions = plan.facts.filter((f) => f.type === 'MENTIONED_IN');
  const parts = [
    [
      `// Generated by \`npm run ingest -- ${plan.origin}\`: edit the bundle there, then ingest again.`,
      `// The share of the graph stated by ${plan.sourceId}. Idempotent: nodes MERGE on id, facts on their`,
      '// endpoints and type; this source\'s entry in each fact\'s sources / quotes / quotesEn is written in place.',
    ].join('\n'),
    '// ---------- The source ----------',
    nodeStatement(plan.source, 's'),
  ];
  if (plan.nodes.length) parts.push('// ---------- Nodes this source introduces ----------', ...plan.nodes.map((n) => nodeStatement(n)));
  if (domain.length) parts.push('// ---------- Facts ----------', ...domain.map((f) => factStatement(f, plan.sourceId)));
  if (mentions.length) parts.push('// ---------- Provenance: (node)-[:MENTIONED_IN]->(source) ----------', ...mentions.map((f) => factStatement(f, plan.sourceId)));
  parts.push('// ---------- What this source no longer states ----------', ...cleanupStatements(plan));
  return `${parts.join('\n\n')}\n`;
}
