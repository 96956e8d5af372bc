import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { agreementsQuery } from './schemas.ts';
import { agreements } from './service.ts';

/** GET /api/agreements */
export function agreementsRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const { status } = agreementsQuery.parse(req.query);
    res.json(await agreements(ctx, status));
  });
  return router;
}
