/**
 * Saved queries: file queries (cypher/queries, read-only) and user queries (Neo4j, :_SavedQuery). Every
 * query is checked read-only when saved, and again (cached) each time it runs.
 */
import crypto from 'node:crypto';
import type { AppContext } from '../context.ts';
import { ApiError, badRequest, notFound } from '../http/errors.ts';
import type { ReadOnlyRunner, RunResult } from '../cypher/runner.ts';
import { fold } from '../search/fold.ts';
import { HeaderError, paramMismatch, parseHeader } from './header.ts';
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

export interface QueryRun extends RunResult {
  query: { id: string; title: string };
  /** The parameter values used, defaults filled in. */
  params: Record<string, ParamValue>;
}

const readOnlyFile = (id: string) =>
  new ApiError(403, 'read_only_query', `${id} is a file query (cypher/queries/${id}.cypher) and cannot be changed through the API; save a copy instead.`);

export class SavedQueries {
  private readonly files: Map<string, SavedQuery>;
  private readonly store: UserQueryStore;

  constructor(
    ctx: AppContext,
    private readonly runner: ReadOnlyRunner,
    files: SavedQuery[] = loadFileQueries(),
  ) {
    this.files = new Map(files.map((q) => [q.id, q]));
    this.store = new UserQueryStore(ctx);
  }

  async list(): Promise<SavedQuery[]> {
    return [...this.files.values(), ...(await this.store.list())];
  }

  async get(id: string): Promise<SavedQuery> {
    const q = this.files.get(id) ?? (await this.store.get(id));
    if (!q) throw notFound(`No saved query with id ${JSON.stringify(id)}.`);
    return q;
  }

  async create(input: SaveInput): Promise<SavedQuery> {
    const checked = await this.prepare(input);
    // Random suffix: two users saving "Kuwait" never collide, and CREATE refuses a clash rather than overwrite.
    let id: string;
    do id = `${slug(checked.title)}-${crypto.randomBytes(4).toString('hex')}`;
    while (this.files.has(id));
    return this.store.create(id, checked);
  }

  async update(id: string, input: SaveInput): Promise<SavedQuery> {
    if (this.files.has(id)) throw readOnlyFile(id);
    const checked = await this.prepare(input);
    return this.store.update(id, checked, input.version);
  }

  async remove(id: string): Promise<void> {
    if (this.files.has(id)) throw readOnlyFile(id);
    if (!(await this.store.remove(id))) throw notFound(`No saved query with id ${JSON.stringify(id)}.`);
  }

  async run(id: string, given: Record<string, unknown> = {}): Promise<QueryRun> {
    const q = await this.get(id);
    const params = coerceParams(q.params, given);
    const result = await this.runner.run(q.cypher, params.driver, { nodeIds: params.nodeIds });
    return { query: { id: q.id, title: q.title }, params: params.values, ...result };
  }

  /**
   * Title, description and params come from the body, else from the query's own header. The params must
   * match the $names the query uses, and the query must pass the read-only check (EXPLAIN included).
   */
  private async prepare(input: SaveInput): Promise<UserQueryInput> {
    let header;
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
    await this.runner.check(input.cypher);
    return { title, description: input.description ?? header.description ?? '', cypher: input.cypher, params };
  }
}

/** A default given in a body must be a value of the parameter's type ("5" for an int becomes 5). */
function normaliseDefault(p: ParamSpec): ParamSpec {
  if (p.default === undefined || p.default === null) return p;
  try {
    return { ...p, default: coerceValue(p.type, p.default) };
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
