/**
 * Turns a checked bundle into the Cypher seed script of its source (cypher/seed/NNN_<slug>.cypher).
 *
 * The script is data written by this tool, so values are written as Cypher literals, escaped here; nothing in
 * it comes from a request. The seeder sends each UNWIND list as a parameter (server/seed/unwind-rows.ts), so the
 * few statement texts are planned once for every script. It is idempotent and owns exactly one source's share of
 * the graph:
 *  - the :Source node and the nodes the bundle introduces, as rows of one UNWIND (label and properties): MERGE on
 *    id, then every property set (SET n = …), so a property removed from the bundle goes too;
 *  - the facts, as rows of one UNWIND (one per set of key properties): each MERGEd on its endpoints and type
 *    (and key properties), its properties added, and this source's entry in the aligned `sources` / `quotes` /
 *    `quotesEn` lists written in place or appended, so other sources keep their place and their quotes;
 *  - then every fact this source no longer states loses it, and is deleted when no source is left; a node no
 *    source mentions any more is deleted.
 */
import { groupBy } from '../model/group-by.ts';
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

/** A map literal, one entry per line at `depth` levels of two spaces, its closing brace one level less. */
function map(props: Properties, depth = 1): string {
  const entries = Object.entries(props);
  if (!entries.length) return '{}';
  const indent = '  '.repeat(depth);
  return `{\n${entries.map(([k, v]) => `${indent}${key(k)}: ${cypherValue(v)}`).join(',\n')}\n${'  '.repeat(depth - 1)}}`;
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

/** A list literal of maps, one map per item, indented for reading. */
function mapList(maps: string[]): string {
  return `[\n${maps.map((m) => `  ${m}`).join(',\n')}\n]`;
}

/**
 * One statement for a list of nodes, the label a value of each row: the statement text is the same in every
 * script, so Neo4j plans it once (a statement per node cost a plan each: 30 s for the seed on a fresh database).
 */
function nodeStatement(nodes: NodeWrite[], variable = 'n'): string {
  const row = (n: NodeWrite) => `{\n    label: ${cypherString(n.label)},\n    properties: ${map({ id: n.id, ...n.properties }, 3)}\n  }`;
  return [
    `UNWIND ${mapList(nodes.map(row))} AS node`,
    `MERGE (${variable}:Entity {id: node.properties.id})`,
    `SET ${variable}:$(node.label), ${variable} = node.properties;`,
  ].join('\n');
}

/**
 * One statement for the facts whose types share a MERGE key (most have none: endpoints and type only), the type a
 * value of each row. Each row: from, to, type, the words that state it, then the properties the fact carries.
 */
function factStatement(facts: FactWrite[], keys: readonly string[], sourceId: string): string {
  const keyMap = keys.length ? ` {${keys.map((k) => `${key(k)}: fact.properties.${key(k)}`).join(', ')}}` : '';
  const row = (f: FactWrite) =>
    [
      '{',
      `    from: ${cypherString(f.from)},`,
      `    to: ${cypherString(f.to)},`,
      `    type: ${cypherString(f.type)},`,
      `    quote: ${cypherString(f.quote)},`,
      `    quoteEn: ${cypherString(f.quoteEn)},`,
      `    properties: ${map(f.properties, 3)}`,
      '  }',
    ].join('\n');
  return [
    `UNWIND ${mapList(facts.map(row))} AS fact`,
    'MATCH (a:Entity {id: fact.from}), (b:Entity {id: fact.to})',
    `MERGE (a)-[r:$(fact.type)${keyMap}]->(b)`,
    'SET r += fact.properties',
    `WITH r, ${cypherString(sourceId)} AS src, fact.quote AS quote, fact.quoteEn AS quoteEn,`,
    '     coalesce(r.sources, []) AS s, coalesce(r.quotes, []) AS q, coalesce(r.quotesEn, []) AS e',
    'WITH r, src, quote, quoteEn, q, e, CASE WHEN src IN s THEN s ELSE s + src END AS s',
    'WITH r, s, [i IN range(0, size(s) - 1) | CASE WHEN s[i] = src THEN quote ELSE q[i] END] AS q,',
    '     [i IN range(0, size(s) - 1) | CASE WHEN s[i] = src THEN quoteEn ELSE e[i] END] AS e',
    'SET r.sources = s, r.quotes = q, r.quotesEn = e, r.quote = q[0], r.quoteEn = e[0];',
  ].join('\n');
}

/** The facts in statements, one per set of MERGE key properties, in bundle order. */
function factStatements(facts: FactWrite[], sourceId: string): string[] {
  const keysOf = (f: FactWrite) => specOf(f.type).key ?? [];
  return [...groupBy(facts, (f) => keysOf(f).join(',')).values()].map((group) => factStatement(group, keysOf(group[0]!), sourceId));
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
    nodeStatement([plan.source], 's'),
  ];
  if (plan.nodes.length) parts.push('// ---------- Nodes this source introduces ----------', nodeStatement(plan.nodes));
  if (domain.length) parts.push('// ---------- Facts ----------', ...factStatements(domain, plan.sourceId));
  if (mentions.length) parts.push('// ---------- Provenance: (node)-[:MENTIONED_IN]->(source) ----------', ...factStatements(mentions, plan.sourceId));
  parts.push('// ---------- What this source no longer states ----------', ...cleanupStatements(plan));
  return `${parts.join('\n\n')}\n`;
}
