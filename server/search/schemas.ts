/** Input and reply of GET /api/search. */
import { z } from 'zod';
import { nodeBriefSchema } from '../api/shapes.ts';
import { csvList, intParam, text } from '../api/validate.ts';
import type { RouteSpec } from '../openapi/registry.ts';

export const searchQuery = z.object({
  q: text(200, 1).describe('Words of a name in Latin or Arabic script; accents, hamza forms, tatweel and diacritics do not matter'),
  labels: csvList(100).optional().describe('Only nodes with one of these labels, comma-separated'),
  limit: intParam(1, 100, 20).describe('Most hits returned'),
});

export const searchReply = z.array(nodeBriefSchema.extend({ score: z.number().describe('Relevance: Lucene score, +100 when a whole name or alias equals the query, +20 when one starts with it; 0 for a substring-fallback hit') }));

export const searchRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/api/search',
    tag: 'Search',
    summary: 'Full-text search over name, nameAr, nameTr and aliases',
    description:
      'The query is folded as the seed folds names (data/search-folding.md): `Erdogan` finds Erdoğan, `sonmez` finds Sönmez, `اردوغان` finds أردوغان. Each word matches exactly, as a prefix, or (from four letters) with one typo; a whole name or alias equal to the query ranks first; when the index finds nothing, a substring scan of the folded names is tried.',
    query: searchQuery,
    response: searchReply,
  },
];
