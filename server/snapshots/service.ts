/**
 * Snapshots: a frozen view made permanent. Creating one reads the cited sources from the graph and freezes
 * them too; after that the stored JSON never changes (there is no update), so neither do its pictures.
 */
import crypto from 'node:crypto';
import type { AppConfig } from '../config.ts';
import { ApiError } from '../http/api-error.ts';
import type { Gateway } from '../neo4j/gateway.ts';
import type { Snapshot, SnapshotBody, SnapshotSource, SnapshotSummary, SnapshotUrls } from './schemas.ts';
import { SNAPSHOT_ID, SNAPSHOT_LIMITS } from './schemas.ts';
import { SnapshotStore, type ListCursor } from './store.ts';

/** 72 random bits as 12 URL-safe characters: short enough for a link, not guessable. */
export const newSnapshotId = (): string => crypto.randomBytes(9).toString('base64url');

const notFound = (id: string) => new ApiError(404, 'not_found', `No snapshot with id ${JSON.stringify(id)}.`);

/**
 * Source ids the frozen elements cite: relationship provenance, the sources of dated nodes, Source nodes in
 * view, and whatever the client listed (captureView applies the same rule).
 */
export function citedSourceIds(body: SnapshotBody): string[] {
  const ids = new Set<string>(body.view.sources);
  const add = (v: unknown) => {
    if (Array.isArray(v)) for (const s of v) if (typeof s === 'string' && s) ids.add(s);
  };
  for (const e of body.view.graph.edges) add(e.properties['sources']);
  for (const n of body.view.graph.nodes) {
    if (n.labels.includes('Source')) ids.add(n.id);
    add(n.properties['dateSources']);
  }
  return [...ids].sort().slice(0, SNAPSHOT_LIMITS.sources);
}

/** Oldest source first, then by publication: the order a footer cites them in. */
function bySourceDate(a: SnapshotSource, b: SnapshotSource): number {
  const k = (s: SnapshotSource) => `${s.date ?? '9999'}\u0000${s.publication ?? ''}\u0000${s.id}`;
  return k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0;
}

/** Encodes the last item of a page as an opaque cursor. */
export const encodeCursor = (c: ListCursor): string => Buffer.from(JSON.stringify([c.createdAt, c.id])).toString('base64url');

export function decodeCursor(raw: string): ListCursor {
  try {
    const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return { createdAt: v[0], id: v[1] };
  } catch {
    // fall through
  }
  throw new ApiError(400, 'validation_error', 'cursor: not a cursor this API gave out', { issues: [{ path: 'cursor', message: 'invalid cursor' }] });
}

export class SnapshotService {
  readonly store: SnapshotStore;

  constructor(
    gateway: Gateway,
    private readonly config: AppConfig,
  ) {
    this.store = new SnapshotStore(gateway);
  }

  /** The snapshot a body describes, with its sources read from the graph now; not stored. */
  async build(body: SnapshotBody, id = newSnapshotId()): Promise<Snapshot> {
    const { view } = body;
    const sources = (await this.store.sources(citedSourceIds(body))).sort(bySourceDate);
    return {
      format: 'kg-explorer/snapshot',
      version: 1,
      id,
      title: body.title,
      createdAt: new Date().toISOString(),
      dataTime: new Date(view.capturedAt).toISOString(),
      width: body.width,
      height: body.height,
      lang: view.state.lang,
      layout: view.state.layout,
      style: { big: view.renderer.big, renderer: view.renderer.webgl ? 'webgl' : 'canvas' },
      viewport: view.viewport,
      view: { state: view.state, link: view.link },
      graph: { nodes: view.graph.nodes, edges: view.graph.edges },
      highlight: body.highlight ? { nodes: body.highlight.nodes, edges: body.highlight.edges } : null,
      sources,
      counts: { nodes: view.graph.nodes.length, edges: view.graph.edges.length },
    };
  }

  async create(body: SnapshotBody): Promise<Snapshot> {
    const snapshot = await this.build(body);
    await this.store.create(snapshot, JSON.stringify(snapshot));
    return snapshot;
  }

  /** The stored JSON text (404 for an unknown or malformed id). */
  async getJson(id: string): Promise<string> {
    if (!SNAPSHOT_ID.test(id)) throw notFound(id);
    const json = await this.store.getJson(id);
    if (json === undefined) throw notFound(id);
    return json;
  }

  async get(id: string): Promise<Snapshot> {
    return JSON.parse(await this.getJson(id)) as Snapshot;
  }

  async list(q: { limit: number; cursor?: string | undefined; offset?: number | undefined }) {
    const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
    // One extra row tells whether there is a next page.
    const { items, total } = await this.store.list(q.limit + 1, q.offset !== undefined ? { offset: q.offset } : { after });
    const page = items.slice(0, q.limit);
    const last = page.at(-1);
    return { items: page, nextCursor: items.length > q.limit && last ? encodeCursor(last) : null, total };
  }

  async remove(id: string): Promise<void> {
    if (!SNAPSHOT_ID.test(id) || !(await this.store.remove(id))) throw notFound(id);
  }

  summary(s: Snapshot): SnapshotSummary {
    return { id: s.id, title: s.title, createdAt: s.createdAt, dataTime: s.dataTime, lang: s.lang, counts: s.counts };
  }

  /** Public URLs of a snapshot under `base` (PUBLIC_URL, else the request's origin). */
  urls(id: string, base: string): SnapshotUrls {
    const b = base.replace(/\/+$/, '');
    const e = encodeURIComponent(id);
    return {
      json: `${b}/api/snapshots/${e}`,
      png: `${b}/snapshots/${e}.png`,
      svg: `${b}/snapshots/${e}.svg`,
      embed: `${b}/embed/${e}`,
      explorer: `${b}/?snapshot=${e}`,
    };
  }

  /** PUBLIC_URL when configured, else the origin the request came to. */
  baseUrl(req: { protocol: string; get(name: string): string | undefined }): string {
    return this.config.server.publicUrl ?? `${req.protocol}://${req.get('host') ?? '127.0.0.1'}`;
  }
}

/** Rejects JSON nested deeper than `max` before zod walks it (deep nesting would cost stack, not data). */
export function assertJsonDepth(value: unknown, max = SNAPSHOT_LIMITS.jsonDepth): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d >= max) throw new ApiError(400, 'validation_error', `body: nested deeper than ${max} levels`, { issues: [{ path: '', message: `nested deeper than ${max} levels` }] });
    for (const x of Array.isArray(v) ? v : Object.values(v)) if (x !== null && typeof x === 'object') stack.push([x, d + 1]);
  }
}
