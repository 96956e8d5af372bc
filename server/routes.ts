/**
 * Every endpoint of the server, in the order of the OpenAPI document. Adding an endpoint means adding its
 * definition to its capability's routes.ts; it is mounted, validated and documented from there.
 */
import { agreementsRoutes } from './agreements/routes.ts';
import { cypherRoutes } from './cypher/routes.ts';
import { graphRoutes } from './graph/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { buildOpenApi } from './http/openapi.ts';
import { Reply, route, type Route } from './http/route.ts';
import { queryRoutes } from './queries/routes.ts';
import { schemaRoutes } from './schema/routes.ts';
import { searchRoutes } from './search/routes.ts';
import { snapshotRoutes } from './snapshots/routes.ts';
import { linkRoutes } from './links/routes.ts';
import { sourceRoutes } from './sources/routes.ts';
import { timelineRoutes } from './timeline/routes.ts';
import { z } from 'zod';

let openApiText: string | undefined;

const openApiRoute = route({
  method: 'get',
  path: '/api/openapi.json',
  tag: 'Documentation',
  summary: 'This document: OpenAPI 3.1, generated from the route definitions the server mounts',
  response: z.record(z.string(), z.json()),
  offline: true,
  // Built once: it depends on the code only.
  handle: () => Reply.json((openApiText ??= JSON.stringify(buildOpenApi(allRoutes))), { headers: { 'Cache-Control': 'no-cache' } }),
});

export const allRoutes: readonly Route[] = [
  ...healthRoutes,
  ...schemaRoutes,
  ...searchRoutes,
  ...graphRoutes,
  ...timelineRoutes,
  ...sourceRoutes,
  ...agreementsRoutes,
  ...queryRoutes,
  ...cypherRoutes,
  ...snapshotRoutes,
  ...linkRoutes,
  openApiRoute,
];
