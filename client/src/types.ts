/**
 * The API's shapes as the client sees them (see the API issue's contract). One graph shape end to end.
 */

/** A property value as JSON carries it from Neo4j (dates arrive as ISO strings, integers as numbers). */
export type PropValue = string | number | boolean | null | PropValue[] | { [key: string]: PropValue };
export type Props = Record<string, PropValue>;

export interface ApiNode {
  id: string;
  labels: string[];
  properties: Props;
}

export interface ApiEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Props;
}

export interface ApiGraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  truncated?: boolean;
}

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export interface Health {
  status: 'ok' | 'degraded';
  neo4j: { connected: boolean; version?: string; edition?: string; mode?: string; error?: string };
  counts?: { nodes: number; relationships: number };
}

export interface SchemaInfo {
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
  propertyKeys?: Record<string, string[]>;
}

export interface SearchHit {
  id: string;
  labels: string[];
  name: string | null;
  nameAr: string | null;
  score: number;
}

/** One source a node or an edge cites, with the quotes that support it. */
export interface SourceRef {
  id: string;
  properties: Props;
  quotes?: { quote?: string | null; quoteEn?: string | null; via?: string }[];
}

export interface NodeDetails {
  node: ApiNode;
  sources: SourceRef[];
}

export type QueryParamType = 'string' | 'int' | 'float' | 'boolean' | 'date' | 'nodeId';

export interface QueryParam {
  name: string;
  type: QueryParamType;
  default?: string | number | boolean | null;
  description?: string;
}

export interface SavedQuery {
  id: string;
  title: string;
  description?: string;
  params: QueryParam[];
  cypher?: string;
  /** File queries are read-only; user queries live in Neo4j. */
  origin?: 'file' | 'user';
}

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[] | unknown[][];
  graph: ApiGraph;
  truncated?: boolean;
}

export interface PathsResult {
  graph: ApiGraph;
  paths: { nodes: string[]; edges: string[] }[];
}
