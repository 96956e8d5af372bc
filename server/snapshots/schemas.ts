/**
 * Inputs and replies of the snapshot endpoints. A snapshot is the explorer's frozen view (client/src/view-capture.ts)
 * plus a title and the canvas size, stored once and never changed.
 */
import { z } from 'zod';
import { jsonValue } from '../contract/replies.ts';
import { intParam, text } from '../contract/inputs.ts';
import { LANGS, LAYOUTS } from '../../shared/constants.ts';

/** Caps on what one snapshot may hold (the body limit, SNAPSHOT_BODY_LIMIT, caps the bytes). */
export const SNAPSHOT_LIMITS = { nodes: 5_000, edges: 20_000, sources: 2_000, idList: 5_000, jsonDepth: 32 } as const;

/** The layouts and languages a view may name: one list, shared with the client. */
export { LANGS, LAYOUTS };

/** Snapshot ids are random slugs (base64url); anything else cannot name one, so it is a 404, not a 400. */
export const SNAPSHOT_ID = /^[A-Za-z0-9_-]{8,64}$/;

const coord = z.number().finite().min(-1e7).max(1e7);
const position = z.object({ x: coord, y: coord });
const idList = z.array(text(300, 1)).max(SNAPSHOT_LIMITS.idList);
const nameList = z.array(text(100, 1)).max(200);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM');
const propertyMap = z.record(text(200), jsonValue);

const viewSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agreements') }),
  z.object({ kind: z.literal('overview'), limit: z.number().int().min(1).max(100_000).optional() }),
  z.object({ kind: z.literal('node'), id: text(300, 1), depth: z.number().int().min(1).max(3) }),
  z.object({ kind: z.literal('query'), id: text(200, 1), params: z.record(text(64, 1), text(2_000)) }),
  z.object({ kind: z.literal('cypher'), query: text(50_000, 1) }),
]);

/** The explorer's view state (client/src/view-state.ts): what produced the picture. */
export const viewStateSchema = z
  .object({
    source: viewSource,
    focus: text(300).optional(),
    expanded: idList.default([]),
    hiddenNodes: idList.default([]),
    pinned: idList.default([]),
    hiddenTypes: nameList.default([]),
    hiddenLabels: nameList.default([]),
    paths: z.object({ from: text(300, 1), to: text(300, 1) }).optional(),
    window: z.object({ from: month, to: month }).optional().describe('Timeline window, inclusive'),
    refit: z.boolean().optional().describe('Fit the scene to what is shown each time the timeline window changes'),
    layout: z.enum(LAYOUTS),
    lang: z.enum(LANGS),
    renderer: z.enum(['auto', 'canvas', 'webgl']).default('auto'),
  })
  .meta({ id: 'ViewState' });

export const viewportSchema = z.object({
  zoom: z.number().finite().positive().max(1_000),
  pan: z.object({ x: coord, y: coord }),
});

export const snapshotNodeSchema = z
  .object({
    id: text(300, 1),
    labels: z.array(text(100, 1)).max(20),
    properties: propertyMap,
    position,
    pinned: z.boolean().optional(),
  })
  .meta({ id: 'SnapshotNode' });

export const snapshotEdgeSchema = z
  .object({
    id: text(300, 1),
    type: text(100, 1),
    source: text(300, 1),
    target: text(300, 1),
    properties: propertyMap,
  })
  .meta({ id: 'SnapshotEdge' });

const frozenGraph = z
  .object({
    nodes: z.array(snapshotNodeSchema).max(SNAPSHOT_LIMITS.nodes),
    edges: z.array(snapshotEdgeSchema).max(SNAPSHOT_LIMITS.edges),
  })
  .superRefine((g, ctx) => {
    const ids = new Set<string>();
    for (const [i, n] of g.nodes.entries()) {
      if (ids.has(n.id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `duplicate node id ${JSON.stringify(n.id)}` });
      ids.add(n.id);
    }
    const edgeIds = new Set<string>();
    for (const [i, e] of g.edges.entries()) {
      if (edgeIds.has(e.id)) ctx.addIssue({ code: 'custom', path: ['edges', i, 'id'], message: `duplicate edge id ${JSON.stringify(e.id)}` });
      edgeIds.add(e.id);
      if (!ids.has(e.source) || !ids.has(e.target)) {
        ctx.addIssue({ code: 'custom', path: ['edges', i], message: 'source and target must be nodes of the snapshot' });
        return;
      }
    }
  });

