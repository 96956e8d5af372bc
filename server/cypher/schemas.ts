/** Input and reply of POST /api/cypher, and the reply shape shared with saved-query runs. */
import { z } from 'zod';
import { graphSchema, jsonValue } from '../api/shapes.ts';
import { jsonInput, text } from '../api/validate.ts';
import type { RouteSpec } from '../openapi/registry.ts';
import { ALLOWED_PROCEDURES } from './readonly.ts';

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

export const cypherRoutes: RouteSpec[] = [
  {
    method: 'post',
    path: '/api/cypher',
    tag: 'Cypher',
    summary: 'Run one ad-hoc read-only Cypher statement',
    description: [
      'Refused before it runs (400 read_only_violation, with details.reason) when Neo4j\'s EXPLAIN does not report a read-only query,',
      'when it uses LOAD CSV, CALL … IN TRANSACTIONS, an administration command or USE, holds several statements,',
      `or calls a procedure outside the allow-list (${ALLOWED_PROCEDURES.join(', ')}).`,
      'Runs in a READ transaction with a timeout (504 query_timeout) and a row cap (truncated: true). A syntax error is a 400',
      'cypher_syntax_error carrying Neo4j\'s message and details.position {line, column, offset}. Rate-limited per client (429).',
    ].join(' '),
    body: cypherBody,
    response: runReply,
    errors: [413, 429, 504],
  },
];
