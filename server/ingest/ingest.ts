/**
 * Ingest of one source bundle: check it (format, model, quotes, references, likely duplicates), generate its
 * Cypher seed script, and optionally apply that script to the database. The database is only read to resolve
 * ids and find duplicates; it is written only by the generated script, as the seed is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import {
  COMMON_NODE_PROPERTIES,
  DATE_FORMS,
  DATE_PROPERTIES,
  LABEL_SPECS,
  RELATIONSHIP_NOTE,
  hasType,
  nodeProperties,
  precisionOf,
  relationshipSpec,
  type Label,
} from '../model/model.ts';
import type { Gateway } from '../neo4j/gateway.ts';
import { applyCypherFile, seedDir as defaultSeedDir } from '../seed/seed.ts';
import { fold } from '../search/fold.ts';
import { BundleError, loadBundle, type Bundle, type EntityInput } from './bundle.ts';
import { factKey, generateCypher, type FactWrite, type NodeWrite, type Properties, type SourcePlan } from './generate.ts';
import { closestPassage, locateQuote } from './quotes.ts';
import { likelyDuplicates, type Candidate, type NamedNode } from './resolve.ts';

export type IngestMode = 'check' | 'write' | 'apply';

export interface DuplicateReport {
  entity: string;
  name: string;
  candidates: Candidate[];
  /** How the facts file settles it; undefined = not settled, ingest stops. */
  resolution?: { sameAs: string } | { distinct: true };
}

export interface IngestReport {
  bundle: string;
  sourceId: string;
  errors: string[];
  duplicates: DuplicateReport[];
  counts: { entities: number; sameAs: number; mentions: number; facts: number };
  /** The seed script (written unless mode is check, and only without errors). */
  cypherFile?: string;
  written: boolean;
  applied: boolean;
}

export interface IngestOptions {
  mode: IngestMode;
  /** Where seed scripts go (cypher/seed by default; tests use their own folder). */
  seedDir?: string;
}

/** What ingest needs to know of a node already in the graph. */
interface ExistingNode extends NamedNode {
  mentionedBy: string[];
}

async function existingNodes(gateway: Gateway): Promise<Map<string, ExistingNode>> {
  const r = await gateway.read(
    `MATCH (n:Entity)
     RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
            [x IN [n.name, n.nameAr, n.nameTr] + coalesce(n.aliases, []) WHERE x IS NOT NULL] AS names,
            [(n)-[:MENTIONED_IN]->(s:Source) | s.id] AS mentionedBy`,
    {},
    { timeoutMs: 60_000 },
  );
  return new Map(
    r.records.map((rec) => {
      const id = rec.get('id') as string;
      return [id, { id, label: rec.get('label') as string, names: rec.get('names') as string[], mentionedBy: rec.get('mentionedBy') as string[] }];
    }),
  );
}

/** `searchText`: folded names, first occurrence kept, as data/search-folding.md specifies. */
export function searchText(names: (string | undefined)[]): string {
  return [...new Set(names.filter((x): x is string => !!x).map(fold))].join(' | ');
}

function relPath(file: string): string {
  const rel = path.relative(projectRoot, file);
  return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
}

function sourceNode(b: Bundle): NodeWrite {
  const m = b.meta;
  const nameAr = m.nameAr ?? (m.language === 'ar' ? m.titleOriginal : undefined);
  const p: Record<string, Properties[string] | undefined> = {
    name: m.title,
    nameAr,
    aliases: m.aliases,
    publication: m.publication,
    publicationAr: m.publicationAr,
    title: m.title,
    titleAr: m.language === 'ar' ? m.titleOriginal : undefined,
    titleTr: m.language === 'tr' ? m.titleOriginal : undefined,
    language: m.language,
    author: m.author,
    authorAr: m.authorAr,
    url: m.url,
    date: m.date,
    datePrecision: m.datePrecision,
    dateNote: m.dateNote,
    note: m.note,
    file: relPath(b.textFile),
    aliasesText: m.aliases.join(' | '),
    searchText: searchText([m.title, nameAr, ...m.aliases]),
    description: m.description,
  };
  return { id: m.id, label: 'Source', properties: defined(p) };
}

function defined(p: Record<string, Properties[string] | undefined>): Properties {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as Properties;
}

