// The app's own data, kept apart from the domain graph (never :Entity): saved queries and snapshots.
// Idempotent: every statement uses IF NOT EXISTS.

// User-saved queries: an id clash fails (CREATE) instead of overwriting a saved query.
CREATE CONSTRAINT saved_query_id_unique IF NOT EXISTS
FOR (q:_SavedQuery) REQUIRE q.id IS UNIQUE;

// Snapshots: immutable frozen views for reports; an id clash fails (CREATE) instead of overwriting one.
CREATE CONSTRAINT snapshot_id_unique IF NOT EXISTS
FOR (s:_Snapshot) REQUIRE s.id IS UNIQUE;

// The snapshot list pages newest first.
CREATE INDEX snapshot_created_at IF NOT EXISTS
FOR (s:_Snapshot) ON (s.createdAt);
