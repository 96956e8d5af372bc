/**
 * The local Neo4j 5.26 LTS Community DBMS: an embedded DBMS with the Bolt connector, run as a child JVM from
 * tools/neo4j-local (built by Maven on first use, then cached). Bound to 127.0.0.1 only.
 *
 * The child stops when we close its stdin, on SIGINT/SIGTERM, and when this process dies (its stdin pipe
 * closes), so no JVM outlives the app or the tests.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { projectRoot } from '../config.ts';

export const launcherDir = path.join(projectRoot, 'tools', 'neo4j-local');
const launcherJar = path.join(launcherDir, 'target', 'neo4j-local.jar');
const launcherLib = path.join(launcherDir, 'target', 'lib');

/** Raised when no Neo4j can be had; the message says what is missing and how to provide one. */
export class Neo4jUnavailableError extends Error {
  override name = 'Neo4jUnavailableError';
}

export const HOW_TO_PROVIDE_NEO4J = [
  'Provide Neo4j in one of three ways:',
  '  1. set NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) to a running Neo4j 5 (bolt://, neo4j://, neo4j+s://);',
  '  2. run a Docker engine, and Testcontainers starts neo4j:5.26-community;',
  '  3. install Java 17 and Maven, and the project starts a local Neo4j 5.26 Community by itself.',
].join('\n');

function commandWorks(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore', timeout: 30_000 });
  return !r.error && r.status === 0;
}

function jarsAreBuilt(): boolean {
  if (!fs.existsSync(launcherJar) || !fs.existsSync(launcherLib)) return false;
  const built = fs.statSync(launcherJar).mtimeMs;
  const sources = [path.join(launcherDir, 'pom.xml'), ...listFiles(path.join(launcherDir, 'src'))];
  return sources.every((f) => fs.statSync(f).mtimeMs <= built) && fs.readdirSync(launcherLib).length > 0;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(path.join(dir, d.name)) : [path.join(dir, d.name)],
  );
}

/** Checks Java (always) and builds the launcher with Maven when it is not cached yet. */
export function ensureLocalNeo4jBuilt(log: (msg: string) => void = () => {}): void {
  if (!commandWorks('java', ['-version'])) {
    throw new Neo4jUnavailableError(
      `No Neo4j: NEO4J_URI is not set, no Docker engine answered, and Java was not found on PATH (java -version failed).\n${HOW_TO_PROVIDE_NEO4J}`,
    );
  }
  if (jarsAreBuilt()) return;
  if (!commandWorks('mvn', ['-v'])) {
    throw new Neo4jUnavailableError(
      `No Neo4j: the local Neo4j launcher is not built yet and Maven (mvn) was not found on PATH.\n${HOW_TO_PROVIDE_NEO4J}`,
    );
  }
  log('Building the local Neo4j launcher with Maven (first use; downloads Neo4j 5.26 from Maven Central)...');
  const r = spawnSync('mvn', ['-B', '-q', 'package', '-DskipTests'], {
    cwd: launcherDir,
    encoding: 'utf8',
    timeout: 15 * 60_000,
  });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').slice(-20).join('\n');
    throw new Neo4jUnavailableError(`Building the local Neo4j launcher failed (mvn package):\n${tail}\n${HOW_TO_PROVIDE_NEO4J}`);
  }
}

/** Resolves to `preferred` when it is free on 127.0.0.1, else to a free port the OS picks. */
export async function freePort(preferred = 0): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(undefined));
      srv.listen(port, '127.0.0.1', () => {
        const addr = srv.address();
        const got = typeof addr === 'object' && addr ? addr.port : undefined;
        srv.close(() => resolve(got));
      });
    });
  if (preferred > 0) {
    const p = await tryListen(preferred);
    if (p) return p;
  }
  const p = await tryListen(0);
  if (!p) throw new Error('No free TCP port on 127.0.0.1');
  return p;
}

/** What a running local DBMS records in its data folder. */
export interface RunningLocalNeo4j {
  pid: number;
  port: number;
  uri: string;
}

const markerFile = (dataDir: string) => path.join(dataDir, 'kg-explorer-local.json');

