/**
 * A seeded local Neo4j store, built once and copied: seeding a fresh DBMS runs some three thousand statements
 * on a cold JVM (minutes on a busy 2-core machine), while copying a cleanly stopped store takes a moment. The
 * tests that need their own seeded local DBMS (the run's instances, the ingest and fault files) start it on a
 * copy of this store.
 *
 * The store is kept in the system's temp folder under a key made of everything that decides its content: the
 * schema and seed scripts, the seeding code, and the Neo4j launcher. Any change to those gives a new key, so a
 * copy always holds exactly what seeding from scratch would write (tests/integration/seed.test.ts and the
 * ingest tests still seed from scratch themselves). Processes that need it at the same time take turns through
 * a lock folder: one builds, the others wait for it.
 *
 * `npx tsx tests/setup/seeded-store.ts` builds it ahead (npm test does so beside the unit tests).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, projectRoot, type AppConfig } from '../../server/config.ts';
import { Gateway } from '../../server/neo4j/gateway.ts';
import { launcherDir } from '../../server/neo4j/local.ts';
import { provisionNeo4j } from '../../server/neo4j/provision.ts';
import { schemaFile, appSchemaFile, seedDatabase, seedFiles, type GraphCounts } from '../../server/seed/seed.ts';

const PREFIX = 'kg-explorer-seeded-store-';
/** A build that has not finished in this time is taken for dead (its process was killed) and started again. */
const STALE_LOCK_MS = 15 * 60_000;

/** Whether the tests' Neo4j is a local DBMS this process starts (no NEO4J_URI, no Docker asked for). */
export function usesLocalStore(config: AppConfig = loadConfig({ LOG_LEVEL: 'silent' })): boolean {
  return !config.neo4j.uri && config.neo4j.provider !== 'testcontainers';
}

/** Hash of the inputs that decide the store's content. */
function storeKey(): string {
  const h = crypto.createHash('sha256');
  const file = (f: string) => {
    h.update(path.relative(projectRoot, f));
    h.update(fs.readFileSync(f));
  };
  for (const f of [schemaFile, appSchemaFile, ...seedFiles()]) file(f);
  const seedCode = path.join(projectRoot, 'server', 'seed');
  for (const f of fs.readdirSync(seedCode).sort()) if (f.endsWith('.ts')) file(path.join(seedCode, f));
  // The launcher: its jar and the Neo4j jars beside it, by name, size and time.
  const target = path.join(launcherDir, 'target');
  for (const f of ['neo4j-local.jar', ...fs.readdirSync(path.join(target, 'lib')).sort().map((n) => path.join('lib', n))]) {
    const st = fs.statSync(path.join(target, f));
    h.update(`${f} ${st.size} ${st.mtimeMs}`);
  }
  return h.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a DBMS on an empty folder, seeds it, stops it cleanly: the folder is then the store. */
async function build(dir: string, log: (m: string) => void): Promise<GraphCounts> {
  const handle = await provisionNeo4j(loadConfig({ LOG_LEVEL: 'silent', NEO4J_PROVIDER: 'local' }), { dataDir: dir, preferredPort: 0 });
  try {
    return await seedDatabase(new Gateway(handle));
  } finally {
    await handle.stop();
    log(`seeded store built in ${dir}`);
  }
}

/** The folder of the seeded store, built first when missing (or waited for while another process builds it). */
export async function seededStore(log: (m: string) => void = () => {}): Promise<string> {
  const key = storeKey();
  const store = path.join(os.tmpdir(), `${PREFIX}${key}`);
  const lock = `${store}.lock`;
  for (;;) {
    if (fs.existsSync(store)) return store;
    try {
      fs.mkdirSync(lock);
    } catch {
      // Another process is building it: wait, unless its lock is older than any build takes.
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) fs.rmSync(lock, { recursive: true, force: true });
      else await sleep(500);
      continue;
    }
    try {
      if (fs.existsSync(store)) return store;
      // Older stores (other keys) go: they will never be used again.
      for (const name of fs.readdirSync(os.tmpdir())) {
        if (name.startsWith(PREFIX) && !name.startsWith(`${PREFIX}${key}`)) fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
      }
      const work = `${store}.build-${process.pid}`;
      fs.rmSync(work, { recursive: true, force: true });
      log('building the seeded store (once per change of the schema, the seed or Neo4j)...');
      try {
        await build(work, log);
        fs.renameSync(work, store);
      } catch (err) {
        fs.rmSync(work, { recursive: true, force: true });
        throw err;
      }
      return store;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** Copies the seeded store into `dataDir` (created; must not hold a store yet). */
export async function copySeededStore(dataDir: string, log?: (m: string) => void): Promise<void> {
  const store = await seededStore(log);
  fs.mkdirSync(dataDir, { recursive: true });
  fs.cpSync(store, dataDir, { recursive: true });
  // The running DBMS's marker, should one have been left behind, names a process that is gone.
  fs.rmSync(path.join(dataDir, 'kg-explorer-local.json'), { force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (usesLocalStore()) console.log(`[neo4j] seeded store: ${await seededStore((m) => console.log(`[neo4j] ${m}`))}`);
}
