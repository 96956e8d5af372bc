/**
 * Starts or reaches one real Neo4j for the test run through the project's provisioning module, applies the
 * schema and the seed, and hands the connection to the test files. A local DBMS gets a throwaway data folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/config.ts';
import { provisionNeo4j, type Neo4jHandle } from '../../server/neo4j/provision.ts';
import { Gateway } from '../../server/neo4j/gateway.ts';
import { seedDatabase, type GraphCounts } from '../../server/seed/seed.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string | undefined; mode: string };
  }
}

let handle: Neo4jHandle | undefined;
let tmpDir: string | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-explorer-test-neo4j-'));
  handle = await provisionNeo4j(config, {
    dataDir: tmpDir,
    preferredPort: 0,
    log: (m) => console.log(`[neo4j] ${m}`),
  });
  let counts: GraphCounts;
  try {
    counts = await seedDatabase(new Gateway(handle));
  } catch (err) {
    await handle.stop();
    throw err;
  }
  console.log(`[neo4j] ${handle.mode} at ${handle.uri}: seeded ${counts.nodes} nodes, ${counts.relationships} relationships`);
  const external = handle.mode === 'external';
  project.provide('neo4j', {
    uri: handle.uri,
    user: external ? config.neo4j.user : 'neo4j',
    password: external ? config.neo4j.password : '',
    database: handle.database,
    mode: handle.mode,
  });
  return async () => {
    await handle?.stop();
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
  };
}
