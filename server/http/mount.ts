/**
 * Mounts route definitions on the app: for each, the shared rate limit and the token check where the route
 * asks for them, the content-type check and body parser where it takes a body, validation of params, query
 * and body with its zod schemas, then its handler. Known paths answer other methods with 405 and `Allow`.
 */
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import { canonicalJson } from '../cache/reply-cache.ts';
import type { Services } from '../services.ts';
import { ApiError } from './api-error.ts';
import { requireToken } from './auth.ts';
import { validationError } from './errors.ts';
import { costlyRequestLimiter } from './limits.ts';
import { expressPath, Reply, type Method, type Route } from './route.ts';

function parse(schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return undefined;
  const r = schema.safeParse(value);
  if (!r.success) throw validationError(r.error);
  return r.data;
}

/** True when the request carries a body (a length above zero, or a chunked one). */
const hasBody = (req: Request): boolean => req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/** A body must be JSON (415 otherwise); a missing body is fine only when the route's schema accepts none. */
function jsonBody(route: Route, limit: string): RequestHandler[] {
  const acceptsNone = route.body!.safeParse(undefined).success;
  const check: RequestHandler = (req, _res, next) => {
    if (!hasBody(req)) {
      req.body = undefined;
      if (!acceptsNone) return next(new ApiError(400, 'body_required', 'This request needs a JSON body.'));
      return next();
    }
    if (!req.is(['application/json', 'application/*+json'])) {
      return next(new ApiError(415, 'unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.'));
    }
    next();
  };
  return [check, express.json({ limit, type: ['application/json', 'application/*+json'] })];
}

/** `Cache-Control: no-cache` on the request: the client wants Neo4j's answer, not a kept one. */
const wantsFresh = (req: Request): boolean => /\bno-cache\b/i.test(req.headers['cache-control'] ?? '') || /\bno-cache\b/i.test(String(req.headers.pragma ?? ''));

/** Sends what a handler returned: a Reply as it says, nothing for 204, else the value as JSON. */
function send(res: Response, out: unknown, status: number): void {
  if (out instanceof Reply) {
    if (out.opts.headers) res.set(out.opts.headers);
    if (out.opts.type) res.type(out.opts.type);
    res.status(out.opts.status ?? status).send(out.body);
  } else if (status === 204) res.status(204).end();
  else res.status(status).json(out);
}

/** The JSON text of a plain success reply, which the reply cache may keep; undefined for anything else. */
function cacheableJson(out: unknown): string | undefined {
  if (!(out instanceof Reply)) return JSON.stringify(out);
  const plain = out.opts.status === undefined && out.opts.headers === undefined && out.opts.type?.startsWith('application/json');
  return plain && out.body !== null ? out.body.toString() : undefined;
}

function handler(route: Route, services: Services): RequestHandler {
  const status = route.status ?? 200;
  const cache = route.cached && services.config.replyCache.enabled ? services.replies : undefined;
  return async (req, res) => {
    const input = { params: parse(route.params, req.params), query: parse(route.query, req.query), body: parse(route.body, req.body) };
    if (!cache) {
      const out = await route.handle(input as never, services, { req, res });
      if (!res.headersSent) send(res, out, status);
      return;
    }
    // The key is the validated input (defaults filled in, types coerced), so `?depth=1` and `?depth=01&` meet.
    const key = `${route.method} ${route.path} ${canonicalJson(input)}`;
    const kept = wantsFresh(req) ? undefined : cache.get(key);
    let entry = kept;
    if (!entry) {
      const version = cache.version.get();
      const out = await route.handle(input as never, services, { req, res });
      if (res.headersSent) return;
      const json = cacheableJson(out);
      if (json === undefined) return send(res, out, status);
      entry = cache.set(key, Buffer.from(json), version);
    }
    res.set({ ETag: entry.etag, 'X-Cache': kept ? 'hit' : 'miss' });
    if (req.fresh) return void res.status(304).end();
    res.status(status).type('application/json; charset=utf-8').send(entry.body);
  };
}

/** 405 for a known path and another method (OPTIONS answers 204 with what is allowed). */
function methodNotAllowed(methods: Set<Method>): RequestHandler {
  const allowed = [...methods].map((m) => m.toUpperCase());
  if (methods.has('get')) allowed.push('HEAD');
  allowed.push('OPTIONS');
  const allow = allowed.join(', ');
  const answer: RequestHandler = (req, res, next) => {
    res.set('Allow', allow);
    if (req.method === 'OPTIONS') return void res.status(204).end();
    next(new ApiError(405, 'method_not_allowed', `${req.method} is not allowed here; use ${allowed.filter((m) => m !== 'OPTIONS').join(' or ')}.`));
  };
  fallbacks.add(answer);
  return answer;
}

/** The 405 answers mounted for every other method of a path: not endpoints, so not in the contract. */
const fallbacks = new WeakSet<RequestHandler>();

export function mountRoutes(app: Express, routes: readonly Route[], services: Services): void {
  const { config } = services;
  const limiter = costlyRequestLimiter(config);
  const auth = requireToken(config);
  const methodsByPath = new Map<string, Set<Method>>();
  for (const r of routes) {
    const path = expressPath(r.path);
    const chain: RequestHandler[] = [];
    if (r.rateLimited) chain.push(limiter);
    if (r.auth) chain.push(auth);
    if (r.body) chain.push(...jsonBody(r, r.bodyLimit?.(config) ?? config.security.bodyLimit));
    if (r.before) chain.push(...r.before(services));
    chain.push(handler(r, services));
    app[r.method](path, ...chain);
    let methods = methodsByPath.get(path);
    if (!methods) methodsByPath.set(path, (methods = new Set()));
    methods.add(r.method);
  }
  for (const [path, methods] of methodsByPath) app.all(path, methodNotAllowed(methods));
}

/** Every path and method mounted by mountRoutes, read back from the app's router (for the contract test). */
export function mountedRoutes(app: Express): string[] {
  type RouteLayer = { route?: { path: string; methods: Record<string, boolean>; stack: { handle: RequestHandler }[] } };
  const stack = (app as unknown as { router: { stack: RouteLayer[] } }).router.stack;
  const out: string[] = [];
  for (const layer of stack) {
    const r = layer.route;
    if (!r || typeof r.path !== 'string') continue;
    if (r.stack.every((l) => fallbacks.has(l.handle))) continue;
    for (const [m, on] of Object.entries(r.methods)) if (on && m !== '_all') out.push(`${m.toUpperCase()} ${r.path}`);
  }
  return out;
}