/** The explorer's frozen view, as captureView() (and the JSON export) produce it. */
export const frozenViewSchema = z.object({
  format: z.literal('kg-explorer/view'),
  version: z.literal(1),
  capturedAt: z.iso.datetime({ offset: true }).describe('When the explorer read the data shown (becomes dataTime)'),
  link: text(20_000).describe('The explorer link of the view'),
  state: viewStateSchema,
  viewport: viewportSchema,
  renderer: z.object({ webgl: z.boolean(), big: z.boolean() }),
  graph: frozenGraph,
  sources: z.array(text(300, 1)).max(SNAPSHOT_LIMITS.sources).default([]).describe('Source ids cited by the visible elements'),
});

export const snapshotBody = z.object({
  title: text(300)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'must not be empty'))
    .describe('Shown above the picture and in the embed page, always as text'),
  view: frozenViewSchema,
  width: z.number().int().min(50).max(5_000).describe('Canvas width in CSS pixels when the view was frozen'),
  height: z.number().int().min(50).max(5_000).describe('Canvas height in CSS pixels when the view was frozen'),
  highlight: z
    .object({ nodes: idList.default([]), edges: idList.default([]) })
    .optional()
    .describe('Elements highlighted as a connection (the rest is drawn dimmed)'),
});
export type SnapshotBody = z.infer<typeof snapshotBody>;

export const snapshotSourceSchema = z
  .object({
    id: z.string(),
    publication: z.string().nullable(),
    publicationAr: z.string().nullable(),
    title: z.string().nullable(),
    titleAr: z.string().nullable(),
    date: z.string().nullable(),
    url: z.string().nullable(),
  })
  .meta({ id: 'SnapshotSource' });
export type SnapshotSource = z.infer<typeof snapshotSourceSchema>;

/** What GET /api/snapshots/:id returns, byte for byte as it was stored. */
export const snapshotSchema = z
  .object({
    format: z.literal('kg-explorer/snapshot'),
    version: z.literal(1),
    id: z.string(),
    title: z.string(),
    createdAt: z.string().describe('When the snapshot was stored'),
    dataTime: z.string().describe('When the data shown was read from the graph'),
    width: z.number().int(),
    height: z.number().int(),
    lang: z.enum(LANGS),
    layout: z.enum(LAYOUTS),
    style: z.object({ big: z.boolean(), renderer: z.enum(['canvas', 'webgl']) }).describe('Style-relevant settings of the scene'),
    viewport: viewportSchema,
    view: z.object({ state: viewStateSchema, link: z.string() }).describe('The query, parameters, filters and timeline window that produced it'),
    graph: z.object({ nodes: z.array(snapshotNodeSchema), edges: z.array(snapshotEdgeSchema) }),
    highlight: z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }).nullable(),
    sources: z.array(snapshotSourceSchema).describe('Sources cited by the elements shown, as the graph had them at creation'),
    counts: z.object({ nodes: z.number().int(), edges: z.number().int() }),
  })
  .meta({ id: 'Snapshot' });
export type Snapshot = z.infer<typeof snapshotSchema>;

export const snapshotSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    createdAt: z.string(),
    dataTime: z.string(),
    lang: z.enum(LANGS),
    counts: z.object({ nodes: z.number().int(), edges: z.number().int() }),
  })
  .meta({ id: 'SnapshotSummary' });
export type SnapshotSummary = z.infer<typeof snapshotSummarySchema>;

export const snapshotUrlsSchema = z
  .object({
    json: z.string(),
    png: z.string(),
    svg: z.string(),
    embed: z.string(),
    explorer: z.string().describe('Reopens the snapshot in the explorer'),
  })
  .meta({ id: 'SnapshotUrls' });
export type SnapshotUrls = z.infer<typeof snapshotUrlsSchema>;

export const createdReply = snapshotSummarySchema.extend({ urls: snapshotUrlsSchema });

export const snapshotIdParams = z.object({ id: z.string().describe('Snapshot id (a random slug)') });
export const imageParams = z.object({ file: z.string().describe('<id>.png or <id>.svg') });

export const listQuery = z
  .object({
    limit: intParam(1, 100, 20).describe('Snapshots per page, newest first'),
    cursor: z.string().max(500).optional().describe('nextCursor of the previous page'),
    offset: z.coerce.number().int().min(0).max(1_000_000).optional().describe('Alternative to cursor: snapshots to skip'),
  })
  .refine((q) => q.cursor === undefined || q.offset === undefined, { message: 'use cursor or offset, not both', path: ['offset'] });

export const listReply = z.object({
  items: z.array(snapshotSummarySchema),
  nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page'),
  total: z.number().int(),
});

export const imageQuery = z.object({
  scale: intParam(1, 4, 1).describe('PNG pixel ratio, 1 to 4 (ignored for SVG)'),
});
