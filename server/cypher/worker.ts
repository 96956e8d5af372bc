/**
 * The Cypher worker: a thread of its own with its own small connection pool, where ad-hoc and saved-query
 * Cypher is checked, run, decoded and serialised (execute.ts). A result of millions of values costs this
 * thread time and memory (bounded by its heap limit), never the app's event loop or its connections.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toApiError } from '../http/errors.ts';
import { Gateway } from '../neo4j/gateway.ts';
import { createDriver } from '../neo4j/provision.ts';
import { CypherExecutor } from './execute.ts';
import type { ToWorker, WorkerSetup } from './worker-protocol.ts';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const { connection, database, poolSize, settings } = setup;
const driver = createDriver(connection.uri, connection.user, connection.password, { poolSize });
const executor = new CypherExecutor(new Gateway({ driver, database }, { timeoutMs: settings.timeoutMs }), settings);
const cancels = new Map<number, () => void>();

function fail(id: number, err: unknown): void {
  const e = toApiError(err);
  port.postMessage({ type: 'error', id, error: { status: e.status, code: e.code, message: e.message, details: e.details, headers: e.headers } });
}

port.on('message', (msg: ToWorker) => {
  switch (msg.type) {
    case 'run':
      executor
        .run(msg.job, (cancel) => cancels.set(msg.id, cancel))
        .then((json) => port.postMessage({ type: 'done', id: msg.id, json }), (err: unknown) => fail(msg.id, err))
        .finally(() => cancels.delete(msg.id));
      break;
    case 'check':
      executor
        .check(msg.query)
        .then(() => port.postMessage({ type: 'done', id: msg.id, json: 'null' }), (err: unknown) => fail(msg.id, err));
      break;
    case 'cancel':
      cancels.get(msg.id)?.();
      cancels.delete(msg.id);
      port.postMessage({ type: 'cancelled', id: msg.id });
      break;
    case 'close':
      void driver.close().finally(() => port.close());
      break;
  }
});
