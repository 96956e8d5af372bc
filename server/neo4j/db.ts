/** A connection to the graph: the driver, the database name, and how to open another driver to it. */
import type { Driver } from 'neo4j-driver';

export interface GraphDb {
  driver: Driver;
  database: string | undefined;
  /** Where the driver points and with which credentials: the Cypher worker opens its own, smaller pool. */
  connection: { uri: string; user: string; password: string };
}
