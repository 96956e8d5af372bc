/**
 * The one graph shape of the API, and the one place where neo4j-driver values become JSON.
 *
 *   {nodes:[{id, labels, properties}], edges:[{id, type, source, target, properties}], truncated}
 *
 * A node's `id` is its domain `id` property (the slug); a node without one (rare: ad-hoc Cypher over
 * internal labels) falls back to its elementId. An edge's `id` is its relationship's elementId, and
 * `source`/`target` are the ids of its end nodes. Integers become JS numbers (or decimal strings when
 * outside the safe range), temporal values ISO strings, so every reply is plain JSON.
 */
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface GraphNode {
  id: string;
  labels: string[];
  properties: JsonObject;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: JsonObject;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** A path as listed next to a graph: node ids and edge ids in walking order. */
export interface PathRef {
  length: number;
  nodes: string[];
  edges: string[];
}

/** The label every domain node carries; listed last so labels[0] is the meaningful one. */
const ENTITY = 'Entity';

function sortLabels(labels: readonly string[]): string[] {
  const own = labels.filter((l) => l !== ENTITY).sort();
  return labels.includes(ENTITY) ? [...own, ENTITY] : own;
}

/** The public id of a node: its slug, else its elementId. */
export function nodeId(node: Node): string {
  const id = node.properties['id'];
  return typeof id === 'string' && id ? id : node.elementId;
}

export function toGraphNode(node: Node): GraphNode {
  return { id: nodeId(node), labels: sortLabels(node.labels), properties: toJsonObject(node.properties) };
}

/** Needs the ids of both end nodes, which a Relationship alone does not carry (only their elementIds). */
export function toGraphEdge(rel: Relationship, source: string, target: string): GraphEdge {
  return { id: rel.elementId, type: rel.type, source, target, properties: toJsonObject(rel.properties) };
}

/** A node returned as plain values: [public id, labels, properties] (the overview's rows). */
export type NodeRow = [id: string, labels: string[], properties: Record<string, unknown>];
/** A relationship returned as plain values: [elementId, type, source id, target id, properties]. */
export type EdgeRow = [id: string, type: string, source: string, target: string, properties: Record<string, unknown>];

/**
 * Graph nodes from rows of plain values. Most nodes share a handful of label sets: each set is sorted once
 * and its array shared.
 */
export function nodesOfRows(rows: readonly NodeRow[]): GraphNode[] {
  const sorted = new Map<string, string[]>();
  return rows.map(([id, labels, properties]) => {
    const key = labels.join('\u0000');
    let own = sorted.get(key);
    if (!own) sorted.set(key, (own = sortLabels(labels)));
    return { id, labels: own, properties: toJsonObject(properties) };
  });
}

export function edgesOfRows(rows: readonly EdgeRow[]): GraphEdge[] {
  return rows.map(([id, type, source, target, properties]) => ({ id, type, source, target, properties: toJsonObject(properties) }));
}

function toJsonObject(props: Record<string, unknown>): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(props)) out[key] = toJson(props[key]);
  return out;
}

/**
 * Any driver value → JSON. Nodes and relationships become their graph shapes (a relationship's end ids
 * come from `endIds` when known, else they are its end nodes' elementIds); a path becomes its PathRef.
 */
/**
 * Graph shapes already made, by elementId: a node or relationship that many rows repeat (the query's subject
 * in every row) is converted once, and the rows and the graph share the object.
 */
export interface JsonMemo {
  nodes: Map<string, JsonObject>;
  rels: Map<string, JsonObject>;
}

export function toJson(value: unknown, endIds?: ReadonlyMap<string, string>, memo?: JsonMemo): JsonValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    case 'object':
      break;
    default:
      return null;
  }
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) {
    let node = memo?.nodes.get(value.elementId);
    if (!node) {
      node = toGraphNode(value) as unknown as JsonObject;
      memo?.nodes.set(value.elementId, node);
    }
    return node;
  }
  if (neo4j.isRelationship(value)) {
    let edge = memo?.rels.get(value.elementId);
    if (!edge) {
      const source = endIds?.get(value.startNodeElementId) ?? value.startNodeElementId;
      const target = endIds?.get(value.endNodeElementId) ?? value.endNodeElementId;
      edge = toGraphEdge(value, source, target) as unknown as JsonObject;
      memo?.rels.set(value.elementId, edge);
    }
    return edge;
  }
  if (neo4j.isPath(value)) return pathRef(value) as unknown as JsonObject;
  // The driver writes a whole-month duration as 'P1YT'; ISO 8601 has no empty time part.
  if (neo4j.isDuration(value)) return String(value).replace(/T$/, '').replace(/^P$/, 'PT0S');
  if (isTemporalOrSpatial(value)) return String(value);
  if (neo4j.isVector(value)) return Array.from(value.asTypedArray() as ArrayLike<number | bigint>, (x) => toJson(x));
  if (Array.isArray(value)) return value.map((v) => toJson(v, endIds, memo));
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) out[k] = toJson(v, endIds, memo);
  return out;
}

