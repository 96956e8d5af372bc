/** Cypher of the stored links: :_Link nodes (never :Entity), one per distinct query string. */

/** MERGE on the content-hash id: storing the same state twice keeps the first node (and its createdAt). */
export const STORE_LINK = `
MERGE (l:_Link {id: $id})
ON CREATE SET l.search = $search, l.createdAt = $createdAt
RETURN l.id AS id, l.search AS search, l.createdAt AS createdAt`;

export const GET_LINK = `
MATCH (l:_Link {id: $id})
RETURN l.id AS id, l.search AS search, l.createdAt AS createdAt`;
