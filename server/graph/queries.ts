/**
 * Cypher of the graph capability. Patterns are assembled from filters.ts fragments (schema-checked names
 * only); every value is a parameter.
 */
import {
  labelExpression,

  typeExpression,
  typePredicate,
  where,
  windowPredicate,
  type ExploreFilter,
} from './filters.ts';

/**
 * The nodes within `depth` hops of $id (breadth-first: ANY SHORTEST per reached node, so nearer nodes come
 * first and survive the cap), walking only through nodes and relationships the filter keeps, then every kept
 * relationship among them. $limit counts the start node.
 */
export function neighbourhoodQuery(f: ExploreFilter, depth: number): string {
  const rel = `r${typeExpression(f)}${where(typePredicate(f, 'r'), windowPredicate(f, 'r'))}`;
  const node = `x:${labelExpression(f)}${where(windowPredicate(f, 'x'))}`;
  const induced = `r2${typeExpression(f)}`;
  return `
MATCH (start:Entity {id: $id})
OPTIONAL MATCH p = ANY SHORTEST (start) (()-[${rel}]-(${node})){1,${depth}} (m)
WHERE m <> start
WITH start, m, length(p) AS dist
ORDER BY dist, m.id
WITH start, collect(m) AS found
WITH [start] + found[..$limit - 1] AS ns, size(found) > $limit - 1 AS truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[${induced}]->(b)
  WHERE b IN ns${where(typePredicate(f, 'r2'), windowPredicate(f, 'r2')).replace(' WHERE', ' AND')}
  RETURN collect(r2) AS rels
}
RETURN ns, rels, truncated`;
}

/**
 * All shortest paths from $from to $to up to `maxLength` hops through kept nodes (the two ends themselves
 * are always allowed, so a path may end at a Source). Missing ends are reported, not hidden in "no path".
 */
export function pathsQuery(f: ExploreFilter, maxLength: number): string {
  const rel = `r${typeExpression(f)}${where(typePredicate(f, 'r'), windowPredicate(f, 'r'))}`;
  const nodeOk = [`x:${labelExpression(f)}`, windowPredicate(f, 'x')].filter((p) => p !== 'true').join(' AND ');
  return `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = ALL SHORTEST (a) (()-[${rel}]-(x WHERE x = b OR (${nodeOk}))){1,${maxLength}} (b)
  WITH p LIMIT $maxPaths + 1
  RETURN collect(p) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths[..$maxPaths] AS paths, size(paths) > $maxPaths AS truncated`;
}

/**
 * The whole (filtered) graph when it fits in $limit nodes, else the $limit nodes of highest degree, and the
 * kept relationships among the chosen nodes.
 */
export function overviewQuery(f: ExploreFilter): string {
  const label = labelExpression(f);
  const nodeWhere = where(windowPredicate(f, 'n'));
  const rel = `r${typeExpression(f)}`;
  const relOk = [typePredicate(f, 'r'), windowPredicate(f, 'r')].filter((p) => p !== 'true');
  const degreeWhere = where(...relOk, `o:${label}`);
  return `
MATCH (n:${label})${nodeWhere}
WITH n, COUNT { (n)-[${rel}]-(o)${degreeWhere} } AS degree
ORDER BY degree DESC, n.id
WITH collect(n) AS candidates
WITH candidates[..$limit] AS ns, size(candidates) AS total
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[${rel}]->(b)
  WHERE b IN ns${relOk.length ? ' AND ' + relOk.join(' AND ') : ''}
  RETURN collect(r) AS rels
}
RETURN ns, rels, total, total > size(ns) AS truncated`;
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

