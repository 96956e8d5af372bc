// The app's own data, kept apart from the domain graph (never :Entity): saved queries, snapshots and stored links.
// Idempotent: every statement uses IF NOT EXISTS.

// User-saved queries: an id clash fails (CREATE) instead of overwriting a saved query.
CREATE CONSTRAINT saved_query_id_unique IF NOT EXISTS
FOR (q:_SavedQuery) REQUIRE q.id IS UNIQUE;

// Snapshots: immutable frozen views for reports; an id clash fails (CREATE) instead of overwriting one.
CREATE CONSTRAINT snapshot_id_unique IF NOT EXISTS
FOR (s:_Snapshot) REQUIRE s.id IS UNIQUE;

// Stored links (/?s=<id>): the id is a hash of the link's text, so one node per distinct link.
CREATE CONSTRAINT link_id_unique IF NOT EXISTS
FOR (l:_Link) REQUIRE l.id IS UNIQUE;

// The snapshot list pages newest first.
CREATE INDEX snapshot_created_at IF NOT EXISTS
FOR (s:_Snapshot) ON (s.createdAt);
