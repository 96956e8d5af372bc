/**
 * Snapshots in Neo4j: one :_Snapshot node each, holding the snapshot as a JSON string (served back byte for
 * byte) and a few summary properties for the list. Never :Entity, so exploration, search and
 * `npm run seed -- --reset` neither see nor touch them.
 */
import neo4j, { Neo4jError } from 'neo4j-driver';
import { ApiError } from '../http/api-error.ts';
import type { Gateway } from '../neo4j/gateway.ts';
import { applyAppSchema } from '../seed/seed.ts';
import {
  COUNT_SNAPSHOTS,
  CREATE_SNAPSHOT,
  DELETE_SNAPSHOT,
  GET_SNAPSHOT_JSON,
  LIST_SNAPSHOTS_AFTER,
  LIST_SNAPSHOTS_OFFSET,
  SOURCES_BY_ID,
} from './queries.ts';
import type { Snapshot, SnapshotSource, SnapshotSummary } from './schemas.ts';
import { textOrNull } from '../graph/shape.ts';

/** Where a page of the list starts: after this (createdAt, id). */
export interface ListCursor {
  createdAt: string;
  id: string;
}

// The app's own constraints (cypher/app-schema.cypher) are applied by the seed; a database seeded before
// snapshots existed gets them on the first snapshot (or stored link) write. Once per database per process.
const schemaApplied = new WeakMap<object, Promise<void>>();
export function ensureAppSchema(gateway: Gateway): Promise<void> {
  let p = schemaApplied.get(gateway.driver);
  if (!p) {
    p = applyAppSchema(gateway);
    p.catch(() => schemaApplied.delete(gateway.driver));
    schemaApplied.set(gateway.driver, p);
  }
  return p;
}


export class SnapshotStore {
  constructor(private readonly gateway: Gateway) {}

  private exec(query: string, params: Record<string, unknown>, write: boolean) {
    return write ? this.gateway.write(query, params) : this.gateway.read(query, params);
  }

  /** Stores a new snapshot; `json` is exactly what GET will answer. */
  async create(s: Snapshot, json: string): Promise<void> {
    await ensureAppSchema(this.gateway);
    try {
      await this.exec(
        CREATE_SNAPSHOT,
        { id: s.id, title: s.title, createdAt: s.createdAt, dataTime: s.dataTime, lang: s.lang, nodeCount: s.counts.nodes, edgeCount: s.counts.edges, json },
        true,
      );
    } catch (err) {
      // A random 72-bit id colliding is not expected; if it happens, nothing was overwritten.
      if (err instanceof Neo4jError && err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        throw new ApiError(409, 'conflict', 'A snapshot with this id exists already; try again.');
      }
      throw err;
    }
  }

  /** The stored JSON text, or undefined. */
  async getJson(id: string): Promise<string | undefined> {
    const r = await this.exec(GET_SNAPSHOT_JSON, { id }, false);
    const json = r.records[0]?.get('json') as unknown;
    return typeof json === 'string' ? json : undefined;
  }

  async list(limit: number, from: { after?: ListCursor; offset?: number }): Promise<{ items: SnapshotSummary[]; total: number }> {
    const page =
      from.offset !== undefined
        ? this.exec(LIST_SNAPSHOTS_OFFSET, { offset: neo4j.int(from.offset), limit: neo4j.int(limit) }, false)
        : this.exec(LIST_SNAPSHOTS_AFTER, { after: from.after ?? null, limit: neo4j.int(limit) }, false);
    const [r, c] = await Promise.all([page, this.exec(COUNT_SNAPSHOTS, {}, false)]);
    const items = r.records.map((rec) => ({
      id: String(rec.get('id')),
      title: String(rec.get('title') ?? ''),
      createdAt: String(rec.get('createdAt') ?? ''),
      dataTime: String(rec.get('dataTime') ?? ''),
      lang: (['en', 'ar', 'both'].includes(String(rec.get('lang'))) ? String(rec.get('lang')) : 'en') as SnapshotSummary['lang'],
      counts: { nodes: Number(rec.get('nodeCount') ?? 0), edges: Number(rec.get('edgeCount') ?? 0) },
    }));
    return { items, total: Number(c.records[0]?.get('n') ?? 0) };
  }

  /** True when it existed. */
  async remove(id: string): Promise<boolean> {
    const r = await this.exec(DELETE_SNAPSHOT, { id }, true);
    return r.records.length > 0;
  }

  /** The Source nodes among `ids`, with the fields a footer cites. */
  async sources(ids: readonly string[]): Promise<SnapshotSource[]> {
    if (ids.length === 0) return [];
    const r = await this.exec(SOURCES_BY_ID, { ids: [...ids] }, false);
    return r.records.map((rec) => ({
      id: String(rec.get('id')),
      publication: textOrNull(rec.get('publication')),
      publicationAr: textOrNull(rec.get('publicationAr')),
      title: textOrNull(rec.get('title')),
      titleAr: textOrNull(rec.get('titleAr')),
      date: textOrNull(rec.get('date')),
      url: textOrNull(rec.get('url')),
    }));
  }
}
