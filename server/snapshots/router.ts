/**
 * /api/snapshots (JSON), /snapshots/<id>.png|svg (pictures) and /embed/<id> (the iframe page). The pictures
 * and the embed page may be framed by other sites (CSP frame-ancestors from EMBED_FRAME_ANCESTORS, no
 * X-Frame-Options) and loaded cross-origin, set no cookies, and run nothing but the embed page's own script.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { Router, type RequestHandler } from 'express';
import { requireToken } from '../api/auth.ts';
import { projectRoot, type AppConfig } from '../config.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { CONTENT_TYPES, type ImageFormat, type SnapshotRenderer } from './render.ts';
import { imageParams, imageQuery, listQuery, SNAPSHOT_ID, snapshotBody, snapshotIdParams } from './schemas.ts';
import { assertJsonDepth, type SnapshotService } from './service.ts';

const embedHtml = path.join(projectRoot, 'client', 'dist', 'embed.html');

/** POST /api/snapshots carries a whole frozen view: its own body limit, mounted before the app's default one. */
export function snapshotBodyParser(config: AppConfig): RequestHandler {
  return express.json({ limit: config.snapshots.bodyLimit });
}

/** /api/snapshots */
export function snapshotsApiRouter(ctx: AppContext, service: SnapshotService, renderer: SnapshotRenderer): Router {
  const router = Router();
  const auth = requireToken(ctx.config);

  router.post('/', auth, async (req, res) => {
    assertJsonDepth(req.body);
    const snapshot = await service.create(snapshotBody.parse(req.body ?? {}));
    const urls = service.urls(snapshot.id, service.baseUrl(req));
    res.status(201).location(urls.json).json({ ...service.summary(snapshot), urls });
  });
  router.get('/', async (req, res) => {
    res.json(await service.list(listQuery.parse(req.query)));
  });
  router.get('/:id', async (req, res) => {
    // The stored text as is: the same bytes today and after any restart or re-seed.
    res.type('application/json').send(await service.getJson(snapshotIdParams.parse(req.params).id));
  });
  router.delete('/:id', auth, async (req, res) => {
    const { id } = snapshotIdParams.parse(req.params);
    await service.remove(id);
    await renderer.forget(id);
    res.status(204).end();
  });
  return router;
}

/** Headers of everything another site may embed: framing per config, cross-origin loads, no cookies. */
function embeddable(config: AppConfig, kind: 'page' | 'image'): RequestHandler {
  // One source list; characters that would end the directive are dropped. In CSP, `*` matches only network
  // schemes, so a report opened from disk (file:) could not frame the view: "any" (the default) names those too.
  const configured = config.embed.frameAncestors.replace(/[;,\r\n]/g, ' ').trim() || "'none'";
  const ancestors = configured === '*' ? '* file: data: blob:' : configured;
  const csp =
    kind === 'page'
      ? [
          "default-src 'none'",
          "script-src 'self'",
          // Cytoscape sets inline styles on its canvases.
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data: blob:",
          "connect-src 'self'",
          "font-src 'self' data:",
          "base-uri 'none'",
          "form-action 'none'",
          `frame-ancestors ${ancestors}`,
        ]
      : ["default-src 'none'", "style-src 'unsafe-inline'", "img-src data:", `frame-ancestors ${ancestors}`, 'sandbox'];
  return (_req, res, next) => {
    res.removeHeader('X-Frame-Options');
    res.removeHeader('Set-Cookie');
    res.set('Content-Security-Policy', csp.join('; '));
    // Helmet's same-origin policy would keep a report on another site from loading the picture.
    res.set('Cross-Origin-Resource-Policy', 'cross-origin');
    next();
  };
}

/** /snapshots/<id>.png|svg and /embed/<id>; mounted at the root, before the UI's fallback route. */
export function snapshotPagesRouter(ctx: AppContext, service: SnapshotService, renderer: SnapshotRenderer): Router {
  const router = Router();

  router.get('/snapshots/:file', embeddable(ctx.config, 'image'), async (req, res) => {
    const { file } = imageParams.parse(req.params);
    const m = /^(.+)\.(png|svg)$/.exec(file);
    if (!m || !SNAPSHOT_ID.test(m[1]!)) throw new ApiError(404, 'not_found', `No snapshot picture ${JSON.stringify(file)}; use /snapshots/<id>.png or .svg.`);
    const id = m[1]!;
    const format = m[2] as ImageFormat;
    const { scale } = imageQuery.parse(req.query);
    const json = await service.getJson(id);
    const bytes = await renderer.image({ id, json, format, scale });
    res.set('Cache-Control', 'public, max-age=31536000, immutable');
    res.type(CONTENT_TYPES[format]).send(bytes);
  });

  router.get('/embed/:id', embeddable(ctx.config, 'page'), async (req, res) => {
    await service.getJson(snapshotIdParams.parse(req.params).id); // 404 for an unknown id
    if (!fs.existsSync(embedHtml)) throw new ApiError(503, 'ui_not_built', 'The embed page is not built: run `npm run build`.');
    res.set('Cache-Control', 'no-cache');
    res.type('text/html; charset=utf-8').send(await fs.promises.readFile(embedHtml));
  });

  return router;
}
