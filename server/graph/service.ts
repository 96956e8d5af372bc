/**
 * Exploration of the domain graph: one node with its provenance, a neighbourhood, the shortest paths between
 * two nodes, and an overview. Each is one round trip; internal labels never appear (every node is :Entity).
 */
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import { notFound } from '../http/api-error.ts';
import type { Gateway } from '../neo4j/gateway.ts';
import type { SchemaCache } from '../schema/cache.ts';
import { filterParams, windowParams, type ExploreFilter } from './filters.ts';
import { NODE_DETAILS, neighbourhoodQuery, overviewQuery, pathsQuery } from './queries.ts';
import {
  brief,
  edgesOfRows,
  GraphBuilder,
  nodeId,
  nodesOfRows,
  pathRef,
  toGraphEdge,
  toGraphNode,
  type EdgeRow,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type JsonObject,
  type NodeBrief,
  type NodeRow,
  type PathRef,
} from './shape.ts';

/** Most paths a paths reply lists (ALL SHORTEST can be many on a dense graph). */
export const MAX_PATHS = 100;

/** Checks the filter's labels and types against the schema (400 on an unknown one). */
export async function checkFilter<F extends ExploreFilter>(schema: SchemaCache, f: F): Promise<F> {
  await Promise.all([f.labels?.length ? schema.checkLabels(f.labels) : undefined, f.types?.length ? schema.checkTypes(f.types) : undefined]);
  return f;
}

export interface NeighbourhoodInput extends ExploreFilter {
  id: string;
  depth: number;
  limit: number;
}

export async function neighbourhood(gateway: Gateway, schema: SchemaCache, input: NeighbourhoodInput): Promise<Graph> {
  await checkFilter(schema, input);
  const res = await gateway.read(neighbourhoodQuery(input, input.depth), {
    id: input.id,
    limit: neo4j.int(input.limit),
    ...filterParams(input),
    ...windowParams(input),
  });
  const rec = res.records[0];
  if (!rec) throw notFound(`No node with id ${JSON.stringify(input.id)}.`);
  const b = new GraphBuilder();
  b.addValue(rec.get('ns'));
  b.addValue(rec.get('rels'));
  return b.build(rec.get('truncated') as boolean);
}

/** `from` and `to` are node ids here, not a date window: paths take type and label filters only. */
export interface PathsInput {
  from: string;
  to: string;
  maxLength: number;
  types?: string[] | undefined;
  labels?: string[] | undefined;
}

export interface PathsResult {
  graph: Graph;
  paths: PathRef[];
  /** Length of the shortest paths; null when none within maxLength. */
  length: number | null;
}

export async function paths(gateway: Gateway, schema: SchemaCache, input: PathsInput): Promise<PathsResult> {
  const filter = { types: input.types, labels: input.labels };
  await checkFilter(schema, filter);
  const res = await gateway.read(pathsQuery(input.maxLength), {
    from: input.from,
    to: input.to,
    maxPaths: neo4j.int(MAX_PATHS),
    ...filterParams(filter),
  });
  const rec = res.records[0];
  if (!rec?.get('fromFound')) throw notFound(`No node with id ${JSON.stringify(input.from)} (from).`);
  if (!rec.get('toFound')) throw notFound(`No node with id ${JSON.stringify(input.to)} (to).`);
  const found = rec.get('paths') as Path[];
  const b = new GraphBuilder();
  b.addValue(found);
  return { graph: b.build(rec.get('truncated') as boolean), paths: found.map(pathRef), length: found[0]?.length ?? null };
}

export interface OverviewInput extends ExploreFilter {
  limit: number;
}

/**
 * Nodes and relationships per record of the overview's reply: a record of this many of each (about 15 KB)
 * spans few Bolt chunks, which the driver decodes fast.
 */
const OVERVIEW_BATCH = 60;

export async function overview(gateway: Gateway, schema: SchemaCache, input: OverviewInput): Promise<Graph & { total: number }> {
  await checkFilter(schema, input);
  const res = await gateway.read(overviewQuery(input), { limit: neo4j.int(input.limit), batch: neo4j.int(OVERVIEW_BATCH), ...windowParams(input) });
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const rec of res.records) {
    for (const n of nodesOfRows(rec.get('nodes') as NodeRow[])) nodes.push(n);
    for (const e of edgesOfRows(rec.get('edges') as EdgeRow[])) edges.push(e);
  }
  const first = res.records[0];
  return { nodes, edges, truncated: Boolean(first?.get('truncated')), total: Number(first?.get('total') ?? 0) };
}

