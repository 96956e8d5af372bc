/** Shared by the api-*.test.ts files: the real app on the run's real Neo4j, and a fingerprint of the whole graph. */
import crypto from 'node:crypto';
import type { Express } from 'express';
import { createApp } from '../../server/app.ts';
import type { GraphDb } from '../../server/neo4j/db.ts';
import { toJson } from '../../server/graph/shape.ts';
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

/** Counts of every node and relationship (domain or not) and a hash of all labels, types and properties. */
export async function fingerprint(db: GraphDb): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const r = await db.driver.executeQuery(
    `CALL () { MATCH (n) WITH n ORDER BY elementId(n) RETURN collect([labels(n), properties(n)]) AS nodes }
     CALL () { MATCH ()-[r]->() WITH r ORDER BY elementId(r) RETURN collect([type(r), properties(r)]) AS rels }
     RETURN nodes, rels`,
    {},
    { database: db.database, routing: 'READ' },
  );
  const nodes = r.records[0]!.get('nodes') as unknown[];
  const rels = r.records[0]!.get('rels') as unknown[];
  const canonical = (v: unknown): string => {
    const j = toJson(v);
    return JSON.stringify(j, (_k, val: unknown) =>
      val && typeof val === 'object' && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => a.localeCompare(b))) : val,
    );
  };
  const checksum = crypto.createHash('sha256').update(canonical([nodes, rels])).digest('hex');
  return { nodes: nodes.length, relationships: rels.length, checksum };
}

export const EMIR = 'person-meshal-al-ahmad-al-jaber-al-sabah';
export const ERDOGAN = 'person-recep-tayyip-erdogan';
export const AMBASSADOR = 'person-tuba-nur-sonmez';
export const FIEP = 'org-fiep';
export const KUWAIT = 'country-kuwait';
export const TURKEY = 'country-turkey';
export const NATIONAL_GUARD = 'org-kuwait-national-guard';
export const GENDARMERIE = 'org-gendarmerie-general-command';
