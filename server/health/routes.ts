/** GET /api/health */
import { Reply, route } from '../http/route.ts';
import { healthReply } from './schemas.ts';
import { readHealth } from './service.ts';

export const healthRoutes = [
  route({
    method: 'get',
    path: '/api/health',
    tag: 'Health',
    summary: 'Whether Neo4j answers, its version, and the size of the graph',
    description: '503 with the same body when Neo4j is unreachable: the UI reads the body, health checks read the status. Gives up after 2 s.',
    response: healthReply,
    otherReplies: { 503: { description: 'Neo4j unreachable (status: degraded)', schema: healthReply } },
    handle: async (_in, s) => {
      const health = await readHealth(s.gateway, s.neo4jMode);
      return Reply.json(JSON.stringify(health), { status: health.status === 'ok' ? 200 : 503 });
    },
  }),
];
