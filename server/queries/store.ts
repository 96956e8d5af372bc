/** User-saved queries in Neo4j (:_SavedQuery). Params are stored as a JSON string (a list of maps). */
import neo4j, { type Node } from 'neo4j-driver';
import { ApiError } from '../http/api-error.ts';
import type { Gateway } from '../neo4j/gateway.ts';
import type { SavedQuery } from './model.ts';
import type { ParamSpec } from './params.ts';
import { CREATE_USER_QUERY, DELETE_USER_QUERY, GET_USER_QUERY, LIST_USER_QUERIES, UPDATE_USER_QUERY } from './queries.ts';

export interface UserQueryInput {
  title: string;
  description: string;
  cypher: string;
  params: ParamSpec[];
}

function fromNode(n: Node): SavedQuery {
  const p = n.properties as Record<string, unknown>;
  let params: ParamSpec[] = [];
  try {
    params = JSON.parse(String(p['params'] ?? '[]')) as ParamSpec[];
  } catch {
    params = [];
  }
  return {
    id: String(p['id']),
    title: String(p['title'] ?? ''),
    description: String(p['description'] ?? ''),
    params,
    cypher: String(p['cypher'] ?? ''),
    origin: 'user',
    readOnly: false,
    createdAt: String(p['createdAt'] ?? ''),
    updatedAt: String(p['updatedAt'] ?? ''),
    version: Number(p['version'] ?? 1),
  };
}

export class UserQueryStore {
  constructor(private readonly gateway: Gateway) {}

  private exec(query: string, params: Record<string, unknown>, write: boolean) {
    return write ? this.gateway.write(query, params) : this.gateway.read(query, params);
  }

  async list(): Promise<SavedQuery[]> {
    const r = await this.exec(LIST_USER_QUERIES, {}, false);
    return r.records.map((rec) => fromNode(rec.get('q') as Node));
  }

  async get(id: string): Promise<SavedQuery | undefined> {
    const r = await this.exec(GET_USER_QUERY, { id }, false);
    const n = r.records[0]?.get('q') as Node | undefined;
    return n ? fromNode(n) : undefined;
  }

  async create(id: string, input: UserQueryInput): Promise<SavedQuery> {
    const r = await this.exec(CREATE_USER_QUERY, { id, ...toProps(input), now: new Date().toISOString() }, true);
    return fromNode(r.records[0]!.get('q') as Node);
  }

  /** 404 when unknown, 409 when `version` is given and no longer current. */
  async update(id: string, input: UserQueryInput, version: number | undefined): Promise<SavedQuery> {
    const r = await this.exec(UPDATE_USER_QUERY, { id, version: version === undefined ? null : neo4j.int(version), ...toProps(input), now: new Date().toISOString() }, true);
    const rec = r.records[0];
    const n = rec?.get('q') as Node | null | undefined;
    if (!n) throw new ApiError(404, 'not_found', `No saved query with id ${JSON.stringify(id)}.`);
    if (!rec?.get('ok')) {
      const current = fromNode(n);
      throw new ApiError(409, 'version_conflict', `The query was changed meanwhile (now version ${current.version}, you sent ${version}). Reload it, then save again.`, {
        currentVersion: current.version,
      });
    }
    return fromNode(n);
  }

  /** True when it existed. */
  async remove(id: string): Promise<boolean> {
    const r = await this.exec(DELETE_USER_QUERY, { id }, true);
    return r.records.length > 0;
  }
}

function toProps(input: UserQueryInput) {
  return { title: input.title, description: input.description, cypher: input.cypher, params: JSON.stringify(input.params) };
}
