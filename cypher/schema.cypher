// Schema for the Kuwait–Turkey defence and security cooperation graph.
// Idempotent: every statement uses IF NOT EXISTS. Statements are separated by semicolons.

// Every domain node (and every :Source) carries :Entity with a stable slug id.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Exact-match and prefix look-ups on names.
CREATE INDEX entity_name IF NOT EXISTS
FOR (n:Entity) ON (n.name);

CREATE INDEX entity_name_ar IF NOT EXISTS
FOR (n:Entity) ON (n.nameAr);

// Folded names (see data/search-folding.md), for CONTAINS look-ups without the full-text index.
CREATE INDEX entity_search_text IF NOT EXISTS
FOR (n:Entity) ON (n.searchText);

// Kinds and statuses used as filters.
CREATE INDEX organization_kind IF NOT EXISTS
FOR (n:Organization) ON (n.kind);

CREATE INDEX agreement_kind IF NOT EXISTS
FOR (n:Agreement) ON (n.kind);

CREATE INDEX agreement_status IF NOT EXISTS
FOR (n:Agreement) ON (n.status);

CREATE INDEX event_kind IF NOT EXISTS
FOR (n:Event) ON (n.kind);

// Dates are ISO strings of varying precision ('2018', '2024-05', '2025-03-25'), so they sort as strings.
CREATE INDEX agreement_date IF NOT EXISTS
FOR (n:Agreement) ON (n.date);

CREATE INDEX event_date IF NOT EXISTS
FOR (n:Event) ON (n.date);

CREATE INDEX event_start_date IF NOT EXISTS
FOR (n:Event) ON (n.startDate);

CREATE INDEX event_end_date IF NOT EXISTS
FOR (n:Event) ON (n.endDate);

CREATE INDEX source_date IF NOT EXISTS
FOR (n:Source) ON (n.date);

// Full-text search over all names. Lists cannot be indexed, hence aliasesText (aliases joined by ' | ')
// and searchText (accent- and hamza-folded forms of every name, joined by ' | ').
// standard-no-stop-words: Unicode word tokenizer plus lower-casing, and no English stop words removed.
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.nameAr, n.nameTr, n.aliasesText, n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
