/**
 * The Express app: cross-cutting middleware, one router per resource, the built UI, and the error handler.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pino } from 'pino';
import { projectRoot } from './config.ts';
import type { AppContext } from './context.ts';
import { errorHandler, notFoundHandler } from './http/errors.ts';
import { requestLogging } from './http/logging.ts';
import { healthRouter } from './health/router.ts';
import { agreementsRouter } from './agreements/router.ts';
import { cypherRouter } from './cypher/router.ts';
import { ReadOnlyRunner } from './cypher/runner.ts';
import { graphRouter } from './graph/router.ts';
import { openApiRouter } from './openapi/router.ts';
import { queriesRouter } from './queries/router.ts';
import { SavedQueries } from './queries/service.ts';
import { SchemaCache } from './schema/cache.ts';
import { schemaRouter } from './schema/router.ts';
import { searchRouter } from './search/router.ts';
import { SnapshotRenderer } from './snapshots/render.ts';
import { snapshotBodyParser, snapshotPagesRouter, snapshotsApiRouter } from './snapshots/router.ts';
import { SnapshotService } from './snapshots/service.ts';
import { timelineRouter } from './timeline/router.ts';

export const clientDist = path.join(projectRoot, 'client', 'dist');

export function createApp(ctx: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('query parser', 'simple');

  const logger = pino({ level: ctx.config.server.logLevel });
  app.use(requestLogging(logger, { ignore: (req) => req.url === '/api/health' }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Cytoscape sets inline styles on its canvases.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'worker-src': ["'self'", 'blob:'],
        },
      },
    }),
  );
  if (ctx.config.security.corsOrigins.length) {
    const allowed = new Set(ctx.config.security.corsOrigins);
    app.use('/api', (req, res, next) => {
      const origin = req.headers.origin;
      if (origin && allowed.has(origin)) {
        res.set('Access-Control-Allow-Origin', origin);
        res.set('Vary', 'Origin');
        res.set('Access-Control-Allow-Headers', 'Content-Type, Authorization');
        res.set('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE');
      }
      if (req.method === 'OPTIONS') return void res.sendStatus(204);
      next();
    });
  }
  // Snapshots carry a whole frozen view: their own, larger limit, parsed first so the default parser skips them.
  app.use('/api/snapshots', snapshotBodyParser(ctx.config));
  app.use(express.json({ limit: ctx.config.security.bodyLimit }));

  app.use('/api/health', healthRouter(ctx));
  // Capability routers are mounted here (graph, queries, cypher, snapshots).
  mountCapabilities(app, ctx);
  app.use('/api', notFoundHandler);

  if (fs.existsSync(clientDist)) {
    app.use(express.static(clientDist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(clientDist, 'index.html')));
  }
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}

function mountCapabilities(app: Express, ctx: AppContext): void {
  // Explorer API (shared per app: the schema-name cache and the read-only runner with its verdict cache).
  const schema = new SchemaCache(ctx.db);
  const runner = new ReadOnlyRunner(ctx);
  app.use('/api/schema', schemaRouter(ctx));
  app.use('/api/search', searchRouter(ctx, schema));
  app.use('/api', graphRouter(ctx, schema));
  app.use('/api/timeline', timelineRouter(ctx));
  app.use('/api/agreements', agreementsRouter(ctx));
  app.use('/api/queries', queriesRouter(ctx, new SavedQueries(ctx, runner)));
  app.use('/api/cypher', cypherRouter(ctx, runner));
  app.use('/api/openapi.json', openApiRouter());
  // Snapshots: the API, and the pictures and embed page (before the UI's fallback route, which would answer them).
  const snapshots = new SnapshotService(ctx);
  const renderer = new SnapshotRenderer(ctx.config.snapshots);
  app.use('/api/snapshots', snapshotsApiRouter(ctx, snapshots, renderer));
  app.use(snapshotPagesRouter(ctx, snapshots, renderer));
}
