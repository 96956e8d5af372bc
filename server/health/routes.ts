/** GET /api/health */
import { Reply, route } from '../http/route.ts';
import { healthReply } from './schemas.ts';

export const healthRoutes = [
  route({
    method: 'get',
    path: '/api/health',
    tag: 'Health',
    summary: 'Whether Neo4j answers, its version, and the size of the graph',
    description:
      '503 with the same body when Neo4j is unreachable: the UI reads the body, health checks read the status. Neo4j is asked at most once a second, by one probe shared by all callers; the reply is the newest reading (checkedAt), and Neo4j counts as unreachable when it has not answered a probe within 5 s.',
    response: healthReply,
    otherReplies: { 503: { description: 'Neo4j unreachable (status: degraded)', schema: healthReply } },
    handle: async (_in, s) => {
      const health = await s.health.read();
      const body = s.health.warmingUp ? { ...health, warmingUp: true } : health;
      return Reply.json(JSON.stringify(body), { status: health.status === 'ok' ? 200 : 503 });
    },
  }),
];
