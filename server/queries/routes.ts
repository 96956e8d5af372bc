/** /api/queries: saved queries, file and user ones; running one; saving, replacing and deleting user ones. */
import { z } from 'zod';
import { Reply, route } from '../http/route.ts';
import { queryIdParams, queryRunReply, runBody, savedQuerySchema, saveBody } from './schemas.ts';

const tag = 'Saved queries';
const client = (req: { ip?: string | undefined }) => req.ip ?? 'unknown';

export const queryRoutes = [
  route({
    method: 'get',
    path: '/api/queries',
    tag,
    summary: 'Every saved query: file queries first, then user queries',
    description:
      'File queries are part of the code and are listed even when Neo4j is unreachable; the user queries are then left out and the reply says so in X-User-Queries: unavailable.',
    response: z.array(savedQuerySchema),
    responseHeaders: { 'X-User-Queries': 'ok, or unavailable when Neo4j could not be read (the list then holds the file queries only)' },
    warmUp: () => ['/api/queries'],
    handle: async (_in, s, { res }) => {
      const list = await s.queries.list();
      res.set('X-User-Queries', list.userQueries);
      return list.queries;
    },
  }),
  route({
    method: 'get',
    path: '/api/queries/{id}',
    tag,
    summary: 'One saved query',
    params: queryIdParams,
    response: savedQuerySchema,
    errors: [404],
    handle: ({ params }, s) => s.queries.get(params.id),
  }),
  route({
    method: 'post',
    path: '/api/queries/{id}/run',
    cached: true,
    tag,
    summary: 'Run a saved query',
    description:
      'Parameters are type-checked and coerced (a mismatch is a 400 naming the parameter; a nodeId naming no node is a 404). Runs like POST /api/cypher: READ transaction on the Cypher pool, timeout, row and byte caps, the shared rate limit. The body may be left out when every parameter has a default.',
    params: queryIdParams,
    body: runBody,
    response: queryRunReply,
    rateLimited: true,
    errors: [404, 422, 504],
    handle: async ({ params, body }, s, { req }) => Reply.json(await s.queries.run(params.id, body.params, client(req))),
  }),
  route({
    method: 'post',
    path: '/api/queries',
    tag,
    summary: 'Save a user query (checked read-only first)',
    body: saveBody,
    response: savedQuerySchema,
    status: 201,
    auth: true,
    rateLimited: true,
    errors: [504],
    handle: ({ body }, s, { req }) => s.queries.create(body, client(req)),
  }),
  route({
    method: 'put',
    path: '/api/queries/{id}',
    tag,
    summary: 'Replace a user query (file queries are read-only: 403)',
    params: queryIdParams,
    body: saveBody,
    response: savedQuerySchema,
    auth: true,
    rateLimited: true,
    errors: [403, 404, 409, 504],
    handle: ({ params, body }, s, { req }) => s.queries.update(params.id, body, client(req)),
  }),
  route({
    method: 'delete',
    path: '/api/queries/{id}',
    tag,
    summary: 'Delete a user query (file queries are read-only: 403)',
    params: queryIdParams,
    response: z.null().describe('No content'),
    status: 204,
    auth: true,
    rateLimited: true,
    errors: [403, 404],
    handle: ({ params }, s) => s.queries.remove(params.id),
  }),
];
