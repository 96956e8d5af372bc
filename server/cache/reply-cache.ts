/**
 * The domain graph changes only through seed and ingest, so the replies of its read endpoints can be kept and
 * served again until it changes. Entries are keyed by the normalised request (the route and its validated,
 * defaulted inputs) and belong to a graph version: every write through the app's gateway bumps the version,
 * which empties the cache; a short time to live covers writers outside the app (`npm run ingest -- --apply`
 * from another process). Bounded in bytes, least recently used out first.
 */
import crypto from 'node:crypto';

export interface ReplyCacheSettings {
  /** Off: every request goes to Neo4j. */
  enabled: boolean;
  /** Longest an entry is served, for writes the app does not see. */
  ttlMs: number;
  /** Most bytes of reply bodies kept. */
  maxBytes: number;
}

/** A counter of the graph's writes as this process knows them. */
export class GraphVersion {
  private value = 0;
  get(): number {
    return this.value;
  }
  bump(): void {
    this.value++;
  }
}

export interface CachedReply {
  body: Buffer;
  etag: string;
  version: number;
  storedAt: number;
}

export interface ReplyCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

/**
 * A reply bigger than this share of the budget is served but not kept. A quarter: the whole-graph view of 20,000
 * nodes is about 9 MB of JSON, the costliest reply to make again, and must fit the default 64 MB budget.
 */
const MAX_ENTRY_SHARE = 4;

export class ReplyCache {
  private readonly entries = new Map<string, CachedReply>();
  private bytes = 0;
  private hits = 0;
  private misses = 0;
  private seenVersion: number;

  constructor(
    readonly settings: ReplyCacheSettings,
    readonly version: GraphVersion,
    private readonly now: () => number = Date.now,
  ) {
    this.seenVersion = version.get();
  }

  /** The stored reply for `key`, if it is of the current graph version and young enough. */
  get(key: string): CachedReply | undefined {
    this.dropIfStale();
    const entry = this.entries.get(key);
    if (!entry || this.now() - entry.storedAt > this.settings.ttlMs) {
      if (entry) this.delete(key, entry);
      this.misses++;
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry;
  }

  /** Keeps `body` for `key` unless the graph changed since `version` was read (the reply may predate it). */
  set(key: string, body: Buffer, version: number): CachedReply {
    const entry: CachedReply = { body, etag: etagOf(body), version, storedAt: this.now() };
    this.dropIfStale();
    if (version !== this.version.get() || body.length > this.settings.maxBytes / MAX_ENTRY_SHARE) return entry;
    const old = this.entries.get(key);
    if (old) this.delete(key, old);
    this.entries.set(key, entry);
    this.bytes += body.length;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.settings.maxBytes) break;
      this.delete(k, e);
    }
    return entry;
  }

  stats(): ReplyCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size, bytes: this.bytes };
  }

  private dropIfStale(): void {
    if (this.seenVersion === this.version.get()) return;
    this.seenVersion = this.version.get();
    this.entries.clear();
    this.bytes = 0;
  }

  private delete(key: string, entry: CachedReply): void {
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }
}

/** A strong validator of the bytes sent. */
export const etagOf = (body: Buffer): string => `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;

/** JSON with object keys sorted, so two spellings of the same request give one key. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
