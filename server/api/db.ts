/**
 * Read queries of the API: one auto-commit READ transaction with the configured timeout, one round trip.
 *
 * Not `driver.executeQuery`: that opens a managed transaction, which costs three Bolt writes (BEGIN, RUN+PULL,
 * COMMIT) and two round trips where an auto-commit query costs one of each. A read has nothing to commit,
 * and on a busy host every write to the socket and every round trip shows in the latency. What the managed
 * transaction gave is kept: the driver's shared bookmark manager (a read sees what an earlier write through
 * executeQuery wrote) and a retry of transient errors within the driver's retry time.
 */
import neo4j, { EagerResult, Neo4jError, type Record as Neo4jRecord, type Driver, type Result, type Session } from 'neo4j-driver';
import type { AppContext } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { MAX_TRANSACTION_RETRY_MS } from '../neo4j/provision.ts';

export async function readQuery(ctx: AppContext, query: string, params: Record<string, unknown> = {}): Promise<EagerResult> {
  const started = Date.now();
  for (let delay = RETRY_DELAY_MS; ; delay *= 2) {
    try {
      return await readOnce(ctx.db.driver, ctx.db.database, query, params, ctx.config.cypher.timeoutMs);
    } catch (err) {
      // As executeQuery's retry: a transient failure (a leader switch, a dropped connection) is tried again
      // after about a second, then two, while the retry time lasts; anything else is the answer at once.
      const limit = limitError(err);
      if (limit !== err || !neo4j.isRetryableError(err) || Date.now() - started > MAX_TRANSACTION_RETRY_MS) throw limit;
      await new Promise((r) => setTimeout(r, delay * (0.8 + Math.random() * 0.4)));
    }
  }
}

/** First retry delay of a transient failure (the driver's own initial retry delay). */
const RETRY_DELAY_MS = 1_000;

/** One auto-commit READ query, every record pulled at once (also the benchmark's bare-driver side). */
export async function readOnce(driver: Driver, database: string | undefined, query: string, params: Record<string, unknown>, timeoutMs: number): Promise<EagerResult> {
  const session = driver.session({
    database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: driver.executeQueryBookmarkManager,
    // Every record in the first PULL: the API's read queries answer in one row or a few dozen.
    fetchSize: FETCH_ALL,
  });
  try {
    const result = runQuery(session, query, params, { timeout: timeoutMs });
    const { records, summary } = await result;
    return new EagerResult((await result.keys()).map(String), records as Neo4jRecord[], summary);
  } finally {
    await session.close();
  }
}

/** Bolt's "all records" fetch size. */
export const FETCH_ALL = -1;

/**
 * `session.run` without the call site the driver records for every result (a stack trace it would paste into
 * a failure's stack): with source maps on, as under tsx, formatting that trace costs about 40 µs a query, a
 * few percent of a whole API request. A failure keeps its code and message; only that pasted stack is empty.
 */
export function runQuery(session: Session, query: string, params: Record<string, unknown>, txConfig: { timeout: number }): Result {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(query, params, txConfig);
  } finally {
    Error.stackTraceLimit = limit;
  }
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
