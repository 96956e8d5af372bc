/** Inputs and replies of the graph capability; the router validates with these and the OpenAPI document lists them. */
import { z } from 'zod';
import { graphEdgeSchema, graphNodeSchema, graphSchema, nodeBriefSchema, pathRefSchema, properties } from '../api/shapes.ts';
import { csvList, intParam, isoDate, nodeIdSchema, windowInOrder } from '../api/validate.ts';
import type { RouteSpec } from '../openapi/registry.ts';

const types = csvList(100).optional().describe('Relationship types, comma-separated (default: all but MENTIONED_IN)');
const labels = csvList(100).optional().describe('Node labels, comma-separated (default: all but Source)');

export const nodeParams = z.object({ id: nodeIdSchema });

export const neighbourhoodQuery = z
  .object({
    id: nodeIdSchema,
    depth: intParam(1, 3, 1).describe('Hops from the node, 1 to 3'),
    types,
    labels,
    from: isoDate.optional().describe('Start of the date window (dated nodes and relationships outside it are left out)'),
    to: isoDate.optional().describe('End of the date window'),
    limit: intParam(1, 5000, 500).describe('Most nodes returned, the start node included'),
  })
  .refine(windowInOrder, { message: 'from must not be after to', path: ['from'] });

export const pathsQuery = z
  .object({
    from: nodeIdSchema.describe('id of the first node'),
    to: nodeIdSchema.describe('id of the second node'),
    maxLength: intParam(1, 6, 6).describe('Longest path considered, in hops'),
    types,
    labels,
  })
  .refine((v) => v.from !== v.to, { message: 'from and to must be different nodes', path: ['to'] });

export const overviewQuery = z.object({
  // Big scenes are the point of the overview: up to 50,000 nodes (Bloom stops at 10,000).
  limit: intParam(1, 50_000, 500).describe('Most nodes returned (up to 50,000); above it the highest-degree nodes are kept'),
  types,
  labels,
});

const sourceQuote = z.object({
  quote: z.string().nullable().describe('Verbatim Arabic passage'),
  quoteEn: z.string().nullable().describe('English gloss'),
  via: z.string().describe('The fact the quote supports, in words'),
  edgeId: z.string(),
  type: z.string(),
  direction: z.enum(['out', 'in']),
  other: nodeBriefSchema,
});

export const nodeDetailsReply = z.object({
  node: graphNodeSchema,
  sources: z.array(z.object({ id: z.string(), properties, quotes: z.array(sourceQuote) })),
  facts: z.array(z.object({ edge: graphEdgeSchema, direction: z.enum(['out', 'in']), other: nodeBriefSchema })),
});

export const pathsReply = z.object({
  graph: graphSchema,
  paths: z.array(pathRefSchema).describe('Each shortest path as node ids and edge ids, at most 100'),
  length: z.number().int().nullable().describe('Length of the shortest paths; null when there is none'),
});

export const overviewReply = graphSchema.extend({ total: z.number().int().describe('Nodes that passed the filters') });

const tag = 'Graph';
const provenanceNote =
  'Provenance stays out of the view by default: MENTIONED_IN edges and Source nodes are left out unless `types` lists MENTIONED_IN or `labels` lists Source.';

export const graphRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/api/nodes/{id}',
    tag,
    summary: 'One node with its properties, its facts and its sources with quotes',
    params: nodeParams,
    response: nodeDetailsReply,
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/graph/neighbourhood',
    tag,
    summary: 'The subgraph around a node',
    description: `Nodes within depth hops (nearest first), walking only through nodes and relationships the filters keep, and every kept relationship among them. ${provenanceNote}`,
    query: neighbourhoodQuery,
    response: graphSchema,
    errors: [404, 504],
  },
  {
    method: 'get',
    path: '/api/graph/paths',
    tag,
    summary: 'All shortest paths between two nodes',
    description: `As a graph and as a list of paths. The two end nodes are always allowed. ${provenanceNote}`,
    query: pathsQuery,
    response: pathsReply,
    errors: [404, 504],
  },
  {
    method: 'get',
    path: '/api/graph/overview',
    tag,
    summary: 'The whole graph when it fits, else its highest-degree part (truncated: true)',
    description: provenanceNote,
    query: overviewQuery,
    response: overviewReply,
    errors: [504],
  },
];
