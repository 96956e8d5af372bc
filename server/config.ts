/**
 * All configuration, in one place: environment → zod → one typed, commented object.
 * Every variable is documented in README.md ("Configuration").
 */
import path from 'node:path';
import type { ReplyCacheSettings } from './cache/reply-cache.ts';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Root of the project (the folder holding package.json). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const intFromEnv = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const envSchema = z.object({
  // --- HTTP server ---
  PORT: intFromEnv(3000, 0, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  // --- Neo4j: an external database (first choice when set) ---
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must start with bolt:// or neo4j://').optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),

  // --- Neo4j: how to provision one when NEO4J_URI is not set ---
  NEO4J_PROVIDER: z.enum(['auto', 'testcontainers', 'local']).default('auto'),
  NEO4J_LOCAL_PORT: intFromEnv(7687, 0, 65535),
  NEO4J_LOCAL_DATA: z.string().default(path.join(projectRoot, '.neo4j', 'data')),
  NEO4J_LOCAL_HEAP: z.string().regex(/^\d+[mg]$/i).default('1g'),
  NEO4J_START_TIMEOUT_MS: intFromEnv(90_000, 1_000, 600_000),
  NEO4J_LOCAL_TX_TIMEOUT_MS: intFromEnv(120_000, 1_000, 3_600_000),
  NEO4J_LOCAL_TX_MEMORY: z.string().regex(/^\d+[mg]$/i).default('128m'),
  NEO4J_LOCAL_TX_MEMORY_TOTAL: z.string().regex(/^\d+[mg]$/i).default('512m'),

  // --- Seeding ---
  SEED_ON_EMPTY: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  REPLY_CACHE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  REPLY_CACHE_TTL_MS: intFromEnv(30_000, 0, 86_400_000),
  REPLY_CACHE_MAX_MB: intFromEnv(64, 1, 4_096),

  // --- HTTP hygiene ---
  TRUST_PROXY: z.string().optional(),
  HTTP_HEADERS_TIMEOUT_MS: intFromEnv(10_000, 1_000, 600_000),
  HTTP_REQUEST_TIMEOUT_MS: intFromEnv(30_000, 1_000, 600_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: intFromEnv(5_000, 100, 600_000),
  HTTP_MAX_CONNECTIONS: intFromEnv(512, 1, 100_000),
  CSP_UPGRADE_INSECURE_REQUESTS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),

  // --- API safety ---
  API_TOKEN: z.string().min(8).optional(),
  CORS_ORIGINS: z.string().optional(),
  BODY_LIMIT: z.string().default('100kb'),
  NEO4J_QUERY_TIMEOUT_MS: intFromEnv(10_000, 100, 600_000),
  NEO4J_POOL_SIZE: intFromEnv(50, 1, 1_000),

  // --- Ad-hoc and saved-query Cypher ---
  CYPHER_TIMEOUT_MS: intFromEnv(5_000, 100, 120_000),
  CYPHER_ROW_CAP: intFromEnv(1_000, 1, 100_000),
  CYPHER_MAX_REPLY_BYTES: intFromEnv(10_000_000, 10_000, 500_000_000),
  CYPHER_MAX_LENGTH: intFromEnv(20_000, 100, 50_000),
  CYPHER_MAX_TOKENS: intFromEnv(4_000, 10, 100_000),
  CYPHER_MAX_DEPTH: intFromEnv(40, 2, 1_000),
  CYPHER_MAX_CHAIN: intFromEnv(100, 2, 10_000),
  CYPHER_POOL_SIZE: intFromEnv(2, 1, 100),
  CYPHER_QUEUE: intFromEnv(16, 0, 10_000),
  CYPHER_CONCURRENCY_PER_CLIENT: intFromEnv(2, 1, 100),
  CYPHER_WORKER_MEMORY_MB: intFromEnv(512, 64, 16_384),
  CYPHER_WORKERS: intFromEnv(2, 1, 16),
  CYPHER_RATE_LIMIT_PER_MIN: intFromEnv(120, 1, 100_000),

  // --- Embeds and snapshots ---
  EMBED_FRAME_ANCESTORS: z.string().default('*'),
  PUBLIC_URL: z.string().url().optional(),
  SNAPSHOT_BODY_LIMIT: z.string().default('5mb'),
  SNAPSHOT_CACHE_DIR: z.string().default(path.join(projectRoot, '.cache', 'snapshots')),
  SNAPSHOT_RENDER_CONCURRENCY: intFromEnv(2, 1, 16),
  SNAPSHOT_RENDER_QUEUE: intFromEnv(8, 0, 1_000),
  SNAPSHOT_MAX_PIXELS: intFromEnv(25_000_000, 10_000, 400_000_000),
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
});

export interface AppConfig {
  server: {
    /** TCP port of the HTTP server (0 = any free port). */
    port: number;
    /** Interface to bind; 0.0.0.0 inside a container. */
    host: string;
    /** pino log level. */
    logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
    /** Base URL used in snippets and CLI output; defaults to http://HOST:PORT. */
    publicUrl: string | undefined;
  };
  neo4j: {
    /** External database URI; when set, nothing is started locally. */
    uri: string | undefined;
    user: string;
    password: string;
    /** Database name; undefined = the server's default database. */
    database: string | undefined;
    /** auto = Testcontainers when Docker answers, else the local embedded DBMS. */
    provider: 'auto' | 'testcontainers' | 'local';
    /** Preferred Bolt port for the local DBMS; another free port is used when taken. */
    localPort: number;
    /** Folder holding the local DBMS's store (git-ignored). */
    localDataDir: string;
    /** JVM heap of the local DBMS, e.g. 1g. */
    localHeap: string;
    /** How long to wait for a database to answer RETURN 1. */
    startTimeoutMs: number;
    /** The local DBMS's own guards: transaction timeout, memory per transaction and for all of them. */
    localTxTimeoutMs: number;
    localTxMemory: string;
    localTxMemoryTotal: string;
    /** Transaction timeout of the app's own queries (exploration, search, stores, health, seed). */
    queryTimeoutMs: number;
    /** Connections of the app's own pool (ad-hoc Cypher has its own, see cypher.poolSize). */
    poolSize: number;
  };
  seed: {
    /** Apply schema + seed on start when the domain graph is empty. */
    onEmpty: boolean;
  };
  /** Replies of the graph's read endpoints, kept per graph version (server/cache/reply-cache.ts). */
  replyCache: ReplyCacheSettings;
  http: {
    /** Express 'trust proxy': forwarded headers are believed only from these proxies; unset = never. */
    trustProxy: string | undefined;
    /** Longest time to receive a request's headers, and the whole request (slow bodies are cut off). */
    headersTimeoutMs: number;
    requestTimeoutMs: number;
    /** Idle keep-alive connections are closed after this. */
    keepAliveTimeoutMs: number;
    /** Most open connections; more are refused by the server. */
    maxConnections: number;
    /** Add upgrade-insecure-requests to the CSP (only behind HTTPS). */
    cspUpgradeInsecureRequests: boolean;
  };
  security: {
    /** Bearer token required by every write endpoint when set. */
    apiToken: string | undefined;
    /** Allowed CORS origins; empty = CORS off. */
    corsOrigins: string[];
    /** Largest accepted JSON body. */
    bodyLimit: string;
    /** Requests per minute and client on /api/cypher, saved-query runs and saved-query and snapshot writes. */
    cypherRateLimitPerMin: number;
  };
  cypher: {
    /** Transaction timeout for ad-hoc and saved queries. */
    timeoutMs: number;
    /** Row cap for ad-hoc and saved queries. */
    rowCap: number;
    /** Largest reply in bytes; past it the query is cancelled (422 result_too_large). */
    maxReplyBytes: number;
    /** Refused before Neo4j sees it: characters, tokens, nesting depth, operators in one chain. */
    maxLength: number;
    maxTokens: number;
    maxDepth: number;
    maxChain: number;
    /** Connections of the Cypher pool, queries waiting for one, and queries in flight per client. */
    poolSize: number;
    queue: number;
    concurrencyPerClient: number;
    /** Worker threads that decode and serialise results, and the heap of each. */
    workers: number;
    workerMemoryMb: number;
  };
  embed: {
    /** CSP frame-ancestors for /embed and the snapshot images. */
    frameAncestors: string;
  };
  snapshots: {
    /** Largest accepted body of POST /api/snapshots (a frozen view with positions is bigger than a query). */
    bodyLimit: string;
    /** Folder of rendered images (a snapshot never changes, so neither does its picture); git-ignored. */
    cacheDir: string;
    /** Images rendered at the same time (each holds a Chromium page), and renders that may wait. */
    renderConcurrency: number;
    renderQueue: number;
    /** Most pixels of one rendered picture (width × height × scale²). */
    maxPixels: number;
    /** The Chromium binary the server renders PNG and SVG with (through playwright-core). */
    chromiumPath: string;
  };
}

/** Reads the environment once; throws a readable error naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (API_TOKEN= in a compose file) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    server: { port: e.PORT, host: e.HOST, logLevel: e.LOG_LEVEL, publicUrl: e.PUBLIC_URL },
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      provider: e.NEO4J_PROVIDER,
      localPort: e.NEO4J_LOCAL_PORT,
      localDataDir: path.resolve(e.NEO4J_LOCAL_DATA),
      localHeap: e.NEO4J_LOCAL_HEAP,
      startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
      localTxTimeoutMs: e.NEO4J_LOCAL_TX_TIMEOUT_MS,
      localTxMemory: e.NEO4J_LOCAL_TX_MEMORY,
      localTxMemoryTotal: e.NEO4J_LOCAL_TX_MEMORY_TOTAL,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      poolSize: e.NEO4J_POOL_SIZE,
    },
    seed: { onEmpty: e.SEED_ON_EMPTY },
    replyCache: { enabled: e.REPLY_CACHE, ttlMs: e.REPLY_CACHE_TTL_MS, maxBytes: e.REPLY_CACHE_MAX_MB * 1024 * 1024 },
    http: {
      trustProxy: e.TRUST_PROXY,
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: e.HTTP_MAX_CONNECTIONS,
      cspUpgradeInsecureRequests: e.CSP_UPGRADE_INSECURE_REQUESTS,
    },
    security: {
      apiToken: e.API_TOKEN,
      corsOrigins: (e.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      bodyLimit: e.BODY_LIMIT,
      cypherRateLimitPerMin: e.CYPHER_RATE_LIMIT_PER_MIN,
    },
    cypher: {
      timeoutMs: e.CYPHER_TIMEOUT_MS,
      rowCap: e.CYPHER_ROW_CAP,
      maxReplyBytes: e.CYPHER_MAX_REPLY_BYTES,
      maxLength: e.CYPHER_MAX_LENGTH,
      maxTokens: e.CYPHER_MAX_TOKENS,
      maxDepth: e.CYPHER_MAX_DEPTH,
      maxChain: e.CYPHER_MAX_CHAIN,
      poolSize: e.CYPHER_POOL_SIZE,
      queue: e.CYPHER_QUEUE,
      concurrencyPerClient: e.CYPHER_CONCURRENCY_PER_CLIENT,
      workers: e.CYPHER_WORKERS,
      workerMemoryMb: e.CYPHER_WORKER_MEMORY_MB,
    },
    embed: { frameAncestors: e.EMBED_FRAME_ANCESTORS },
    snapshots: {
      bodyLimit: e.SNAPSHOT_BODY_LIMIT,
      cacheDir: path.resolve(e.SNAPSHOT_CACHE_DIR),
      renderConcurrency: e.SNAPSHOT_RENDER_CONCURRENCY,
      renderQueue: e.SNAPSHOT_RENDER_QUEUE,
      maxPixels: e.SNAPSHOT_MAX_PIXELS,
      chromiumPath: e.CHROMIUM_PATH,
    },
  };
}