/** Dates, times, durations and points: their toString() is the ISO / WKT-like form. */
function isTemporalOrSpatial(v: object): boolean {
  return (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isLocalTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isDuration(v) ||
    neo4j.isPoint(v)
  );
}

export function pathRef(path: Path): PathRef {
  const nodes = [nodeId(path.start)];
  const edges: string[] = [];
  for (const seg of path.segments) {
    edges.push(seg.relationship.elementId);
    nodes.push(nodeId(seg.end));
  }
  return { length: path.length, nodes, edges };
}

/**
 * Collects every node, relationship and path found anywhere in the values it is given (rows, lists,
 * maps, paths), de-duplicated, and builds the graph shape. Relationships whose end nodes were not seen are
 * reported by `missingEndpoints()` so a caller can fetch those nodes and `addValue` them before `build()`.
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly rels = new Map<string, Relationship>();
  private memo: JsonMemo | undefined;

  addValue(value: unknown): void {
    if (value === null || typeof value !== 'object') return;
    if (neo4j.isNode(value)) {
      if (!this.nodes.has(value.elementId)) this.nodes.set(value.elementId, toGraphNode(value));
      return;
    }
    if (neo4j.isRelationship(value)) {
      this.rels.set(value.elementId, value);
      return;
    }
    if (neo4j.isPath(value)) {
      this.addValue(value.start);
      for (const seg of value.segments) {
        this.addValue(seg.relationship);
        this.addValue(seg.end);
      }
      return;
    }
    if (Array.isArray(value)) {
      for (const v of value) this.addValue(v);
      return;
    }
    if (neo4j.isInt(value) || isTemporalOrSpatial(value) || neo4j.isVector(value) || ArrayBuffer.isView(value)) return;
    for (const v of Object.values(value)) this.addValue(v);
  }

  /** Whether a collected node is the domain node (:Entity) with this id. */
  hasEntity(id: string): boolean {
    for (const n of this.nodes.values()) if (n.properties['id'] === id && n.labels.includes(ENTITY)) return true;
    return false;
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  /** elementId → public id of every node seen so far. */
  idMap(): Map<string, string> {
    const m = new Map<string, string>();
    for (const [elementId, n] of this.nodes) m.set(elementId, n.id);
    return m;
  }

  /**
   * A memo for toJson holding the nodes collected so far (converted once, here); relationships that toJson
   * converts with both ends known are reused by build().
   */
  jsonMemo(): JsonMemo {
    const nodes = new Map<string, JsonObject>();
    for (const [elementId, n] of this.nodes) nodes.set(elementId, n as unknown as JsonObject);
    this.memo = { nodes, rels: new Map() };
    return this.memo;
  }

  /** elementIds of end nodes of collected relationships that were not collected themselves. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const r of this.rels.values()) {
      if (!this.nodes.has(r.startNodeElementId)) missing.add(r.startNodeElementId);
      if (!this.nodes.has(r.endNodeElementId)) missing.add(r.endNodeElementId);
    }
    return [...missing];
  }

  /** The graph; a relationship whose end nodes are unknown is left out rather than drawn dangling. */
  build(truncated = false): Graph {
    const edges: GraphEdge[] = [];
    for (const r of this.rels.values()) {
      const s = this.nodes.get(r.startNodeElementId);
      const t = this.nodes.get(r.endNodeElementId);
      if (s && t) edges.push((this.memo?.rels.get(r.elementId) as GraphEdge | undefined) ?? toGraphEdge(r, s.id, t.id));
    }
    return { nodes: [...this.nodes.values()], edges, truncated };
  }
}

/** A node in brief, for lists and for the far end of a fact. */
export interface NodeBrief {
  id: string;
  labels: string[];
  name: string | null;
  nameAr: string | null;
}

export function brief(node: Node): NodeBrief {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return { id: nodeId(node), labels: sortLabels(node.labels), name: str(node.properties['name']), nameAr: str(node.properties['nameAr']) };
}

/** Shorthand: the graph of everything in `values`. */
export function graphOf(values: unknown, truncated = false): Graph {
  const b = new GraphBuilder();
  b.addValue(values);
  return b.build(truncated);
}

/** A record value as optional text: null when the property is missing, else its text. */
export const textOrNull = (v: unknown): string | null => (v === undefined || v === null ? null : String(v));
