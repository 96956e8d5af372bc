/**
 * Is the graph database there, which one, and how big is the graph. Health checks poll this, often and from
 * many places, and must answer at once even while the database is busy with someone's heavy query: the
 * database is asked at most once per HEALTH_FRESH_MS, by one probe shared by every request, and a request
 * that finds the last reading old waits briefly for the new one, then answers with the last reading (its
 * `checkedAt` says when). A database that has not answered for HEALTH_STALE_MS is reported degraded.
 */
import { fromNeo4jError } from '../neo4j/errors.ts';
import type { Gateway } from '../neo4j/gateway.ts';
import type { Health } from './schemas.ts';

/** How long one probe may take before the database counts as not answering (a busy one still answers in time). */
const HEALTH_TIMEOUT_MS = 5_000;
/** A reading younger than this is served as it is. */
const HEALTH_FRESH_MS = 1_000;
/** How long a request waits for a probe under way before answering with the last reading. */
const HEALTH_WAIT_MS = 100;
/** A last reading older than this is not trusted: the database is reported as not answering. */
const HEALTH_STALE_MS = HEALTH_FRESH_MS + HEALTH_TIMEOUT_MS + 1_000;

const COMPONENTS = 'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition';
const COUNTS = 'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships';

export async function probeHealth(gateway: Gateway, mode: string): Promise<Health> {
  const checkedAt = new Date().toISOString();
  try {
    const opts = { timeoutMs: HEALTH_TIMEOUT_MS };
    const [comp, counts] = await Promise.all([gateway.readOnce(COMPONENTS, {}, opts), gateway.readOnce(COUNTS, {}, opts)]);
    const c = counts.records[0];
    return {
      status: 'ok',
      checkedAt,
      neo4j: { connected: true, version: String(comp.records[0]?.get('version')), edition: String(comp.records[0]?.get('edition')), mode },
      counts: { nodes: Number(c?.get('nodes') ?? 0), relationships: Number(c?.get('relationships') ?? 0) },
    };
  } catch (err) {
    // Said in words: the driver's own message names pool internals and addresses, which are nobody's business.
    const mapped = fromNeo4jError(err);
    const error = mapped?.status === 503 || mapped?.status === 504 || !mapped ? 'The graph database is not reachable.' : mapped.message;
    return { status: 'degraded', checkedAt, neo4j: { connected: false, mode, error } };
  }
}

export class HealthMonitor {
  private last: { health: Health; at: number } | undefined;
  private probe: Promise<Health> | undefined;
  /** Set while the app, just started, asks itself its read queries once (http/warm-up.ts). */
  warmingUp = false;

  constructor(
    private readonly gateway: Gateway,
    private readonly mode: string,
  ) {}

  async read(): Promise<Health> {
    const now = Date.now();
    const last = this.last;
    if (last && now - last.at < HEALTH_FRESH_MS) return last.health;
    const probe = (this.probe ??= probeHealth(this.gateway, this.mode)
      .then((health) => {
        this.last = { health, at: Date.now() };
        return health;
      })
      .finally(() => (this.probe = undefined)));
    if (!last) return probe;
    const fresh = await Promise.race([probe, new Promise<undefined>((resolve) => setTimeout(resolve, HEALTH_WAIT_MS))]);
    if (fresh) return fresh;
    if (now - last.at < HEALTH_STALE_MS) return last.health;
    const seconds = Math.round((now - last.at) / 1000);
    return { status: 'degraded', checkedAt: new Date(now).toISOString(), neo4j: { connected: false, mode: this.mode, error: `The graph database has not answered for ${seconds} s.` } };
  }
}
