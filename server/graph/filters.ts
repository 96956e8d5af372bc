/**
 * The exploration filters shared by neighbourhood, paths and overview: relationship types, node labels and a
 * date window, turned into pattern fragments. Labels and types have been checked against the schema (see
 * SchemaCache) before they get here, and are backtick-quoted all the same; dates travel as parameters.
 *
 * Provenance stays out of the view by default: MENTIONED_IN edges and Source nodes are left out unless
 * `types` asks for MENTIONED_IN or `labels` asks for Source (then both come back).
 */

export const PROVENANCE_TYPE = 'MENTIONED_IN';
export const SOURCE_LABEL = 'Source';

export interface ExploreFilter {
  types?: string[] | undefined;
  labels?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** `name` as a Cypher identifier. */
export function quoteName(name: string): string {
  return '`' + name.replace(/`/g, '``') + '`';
}

export function wantsProvenance(f: ExploreFilter): boolean {
  return Boolean(f.types?.includes(PROVENANCE_TYPE) || f.labels?.includes(SOURCE_LABEL));
}

/** `:A|B` for a relationship pattern, or '' for any type. */
export function typeExpression(f: ExploreFilter): string {
  return f.types?.length ? ':' + f.types.map(quoteName).join('|') : '';
}

/** Cypher boolean over relationship `r`: its type is wanted (only needed when no type list is given). */
export function typePredicate(f: ExploreFilter, r: string): string {
  if (f.types?.length || wantsProvenance(f)) return 'true';
  return `type(${r}) <> '${PROVENANCE_TYPE}'`;
}

/** `Entity&(A|B)` or `Entity&!Source`: every node of an exploration is a domain node, never an internal one. */
export function labelExpression(f: ExploreFilter): string {
  if (f.labels?.length) return `Entity&(${f.labels.map(quoteName).join('|')})`;
  return wantsProvenance(f) ? 'Entity' : `Entity&!${SOURCE_LABEL}`;
}

/**
 * The type and label filters as parameters, for the queries a user runs again and again with new filters
 * (neighbourhood and paths, from the filter panel). Neo4j plans each distinct query text once, which takes
 * 0.4–1.7 s here, and keeps the plan: names written into the text would make every new combination of types
 * and labels wait for a plan of its own, where as parameters one plan serves them all. The overview keeps its
 * names in the text, for the store's degree counters by type.
 */
export function filterParams(f: ExploreFilter): { types: string[]; labels: string[]; provenance: boolean } {
  return { types: f.types ?? [], labels: f.labels ?? [], provenance: wantsProvenance(f) };
}

/** Cypher boolean over relationship `r`, reading filterParams: its type is wanted. */
export function relationshipKept(r: string): string {
  return `(size($types) = 0 OR type(${r}) IN $types) AND ($provenance OR type(${r}) <> '${PROVENANCE_TYPE}')`;
}

/** Cypher boolean over an :Entity node `x`, reading filterParams: one of its labels is wanted. */
export function nodeKept(x: string): string {
  return `CASE WHEN size($labels) = 0 THEN $provenance OR NOT ${x}:${SOURCE_LABEL} ELSE any(label IN labels(${x}) WHERE label IN $labels) END`;
}

/**
 * Cypher boolean: node or relationship `v` overlaps the window [$from, $to] ('true' without a window). Dates
 * are ISO strings of any precision; `$windowTo` is `to + '~'`, so a coarser date compares as its whole period
 * (2024-05 <= 2024~) and `end + '~' >= $from` does the same at the other end. Undated things are always in;
 * `since` opens a period without an end.
 */
export function windowPredicate(f: ExploreFilter, v: string): string {
  if (!f.from && !f.to) return 'true';
  const start = `coalesce(${v}.startDate, ${v}.date, ${v}.since)`;
  const end = `coalesce(${v}.endDate, ${v}.date)`;
  return `(($windowTo IS NULL OR ${start} IS NULL OR toString(${start}) <= $windowTo) AND ($windowFrom IS NULL OR ${end} IS NULL OR toString(${end}) + '~' >= $windowFrom))`;
}

/** Parameters windowPredicate reads. */
export function windowParams(f: ExploreFilter): { windowFrom: string | null; windowTo: string | null } {
  return { windowFrom: f.from ?? null, windowTo: f.to ? `${f.to}~` : null };
}

/** ` WHERE a AND b`, leaving out trivially true parts; '' when nothing is left. */
export function where(...predicates: string[]): string {
  const kept = predicates.filter((p) => p && p !== 'true');
  return kept.length ? ` WHERE ${kept.join(' AND ')}` : '';
}
