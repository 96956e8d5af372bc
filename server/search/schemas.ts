/** Input and reply of GET /api/search. */
import { z } from 'zod';
import { nodeBriefSchema } from '../contract/replies.ts';
import { csvList, intParam, text } from '../contract/inputs.ts';

export const searchQuery = z.object({
  q: text(200, 1).describe('Words of a name in Latin or Arabic script; accents, hamza forms, tatweel and diacritics do not matter'),
  labels: csvList(100).optional().describe('Only nodes with one of these labels, comma-separated'),
  limit: intParam(1, 100, 20).describe('Most hits returned'),
});

export const searchReply = z.array(nodeBriefSchema.extend({ score: z.number().describe('Relevance: Lucene score, +100 when a whole name or alias equals the query, +20 when one starts with it; 0 for a substring-fallback hit') }));
