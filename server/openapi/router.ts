import { Router } from 'express';
import { buildOpenApi } from './document.ts';

/** GET /api/openapi.json (built once: it only depends on the code). */
export function openApiRouter(): Router {
  const router = Router();
  let doc: string | undefined;
  router.get('/', (_req, res) => {
    doc ??= JSON.stringify(buildOpenApi());
    res.type('application/json').send(doc);
  });
  return router;
}