function entityNode(e: EntityInput): NodeWrite {
  const p: Record<string, Properties[string] | undefined> = {
    name: e.name,
    nameAr: e.nameAr,
    nameArNote: e.nameArNote,
    nameTr: e.nameTr,
    aliases: e.aliases,
    kind: e.kind,
    status: e.status,
    date: e.date,
    datePrecision: e.datePrecision,
    dateInferred: e.dateInferred,
    dateNote: e.dateNote,
    dateSources: e.dateSources,
    dateQuote: e.dateQuote,
    startDate: e.startDate,
    endDate: e.endDate,
    ...e.properties,
    aliasesText: e.aliases.join(' | '),
    searchText: searchText([e.name, e.nameAr, e.nameTr, ...e.aliases]),
    description: e.description,
  };
  return { id: e.id, label: e.label, properties: defined(p) };
}

/** Checks that need only the bundle: ids, vocabularies, property names and types, date forms. */
function checkEntity(e: EntityInput, problems: string[]): void {
  const where = `entity ${e.id}`;
  const spec = LABEL_SPECS[e.label];
  if (!e.id.startsWith(spec.idPrefix)) problems.push(`${where}: the id of a ${e.label} starts with "${spec.idPrefix}"`);
  if (e.kind !== undefined && !spec.kinds?.includes(e.kind)) {
    problems.push(`${where}: kind "${e.kind}" is not one of ${spec.kinds?.join(', ') ?? '(none: this label has no kinds)'}`);
  }
  if (spec.kinds && e.kind === undefined) problems.push(`${where}: a ${e.label} needs a kind (${spec.kinds.join(', ')})`);
  if (e.status !== undefined && !spec.statuses?.includes(e.status)) {
    problems.push(`${where}: status "${e.status}" is not one of ${spec.statuses?.join(', ') ?? '(none: this label has no status)'}`);
  }
  const allowed = nodeProperties(e.label);
  for (const [k, v] of Object.entries(e.properties)) {
    if (k in COMMON_NODE_PROPERTIES || k in DATE_PROPERTIES || k === 'kind' || k === 'status') {
      problems.push(`${where}: "${k}" is a field of the entity itself, not one of its properties`);
    } else if (!(k in allowed)) {
      problems.push(`${where}: a ${e.label} has no property "${k}" (model: ${Object.keys(LABEL_SPECS[e.label].properties).join(', ') || 'none'})`);
    } else if (!hasType(v, allowed[k]!)) problems.push(`${where}: property "${k}" must be ${allowed[k]}`);
  }
  const dated = e.date ?? e.startDate ?? e.endDate ?? e.datePrecision;
  if (dated !== undefined && !spec.dated) problems.push(`${where}: a ${e.label} carries no dates`);
  if (e.date !== undefined) {
    if (!e.datePrecision) problems.push(`${where}: date "${e.date}" needs a datePrecision`);
    else if (!DATE_FORMS[e.datePrecision].test(e.date)) {
      problems.push(`${where}: date "${e.date}" is not of the form of precision "${e.datePrecision}"`);
    }
  } else if (e.datePrecision) problems.push(`${where}: datePrecision without a date`);
  for (const k of ['startDate', 'endDate'] as const) {
    if (e[k] !== undefined && !precisionOf(e[k]!)) problems.push(`${where}: ${k} "${e[k]}" is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD)`);
  }
  if (e.startDate !== undefined && e.date !== e.startDate) problems.push(`${where}: a range has date = startDate`);
  if (e.dateInferred && !e.dateNote) problems.push(`${where}: an inferred date needs a dateNote`);
  if (e.sameAs && e.distinct) problems.push(`${where}: sameAs and distinct exclude each other`);
}

function checkFactProperties(type: string, props: Properties, where: string, problems: string[]): void {
  const spec = relationshipSpec(type);
  if (!spec) {
    problems.push(`${where}: unknown relationship type ${type} (docs/model.md lists them)`);
    return;
  }
  const allowed: Record<string, string> = { ...spec.properties, ...RELATIONSHIP_NOTE };
  for (const [k, v] of Object.entries(props)) {
    if (!(k in allowed)) problems.push(`${where}: ${type} has no property "${k}" (model: ${Object.keys(allowed).join(', ')})`);
    else if (!hasType(v, allowed[k] as never)) problems.push(`${where}: property "${k}" must be ${allowed[k]}`);
  }
  for (const k of spec.key ?? []) if (props[k] === undefined) problems.push(`${where}: ${type} needs "${k}" (part of its identity)`);
  if (typeof props.since === 'string') {
    const p = props.sincePrecision;
    if (typeof p !== 'string' || !(p in DATE_FORMS) || !DATE_FORMS[p as keyof typeof DATE_FORMS].test(props.since)) {
      problems.push(`${where}: since "${props.since}" needs a sincePrecision matching its form`);
    }
  }
}

