import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { readHealth } from './service.ts';

export function healthRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const health = await readHealth(ctx.db, ctx.neo4jMode);
    // 503 when Neo4j is unreachable, still with a body that says so: the UI reads it, health checks see the code.
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });
  return router;
}
