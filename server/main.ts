/**
 * npm start: reach or start Neo4j, seed it when the domain graph is empty, and serve the API and the UI.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createApp, clientDist } from './app.ts';
import { loadConfig } from './config.ts';
import { listen } from './http/server.ts';
import { warmUp } from './http/warm-up.ts';
import { allRoutes } from './routes.ts';
import { Gateway } from './neo4j/gateway.ts';
import { provisionNeo4j, type Neo4jHandle } from './neo4j/provision.ts';
import { domainIsEmpty, seedDatabase } from './seed/seed.ts';
import { formatCountsLine } from './seed/format.ts';
import { closeSnapshotRenderer } from './snapshots/render.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const say = (m: string) => console.log(m);
  // An external database may be down at start-up: start anyway, /api/health says so, the driver reconnects.
  const db: Neo4jHandle = await provisionNeo4j(config, { log: say, waitUntilReady: false });

  try {
    const gateway = new Gateway(db);
    await gateway.readOnce('RETURN 1');
    if (config.seed.onEmpty && (await domainIsEmpty(gateway))) {
      say('The graph is empty: applying schema and seed...');
      const counts = await seedDatabase(gateway);
      say(`Seeded: ${formatCountsLine(counts)}`);
    }
  } catch (err) {
    console.error(`Neo4j is not reachable yet (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); serving anyway.`);
  }

  if (!fs.existsSync(clientDist)) console.warn('client/dist is missing: run `npm run build` to serve the UI.');
  const app = createApp({ config, db, neo4jMode: db.mode });
  const server = await listen(app, config);
  // The first health reading, so the first health check does not wait for the database.
  void app.locals.services.health.read();
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.server.port;
  say(`Knowledge-graph explorer on http://${config.server.host === '0.0.0.0' ? 'localhost' : config.server.host}:${port}/  (Neo4j: ${db.mode}, ${db.uri})`);
  void warmUp(loopbackUrl(addr, port), allRoutes, app.locals.services).then(
    (r) => say(`Warmed up in ${(r.ms / 1000).toFixed(1)} s: ${r.requests} requests${r.failed ? `, ${r.failed} not answered in time` : ''}.`),
    (err: unknown) => console.warn(`Warm-up stopped: ${err instanceof Error ? err.message : String(err)}`),
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    say(`${signal}: stopping...`);
    server.close();
    server.closeAllConnections();
    await app.locals.services.close();
    await closeSnapshotRenderer();
    await db.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** Where the app can reach itself: the address it listens on, or the loopback one when it listens on every interface. */
function loopbackUrl(addr: string | AddressInfo | null, port: number): string {
  const host = typeof addr === 'object' && addr ? addr.address : '127.0.0.1';
  if (host === '0.0.0.0' || host === '::') return `http://${host === '::' ? '[::1]' : '127.0.0.1'}:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
