import { Router } from 'express';
import type { AppContext } from '../context.ts';
import type { SchemaCache } from '../schema/cache.ts';
import { searchQuery } from './schemas.ts';
import { search } from './service.ts';

/** GET /api/search */
export function searchRouter(ctx: AppContext, schema: SchemaCache): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    res.json(await search(ctx, schema, searchQuery.parse(req.query)));
  });
  return router;
}
