/**
 * Write endpoints (saved queries and snapshots) need `Authorization: Bearer $API_TOKEN` when
 * API_TOKEN is set. Without API_TOKEN the explorer is a local, single-user tool and writes are open.
 */
import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import type { AppConfig } from '../config.ts';
import { ApiError } from './api-error.ts';

export function requireToken(config: AppConfig): RequestHandler {
  const token = config.security.apiToken;
  if (!token) return (_req, _res, next) => next();
  const expected = crypto.createHash('sha256').update(token).digest();
  return (req, _res, next) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    // Compare digests so the comparison takes the same time whatever the length of the guess.
    const given = m?.[1] ? crypto.createHash('sha256').update(m[1]).digest() : undefined;
    if (given && crypto.timingSafeEqual(given, expected)) return next();
    const message = m ? 'The bearer token is not valid.' : 'This endpoint changes data and needs an Authorization: Bearer <API_TOKEN> header.';
    next(new ApiError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': 'Bearer' }));
  };
}
