/** Is the graph database there, which one, and how big is the graph. Quick by design: health checks poll it. */
import { fromNeo4jError } from '../neo4j/errors.ts';
import type { Gateway } from '../neo4j/gateway.ts';
import type { Health } from './schemas.ts';

/** A health check must answer fast even when the database does not: it gives up after this. */
const HEALTH_TIMEOUT_MS = 2_000;

const COMPONENTS = 'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition';
const COUNTS = 'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships';

export async function readHealth(gateway: Gateway, mode: string): Promise<Health> {
  try {
    const opts = { timeoutMs: HEALTH_TIMEOUT_MS };
    const [comp, counts] = await Promise.all([gateway.readOnce(COMPONENTS, {}, opts), gateway.readOnce(COUNTS, {}, opts)]);
    const c = counts.records[0];
    return {
      status: 'ok',
      neo4j: { connected: true, version: String(comp.records[0]?.get('version')), edition: String(comp.records[0]?.get('edition')), mode },
      counts: { nodes: Number(c?.get('nodes') ?? 0), relationships: Number(c?.get('relationships') ?? 0) },
    };
  } catch (err) {
    // Said in words: the driver's own message names pool internals and addresses, which are nobody's business.
    const mapped = fromNeo4jError(err);
    const error = mapped?.status === 503 || !mapped ? 'The graph database is not reachable.' : mapped.message;
    return { status: 'degraded', neo4j: { connected: false, mode, error } };
  }
}
