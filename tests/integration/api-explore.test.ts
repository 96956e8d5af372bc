/**
 * The exploration endpoints on the seeded graph: schema, search, node details, neighbourhood, paths, overview,
 * timeline and agreements — real content, the contract's shapes (checked with the same zod schemas the
 * OpenAPI document comes from), and a clear 4xx for every kind of bad input.
 */
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { agreementsReply } from '../../server/agreements/schemas.ts';
import { projectRoot } from '../../server/config.ts';
import { nodeDetailsReply, overviewReply, pathsReply } from '../../server/graph/schemas.ts';
import { graphSchema } from '../../server/contract/replies.ts';
import { connect } from '../../server/neo4j/provision.ts';
import { schemaReply } from '../../server/schema/schemas.ts';
import { searchReply } from '../../server/search/schemas.ts';
import { timelineReply } from '../../server/timeline/schemas.ts';
import { testConfig } from '../setup/db.ts';
import { AMBASSADOR, EMIR, ERDOGAN, FIEP, fingerprint, GENDARMERIE, KUWAIT, makeApp, NATIONAL_GUARD, TURKEY, type TestApp } from './api-helpers.ts';

interface Graph {
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  edges: { id: string; type: string; source: string; target: string; properties: Record<string, unknown> }[];
  truncated: boolean;
}

let t: TestApp;
let before: Awaited<ReturnType<typeof fingerprint>>;
beforeAll(async () => {
  t = makeApp();
  before = await fingerprint(t.db);
});
afterAll(async () => {
  // Nothing in this file writes: the whole graph is as it was.
  expect(await fingerprint(t.db)).toEqual(before);
  await t.close();
});

const get = (url: string) => request(t.app).get(url);

/** A graph reply is well formed: every edge joins two returned nodes, ids are unique. */
function expectConsistent(g: Graph): void {
  graphSchema.parse(g);
  const ids = new Set(g.nodes.map((n) => n.id));
  expect(ids.size).toBe(g.nodes.length);
  expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
  for (const e of g.edges) {
    expect(ids.has(e.source), `${e.type} source ${e.source}`).toBe(true);
    expect(ids.has(e.target), `${e.type} target ${e.target}`).toBe(true);
  }
}

function expectError(res: request.Response, status: number, code?: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.type).toBe('application/json');
  expect(typeof res.body.error?.code).toBe('string');
  expect(typeof res.body.error?.message).toBe('string');
  if (code) expect(res.body.error.code).toBe(code);
  expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at /); // never a stack trace
}

const sourceText = (file: string) => fs.readFileSync(path.join(projectRoot, file), 'utf8');

describe('GET /api/schema', () => {
  it('lists domain labels and types with real counts and property keys, nothing internal', async () => {
    const res = await get('/api/schema');
    expect(res.status).toBe(200);
    const body = schemaReply.parse(res.body);
    const counts = await t.db.driver.executeQuery('MATCH (p:Person) WITH count(p) AS persons MATCH (n:Entity) RETURN persons, count(n) AS all');
    const person = body.labels.find((l) => l.label === 'Person');
    expect(person?.count).toBe(Number(counts.records[0]!.get('persons')));
    expect(body.nodeCount).toBe(Number(counts.records[0]!.get('all')));
    expect(body.labels.map((l) => l.label)).not.toContain('Entity');
    expect(body.labels.some((l) => l.label.startsWith('_'))).toBe(false);
    expect(body.relationshipTypes.map((r) => r.type)).toEqual(expect.arrayContaining(['PARTY_TO', 'OVERSAW', 'MEMBER_OF', 'MENTIONED_IN']));
    expect(body.propertyKeys['Person']).toEqual(expect.arrayContaining(['id', 'name', 'nameAr']));
    expect(body.propertyKeys['Agreement']).toEqual(expect.arrayContaining(['status', 'date', 'kind']));
  });
});

