/**
 * zod schemas of the reply shapes shared across capabilities (for the OpenAPI document; replies are built
 * by typed code, not validated at run time).
 */
import { z } from 'zod';

export const jsonValue = z.json().describe('Any JSON value');
export const properties = z.record(z.string(), jsonValue).describe('Property map; integers as numbers, dates as ISO strings');

export const graphNodeSchema = z
  .object({
    id: z.string().describe('The domain id (slug)'),
    labels: z.array(z.string()).describe("Labels, domain label first, 'Entity' last"),
    properties,
  })
  .meta({ id: 'GraphNode' });

export const graphEdgeSchema = z
  .object({
    id: z.string().describe("The relationship's elementId (stable for the life of the relationship)"),
    type: z.string(),
    source: z.string().describe('id of the start node'),
    target: z.string().describe('id of the end node'),
    properties,
  })
  .meta({ id: 'GraphEdge' });

export const graphSchema = z
  .object({
    nodes: z.array(graphNodeSchema),
    edges: z.array(graphEdgeSchema),
    truncated: z.boolean().describe('true when a cap left part of the answer out'),
  })
  .meta({ id: 'Graph' });

export const pathRefSchema = z
  .object({ length: z.number().int(), nodes: z.array(z.string()), edges: z.array(z.string()) })
  .meta({ id: 'PathRef' });

export const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: jsonValue.optional() }) })
  .meta({ id: 'Error' });

/** A node in brief, as lists show it. */
export const nodeBriefSchema = z
  .object({
    id: z.string(),
    labels: z.array(z.string()),
    name: z.string().nullable(),
    nameAr: z.string().nullable(),
  })
  .meta({ id: 'NodeBrief' });

export const linkSchema = nodeBriefSchema
  .extend({
    type: z.string().describe('Relationship type'),
    direction: z.enum(['out', 'in']).describe("'in' when the other node points at this one"),
    role: z.string().nullable().describe("The relationship's role property"),
    roleAr: z.string().nullable().describe('The role in Arabic, when the facts give one'),
    edgeId: z.string(),
    quote: z.string().nullable(),
    quoteEn: z.string().nullable(),
    sources: z.array(z.string()),
  })
  .meta({ id: 'Link' });
