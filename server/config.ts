/**
 * All configuration, in one place: environment → zod → one typed, commented object.
 * Every variable is documented in README.md ("Configuration").
 */
import path from 'node:path';
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

  // --- Seeding ---
  SEED_ON_EMPTY: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),

  // --- API safety ---
  API_TOKEN: z.string().min(8).optional(),
  CORS_ORIGINS: z.string().optional(),
  BODY_LIMIT: z.string().default('100kb'),
  CYPHER_TIMEOUT_MS: intFromEnv(5_000, 100, 120_000),
  CYPHER_ROW_CAP: intFromEnv(1_000, 1, 100_000),
  CYPHER_RATE_LIMIT_PER_MIN: intFromEnv(120, 1, 100_000),

  // --- Embeds and snapshots ---
  EMBED_FRAME_ANCESTORS: z.string().default('*'),
  PUBLIC_URL: z.string().url().optional(),
  SNAPSHOT_BODY_LIMIT: z.string().default('5mb'),
  SNAPSHOT_CACHE_DIR: z.string().default(path.join(projectRoot, '.cache', 'snapshots')),
  SNAPSHOT_RENDER_CONCURRENCY: intFromEnv(2, 1, 16),
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
  };
  seed: {
    /** Apply schema + seed on start when the domain graph is empty. */
    onEmpty: boolean;
  };
  security: {
    /** Bearer token required by every write endpoint when set. */
    apiToken: string | undefined;
    /** Allowed CORS origins; empty = CORS off. */
    corsOrigins: string[];
    /** Largest accepted JSON body. */
    bodyLimit: string;
    /** Requests per minute and client on /api/cypher. */
    cypherRateLimitPerMin: number;
  };
  cypher: {
    /** Transaction timeout for ad-hoc and saved queries. */
    timeoutMs: number;
    /** Row cap for ad-hoc and saved queries. */
    rowCap: number;
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
    /** Images rendered at the same time (each holds a Chromium page). */
    renderConcurrency: number;
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
    },
    seed: { onEmpty: e.SEED_ON_EMPTY },
    security: {
      apiToken: e.API_TOKEN,
      corsOrigins: (e.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      bodyLimit: e.BODY_LIMIT,
      cypherRateLimitPerMin: e.CYPHER_RATE_LIMIT_PER_MIN,
    },
    cypher: { timeoutMs: e.CYPHER_TIMEOUT_MS, rowCap: e.CYPHER_ROW_CAP },
    embed: { frameAncestors: e.EMBED_FRAME_ANCESTORS },
    snapshots: {
      bodyLimit: e.SNAPSHOT_BODY_LIMIT,
      cacheDir: path.resolve(e.SNAPSHOT_CACHE_DIR),
      renderConcurrency: e.SNAPSHOT_RENDER_CONCURRENCY,
      chromiumPath: e.CHROMIUM_PATH,
    },
  };
}