describe('GET /api/search', () => {
  const ids = async (q: string, extra = '') => {
    const res = await get(`/api/search?q=${encodeURIComponent(q)}${extra}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    searchReply.parse(res.body);
    return (res.body as { id: string }[]).map((h) => h.id);
  };

  it('finds accented names from plain Latin spellings', async () => {
    expect((await ids('Erdogan'))[0]).toBe(ERDOGAN);
    expect((await ids('erdoğan'))[0]).toBe(ERDOGAN);
    expect((await ids('sonmez'))[0]).toBe(AMBASSADOR);
    expect((await ids('Tuba Nur Sönmez'))[0]).toBe(AMBASSADOR);
  });

  it('finds Arabic names whatever the hamza, alef, ta marbuta, tatweel and diacritics', async () => {
    expect((await ids('أردوغان'))[0]).toBe(ERDOGAN);
    expect((await ids('اردوغان'))[0]).toBe(ERDOGAN);
    expect((await ids('سونمز'))[0]).toBe(AMBASSADOR);
    expect((await ids('سونـــمز'))[0]).toBe(AMBASSADOR);
    expect((await ids('سُونْمَز'))[0]).toBe(AMBASSADOR);
    expect(await ids('السفيرة التركية')).toContain(AMBASSADOR);
    expect(await ids('السفيره التركيه')).toContain(AMBASSADOR);
    expect(await ids('الحرس الوطني الكويتي')).toContain(NATIONAL_GUARD);
  });

  it('finds Turkish names, aliases, prefixes and one-letter typos', async () => {
    expect((await ids('Kuveyt'))[0]).toBe(KUWAIT);
    expect((await ids('Jandarma'))[0]).toBe(GENDARMERIE);
    expect((await ids('FIEP'))[0]).toBe(FIEP);
    expect(await ids('Bayrak')).toContain('product-bayraktar-tb2');
    expect((await ids('Erdogn'))[0]).toBe(ERDOGAN);
  });

  it('falls back to a substring scan of folded names when the index finds nothing', async () => {
    // "كويت" is only ever glued to its article (الكويت), so no indexed word starts with it.
    const res = await get(`/api/search?q=${encodeURIComponent('كويت')}`);
    expect(res.status).toBe(200);
    const hits = res.body as { id: string; score: number }[];
    expect(hits.map((h) => h.id)).toContain(KUWAIT);
    expect(hits.every((h) => h.score === 0)).toBe(true);
  });

  it('filters by label and caps the hits', async () => {
    const res = await get('/api/search?q=kuwait&labels=Organization&limit=3');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.length).toBeLessThanOrEqual(3);
    for (const h of res.body as { labels: string[] }[]) expect(h.labels).toContain('Organization');
    expect(res.body[0]).toEqual(expect.objectContaining({ name: expect.any(String), nameAr: expect.any(String), score: expect.any(Number) }));
  });

  it('answers [] for a query with nothing searchable, and 400 for bad input', async () => {
    expect((await get('/api/search?q=%2A%2A%2A')).body).toEqual([]);
    expectError(await get('/api/search'), 400, 'validation_error');
    expectError(await get('/api/search?q='), 400);
    expectError(await get(`/api/search?q=${'a'.repeat(201)}`), 400);
    expectError(await get('/api/search?q=x&limit=0'), 400);
    expectError(await get('/api/search?q=x&limit=101'), 400);
    expectError(await get('/api/search?q=x&limit=ten'), 400);
    expectError(await get('/api/search?q=x&labels=Nope'), 400);
    expectError(await get('/api/search?q=x&labels=_SavedQuery'), 400);
  });
});

describe('GET /api/nodes/:id', () => {
  it('returns the node, its facts and its sources with verbatim quotes', async () => {
    const res = await get(`/api/nodes/${AMBASSADOR}`);
    expect(res.status).toBe(200);
    const body = nodeDetailsReply.parse(res.body);
    expect(body.node.id).toBe(AMBASSADOR);
    expect(body.node.labels[0]).toBe('Person');
    expect(body.node.properties['nameAr']).toBe('طوبى نور سونمز');
    const facts = body.facts.map((f) => `${f.edge.type}:${f.direction}:${f.other.id}`);
    expect(facts).toContain(`AMBASSADOR_OF:out:${TURKEY}`);
    expect(facts).not.toContain(expect.stringMatching(/^MENTIONED_IN/));
    const alqabas = body.sources.find((s) => s.id === 'source-alqabas-turkish-ambassador-interview');
    expect(alqabas).toBeDefined();
    expect(alqabas!.quotes.length).toBeGreaterThan(1);
    const text = sourceText(String(alqabas!.properties['file']));
    for (const q of alqabas!.quotes) {
      expect(q.quote, q.via).toBeTruthy();
      expect(text.includes(q.quote!), q.quote!).toBe(true);
      expect(q.quoteEn).toBeTruthy();
    }
    expect(alqabas!.quotes[0]!.type).toBe('MENTIONED_IN');
    expect(alqabas!.quotes.some((q) => q.type === 'AMBASSADOR_OF' && q.other.id === TURKEY)).toBe(true);
  });

  it('gives a fact stated by both articles a quote from each', async () => {
    const res = await get(`/api/nodes/${EMIR}`);
    expect(res.status).toBe(200);
    const body = nodeDetailsReply.parse(res.body);
    expect(body.sources.map((s) => s.id).sort()).toEqual(['source-alqabas-turkish-ambassador-interview', 'source-political-keys-kuwait-turkey-defence-agreement']);
    for (const s of body.sources) {
      const text = sourceText(String(s.properties['file']));
      for (const q of s.quotes) expect(text.includes(q.quote ?? '∅'), `${s.id}: ${q.quote}`).toBe(true);
    }
  });

  it('answers 404 for an unknown id', async () => {
    expectError(await get('/api/nodes/no-such-node'), 404, 'not_found');
    expectError(await get(`/api/nodes/${encodeURIComponent("x' OR 1=1 //")}`), 404);
  });
});

describe('GET /api/graph/neighbourhood', () => {
  const nb = async (qs: string): Promise<Graph> => {
    const res = await get(`/api/graph/neighbourhood?${qs}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expectConsistent(res.body as Graph);
    return res.body as Graph;
  };

  it('the ambassador’s neighbourhood contains Turkey and Kuwait, without provenance', async () => {
    const g = await nb(`id=${AMBASSADOR}`);
    const ids = g.nodes.map((n) => n.id);
    expect(ids[0]).toBe(AMBASSADOR);
    expect(ids).toEqual(expect.arrayContaining([TURKEY, KUWAIT]));
    expect(g.edges.some((e) => e.type === 'AMBASSADOR_OF' && e.source === AMBASSADOR && e.target === TURKEY)).toBe(true);
    expect(g.nodes.some((n) => n.labels.includes('Source'))).toBe(false);
    expect(g.edges.some((e) => e.type === 'MENTIONED_IN')).toBe(false);
    expect(g.nodes.every((n) => n.labels.includes('Entity'))).toBe(true);
    expect(g.truncated).toBe(false);
    // Edges carry their provenance properties.
    const amb = g.edges.find((e) => e.type === 'AMBASSADOR_OF')!;
    expect(amb.properties['sources']).toEqual(['source-alqabas-turkish-ambassador-interview']);
    expect(typeof amb.properties['quote']).toBe('string');
  });

  it('brings provenance back when MENTIONED_IN or Source is asked for', async () => {
    const byType = await nb(`id=${AMBASSADOR}&types=MENTIONED_IN`);
    expect(byType.nodes.map((n) => n.id)).toContain('source-alqabas-turkish-ambassador-interview');
    expect(byType.edges.every((e) => e.type === 'MENTIONED_IN')).toBe(true);
    const byLabel = await nb(`id=${AMBASSADOR}&labels=Source`);
    expect(byLabel.nodes.slice(1).every((n) => n.labels.includes('Source'))).toBe(true);
    expect(byLabel.nodes.length).toBeGreaterThan(1);
  });

  it('grows with depth, nearest first, and flags the cap', async () => {
    const d1 = await nb(`id=${AMBASSADOR}&depth=1`);
    const d2 = await nb(`id=${AMBASSADOR}&depth=2`);
    expect(d2.nodes.length).toBeGreaterThan(d1.nodes.length);
    const capped = await nb(`id=${AMBASSADOR}&depth=2&limit=4`);
    expect(capped.nodes).toHaveLength(4);
    expect(capped.truncated).toBe(true);
    // The cap keeps the nearest nodes: the depth-1 ring fits in 4 here.
    expect(new Set(capped.nodes.map((n) => n.id))).toEqual(new Set(d1.nodes.map((n) => n.id).slice(0, 4)));
  });

  it('filters by relationship type and by label', async () => {
    const parties = await nb(`id=${KUWAIT}&types=PARTY_TO`);
    expect(parties.edges.length).toBeGreaterThan(0);
    expect(parties.edges.every((e) => e.type === 'PARTY_TO')).toBe(true);
    expect(parties.nodes.slice(1).every((n) => n.labels.includes('Agreement'))).toBe(true);
    const countries = await nb(`id=${EMIR}&depth=3&labels=Country,Person`);
    expect(countries.nodes.slice(1).every((n) => n.labels.includes('Country') || n.labels.includes('Person'))).toBe(true);
    expect(countries.nodes.map((n) => n.id)).toContain(ERDOGAN);
  });

  it('leaves out dated things outside the date window, keeps undated ones', async () => {
    const all = await nb(`id=${KUWAIT}`);
    expect(all.nodes.map((n) => n.id)).toContain('agreement-executive-protocol-defence-procurement-2024');
    const w = await nb(`id=${KUWAIT}&from=2025&to=2025-12-31`);
    const ids = w.nodes.map((n) => n.id);
    expect(ids).not.toContain('agreement-executive-protocol-defence-procurement-2024');
    expect(ids).not.toContain('agreement-kuwait-tb2-contract-2023');
    expect(ids).toContain('event-political-consultations-ankara-2025-04');
    expect(ids).toContain(TURKEY); // undated
    // A coarse date counts as its whole period: the 2024-05 visit is in a window ending 2024-05-10.
    const may = await nb(`id=${EMIR}&from=2024-05-10&to=2024-05-10`);
    expect(may.nodes.map((n) => n.id)).toContain('event-emir-visit-turkey-2024-05');
  });

  it('answers 404 for an unknown node and 400 for every bad parameter', async () => {
    expectError(await get('/api/graph/neighbourhood?id=no-such-node'), 404, 'not_found');
    expectError(await get('/api/graph/neighbourhood'), 400, 'validation_error');
    for (const qs of ['depth=0', 'depth=4', 'depth=1000000000', 'depth=-1', 'depth=two', 'depth=1.5', 'limit=0', 'limit=5001', 'from=2024-13', 'from=yesterday', 'from=2025&to=2024', 'types=NOT_A_TYPE', 'types=PARTY_TO,%60x%60', 'labels=Nope', 'labels=_SavedQuery', 'labels=_Snapshot']) {
      const res = await get(`/api/graph/neighbourhood?id=${KUWAIT}&${qs}`);
      expectError(res, 400);
    }
    const unknownType = await get(`/api/graph/neighbourhood?id=${KUWAIT}&types=NOT_A_TYPE`);
    expect(unknownType.body.error.message).toMatch(/NOT_A_TYPE/);
    expect(unknownType.body.error.details.known).toContain('PARTY_TO');
  });
});

describe('GET /api/graph/paths', () => {
  it('finds the shortest paths between the Emir and FIEP, as a graph and as paths', async () => {
    const res = await get(`/api/graph/paths?from=${EMIR}&to=${FIEP}`);
    expect(res.status).toBe(200);
    const body = pathsReply.parse(res.body);
    expectConsistent(body.graph as Graph);
    expect(body.paths.length).toBeGreaterThan(0);
    expect(body.length).toBe(body.paths[0]!.length);
    const edgeIds = new Set(body.graph.edges.map((e) => e.id));
    const nodeIds = new Set(body.graph.nodes.map((n) => n.id));
    for (const p of body.paths) {
      expect(p.nodes[0]).toBe(EMIR);
      expect(p.nodes.at(-1)).toBe(FIEP);
      expect(p.length).toBe(body.length);
      expect(p.edges).toHaveLength(p.length);
      for (const e of p.edges) expect(edgeIds.has(e)).toBe(true);
      for (const n of p.nodes) expect(nodeIds.has(n)).toBe(true);
    }
    // The National Guard links Kuwait to FIEP.
    expect(body.paths.some((p) => p.nodes.includes(NATIONAL_GUARD))).toBe(true);
    expect(body.graph.nodes.some((n) => n.labels.includes('Source'))).toBe(false);
  });

  it('walks through dated nodes: the Emir and Erdoğan are two hops apart (the visit, the protocol)', async () => {
    const res = await get(`/api/graph/paths?from=${EMIR}&to=${ERDOGAN}`);
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(2);
    const middles = (res.body.paths as { nodes: string[] }[]).map((p) => p.nodes[1]);
    expect(middles).toEqual(expect.arrayContaining(['event-emir-visit-turkey-2024-05', 'agreement-executive-protocol-defence-procurement-2024']));
  });

  it('reports no path within a too short maxLength, and respects type filters', async () => {
    const short = await get(`/api/graph/paths?from=${EMIR}&to=${FIEP}&maxLength=1`);
    expect(short.status).toBe(200);
    expect(short.body.paths).toEqual([]);
    expect(short.body.length).toBeNull();
    const typed = await get(`/api/graph/paths?from=${EMIR}&to=${FIEP}&types=HEAD_OF,PART_OF,MEMBER_OF`);
    expect(typed.status).toBe(200);
    expect(typed.body.paths.length).toBeGreaterThan(0);
    for (const e of typed.body.graph.edges as { type: string }[]) expect(['HEAD_OF', 'PART_OF', 'MEMBER_OF']).toContain(e.type);
  });

  it('answers 404 naming the unknown end and 400 for bad input', async () => {
    const r = await get(`/api/graph/paths?from=no-such-node&to=${FIEP}`);
    expectError(r, 404);
    expect(r.body.error.message).toMatch(/no-such-node.*from/);
    expectError(await get(`/api/graph/paths?from=${EMIR}&to=nope`), 404);
    expectError(await get(`/api/graph/paths?from=${EMIR}&to=${EMIR}`), 400);
    expectError(await get(`/api/graph/paths?from=${EMIR}`), 400);
    expectError(await get(`/api/graph/paths?from=${EMIR}&to=${FIEP}&maxLength=7`), 400);
    expectError(await get(`/api/graph/paths?from=${EMIR}&to=${FIEP}&maxLength=0`), 400);
    expectError(await get(`/api/graph/paths?from=${EMIR}&to=${FIEP}&types=Nope`), 400);
  });
});

describe('GET /api/graph/overview', () => {
  it('returns the whole domain graph when it fits, without provenance', async () => {
    const res = await get('/api/graph/overview?limit=5000');
    expect(res.status).toBe(200);
    const body = overviewReply.parse(res.body);
    expectConsistent(body as Graph);
    const r = await t.db.driver.executeQuery('MATCH (n:Entity) WHERE NOT n:Source RETURN count(n) AS n');
    expect(body.nodes).toHaveLength(Number(r.records[0]!.get('n')));
    expect(body.total).toBe(body.nodes.length);
    expect(body.truncated).toBe(false);
    expect(body.edges.some((e) => e.type === 'MENTIONED_IN')).toBe(false);
  });

  it('keeps the highest-degree part when capped, and flags it', async () => {
    const res = await get('/api/graph/overview?limit=8');
    expect(res.status).toBe(200);
    expect(res.body.nodes).toHaveLength(8);
    expect(res.body.truncated).toBe(true);
    expect(res.body.total).toBeGreaterThan(8);
    expectConsistent(res.body as Graph);
    expect(res.body.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining([KUWAIT, TURKEY]));
  });

  it('400 on a bad limit', async () => {
    expectError(await get('/api/graph/overview?limit=0'), 400);
    expectError(await get('/api/graph/overview?limit=99999'), 400);
  });
});

describe('GET /api/timeline', () => {
  interface Item {
    id: string;
    date: string;
    parties: { id: string; type: string }[];
  }
  it('lists dated agreements and events in order, with their parties', async () => {
    const res = await get('/api/timeline');
    expect(res.status).toBe(200);
    const body = timelineReply.parse(res.body) as unknown as { items: Item[]; graph: Graph };
    const dates = body.items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]!.startsWith('2018')).toBe(true);
    const summit = body.items.find((i) => i.id === 'event-fiep-summit-antalya-2018');
    expect(summit?.parties.map((p) => `${p.type}:${p.id}`)).toEqual(expect.arrayContaining([`HOSTED:${GENDARMERIE}`]));
    const visit = body.items.find((i) => i.id === 'event-emir-visit-turkey-2024-05');
    expect(visit?.parties.map((p) => p.id)).toEqual(expect.arrayContaining([EMIR, ERDOGAN]));
    expectConsistent(body.graph);
  });

  it('keeps only what overlaps the window', async () => {
    const res = await get('/api/timeline?from=2025&to=2025-12-31');
    expect(res.status).toBe(200);
    const items = res.body.items as Item[];
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(i.date.startsWith('2025')).toBe(true);
    expect(items.map((i) => i.id)).toContain('agreement-gendarmerie-national-guard-protocol-2025-03-25');
    const early = await get('/api/timeline?to=2018-12');
    expect((early.body.items as Item[]).map((i) => i.id)).toEqual(['event-fiep-summit-antalya-2018']);
  });

  it('400 on bad windows', async () => {
    expectError(await get('/api/timeline?from=2025&to=2024'), 400);
    expectError(await get('/api/timeline?from=2025-02-30'), 400);
    expectError(await get('/api/timeline?to=soon'), 400);
  });
});

