/**
 * The source bundle: one folder per article, `data/sources/<slug>/`, holding
 *   article.txt  the text as published (Arabic, English or Turkish), byte for byte;
 *   source.yaml  its metadata (or source.json);
 *   facts.yaml   the entities it introduces and the facts it states (or facts.json).
 * The zod schemas below are the format; `npm run ingest -- --schemas` writes them as JSON Schema next to the
 * bundles so that editors get completion and checking.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DATE_PRECISIONS, DOMAIN_LABELS } from '../model/model.ts';

export const LANGUAGES = ['ar', 'en', 'tr'] as const;
export type Language = (typeof LANGUAGES)[number];

const slugId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case slug: letters, digits and single hyphens');
const text = z.string().trim().min(1);
/** Scalars and lists of strings: what a Neo4j property of this model can hold. */
const propertyValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

export const sourceMetaSchema = z
  .object({
    id: slugId.describe('Id of the :Source node: "source-" followed by the folder name.'),
    language: z.enum(LANGUAGES).describe('Language of article.txt.'),
    title: text.describe('Title in English (a gloss when the article is not in English).'),
    titleOriginal: text.optional().describe('Title as published, in the original language (required unless English).'),
    nameAr: text.optional().describe('Arabic name of the source when the article is not Arabic (else the Arabic title).'),
    publication: text.describe('Outlet, in English.'),
    publicationAr: text.optional().describe('Outlet, in Arabic.'),
    author: text.optional().describe('Byline, in English.'),
    authorAr: text.optional().describe('Byline, in Arabic.'),
    url: text.optional().describe('Address of the article, only as the article or outlet gives it.'),
    date: z.string().describe("Publication date, ISO 8601 truncated to its precision: '2024', '2024-05', '2024-05-21'."),
    datePrecision: z.enum(DATE_PRECISIONS),
    dateNote: text.optional().describe('How the date was found, when the article is undated.'),
    note: text.optional().describe('Capture notes.'),
    aliases: z.array(text).default([]),
    description: text.describe('One English sentence.'),
    text: z.string().default('article.txt').describe('File name of the article text in the bundle folder.'),
  })
  .strict();
export type SourceMeta = z.infer<typeof sourceMetaSchema>;

export const quoteSchema = z.object({
  quote: text.describe('Verbatim passage of article.txt (whitespace may differ, letters may not), at most about 300 characters.'),
  gloss: text.describe('English gloss of the quote.'),
});

export const entitySchema = z
  .object({
    id: slugId.describe('New id, prefixed by kind (person-, org-, country-, …).'),
    label: z.enum(DOMAIN_LABELS),
    kind: z.string().optional(),
    status: z.string().optional(),
    name: text.describe('English name.'),
    nameAr: text.describe('Arabic name as the article spells it (or a standard one, explained in nameArNote).'),
    nameArNote: text.optional(),
    nameTr: text.optional().describe('Turkish name.'),
    aliases: z.array(text).default([]).describe('Other names and spellings in any of the three scripts.'),
    description: text.describe('One English sentence.'),
    date: z.string().optional(),
    datePrecision: z.enum(DATE_PRECISIONS).optional(),
    dateInferred: z.boolean().optional(),
    dateNote: text.optional(),
    dateSources: z.array(slugId).optional(),
    dateQuote: text.optional(),
    startDate: z.string().optional(),
    endDate: z.string().optional(),
    properties: z.record(z.string(), propertyValue).default({}).describe('Label-specific properties (docs/model.md).'),
    mention: quoteSchema.describe('Where the article mentions it (the MENTIONED_IN edge).'),
    sameAs: slugId.optional().describe('This entity is the existing node with this id: nothing new is created.'),
    distinct: z.literal(true).optional().describe('Checked: not the same as the likely duplicates ingest reported.'),
  })
  .strict();
export type EntityInput = z.infer<typeof entitySchema>;

