/**
 * Saved queries: file queries (cypher/queries, read-only) and user queries (Neo4j, :_SavedQuery). Every
 * query is checked read-only when saved, and again (cached) each time it runs.
 */
import crypto from 'node:crypto';
import { ApiError, badRequest, notFound } from '../http/api-error.ts';
import type { CypherService } from '../cypher/service.ts';
import { fromNeo4jError } from '../neo4j/errors.ts';
import type { Gateway } from '../neo4j/gateway.ts';
import { fold } from '../search/fold.ts';
import { HeaderError, paramMismatch, parseHeader, type QueryHeader } from './header.ts';
import { loadFileQueries } from './files.ts';
import type { SavedQuery } from './model.ts';
import { coerceParams, coerceValue, type ParamSpec, type ParamValue } from './params.ts';
import { UserQueryStore, type UserQueryInput } from './store.ts';

export interface SaveInput {
  title?: string | undefined;
  description?: string | undefined;
  cypher: string;
  params?: ParamSpec[] | undefined;
  /** For updates: the version the caller edited; a newer one on the server is a 409. */
  version?: number | undefined;
}

/** Every saved query; `userQueries` says whether the ones stored in Neo4j could be read. */
export interface QueryList {
  queries: SavedQuery[];
  userQueries: 'ok' | 'unavailable';
}

const readOnlyFile = (id: string) =>
  new ApiError(403, 'read_only_query', `${id} is a file query (cypher/queries/${id}.cypher) and cannot be changed through the API; save a copy instead.`);

export class SavedQueries {
  private readonly files: Map<string, SavedQuery>;
  private readonly store: UserQueryStore;

  constructor(
    gateway: Gateway,
    private readonly cypher: CypherService,
    files: SavedQuery[] = loadFileQueries(),
  ) {
    this.files = new Map(files.map((q) => [q.id, q]));
    this.store = new UserQueryStore(gateway);
  }

  /** File queries are part of the code: they are listed even when Neo4j is not reachable. */
  async list(): Promise<QueryList> {
    const files = [...this.files.values()];
    try {
      return { queries: [...files, ...(await this.store.list())], userQueries: 'ok' };
    } catch (err) {
      if (fromNeo4jError(err)?.status !== 503) throw err;
      return { queries: files, userQueries: 'unavailable' };
    }
  }

  async get(id: string): Promise<SavedQuery> {
    const q = this.files.get(id) ?? (await this.store.get(id));
    if (!q) throw notFound(`No saved query with id ${JSON.stringify(id)}.`);
    return q;
  }

  async create(input: SaveInput, client: string): Promise<SavedQuery> {
    const checked = await this.prepare(input, client);
    // Random suffix: two users saving "Kuwait" never collide, and CREATE refuses a clash rather than overwrite.
    let id: string;
    do id = `${slug(checked.title)}-${crypto.randomBytes(4).toString('hex')}`;
    while (this.files.has(id));
    return this.store.create(id, checked);
  }

  async update(id: string, input: SaveInput, client: string): Promise<SavedQuery> {
    if (this.files.has(id)) throw readOnlyFile(id);
    const checked = await this.prepare(input, client);
    return this.store.update(id, checked, input.version);
  }

  async remove(id: string): Promise<void> {
    if (this.files.has(id)) throw readOnlyFile(id);
    if (!(await this.store.remove(id))) throw notFound(`No saved query with id ${JSON.stringify(id)}.`);
  }

  /** Runs a saved query; the reply is JSON text ({query, params, columns, rows, graph, truncated}). */
  async run(id: string, given: Record<string, unknown>, client: string): Promise<string> {
    const q = await this.get(id);
    const params = coerceParams(q.params, given);
    return this.cypher.run(q.cypher, params.values, {
      client,
      integers: params.integers,
      nodeIds: params.nodeIds,
      extra: { query: { id: q.id, title: q.title }, params: params.values },
    });
  }

  /**
   * Title, description and params come from the body, else from the query's own header. The params must
   * match the $names the query uses, and the query must pass the read-only check (EXPLAIN included).
   */
  private async prepare(input: SaveInput, client: string): Promise<UserQueryInput> {
    let header: QueryHeader;
    try {
      header = parseHeader(input.cypher);
    } catch (err) {
      if (err instanceof HeaderError) throw badRequest(`cypher: header ${err.message}`);
      throw err;
    }
    const title = input.title?.trim() || header.title;
    if (!title) throw badRequest('title: required (in the body or as // @title in the query)');
    const params = (input.params ?? header.params).map(normaliseDefault);
    const mismatch = paramMismatch(input.cypher, params);
    if (mismatch) throw badRequest(`params: ${mismatch}`);
    await this.cypher.check(input.cypher, client);
    return { title, description: input.description ?? header.description ?? '', cypher: input.cypher, params };
  }
}

/** A default given in a body must be a value of the parameter's type ("5" for an int becomes 5). */
function normaliseDefault(p: ParamSpec): ParamSpec {
  if (p.default === undefined || p.default === null) return p;
  try {
    return { ...p, default: coerceValue(p.type, p.default, p.values) };
  } catch (err) {
    throw badRequest(`params.${p.name}.default: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** A readable id stem from a title: folded, ASCII letters and digits, hyphens. */
export function slug(title: string): string {
  const s = fold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return s || 'query';
}