describe('GET /api/agreements', () => {
  interface Row {
    id: string;
    status: string;
    value: unknown;
    currency: string | null;
    parties: { id: string; role: string | null }[];
    signatories: { id: string }[];
    overseers: { id: string }[];
    signedDuring: { id: string }[];
    sources: { id: string }[];
  }
  it('says who signed what with whom, with overseers and sources', async () => {
    const res = await get('/api/agreements');
    expect(res.status).toBe(200);
    const body = agreementsReply.parse(res.body) as unknown as { rows: Row[]; graph: Graph };
    const protocol = body.rows.find((r) => r.id === 'agreement-executive-protocol-defence-procurement-2024')!;
    expect(protocol.status).toBe('signed');
    expect(protocol.overseers.map((o) => o.id).sort()).toEqual([EMIR, ERDOGAN].sort());
    expect(protocol.parties.map((p) => p.id)).toEqual(expect.arrayContaining(['org-kuwait-ministry-of-defence', 'org-turkey-ministry-of-national-defence', KUWAIT, TURKEY]));
    expect(protocol.signatories.map((p) => p.id)).toEqual(expect.arrayContaining(['org-kuwait-ministry-of-defence', 'org-turkey-ministry-of-national-defence']));
    expect(protocol.signedDuring.map((e) => e.id)).toEqual(['event-emir-visit-turkey-2024-05']);
    expect(protocol.sources).toHaveLength(2);
    const tb2 = body.rows.find((r) => r.id === 'agreement-kuwait-tb2-contract-2023')!;
    expect(tb2.value).toBe(367000000);
    expect(tb2.currency).toBe('USD');
    expect(tb2.parties.map((p) => p.role).sort()).toEqual(['buyer', 'seller']);
    expectConsistent(body.graph);
    expect(body.graph.edges.some((e) => e.type === 'MENTIONED_IN')).toBe(false);
  });

  it('filters by status, and refuses an unknown one', async () => {
    const res = await get('/api/agreements?status=under_negotiation');
    expect(res.status).toBe(200);
    expect((res.body.rows as Row[]).map((r) => r.id)).toEqual(['agreement-future-kuwait-turkey-security-defence-agreements']);
    expectError(await get('/api/agreements?status=cancelled'), 400);
  });
});

describe('errors', () => {
  it('answers 503 with Retry-After when Neo4j cannot be reached', async () => {
    const db = connect('bolt://127.0.0.1:1', 'neo4j', 'x');
    const driver = db.driver;
    try {
      const app = createApp({ config: testConfig(), db, neo4jMode: 'external' });
      // Each request waits out the driver's retries (a few seconds), so two routes stand for all.
      for (const url of [`/api/graph/neighbourhood?id=${KUWAIT}`, '/api/search?q=kuwait']) {
        const res = await request(app).get(url);
        expectError(res, 503, 'neo4j_unavailable');
        expect(res.headers['retry-after']).toBe('5');
      }
    } finally {
      await driver.close();
    }
  });

  it('answers unknown API routes with a JSON 404', async () => {
    expectError(await get('/api/graph/nope'), 404, 'not_found');
  });
});
