/** Input and reply of POST /api/cypher, and the reply shape shared with saved-query runs. */
import { z } from 'zod';
import { graphSchema, jsonValue } from '../contract/replies.ts';
import { jsonInput, text } from '../contract/inputs.ts';

/** Parameters as JSON; whole numbers are sent as INTEGER, other numbers as FLOAT. */
export const cypherParams = z
  .record(text(200, 1), jsonInput)
  .refine((o) => Object.keys(o).length <= 100, 'at most 100 parameters')
  .default({})
  .describe('Query parameters ($name); whole numbers are sent as INTEGER, others as FLOAT');

export const cypherBody = z.object({
  query: text(50_000, 1).describe('One read-only Cypher statement'),
  params: cypherParams,
});

export const runReply = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), jsonValue)).describe('One object per row, keyed by column; nodes and relationships in the graph shape, paths as {length, nodes, edges}'),
    graph: graphSchema.describe('Every node, relationship and path found anywhere in the rows'),
    truncated: z.boolean().describe('true when the row cap cut the result'),
  })
  .meta({ id: 'RunResult' });
export type RunResult = z.infer<typeof runReply>;
