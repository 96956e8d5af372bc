/** Cypher of the search capability. */

/**
 * Full-text search over every name (re-ranked: exact whole-name matches first, then names starting with the query), then, only when it finds nothing, a scan of the folded names for every
 * word (so a word in the middle of a name, or an Arabic word glued to its article, still finds). One round
 * trip: the fallback subquery runs on zero rows when the index answered.
 */
export const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('entityNames', $lucene) YIELD node, score
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  WITH node, score LIMIT 200
  // searchText is ' | '-joined folded names: a whole name or alias equal to the query, or starting with it,
  // outranks a word match inside a longer name ("FIEP" is the organisation before the FIEP summit).
  WITH node, score, ' | ' + node.searchText + ' | ' AS names
  RETURN node, score + CASE WHEN names CONTAINS $exact THEN 100.0 WHEN names CONTAINS $prefix THEN 20.0 ELSE 0.0 END AS score
  ORDER BY score DESC, node.id
  LIMIT $limit
}
WITH collect({node: node, score: score}) AS hits
CALL (hits) {
  WITH hits WHERE size(hits) = 0
  MATCH (n:Entity)
  WHERE all(t IN $terms WHERE n.searchText CONTAINS t)
    AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  WITH n ORDER BY size(n.name), n.id LIMIT $limit
  RETURN collect({node: n, score: 0.0}) AS scanned
}
UNWIND hits + scanned AS hit
RETURN hit.node AS node, hit.score AS score`;
