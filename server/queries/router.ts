import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { requireToken } from '../api/auth.ts';
import { queryIdParams, runBody, saveBody } from './schemas.ts';
import type { SavedQueries } from './service.ts';

/** /api/queries */
export function queriesRouter(ctx: AppContext, queries: SavedQueries): Router {
  const router = Router();
  const auth = requireToken(ctx.config);

  router.get('/', async (_req, res) => {
    res.json(await queries.list());
  });
  router.get('/:id', async (req, res) => {
    res.json(await queries.get(queryIdParams.parse(req.params).id));
  });
  router.post('/:id/run', async (req, res) => {
    const { id } = queryIdParams.parse(req.params);
    const { params } = runBody.parse(req.body ?? undefined);
    res.json(await queries.run(id, params));
  });
  router.post('/', auth, async (req, res) => {
    res.status(201).json(await queries.create(saveBody.parse(req.body ?? {})));
  });
  router.put('/:id', auth, async (req, res) => {
    const { id } = queryIdParams.parse(req.params);
    res.json(await queries.update(id, saveBody.parse(req.body ?? {})));
  });
  router.delete('/:id', auth, async (req, res) => {
    await queries.remove(queryIdParams.parse(req.params).id);
    res.status(204).end();
  });
  return router;
}
