/**
 * Warm-up at start. A fresh Neo4j plans each query text on its first use and its JVM compiles the code that
 * runs it; Node compiles the app's own paths on first use too, and the Cypher worker threads boot on the
 * first query. Measured on the seeded graph right after a restart, a first reader waited 0.6–3.6 s per view
 * (the first overview 3.6 s, neighbourhood 1.9 s, search 1.1 s, Cypher 1.8 s) for what takes 0.02–0.15 s
 * after. So once the app listens, and as soon as Neo4j answers, it asks itself every route's `warmUp` requests
 * (route.ts), one at a time over loopback, the path a reader's request takes, reply cache included, and boots
 * the Cypher workers. /api/health says `warmingUp: true` meanwhile. Warm-up never stops the app: a failure is
 * only counted.
 */
import type { Route, WarmUpSample } from './route.ts';
import type { Services } from '../services.ts';

/** A warm-up request that has not answered by then is left to finish on its own. */
const REQUEST_TIMEOUT_MS = 30_000;
/** How often a start-up without Neo4j looks again whether it answers (the warm-up waits for it). */
const DATABASE_POLL_MS = 2_000;

export interface WarmUpResult {
  /** Requests to itself, and the Cypher workers' first query. */
  requests: number;
  /** Of those, the ones that did not answer 2xx in time. */
  failed: number;
  /** From the moment Neo4j answered. */
  ms: number;
}

export async function warmUp(baseUrl: string, routes: readonly Route[], services: Pick<Services, 'health' | 'cypher'>): Promise<WarmUpResult> {
  // Nothing to warm while Neo4j is away (an external one may come later): wait until it answers.
  while ((await services.health.read()).status !== 'ok') await new Promise((r) => setTimeout(r, DATABASE_POLL_MS).unref());
  const started = performance.now();
  const result = { requests: 0, failed: 0 };
  const get = async (path: string): Promise<unknown> => {
    result.requests++;
    try {
      const res = await fetch(new URL(path, baseUrl), { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      const body: unknown = await res.json();
      if (res.ok) return body;
    } catch {
      // Counted below, like a refusal.
    }
    result.failed++;
    return undefined;
  };
  services.health.warmingUp = true;
  try {
    result.requests++;
    const cypher = services.cypher.warm().catch(() => void result.failed++);
    const sample = await sampleGraph(get);
    for (const route of routes) {
      let paths: string[];
      try {
        paths = route.warmUp?.(sample) ?? [];
      } catch {
        result.failed++;
        continue;
      }
      for (const path of paths) await get(path);
    }
    await cypher;
  } finally {
    services.health.warmingUp = false;
  }
  return { ...result, ms: Math.round(performance.now() - started) };
}

/** Two of the best-connected nodes (the overview ranks by degree) and one article, read through the API itself. */
async function sampleGraph(get: (path: string) => Promise<unknown>): Promise<WarmUpSample> {
  const overview = (await get('/api/graph/overview?limit=2')) as { nodes?: { id: string; properties?: Record<string, unknown> }[] } | undefined;
  const sources = (await get('/api/sources')) as { sources?: { id: string }[] } | undefined;
  const [a, b] = overview?.nodes ?? [];
  const name = a?.properties?.name;
  return {
    ...(a ? { node: { id: a.id, name: typeof name === 'string' ? name : a.id } } : {}),
    ...(b ? { other: { id: b.id } } : {}),
    ...(sources?.sources?.[0] ? { sourceId: sources.sources[0].id } : {}),
  };
}