function quoteProblem(b: Bundle, where: string, quote: string): { passage?: string; problem?: string } {
  const passage = locateQuote(b.text, quote);
  if (passage !== undefined) return { passage };
  const hint = closestPassage(b.text, quote);
  return { problem: `${where}: the quote is not in ${path.basename(b.textFile)}:\n    quote:   ${quote}\n    closest: ${hint.passage}` };
}

/** Builds the plan of a bundle and every problem found; `existing` is the graph as it is now. */
export function planBundle(b: Bundle, existing: Map<string, ExistingNode>): { plan: SourcePlan; errors: string[]; duplicates: DuplicateReport[] } {
  const errors: string[] = [];
  const sourceId = b.meta.id;
  const { entities, mentions, facts } = b.facts;

  if (!DATE_FORMS[b.meta.datePrecision].test(b.meta.date)) {
    errors.push(`source: date "${b.meta.date}" is not of the form of precision "${b.meta.datePrecision}"`);
  }
  const seen = new Set<string>();
  for (const e of entities) {
    if (seen.has(e.id)) errors.push(`entity ${e.id}: listed twice`);
    seen.add(e.id);
    checkEntity(e, errors);
  }

  // Local ids become the ids of the nodes they are the same as.
  const idOf = new Map<string, string>();
  const labelOf = new Map<string, string>();
  for (const [id, n] of existing) labelOf.set(id, n.label);
  // The article itself may be an endpoint (it was PUBLISHED_BY an outlet, a journalist WROTE it).
  idOf.set(sourceId, sourceId);
  labelOf.set(sourceId, 'Source');
  const duplicates: DuplicateReport[] = [];
  const ownIds = new Set(entities.map((e) => e.id));
  // Nodes only this source mentions are this bundle's earlier state, not other nodes to compare with.
  const others = [...existing.values()].filter(
    (n) => !ownIds.has(n.id) && n.label !== 'Source' && !(n.mentionedBy.length === 1 && n.mentionedBy[0] === sourceId),
  );
  for (const e of entities) {
    if (e.sameAs) {
      const target = existing.get(e.sameAs);
      if (!target) errors.push(`entity ${e.id}: sameAs ${e.sameAs}, which is not in the graph`);
      else if (target.label !== e.label) errors.push(`entity ${e.id}: a ${e.label} cannot be the ${target.label} ${e.sameAs}`);
      idOf.set(e.id, e.sameAs);
    } else {
      const there = existing.get(e.id);
      if (there && !there.mentionedBy.includes(sourceId)) {
        errors.push(`entity ${e.id}: this id is already in the graph (${there.label}, from ${there.mentionedBy.join(', ') || 'no source'}); to mean that node, list it under mentions or give the entity sameAs: ${e.id}`);
      }
      idOf.set(e.id, e.id);
      labelOf.set(e.id, e.label);
    }
    const candidates = likelyDuplicates({ id: e.id, label: e.label, names: [e.name, e.nameAr, ...(e.nameTr ? [e.nameTr] : []), ...e.aliases] }, others);
    if (candidates.length || e.sameAs) {
      duplicates.push({
        entity: e.id,
        name: e.name,
        candidates,
        resolution: e.sameAs ? { sameAs: e.sameAs } : e.distinct ? { distinct: true } : undefined,
      });
    }
  }
  for (const d of duplicates) {
    if (!d.resolution) {
      errors.push(`entity ${d.entity} (${d.name}) may already be in the graph as ${d.candidates.map((c) => c.id).join(', ')}: add sameAs: <id> or distinct: true`);
    }
  }
  const resolve = (id: string, where: string): string | undefined => {
    const mapped = idOf.get(id) ?? (existing.has(id) ? id : undefined);
    if (!mapped) errors.push(`${where}: ${id} is neither an entity of this bundle nor a node of the graph`);
    return mapped;
  };

  const nodes = entities.filter((e) => !e.sameAs).map(entityNode);
  const writes: FactWrite[] = [];
  for (const [i, f] of facts.entries()) {
    const where = `fact ${i + 1} (${f.from} ${f.type} ${f.to})`;
    checkFactProperties(f.type, f.properties, where, errors);
    if (f.type === 'MENTIONED_IN') errors.push(`${where}: MENTIONED_IN comes from an entity's mention or from mentions, not from facts`);
    const from = resolve(f.from, where);
    const to = resolve(f.to, where);
    const spec = relationshipSpec(f.type);
    if (spec && from && to) {
      const fl = labelOf.get(from);
      const tl = labelOf.get(to);
      if (fl && !spec.from.includes(fl as Label)) errors.push(`${where}: ${f.type} goes from ${spec.from.join(' / ')}, not from a ${fl}`);
      if (tl && !spec.to.includes(tl as Label)) errors.push(`${where}: ${f.type} goes to ${spec.to.join(' / ')}, not to a ${tl}`);
    }
    const q = quoteProblem(b, where, f.quote);
    if (q.problem) errors.push(q.problem);
    if (from && to && q.passage) writes.push({ from, type: f.type, to, properties: f.properties, quote: q.passage, quoteEn: f.gloss });
  }
  const mentionWrites: FactWrite[] = [];
  const mention = (id: string | undefined, quote: string, gloss: string, where: string) => {
    const q = quoteProblem(b, where, quote);
    if (q.problem) errors.push(q.problem);
    if (id && q.passage) mentionWrites.push({ from: id, type: 'MENTIONED_IN', to: sourceId, properties: {}, quote: q.passage, quoteEn: gloss });
  };
  for (const e of entities) mention(idOf.get(e.id), e.mention.quote, e.mention.gloss, `entity ${e.id}, mention`);
  for (const m of mentions) mention(resolve(m.id, `mention of ${m.id}`), m.quote, m.gloss, `mention of ${m.id}`);

  const all = [...writes, ...mentionWrites];
  const byKey = new Map<string, number>();
  for (const w of all) byKey.set(factKey(w), (byKey.get(factKey(w)) ?? 0) + 1);
  for (const [k, n] of byKey) if (n > 1) errors.push(`fact ${k.replaceAll('|', ' ')} is stated ${n} times: one entry per fact and source`);

  const plan: SourcePlan = { sourceId, origin: relPath(b.dir), source: sourceNode(b), nodes, facts: all };
  return { plan, errors, duplicates };
}

