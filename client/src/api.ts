/**
 * Typed client for the explorer API: every request the pages make goes through here. Every failure becomes an
 * ApiError carrying the server's {error:{code,message,details}} shape, or a synthetic one when the network or
 * the body fails. Reply types come from the server's schemas (api-types.ts).
 */
import type { z } from 'zod';
import type { agreementsReply } from '../../server/agreements/schemas.ts';
import type {
  ApiGraph,
  Health,
  NodeDetails,
  PathsResult,
  QueryResult,
  SavedQuery,
  SchemaInfo,
  SearchHit,
  LinkCreated,
  Snapshot,
  SnapshotCreated,
  SnapshotRequest,
  SourceDetails,
  StoredLink,
} from './api-types.ts';

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

interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** 'omit' for pages embedded elsewhere, which must not send the explorer's cookies. */
  credentials?: RequestCredentials;
  /** Statuses whose body is the answer rather than an error (health answers 503 with its report). */
  bodyOn?: readonly number[];
}

async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: {
        Accept: 'application/json',
        ...(opts.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...opts.headers,
      },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
      credentials: opts.credentials,
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
  if (!res.ok && !opts.bodyOn?.includes(res.status)) {
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

const get = <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', withQuery(path, query), { signal });
const post = <T>(path: string, body: unknown, headers?: Record<string, string>) => request<T>('POST', path, { body, headers });

type AgreementsReply = z.infer<typeof agreementsReply>;
const segment = encodeURIComponent;

export const api = {
  /** Never throws: a server that cannot be reached is reported as a degraded health. */
  health: (): Promise<Health> =>
    request<Health>('GET', '/api/health', { bodyOn: [503] }).catch((err: unknown) => ({
      status: 'degraded' as const,
      checkedAt: new Date().toISOString(),
      neo4j: { connected: false, error: err instanceof ApiError && err.status ? `Health check answered ${err.status}.` : 'The server could not be reached.' },
    })),
  schema: () => get<SchemaInfo>('/api/schema'),
  search: (q: string, opts: { labels?: string[]; limit?: number } = {}, signal?: AbortSignal) =>
    get<SearchHit[]>('/api/search', { q, labels: opts.labels, limit: opts.limit ?? 10 }, signal),
  node: (id: string) => get<NodeDetails>(`/api/nodes/${segment(id)}`),
  neighbourhood: (id: string, opts: { depth?: number; types?: string[]; labels?: string[]; from?: string; to?: string; limit?: number } = {}) =>
    get<ApiGraph>('/api/graph/neighbourhood', { id, depth: opts.depth ?? 1, types: opts.types, labels: opts.labels, from: opts.from, to: opts.to, limit: opts.limit }),
  paths: (from: string, to: string, maxLength = 6) => get<PathsResult>('/api/graph/paths', { from, to, maxLength }),
  overview: (limit?: number) => get<ApiGraph>('/api/graph/overview', { limit }),
  agreements: async (): Promise<ApiGraph> => (await get<AgreementsReply>('/api/agreements')).graph,
  /** Every agreement with its parties and their roles (the details panel's "who signed it"). */
  agreementRows: async (): Promise<AgreementsReply['rows']> => (await get<AgreementsReply>('/api/agreements')).rows,
  /** One article with its text, passages, sentences and coverage (the article reader). */
  source: (id: string) => get<SourceDetails>(`/api/sources/${segment(id)}`),
  queries: () => get<SavedQuery[]>('/api/queries'),
  runQuery: (id: string, params: Record<string, unknown>) => post<QueryResult>(`/api/queries/${segment(id)}/run`, { params }),
  cypher: (query: string, params: Record<string, unknown> = {}) => post<QueryResult>('/api/cypher', { query, params }),
  createSnapshot: (body: SnapshotRequest, token?: string) =>
    post<SnapshotCreated>('/api/snapshots', body, token ? { Authorization: `Bearer ${token}` } : undefined),
  /** Stores a link's query string; the reply's id makes the short link /?s=<id>. */
  storeLink: (search: string) => post<LinkCreated>('/api/links', { search }),
  link: (id: string) => get<StoredLink>(`/api/links/${segment(id)}`),
  /** `embedded`: asked from the embed page, which sends no cookies. */
  snapshot: (id: string, opts: { embedded?: boolean } = {}) =>
    request<Snapshot>('GET', `/api/snapshots/${segment(id)}`, { credentials: opts.embedded ? 'omit' : undefined }),
};
