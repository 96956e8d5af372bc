import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AppContext } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { toDriverParams, type ReadOnlyRunner } from './runner.ts';
import { cypherBody } from './schemas.ts';

/** POST /api/cypher */
export function cypherRouter(ctx: AppContext, runner: ReadOnlyRunner): Router {
  const router = Router();
  router.use(
    rateLimit({
      windowMs: 60_000,
      limit: ctx.config.security.cypherRateLimitPerMin,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, _res, next) =>
        next(new ApiError(429, 'rate_limited', `Too many Cypher queries: at most ${ctx.config.security.cypherRateLimitPerMin} a minute. Try again shortly.`)),
    }),
  );
  router.post('/', async (req, res) => {
    const { query, params } = cypherBody.parse(req.body ?? {});
    res.json(await runner.run(query, toDriverParams(params) as Record<string, unknown>));
  });
  return router;
}
