/**
 * npm run seed [-- --reset]
 * Applies the schema and the seed to the configured Neo4j (see server/neo4j/provision.ts) and prints counts.
 */
import { loadConfig } from '../config.ts';
import { Gateway } from '../neo4j/gateway.ts';
import { provisionNeo4j } from '../neo4j/provision.ts';
import { seedDatabase, SeedError } from './seed.ts';
import { formatCounts } from './format.ts';

async function main(): Promise<void> {
  const reset = process.argv.includes('--reset');
  const config = loadConfig();
  const db = await provisionNeo4j(config, { log: (m) => console.error(m) });
  try {
    const counts = await seedDatabase(new Gateway(db), { reset });
    console.log(`Seeded ${db.uri}${reset ? ' (after reset)' : ''}`);
    console.log(formatCounts(counts));
  } finally {
    await db.stop();
  }
}

main().catch((err: unknown) => {
  if (err instanceof SeedError) console.error(`Seed failed in ${err.message}`);
  else console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
