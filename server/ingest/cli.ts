/**
 * npm run ingest -- data/sources/<slug> [more bundles…] [--check | --apply] [--seed-dir <dir>]
 *   (no flag)  check the bundle and write its seed script, cypher/seed/NNN_<slug>.cypher;
 *   --check    check only: nothing is written, neither file nor database;
 *   --apply    also apply the script to the database (see server/neo4j/provision.ts for which one).
 * npm run ingest -- --schemas   writes data/sources/{source,facts}.schema.json from the zod schemas.
 * Exits with 1 when a bundle has a problem; the report says what to fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, projectRoot } from '../config.ts';
import { Gateway } from '../neo4j/gateway.ts';
import { provisionNeo4j } from '../neo4j/provision.ts';
import { SeedError } from '../seed/seed.ts';
import { jsonSchemas } from './bundle.ts';
import { ingestBundle, type IngestMode, type IngestReport } from './ingest.ts';

export const schemaDir = path.join(projectRoot, 'data', 'sources');

export function writeSchemas(dir = schemaDir): string[] {
  return Object.entries(jsonSchemas()).map(([name, schema]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
    return file;
  });
}

export function formatReport(r: IngestReport, mode: IngestMode): string {
  const lines = [`${r.bundle} (${r.sourceId})`];
  const c = r.counts;
  lines.push(`  ${c.entities} new entities, ${c.sameAs} same as existing nodes, ${c.mentions} mentions, ${c.facts} facts`);
  for (const d of r.duplicates) {
    const how = !d.resolution ? 'NOT RESOLVED' : 'sameAs' in d.resolution ? `resolved: sameAs ${d.resolution.sameAs}` : 'resolved: distinct';
    lines.push(`  likely duplicate: ${d.entity} "${d.name}" (${how})`);
    for (const k of d.candidates) lines.push(`    ${k.score.toFixed(2)}  ${k.id} (${k.label}): "${k.names[0]}" ~ "${k.names[1]}"`);
  }
  if (r.errors.length) {
    lines.push(`  ${r.errors.length} problem(s), nothing written:`);
    for (const e of r.errors) lines.push(`  - ${e}`);
    return lines.join('\n');
  }
  const rel = r.cypherFile ? path.relative(projectRoot, r.cypherFile) : '';
  const file = rel.startsWith('..') ? r.cypherFile : rel;
  if (mode === 'check') lines.push(`  OK: would write ${file} (--check: nothing written)`);
  else lines.push(`  wrote ${file}${r.applied ? ' and applied it to the database' : ' (not applied: add --apply)'}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--schemas')) {
    for (const f of writeSchemas()) console.log(`wrote ${path.relative(projectRoot, f)}`);
    return;
  }
  const mode: IngestMode = args.includes('--check') ? 'check' : args.includes('--apply') ? 'apply' : 'write';
  const seedDirAt = args.indexOf('--seed-dir');
  const seedDir = seedDirAt >= 0 ? path.resolve(args[seedDirAt + 1] ?? '') : undefined;
  const bundles = args.filter((a, i) => !a.startsWith('--') && !(seedDirAt >= 0 && i === seedDirAt + 1));
  if (!bundles.length) {
    console.error('usage: npm run ingest -- data/sources/<slug> [--check | --apply] [--seed-dir <dir>]');
    process.exit(2);
  }
  const db = await provisionNeo4j(loadConfig(), { log: (m) => console.error(m) });
  let failed = false;
  try {
    const gateway = new Gateway(db);
    // In order: a later bundle may refer to nodes an earlier one introduces.
    for (const b of bundles) {
      const report = await ingestBundle(b, gateway, { mode, seedDir });
      console.log(formatReport(report, mode));
      if (report.errors.length) failed = true;
    }
  } finally {
    await db.stop();
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((err: unknown) => {
    if (err instanceof SeedError) console.error(`Applying the script failed in ${err.message}`);
    else console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
