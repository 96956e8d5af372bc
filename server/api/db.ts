/** Read queries of the API: READ routing, the configured transaction timeout, one round trip. */
import { Neo4jError, type EagerResult } from 'neo4j-driver';
import type { AppContext } from '../context.ts';
import { ApiError } from '../http/errors.ts';

export function readQuery(ctx: AppContext, query: string, params: Record<string, unknown> = {}): Promise<EagerResult> {
  return ctx.db.driver
    .executeQuery(query, params, {
      database: ctx.db.database,
      routing: 'READ',
      transactionConfig: { timeout: ctx.config.cypher.timeoutMs },
    })
    .catch((err: unknown) => {
      throw limitError(err);
    });
}

/**
 * Neo4j's memory guard (a query that would need more than the transaction memory pool) is a transient error
 * to the driver, but retrying the same query cannot help: it is the query that is too big, a 400.
 */
export function limitError(err: unknown): unknown {
  if (err instanceof Neo4jError && /MemoryPoolOutOfMemoryError|TransactionMemoryLimit|OutOfMemory/i.test(err.code ?? '')) {
    return new ApiError(400, 'query_memory_limit', 'The query needs more memory than the database allows for one query; narrow it (a LIMIT, fewer or smaller collect()).', {
      neo4jCode: err.code,
    });
  }
  return err;
}
