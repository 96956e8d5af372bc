/**
 * Ad-hoc and saved-query Cypher, as the app sees it. Every query is bounded before it leaves this thread:
 *
 *  - size and nesting are checked here, with the read-only check, before Neo4j sees the text (bounds.ts);
 *  - each client has at most CYPHER_CONCURRENCY_PER_CLIENT queries in flight (429 beyond);
 *  - at most CYPHER_POOL_SIZE run at once and CYPHER_QUEUE wait (503 with Retry-After beyond), on the Cypher
 *    worker's own connection pool, so they never take a connection the explorer or health needs;
 *  - one deadline, CYPHER_TIMEOUT_MS + 2 s from arrival, covers the wait in the queue, the EXPLAIN and the run:
 *    past it the request gets 504 and the query is cancelled; a worker that does not answer the cancellation
 *    is replaced;
 *  - CYPHER_WORKERS worker threads cap rows and bytes and do all decoding and serialising off the app's event
 *    loop; a query goes to the least busy one.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AppConfig } from '../config.ts';
import { ApiError } from '../http/api-error.ts';
import { queryTimeout } from '../neo4j/errors.ts';
import type { GraphDb } from '../neo4j/db.ts';
import type { CypherBounds } from './bounds.ts';
import type { IntegerParams } from './execute.ts';
import { lexicalCheck } from './readonly.ts';
import type { FromWorker, ToWorker, WorkerError, WorkerSetup } from './worker-protocol.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** How long after the transaction timeout (counted from the request's arrival) a query that has not answered is given up. */
const DEADLINE_GRACE_MS = 2_000;
/** How long a worker has to acknowledge a cancellation before it is taken for stuck and replaced. */
const CANCEL_ACK_MS = 2_000;

export interface RunOptions {
  /** Who asks (the client's address): the per-client concurrency limit counts by it. */
  client: string;
  integers: IntegerParams;
  nodeIds?: Record<string, string>;
  rowCap?: number;
  /** Fields put in front of the reply. */
  extra?: Record<string, unknown>;
}

interface Pending {
  resolve: (json: string) => void;
  reject: (err: ApiError) => void;
  /** What was sent: a read-only job, safe to hand to a fresh worker when its worker was stuck on another. */
  message: ToWorker;
}

const busy = () => new ApiError(503, 'cypher_busy', 'Too many queries are running or waiting; try again in a few seconds.', undefined, { 'Retry-After': '2' });

export class CypherService {
  readonly bounds: CypherBounds;
  /** Worker threads (CYPHER_WORKERS), all started on first use: one busy decoding a huge result leaves the others free. */
  private readonly slots: WorkerSlot[];
  private nextId = 1;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly perClient = new Map<string, number>();

  constructor(
    private readonly db: GraphDb,
    private readonly config: AppConfig,
  ) {
    const c = config.cypher;
    this.bounds = { maxLength: c.maxLength, maxTokens: c.maxTokens, maxDepth: c.maxDepth, maxChain: c.maxChain };
    this.slots = Array.from({ length: c.workers }, () => ({ worker: undefined, cancelling: 0, pending: new Map<number, Pending>(), inWorker: new Set<number>() }));
  }

  /** The text to run, or a 400: the read-only check and the size bounds, in microseconds. */
  lexical(query: string): string {
    return lexicalCheck(query, this.bounds);
  }

  /** The full read-only check (lexical, then Neo4j's EXPLAIN), for a query about to be saved. */
  async check(query: string, client: string): Promise<void> {
    const text = this.lexical(query);
    await this.schedule(client, (id) => ({ type: 'check', id, query: text }));
  }

  /** Checks and runs a query; the reply is JSON text ({...extra, columns, rows, graph, truncated}). */
  run(query: string, params: Record<string, unknown>, opts: RunOptions): Promise<string> {
    const text = this.lexical(query);
    const job = { query: text, params, integers: opts.integers, nodeIds: opts.nodeIds, rowCap: opts.rowCap, extra: opts.extra };
    return this.schedule(opts.client, (id) => ({ type: 'run', id, job }));
  }

