/** Inputs and replies of /api/sources and /api/evidence. */
import { z } from 'zod';
import { intParam, text } from '../contract/inputs.ts';

export const sourceParams = z.object({
  id: text(200, 1).regex(/^source-[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a source id, e.g. source-alqabas-turkish-ambassador-interview'),
});

export const evidenceQuery = z.object({
  q: text(200, 1).describe('Words to find in the quotes (Arabic, folded as names are) and their English glosses'),
  limit: intParam(1, 200, 50).describe('Most facts to return'),
});

const nullableString = z.string().nullable();

export const sourceSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    titleOriginal: nullableString.describe('The title as published, when the article is not in English'),
    language: nullableString,
    publication: nullableString,
    publicationAr: nullableString,
    author: nullableString,
    authorAr: nullableString,
    url: nullableString,
    date: nullableString,
    datePrecision: nullableString,
    facts: z.number().int().describe('Facts (relationships) this source supports, MENTIONED_IN included'),
  })
  .meta({ id: 'SourceSummary' });

export const factRefSchema = z
  .object({
    id: z.string().describe('The fact: from|TYPE|to (and its key properties), as ingest names it'),
    type: z.string(),
    from: z.object({ id: z.string(), name: nullableString, nameAr: nullableString }),
    to: z.object({ id: z.string(), name: nullableString, nameAr: nullableString }),
  })
  .meta({ id: 'FactRef' });

export const sourcesReply = z.object({ sources: z.array(sourceSummarySchema) });

export const sourceReply = sourceSummarySchema
  .extend({
    dateNote: nullableString,
    note: nullableString,
    description: nullableString,
    text: nullableString.describe('The article as published (null when its file is not available to the server)'),
    passages: z
      .array(
        z.object({
          quote: z.string(),
          quoteEn: nullableString,
          start: z.number().int().nullable().describe('Offset of the quote in text (UTF-16 code units), null when not found'),
          end: z.number().int().nullable(),
          facts: z.array(factRefSchema).describe('Facts this passage supports'),
        }),
      )
      .describe('Every quoted passage, in text order, with the facts it supports'),
    sentences: z
      .array(
        z.object({
          start: z.number().int().describe('Offset of the sentence in text (UTF-16 code units)'),
          end: z.number().int(),
          covered: z.boolean().describe('Whether the sentence overlaps a passage that backs at least one fact other than a mention'),
        }),
      )
      .describe('The text cut into sentences (at . ! ? ؟ and line breaks; numbers and abbreviations kept whole), empty when there is no text'),
    coverage: z
      .object({
        sentences: z.number().int(),
        covered: z.number().int().describe('Sentences that back at least one fact'),
        share: z.number().min(0).max(1).describe('covered / sentences, to three decimals (0 without text)'),
      })
      .describe('How much of the article the graph captures'),
  })
  .meta({ id: 'Source' });

export const evidenceReply = z.object({
  query: z.string(),
  terms: z.array(z.string()).describe('The folded words searched for; a fact matches when its quote or gloss has all of them'),
  items: z.array(
    factRefSchema.extend({
      source: z.object({ id: z.string(), title: nullableString }),
      quote: z.string(),
      quoteEn: nullableString,
    }),
  ),
});
