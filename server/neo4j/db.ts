/** What a service needs to talk to the graph: a driver and the database name. */
import type { Driver } from 'neo4j-driver';

export interface GraphDb {
  driver: Driver;
  database: string | undefined;
}
