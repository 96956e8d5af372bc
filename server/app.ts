/**
 * The Express app: cross-cutting middleware, every route definition mounted from one list (routes.ts), the
 * built UI, and one error handler.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pino } from 'pino';
import { projectRoot } from './config.ts';
import type { AppContext } from './context.ts';
import { ApiError } from './http/api-error.ts';
import { errorHandler } from './http/errors.ts';
import { requestLogging } from './http/logging.ts';
import { mountRoutes } from './http/mount.ts';
import { allRoutes } from './routes.ts';
import { createServices, type Services } from './services.ts';

export const clientDist = path.join(projectRoot, 'client', 'dist');

/** The app, with its services (for shutdown: `services.close()`). */
export type App = Express & { locals: { services: Services } };

/** Express's 'trust proxy' from TRUST_PROXY: a hop count, true/false, or proxy addresses and subnets. */
function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function createApp(ctx: AppContext): App {
  const { config } = ctx;
  const app = express() as App;
  const services = createServices(ctx);
  app.locals.services = services;
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names: the rate limit keys on the real client.
  app.set('trust proxy', trustProxy(config.http.trustProxy));
  app.set('query parser', 'simple');

  const logger = pino({ level: config.server.logLevel });
  app.use(requestLogging(logger, { ignore: (req) => req.url === '/api/health' }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Cytoscape sets inline styles on its canvases.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'worker-src': ["'self'", 'blob:'],
          // Only behind HTTPS: over plain HTTP on another host it would send the browser to https:// for every asset.
          'upgrade-insecure-requests': config.http.cspUpgradeInsecureRequests ? [] : null,
        },
      },
    }),
  );
  if (config.security.corsOrigins.length) {
    const allowed = new Set(config.security.corsOrigins);
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

  mountRoutes(app, allRoutes, services);
  app.use('/api', (req, _res, next) => next(new ApiError(404, 'not_found', `No route for ${req.method} ${req.originalUrl.split('?')[0]}`)));

  if (fs.existsSync(clientDist)) {
    app.use(express.static(clientDist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(clientDist, 'index.html')));
  }
  app.use((req, _res, next) => next(new ApiError(404, 'not_found', `No route for ${req.method} ${req.path}`)));
  app.use(errorHandler);
  return app;
}
