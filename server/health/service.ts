import type { GraphDb } from '../neo4j/db.ts';

export interface Health {
  status: 'ok' | 'degraded';
  neo4j: { connected: boolean; version?: string; edition?: string; mode?: string; error?: string };
  counts?: { nodes: number; relationships: number };
}

export async function readHealth(db: GraphDb, mode: string): Promise<Health> {
  try {
    const comp = await db.driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition',
      {},
      { database: db.database, routing: 'READ' },
    );
    const counts = await db.driver.executeQuery(
      'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
      {},
      { database: db.database, routing: 'READ' },
    );
    const c = counts.records[0];
    return {
      status: 'ok',
      neo4j: {
        connected: true,
        version: comp.records[0]?.get('version') as string,
        edition: comp.records[0]?.get('edition') as string,
        mode,
      },
      counts: { nodes: Number(c?.get('nodes') ?? 0), relationships: Number(c?.get('relationships') ?? 0) },
    };
  } catch (err) {
    return {
      status: 'degraded',
      neo4j: { connected: false, mode, error: err instanceof Error ? err.message.split('\n')[0] : String(err) },
    };
  }
}
