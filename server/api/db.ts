/** Read queries of the API: READ routing, the configured transaction timeout, one round trip. */
import type { EagerResult } from 'neo4j-driver';
import type { AppContext } from '../context.ts';

export function readQuery(ctx: AppContext, query: string, params: Record<string, unknown> = {}): Promise<EagerResult> {
  return ctx.db.driver.executeQuery(query, params, {
    database: ctx.db.database,
    routing: 'READ',
    transactionConfig: { timeout: ctx.config.cypher.timeoutMs },
  });
}
