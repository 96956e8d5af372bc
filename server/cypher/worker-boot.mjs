// Starts the Cypher worker thread: the app runs TypeScript through tsx, and a worker thread does not inherit
// the main thread's module hooks, so it registers them itself before loading worker.ts.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
