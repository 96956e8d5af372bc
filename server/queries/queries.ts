/**
 * Cypher of the saved-query store. User queries live under :_SavedQuery, apart from the domain graph
 * (never :Entity), so no exploration query, search or reset ever sees or touches them.
 */

export const LIST_USER_QUERIES = `MATCH (q:_SavedQuery) RETURN q ORDER BY toLower(q.title), q.id`;

export const GET_USER_QUERY = `MATCH (q:_SavedQuery {id: $id}) RETURN q`;

/** CREATE, not MERGE: with the uniqueness constraint an id clash fails instead of overwriting. */
export const CREATE_USER_QUERY = `
CREATE (q:_SavedQuery {id: $id, title: $title, description: $description, cypher: $cypher, params: $params,
  createdAt: $now, updatedAt: $now, version: 1})
RETURN q`;

/** Updates only when the query exists and, if $version is given, still has that version (no lost update). */
export const UPDATE_USER_QUERY = `
OPTIONAL MATCH (q:_SavedQuery {id: $id})
WITH q, q IS NOT NULL AND ($version IS NULL OR q.version = $version) AS ok
FOREACH (_ IN CASE WHEN ok THEN [1] ELSE [] END |
  SET q.title = $title, q.description = $description, q.cypher = $cypher, q.params = $params,
      q.updatedAt = $now, q.version = q.version + 1)
RETURN q, ok`;

export const DELETE_USER_QUERY = `
MATCH (q:_SavedQuery {id: $id})
WITH q, q.id AS id
DELETE q
RETURN id`;
