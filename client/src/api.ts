/**
 * Typed client for the explorer API. Every failure becomes an ApiError carrying the server's
 * {error:{code,message,details}} shape, or a synthetic one when the network or the body fails.
 */
import type {
  ApiGraph,
  ApiNode,
  Health,
  NodeDetails,
  PathsResult,
  QueryResult,
  SavedQuery,
  SchemaInfo,
  SearchHit,
} from './types.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** Line/column/offset of a Cypher syntax error, when the server gave one. */
  get position(): { line: number; column: number; offset: number } | undefined {
    const d = this.details as { position?: { line?: unknown; column?: unknown; offset?: unknown } } | undefined;
    const p = d?.position;
    if (p && typeof p.line === 'number' && typeof p.column === 'number' && typeof p.offset === 'number') {
      return { line: p.line, column: p.column, offset: p.offset };
    }
    return undefined;
  }
}

type Query = Record<string, string | number | boolean | string[] | undefined | null>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) sp.set(k, v.join(','));
    } else sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `${path}?${s}` : path;
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network_error', 'The server could not be reached. Is it running?');
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    throw new ApiError(res.status, 'bad_response', `The server answered ${res.status} with a body that is not JSON.`);
  }
  if (!res.ok) {
    const e = (json as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
    throw new ApiError(
      res.status,
      typeof e?.code === 'string' ? e.code : `http_${res.status}`,
      typeof e?.message === 'string' ? e.message : `The server answered ${res.status}.`,
      e?.details,
    );
  }
  return json as T;
}

const get = <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', withQuery(path, query), undefined, signal);

/** Graph replies sometimes wrap the graph ({graph:{…}}); this keeps one shape for callers. */
function asGraph(x: unknown): ApiGraph {
  const o = x as Partial<ApiGraph> & { graph?: Partial<ApiGraph> };
  const g = o && Array.isArray(o.nodes) ? o : o?.graph;
  return { nodes: g?.nodes ?? [], edges: g?.edges ?? [], truncated: Boolean(g?.truncated ?? o?.truncated) };
}

export const api = {
  health: async (): Promise<Health> => {
    // /api/health answers 503 with a body when Neo4j is down: that body is the answer, not an error.
    const res = await fetch('/api/health', { headers: { Accept: 'application/json' } }).catch(() => undefined);
    if (!res) return { status: 'degraded', neo4j: { connected: false, error: 'The server could not be reached.' } };
    try {
      return (await res.json()) as Health;
    } catch {
      return { status: 'degraded', neo4j: { connected: false, error: `Health check answered ${res.status}.` } };
    }
  },
  schema: () => get<SchemaInfo>('/api/schema'),
  search: (q: string, opts: { labels?: string[]; limit?: number } = {}, signal?: AbortSignal) =>
    get<SearchHit[] | { results: SearchHit[] }>('/api/search', { q, labels: opts.labels, limit: opts.limit ?? 10 }, signal).then(
      (r) => (Array.isArray(r) ? r : r.results ?? []),
    ),
  node: async (id: string): Promise<NodeDetails> => {
    const r = await get<Partial<NodeDetails> & Partial<ApiNode>>(`/api/nodes/${encodeURIComponent(id)}`);
    const node: ApiNode = r.node ?? { id: r.id ?? id, labels: r.labels ?? [], properties: r.properties ?? {} };
    return { node, sources: Array.isArray(r.sources) ? r.sources : [] };
  },
  neighbourhood: async (
    id: string,
    opts: { depth?: number; types?: string[]; labels?: string[]; from?: string; to?: string; limit?: number } = {},
  ) => asGraph(await get<unknown>('/api/graph/neighbourhood', { id, depth: opts.depth ?? 1, types: opts.types, labels: opts.labels, from: opts.from, to: opts.to, limit: opts.limit })),
  paths: async (from: string, to: string, maxLength = 6): Promise<PathsResult> => {
    const r = await get<{ graph?: ApiGraph; paths?: PathsResult['paths'] } & Partial<ApiGraph>>('/api/graph/paths', { from, to, maxLength });
    return { graph: asGraph(r), paths: Array.isArray(r.paths) ? r.paths : [] };
  },
  overview: async (limit?: number) => asGraph(await get<unknown>('/api/graph/overview', { limit })),
  agreements: async () => asGraph(await get<unknown>('/api/agreements')),
  queries: () => get<SavedQuery[] | { queries: SavedQuery[] }>('/api/queries').then((r) => (Array.isArray(r) ? r : r.queries ?? [])),
  runQuery: (id: string, params: Record<string, unknown>) =>
    request<QueryResult>('POST', `/api/queries/${encodeURIComponent(id)}/run`, { params }).then((r) => ({ ...r, graph: asGraph(r.graph) })),
  cypher: (query: string, params: Record<string, unknown> = {}) =>
    request<QueryResult>('POST', '/api/cypher', { query, params }).then((r) => ({ ...r, graph: asGraph(r.graph) })),
};
