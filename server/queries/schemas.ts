/** Inputs and replies of the saved-query endpoints. */
import { z } from 'zod';
import { jsonInput, text } from '../contract/inputs.ts';
import { runReply } from '../cypher/schemas.ts';
import { PARAM_TYPES } from './params.ts';

export const paramSpecSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a Cypher parameter name').max(64),
    type: z.enum(PARAM_TYPES),
    default: z.union([text(1_000), z.number(), z.boolean(), z.null()]).optional().describe('Absent: required. null: optional without a value'),
    values: z.array(text(100, 1)).min(1).max(50).optional().describe('enum only: the allowed values, in the order a form offers them'),
  })
  .superRefine((p, ctx) => {
    if (p.type === 'enum' && !p.values) ctx.addIssue({ code: 'custom', path: ['values'], message: 'an enum parameter lists its allowed values' });
    if (p.type !== 'enum' && p.values) ctx.addIssue({ code: 'custom', path: ['values'], message: 'only an enum parameter has values' });
    if (p.values && new Set(p.values).size !== p.values.length) ctx.addIssue({ code: 'custom', path: ['values'], message: 'values must be unique' });
  })
  .meta({ id: 'QueryParam' });

export const queryIdParams = z.object({ id: text(200, 1) });

export const saveBody = z.object({
  title: text(200).optional().describe('Defaults to the // @title of the query'),
  description: text(2_000).optional().describe('Defaults to the // @description of the query'),
  cypher: text(50_000, 1).describe('One read-only Cypher statement, optionally with a header'),
  params: z
    .array(paramSpecSchema)
    .max(30)
    .refine((ps) => new Set(ps.map((p) => p.name)).size === ps.length, 'parameter names must be unique')
    .optional()
    .describe('Defaults to the // @param lines of the query'),
  version: z.number().int().min(1).optional().describe('On update: the version you edited; if the stored one is newer the answer is 409'),
});

export const runBody = z
  .object({
    params: z.record(text(64, 1), jsonInput).default({}).describe('Values by parameter name; strings are coerced to the declared type'),
  })
  .default({ params: {} });

export const savedQuerySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    params: z.array(paramSpecSchema),
    titleAr: z.string().optional().describe('From // @title:ar'),
    descriptionAr: z.string().optional().describe('From // @description:ar'),
    paramLabelsAr: z.record(z.string(), z.string()).optional().describe('Arabic parameter labels, from // @param:ar name label'),
    cypher: z.string(),
    origin: z.enum(['file', 'user']),
    readOnly: z.boolean().describe('File queries cannot be changed through the API'),
    createdAt: z.string().optional(),
    updatedAt: z.string().optional(),
    version: z.number().int().optional(),
  })
  .meta({ id: 'SavedQuery' });

export const queryRunReply = runReply.extend({
  query: z.object({ id: z.string(), title: z.string() }),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).describe('Values used, defaults filled in'),
});
export type QueryRun = z.infer<typeof queryRunReply>;
