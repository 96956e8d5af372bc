/** A throwaway local (or external, via NEO4J_URI) Neo4j for a benchmark, so the seeded graph is never touched. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { provisionNeo4j, type Neo4jHandle } from '../server/neo4j/provision.ts';
import { Gateway } from '../server/neo4j/gateway.ts';
import { applySchema } from '../server/seed/seed.ts';

export interface BenchDb extends Neo4jHandle {
  dispose(): Promise<void>;
}

/**
 * With BENCH_NEO4J_URI set, that database is used (it must be one you can wipe); otherwise a fresh local DBMS in a
 * temp folder on a free port. Never NEO4J_URI: that is the app's own data.
 */
export async function benchNeo4j(name: string): Promise<BenchDb> {
  const env: NodeJS.ProcessEnv = { NEO4J_PROVIDER: 'local', NEO4J_LOCAL_HEAP: '2g' };
  if (process.env.BENCH_NEO4J_URI) Object.assign(env, { NEO4J_URI: process.env.BENCH_NEO4J_URI, NEO4J_USER: process.env.BENCH_NEO4J_USER, NEO4J_PASSWORD: process.env.BENCH_NEO4J_PASSWORD });
  const config = loadConfig(env);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kg-bench-${name}-`));
  const handle = await provisionNeo4j(config, { dataDir: dir, preferredPort: 0 });
  if (handle.mode === 'external') {
    const s = handle.driver.session({ database: handle.database });
    try {
      await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await s.close();
    }
  }
  await applySchema(new Gateway(handle));
  return {
    ...handle,
    dispose: async () => {
      await handle.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
