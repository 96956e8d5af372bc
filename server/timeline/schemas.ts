/** Input and reply of GET /api/timeline. */
import { z } from 'zod';
import { linkSchema } from '../api/link-schema.ts';
import { graphSchema, nodeBriefSchema } from '../api/shapes.ts';
import { isoDate, windowInOrder } from '../api/validate.ts';
import type { RouteSpec } from '../openapi/registry.ts';

export const timelineQuerySchema = z
  .object({
    from: isoDate.optional().describe('Start of the window (inclusive; a coarser date counts as its whole period)'),
    to: isoDate.optional().describe('End of the window (inclusive)'),
  })
  .refine(windowInOrder, { message: 'from must not be after to', path: ['from'] });

const nullableString = z.string().nullable();

export const timelineReply = z.object({
  from: nullableString,
  to: nullableString,
  items: z.array(
    nodeBriefSchema.extend({
      kind: nullableString,
      status: nullableString,
      date: z.string(),
      startDate: nullableString,
      endDate: nullableString,
      datePrecision: nullableString,
      dateInferred: z.boolean(),
      dateNote: nullableString,
      description: nullableString,
      parties: z.array(linkSchema),
      related: z.array(linkSchema),
      sources: z.array(z.string()),
    }),
  ),
  graph: graphSchema,
});

export const timelineRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/api/timeline',
    tag: 'Timeline',
    summary: 'Dated agreements and events in a window, oldest first, with their parties',
    description:
      'An item is in the window when its date (or startDate–endDate range) overlaps it, at the precision it has: an event of 2024-05 is in a window to=2024-05-10.',
    query: timelineQuerySchema,
    response: timelineReply,
  },
];