  /**
   * Boots the worker threads and has them run a trivial query (warm-up at start), so the first reader's query
   * does not wait for them: the first query after a start took 1.8 s, the next 0.02 s.
   */
  async warm(): Promise<void> {
    // With one place in the pool (CYPHER_POOL_SIZE=1) both runs land on one worker; the others still boot.
    const runs = Math.min(this.slots.length, this.config.cypher.concurrencyPerClient);
    await Promise.all(Array.from({ length: runs }, () => this.run('RETURN 1 AS ready', {}, { client: 'warm-up', integers: 'whole-numbers' })));
  }

  /** Worker threads started (they all start on the first query, or at warm-up). */
  get workersRunning(): number {
    return this.slots.filter((s) => s.worker).length;
  }

  /** Stops the workers and their connections (server shutdown, end of a test). */
  async close(): Promise<void> {
    await Promise.all(
      this.slots.map(async (slot) => {
        const w = slot.worker;
        slot.worker = undefined;
        if (!w) return;
        w.postMessage({ type: 'close' } satisfies ToWorker);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => void w.terminate().then(() => resolve()), 2_000);
          w.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }),
    );
  }

  private async schedule(client: string, message: (id: number) => ToWorker): Promise<string> {
    const mine = this.perClient.get(client) ?? 0;
    if (mine >= this.config.cypher.concurrencyPerClient) {
      throw new ApiError(429, 'too_many_concurrent', `At most ${this.config.cypher.concurrencyPerClient} queries at a time per client (CYPHER_CONCURRENCY_PER_CLIENT); wait for one to finish.`, undefined, {
        'Retry-After': '1',
      });
    }
    this.perClient.set(client, mine + 1);
    // One deadline from arrival covers the wait for a place and the run: every request answers by then.
    const deadline = Date.now() + this.config.cypher.timeoutMs + DEADLINE_GRACE_MS;
    try {
      await this.acquire(deadline - DEADLINE_GRACE_MS);
      try {
        return await this.send(message, deadline);
      } finally {
        this.release();
      }
    } finally {
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left > 0) this.perClient.set(client, left);
      else this.perClient.delete(client);
    }
  }

  /** A place among the queries running at once, waited for until `until` at most (then 503 busy). */
  private acquire(until: number): Promise<void> {
    if (this.running < this.config.cypher.poolSize) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.config.cypher.queue) return Promise.reject(busy());
    return new Promise<void>((resolve, reject) => {
      const go = () => {
        clearTimeout(timer);
        this.running++;
        resolve();
      };
      const timer = setTimeout(() => {
        const i = this.waiting.indexOf(go);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(busy());
      }, Math.max(0, until - Date.now()));
      this.waiting.push(go);
    });
  }

  private release(): void {
    this.running--;
    this.waiting.shift()?.();
  }

  /** Hands the job to the least-busy worker, under the deadline. */
  private send(message: (id: number) => ToWorker, until: number): Promise<string> {
    // All workers boot on first use, not one at a time when a query lands on an empty slot: a thread's boot
    // (its module graph and driver) would otherwise eat into that query's deadline, e.g. the first query sent
    // past a worker stuck on a huge result.
    for (const s of this.slots) this.ensureWorker(s);
    // Not to a worker that has not acknowledged a cancellation (it may be stuck decoding a huge result). Among
    // the others, to the one with the fewest queries still in hand, given up ones included: a query given up
    // holds one of its worker's connections until Neo4j has actually stopped it, which can take seconds.
    const healthy = this.slots.filter((s) => !s.cancelling);
    const slot = (healthy.length ? healthy : this.slots).reduce((a, b) => (b.inWorker.size < a.inWorker.size ? b : a));
    const worker = this.ensureWorker(slot);
    const id = this.nextId++;
    const msg = message(id);
    return new Promise<string>((resolve, reject) => {
      const deadline = setTimeout(() => {
        slot.pending.delete(id);
        reject(queryTimeout());
        // The worker that holds it now (a stuck one may have been replaced and the job handed on).
        this.cancel(slot, slot.worker ?? worker, id);
      }, Math.max(0, until - Date.now()));
      slot.pending.set(id, {
        resolve: (json) => {
          clearTimeout(deadline);
          resolve(json);
        },
        reject: (err) => {
          clearTimeout(deadline);
          reject(err);
        },
        message: msg,
      });
      slot.inWorker.add(id);
      worker.postMessage(msg);
    });
  }

  /** Asks the worker to stop a query; a worker too busy to answer (decoding a huge record, say) is replaced. */
  private cancel(slot: WorkerSlot, worker: Worker, id: number): void {
    slot.cancelling++;
    const stuck = setTimeout(() => this.replaceWorker(slot, worker, restarted(), { resend: true }), CANCEL_ACK_MS);
    const onMessage = (msg: FromWorker) => {
      if (msg.type === 'cancelled' && msg.id === id) {
        clearTimeout(stuck);
        worker.off('message', onMessage);
        if (slot.worker === worker) slot.cancelling = Math.max(0, slot.cancelling - 1);
      }
    };
    worker.on('message', onMessage);
    worker.once('exit', () => clearTimeout(stuck));
    worker.postMessage({ type: 'cancel', id } satisfies ToWorker);
  }

  private ensureWorker(slot: WorkerSlot): Worker {
    if (slot.worker) return slot.worker;
    const { config, db } = this;
    const setup: WorkerSetup = {
      connection: db.connection,
      database: db.database,
      poolSize: config.cypher.poolSize,
      settings: { timeoutMs: config.cypher.timeoutMs, rowCap: config.cypher.rowCap, maxReplyBytes: config.cypher.maxReplyBytes },
      entry: pathToFileURL(path.join(here, 'worker.ts')).href,
    };
    const worker = new Worker(path.join(here, 'worker-boot.mjs'), {
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: config.cypher.workerMemoryMb },
      stdout: false,
      stderr: false,
    });
    // Never keep the process alive for the worker alone.
    worker.unref();
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'cancelled') return;
      slot.inWorker.delete(msg.id);
      const p = slot.pending.get(msg.id);
      if (!p) return;
      slot.pending.delete(msg.id);
      if (msg.type === 'done') p.resolve(msg.json);
      else p.reject(fromWorkerError(msg.error));
    });
    worker.on('error', (err: Error & { code?: string }) => {
      // Out of memory: a result too big to hold. Alone, the query is the cause; with others, all are retried.
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const alone = slot.pending.size === 1;
      this.replaceWorker(
        slot,
        worker,
        oom && alone ? new ApiError(422, 'result_too_large', 'The result is too large to hold in memory (CYPHER_WORKER_MEMORY_MB); return fewer or smaller values.') : restarted(),
      );
    });
    worker.on('exit', () => this.replaceWorker(slot, worker, restarted()));
    slot.worker = worker;
    return worker;
  }

  /** Fails everything the worker had in hand and lets the next query start a new one in its place. */
  private replaceWorker(slot: WorkerSlot, worker: Worker, err: ApiError, opts: { resend?: boolean } = {}): void {
    if (slot.worker !== worker) return;
    slot.worker = undefined;
    slot.cancelling = 0;
    slot.inWorker.clear();
    void worker.terminate();
    if (opts.resend && slot.pending.size) {
      // The worker was stuck on a query already given up: the others it held are read-only, so they go to a
      // fresh worker, still under their own deadlines.
      const fresh = this.ensureWorker(slot);
      for (const [id, p] of slot.pending) {
        slot.inWorker.add(id);
        fresh.postMessage(p.message);
      }
      return;
    }
    for (const [id, p] of slot.pending) {
      slot.pending.delete(id);
      p.reject(err);
    }
  }
}

/** One worker thread and the queries it has in hand. */
interface WorkerSlot {
  worker: Worker | undefined;
  /** Cancellations sent and not yet acknowledged. */
  cancelling: number;
  /** Queries awaiting an answer, by id. */
  readonly pending: Map<number, Pending>;
  /** Ids of the queries the worker holds, until it answers them: also those given up, which may still run in Neo4j. */
  readonly inWorker: Set<number>;
}

const restarted = () => new ApiError(503, 'cypher_restarted', 'The query runner was restarted while this query ran; try again.', undefined, { 'Retry-After': '1' });

function fromWorkerError(e: WorkerError): ApiError {
  return new ApiError(e.status, e.code, e.message, e.details, e.headers);
}
