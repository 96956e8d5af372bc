/**
 * Part 2: the API against the limit. The same work — neighbourhood depth 2 (cap 500), shortest paths, search,
 * one saved query — sent through the HTTP API with autocannon, and sent straight through neo4j-driver with the
 * same Cypher and parameters and the same driver call the API makes (one auto-commit READ query, all records
 * read), at 1, 8 and 32 concurrent clients. The server runs in its own process, as in
 * production; the bench process drives both sides in turn, never at once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import { projectRoot } from '../server/config.ts';
import { freePort } from '../server/neo4j/local.ts';
import { Gateway } from '../server/neo4j/gateway.ts';

export interface WorkItem {
  name: string;
  /** HTTP requests, rotated through. */
  http: Array<{ method: 'GET' | 'POST'; path: string; body?: string }>;
  /** The same work through the bare driver, rotated the same way. */
  raw: Array<{ cypher: string; params: Record<string, unknown> }>;
}

export interface Side {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  requests: number;
}

export interface ApiRow {
  work: string;
  clients: number;
  /** Cache misses: every request sent with `Cache-Control: no-cache`, so Neo4j answers each. */
  api: Side;
  raw: Side;
  /** Cache hits: the same requests again, answered from the reply cache. */
  hit: Side;
  /** api p50 / raw p50 (target ≤ 1.15). */
  p50Ratio: number;
  /** api rps / raw rps (target ≥ 0.85 at 32 clients). */
  rpsRatio: number;
  /** hit rps / raw rps (target ≥ 3 at 32 clients). */
  hitRpsRatio: number;
  /** Share of the hit run's replies that said `X-Cache: hit`. */
  hitShare: number;
  /**
   * The HTTP floor at this many clients: GET /api/health, the app's cheapest route (a reading held in memory,
   * Neo4j asked at most once a second) through the same middleware, with autocannon on the same cores. No
   * route that does any work answers faster or more often than this.
   */
  floor: { p50: number; rps: number };
}

/**
 * Starts `npm start`'s server (without the build step) against the given Neo4j, on a free port.
 * BENCH_SERVER_NODE_ARGS adds Node flags to the server process only, e.g. `--cpu-prof --cpu-prof-dir=prof`
 * to profile the server under the benchmark's load.
 */
