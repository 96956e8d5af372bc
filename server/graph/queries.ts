/**
 * Cypher of the graph capability. Patterns are assembled from filters.ts fragments (schema-checked names
 * only); every value is a parameter.
 */
import {
  labelExpression,
  nodeKept,
  PROVENANCE_TYPE,
  quoteName,
  relationshipKept,
  typeExpression,
  typePredicate,
  where,
  wantsProvenance,
  windowPredicate,
  type ExploreFilter,
} from './filters.ts';

/**
 * The nodes within `depth` hops of $id, walking only through nodes and relationships the filter keeps, then
 * every kept relationship among them. ANY SHORTEST per reached node is a breadth-first search that yields
 * nodes nearest first and lazily, so the LIMIT stops it early on a hub instead of sorting every reachable
 * node. $limit counts the start node; one more is fetched to know whether the cap bit.
 */
export function neighbourhoodQuery(f: ExploreFilter, depth: number): string {
  const rel = `r${where(relationshipKept('r'), windowPredicate(f, 'r'))}`;
  const node = `x:Entity${where(nodeKept('x'), windowPredicate(f, 'x'))}`;
  return `
MATCH (start:Entity {id: $id})
OPTIONAL MATCH p = ANY SHORTEST (start) (()-[${rel}]-(${node})){1,${depth}} (m)
WHERE m <> start
WITH start, m LIMIT $limit
WITH start, collect(m) AS found
WITH [start] + found[..$limit - 1] AS ns, size(found) > $limit - 1 AS truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r2]->(b)
  WHERE b IN ns${where(relationshipKept('r2'), windowPredicate(f, 'r2')).replace(' WHERE', ' AND')}
  RETURN collect(r2) AS rels
}
RETURN ns, rels, truncated`;
}

/**
 * All shortest paths from $from to $to up to `maxLength` hops through kept nodes (the two ends themselves
 * are always allowed, so a path may end at a Source). Missing ends are reported, not hidden in "no path".
 */
export function pathsQuery(maxLength: number): string {
  return `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = ALL SHORTEST (a) (()-[r WHERE ${relationshipKept('r')}]-(x WHERE x = b OR (x:Entity AND ${nodeKept('x')}))){1,${maxLength}} (b)
  WITH p LIMIT $maxPaths + 1
  RETURN collect(p) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths[..$maxPaths] AS paths, size(paths) > $maxPaths AS truncated`;
}

/**
 * The whole (filtered) graph when it fits in $limit nodes, else the $limit nodes of highest degree, and the
 * kept relationships among the chosen nodes. The degree counts relationships of the kept types, read from
 * the store's degree counters (no expansion), so ranking a large graph stays cheap.
 *
 * A big overview is tens of thousands of nodes and relationships, so the reply is shaped for the driver:
 * nodes as [id, labels, properties] and relationships as [elementId, type, source id, target id, properties],
 * plain lists and maps rather than Node and Relationship structures, sent in rows of at most $batch of each.
 * neo4j-driver reads a message that spans many Bolt chunks byte by byte through a list of the chunks, so one
 * record holding every node costs seconds; a record per item costs Neo4j as much. There is always one row,
 * for `total` and `truncated`.
 */
export function overviewQuery(f: ExploreFilter): string {
  const label = labelExpression(f);
  const nodeWhere = where(windowPredicate(f, 'n'));
  const relOk = [typePredicate(f, 'r'), windowPredicate(f, 'r')].filter((p) => p !== 'true');
  return `
CALL () {
  MATCH (n:${label})${nodeWhere}
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:${label})${nodeWhere}
  WITH n, ${degreeExpression(f, 'n')} AS degree
  ORDER BY degree DESC, n.id
  LIMIT $limit
  RETURN collect(n) AS ns, collect([${publicId('n')}, labels(n), properties(n)]) AS nodes
}
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r${typeExpression(f)}]->(b)
  WHERE b IN ns${relOk.length ? ' AND ' + relOk.join(' AND ') : ''}
  RETURN collect([elementId(r), type(r), ${publicId('a')}, ${publicId('b')}, properties(r)]) AS edges
}
WITH nodes, edges, total, total > size(ns) AS truncated
WITH nodes, edges, total, truncated, CASE WHEN size(nodes) > size(edges) THEN size(nodes) ELSE size(edges) END AS longest
UNWIND range(0, CASE WHEN longest > 0 THEN longest - 1 ELSE 0 END, $batch) AS i
RETURN nodes[i..i + $batch] AS nodes, edges[i..i + $batch] AS edges, total, truncated`;
}

/** The public id of node `v` as shape.ts's nodeId gives it: its slug, else its elementId. */
function publicId(v: string): string {
  return `CASE WHEN ${v}.id IS :: STRING NOT NULL AND ${v}.id <> '' THEN ${v}.id ELSE elementId(${v}) END`;
}

/** Degree of node `v` over the kept relationship types, from degree counters. */
function degreeExpression(f: ExploreFilter, v: string): string {
  if (f.types?.length) return f.types.map((t) => `COUNT { (${v})-[:${quoteName(t)}]-() }`).join(' + ');
  if (wantsProvenance(f)) return `COUNT { (${v})--() }`;
  return `COUNT { (${v})--() } - COUNT { (${v})-[:${PROVENANCE_TYPE}]-() }`;
}

/** One node, the relationships that state facts about it, and the sources behind both. */
export const NODE_DETAILS = `
MATCH (n:Entity {id: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(s:Source)
  RETURN collect({rel: m, source: s}) AS mentions
}
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(o:Entity)
  WHERE type(r) <> 'MENTIONED_IN'
  RETURN collect({rel: r, other: o}) AS facts
}
CALL (n, mentions, facts) {
  UNWIND [f IN facts | f.rel] + [m IN mentions | m.rel] AS r
  UNWIND coalesce(r.sources, []) AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s) AS cited
}
RETURN n, mentions, facts, cited`;

