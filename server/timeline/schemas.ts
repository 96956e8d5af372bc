/** Input and reply of GET /api/timeline. */
import { z } from 'zod';
import { linkSchema } from '../contract/replies.ts';
import { graphSchema, nodeBriefSchema } from '../contract/replies.ts';
import { isoDate, windowInOrder } from '../contract/inputs.ts';

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
