/**
 * The one rate limiter of costly requests: ad-hoc Cypher, saved-query runs, saved-query and snapshot writes
 * share one budget per client, so no route is a way around another's limit. The client is the address the
 * connection comes from; X-Forwarded-For is believed only from the proxies TRUST_PROXY names (see app.ts).
 */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AppConfig } from '../config.ts';
import { ApiError } from './api-error.ts';

export function costlyRequestLimiter(config: AppConfig): RequestHandler {
  const perMinute = config.security.cypherRateLimitPerMin;
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Forged forwarding headers are expected from outsiders: they are ignored (trust proxy), not worth a warning.
    validate: { xForwardedForHeader: false, trustProxy: false },
    handler: (req, _res, next) => {
      const reset = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfter = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000));
      next(
        new ApiError(429, 'rate_limited', `Too many queries and writes: at most ${perMinute} a minute per client. Try again in ${retryAfter} s.`, undefined, {
          'Retry-After': String(retryAfter),
        }),
      );
    },
  });
}
