/**
 * Request logging: one line per request when its response ends, the same line pino-http wrote
 * ({req:{method,url}, res:{statusCode}, responseTime, msg: "request completed" | "request aborted"}, and at
 * error level with `err` and "request errored" for a 5xx), without pino-http's per-request work: it built a
 * child logger for every request and ran the standard serializers (headers included) before ours.
 * `req.log` is still there for handlers that log about a request; its child logger is made on first use.
 */
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

declare module 'node:http' {
  interface IncomingMessage {
    /** The app's logger with this request's method and url bound. */
    log: Logger;
  }
}

export interface RequestLoggingOptions {
  /** Requests not logged (the health probe). */
  ignore?: (req: { url: string }) => boolean;
}

export function requestLogging(logger: Logger, opts: RequestLoggingOptions = {}): RequestHandler {
  return (req, res, next) => {
    const started = Date.now();
    // Read now: routers rewrite req.url while they handle the request. No headers, so a bearer token never
    // reaches the logs.
    const line = { method: req.method, url: req.url };
    let child: Logger | undefined;
    Object.defineProperty(req, 'log', {
      configurable: true,
      get: () => (child ??= logger.child({ req: line })),
      set: (v: Logger) => {
        child = v;
      },
    });
    if (!opts.ignore?.(req)) {
      const done = (err?: unknown) => {
        res.off('finish', done);
        res.off('close', done);
        res.off('error', done);
        const responseTime = Date.now() - started;
        if (err instanceof Error || res.statusCode >= 500) {
          const error = err instanceof Error ? err : new Error(`failed with status code ${res.statusCode}`);
          logger.error({ req: line, res: { statusCode: res.statusCode }, err: error, responseTime }, 'request errored');
          return;
        }
        const msg = !req.readableAborted && res.writableEnded ? 'request completed' : 'request aborted';
        logger.info({ req: line, res: { statusCode: res.statusCode }, responseTime }, msg);
      };
      res.on('finish', done);
      res.on('close', done);
      res.on('error', done);
    }
    next();
  };
}
