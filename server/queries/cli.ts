/**
 * npm run query -- <id> [--param name=value]... [--format table|json|csv]
 * npm run query -- --list
 *
 * Runs a saved query (a file query or a user query) against the graph, with the same checks as the API.
 * Neo4j: whatever server/neo4j/provision.ts provides — NEO4J_URI, or the app's local Neo4j when it is running,
 * or one started for this run and stopped after it.
 */
import { parseArgs } from 'node:util';
import { loadConfig, type AppConfig } from '../config.ts';
import { CypherService } from '../cypher/service.ts';
import { toApiError } from '../http/errors.ts';
import { Gateway } from '../neo4j/gateway.ts';
import { provisionNeo4j } from '../neo4j/provision.ts';
import { domainIsEmpty, seedDatabase } from '../seed/seed.ts';
import { formatResult, type OutputFormat } from './format.ts';
import { parseParamPairs } from './params.ts';
import type { QueryRun } from './schemas.ts';
import { SavedQueries } from './service.ts';

const USAGE = `Usage: npm run query -- <id> [--param name=value]... [--format table|json|csv]
       npm run query -- --list`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      param: { type: 'string', short: 'p', multiple: true },
      format: { type: 'string', short: 'f', default: 'table' },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = values.format as OutputFormat;
  if (!['table', 'json', 'csv'].includes(format)) throw new Error(`--format must be table, json or csv\n${USAGE}`);
  const id = positionals[0];
  if (!values.list && (!id || positionals.length > 1)) throw new Error(USAGE);
  const params = parseParamPairs(values.param ?? []);

  const config = loadConfig({ LOG_LEVEL: 'silent', ...process.env });
  const log = (m: string) => console.error(m);
  const db = await provisionNeo4j(config, { log });
  let cypher: CypherService | undefined;
  try {
    const gateway = new Gateway(db, { timeoutMs: config.neo4j.queryTimeoutMs });
    if (config.seed.onEmpty && (await domainIsEmpty(gateway))) {
      log('The graph is empty: applying schema and seed...');
      await seedDatabase(gateway);
    }
    const queries = new SavedQueries(gateway, (cypher = new CypherService(db, config)));
    if (values.list) {
      for (const q of (await queries.list()).queries) {
        const ps = q.params.map((p) => `${p.name}:${p.type}${p.default === undefined ? '' : `=${String(p.default)}`}`).join(' ');
        console.log(`${q.id}${ps ? `  [${ps}]` : ''}\n    ${q.title}`);
      }
      return 0;
    }
    const result = JSON.parse(await queries.run(id!, params, 'command-line')) as QueryRun;
    console.log(formatResult(result, format));
    return 0;
  } finally {
    await cypher?.close();
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const e = toApiError(err);
    // API errors (unknown id, bad parameter, refused query) read best as their message; anything else as is.
    const message = e.status < 500 ? `${e.code}: ${e.message}` : err instanceof Error ? err.message : String(err);
    const issues = (e.details as { issues?: { path: string; message: string }[] } | undefined)?.issues;
    console.error(message + (issues && issues.length > 1 ? '\n' + issues.map((i) => `  ${i.path}: ${i.message}`).join('\n') : ''));
    process.exit(e.status === 404 ? 3 : 2);
  },
);
