/** Forgiving name search in Latin or Arabic script (see fold.ts and data/search-folding.md). */
import neo4j, { type Node } from 'neo4j-driver';
import type { Gateway } from '../neo4j/gateway.ts';
import type { SchemaCache } from '../schema/cache.ts';
import { brief, type NodeBrief } from '../graph/shape.ts';
import { fold, luceneQuery, searchTerms } from './fold.ts';
import { SEARCH } from './queries.ts';

export interface SearchHit extends NodeBrief {
  /** Lucene relevance, +100 when a whole name or alias equals the query, +20 when one starts with it; 0 for a hit of the substring fallback. */
  score: number;
}

export interface SearchInput {
  q: string;
  labels?: string[] | undefined;
  limit: number;
}

export async function search(gateway: Gateway, schema: SchemaCache, input: SearchInput): Promise<SearchHit[]> {
  if (input.labels?.length) await schema.checkLabels(input.labels);
  const terms = searchTerms(input.q);
  // Only punctuation or symbols: nothing a name could match.
  if (!terms.length) return [];
  const folded = fold(input.q);
  const res = await gateway.read(SEARCH, {
    lucene: luceneQuery(terms),
    exact: ` | ${folded} | `,
    prefix: ` | ${folded}`,
    terms,
    labels: input.labels?.length ? input.labels : null,
    limit: neo4j.int(input.limit),
  });
  return res.records.map((r) => ({ ...brief(r.get('node') as Node), score: Number(r.get('score')) }));
}