/** One quote a source gives, and the fact (relationship) it supports. */
export interface SourceQuote {
  quote: string | null;
  quoteEn: string | null;
  /** Readable summary of the fact, e.g. "PARTY_TO → Kuwait–Turkey Defence Cooperation Agreement". */
  via: string;
  edgeId: string;
  type: string;
  direction: 'out' | 'in';
  other: NodeBrief;
}

export interface SourceRef {
  id: string;
  properties: JsonObject;
  quotes: SourceQuote[];
}

export interface Fact {
  edge: GraphEdge;
  direction: 'out' | 'in';
  other: NodeBrief;
}

export interface NodeDetails {
  node: GraphNode;
  /** Each source that mentions the node or states a fact about it, with the quotes, mention first. */
  sources: SourceRef[];
  /** Every relationship of the node except MENTIONED_IN, with the node at its other end. */
  facts: Fact[];
}

interface RelWithOther {
  rel: Relationship | null;
  other: Node | null;
}

export async function nodeDetails(gateway: Gateway, id: string): Promise<NodeDetails> {
  const res = await gateway.read(NODE_DETAILS, { id });
  const rec = res.records[0];
  if (!rec) throw notFound(`No node with id ${JSON.stringify(id)}.`);
  const node = rec.get('n') as Node;
  const me = nodeId(node);
  const mentions = (rec.get('mentions') as { rel: Relationship | null; source: Node | null }[]).filter(
    (m): m is { rel: Relationship; source: Node } => m.rel !== null && m.source !== null,
  );
  const factRows = (rec.get('facts') as RelWithOther[]).filter((f): f is { rel: Relationship; other: Node } => f.rel !== null && f.other !== null);

  const sources = new Map<string, SourceRef>();
  const sourceRef = (s: Node): SourceRef => {
    const sid = nodeId(s);
    let ref = sources.get(sid);
    if (!ref) {
      ref = { id: sid, properties: toGraphNode(s).properties, quotes: [] };
      sources.set(sid, ref);
    }
    return ref;
  };
  for (const m of mentions) sourceRef(m.source);
  for (const s of rec.get('cited') as Node[]) sourceRef(s);

  const facts: Fact[] = [];
  const addQuotes = (rel: Relationship, direction: 'out' | 'in', other: Node) => {
    const o = brief(other);
    const arrow = direction === 'out' ? '→' : '←';
    const props = rel.properties as Record<string, unknown>;
    const ids = asStrings(props['sources']);
    const quotes = asStrings(props['quotes']);
    const quotesEn = asStrings(props['quotesEn']);
    ids.forEach((sid, i) => {
      const ref = sources.get(sid);
      if (!ref) return;
      ref.quotes.push({
        quote: quotes[i] ?? (i === 0 ? asString(props['quote']) : null),
        quoteEn: quotesEn[i] ?? (i === 0 ? asString(props['quoteEn']) : null),
        via: `${rel.type} ${arrow} ${o.name ?? o.id}`,
        edgeId: rel.elementId,
        type: rel.type,
        direction,
        other: o,
      });
    });
  };
  // The mention quotes first: they say why the node is in the graph at all.
  for (const m of mentions) addQuotes(m.rel, 'out', m.source);
  for (const f of factRows) {
    const out = f.rel.startNodeElementId === node.elementId;
    // A self-loop appears once per direction in an undirected match; keep one.
    if (!out && f.rel.endNodeElementId === f.rel.startNodeElementId) continue;
    const otherId = nodeId(f.other);
    facts.push({
      edge: toGraphEdge(f.rel, out ? me : otherId, out ? otherId : me),
      direction: out ? 'out' : 'in',
      other: brief(f.other),
    });
    addQuotes(f.rel, out ? 'out' : 'in', f.other);
  }
  return { node: toGraphNode(node), sources: [...sources.values()], facts };
}

function asStrings(v: unknown): string[] {
  return Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : String(x))) : [];
}

function asString(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
