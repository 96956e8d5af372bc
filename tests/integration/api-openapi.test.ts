/** GET /api/openapi.json: an OpenAPI 3.1 document of every explorer route, built from the routers' zod schemas. */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountedRoutes } from '../../server/http/mount.ts';
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

  it('is OpenAPI 3.1 and documents exactly the routes the app mounts', () => {
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    const mounted = mountedRoutes(t.app).map((r) => r.replace(/:(\w+)/g, '{$1}'));
    expect(documented.sort()).toEqual([...new Set(mounted)].sort());
    // The capabilities a user reaches are all there (guards against both lists being empty or cut short).
    for (const r of ['GET /api/health', 'GET /api/search', 'GET /api/graph/neighbourhood', 'POST /api/cypher', 'POST /api/queries/{id}/run', 'DELETE /api/snapshots/{id}', 'GET /embed/{id}', 'GET /api/openapi.json']) {
      expect(documented).toContain(r);
    }
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
