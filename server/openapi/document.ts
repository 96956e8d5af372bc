/**
 * GET /api/openapi.json: an OpenAPI 3.1 document built from the zod schemas the routers validate with
 * (z.toJSONSchema, JSON Schema 2020-12, which OpenAPI 3.1 uses as is).
 */
import { z } from 'zod';
import { errorSchema } from '../api/shapes.ts';
import { agreementsRoutes } from '../agreements/schemas.ts';
import { cypherRoutes } from '../cypher/schemas.ts';
import { graphRoutes } from '../graph/schemas.ts';
import { queryRoutes } from '../queries/schemas.ts';
import { schemaRoutes } from '../schema/schemas.ts';
import { searchRoutes } from '../search/schemas.ts';
import { snapshotRoutes } from '../snapshots/schemas.ts';
import { timelineRoutes } from '../timeline/schemas.ts';
import type { RouteSpec } from './registry.ts';

export const allRoutes: RouteSpec[] = [
  ...schemaRoutes,
  ...searchRoutes,
  ...graphRoutes,
  ...timelineRoutes,
  ...agreementsRoutes,
  ...queryRoutes,
  ...cypherRoutes,
  ...snapshotRoutes,
];

type JsonSchema = Record<string, unknown>;

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input ({error:{code, message, details}})',
  401: 'Missing or wrong bearer token (API_TOKEN is set)',
  403: 'Read-only resource',
  404: 'Unknown id',
  409: 'Version conflict',
  413: 'Body larger than the limit',
  429: 'Rate limit reached',
  503: 'Neo4j unreachable (Retry-After)',
  504: 'Query timeout',
};

/** Converts one schema; named sub-schemas (.meta({id})) go to `components` and are referenced. */
function convert(schema: z.ZodType, io: 'input' | 'output', components: Record<string, JsonSchema>): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  const defs = (json['$defs'] ?? {}) as Record<string, JsonSchema>;
  delete json['$defs'];
  delete json['$schema'];
  const relink = (s: JsonSchema): JsonSchema => JSON.parse(JSON.stringify(s).replace(/"#\/\$defs\//g, '"#/components/schemas/')) as JsonSchema;
  for (const [name, def] of Object.entries(defs)) components[name] ??= relink(def);
  return relink(json);
}

/** Query or path parameters from a z.object: one OpenAPI parameter per key. */
function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path', components: Record<string, JsonSchema>) {
  if (!schema) return [];
  const json = convert(schema, 'input', components);
  const props = (json['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json['required'] as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: where, required: where === 'path' || (required.has(name) && !('default' in s)), ...(description ? { description } : {}), schema: rest };
  });
}

export function buildOpenApi(): Record<string, unknown> {
  const components: Record<string, JsonSchema> = {};
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of allRoutes) {
    const status = String(r.status ?? 200);
    const errors = [...new Set([400, ...(r.auth ? [401] : []), ...(r.errors ?? []), 503])].sort();
    const responses: Record<string, unknown> = {
      [status]:
        status === '204'
          ? { description: 'No content' }
          : r.contentTypes
            ? { description: 'Success', content: Object.fromEntries(r.contentTypes.map((t) => [t, { schema: convert(r.response, 'output', components) }])) }
            : { description: 'Success', content: { 'application/json': { schema: convert(r.response, 'output', components) } } },
    };
    for (const code of errors) {
      responses[String(code)] = {
        description: ERROR_TEXT[code] ?? 'Error',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
    (paths[r.path] ??= {})[r.method] = {
      tags: [r.tag],
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      operationId: `${r.method}${r.path.replace(/[{}]/g, '').replace(/\/(\w)/g, (_m, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '')}`,
      parameters: [...parameters(r.params, 'path', components), ...parameters(r.query, 'query', components)],
      ...(r.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: convert(r.body, 'input', components) } } } }
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
        'Explore the Kuwait–Turkey defence cooperation graph: search, neighbourhoods, paths, timeline, agreements, saved queries, read-only Cypher and snapshots (images and embeds of a frozen view). Every graph reply uses one shape: {nodes:[{id, labels, properties}], edges:[{id, type, source, target, properties}], truncated}. Every error is {error:{code, message, details?}}.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      schemas: components,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'API_TOKEN, needed by write endpoints when set' } },
    },
  };
}
