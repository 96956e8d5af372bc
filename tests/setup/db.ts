/** Test-side access to the run's real Neo4j (started in global-neo4j.ts). */
import { inject } from 'vitest';
import { loadConfig, type AppConfig } from '../../server/config.ts';
import { connect } from '../../server/neo4j/provision.ts';
import type { GraphDb } from '../../server/neo4j/db.ts';

export function testDb(): GraphDb & { mode: string; uri: string } {
  const n = inject('neo4j');
  return { ...connect(n.uri, n.user, n.password, { database: n.database }), mode: n.mode, uri: n.uri };
}

/** App configuration for tests: quiet logs, defaults otherwise, overrides on top. */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({ LOG_LEVEL: 'silent', ...env });
}
