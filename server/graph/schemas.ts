/** Inputs and replies of the graph capability; the router validates with these and the OpenAPI document lists them. */
import { z } from 'zod';
import { graphEdgeSchema, graphNodeSchema, graphSchema, nodeBriefSchema, pathRefSchema, properties } from '../contract/replies.ts';
import { csvList, intParam, isoDate, nodeIdSchema, windowInOrder } from '../contract/inputs.ts';

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
