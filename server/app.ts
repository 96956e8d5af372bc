/**
 * The Express app: cross-cutting middleware, one router per resource, the built UI, and the error handler.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { pino } from 'pino';
import { projectRoot } from './config.ts';
import type { AppContext } from './context.ts';
import { errorHandler, notFoundHandler } from './http/errors.ts';
import { healthRouter } from './health/router.ts';

export const clientDist = path.join(projectRoot, 'client', 'dist');

export function createApp(ctx: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('query parser', 'simple');

  const logger = pino({ level: ctx.config.server.logLevel });
  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      // Short request lines: no headers, so a bearer token never reaches the logs.
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
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

function mountCapabilities(_app: Express, _ctx: AppContext): void {
  // filled in by the API capabilities
}
