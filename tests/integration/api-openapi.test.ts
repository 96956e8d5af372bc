/** GET /api/openapi.json: an OpenAPI 3.1 document of every explorer route, built from the routers' zod schemas. */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp, type TestApp } from './api-helpers.ts';

let t: TestApp;
beforeAll(() => {
  t = makeApp();
});
afterAll(() => t.close());

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { parameters: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[]; requestBody?: unknown; responses: Record<string, unknown>; security?: unknown }>>;
  components: { schemas: Record<string, unknown> };
};

describe('GET /api/openapi.json', () => {
  let doc: Doc;
  beforeAll(async () => {
    const res = await request(t.app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/json');
    doc = res.body as Doc;
  });

  it('is OpenAPI 3.1 and lists every route of the explorer API', () => {
    expect(doc.openapi).toBe('3.1.0');
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    expect(routes.sort()).toEqual(
      [
        'GET /api/schema',
        'GET /api/search',
        'GET /api/nodes/{id}',
        'GET /api/graph/neighbourhood',
        'GET /api/graph/paths',
        'GET /api/graph/overview',
        'GET /api/timeline',
        'GET /api/sources',
        'GET /api/sources/{id}',
        'GET /api/evidence',
        'GET /api/agreements',
        'GET /api/queries',
        'GET /api/queries/{id}',
        'POST /api/queries',
        'PUT /api/queries/{id}',
        'DELETE /api/queries/{id}',
        'POST /api/queries/{id}/run',
        'POST /api/cypher',
        'POST /api/snapshots',
        'GET /api/snapshots',
        'GET /api/snapshots/{id}',
        'DELETE /api/snapshots/{id}',
        'GET /snapshots/{file}',
        'GET /embed/{id}',
      ].sort(),
    );
  });

  it('documents parameters with the limits the routes enforce', () => {
    const nb = doc.paths['/api/graph/neighbourhood']!['get']!;
    const depth = nb.parameters.find((p) => p.name === 'depth')!;
    expect(depth).toEqual(expect.objectContaining({ in: 'query', required: false }));
    expect(depth.schema).toEqual(expect.objectContaining({ type: 'integer', minimum: 1, maximum: 3, default: 1 }));
    expect(nb.parameters.find((p) => p.name === 'id')?.required).toBe(true);
    expect(nb.parameters.find((p) => p.name === 'limit')?.schema).toEqual(expect.objectContaining({ maximum: 5000, default: 500 }));
    expect(doc.paths['/api/nodes/{id}']!['get']!.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
    expect(doc.paths['/api/cypher']!['post']!.requestBody).toBeDefined();
    expect(Object.keys(doc.paths['/api/cypher']!['post']!.responses)).toEqual(expect.arrayContaining(['200', '400', '413', '429', '503', '504']));
    expect(doc.paths['/api/queries']!['post']!.security).toBeDefined();
    expect(Object.keys(doc.paths['/api/queries']!['post']!.responses)).toEqual(expect.arrayContaining(['201', '401']));
  });

  it('has the graph shape and the error shape as components, and every reference resolves', () => {
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Graph', 'GraphNode', 'GraphEdge', 'Error', 'SavedQuery', 'RunResult']));
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(doc.components.schemas[r], r).toBeDefined();
    expect(JSON.stringify(doc)).not.toContain('#/$defs/');
  });
});
