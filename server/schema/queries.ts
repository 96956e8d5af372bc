/** Cypher of the schema capability. */

/** Labels and relationship types in use: one round trip, cached by SchemaCache. */
export const LABELS_AND_TYPES = `
CALL db.labels() YIELD label
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
RETURN labels, collect(relationshipType) AS types`;

/**
 * Counts and property keys per domain label and per relationship type between domain nodes. A full
 * scan, so the result is cached (see service.ts); internal labels (`_…`) are left out.
 */
export const SCHEMA_SUMMARY = `
CALL () {
  MATCH (n:Entity)
  UNWIND [l IN labels(n) WHERE NOT l STARTS WITH '_'] AS label
  WITH label, count(n) AS count, collect(DISTINCT keys(n)) AS keyLists
  RETURN collect({name: label, count: count,
    properties: reduce(acc = [], ks IN keyLists | acc + [k IN ks WHERE NOT k IN acc])}) AS labels
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WITH type(r) AS type, count(r) AS count, collect(DISTINCT keys(r)) AS keyLists
  RETURN collect({name: type, count: count,
    properties: reduce(acc = [], ks IN keyLists | acc + [k IN ks WHERE NOT k IN acc])}) AS types
}
RETURN labels, types`;
