/** What every router gets: configuration and the graph database. */
import type { AppConfig } from './config.ts';
import type { GraphDb } from './neo4j/db.ts';

export interface AppContext {
  config: AppConfig;
  db: GraphDb;
  /** How Neo4j was provisioned: external, testcontainers or local. */
  neo4jMode: string;
}
