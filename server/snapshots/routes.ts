/**
 * /api/snapshots (JSON), /snapshots/<id>.png|svg (pictures) and /embed/<id> (the iframe page). The pictures
 * and the embed page may be framed by other sites (CSP frame-ancestors from EMBED_FRAME_ANCESTORS, no
 * X-Frame-Options) and loaded cross-origin, set no cookies, and run nothing but the embed page's own script.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { projectRoot, type AppConfig } from '../config.ts';
import { ApiError } from '../http/api-error.ts';
import { Reply, route } from '../http/route.ts';
import { CONTENT_TYPES, type ImageFormat } from './render.ts';
import { createdReply, imageParams, imageQuery, listQuery, listReply, SNAPSHOT_ID, snapshotBody, snapshotIdParams, snapshotSchema } from './schemas.ts';
import { assertJsonDepth } from './service.ts';

const embedHtml = path.join(projectRoot, 'client', 'dist', 'embed.html');
const tag = 'Snapshots';

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
      : ["default-src 'none'", "style-src 'unsafe-inline'", 'img-src data:', `frame-ancestors ${ancestors}`, 'sandbox'];
  return (_req, res, next) => {
    res.removeHeader('X-Frame-Options');
    res.removeHeader('Set-Cookie');
    res.set('Content-Security-Policy', csp.join('; '));
    // Helmet's same-origin policy would keep a report on another site from loading the picture.
    res.set('Cross-Origin-Resource-Policy', 'cross-origin');
    next();
  };
}

/** Deep nesting costs stack, not data: refused before zod walks the body. */
const shallowBody: RequestHandler = (req, _res, next) => {
  assertJsonDepth(req.body);
  next();
};

export const snapshotRoutes = [
  route({
    method: 'post',
    path: '/api/snapshots',
    tag,
    summary: 'Store a frozen view as an immutable snapshot',
    description:
      'Body: the explorer\'s frozen view (captureView(), the "JSON of the view" export), a title and the canvas size. The sources cited by the elements are read from the graph now and frozen. Body limit SNAPSHOT_BODY_LIMIT (default 5mb); at most 5,000 nodes and 20,000 relationships.',
    body: snapshotBody,
    bodyLimit: (config) => config.snapshots.bodyLimit,
    before: () => [shallowBody],
    response: createdReply,
    responseHeaders: { Location: 'The URL of the snapshot JSON' },
    status: 201,
    auth: true,
    rateLimited: true,
    handle: async ({ body }, s, { req, res }) => {
      const snapshot = await s.snapshots.create(body);
      const urls = s.snapshots.urls(snapshot.id, s.snapshots.baseUrl(req));
      res.location(urls.json);
      return { ...s.snapshots.summary(snapshot), urls };
    },
  }),
  route({
    method: 'get',
    path: '/api/snapshots',
    tag,
    summary: 'Snapshots, newest first, paged',
    query: listQuery,
    response: listReply,
    handle: ({ query }, s) => s.snapshots.list(query),
  }),
  route({
    method: 'get',
    path: '/api/snapshots/{id}',
    tag,
    summary: 'One snapshot, exactly as stored',
    params: snapshotIdParams,
    response: snapshotSchema,
    errors: [404],
    // The stored text as is: the same bytes today and after any restart or re-seed.
    handle: async ({ params }, s) => Reply.json(await s.snapshots.getJson(params.id)),
  }),
  route({
    method: 'delete',
    path: '/api/snapshots/{id}',
    tag,
    summary: 'Delete a snapshot (its images and embed stop answering)',
    params: snapshotIdParams,
    response: z.null().describe('No content'),
    status: 204,
    auth: true,
    rateLimited: true,
    errors: [404],
    handle: async ({ params }, s) => {
      await s.snapshots.remove(params.id);
      await s.renderer.forget(params.id);
    },
  }),
  route({
    method: 'get',
    path: '/snapshots/{file}',
    tag,
    summary: 'The picture of a snapshot: /snapshots/<id>.png or /snapshots/<id>.svg, with its title and a "Sources: …" footer',
    description:
      'Rendered once by the same Cytoscape style the explorer uses (headless Chromium), then served from a cache. At most SNAPSHOT_MAX_PIXELS pixels (width × height × scale², 400 picture_too_large); 503 renderer_busy when SNAPSHOT_RENDER_QUEUE renders already wait, 503 renderer_unavailable when Chromium is missing.',
    params: imageParams,
    query: imageQuery,
    response: z.string().describe('PNG or SVG bytes'),
    contentTypes: ['image/png', 'image/svg+xml'],
    errors: [404],
    before: (s) => [embeddable(s.config, 'image')],
    handle: async ({ params, query }, s) => {
      const m = /^(.+)\.(png|svg)$/.exec(params.file);
      if (!m || !SNAPSHOT_ID.test(m[1]!)) throw new ApiError(404, 'not_found', `No snapshot picture ${JSON.stringify(params.file)}; use /snapshots/<id>.png or .svg.`);
      const id = m[1]!;
      const format = m[2] as ImageFormat;
      const json = await s.snapshots.getJson(id);
      const bytes = await s.renderer.image({ id, json, format, scale: query.scale });
      return new Reply(bytes, { type: CONTENT_TYPES[format], headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } });
    },
  }),
  route({
    method: 'get',
    path: '/embed/{id}',
    tag,
    summary: 'A small read-only page for an iframe: pan, zoom, hover details; loads only this snapshot',
    params: snapshotIdParams,
    response: z.string().describe('HTML page'),
    contentTypes: ['text/html'],
    errors: [404],
    before: (s) => [embeddable(s.config, 'page')],
    handle: async ({ params }, s) => {
      await s.snapshots.getJson(params.id); // 404 for an unknown id
      if (!fs.existsSync(embedHtml)) throw new ApiError(503, 'ui_not_built', 'The embed page is not built: run `npm run build`.');
      return new Reply(await fs.promises.readFile(embedHtml), { type: 'text/html; charset=utf-8', headers: { 'Cache-Control': 'no-cache' } });
    },
  }),
];