/** The local DBMS already serving this data folder (started by another process of the project), if any. */
export function runningLocalNeo4j(dataDir: string): RunningLocalNeo4j | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(markerFile(dataDir), 'utf8')) as RunningLocalNeo4j;
    process.kill(info.pid, 0); // throws when no such process
    return info;
  } catch {
    return undefined;
  }
}

export interface LocalNeo4jProcess {
  uri: string;
  port: number;
  pid: number;
  /** Stops the JVM and waits for it to exit. */
  stop(): Promise<void>;
  /** Resolves when the JVM exits, for whatever reason. */
  exited: Promise<number | null>;
}

export interface LocalNeo4jOptions {
  dataDir: string;
  preferredPort?: number;
  heap?: string;
  timeoutMs?: number;
  /** The DBMS's own guards against a runaway query (Neo4j's db.transaction.timeout, db.memory.transaction.max, dbms.memory.transaction.total.max). */
  guards?: { txTimeoutMs: number; txMemory: string; txMemoryTotal: string };
  log?: (msg: string) => void;
}

/** Neo4j's byte-size form (256m, 1g) → bytes. */
const bytes = (size: string): number => Number.parseInt(size, 10) * (/g$/i.test(size) ? 1024 ** 3 : 1024 ** 2);

/** Starts the embedded DBMS and resolves once its Bolt connector is listening. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4jProcess> {
  const log = opts.log ?? (() => {});
  ensureLocalNeo4jBuilt(log);
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const port = await freePort(opts.preferredPort ?? 0);
  const heap = opts.heap ?? '1g';
  const classpath = [launcherJar, path.join(launcherLib, '*')].join(path.delimiter);
  const child: ChildProcessWithoutNullStreams = spawn(
    'java',
    [
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-Dfile.encoding=UTF-8',
      '-cp',
      classpath,
      'org.kgexplorer.neo4jlocal.LocalNeo4j',
      '--port',
      String(port),
      '--data',
      opts.dataDir,
      ...(opts.guards
        ? ['--tx-timeout-ms', String(opts.guards.txTimeoutMs), '--tx-memory', String(bytes(opts.guards.txMemory)), '--tx-memory-total', String(bytes(opts.guards.txMemoryTotal))]
        : []),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  const remember = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-8_000);
  };
  child.stderr.on('data', remember);

  const uri = `bolt://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Neo4jUnavailableError(`The local Neo4j did not start within ${opts.timeoutMs ?? 90_000} ms.\n${output}`));
    }, opts.timeoutMs ?? 90_000);
    child.stdout.on('data', (chunk: Buffer) => {
      remember(chunk);
      if (output.includes('NEO4J_LOCAL_READY')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Neo4jUnavailableError(`Could not run java: ${err.message}\n${HOW_TO_PROVIDE_NEO4J}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Neo4jUnavailableError(`The local Neo4j exited (code ${code}) before it was ready:\n${output.slice(-3_000)}`));
    });
  });
  log(`Local Neo4j 5.26 listening on ${uri} (data in ${opts.dataDir})`);
  // Lets another command (npm run seed, npm run query…) use this DBMS instead of failing on the store lock.
  const marker = markerFile(opts.dataDir);
  const info: RunningLocalNeo4j = { pid: child.pid ?? -1, port, uri };
  fs.writeFileSync(marker, JSON.stringify(info));
  void exited.then(() => fs.rmSync(marker, { force: true }));

  const exitsWithin = (ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      void exited.then(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null) return;
      child.ref(); // keep this process alive until the JVM has gone
      child.stdin.end(); // EOF = clean shutdown
      if (!(await exitsWithin(20_000))) {
        child.kill('SIGTERM');
        if (!(await exitsWithin(10_000))) child.kill('SIGKILL');
      }
    })();
    return stopping;
  };
  // Never keep the event loop alive just for the JVM's pipes.
  child.unref();
  for (const pipe of [child.stdin, child.stdout, child.stderr]) (pipe as unknown as { unref?: () => void }).unref?.();
  return { uri, port, pid: child.pid ?? -1, stop, exited };
}
