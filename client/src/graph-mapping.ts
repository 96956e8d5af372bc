/**
 * THE mapping from the API's graph shape to Cytoscape elements. Every view (agreements, neighbourhood,
 * paths, saved query, console) goes through toElements/mergePlan, so style, filters, timeline and export see
 * the same data fields everywhere.
 */
import type { ElementDefinition } from 'cytoscape';
import { dateSpan } from './dates.ts';
import { isolateLines, nodeName, relationName } from './i18n.ts';
import type { ApiEdge, ApiNode, GraphElements, Props } from './api-types.ts';

/** Labels in the order that decides a node's main type (shape and colour); Entity is only a marker. */
export const PRIMARY_LABELS = ['Agreement', 'Person', 'Country', 'Organization', 'Event', 'TrainingProgramme', 'Product', 'Place', 'Source'] as const;

/** Labels whose dates place them on the timeline. */
export const TIMELINE_LABELS: ReadonlySet<string> = new Set(['Agreement', 'Event']);

/** The names an element carries in the scene, per language. */
export interface Labelled {
  label_en: string;
  label_ar: string;
  label_both: string;
  /** The labels as drawn: each line bidi-isolated (see isolateLines); label_* stay the plain names. */
  caption_en: string;
  caption_ar: string;
  caption_both: string;
}

export interface NodeData extends Labelled {
  id: string;
  labels: string[];
  /** The label that decides shape and colour. */
  primary: string;
  kind?: string;
  status?: string;
  /** Timeline span in months (see dates.ts) when the node is dated. */
  tStart?: number;
  tEnd?: number;
  props: Props;
}

export interface EdgeData extends Labelled {
  id: string;
  source: string;
  target: string;
  type: string;
  props: Props;
}

/** Class names carry label, kind and status so the stylesheet can select on them. */
export const cls = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, '_');

export function primaryLabel(labels: readonly string[]): string {
  for (const l of PRIMARY_LABELS) if (labels.includes(l)) return l;
  return labels.find((l) => l !== 'Entity') ?? labels[0] ?? 'Node';
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export function nodeElement(n: ApiNode): ElementDefinition {
  const primary = primaryLabel(n.labels);
  const kind = text(n.properties.kind);
  const status = text(n.properties.status);
  // The timeline runs over agreements and events; other dates (a source's publication year) stay details.
  const span = TIMELINE_LABELS.has(primary) ? dateSpan(n.properties) : undefined;
  const label_en = nodeName(n.properties, 'en', n.id);
  const label_ar = nodeName(n.properties, 'ar', n.id);
  const label_both = nodeName(n.properties, 'both', n.id);
  const data: NodeData = {
    id: n.id,
    labels: [...n.labels],
    primary,
    label_en,
    label_ar,
    label_both,
    caption_en: isolateLines(label_en),
    caption_ar: isolateLines(label_ar),
    caption_both: isolateLines(label_both),
    props: n.properties,
  };
  if (kind) data.kind = kind;
  if (status) data.status = status;
  if (span) {
    data.tStart = span.start;
    data.tEnd = span.end;
  }
  const classes = [`l-${cls(primary)}`];
  if (kind) classes.push(`k-${cls(kind)}`);
  if (status) classes.push(`s-${cls(status)}`);
  if (span) classes.push('dated');
  return { group: 'nodes', data: data as unknown as ElementDefinition['data'], classes };
}

/** Relationship names and captions per type, shared by every edge of that type (big scenes have many). */
const relationTexts = new Map<string, Pick<EdgeData, 'label_en' | 'label_ar' | 'label_both' | 'caption_en' | 'caption_ar' | 'caption_both'>>();
function relationText(type: string) {
  let texts = relationTexts.get(type);
  if (!texts) {
    const label_en = relationName(type, 'en');
    const label_ar = relationName(type, 'ar');
    const label_both = relationName(type, 'both');
    texts = { label_en, label_ar, label_both, caption_en: isolateLines(label_en), caption_ar: isolateLines(label_ar), caption_both: isolateLines(label_both) };
    relationTexts.set(type, texts);
  }
  return texts;
}

export function edgeElement(e: ApiEdge): ElementDefinition {
  const data: EdgeData = { id: e.id, source: e.source, target: e.target, type: e.type, ...relationText(e.type), props: e.properties };
  return { group: 'edges', data: data as unknown as ElementDefinition['data'], classes: [`t-${cls(e.type)}`] };
}

export interface MergePlan {
  /** Elements not yet in the scene, nodes first (Cytoscape needs endpoints before edges). */
  add: ElementDefinition[];
  newNodeIds: string[];
  newEdgeIds: string[];
  /** Edges left out because an endpoint is in neither the scene nor the reply. */
  danglingEdges: number;
}

/**
 * What to add to a scene that already holds `has` ids: no duplicates (by id, also within the reply), and
 * no edge whose endpoint would be missing.
 */
export function mergePlan(graph: GraphElements, has: (id: string) => boolean): MergePlan {
  const add: ElementDefinition[] = [];
  const newNodeIds: string[] = [];
  const newEdgeIds: string[] = [];
  const present = new Set<string>();
  for (const n of graph.nodes) {
    if (has(n.id) || present.has(n.id)) continue;
    present.add(n.id);
    newNodeIds.push(n.id);
    add.push(nodeElement(n));
  }
  let danglingEdges = 0;
  const seenEdges = new Set<string>();
  for (const e of graph.edges) {
    if (has(e.id) || seenEdges.has(e.id)) continue;
    const endpointsKnown = (has(e.source) || present.has(e.source)) && (has(e.target) || present.has(e.target));
    if (!endpointsKnown) {
      danglingEdges++;
      continue;
    }
    seenEdges.add(e.id);
    newEdgeIds.push(e.id);
    add.push(edgeElement(e));
  }
  return { add, newNodeIds, newEdgeIds, danglingEdges };
}

/** A whole reply as elements (an empty scene). */
export function toElements(graph: GraphElements): ElementDefinition[] {
  return mergePlan(graph, () => false).add;
}

/** Back from a scene element's data to the API shape (for the JSON export and snapshots). */
export function nodeFromData(d: NodeData): ApiNode {
  return { id: d.id, labels: d.labels, properties: d.props };
}
export function edgeFromData(d: EdgeData): ApiEdge {
  return { id: d.id, type: d.type, source: d.source, target: d.target, properties: d.props };
}