/** cypher/seed/NNN_<slug>.cypher: the bundle's own number when it has one, else the next ten. */
export function seedFileFor(slug: string, dir: string): string {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^\d{3}_.*\.cypher$/.test(f)) : [];
  const own = files.find((f) => f.slice(4, -'.cypher'.length) === slug);
  if (own) return path.join(dir, own);
  const next = Math.floor(Math.max(0, ...files.map((f) => Number(f.slice(0, 3)))) / 10) * 10 + 10;
  return path.join(dir, `${String(next).padStart(3, '0')}_${slug}.cypher`);
}

export async function ingestBundle(dir: string, gateway: Gateway, opts: IngestOptions): Promise<IngestReport> {
  const report: IngestReport = {
    bundle: dir,
    sourceId: `source-${path.basename(path.resolve(dir))}`,
    errors: [],
    duplicates: [],
    counts: { entities: 0, sameAs: 0, mentions: 0, facts: 0 },
    written: false,
    applied: false,
  };
  let bundle: Bundle;
  try {
    bundle = loadBundle(dir);
  } catch (err) {
    if (err instanceof BundleError) {
      report.errors = err.problems;
      return report;
    }
    throw err;
  }
  const { plan, errors, duplicates } = planBundle(bundle, await existingNodes(gateway));
  report.errors = errors;
  report.duplicates = duplicates;
  report.counts = {
    entities: plan.nodes.length,
    sameAs: bundle.facts.entities.length - plan.nodes.length,
    mentions: plan.facts.filter((f) => f.type === 'MENTIONED_IN').length,
    facts: plan.facts.filter((f) => f.type !== 'MENTIONED_IN').length,
  };
  const seedDir = opts.seedDir ?? defaultSeedDir;
  report.cypherFile = seedFileFor(bundle.slug, seedDir);
  if (errors.length || opts.mode === 'check') return report;
  fs.mkdirSync(seedDir, { recursive: true });
  fs.writeFileSync(report.cypherFile, generateCypher(plan));
  report.written = true;
  if (opts.mode === 'apply') {
    await applyCypherFile(gateway, report.cypherFile);
    report.applied = true;
  }
  return report;
}

/** The plan of a bundle on its own, for regenerating the seed without a database (ids must be its own). */
export function planAlone(dir: string, existing: Map<string, ExistingNode> = new Map()): ReturnType<typeof planBundle> {
  return planBundle(loadBundle(dir), existing);
}
