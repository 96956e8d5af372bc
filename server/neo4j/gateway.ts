/**
 * The one way the server reaches Neo4j. Every capability, the seed, health and the Cypher worker go through
 * a Gateway; timeouts, the database name, the retry policy and row limits are set here and nowhere else.
 *
 *  - read:   one auto-commit READ query, every record pulled at once; transient failures retried.
 *  - write:  a managed WRITE transaction (executeQuery), retried by the driver.
 *  - script: one auto-commit statement in WRITE mode, not retried: schema statements and
 *            CALL … IN TRANSACTIONS, which cannot run inside a managed transaction.
 *  - stream: one auto-commit READ query whose records arrive in batches, for results of unknown size.
 *
 * Why reads are not `executeQuery`: a managed transaction costs BEGIN and COMMIT round trips that a read
 * does not need. What it gave is kept: the driver's shared bookmark manager (a read sees what an earlier
 * write wrote, also on a cluster through a neo4j:// URI) and a retry of transient errors.
 */
import neo4j, { EagerResult, type Driver, type Record as Neo4jRecord, type Result, type Session } from 'neo4j-driver';
import type { GraphDb } from './db.ts';
import { isRetryable } from './errors.ts';

export interface GatewaySettings {
  /** Transaction timeout of every query, unless a call says otherwise. */
  timeoutMs: number;
  /** How long transient failures of reads are retried (the driver's setting for managed transactions). */
  retryMs: number;
  /** Records a stream pulls from the server per batch. */
  fetchSize: number;
  /** Told of every write and script once it has run (the reply cache's graph version). */
  onWrite?: () => void;
}

export const DEFAULT_GATEWAY_SETTINGS: GatewaySettings = { timeoutMs: 10_000, retryMs: 1_000, fetchSize: 1_000 };

export interface CallOptions {
  /** Overrides the gateway's timeout for this call. */
  timeoutMs?: number;
}

export interface WriteOptions extends CallOptions {
  /**
   * The write touches only the app's own data (stored links), never the domain graph: onWrite is not told,
   * so the graph's reply cache stays valid.
   */
  graphUnchanged?: boolean;
}

/** Bolt's "all records" fetch size. */
const FETCH_ALL = -1;
/** First retry delay of a transient failure (the driver's own initial delay). */
const RETRY_DELAY_MS = 1_000;

/** Records of a streamed query, with its column names; `close` ends it early and frees the connection. */
export interface RecordStream extends AsyncIterable<Neo4jRecord> {
  keys(): Promise<string[]>;
  close(): Promise<void>;
}

export class Gateway {
  readonly driver: Driver;
  readonly database: string | undefined;
  readonly settings: GatewaySettings;

  constructor(db: Pick<GraphDb, 'driver' | 'database'>, settings: Partial<GatewaySettings> = {}) {
    this.driver = db.driver;
    this.database = db.database;
    this.settings = { ...DEFAULT_GATEWAY_SETTINGS, ...settings };
  }

  async read(query: string, params: Record<string, unknown> = {}, opts: CallOptions = {}): Promise<EagerResult> {
    const started = Date.now();
    for (let delay = RETRY_DELAY_MS; ; delay *= 2) {
      try {
        return await this.readOnce(query, params, opts);
      } catch (err) {
        if (!isRetryable(err) || Date.now() - started > this.settings.retryMs) throw err;
        await new Promise((r) => setTimeout(r, delay * (0.8 + Math.random() * 0.4)));
      }
    }
  }

  /** One auto-commit READ query, not retried (also the benchmark's bare-driver side). */
  readOnce(query: string, params: Record<string, unknown> = {}, opts: CallOptions = {}): Promise<EagerResult> {
    return this.autoCommit('READ', query, params, opts);
  }

  write(query: string, params: Record<string, unknown> = {}, opts: WriteOptions = {}): Promise<EagerResult> {
    const work = this.driver.executeQuery(query, params, {
      database: this.database,
      routing: neo4j.routing.WRITE,
      transactionConfig: this.timeout(opts),
    });
    return opts.graphUnchanged ? work : this.written(work);
  }

  script(query: string, params: Record<string, unknown> = {}, opts: CallOptions = {}): Promise<EagerResult> {
    return this.written(this.autoCommit('WRITE', query, params, opts));
  }

  /** A write may have changed the graph even when it failed half-way: either way, say so. */
  private written<T>(work: Promise<T>): Promise<T> {
    return work.finally(() => this.settings.onWrite?.());
  }

  /** One auto-commit query in a session of its own, all records fetched at once. */
  private async autoCommit(mode: 'READ' | 'WRITE', query: string, params: Record<string, unknown>, opts: CallOptions): Promise<EagerResult> {
    const session = this.session(mode, FETCH_ALL);
    try {
      const result = runQuiet(session, query, params, this.timeout(opts));
      const { records, summary } = await result;
      return new EagerResult((await result.keys()).map(String), records as Neo4jRecord[], summary);
    } finally {
      await session.close();
    }
  }

  /** A READ query whose records are pulled `fetchSize` at a time as the caller iterates. */
  stream(query: string, params: Record<string, unknown> = {}, opts: CallOptions & { fetchSize?: number } = {}): RecordStream {
    const session = this.session('READ', opts.fetchSize ?? this.settings.fetchSize);
    const result = runQuiet(session, query, params, this.timeout(opts));
    let closed: Promise<void> | undefined;
    const close = () => (closed ??= session.close().catch(() => undefined));
    return {
      keys: async () => (await result.keys()).map(String),
      close,
      async *[Symbol.asyncIterator]() {
        try {
          for await (const record of result) yield record;
        } finally {
          await close();
        }
      },
    };
  }

  private session(mode: 'READ' | 'WRITE', fetchSize: number): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      fetchSize,
    });
  }

  private timeout(opts: CallOptions): { timeout: number } {
    return { timeout: opts.timeoutMs ?? this.settings.timeoutMs };
  }
}

/**
 * `session.run` without the call site the driver records for every result (a stack trace it would paste into
 * a failure's stack): with source maps on, as under tsx, formatting that trace costs about 40 µs a query.
 * A failure keeps its code and message; only that pasted stack is empty.
 */
function runQuiet(session: Session, query: string, params: Record<string, unknown>, txConfig: { timeout: number }): Result {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(query, params, txConfig);
  } finally {
    Error.stackTraceLimit = limit;
  }
}
