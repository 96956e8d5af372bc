/**
 * Stored links: a query string kept under the hash of its text, so the same view always gets the same short
 * link and storing it again changes nothing. Links are :_Link nodes, apart from the domain graph.
 */
import crypto from 'node:crypto';
import { ApiError } from '../http/api-error.ts';
import type { Gateway } from '../neo4j/gateway.ts';
import { ensureAppSchema } from '../snapshots/store.ts';
import { GET_LINK, STORE_LINK } from './queries.ts';
import { LINK_ID, type StoredLink } from './schemas.ts';

/** 96 bits of SHA-256 as 16 URL-safe characters. */
export const linkId = (search: string): string => crypto.createHash('sha256').update(search, 'utf8').digest().subarray(0, 12).toString('base64url');

const notFound = (id: string) => new ApiError(404, 'not_found', `No stored link with id ${JSON.stringify(id)}.`);

const linkOf = (rec: { get(key: string): unknown }): StoredLink => ({ id: String(rec.get('id')), search: String(rec.get('search')), createdAt: String(rec.get('createdAt')) });

export class LinkService {
  constructor(private readonly gateway: Gateway) {}

  async store(search: string): Promise<StoredLink> {
    await ensureAppSchema(this.gateway);
    const id = linkId(search);
    // The app's own data, not the domain graph: the graph's reply cache stays valid.
    const r = await this.gateway.write(STORE_LINK, { id, search, createdAt: new Date().toISOString() }, { graphUnchanged: true });
    const link = linkOf(r.records[0]!);
    // 96 bits of hash colliding is not expected; if it ever does, the stored link is not replaced.
    if (link.search !== search) throw new ApiError(409, 'conflict', 'Another link is stored under this id.');
    return link;
  }

  async get(id: string): Promise<StoredLink> {
    if (!LINK_ID.test(id)) throw notFound(id);
    const r = await this.gateway.read(GET_LINK, { id });
    const rec = r.records[0];
    if (!rec) throw notFound(id);
    return linkOf(rec);
  }

  /** The short explorer link under `base`. */
  url(id: string, base: string): string {
    return `${base.replace(/\/+$/, '')}/?s=${encodeURIComponent(id)}`;
  }
}
