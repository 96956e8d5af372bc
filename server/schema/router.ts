import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { schemaSummary } from './service.ts';

/** GET /api/schema */
export function schemaRouter(ctx: AppContext): Router {
  const router = Router();
  const summary = schemaSummary(ctx);
  router.get('/', async (_req, res) => {
    res.json(await summary.get());
  });
  return router;
}
