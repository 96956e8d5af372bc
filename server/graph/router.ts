import { Router } from 'express';
import type { AppContext } from '../context.ts';
import type { SchemaCache } from '../schema/cache.ts';
import { neighbourhoodQuery, nodeParams, overviewQuery, pathsQuery } from './schemas.ts';
import { neighbourhood, nodeDetails, overview, paths } from './service.ts';

/** /api/nodes/:id and /api/graph/* */
export function graphRouter(ctx: AppContext, schema: SchemaCache): Router {
  const router = Router();
  router.get('/nodes/:id', async (req, res) => {
    const { id } = nodeParams.parse(req.params);
    res.json(await nodeDetails(ctx, id));
  });
  router.get('/graph/neighbourhood', async (req, res) => {
    res.json(await neighbourhood(ctx, schema, neighbourhoodQuery.parse(req.query)));
  });
  router.get('/graph/paths', async (req, res) => {
    res.json(await paths(ctx, schema, pathsQuery.parse(req.query)));
  });
  router.get('/graph/overview', async (req, res) => {
    res.json(await overview(ctx, schema, overviewQuery.parse(req.query)));
  });
  return router;
}
