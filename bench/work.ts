/**
 * The API benchmark's work on the synthetic graph: each item is the HTTP request and the same Cypher with the
 * same parameters for the bare driver (taken from the API's own query modules and saved-query file).
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { projectRoot } from '../server/config.ts';
import { filterParams, windowParams } from '../server/graph/filters.ts';
import { neighbourhoodQuery, pathsQuery } from '../server/graph/queries.ts';
import { MAX_PATHS } from '../server/graph/service.ts';
import { SEARCH } from '../server/search/queries.ts';
import { fold, luceneQuery, searchTerms } from '../server/search/fold.ts';
import type { WorkItem } from './api.ts';

const SAVED_QUERY = 'everything-touching-an-actor';

/** Picks a spread of real ids and names from the loaded synthetic graph (deterministic: ordered by id). */
export async function apiWork(driver: Driver): Promise<WorkItem[]> {
  const pick = async (label: string, n: number) => {
    const r = await driver.executeQuery(
      `MATCH (x:${label}) WHERE x.id STARTS WITH 'syn-' RETURN x.id AS id, x.name AS name ORDER BY x.id SKIP 7 LIMIT $n`,
      { n: neo4j.int(n) },
    );
    return r.records.map((rec) => ({ id: rec.get('id') as string, name: rec.get('name') as string }));
  };
  const persons = await pick('Person', 40);
  const orgs = await pick('Organization', 20);
  const noFilter = { ...filterParams({}), ...windowParams({}) };

  const neighbourhood: WorkItem = {
    name: 'neighbourhood depth 2 (cap 500)',
    http: persons.map((p) => ({ method: 'GET', path: `/api/graph/neighbourhood?id=${encodeURIComponent(p.id)}&depth=2&limit=500` })),
    raw: persons.map((p) => ({ cypher: neighbourhoodQuery({}, 2), params: { id: p.id, limit: neo4j.int(500), ...noFilter } })),
  };

  const pairs = persons.slice(0, 20).map((p, i) => [p, persons[20 + i]!] as const);
  const paths: WorkItem = {
    name: 'shortest paths (max 4)',
    http: pairs.map(([a, b]) => ({ method: 'GET', path: `/api/graph/paths?from=${encodeURIComponent(a.id)}&to=${encodeURIComponent(b.id)}&maxLength=4` })),
    raw: pairs.map(([a, b]) => ({ cypher: pathsQuery(4), params: { from: a.id, to: b.id, maxPaths: neo4j.int(MAX_PATHS), ...filterParams({}) } })),
  };

  const words = persons.map((p) => p.name.split(' ')[0]!);
  const search: WorkItem = {
    name: 'search',
    http: words.map((q) => ({ method: 'GET', path: `/api/search?q=${encodeURIComponent(q)}&limit=20` })),
    raw: words.map((q) => {
      const terms = searchTerms(q);
      const folded = fold(q);
      return {
        cypher: SEARCH,
        params: { lucene: luceneQuery(terms), exact: ` | ${folded} | `, prefix: ` | ${folded}`, terms, labels: null, limit: neo4j.int(20) },
      };
    }),
  };

  const savedCypher = fs.readFileSync(path.join(projectRoot, 'cypher', 'queries', `${SAVED_QUERY}.cypher`), 'utf8');
  const saved: WorkItem = {
    name: `saved query ${SAVED_QUERY}`,
    http: orgs.map((o) => ({ method: 'POST', path: `/api/queries/${SAVED_QUERY}/run`, body: JSON.stringify({ params: { actor: o.id } }) })),
    raw: orgs.map((o) => ({ cypher: savedCypher, params: { actor: o.id } })),
  };

  return [neighbourhood, paths, search, saved];
}
