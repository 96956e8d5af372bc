/**
 * The OpenAPI 3.1 document, generated from the same route definitions the app mounts (route.ts): the zod
 * schemas become JSON Schema 2020-12 (z.toJSONSchema), which OpenAPI 3.1 uses as is. Every status a route can
 * answer is listed, from what the route declares and from what mounting adds (a body → 413/415, the rate
 * limit → 429 with its headers, Neo4j → 503).
 */
import { z } from 'zod';
import { errorSchema } from '../contract/replies.ts';
import type { Route } from './route.ts';

type JsonSchema = Record<string, unknown>;

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input ({error:{code, message, details}})',
  401: 'Missing or wrong bearer token (API_TOKEN is set)',
  403: 'Read-only resource',
  404: 'Unknown id',
  409: 'Version conflict',
  413: 'Body larger than the limit',
  415: 'Body is not JSON (Content-Type: application/json)',
  422: 'The result is larger than CYPHER_MAX_REPLY_BYTES; the query was cancelled',
  429: 'Rate limit or per-client concurrency limit reached (Retry-After)',
  431: 'Request line or headers larger than 16 kB',
  503: 'Neo4j unreachable, or the server is busy (Retry-After)',
  504: 'Query timeout',
};

const RATE_LIMIT_HEADERS = {
  RateLimit: { description: 'Remaining requests in the window (IETF draft 8)', schema: { type: 'string' } },
  'RateLimit-Policy': { description: 'The limit and window (IETF draft 8)', schema: { type: 'string' } },
};
const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } };

/** Converts one schema; named sub-schemas (.meta({id})) go to `components` and are referenced. */
function convert(schema: z.ZodType, io: 'input' | 'output', components: Record<string, JsonSchema>): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  const defs = (json['$defs'] ?? {}) as Record<string, JsonSchema>;
  delete json['$defs'];
  delete json['$schema'];
  const relink = (s: JsonSchema): JsonSchema => JSON.parse(JSON.stringify(s).replace(/"#\/\$defs\//g, '"#/components/schemas/')) as JsonSchema;
  for (const [name, def] of Object.entries(defs)) {
    const linked = relink(def);
    const seen = namedBy.get(components)?.get(name);
    // Two different schemas under one .meta({id}) would leave one of them documented for both: fail loudly.
    if (seen && seen.io === io && seen.json !== JSON.stringify(linked)) throw new Error(`OpenAPI: two different schemas are named ${name} (.meta({ id: '${name}' }))`);
    if (!seen) {
      if (!namedBy.has(components)) namedBy.set(components, new Map());
      namedBy.get(components)!.set(name, { io, json: JSON.stringify(linked) });
    }
    components[name] ??= linked;
  }
  return relink(json);
}

/** What each component name was first made from, per document being built. */
const namedBy = new WeakMap<Record<string, JsonSchema>, Map<string, { io: 'input' | 'output'; json: string }>>();

/** Query or path parameters from a z.object: one OpenAPI parameter per key. */
function parameters(schema: z.ZodType | undefined, where: 'query' | 'path', components: Record<string, JsonSchema>) {
  if (!schema) return [];
  const json = convert(schema, 'input', components);
  const props = (json['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json['required'] as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: where, required: where === 'path' || (required.has(name) && !('default' in s)), ...(description ? { description } : {}), schema: rest };
  });
}

/** Every status a route can answer besides its success. */
export function errorStatuses(r: Route): number[] {
  const s = new Set([400, 431, ...(r.errors ?? [])]);
  if (r.auth) s.add(401);
  if (r.body) for (const c of [413, 415]) s.add(c);
  if (r.rateLimited) s.add(429);
  if (!r.offline) s.add(503);
  return [...s].sort();
}

/** Headers of a reply the reply cache may have kept (route.cached). */
const CACHE_HEADERS = {
  ETag: { description: 'Validator of the reply; send it back in If-None-Match for a 304 while the graph is unchanged', schema: { type: 'string' } },
  'X-Cache': { description: '`hit` when the reply was kept from an earlier identical request, `miss` when Neo4j answered', schema: { type: 'string', enum: ['hit', 'miss'] } },
};

export function buildOpenApi(routes: readonly Route[]): Record<string, unknown> {
  const components: Record<string, JsonSchema> = {};
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const status = String(r.status ?? 200);
    const successHeaders = {
      ...(r.responseHeaders ? Object.fromEntries(Object.entries(r.responseHeaders).map(([k, d]) => [k, { description: d, schema: { type: 'string' } }])) : {}),
      ...(r.rateLimited ? RATE_LIMIT_HEADERS : {}),
      ...(r.cached ? CACHE_HEADERS : {}),
    };
    const headers = Object.keys(successHeaders).length ? { headers: successHeaders } : {};
    const responses: Record<string, unknown> = {
      [status]:
        status === '204'
          ? { description: 'No content', ...headers }
          : {
              description: 'Success',
              ...headers,
              content: Object.fromEntries((r.contentTypes ?? ['application/json']).map((t) => [t, { schema: convert(r.response, 'output', components) }])),
            },
    };
    if (r.cached) responses['304'] = { description: 'Not modified: the reply named by If-None-Match is still current', headers: { ETag: CACHE_HEADERS.ETag } };
    for (const [code, other] of Object.entries(r.otherReplies ?? {})) {
      responses[code] = { description: other.description, content: { 'application/json': { schema: convert(other.schema, 'output', components) } } };
    }
    for (const code of errorStatuses(r)) {
      if (responses[String(code)]) continue;
      const extra = code === 429 ? { ...RETRY_AFTER, ...RATE_LIMIT_HEADERS } : code === 503 ? RETRY_AFTER : code === 401 ? { 'WWW-Authenticate': { schema: { type: 'string' } } } : undefined;
      responses[String(code)] = {
        description: ERROR_TEXT[code] ?? 'Error',
        ...(extra ? { headers: extra } : {}),
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
    (paths[r.path] ??= {})[r.method] = {
      tags: [r.tag],
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      operationId: `${r.method}${r.path.replace(/[{}]/g, '').replace(/[/.](\w)/g, (_m, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '')}`,
      parameters: [...parameters(r.params, 'path', components), ...parameters(r.query, 'query', components)],
      ...(r.body
        ? { requestBody: { required: !r.body.safeParse(undefined).success, content: { 'application/json': { schema: convert(r.body, 'input', components) } } } }
        : {}),
      responses,
      ...(r.auth ? { security: [{ bearer: [] }, {}] } : {}),
    };
  }
  convert(errorSchema, 'output', components);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Knowledge-graph explorer API',
      version: '0.1.0',
      description:
        'Explore the Kuwait–Turkey defence cooperation graph: search, neighbourhoods, paths, timeline, agreements, saved queries, read-only Cypher and snapshots (images and embeds of a frozen view). Every graph reply uses one shape: {nodes:[{id, labels, properties}], edges:[{id, type, source, target, properties}], truncated}. Every error is {error:{code, message, details?}}. A known path answers another method with 405 and Allow.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      schemas: components,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'API_TOKEN, needed by write endpoints when set' } },
    },
  };
}