export const mentionSchema = quoteSchema.extend({ id: slugId.describe('Id of an existing node the article mentions.') }).strict();

export const factSchema = quoteSchema
  .extend({
    type: z.string().regex(/^[A-Z][A-Z_]*$/).describe('Relationship type (docs/model.md).'),
    from: slugId,
    to: slugId,
    properties: z.record(z.string(), propertyValue).default({}),
  })
  .strict();
export type FactInput = z.infer<typeof factSchema>;

export const factsSchema = z
  .object({
    $schema: z.string().optional(),
    entities: z.array(entitySchema).default([]).describe('Entities the article introduces.'),
    mentions: z.array(mentionSchema).default([]).describe('Existing nodes the article mentions.'),
    facts: z.array(factSchema).default([]).describe('Facts the article states. MENTIONED_IN is written from entities and mentions.'),
  })
  .strict();
export type Facts = z.infer<typeof factsSchema>;

export interface Bundle {
  dir: string;
  slug: string;
  meta: SourceMeta;
  facts: Facts;
  /** The article, as stored. */
  text: string;
  textFile: string;
  factsFile: string;
}

export class BundleError extends Error {
  override name = 'BundleError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

function findFile(dir: string, base: string): string | undefined {
  return ['.yaml', '.yml', '.json'].map((e) => path.join(dir, base + e)).find((f) => fs.existsSync(f));
}

function readData(file: string): unknown {
  const raw = fs.readFileSync(file, 'utf8');
  return file.endsWith('.json') ? JSON.parse(raw) : parseYaml(raw);
}

function issues(file: string, err: z.ZodError): string[] {
  return err.issues.map((i) => `${file}: ${i.path.join('.') || '(top)'}: ${i.message}`);
}

/** Reads and validates a bundle folder; every problem found is reported at once. */
export function loadBundle(dir: string): Bundle {
  const abs = path.resolve(dir);
  const slug = path.basename(abs);
  const problems: string[] = [];
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) throw new BundleError([`${dir}: not a folder`]);
  const metaFile = findFile(abs, 'source');
  const factsFile = findFile(abs, 'facts');
  if (!metaFile) problems.push(`${dir}: no source.yaml (or source.json)`);
  if (!factsFile) problems.push(`${dir}: no facts.yaml (or facts.json)`);
  if (!metaFile || !factsFile) throw new BundleError(problems);
  const parse = <T>(file: string, schema: z.ZodType<T>): T | undefined => {
    let data: unknown;
    try {
      data = readData(file);
    } catch (err) {
      problems.push(`${file}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    const r = schema.safeParse(data ?? {});
    if (!r.success) problems.push(...issues(path.basename(file), r.error));
    return r.success ? r.data : undefined;
  };
  const meta = parse(metaFile, sourceMetaSchema);
  const facts = parse(factsFile, factsSchema);
  if (meta && meta.id !== `source-${slug}`) problems.push(`source: id must be "source-${slug}" (the folder name), not "${meta.id}"`);
  if (meta && meta.language !== 'en' && !meta.titleOriginal) problems.push('source: titleOriginal is required for an article not in English');
  const textFile = path.join(abs, meta?.text ?? 'article.txt');
  let text = '';
  if (!fs.existsSync(textFile)) problems.push(`${dir}: no ${path.basename(textFile)}`);
  else text = fs.readFileSync(textFile, 'utf8');
  if (problems.length || !meta || !facts) throw new BundleError(problems);
  return { dir: abs, slug, meta, facts, text, textFile, factsFile };
}

/** The JSON Schemas of source.yaml and facts.yaml, as published under data/sources/. */
export function jsonSchemas(): Record<string, unknown> {
  return {
    'source.schema.json': { $id: 'source.schema.json', ...z.toJSONSchema(sourceMetaSchema, { io: 'input' }) },
    'facts.schema.json': { $id: 'facts.schema.json', ...z.toJSONSchema(factsSchema, { io: 'input' }) },
  };
}
