/** Messages between the app (service.ts) and the Cypher worker (worker.ts). */
import type { GraphDb } from '../neo4j/db.ts';
import type { ExecuteSettings, RunJob } from './execute.ts';

export interface WorkerSetup {
  connection: GraphDb['connection'];
  database: string | undefined;
  /** Connections of the worker's own pool. */
  poolSize: number;
  settings: ExecuteSettings;
  /** The module to load (worker.ts), for the boot file. */
  entry: string;
}

export type ToWorker =
  | { type: 'run'; id: number; job: RunJob }
  | { type: 'check'; id: number; query: string }
  | { type: 'cancel'; id: number }
  | { type: 'close' };

export interface WorkerError {
  status: number;
  code: string;
  message: string;
  details?: unknown;
  headers?: Record<string, string>;
}

export type FromWorker =
  | { type: 'done'; id: number; json: string }
  | { type: 'error'; id: number; error: WorkerError }
  | { type: 'cancelled'; id: number };
