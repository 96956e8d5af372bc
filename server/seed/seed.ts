/**
 * Applies cypher/schema.cypher and cypher/seed/*.cypher (in file-name order) through neo4j-driver.
 * Every seed statement is a MERGE, so applying twice changes nothing. A failure names the file, the statement
 * number and Neo4j's message.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../config.ts';
import { splitCypher } from './split.ts';

export const schemaFile = path.join(projectRoot, 'cypher', 'schema.cypher');
/** Constraints of the app's own data (saved queries, snapshots), outside the domain graph. */
export const appSchemaFile = path.join(projectRoot, 'cypher', 'app-schema.cypher');
export const seedDir = path.join(projectRoot, 'cypher', 'seed');

export class SeedError extends Error {
  override name = 'SeedError';
  constructor(
    readonly file: string,
    readonly statement: number,
    readonly line: number,
    readonly neo4jMessage: string,
  ) {
    super(`${file}, statement ${statement} (line ${line}): ${neo4jMessage}`);
  }
}

export interface GraphCounts {
  labels: Record<string, number>;
  types: Record<string, number>;
  nodes: number;
  relationships: number;
}

export function seedFiles(): string[] {
  return fs
    .readdirSync(seedDir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => path.join(seedDir, f));
}

async function applyFile(driver: Driver, database: string | undefined, file: string): Promise<number> {
  const statements = splitCypher(fs.readFileSync(file, 'utf8'));
  const rel = path.relative(projectRoot, file);
  // Schema statements cannot share a transaction with writes: run each on its own.
  for (const st of statements) {
    try {
      await driver.executeQuery(st.text, {}, { database });
    } catch (err) {
      throw new SeedError(rel, st.index, st.line, err instanceof Error ? err.message : String(err));
    }
  }
  return statements.length;
}

export async function applySchema(driver: Driver, database?: string): Promise<void> {
  await applyFile(driver, database, schemaFile);
  await applyFile(driver, database, appSchemaFile);
  // Full-text and range indexes come online asynchronously; wait so the first search finds everything.
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}

export async function applySeed(driver: Driver, database?: string): Promise<number> {
  let n = 0;
  for (const file of seedFiles()) n += await applyFile(driver, database, file);
  return n;
}

/** Removes the domain graph only (label :Entity). Saved queries and snapshots live apart and survive. */
export async function resetDomainGraph(driver: Driver, database?: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run rather than executeQuery.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  } finally {
    await session.close();
  }
}

export async function domainIsEmpty(driver: Driver, database?: string): Promise<boolean> {
  const r = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n', {}, { database });
  return Number(r.records[0]?.get('n') ?? 0) === 0;
}

/** Counts of the domain graph by label and relationship type. */
export async function countGraph(driver: Driver, database?: string): Promise<GraphCounts> {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  const lr = await driver.executeQuery(
    `MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
     RETURN label, count(*) AS n ORDER BY label`,
    {},
    { database },
  );
  for (const r of lr.records) labels[r.get('label') as string] = Number(r.get('n'));
  const tr = await driver.executeQuery(
    `MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS n ORDER BY type`,
    {},
    { database },
  );
  for (const r of tr.records) types[r.get('type') as string] = Number(r.get('n'));
  const totals = await driver.executeQuery(
    `MATCH (n:Entity) WITH count(n) AS nodes
     MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS rels`,
    {},
    { database },
  );
  const t = totals.records[0];
  return { labels, types, nodes: Number(t?.get('nodes') ?? 0), relationships: Number(t?.get('rels') ?? 0) };
}

/** Schema + seed; `reset` wipes the domain graph first. */
export async function seedDatabase(
  driver: Driver,
  database: string | undefined,
  opts: { reset?: boolean } = {},
): Promise<GraphCounts> {
  await applySchema(driver, database);
  if (opts.reset) await resetDomainGraph(driver, database);
  await applySeed(driver, database);
  return countGraph(driver, database);
}
