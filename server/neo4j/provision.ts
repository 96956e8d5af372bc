/**
 * The one way the app, the seed CLI, the benchmarks and the tests get a Neo4j, in this order:
 *   1. NEO4J_URI (+ NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE) when set;
 *   2. Testcontainers' Neo4j module (neo4j:5.26-community) when a Docker engine answers;
 *   3. a local Neo4j 5.26 Community started from tools/neo4j-local (Java 17 + Maven).
 * When none is possible the error names what is missing and the three ways to provide Neo4j.
 */
import fs from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import type { AppConfig } from '../config.ts';
import type { GraphDb } from './db.ts';
import { HOW_TO_PROVIDE_NEO4J, Neo4jUnavailableError, runningLocalNeo4j, startLocalNeo4j } from './local.ts';

export { Neo4jUnavailableError, HOW_TO_PROVIDE_NEO4J };

export type Neo4jMode = 'external' | 'testcontainers' | 'local';

export interface Neo4jHandle extends GraphDb {
  uri: string;
  mode: Neo4jMode;
  /** Closes the driver and stops whatever this module started. */
  stop(): Promise<void>;
}

export interface ProvisionOptions {
  /** Data folder for the local DBMS (defaults to config.neo4j.localDataDir). */
  dataDir?: string;
  /** Preferred Bolt port of the local DBMS (defaults to config.neo4j.localPort; 0 = any). */
  preferredPort?: number;
  /** Wait until RETURN 1 succeeds (default true). An external database may be down: the app still starts. */
  waitUntilReady?: boolean;
  log?: (msg: string) => void;
}

/** How long the driver (and the gateway's reads, see gateway.ts) retries a transient failure. */
export const MAX_TRANSACTION_RETRY_MS = 1_000;

/** The driver settings shared by every mode; `poolSize` bounds the connections this driver opens. */
export function createDriver(uri: string, user: string, password: string, opts: { poolSize?: number } = {}): Driver {
  const auth = password ? neo4j.auth.basic(user, password) : neo4j.auth.basic(user, 'unused-auth-disabled');
  return neo4j.driver(uri, auth, {
    // Fail fast when the database is gone, so the API can answer 503 instead of hanging.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    // Retries ride out a blip; short, so a dead database becomes a 503 within about a second.
    maxTransactionRetryTime: MAX_TRANSACTION_RETRY_MS,
    maxConnectionPoolSize: opts.poolSize ?? 100,
    disableLosslessIntegers: false,
    userAgent: 'kg-explorer/0.1',
  });
}

/** A connection to a database at `uri`: the driver and what the Cypher worker needs to open its own. */
export function connect(uri: string, user = 'neo4j', password = '', opts: { poolSize?: number; database?: string } = {}): GraphDb {
  return { driver: createDriver(uri, user, password, opts), database: opts.database, connection: { uri, user, password } };
}

/** Resolves once `RETURN 1` succeeds, retrying until the deadline. */
export async function waitForBolt(driver: Driver, database: string | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      await driver.executeQuery('RETURN 1 AS ok', {}, { database });
      return;
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Neo4jUnavailableError(
    `Neo4j did not answer RETURN 1 within ${timeoutMs} ms: ${last instanceof Error ? last.message : String(last)}`,
  );
}

/** True when a Docker engine looks reachable (a socket or DOCKER_HOST); the real check is Testcontainers'. */
function dockerMayBeReachable(): boolean {
  if (process.env.DOCKER_HOST) return true;
  return ['/var/run/docker.sock', `${process.env.HOME ?? ''}/.docker/run/docker.sock`].some((p) => {
    try {
      return fs.statSync(p).isSocket();
    } catch {
      return false;
    }
  });
}

async function tryTestcontainers(log: (m: string) => void): Promise<Neo4jHandle | undefined> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
  } catch {
    return undefined; // no engine answered: fall through to the local DBMS
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  log('Starting neo4j:5.26-community with Testcontainers...');
  const container = await new Neo4jContainer('neo4j:5.26-community').withPassword('kg-explorer-test').start();
  const uri = container.getBoltUri();
  const connection = { uri, user: container.getUsername(), password: container.getPassword() };
  const driver = createDriver(uri, connection.user, connection.password);
  return {
    driver,
    connection,
    uri,
    database: undefined,
    mode: 'testcontainers',
    stop: async () => {
      await driver.close();
      await container.stop();
    },
  };
}

export async function provisionNeo4j(config: AppConfig, opts: ProvisionOptions = {}): Promise<Neo4jHandle> {
  const log = opts.log ?? (() => {});
  const c = config.neo4j;
  const waitUntilReady = opts.waitUntilReady ?? true;

  if (c.uri) {
    const driver = createDriver(c.uri, c.user, c.password, { poolSize: c.poolSize });
    if (waitUntilReady) await waitForBolt(driver, c.database, c.startTimeoutMs);
    const connection = { uri: c.uri, user: c.user, password: c.password };
    return { driver, connection, uri: c.uri, database: c.database, mode: 'external', stop: () => driver.close() };
  }

  if (c.provider !== 'local' && dockerMayBeReachable()) {
    const handle = await tryTestcontainers(log);
    if (handle) {
      await waitForBolt(handle.driver, undefined, c.startTimeoutMs);
      return handle;
    }
  }
  if (c.provider === 'testcontainers') {
    throw new Neo4jUnavailableError(`NEO4J_PROVIDER=testcontainers but no Docker engine answered.\n${HOW_TO_PROVIDE_NEO4J}`);
  }

  const dataDir = opts.dataDir ?? c.localDataDir;
  const running = runningLocalNeo4j(dataDir);
  if (running) {
    // Another process of the project (say, npm start) already serves this store: share it, do not stop it.
    const driver = createDriver(running.uri, c.user, '', { poolSize: c.poolSize });
    try {
      await waitForBolt(driver, undefined, 10_000);
      log(`Using the local Neo4j already running on ${running.uri}`);
      const connection = { uri: running.uri, user: c.user, password: '' };
      return { driver, connection, uri: running.uri, database: undefined, mode: 'local', stop: () => driver.close() };
    } catch {
      await driver.close(); // stale marker: start our own below
    }
  }
  const local = await startLocalNeo4j({
    dataDir,
    preferredPort: opts.preferredPort ?? c.localPort,
    heap: c.localHeap,
    timeoutMs: c.startTimeoutMs,
    guards: { txTimeoutMs: c.localTxTimeoutMs, txMemory: c.localTxMemory, txMemoryTotal: c.localTxMemoryTotal },
    log,
  });
  const driver = createDriver(local.uri, c.user, '', { poolSize: c.poolSize });
  try {
    await waitForBolt(driver, undefined, c.startTimeoutMs);
  } catch (err) {
    await driver.close();
    await local.stop();
    throw err;
  }
  return {
    driver,
    connection: { uri: local.uri, user: c.user, password: '' },
    uri: local.uri,
    database: undefined,
    mode: 'local',
    stop: async () => {
      await driver.close();
      await local.stop();
    },
  };
}
