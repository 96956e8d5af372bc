/**
 * Applies cypher/schema.cypher and cypher/seed/*.cypher (in file-name order) through the gateway.
 * Every seed statement is a MERGE, so applying twice changes nothing. A failure names the file, the statement
 * number and Neo4j's message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import type { Gateway } from '../neo4j/gateway.ts';
import { splitCypher } from './split.ts';
import { liftUnwindRows } from './unwind-rows.ts';

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

/** A seed statement may write thousands of elements on a busy machine: far more time than an API query. */
const SEED_TIMEOUT_MS = 120_000;

/** Applies one Cypher script statement by statement (also used by ingest for the script it generates). */
export async function applyCypherFile(gateway: Gateway, file: string): Promise<number> {
  const statements = splitCypher(fs.readFileSync(file, 'utf8'));
  const rel = path.relative(projectRoot, file);
  // Schema statements cannot share a transaction with writes: run each on its own.
  for (const st of statements) {
    // A leading UNWIND of plain data goes as a parameter, so statements that differ only in their rows share a plan.
    const { text, params } = liftUnwindRows(st.text) ?? { text: st.text, params: {} };
    try {
      await gateway.write(text, params, { timeoutMs: SEED_TIMEOUT_MS });
    } catch (err) {
      throw new SeedError(rel, st.index, st.line, err instanceof Error ? err.message : String(err));
    }
  }
  return statements.length;
}

export async function applySchema(gateway: Gateway): Promise<void> {
  await applyCypherFile(gateway, schemaFile);
  await applyAppSchema(gateway);
  // Full-text and range indexes come online asynchronously; wait so the first search finds everything.
  await gateway.script('CALL db.awaitIndexes(60)', {}, { timeoutMs: SEED_TIMEOUT_MS });
}

/** The constraints of the app's own data (saved queries, snapshots). */
export async function applyAppSchema(gateway: Gateway): Promise<void> {
  await applyCypherFile(gateway, appSchemaFile);
}

export async function applySeed(gateway: Gateway): Promise<number> {
  let n = 0;
  for (const file of seedFiles()) n += await applyCypherFile(gateway, file);
  return n;
}

/** Removes the domain graph only (label :Entity). Saved queries and snapshots live apart and survive. */
export async function resetDomainGraph(gateway: Gateway): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction.
  await gateway.script('MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS', {}, { timeoutMs: SEED_TIMEOUT_MS });
}

export async function domainIsEmpty(gateway: Gateway): Promise<boolean> {
  const r = await gateway.read('MATCH (n:Entity) RETURN count(n) AS n');
  return Number(r.records[0]?.get('n') ?? 0) === 0;
}

/** Counts of the domain graph by label and relationship type. */
export async function countGraph(gateway: Gateway): Promise<GraphCounts> {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  const opts = { timeoutMs: SEED_TIMEOUT_MS };
  const lr = await gateway.read(
    `MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
     RETURN label, count(*) AS n ORDER BY label`,
    {},
    opts,
  );
  for (const r of lr.records) labels[r.get('label') as string] = Number(r.get('n'));
  const tr = await gateway.read(`MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS n ORDER BY type`, {}, opts);
  for (const r of tr.records) types[r.get('type') as string] = Number(r.get('n'));
  const totals = await gateway.read(
    `MATCH (n:Entity) WITH count(n) AS nodes
     MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS rels`,
    {},
    opts,
  );
  const t = totals.records[0];
  return { labels, types, nodes: Number(t?.get('nodes') ?? 0), relationships: Number(t?.get('rels') ?? 0) };
}

/** Schema + seed; `reset` wipes the domain graph first. */
export async function seedDatabase(gateway: Gateway, opts: { reset?: boolean } = {}): Promise<GraphCounts> {
  await applySchema(gateway);
  if (opts.reset) await resetDomainGraph(gateway);
  await applySeed(gateway);
  return countGraph(gateway);
}
