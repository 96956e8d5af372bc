/** Input and reply of GET /api/agreements. */
import { z } from 'zod';
import { linkSchema } from '../api/link-schema.ts';
import { graphSchema, jsonValue, nodeBriefSchema } from '../api/shapes.ts';
import type { RouteSpec } from '../openapi/registry.ts';

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

export const agreementsRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/api/agreements',
    tag: 'Agreements',
    summary: 'Who signed what with whom: every agreement with its parties, signatories, overseers and sources',
    description:
      'Parties are PARTY_TO edges (with their role); signatories are the parties whose role names them as signatory, plus any SIGNED edge; overseers are OVERSAW edges. As rows and as a graph.',
    query: agreementsQuery,
    response: agreementsReply,
  },
];
