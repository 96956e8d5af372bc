/**
 * The composition root: every long-lived object the routes use, made once per app from its context. A route
 * handler receives these; nothing else reaches the database or the renderer.
 */
import { GraphVersion, ReplyCache } from './cache/reply-cache.ts';
import type { AppConfig } from './config.ts';
import type { AppContext } from './context.ts';
import { CypherService } from './cypher/service.ts';
import { HealthMonitor } from './health/service.ts';
import { Gateway } from './neo4j/gateway.ts';
import { MAX_TRANSACTION_RETRY_MS } from './neo4j/provision.ts';
import { SavedQueries } from './queries/service.ts';
import type { Cached } from './schema/cached.ts';
import { SchemaCache } from './schema/cache.ts';
import { schemaSummary, type SchemaSummary } from './schema/service.ts';
import { SnapshotRenderer } from './snapshots/render.ts';
import { SnapshotService } from './snapshots/service.ts';
import { LinkService } from './links/service.ts';

export interface Services {
  config: AppConfig;
  /** How Neo4j was provisioned: external, testcontainers or local. */
  neo4jMode: string;
  /** The app's own queries (exploration, search, stores, health). */
  gateway: Gateway;
  /** Replies of the graph's read endpoints, until the next write (routes marked `cached`). */
  replies: ReplyCache;
  /** Whether Neo4j answers, asked at most once a second whoever polls. */
  health: HealthMonitor;
  /** Labels and types in use, to check filters against. */
  schema: SchemaCache;
  schemaSummary: Cached<SchemaSummary>;
  /** Ad-hoc and saved-query Cypher, on its own pool and thread. */
  cypher: CypherService;
  queries: SavedQueries;
  snapshots: SnapshotService;
  /** Explorer links too long for a URL, stored as /?s=<id>. */
  links: LinkService;
  renderer: SnapshotRenderer;
  /** Stops what the services started (the Cypher worker and its connections). */
  close(): Promise<void>;
}

export function createServices(ctx: AppContext): Services {
  const { config } = ctx;
  const version = new GraphVersion();
  const gateway = new Gateway(ctx.db, { timeoutMs: config.neo4j.queryTimeoutMs, retryMs: MAX_TRANSACTION_RETRY_MS, onWrite: () => version.bump() });
  const cypher = new CypherService(ctx.db, config);
  return {
    config,
    neo4jMode: ctx.neo4jMode,
    gateway,
    replies: new ReplyCache(config.replyCache, version),
    health: new HealthMonitor(gateway, ctx.neo4jMode),
    schema: new SchemaCache(gateway),
    schemaSummary: schemaSummary(gateway),
    cypher,
    queries: new SavedQueries(gateway, cypher),
    snapshots: new SnapshotService(gateway, config),
    links: new LinkService(gateway),
    renderer: new SnapshotRenderer(config.snapshots),
    close: () => cypher.close(),
  };
}
