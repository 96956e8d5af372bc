/** zod form of graph/links.ts's Link, shared by the timeline and agreements replies. */
import { z } from 'zod';
import { nodeBriefSchema } from './shapes.ts';

export const linkSchema = nodeBriefSchema
  .extend({
    type: z.string().describe('Relationship type'),
    direction: z.enum(['out', 'in']).describe("'in' when the other node points at this one"),
    role: z.string().nullable().describe("The relationship's role property"),
    edgeId: z.string(),
    quote: z.string().nullable(),
    quoteEn: z.string().nullable(),
    sources: z.array(z.string()),
  })
  .meta({ id: 'Link' });
