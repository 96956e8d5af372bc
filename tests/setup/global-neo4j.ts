/**
 * Starts or reaches a real Neo4j for the tests through the project's provisioning module, applies the schema
 * and the seed, and hands the connection to the test files. A local DBMS gets a throwaway data folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/config.ts';
import { provisionNeo4j, type Neo4jHandle } from '../../server/neo4j/provision.ts';
import { Gateway } from '../../server/neo4j/gateway.ts';
import { countGraph, seedDatabase, type GraphCounts } from '../../server/seed/seed.ts';
import { copySeededStore, usesLocalStore } from './seeded-store.ts';

type Provided = { uri: string; user: string; password: string; database: string | undefined; mode: string };

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Provided;
  }
}

/**
 * One Neo4j per group of projects that never run at the same time: `integration` and `timing` (which runs
 * after it) share one, `e2e` (which runs beside `integration`) has its own. Global setups of all projects run
 * in this one process, so the instances are kept on globalThis, counted, and stopped by the last teardown.
 */
interface Instance {
  ready: Promise<Provided>;
  users: number;
  stop: () => Promise<void>;
}
const instances: Map<string, Instance> = ((globalThis as { __kgTestNeo4j?: Map<string, Instance> }).__kgTestNeo4j ??= new Map());

async function start(): Promise<{ provided: Provided; stop: () => Promise<void> }> {
  const config = loadConfig();
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-explorer-test-neo4j-'));
  const log = (m: string) => console.log(`[neo4j] ${m}`);
  // A local DBMS starts on a copy of the seeded store (tests/setup/seeded-store.ts) instead of seeding anew.
  const copied = usesLocalStore(config);
  if (copied) await copySeededStore(tmpDir, log);
  const handle: Neo4jHandle = await provisionNeo4j(config, {
    dataDir: tmpDir,
    preferredPort: 0,
    log,
  });
  const stop = async () => {
    await handle.stop();
    fs.rmSync(tmpDir, { recursive: true, force: true });
  };
  let counts: GraphCounts;
  try {
    counts = copied && handle.mode === 'local' ? await countGraph(new Gateway(handle)) : await seedDatabase(new Gateway(handle));
  } catch (err) {
    await stop();
    throw err;
  }
  console.log(`[neo4j] ${handle.mode} at ${handle.uri}: seeded ${counts.nodes} nodes, ${counts.relationships} relationships`);
  const external = handle.mode === 'external';
  // TEST_NEO4J_ROUTING=1 reaches a local DBMS through a routing URI, as the app would reach a cluster.
  const uri = process.env.TEST_NEO4J_ROUTING === '1' ? handle.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:') : handle.uri;
  return {
    provided: { uri, user: external ? config.neo4j.user : 'neo4j', password: external ? config.neo4j.password : '', database: handle.database, mode: handle.mode },
    stop,
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const key = project.name === 'e2e' ? 'e2e' : 'main';
  let instance = instances.get(key);
  if (!instance) {
    const started = start();
    instance = { ready: started.then((s) => s.provided), users: 0, stop: async () => (await started).stop() };
    instances.set(key, instance);
  }
  instance.users++;
  project.provide('neo4j', await instance.ready);
  const mine = instance;
  return async () => {
    if (--mine.users > 0) return;
    instances.delete(key);
    await mine.stop();
  };
}
