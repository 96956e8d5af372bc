/** Input and reply of GET /api/agreements. */
import { z } from 'zod';
import { linkSchema } from '../contract/replies.ts';
import { graphSchema, jsonValue, nodeBriefSchema } from '../contract/replies.ts';

export const agreementsQuery = z.object({
  status: z.enum(['signed', 'under_negotiation', 'planned']).optional().describe('Only agreements with this status'),
});

const nullableString = z.string().nullable();

export const agreementsReply = z.object({
  rows: z.array(
    nodeBriefSchema.extend({
      kind: nullableString,
      status: nullableString,
      date: nullableString,
      datePrecision: nullableString,
      dateInferred: z.boolean(),
      dateNote: nullableString,
      purpose: nullableString,
      topic: nullableString,
      value: jsonValue,
      currency: nullableString,
      parties: z.array(linkSchema),
      signatories: z.array(linkSchema),
      overseers: z.array(linkSchema),
      signedDuring: z.array(linkSchema),
      related: z.array(linkSchema),
      sources: z.array(z.object({ id: z.string(), name: nullableString, publication: nullableString })),
    }),
  ),
  graph: graphSchema,
});