export async function startServer(neo4jUri: string, cwd = projectRoot): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort(0);
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/main.ts'], {
    cwd,
    env: {
      ...process.env,
      NEO4J_URI: neo4jUri,
      NEO4J_PASSWORD: '',
      PORT: String(port),
      SEED_ON_EMPTY: 'false',
      NODE_ENV: 'production',
      // The benchmark's clients stand for many analysts but come from one address: the per-client limits on
      // saved-query runs and Cypher are lifted, and the Cypher pool is as wide as the driver's own in the raw runs.
      CYPHER_RATE_LIMIT_PER_MIN: '100000',
      CYPHER_CONCURRENCY_PER_CLIENT: '100',
      CYPHER_POOL_SIZE: '16',
      CYPHER_QUEUE: '256',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}`;
  // Up within a minute; then done asking itself its read queries once (server/http/warm-up.ts), which on the
  // bench's big graph takes longer: a reader who comes later than the start meets a warm app, and the measured
  // runs do not share the machine with the warm-up.
  for (const [phase, ms] of [['start', 60_000], ['finish its warm-up', 300_000]] as const) {
    const deadline = Date.now() + ms;
    for (;;) {
      try {
        const r = await fetch(`${url}/api/health`);
        if (r.ok && (phase === 'start' || !((await r.json()) as { warmingUp?: boolean }).warmingUp)) break;
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the API server did not ${phase} within ${ms / 1000} s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** `fresh`: ask past the reply cache (Cache-Control: no-cache), so each request is a miss. */
export async function runHttp(url: string, work: WorkItem, clients: number, seconds: number, opts: { fresh?: boolean } = {}): Promise<Side & { hits: number }> {
  let i = 0;
  let hits = 0;
  const result = await autocannon({
    url,
    connections: clients,
    duration: seconds,
    pipelining: 1,
    requests: [
      {
        setupRequest: (req) => {
          const r = work.http[i++ % work.http.length]!;
          const headers: Record<string, string> = r.body ? { 'content-type': 'application/json' } : {};
          if (opts.fresh) headers['cache-control'] = 'no-cache';
          return { ...req, method: r.method, path: r.path, body: r.body, headers };
        },
        onResponse: (_status, _body, _context, headers) => {
          // autocannon hands the headers as an object keyed by their names as sent (here `X-Cache`).
          const entry = Object.entries(headers as Record<string, unknown>).find(([name]) => name.toLowerCase() === 'x-cache');
          if (entry?.[1] === 'hit') hits++;
        },
      },
    ],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Over the run's own duration, as the driver side counts: autocannon's per-second average has no sample in
    // a run shorter than a second (the smoke run's).
    rps: Number((result.requests.total / result.duration).toFixed(1)),
    errors: result.errors + result.non2xx,
    requests: result.requests.total,
    hits,
  };
}

/**
 * Sends every request of the work once, one after the other, each awaited however long it takes: the reply
 * cache then holds all of them (a timed run may not reach every one), and the app has booted what it starts on
 * first use (the Cypher workers), before anything is measured.
 */
export async function primeHttp(url: string, work: WorkItem): Promise<void> {
  for (const r of work.http) {
    // A busy machine may stretch a first run past its deadline (the workers' boot): such answers are retried.
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(new URL(r.path, url), { method: r.method, body: r.body, headers: r.body ? { 'content-type': 'application/json' } : {} });
      await res.arrayBuffer();
      if (res.ok) break;
      if (attempt === 3 || res.status < 500) throw new Error(`${work.name}: ${r.method} ${r.path} answered ${res.status}`);
    }
  }
}

/** The transaction timeout the API's reads carry by default (CYPHER_TIMEOUT_MS). */
const RAW_TIMEOUT_MS = 5_000;

export async function runRaw(driver: Driver, work: WorkItem, clients: number, seconds: number): Promise<Side> {
  const gateway = new Gateway({ driver, database: undefined }, { timeoutMs: RAW_TIMEOUT_MS });
  const latencies: number[] = [];
  let errors = 0;
  let i = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const q = work.raw[i++ % work.raw.length]!;
        const t0 = performance.now();
        try {
          // The very driver call the API makes for a read (the gateway's readOnce): one auto-commit READ query.
          await gateway.readOnce(q.cypher, q.params);
          const t1 = performance.now();
          // Like autocannon on the HTTP side: a request still running when the time is up is not counted.
          if (t1 <= end) latencies.push(t1 - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    p50: Number(percentile(latencies, 50).toFixed(2)),
    p99: Number(percentile(latencies, 99).toFixed(2)),
    rps: Number((latencies.length / seconds).toFixed(1)),
    errors,
    requests: latencies.length,
  };
}

export async function benchApi(opts: {
  neo4jUri: string;
  work: WorkItem[];
  clients?: number[];
  seconds?: number;
  /** Length of each warm-up run (HTTP, then the driver) before a work is measured; 2 s by default. */
  warmUpSeconds?: number;
  log?: (m: string) => void;
}): Promise<ApiRow[]> {
  const log = opts.log ?? (() => {});
  const clients = opts.clients ?? [1, 8, 32];
  const seconds = opts.seconds ?? 8;
  const warmUp = opts.warmUpSeconds ?? 2;
  const server = await startServer(opts.neo4jUri);
  const driver = neo4j.driver(opts.neo4jUri, neo4j.auth.basic('neo4j', 'unused'), { maxConnectionPoolSize: 100 });
  const rows: ApiRow[] = [];
  try {
    const floorWork: WorkItem = { name: 'HTTP floor', http: [{ method: 'GET', path: '/api/health' }], raw: [] };
    await runHttp(server.url, floorWork, 4, warmUp);
    const floors = new Map<number, ApiRow['floor']>();
    for (const c of clients) {
      const f = await runHttp(server.url, floorWork, c, seconds);
      floors.set(c, { p50: f.p50, rps: Number(f.rps.toFixed(1)) });
      log(`api: HTTP floor (GET /api/health) x${c}: p50 ${f.p50} ms, ${Math.round(f.rps)} rps, errors ${f.errors}`);
    }
    for (const work of opts.work) {
      // Warm both paths (JIT on both sides, query plans in Neo4j's cache).
      await primeHttp(server.url, work);
      await runHttp(server.url, work, 4, warmUp);
      await runRaw(driver, work, 4, warmUp);
      for (const c of clients) {
        const { hits: _misses, ...api } = await runHttp(server.url, work, c, seconds, { fresh: true });
        const raw = await runRaw(driver, work, c, seconds);
        // Every request of the work in the cache and younger than its time to live, whatever the runs reached.
        await primeHttp(server.url, work);
        const { hits, ...hit } = await runHttp(server.url, work, c, seconds);
        const row: ApiRow = {
          work: work.name,
          clients: c,
          api,
          raw,
          hit,
          p50Ratio: Number((api.p50 / Math.max(raw.p50, 0.01)).toFixed(2)),
          rpsRatio: Number((api.rps / Math.max(raw.rps, 0.01)).toFixed(2)),
          hitRpsRatio: Number((hit.rps / Math.max(raw.rps, 0.01)).toFixed(2)),
          hitShare: Number((hits / Math.max(1, hit.requests)).toFixed(3)),
          floor: floors.get(c)!,
        };
        rows.push(row);
        log(
          `api: ${work.name} x${c}: miss p50 ${api.p50} ms / raw ${raw.p50} ms, miss ${Math.round(api.rps)} rps / raw ${Math.round(raw.rps)} rps / hit ${Math.round(hit.rps)} rps (${Math.round(row.hitShare * 100)}% hits), errors ${api.errors}/${raw.errors}/${hit.errors}`,
        );
      }
    }
  } finally {
    await driver.close();
    await server.stop();
  }
  return rows;
}
