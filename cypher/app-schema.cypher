// The app's own data, kept apart from the domain graph (never :Entity): saved queries here; snapshots add theirs.
// Idempotent: every statement uses IF NOT EXISTS.

// User-saved queries: an id clash fails (CREATE) instead of overwriting a saved query.
CREATE CONSTRAINT saved_query_id_unique IF NOT EXISTS
FOR (q:_SavedQuery) REQUIRE q.id IS UNIQUE;
