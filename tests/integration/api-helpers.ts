/** Shared by the api-*.test.ts files: the real app on the run's real Neo4j, and a fingerprint of the whole graph. */
import type { Express } from 'express';
import { createApp } from '../../server/app.ts';
import type { GraphDb } from '../../server/neo4j/db.ts';
import { testConfig, testDb } from '../setup/db.ts';

export interface TestApp {
  app: Express;
  db: GraphDb;
  close(): Promise<void>;
}

export function makeApp(env: Record<string, string> = {}): TestApp {
  const db = testDb();
  const app = createApp({ config: testConfig(env), db, neo4jMode: db.mode });
  return { app, db, close: () => db.driver.close() };
}

/** The whole-graph fingerprint (counts and a checksum of every property), shared with the other test files. */
export { fingerprint } from '../setup/checksum.ts';

export const EMIR = 'person-meshal-al-ahmad-al-jaber-al-sabah';
export const ERDOGAN = 'person-recep-tayyip-erdogan';
export const AMBASSADOR = 'person-tuba-nur-sonmez';
export const FIEP = 'org-fiep';
export const KUWAIT = 'country-kuwait';
export const TURKEY = 'country-turkey';
export const NATIONAL_GUARD = 'org-kuwait-national-guard';
export const GENDARMERIE = 'org-gendarmerie-general-command';
