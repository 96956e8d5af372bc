import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { timelineQuerySchema } from './schemas.ts';
import { timeline } from './service.ts';

/** GET /api/timeline */
export function timelineRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    res.json(await timeline(ctx, timelineQuerySchema.parse(req.query)));
  });
  return router;
}
