/** POST /api/cypher */
import { Reply, route } from '../http/route.ts';
import { ALLOWED_PROCEDURES } from './readonly.ts';
import { cypherBody, runReply } from './schemas.ts';

export const cypherRoutes = [
  route({
    method: 'post',
    path: '/api/cypher',
    tag: 'Cypher',
    summary: 'Run one ad-hoc read-only Cypher statement',
    description: [
      'Refused before Neo4j sees it (400 query_too_complex, naming the setting) when it is longer than CYPHER_MAX_LENGTH characters or CYPHER_MAX_TOKENS tokens,',
      'nests brackets, CASE or NOT deeper than CYPHER_MAX_DEPTH, or chains more than CYPHER_MAX_CHAIN operators in one expression.',
      "Refused (400 read_only_violation, with details.reason) when Neo4j's EXPLAIN does not report a read-only query,",
      'when it uses LOAD CSV, CALL … IN TRANSACTIONS, an administration command or USE, holds several statements,',
      `or calls a procedure outside the allow-list (${ALLOWED_PROCEDURES.join(', ')}).`,
      'Runs in a READ transaction on its own connection pool with a timeout (504 query_timeout), a row cap (truncated: true)',
      'and a byte cap (422 result_too_large). A syntax error is a 400 cypher_syntax_error carrying Neo4j\'s message and',
      'details.position {line, column, offset}. Rate-limited per client together with saved-query runs and writes (429),',
      'at most CYPHER_CONCURRENCY_PER_CLIENT in flight per client (429), 503 cypher_busy when the queue is full.',
    ].join(' '),
    body: cypherBody,
    response: runReply,
    rateLimited: true,
    errors: [422, 429, 504],
    handle: async ({ body }, s, { req }) => Reply.json(await s.cypher.run(body.query, body.params, { client: req.ip ?? 'unknown', integers: 'whole-numbers' })),
  }),
];
