/** Cypher of the snapshot store. Snapshots are :_Snapshot nodes, never :Entity, with the frozen view as JSON. */

/** CREATE, not MERGE: an id clash fails on the uniqueness constraint instead of replacing a snapshot. */
export const CREATE_SNAPSHOT = `
CREATE (s:_Snapshot {id: $id, title: $title, createdAt: $createdAt, dataTime: $dataTime, lang: $lang,
                     nodeCount: $nodeCount, edgeCount: $edgeCount, json: $json})
RETURN s.id AS id`;

export const GET_SNAPSHOT_JSON = `
MATCH (s:_Snapshot {id: $id})
RETURN s.json AS json`;

const SUMMARY = `s.id AS id, s.title AS title, s.createdAt AS createdAt, s.dataTime AS dataTime, s.lang AS lang,
       s.nodeCount AS nodeCount, s.edgeCount AS edgeCount`;

/** Newest first; ties on createdAt broken by id so the order (and the cursor) is total. */
export const LIST_SNAPSHOTS_AFTER = `
MATCH (s:_Snapshot)
WHERE $after IS NULL OR s.createdAt < $after.createdAt OR (s.createdAt = $after.createdAt AND s.id < $after.id)
RETURN ${SUMMARY}
ORDER BY s.createdAt DESC, s.id DESC
LIMIT $limit`;

export const LIST_SNAPSHOTS_OFFSET = `
MATCH (s:_Snapshot)
RETURN ${SUMMARY}
ORDER BY s.createdAt DESC, s.id DESC
SKIP $offset LIMIT $limit`;

export const COUNT_SNAPSHOTS = `MATCH (s:_Snapshot) RETURN count(s) AS n`;

export const DELETE_SNAPSHOT = `
MATCH (s:_Snapshot {id: $id})
DELETE s
RETURN true AS deleted`;

/** The sources a snapshot cites, as the graph has them now (they are frozen into the snapshot). */
export const SOURCES_BY_ID = `
UNWIND $ids AS sid
MATCH (s:Source:Entity {id: sid})
RETURN s.id AS id, s.publication AS publication, s.publicationAr AS publicationAr, s.title AS title,
       s.titleAr AS titleAr, s.date AS date, s.url AS url`;
