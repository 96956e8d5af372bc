/** The articles the graph is built from, their quoted passages, and search over those passages. */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import { notFound } from '../http/api-error.ts';
import type { Gateway } from '../neo4j/gateway.ts';
import { fold } from '../search/fold.ts';
import type { z } from 'zod';
import type { evidenceReply, factRefSchema, sourceReply, sourceSummarySchema } from './schemas.ts';
import { coverage } from './sentences.ts';
import { textOrNull } from '../graph/shape.ts';

type SourceSummary = z.infer<typeof sourceSummarySchema>;
type SourceDetails = z.infer<typeof sourceReply>;
type FactRef = z.infer<typeof factRefSchema>;
type Evidence = z.infer<typeof evidenceReply>;


const SUMMARY = `
  s.id AS id, s.title AS title, coalesce(s.titleAr, s.titleTr) AS titleOriginal, s.language AS language,
  s.publication AS publication, s.publicationAr AS publicationAr, s.author AS author, s.authorAr AS authorAr,
  s.url AS url, s.date AS date, s.datePrecision AS datePrecision,
  COUNT { (:Entity)-[r]->(:Entity) WHERE s.id IN r.sources } AS facts`;

function summary(r: { get(k: string): unknown }): SourceSummary {
  return {
    id: String(r.get('id')),
    title: String(r.get('title') ?? r.get('id')),
    titleOriginal: textOrNull(r.get('titleOriginal')),
    language: textOrNull(r.get('language')),
    publication: textOrNull(r.get('publication')),
    publicationAr: textOrNull(r.get('publicationAr')),
    author: textOrNull(r.get('author')),
    authorAr: textOrNull(r.get('authorAr')),
    url: textOrNull(r.get('url')),
    date: textOrNull(r.get('date')),
    datePrecision: textOrNull(r.get('datePrecision')),
    facts: Number(r.get('facts')),
  };
}

export async function listSources(gateway: Gateway): Promise<{ sources: SourceSummary[] }> {
  const res = await gateway.read(`MATCH (s:Source) RETURN ${SUMMARY} ORDER BY s.date, s.id`);
  return { sources: res.records.map(summary) };
}

/** Articles live under data/sources/; a `file` pointing anywhere else is not served. */
const sourcesRoot = path.join(projectRoot, 'data', 'sources');
function readArticle(file: string | null): string | null {
  if (!file) return null;
  const abs = path.resolve(projectRoot, file);
  if (!abs.startsWith(sourcesRoot + path.sep) || !fs.existsSync(abs)) return null;
  return fs.readFileSync(abs, 'utf8');
}

/** The same identity ingest gives a fact (server/ingest/generate.ts factKey): MEMBER_OF is keyed by status too. */
const FACT_ID = `a.id + '|' + type(r) + '|' + b.id + CASE WHEN type(r) = 'MEMBER_OF' THEN '|' + coalesce(r.status, '') ELSE '' END`;
const FACT_ENDS = `{id: a.id, name: a.name, nameAr: a.nameAr} AS from, {id: b.id, name: b.name, nameAr: b.nameAr} AS to`;

interface End {
  id: string;
  name: unknown;
  nameAr: unknown;
}
const end = (e: End) => ({ id: e.id, name: textOrNull(e.name), nameAr: textOrNull(e.nameAr) });

export async function sourceDetails(gateway: Gateway, id: string): Promise<SourceDetails> {
  const res = await gateway.read(
    `MATCH (s:Source {id: $id})
     RETURN ${SUMMARY}, s.dateNote AS dateNote, s.note AS note, s.description AS description, s.file AS file`,
    { id },
  );
  const rec = res.records[0];
  if (!rec) throw notFound(`No source with id ${id}`);
  const facts = await gateway.read(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE $id IN r.sources
     WITH a, r, b, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] = $id][0] AS i
     RETURN ${FACT_ID} AS fact, type(r) AS type, ${FACT_ENDS}, r.quotes[i] AS quote, r.quotesEn[i] AS quoteEn
     ORDER BY fact`,
    { id },
  );
  const text = readArticle(textOrNull(rec.get('file')));
  const passages = new Map<string, SourceDetails['passages'][number]>();
  for (const f of facts.records) {
    const quote = textOrNull(f.get('quote'));
    if (!quote) continue;
    let p = passages.get(quote);
    if (!p) {
      const start = text ? text.indexOf(quote) : -1;
      p = { quote, quoteEn: textOrNull(f.get('quoteEn')), start: start >= 0 ? start : null, end: start >= 0 ? start + quote.length : null, facts: [] };
      passages.set(quote, p);
    }
    p.facts.push({ id: String(f.get('fact')), type: String(f.get('type')), from: end(f.get('from') as End), to: end(f.get('to') as End) });
  }
  const ordered = [...passages.values()].sort((x, y) => (x.start ?? Infinity) - (y.start ?? Infinity) || x.quote.localeCompare(y.quote));
  // A mention only records that a name appears; a sentence is captured when it backs a real fact.
  const backing = ordered.filter((p) => p.start !== null && p.end !== null && p.facts.some((f) => f.type !== 'MENTIONED_IN'));
  return {
    ...summary(rec),
    dateNote: textOrNull(rec.get('dateNote')),
    note: textOrNull(rec.get('note')),
    description: textOrNull(rec.get('description')),
    text,
    passages: ordered,
    ...coverage(text ?? '', backing as { start: number; end: number }[]),
  };
}

/** Words of the query as search folds them; punctuation separates words. */
function terms(q: string): string[] {
  return [...new Set(fold(q).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean))].slice(0, 8);
}

/**
 * Facts whose quote (folded like names: hamza, alef, ta marbuta, diacritics) or English gloss contains every
 * word of the query. Quotes are folded here rather than stored folded: the graph holds a few hundred of them,
 * and the seed stays what the articles print.
 */
export async function evidence(gateway: Gateway, q: string, limit: number): Promise<Evidence> {
  const words = terms(q);
  if (!words.length) return { query: q, terms: [], items: [] };
  const res = await gateway.read(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.quotes IS NOT NULL AND type(r) <> 'MENTIONED_IN'
     UNWIND range(0, size(r.quotes) - 1) AS i
     MATCH (s:Source {id: r.sources[i]})
     RETURN ${FACT_ID} AS fact, type(r) AS type, ${FACT_ENDS}, s.id AS source, s.title AS title,
            r.quotes[i] AS quote, r.quotesEn[i] AS quoteEn
     ORDER BY source, fact`,
  );
  const items: Evidence['items'] = [];
  for (const r of res.records) {
    const haystack = ` ${fold(`${textOrNull(r.get('quote')) ?? ''} ${textOrNull(r.get('quoteEn')) ?? ''}`)} `;
    if (!words.every((w) => haystack.includes(w))) continue;
    items.push({
      id: String(r.get('fact')),
      type: String(r.get('type')),
      from: end(r.get('from') as End),
      to: end(r.get('to') as End),
      source: { id: String(r.get('source')), title: textOrNull(r.get('title')) },
      quote: String(r.get('quote')),
      quoteEn: textOrNull(r.get('quoteEn')),
    });
    if (items.length >= limit) break;
  }
  return { query: q, terms: words, items };
}
