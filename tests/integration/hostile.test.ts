/**
 * A corpus of hostile requests across every endpoint of docs/api.md, generated with fast-check (fixed seed,
 * FC_SEED to change it) and sent to the real app listening on a port, on the run's real Neo4j.
 *
 * Every answer must be a 2xx that is right for the input or a JSON 4xx {error:{code, message}}: never a 5xx,
 * never a stack trace or a file path, never HTML. The generators tag each value as accepted or refused by
 * the documented contract, so a 200 for a refused input fails as surely as a 400 for an accepted one. At the
 * end the saved queries the corpus created are deleted through the API, and the whole graph (counts and a
 * checksum of every property) must be what it was before; /api/health must still answer.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { agreementsReply } from '../../server/agreements/schemas.ts';
import { createApp } from '../../server/app.ts';
import { answerClientErrors } from '../../server/http/errors.ts';
import net from 'node:net';
import { projectRoot } from '../../server/config.ts';
import { runReply } from '../../server/cypher/schemas.ts';
import { graphSchema } from '../../server/contract/replies.ts';
import { nodeDetailsReply, overviewReply, pathsReply } from '../../server/graph/schemas.ts';
import type { ParamSpec, ParamType } from '../../server/queries/params.ts';
import { queryRunReply, savedQuerySchema } from '../../server/queries/schemas.ts';
import { schemaReply } from '../../server/schema/schemas.ts';
import { searchReply } from '../../server/search/schemas.ts';
import { listReply, snapshotSchema } from '../../server/snapshots/schemas.ts';
import { timelineReply } from '../../server/timeline/schemas.ts';
import { fingerprint, type Fingerprint } from '../setup/checksum.ts';
import { frozenView, type ApiGraphReply } from './snapshot-helpers.ts';
import { testConfig, testDb } from '../setup/db.ts';
import {
  blend,
  chars,
  dateParam,
  hasLoneSurrogate,
  hostileText,
  intParam,
  isoDate,
  listItems,
  longText,
  nameList,
  queryString,
  wellFormedText,
  windowInOrder,
  wire,
  worst,
  WORDS,
  MARKUP,
  writeCypher,
  validDate,
  validInt,
  validNames,
  type Tagged,
  type Validity,
} from './hostile-inputs.ts';

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 42;

/** fast-check runs per endpoint family (about one request each; a few runs add a follow-up read). */
const RUNS = {
  search: 130,
  nodes: 70,
  neighbourhood: 110,
  paths: 80,
  overview: 50,
  timeline: 60,
  agreements: 30,
  fixedReads: 30,
  unknownRoutes: 50,
  queryReads: 50,
  queryRuns: 110,
  queryCreates: 90,
  queryUpdates: 70,
  queryDeletes: 40,
  writeCypher: 170,
  readCypher: 90,
  snapshotCreates: 45,
  snapshotLists: 25,
  snapshotIds: 35,
  links: 60,
  linkIds: 30,
} as const;

// ------------------------------------------------------------------------------------- the app

const db = testDb();
let server: Server;
let base: string;
let before: Fingerprint;

/** What the corpus needs to know of the graph to tell a 200 from a 404 (read once, through the driver). */
const known = { nodeIds: [] as string[], labels: [] as string[], types: [] as string[] };
let fileQueries: { id: string; params: ParamSpec[] }[] = [];
/** User queries the corpus created and has not deleted yet, with their current version. */
const created = new Map<string, number>();
/** Snapshots the corpus created and has not deleted yet. */
const createdSnapshots = new Set<string>();
/** Links the corpus stored (there is no API to delete one: the driver removes them at the end). */
const createdLinks = new Set<string>();
const corpusStarted = Date.now();

beforeAll(async () => {
  // A generous rate limit: the corpus sends hundreds of ad-hoc queries (the limit has its own test).
  const app = createApp({ config: testConfig({ CYPHER_RATE_LIMIT_PER_MIN: '100000' }), db, neo4jMode: db.mode });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  answerClientErrors(server);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const read = async (cypher: string, key: string) =>
    (await db.driver.executeQuery(cypher, {}, { database: db.database, routing: 'READ' })).records.map((r) => r.get(key) as string);
  known.nodeIds = await read('MATCH (n:Entity) RETURN n.id AS id ORDER BY id', 'id');
  known.labels = await read('CALL db.labels() YIELD label RETURN label ORDER BY label', 'label');
  known.types = await read('CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t ORDER BY t', 't');
  const list = (await request(base).get('/api/queries')).body as { id: string; origin: string; params: ParamSpec[] }[];
  fileQueries = list.filter((q) => q.origin === 'file').map(({ id, params }) => ({ id, params }));
  expect(known.nodeIds.length).toBeGreaterThan(40);
  expect(fileQueries.length).toBeGreaterThanOrEqual(8);
  // The baseline is taken here, and checked after the last test, so any test of this file runs alone too.
  before = await fingerprint(db);
}, 60_000);

afterAll(async () => {
  // Remove what the corpus saved, through the API (also when a test failed half-way).
  for (const id of created.keys()) expect((await request(base).delete(`/api/queries/${encodeURIComponent(id)}`)).status).toBe(204);
  for (const id of createdSnapshots) expect((await request(base).delete(`/api/snapshots/${encodeURIComponent(id)}`)).status).toBe(204);
  await db.driver.executeQuery('MATCH (l:_Link) WHERE l.id IN $ids DELETE l', { ids: [...createdLinks] }, { database: db.database });
  console.log(summary());
  const after = await fingerprint(db);
  console.log(`graph before: ${before.nodes} nodes, ${before.relationships} relationships, sha256 ${before.checksum}; after: ${after.nodes}, ${after.relationships}, ${after.checksum}`);
  expect(after).toEqual(before);
  await new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  await db.driver.close();
});

// ------------------------------------------------------------------------------ probes and checks

type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';

interface Probe {
  method: Method;
  path: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, with this content type (and content encoding). */
  raw?: { data: string | Buffer; type: string; encoding?: string };
  expect: Expectation;
}

interface Expectation {
  status: readonly number[];
  /** For a 4xx: the error codes that are right. */
  codes?: readonly string[];
  /** For a 2xx: the documented reply shape. */
  reply?: z.ZodType;
  /** More checks of a 2xx body (or of any answer), and follow-ups. */
  then?: (body: unknown, status: number) => void | Promise<void>;
}

interface Reply {
  status: number;
  text: string;
  headers: Record<string, string | undefined>;
}

const statusCounts = new Map<string, Map<number, number>>();
const codeCounts = new Map<string, number>();

function count(family: string, status: number, code?: string): void {
  const m = statusCounts.get(family) ?? new Map<number, number>();
  m.set(status, (m.get(status) ?? 0) + 1);
  statusCounts.set(family, m);
  if (code) codeCounts.set(code, (codeCounts.get(code) ?? 0) + 1);
}

function summary(): string {
  const total = new Map<number, number>();
  let requests = 0;
  const families: string[] = [];
  for (const [family, m] of statusCounts) {
    let n = 0;
    for (const [s, c] of m) {
      total.set(s, (total.get(s) ?? 0) + c);
      n += c;
    }
    requests += n;
    const byStatus = [...m].sort(([a], [b]) => a - b).map(([st, c]) => `${st}×${c}`).join(' ');
    families.push(`${family} ${n} (${byStatus})`);
  }
  const statuses = [...total].sort(([a], [b]) => a - b).map(([s, c]) => `${s}×${c}`).join(' ');
  const codes = [...codeCounts].sort(([, a], [, b]) => b - a).map(([c, n]) => `${c}×${n}`).join(' ');
  return `hostile corpus (seed ${SEED}): ${requests} requests; statuses ${statuses}; error codes ${codes}; by family: ${families.join(', ')}`;
}

async function send(p: Probe): Promise<Reply> {
  let req = request(base)
    [p.method](p.path)
    .ok(() => true)
    .timeout({ response: 20_000, deadline: 30_000 })
    .buffer(true)
    .parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    });
  if (p.raw) {
    req = req.set('content-type', p.raw.type);
    if (p.raw.encoding) req = req.set('content-encoding', p.raw.encoding);
    // As is: superagent would otherwise serialise a Buffer sent as application/json into JSON of its bytes.
    req = req.serialize((data: unknown) => data as string).send(p.raw.data);
  } else if (p.body !== undefined) {
    req = req.set('content-type', 'application/json').send(JSON.stringify(p.body));
  }
  const res = await req;
  // Whatever the expectations say, a query the corpus saved is deleted at the end.
  if (p.method === 'post' && p.path === '/api/queries' && res.status === 201) {
    const saved = JSON.parse(res.body as string) as { id: string; version: number };
    created.set(saved.id, saved.version);
  }
  if (p.method === 'post' && p.path === '/api/snapshots' && res.status === 201) createdSnapshots.add((JSON.parse(res.body as string) as { id: string }).id);
  return { status: res.status, text: res.body as string, headers: res.headers as Record<string, string | undefined> };
}

/** A stack frame, a source location or this machine's project path: none may reach a client. */
const LEAK = new RegExp(
  [String.raw`\n\s*at\s`, String.raw`\bat\s+\S+\s+\((?:/|file:|node:)`, String.raw`\.(?:ts|js|mjs|cjs):\d+:\d+`, 'node_modules', escapeRegExp(projectRoot)].join('|'),
);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      strings(x, out);
    }
  return out;
}

/** Sends one probe and checks what every answer must be, then what this one must be. */
async function check(family: string, p: Probe): Promise<unknown> {
  const r = await send(p);
  const where = `${p.method.toUpperCase()} ${p.path.slice(0, 160)}${p.path.length > 160 ? '…' : ''} ${describeBody(p)}→ ${r.status} ${r.text.slice(0, 400)}`;
  let body: unknown = undefined;
  let code: string | undefined;
  try {
    expect(r.status, where).toBeLessThan(500);
    expect(r.headers['x-powered-by'], where).toBeUndefined();
    if (r.status === 204) {
      expect(r.text, where).toBe('');
    } else {
      expect(r.headers['content-type'], where).toMatch(/^application\/json/);
      expect(r.headers['x-content-type-options'], where).toBe('nosniff');
      expect(r.text.trimStart()[0], `not a JSON object or array: ${where}`).toMatch(/[{[]/);
      body = JSON.parse(r.text) as unknown;
      expect(LEAK.test(r.text) || strings(body).some((s) => LEAK.test(s)), `leaks a stack trace or path: ${where}`).toBe(false);
    }
    if (r.status >= 400) {
      const err = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
      expect(typeof err?.code, where).toBe('string');
      expect(typeof err?.message, where).toBe('string');
      code = err!.code as string;
      if (p.expect.codes) expect(p.expect.codes, where).toContain(code);
    }
    expect(p.expect.status, where).toContain(r.status);
    if (r.status < 300 && p.expect.reply) {
      const parsed = p.expect.reply.safeParse(body);
      expect(parsed.success, `${where}\n${parsed.error?.message ?? ''}`).toBe(true);
    }
    if (p.expect.then) await p.expect.then(body, r.status);
  } finally {
    count(family, r.status, code);
  }
  return body;
}

function describeBody(p: Probe): string {
  if (p.raw) return `[${p.raw.type}${p.raw.encoding ? ` ${p.raw.encoding}` : ''}, ${p.raw.data.length} bytes] `;
  if (p.body === undefined) return '';
  const s = JSON.stringify(p.body);
  return `${s.length > 300 ? `${s.slice(0, 300)}…` : s} `;
}

/** Runs `numRuns` generated probes of one family, one after the other. */
async function hammer<T>(family: string, arb: fc.Arbitrary<T>, toProbe: (t: T) => Probe, numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arb, async (t) => {
      await check(family, toProbe(t));
    }),
    // The first failure is reported with its seed and path (replayable) and what the app answered; no shrinking
    // through the network.
    { numRuns, seed: SEED, endOnFailure: true, includeErrorInReport: true },
  );
}

/** 200 (or 201/204) when the input is accepted, 400 when refused, either when it is a lenient form. */
function byValidity(v: Validity, ok: readonly number[], badCodes: readonly string[] = ['validation_error', 'bad_request']): Pick<Expectation, 'status' | 'codes'> {
  if (v === 'bad') return { status: [400], codes: badCodes };
  if (v === 'either') return { status: [...ok, 400] };
  return { status: ok };
}

const isKnownLabel = (l: string) => known.labels.includes(l) && !l.startsWith('_');
const isKnownType = (t: string) => known.types.includes(t);
const listValidity = (raw: string | string[] | undefined, isKnown: (s: string) => boolean): Validity =>
  listItems(raw).every(isKnown) ? 'ok' : 'bad';

/** A node id as a query-string value: its validity by form, and whether it names a node. */
function idInQuery(raw: string | undefined): { form: Validity; exists: boolean } {
  if (raw === undefined || raw === '' || chars(raw) > 200) return { form: 'bad', exists: false };
  return { form: 'ok', exists: known.nodeIds.includes(raw) };
}

/** Status for validated input: zod's verdict first, then the schema check of names, then existence. */
function exploreStatus(zod: Validity, namesOk: boolean, exists: boolean): Pick<Expectation, 'status'> {
  if (zod === 'bad') return { status: [400] };
  const s: number[] = namesOk ? [exists ? 200 : 404] : exists ? [400] : [400, 404];
  if (zod === 'either') s.push(400);
  return { status: [...new Set(s)] };
}

/** A node id arbitrary: real ids, hostile text, near misses, too long. */
function nodeIdArb(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known.nodeIds) },
    { weight: 4, arbitrary: hostileText(4) },
    // Too long, yet short enough for a URL (Node refuses request lines over 16 kB before the app sees them).
    { weight: 1, arbitrary: longText(201, 400) },
    { weight: 1, arbitrary: fc.constantFrom(...known.nodeIds).map((id) => id.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...known.nodeIds).map((id) => `${id}\u200b`) },
    { weight: 1, arbitrary: fc.constantFrom(...known.nodeIds).map((id) => `<script>${id}</script>`) },
  );
}

type Graph = z.infer<typeof graphSchema>;

/** Provenance stays out unless asked for; internal labels never appear; every edge joins returned nodes. */
function checkExplorationGraph(g: Graph, types: string[], labels: string[], where: string): void {
  const ids = new Set(g.nodes.map((n) => n.id));
  for (const n of g.nodes) expect(n.labels.some((l) => l.startsWith('_')), where).toBe(false);
  for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target), where).toBe(true);
  if (!types.includes('MENTIONED_IN') && !labels.includes('Source')) {
    expect(g.edges.filter((e) => e.type === 'MENTIONED_IN'), where).toEqual([]);
  }
  if (types.length) for (const e of g.edges) expect(types, where).toContain(e.type);
}

// -------------------------------------------------------------------------------- the corpus

describe('hostile input corpus', () => {
  it('the fingerprint notices a change of one property (so an unchanged one means something)', async () => {
    const f0 = await fingerprint(db);
    const set = (v: unknown) =>
      db.driver.executeQuery("MATCH (n:Entity {id: 'country-kuwait'}) SET n.population = $v", { v }, { database: db.database });
    await set(neo4j.int(1));
    const f1 = await fingerprint(db);
    expect(f1.checksum).not.toBe(f0.checksum);
    expect(f1.nodes).toBe(f0.nodes);
    await set(1.0); // the same number as a FLOAT: the checksum tells the types apart
    expect((await fingerprint(db)).checksum).not.toBe(f1.checksum);
    await set(null);
    expect(await fingerprint(db)).toEqual(f0);
  });

  it('GET /api/search: q, labels and limit of every kind', async () => {
    const q: fc.Arbitrary<Tagged<string | string[] | undefined>> = fc.oneof(
      { weight: 1, arbitrary: fc.constant({ raw: undefined, validity: 'bad' as Validity }) },
      { weight: 1, arbitrary: fc.constant({ raw: '', validity: 'bad' as Validity }) },
      { weight: 8, arbitrary: hostileText(5).filter((s) => s.length > 0 && s.length <= 120).map((raw) => ({ raw, validity: 'ok' as Validity })) },
      { weight: 3, arbitrary: fc.constantFrom(...WORDS, 'Erdogan', 'السفيره التركيه', 'Tuba Nur Sönmez').map((raw) => ({ raw, validity: 'ok' as Validity })) },
      { weight: 1, arbitrary: longText(100, 200).map((raw) => ({ raw, validity: 'ok' as Validity })) },
      { weight: 2, arbitrary: longText(201, 600).map((raw) => ({ raw, validity: 'bad' as Validity })) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b]) => ({ raw: [a, b], validity: 'bad' as Validity })) },
    );
    await hammer(
      'search',
      blend(
        fc.record({ q: fc.constantFrom(...WORDS, 'Erdogan', 'السفيره التركيه', 'Tuba Nur Sönmez', 'كويت').map((raw) => ({ raw: raw as string | string[] | undefined, validity: 'ok' as Validity })), labels: validNames(known.labels), limit: validInt(1, 100) }),
        fc.record({ q, labels: nameList(known.labels), limit: intParam(1, 100) }),
      ),
      (t) => {
        const labels = listItems(t.labels);
        const v = worst(t.q.validity, t.limit.validity, listValidity(t.labels, isKnownLabel));
        const limit = t.limit.validity === 'ok' && typeof t.limit.raw === 'string' ? Number(t.limit.raw) : 100;
        return {
          method: 'get',
          path: `/api/search${queryString({ q: t.q.raw, labels: t.labels, limit: t.limit.raw })}`,
          expect: {
            ...byValidity(v, [200]),
            reply: searchReply,
            then: (body, status) => {
              if (status !== 200) return;
              const hits = body as { labels: string[] }[];
              expect(hits.length).toBeLessThanOrEqual(limit);
              if (labels.length && !labels.includes('Entity')) for (const h of hits) expect(h.labels.some((l) => labels.includes(l))).toBe(true);
              for (const h of hits) expect(h.labels.some((l) => l.startsWith('_'))).toBe(false);
            },
          },
        };
      },
      RUNS.search,
    );
  }, 120_000);

  it('GET /api/nodes/:id: real, unknown, hostile, too long and undecodable ids', async () => {
    const malformed = fc.constantFrom('%', '%zz', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%FF', 'a%', 'country-kuwait%2');
    await hammer(
      'nodes',
      fc.oneof({ weight: 12, arbitrary: nodeIdArb().map((id) => ({ id, encoded: undefined })) }, { weight: 1, arbitrary: malformed.map((encoded) => ({ id: '', encoded })) }),
      ({ id, encoded }) => {
        if (encoded !== undefined) return { method: 'get', path: `/api/nodes/${encoded}`, expect: { status: [400], codes: ['bad_request'] } };
        // A lone surrogate cannot be decoded from the path (400); '' leaves no :id, so no route (404).
        const status = id === '' ? 404 : hasLoneSurrogate(id) || chars(id) > 200 ? 400 : known.nodeIds.includes(id) ? 200 : 404;
        return {
          method: 'get',
          path: `/api/nodes/${wire(id)}`,
          expect: {
            status: [status],
            codes: status === 404 ? ['not_found'] : ['validation_error', 'bad_request'],
            reply: nodeDetailsReply,
            then: (body, s) => {
              if (s === 200) expect((body as { node: { id: string } }).node.id).toBe(id);
            },
          },
        };
      },
      RUNS.nodes,
    );
  }, 120_000);

  it('GET /api/graph/neighbourhood: depth 10^9 and friends, hostile filters and windows', async () => {
    const depth = fc.oneof(
      { weight: 3, arbitrary: intParam(1, 3) },
      { weight: 1, arbitrary: fc.constantFrom('1000000000', '-1000000000', '1e9', '4', '0').map((raw) => ({ raw, validity: 'bad' as Validity })) },
    );
    const id = fc.oneof(
      { weight: 5, arbitrary: nodeIdArb() },
      { weight: 1, arbitrary: fc.constant<string | undefined>(undefined) },
      { weight: 1, arbitrary: fc.constant('') },
    );
    await hammer(
      'neighbourhood',
      blend(
        fc.record({ id: fc.constantFrom<string | undefined>(...known.nodeIds), depth: validInt(1, 3), types: validNames(known.types), labels: validNames(known.labels), from: validDate, to: validDate, limit: validInt(1, 5000) }),
        fc.record({ id, depth, types: nameList(known.types), labels: nameList(known.labels), from: dateParam, to: dateParam, limit: intParam(1, 5000) }),
      ),
      (t) => {
        const node = idInQuery(t.id);
        const window = t.from.validity === 'ok' && t.to.validity === 'ok' && !windowInOrder(t.from.raw as string | undefined, t.to.raw as string | undefined) ? 'bad' : 'ok';
        const zod = worst(node.form, t.depth.validity, t.limit.validity, t.from.validity, t.to.validity, window);
        const namesOk = listValidity(t.types, isKnownType) === 'ok' && listValidity(t.labels, isKnownLabel) === 'ok';
        const limit = t.limit.validity === 'ok' && typeof t.limit.raw === 'string' ? Number(t.limit.raw) : 500;
        return {
          method: 'get',
          path: `/api/graph/neighbourhood${queryString({ id: t.id, depth: t.depth.raw, types: t.types, labels: t.labels, from: t.from.raw, to: t.to.raw, limit: t.limit.raw })}`,
          expect: {
            ...exploreStatus(zod, namesOk, node.exists),
            reply: graphSchema,
            then: (body, s) => {
              if (s !== 200) return;
              const g = body as Graph;
              expect(g.nodes.length).toBeLessThanOrEqual(limit);
              checkExplorationGraph(g, listItems(t.types), listItems(t.labels), `neighbourhood of ${t.id}`);
            },
          },
        };
      },
      RUNS.neighbourhood,
    );
  }, 120_000);

  it('GET /api/graph/paths: hostile ends, lengths and filters', async () => {
    const ends = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(nodeIdArb(), nodeIdArb()) },
      { weight: 1, arbitrary: fc.constantFrom(...known.nodeIds).map((x) => [x, x] as [string, string]) },
      { weight: 1, arbitrary: nodeIdArb().map((x) => [x, undefined] as [string, string | undefined]) },
    );
    const maxLength = fc.oneof({ weight: 3, arbitrary: intParam(1, 6) }, { weight: 1, arbitrary: fc.constantFrom('7', '1000000000', '-6').map((raw) => ({ raw, validity: 'bad' as Validity })) });
    await hammer(
      'paths',
      blend(
        fc.record({
          ends: fc.tuple(fc.constantFrom(...known.nodeIds), fc.constantFrom(...known.nodeIds)).filter(([a, b]) => a !== b) as fc.Arbitrary<[string, string | undefined]>,
          maxLength: validInt(1, 6),
          types: validNames(known.types),
          labels: validNames(known.labels),
        }),
        fc.record({ ends, maxLength, types: nameList(known.types), labels: nameList(known.labels) }),
      ),
      (t) => {
        const [from, to] = t.ends;
        const a = idInQuery(from);
        const b = idInQuery(to);
        const same = a.form === 'ok' && b.form === 'ok' && from === to ? 'bad' : 'ok';
        const zod = worst(a.form, b.form, same, t.maxLength.validity);
        const namesOk = listValidity(t.types, isKnownType) === 'ok' && listValidity(t.labels, isKnownLabel) === 'ok';
        const max = t.maxLength.validity === 'ok' && typeof t.maxLength.raw === 'string' ? Number(t.maxLength.raw) : 6;
        return {
          method: 'get',
          path: `/api/graph/paths${queryString({ from, to, maxLength: t.maxLength.raw, types: t.types, labels: t.labels })}`,
          expect: {
            ...exploreStatus(zod, namesOk, a.exists && b.exists),
            reply: pathsReply,
            then: (body, s) => {
              if (s !== 200) return;
              const r = body as z.infer<typeof pathsReply>;
              expect(r.length === null).toBe(r.paths.length === 0);
              for (const p of r.paths) {
                expect(p.nodes[0]).toBe(from);
                expect(p.nodes.at(-1)).toBe(to);
                expect(p.length).toBeLessThanOrEqual(max);
                expect(p.edges).toHaveLength(p.length);
              }
              checkExplorationGraph(r.graph, listItems(t.types), listItems(t.labels), `paths ${from} → ${to}`);
            },
          },
        };
      },
      RUNS.paths,
    );
  }, 120_000);

  it('GET /api/graph/overview: limits and filters', async () => {
    await hammer(
      'overview',
      blend(
        fc.record({ limit: validInt(1, 50_000), types: validNames(known.types), labels: validNames(known.labels) }),
        fc.record({ limit: intParam(1, 50_000), types: nameList(known.types), labels: nameList(known.labels) }),
      ),
      (t) => {
        const namesOk = listValidity(t.types, isKnownType) === 'ok' && listValidity(t.labels, isKnownLabel) === 'ok';
        const limit = t.limit.validity === 'ok' && typeof t.limit.raw === 'string' ? Number(t.limit.raw) : 500;
        return {
          method: 'get',
          path: `/api/graph/overview${queryString({ limit: t.limit.raw, types: t.types, labels: t.labels })}`,
          expect: {
            ...exploreStatus(t.limit.validity, namesOk, true),
            reply: overviewReply,
            then: (body, s) => {
              if (s !== 200) return;
              const g = body as z.infer<typeof overviewReply>;
              expect(g.nodes.length).toBeLessThanOrEqual(limit);
              expect(g.total).toBeGreaterThanOrEqual(g.nodes.length);
              checkExplorationGraph(g, listItems(t.types), listItems(t.labels), 'overview');
            },
          },
        };
      },
      RUNS.overview,
    );
  }, 120_000);

  it('GET /api/timeline: windows of every shape', async () => {
    await hammer(
      'timeline',
      blend(fc.record({ from: validDate, to: validDate }), fc.record({ from: dateParam, to: dateParam })),
      (t) => {
        const window = t.from.validity === 'ok' && t.to.validity === 'ok' && !windowInOrder(t.from.raw as string | undefined, t.to.raw as string | undefined) ? 'bad' : 'ok';
        return {
          method: 'get',
          path: `/api/timeline${queryString({ from: t.from.raw, to: t.to.raw })}`,
          expect: {
            ...byValidity(worst(t.from.validity, t.to.validity, window), [200]),
            reply: timelineReply,
            then: (body, s) => {
              if (s !== 200) return;
              const r = body as z.infer<typeof timelineReply>;
              expect(r.from).toBe((t.from.raw as string | undefined) ?? null);
              expect(r.to).toBe((t.to.raw as string | undefined) ?? null);
            },
          },
        };
      },
      RUNS.timeline,
    );
  }, 120_000);

  it('GET /api/agreements: statuses and near misses', async () => {
    const status = fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(undefined, 'signed', 'under_negotiation', 'planned').map((raw) => ({ raw, validity: 'ok' as Validity })) },
      {
        weight: 3,
        arbitrary: fc
          .oneof(fc.constantFrom<string | string[]>('SIGNED', 'signed ', '', 'draft', 'under negotiation', 'signed\u200b', ['signed', 'planned'], '<b>signed</b>'), hostileText(3))
          .map((raw) => ({ raw, validity: 'bad' as Validity })),
      },
    );
    await hammer(
      'agreements',
      status,
      (t) => ({
        method: 'get',
        path: `/api/agreements${queryString({ status: t.raw })}`,
        expect: {
          ...byValidity(t.validity, [200]),
          reply: agreementsReply,
          then: (body, s) => {
            if (s === 200 && typeof t.raw === 'string') for (const row of (body as z.infer<typeof agreementsReply>).rows) expect(row.status).toBe(t.raw);
          },
        },
      }),
      RUNS.agreements,
    );
  }, 120_000);

  it('GET /api/health, /api/schema, /api/openapi.json, /api/queries ignore junk in the query string', async () => {
    const junk = fc.dictionary(fc.oneof(hostileText(2), fc.constantFrom('__proto__', 'constructor', 'q[]', 'limit[$gt]', 'toString')), hostileText(3), { maxKeys: 4 });
    const endpoints = {
      '/api/health': { reply: undefined, then: (b: unknown) => expect((b as { status: string }).status).toBe('ok') },
      '/api/schema': { reply: schemaReply, then: undefined },
      '/api/openapi.json': { reply: undefined, then: (b: unknown) => expect((b as { openapi: string }).openapi).toMatch(/^3\.1/) },
      '/api/queries': { reply: undefined, then: (b: unknown) => {
          for (const q of b as unknown[]) savedQuerySchema.parse(q);
        } },
    } as const;
    await hammer(
      'fixed reads',
      fc.tuple(fc.constantFrom(...(Object.keys(endpoints) as (keyof typeof endpoints)[])), junk),
      ([path, params]) => ({
        method: 'get',
        path: path + queryString(params),
        expect: { status: [200], ...(endpoints[path].reply ? { reply: endpoints[path].reply } : {}), then: endpoints[path].then },
      }),
      RUNS.fixedReads,
    );
  }, 120_000);

  it('unknown routes and wrong methods are JSON 404s', async () => {
    const routes = new Set(['health', 'schema', 'search', 'nodes', 'graph', 'timeline', 'agreements', 'queries', 'cypher', 'openapi.json', 'snapshots']);
    const wrongMethod: [Method, string][] = [
      ...(['post', 'put', 'delete', 'patch'] as const).flatMap((m) =>
        ['/api/health', '/api/schema', '/api/search?q=kuwait', '/api/nodes/country-kuwait', '/api/graph/neighbourhood?id=country-kuwait', '/api/graph/paths', '/api/graph/overview', '/api/timeline', '/api/agreements', '/api/openapi.json'].map(
          (p) => [m, p] as [Method, string],
        ),
      ),
      ['get', '/api/cypher'], ['put', '/api/cypher'], ['delete', '/api/cypher'], ['patch', '/api/cypher'],
      ['get', '/api/queries/who-signed-what-with-whom/run'], ['put', '/api/queries'], ['delete', '/api/queries'], ['patch', '/api/queries/find-by-name'],
      ['put', '/api/queries/find-by-name/run'], ['get', '/api'], ['get', '/api/'], ['get', '/api/nodes'], ['get', '/api/nodes/a/b'], ['get', '/api/graph'],
      ['get', '/api/graph/unknown'], ['get', '/api/health/x'], ['get', '/api/openapi.json/x'], ['get', '/api/graph/neighbourhood/..%2F..%2Fetc%2Fpasswd'],
    ];
    const randomPath = fc
      .tuple(fc.constantFrom<Method>('get', 'post', 'put', 'delete', 'patch'), hostileText(3), fc.option(hostileText(2), { nil: undefined }))
      .filter(([, seg]) => !routes.has(seg.toLowerCase()) && !hasLoneSurrogate(seg))
      .map(([m, seg, rest]) => [m, `/api/${wire(seg)}${rest === undefined ? '' : `/${wire(rest)}`}`] as [Method, string]);
    await hammer(
      'unknown routes',
      fc.tuple(fc.oneof(fc.constantFrom(...wrongMethod), randomPath), fc.option(fc.dictionary(hostileText(2), hostileText(2), { maxKeys: 2 }), { nil: undefined })),
      ([[method, path], body]) => ({ method, path, body: method === 'get' ? undefined : body, expect: { status: [404, 405], codes: ['not_found', 'method_not_allowed'] } }),
      RUNS.unknownRoutes,
    );
  }, 120_000);

  // ------------------------------------------------------------------------------ saved queries

  const TYPES: readonly ParamType[] = ['string', 'int', 'float', 'boolean', 'date', 'nodeId', 'enum'];

  /**
   * A JSON value for a parameter of `type`: accepted (coerced) or refused. `unknownNode`: a well-formed id naming
   * no node. `values`: an enum's allowed values.
   */
  function paramValue(type: ParamType, values: readonly string[] = []): fc.Arbitrary<Tagged<unknown> & { unknownNode?: boolean }> {
    const ok = (a: fc.Arbitrary<unknown>) => a.map((raw) => ({ raw, validity: 'ok' as Validity }));
    const bad = (a: fc.Arbitrary<unknown>) => a.map((raw) => ({ raw, validity: 'bad' as Validity }));
    // Three accepted values to one refused: a query takes up to three parameters, each may spoil the run.
    const mix = (oks: fc.Arbitrary<Tagged<unknown> & { unknownNode?: boolean }>[], bads: fc.Arbitrary<Tagged<unknown>>[]) =>
      fc.oneof({ weight: 3, arbitrary: fc.oneof(...oks) }, { weight: 1, arbitrary: fc.oneof(...bads) });
    const notScalar = bad(fc.constantFrom<unknown>({}, [], [1], { a: 1 }));
    switch (type) {
      case 'string':
        return mix([ok(wellFormedText(4)), ok(fc.integer()), ok(fc.boolean())], [bad(hostileText(3).filter(hasLoneSurrogate)), bad(longText(1001, 3000)), notScalar]);
      case 'int':
        return mix(
          [ok(fc.integer({ min: -1_000_000, max: 1_000_000 })), ok(fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0, ' 42 ', '+7', '-3', '007'))],
          [bad(fc.constantFrom(1.5, '1.5', 'ten', 2 ** 53, '9007199254740993', true, '', '١', '1e3', 1e21, '0x10')), notScalar],
        );
      case 'float':
        return mix(
          [ok(fc.double({ noNaN: true, noDefaultInfinity: true })), ok(fc.constantFrom('1e3', '.5', '-0.25', ' 3 ', 1e308, -1e-308))],
          [bad(fc.constantFrom('abc', '1e400', '0x10', true, '', 'NaN', 'Infinity', '1,5')), notScalar],
        );
      case 'boolean':
        return mix([ok(fc.constantFrom(true, false, 'true', 'false'))], [bad(fc.constantFrom('TRUE', 1, 0, 'yes', '', 'true ')), notScalar]);
      case 'date':
        return mix([ok(isoDate)], [bad(fc.constantFrom('2024-13', '2023-02-29', '24', '2024/05/10', '٢٠٢٤', '', 2024, '2024-05-10T00:00')), notScalar]);
      case 'nodeId':
        return mix(
          [
            ok(fc.constantFrom(...known.nodeIds)),
            ok(fc.constantFrom(...known.nodeIds)),
            wellFormedText(3)
              .filter((s) => s.length > 0 && !known.nodeIds.includes(s))
              .map((raw) => ({ raw, validity: 'ok' as Validity, unknownNode: true })),
          ],
          [bad(fc.constantFrom('', 42, true)), bad(longText(201, 600)), bad(hostileText(3).filter(hasLoneSurrogate)), notScalar],
        );
      case 'enum':
        // Only the listed values, exactly: another case, padding or a near miss is refused.
        return mix(
          [ok(fc.constantFrom(...values))],
          [bad(fc.constantFrom('', 'SIGNED', ' signed', 'signed ', 'sign', 1, true, ...values.map((v) => v.toUpperCase()).filter((v) => !values.includes(v)))), bad(wellFormedText(3).filter((s) => !values.includes(s))), notScalar],
        );
    }
  }

  it('GET /api/queries/:id: file, user, unknown, hostile and too long ids', async () => {
    await hammer(
      'query reads',
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...fileQueries.map((q) => q.id)) },
        { weight: 4, arbitrary: hostileText(4).filter((s) => s !== '') },
        { weight: 1, arbitrary: longText(201, 1000) },
        { weight: 1, arbitrary: fc.constantFrom('..', '.', '%2e%2e', 'find-by-name/run', 'FIND-BY-NAME', 'find-by-name ') },
      ),
      (id) => {
        const file = fileQueries.some((q) => q.id === id);
        const status = hasLoneSurrogate(id) || chars(id) > 200 ? 400 : file ? 200 : 404;
        return {
          method: 'get',
          path: `/api/queries/${id === '%2e%2e' ? id : wire(id)}`,
          expect: { status: [status], reply: savedQuerySchema, then: (b, s) => void (s === 200 && expect((b as { id: string }).id).toBe(id)) },
        };
      },
      RUNS.queryReads,
    );
  }, 120_000);

  it('POST /api/queries/:id/run: parameters of every wrong type, unknown names, hostile bodies', async () => {
    const forFile = fc.constantFrom(...fileQueries).chain((q) =>
      fc
        .tuple(
          fc.tuple(...q.params.map((p) => fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: paramValue(p.type, p.values) }))),
          // Now and then a parameter the query does not take.
          fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.tuple(hostileText(2), wellFormedText(2)) }),
        )
        .map(([values, extra]) => ({ q, values, extra })),
    );
    type Plan =
      | { kind: 'file'; q: (typeof fileQueries)[number]; values: ((Tagged<unknown> & { unknownNode?: boolean }) | undefined)[]; extra: [string, string] | undefined }
      | { kind: 'user'; index: number }
      | { kind: 'unknown'; id: string }
      | { kind: 'badBody'; body: unknown; id: string };
    const plan: fc.Arbitrary<Plan> = fc.oneof(
      { weight: 10, arbitrary: forFile.map((p) => ({ kind: 'file' as const, ...p })) },
      { weight: 1, arbitrary: fc.nat().map((index) => ({ kind: 'user' as const, index })) },
      { weight: 1, arbitrary: hostileText(3).filter((s) => s !== '' && !hasLoneSurrogate(s) && !fileQueries.some((q) => q.id === s)).map((id) => ({ kind: 'unknown' as const, id })) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom<unknown>([], { params: [] }, { params: 'x' }, { params: null }, { params: { '': 1 } }, { params: { ['p'.repeat(65)]: 1 } }, { params: 5 }), fc.constantFrom(...fileQueries.map((q) => q.id)))
          .map(([body, id]) => ({ kind: 'badBody' as const, body, id })),
      },
    );
    await hammer(
      'query runs',
      plan,
      (p): Probe => {
        if (p.kind === 'badBody') return { method: 'post', path: `/api/queries/${p.id}/run`, body: p.body, expect: { status: [400], codes: ['validation_error'] } };
        if (p.kind === 'unknown') return { method: 'post', path: `/api/queries/${wire(p.id)}/run`, body: { params: {} }, expect: { status: [404], codes: ['not_found'] } };
        if (p.kind === 'user') {
          const ids = [...created.keys()];
          if (!ids.length) return { method: 'post', path: '/api/queries/no-such-user-query/run', body: {}, expect: { status: [404] } };
          return { method: 'post', path: `/api/queries/${ids[p.index % ids.length]}/run`, body: { params: {} }, expect: { status: [200], reply: queryRunReply } };
        }
        const params: Record<string, unknown> = {};
        p.q.params.forEach((spec, i) => {
          const v = p.values[i];
          if (v) params[spec.name] = v.raw;
        });
        const extraName = p.extra && !p.q.params.some((s) => s.name === p.extra![0]) ? p.extra[0] : undefined;
        if (extraName !== undefined) params[extraName] = p.extra![1];
        const given = p.values.filter((v): v is NonNullable<typeof v> => v !== undefined && v.raw !== null);
        let v: Validity = worst(...given.map((x) => x.validity));
        if (extraName !== undefined) v = 'bad';
        let status: number[] = v === 'bad' ? [400] : given.some((x) => x.unknownNode) ? [404] : [200];
        // Values the query itself may refuse at run time (a 400 naming the problem is right too):
        // Lucene syntax in find-by-name's q, a negative LIMIT, the same node at both ends of a shortest path.
        const val = (name: string) => params[name];
        if (status[0] === 200) {
          if (p.q.id === 'find-by-name' && (val('q') !== undefined || Number(val('limit')) < 0)) status = [200, 400];
          if (p.q.id === 'connection-between-two-actors' && val('from') !== undefined && val('from') === (val('to') ?? 'org-fiep')) status = [200, 400];
          if (p.q.id === 'connection-between-two-actors' && val('to') !== undefined && val('to') === (val('from') ?? 'person-meshal-al-ahmad-al-jaber-al-sabah')) status = [200, 400];
        }
        return {
          method: 'post',
          path: `/api/queries/${p.q.id}/run`,
          body: { params },
          expect: {
            status,
            codes: status.includes(404) ? ['not_found'] : undefined,
            reply: queryRunReply,
            then: (body, s) => {
              if (s !== 200) return;
              const r = body as z.infer<typeof queryRunReply>;
              expect(r.query.id).toBe(p.q.id);
              expect(Object.keys(r.params).sort()).toEqual(p.q.params.map((x) => x.name).sort());
            },
          },
        };
      },
      RUNS.queryRuns,
    );
  }, 120_000);

  /** Read-only queries the corpus saves: what their header says, and the params they need. */
  const READ_POOL: { cypher: string; title?: string; description?: string; specs: ParamSpec[]; headerParams?: true }[] = [
    { cypher: 'MATCH (c:Country) RETURN c.name AS name ORDER BY name', specs: [] },
    { cypher: 'MATCH (n:Entity {id: $id}) RETURN n', specs: [{ name: 'id', type: 'nodeId', default: 'country-kuwait' }] },
    {
      cypher:
        '// @title Hostile header <b>bold</b> \u202eevil\n// @description <script>alert(1)</script>\n// @param q:string=kuwait\nMATCH (n:Entity) WHERE toLower(n.name) CONTAINS toLower($q) RETURN n.id AS id ORDER BY id LIMIT 5',
      title: 'Hostile header <b>bold</b> \u202eevil',
      description: '<script>alert(1)</script>',
      specs: [{ name: 'q', type: 'string', default: 'kuwait' }],
      headerParams: true,
    },
    { cypher: "RETURN '<img src=x onerror=alert(1)>' AS `<b>html</b>`, '\u202eevil' AS rtl", specs: [] },
    { cypher: "MATCH (n:Country) // DELETE n; CREATE (x)\nWHERE n.name <> 'DROP DATABASE neo4j' /* SET n.x = 1 */ RETURN count(n) AS n", specs: [] },
    { cypher: 'MATCH (`n\u200b`:Country) RETURN `n\u200b`.name AS `ا\u0651سم` ORDER BY `ا\u0651سم`', specs: [] },
  ];

  interface SavePlan {
    title: Tagged<unknown> & { blank?: true };
    description: Tagged<unknown>;
    cypher: { kind: 'pool'; index: number } | { kind: 'write'; query: string } | { kind: 'junk' | 'zodBad'; query: unknown };
    params: 'omit' | 'match' | 'extra' | 'empty' | 'badDefault' | { zodBad: unknown };
    version: Tagged<unknown>;
  }

  const savePlan: fc.Arbitrary<SavePlan> = fc.record({
    title: fc.oneof(
      { weight: 6, arbitrary: wellFormedText(4).filter((s) => s.trim() !== '' && s.length <= 200).map((raw) => ({ raw, validity: 'ok' as Validity })) },
      { weight: 2, arbitrary: fc.constantFrom<unknown>(undefined, '', '   ', '\u3000\u00a0', '\ufeff').map((raw) => ({ raw, validity: 'ok' as Validity, blank: true as const })) },
      { weight: 2, arbitrary: fc.oneof(longText(201, 2000), hostileText(3).filter(hasLoneSurrogate), fc.constantFrom<unknown>(42, null, ['x'], { t: 1 })).map((raw) => ({ raw, validity: 'bad' as Validity })) },
    ),
    description: fc.oneof(
      { weight: 3, arbitrary: fc.constant({ raw: undefined as unknown, validity: 'ok' as Validity }) },
      { weight: 4, arbitrary: fc.oneof(wellFormedText(5), longText(500, 2000)).map((raw) => ({ raw, validity: 'ok' as Validity })) },
      { weight: 1, arbitrary: fc.oneof(longText(2001, 5000), hostileText(3).filter(hasLoneSurrogate), fc.constantFrom<unknown>(1, false)).map((raw) => ({ raw, validity: 'bad' as Validity })) },
    ),
    cypher: fc.oneof(
      { weight: 8, arbitrary: fc.nat({ max: READ_POOL.length - 1 }).map((index) => ({ kind: 'pool' as const, index })) },
      { weight: 3, arbitrary: writeCypher.map((d) => ({ kind: 'write' as const, query: d.query })) },
      { weight: 1, arbitrary: fc.oneof(hostileText(4).filter((s) => s.trim() !== '' && !hasLoneSurrogate(s)), fc.constantFrom('MATCH (n RETURN n', 'RETURN', ';', '// only a comment')).map((query) => ({ kind: 'junk' as const, query })) },
      { weight: 1, arbitrary: fc.oneof(fc.constantFrom<unknown>('', 42, null, ['RETURN 1']), fc.integer({ min: 50_001, max: 60_000 }).map((n) => `RETURN '${'x'.repeat(n)}'`), fc.constant('RETURN "\ud800" AS x')).map((query) => ({ kind: 'zodBad' as const, query })) },
    ),
    params: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom<'omit' | 'match'>('omit', 'match') },
      { weight: 1, arbitrary: fc.constantFrom<'extra' | 'empty' | 'badDefault'>('extra', 'empty', 'badDefault') },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom<unknown>(
            [{ name: '1bad', type: 'string' }], [{ name: 'a-b', type: 'string' }], [{ name: 'x', type: 'text' }], [{ name: '<script>', type: 'string' }],
            [{ name: 'x', type: 'int', default: {} }], [{ name: 'x', type: 'string' }, { name: 'x', type: 'int' }], [null], 'x', { name: 'x' },
            Array.from({ length: 31 }, (_, i) => ({ name: `p${i}`, type: 'string' })), [{ name: 'p'.repeat(65), type: 'string' }],
          )
          .map((zodBad) => ({ zodBad })),
      },
    ),
    version: fc.oneof({ weight: 5, arbitrary: fc.constant({ raw: undefined as unknown, validity: 'ok' as Validity }) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(0, -1, 1.5, '2', null).map((raw) => ({ raw, validity: 'bad' as Validity })) }),
  });

  const validSavePlan: fc.Arbitrary<SavePlan> = fc.record({
    title: wellFormedText(4).filter((s) => s.trim() !== '' && s.length <= 200).map((raw) => ({ raw, validity: 'ok' as Validity })),
    description: fc.oneof(fc.constant(undefined), wellFormedText(5)).map((raw) => ({ raw: raw as unknown, validity: 'ok' as Validity })),
    cypher: fc.nat({ max: READ_POOL.length - 1 }).map((index) => ({ kind: 'pool' as const, index })),
    params: fc.constant('match' as const),
    version: fc.constant({ raw: undefined as unknown, validity: 'ok' as Validity }),
  });

  /** The body a save plan sends, and what the contract says of it. */
  function saveBody(p: SavePlan): { body: Record<string, unknown>; zodBad: boolean; prepareBad: boolean; expected?: { title: string; description: string; cypher: string } } {
    const body: Record<string, unknown> = {};
    if (p.title.raw !== undefined) body['title'] = p.title.raw;
    if (p.description.raw !== undefined) body['description'] = p.description.raw;
    let zodBad = p.title.validity === 'bad' || p.description.validity === 'bad' || p.version.validity === 'bad';
    let prepareBad = false;
    const pool = p.cypher.kind === 'pool' ? READ_POOL[p.cypher.index]! : undefined;
    body['cypher'] = pool ? pool.cypher : p.cypher.kind === 'pool' ? '' : p.cypher.query;
    if (p.cypher.kind === 'zodBad') zodBad = true;
    if (p.cypher.kind === 'write' || p.cypher.kind === 'junk') prepareBad = true;
    const specs = pool?.specs ?? [];
    if (typeof p.params === 'object') {
      body['params'] = p.params.zodBad;
      zodBad = true;
    } else if (p.params === 'match') body['params'] = specs;
    else if (p.params === 'extra') {
      body['params'] = [...specs, { name: 'unused', type: 'string' }];
      prepareBad = true;
    } else if (p.params === 'empty') {
      body['params'] = [];
      if (specs.length) prepareBad = true;
    } else if (p.params === 'badDefault') {
      body['params'] = [{ name: 'id', type: 'int', default: 'not a number' }];
      prepareBad = true;
    } else if (p.params === 'omit' && pool && specs.length && !pool.headerParams) prepareBad = true; // $id used, no @param line
    if (p.version.raw !== undefined) body['version'] = p.version.raw;
    const title = (typeof p.title.raw === 'string' ? p.title.raw.trim() : '') || pool?.title;
    if (!title && !zodBad) prepareBad = true;
    const expected =
      pool && title ? { title, description: (p.description.raw as string | undefined) ?? pool.description ?? '', cypher: pool.cypher } : undefined;
    return { body, zodBad, prepareBad, expected };
  }

  /** After a 200/201: the reply says what was sent, and reading the query back gives the same. */
  async function sameWhenReadBack(body: unknown, expected: { title: string; description: string; cypher: string } | undefined): Promise<void> {
    const q = savedQuerySchema.parse(body);
    expect(q.origin).toBe('user');
    if (expected) expect({ title: q.title, description: q.description, cypher: q.cypher }).toEqual(expected);
    const back = await check('query reads', { method: 'get', path: `/api/queries/${q.id}`, expect: { status: [200], reply: savedQuerySchema } });
    expect(back).toEqual(q);
    created.set(q.id, q.version!);
  }

  it('POST /api/queries: HTML and Unicode in titles, write Cypher, bad parameter specs, wrong types', async () => {
    await hammer(
      'query creates',
      blend(validSavePlan, savePlan),
      (p) => {
        const s = saveBody(p);
        return {
          method: 'post',
          path: '/api/queries',
          body: s.body,
          expect: {
            status: s.zodBad || s.prepareBad ? [400] : [201],
            then: async (body, status) => {
              if (status !== 201) return;
              expect((body as { id: string }).id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{8}$/);
              expect((body as { version: number }).version).toBe(1);
              await sameWhenReadBack(body, s.expected);
            },
          },
        };
      },
      RUNS.queryCreates,
    );
    expect(created.size, 'the corpus saved some queries').toBeGreaterThan(5);
  }, 120_000);

  it('PUT /api/queries/:id: stale and bad versions, file queries, unknown ids, write Cypher', async () => {
    type Target = { kind: 'file'; id: string } | { kind: 'user'; index: number; version: 'omit' | 'current' | 'stale' | 'future' } | { kind: 'unknown'; id: string } | { kind: 'tooLong'; id: string };
    const target: fc.Arbitrary<Target> = fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...fileQueries.map((q) => q.id)).map((id) => ({ kind: 'file' as const, id })) },
      { weight: 6, arbitrary: fc.record({ index: fc.nat(), version: fc.constantFrom<'omit' | 'current' | 'stale' | 'future'>('omit', 'current', 'current', 'stale', 'future') }).map((x) => ({ kind: 'user' as const, ...x })) },
      { weight: 1, arbitrary: hostileText(3).filter((s) => s !== '' && !hasLoneSurrogate(s) && !fileQueries.some((q) => q.id === s)).map((id) => ({ kind: 'unknown' as const, id })) },
      { weight: 1, arbitrary: longText(201, 400).map((id) => ({ kind: 'tooLong' as const, id })) },
    );
    await hammer(
      'query updates',
      fc.tuple(target, blend(validSavePlan, savePlan)),
      ([t, plan]) => {
        const s = saveBody(plan);
        const ids = [...created.keys()];
        let id: string;
        let status: number;
        let current: number | undefined;
        if (t.kind === 'user' && ids.length) {
          id = ids[t.index % ids.length]!;
          current = created.get(id)!;
          if (plan.version.validity === 'ok') {
            if (t.version === 'current') s.body['version'] = current;
            if (t.version === 'stale') s.body['version'] = Math.max(1, current - 1) === current ? current + 1 : current - 1;
            if (t.version === 'future') s.body['version'] = current + 5;
          }
          const version = s.body['version'];
          status = s.zodBad || s.prepareBad ? 400 : version === undefined || version === current ? 200 : 409;
        } else if (t.kind === 'file') {
          id = t.id;
          status = s.zodBad ? 400 : 403;
        } else if (t.kind === 'tooLong') {
          id = t.id;
          status = 400;
        } else {
          id = t.kind === 'unknown' ? t.id : 'no-such-user-query';
          status = s.zodBad || s.prepareBad ? 400 : 404;
        }
        return {
          method: 'put',
          path: `/api/queries/${wire(id)}`,
          body: s.body,
          expect: {
            status: [status],
            codes: status === 403 ? ['read_only_query'] : status === 409 ? ['version_conflict'] : status === 404 ? ['not_found'] : undefined,
            then: async (body, st) => {
              if (st === 409) expect((body as { error: { details: { currentVersion: number } } }).error.details.currentVersion).toBe(current);
              if (st !== 200) return;
              expect((body as { version: number }).version).toBe(current! + 1);
              await sameWhenReadBack(body, s.expected);
            },
          },
        };
      },
      RUNS.queryUpdates,
    );
  }, 120_000);

  it('DELETE /api/queries/:id: file queries, unknown, hostile and too long ids; a deleted query is gone', async () => {
    const target = fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...fileQueries.map((q) => q.id)).map((id) => ({ kind: 'file' as const, id })) },
      { weight: 1, arbitrary: fc.nat().map((index) => ({ kind: 'user' as const, index })) },
      { weight: 4, arbitrary: hostileText(3).filter((s) => s !== '' && !fileQueries.some((q) => q.id === s)).map((id) => ({ kind: 'other' as const, id })) },
      { weight: 1, arbitrary: longText(201, 400).map((id) => ({ kind: 'other' as const, id })) },
    );
    await hammer(
      'query deletes',
      target,
      (t): Probe => {
        if (t.kind === 'file') return { method: 'delete', path: `/api/queries/${t.id}`, expect: { status: [403], codes: ['read_only_query'] } };
        if (t.kind === 'user') {
          // Delete only while more than a handful are left: the cleanup at the end deletes the rest.
          const ids = [...created.keys()];
          if (ids.length <= 5) return { method: 'delete', path: '/api/queries/no-such-user-query', expect: { status: [404] } };
          const id = ids[t.index % ids.length]!;
          return {
            method: 'delete',
            path: `/api/queries/${id}`,
            expect: {
              status: [204],
              then: async () => {
                created.delete(id);
                await check('query reads', { method: 'get', path: `/api/queries/${id}`, expect: { status: [404], codes: ['not_found'] } });
              },
            },
          };
        }
        const status = hasLoneSurrogate(t.id) || chars(t.id) > 200 ? 400 : 404;
        return { method: 'delete', path: `/api/queries/${wire(t.id)}`, expect: { status: [status] } };
      },
      RUNS.queryDeletes,
    );
  }, 120_000);

  // ---------------------------------------------------------------------------------- Cypher

  it('write Cypher in every disguise is refused by /api/cypher and by saving a query', async () => {
    await hammer(
      'write cypher',
      fc.tuple(writeCypher, fc.constantFrom('cypher', 'cypher', 'cypher', 'create', 'update'), fc.nat()),
      ([d, where, index]): Probe => {
        // A disguise that keeps the query's meaning must be named a read-only violation; one that mangles a
        // keyword may be a syntax error instead. Either way a 400, and nothing written.
        const codes = d.keepsMeaning ? ['read_only_violation'] : ['read_only_violation', 'cypher_syntax_error', 'cypher_error', 'bad_request'];
        if (where === 'cypher') return { method: 'post', path: '/api/cypher', body: { query: d.query, params: {} }, expect: { status: [400], codes } };
        const ids = [...created.keys()];
        if (where === 'update' && ids.length) {
          return { method: 'put', path: `/api/queries/${ids[index % ids.length]}`, body: { title: 'Innocent', cypher: d.query }, expect: { status: [400], codes } };
        }
        return { method: 'post', path: '/api/queries', body: { title: '<b>Innocent</b>', description: d.query, cypher: d.query }, expect: { status: [400], codes } };
      },
      RUNS.writeCypher,
    );
  }, 120_000);

  it('read Cypher with hostile parameters answers 200 with the documented shape, or a 400', async () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    type Read = { query: string; params: Record<string, unknown>; status: number[]; echo?: unknown };
    const reads: fc.Arbitrary<Read> = fc.oneof(
      json.map((p) => ({ query: 'RETURN $p AS p', params: { p }, status: [200], echo: p })),
      fc.tuple(json, wellFormedText(3)).map(([p, html]) => ({ query: `RETURN $p AS p, '${html.replace(/[\\']/g, '')}' AS html`, params: { p }, status: [200, 400] })),
      hostileText(3).map((q) => ({ query: 'MATCH (n:Entity) WHERE n.name CONTAINS $q RETURN n.id AS id ORDER BY id LIMIT 5', params: { q }, status: [200] })),
      nodeIdArb().map((id) => ({ query: 'MATCH (n:Entity {id: $id}) RETURN n', params: { id }, status: [200] })),
      fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.constantFrom(1e9, 2 ** 53, 1.5, -1)).map((n) => ({ query: 'MATCH (n:Entity)-[r]->(m) RETURN n, r, m LIMIT $n', params: { n }, status: n >= 0 && Number.isSafeInteger(n) ? [200] : [400] })),
      hostileText(3).map((q) => ({ query: "CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node RETURN node.id AS id LIMIT 3", params: { q }, status: [200, 400] })),
      fc.constant<Read>({ query: "MATCH (n:Country) // CREATE (x)\nRETURN n.name AS `<img src=x onerror=alert(1)>` ORDER BY n.name", params: {}, status: [200] }),
      json.map((list) => ({ query: 'RETURN size($list) AS n', params: { list }, status: Array.isArray(list) || typeof list === 'string' ? [200] : [200, 400] })),
      fc.integer({ min: -10, max: 1_000_000 }).map((n) => ({ query: 'UNWIND range(1, $n) AS x RETURN x', params: { n }, status: [200] })),
      // A result nested deeper than any client could draw: built by the query itself, not sent.
      // (rows may nest 500 deep, docs/api.md; the value is n + 1 deep, its row one more)
      fc.oneof(fc.integer({ min: 1, max: 3_000 }), fc.constantFrom(1, 497, 498, 499, 2_990)).map((n) => ({ query: 'RETURN reduce(x = [], i IN range(1, $n) | [x]) AS deep', params: { n }, status: n <= 498 ? [200] : [400] })),
      // Parameter maps the contract refuses: empty or over-long names, more than 100 of them, not a map.
      fc
        .constantFrom<unknown>({ '': 1 }, { ['k'.repeat(201)]: 1 }, Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`p${i}`, i])), [], 'x', null, 5)
        .map((params) => ({ query: 'RETURN 1 AS one', params: params as Record<string, unknown>, status: [400] })),
    );
    await hammer(
      'read cypher',
      reads,
      (r) => ({
        method: 'post',
        path: '/api/cypher',
        body: { query: r.query, params: r.params },
        expect: {
          status: r.status,
          reply: runReply,
          then: (body, s) => {
            if (s !== 200) return;
            const reply = body as z.infer<typeof runReply>;
            expect(reply.rows.length).toBeLessThanOrEqual(1000);
            if ('echo' in r && !/\\u[dD][89a-fA-F]/.test(JSON.stringify(r.echo))) expect(reply.rows[0]!['p']).toEqual(r.echo);
          },
        },
      }),
      RUNS.readCypher,
    );
  }, 120_000);

  // ------------------------------------------------------------------------------------ bodies

  it('malformed, oversized, deeply nested, mislabelled and compressed bodies', async () => {
    type Target = 'cypher' | 'create' | 'update' | 'run';
    const path: Record<Target, { method: Method; path: string }> = {
      cypher: { method: 'post', path: '/api/cypher' },
      create: { method: 'post', path: '/api/queries' },
      update: { method: 'put', path: '/api/queries/no-such-user-query' },
      run: { method: 'post', path: '/api/queries/who-signed-what-with-whom/run' },
    };
    /** A valid body for each target, and the 2xx it gets (update: the id does not exist, a 404). */
    const valid: Record<Target, { body: Record<string, unknown>; status: number }> = {
      cypher: { body: { query: 'RETURN 1 AS one' }, status: 200 },
      create: { body: { title: 'Padded <b>query</b>', cypher: 'RETURN 1 AS one' }, status: 201 },
      update: { body: { title: 'Padded', cypher: 'RETURN 1 AS one' }, status: 404 },
      run: { body: { params: {} }, status: 200 },
    };
    const LIMIT = 100 * 1024;
    type Case = { name: string; raw: { data: string | Buffer; type: string; encoding?: string }; status: Partial<Record<Target, number[]>> & { all?: number[] }; codes?: string[] };
    const padded = (t: Target, bytes: number, unit = 'x') => {
      const shell = JSON.stringify({ ...valid[t].body, pad: '' });
      const n = Math.max(0, Math.floor((bytes - Buffer.byteLength(shell)) / Buffer.byteLength(unit)));
      return JSON.stringify({ ...valid[t].body, pad: unit.repeat(n) });
    };
    const deep = (d: number) => '['.repeat(d) + ']'.repeat(d);
    const overMaximum: Record<Target, unknown> = {
      cypher: { query: `RETURN '${'x'.repeat(55_000)}' AS x` },
      create: { title: 't', cypher: `RETURN '${'x'.repeat(55_000)}' AS x` },
      update: { title: 'x'.repeat(201), cypher: 'RETURN 1 AS one' },
      run: { params: { status: 'x'.repeat(1_001) } },
    };
    const cases = (t: Target): Case[] => [
      ...['{"query": "RETURN 1",', '{query: 1}', "{'query': 'RETURN 1'}", '{"query": "RETURN 1"} trailing', '{"query": NaN}', '{"a":1,}', '/* c */ {}', '[', '{"query": "\\x41"}', '"string"', '42', 'null', 'true'].map(
        (data): Case => ({ name: 'malformed', raw: { data, type: 'application/json' }, status: { all: [400] }, codes: ['invalid_json'] }),
      ),
      { name: 'array body', raw: { data: '[]', type: 'application/json' }, status: { all: [400] }, codes: ['validation_error'] },
      { name: 'proto key', raw: { data: '{"__proto__": {"query": "CREATE (n)", "title": "x", "cypher": "CREATE (n)", "params": {"x": 1}}}', type: 'application/json' }, status: { all: [400], run: [200] } },
      { name: 'duplicate keys', raw: { data: '{"query": "RETURN 1", "query": "CREATE (n:Evil)", "title": "t", "cypher": "RETURN 1", "cypher": "CREATE (n:Evil)", "params": {}, "params": {"x": 1}}', type: 'application/json' }, status: { all: [400] } },
      { name: 'empty', raw: { data: '', type: 'application/json' }, status: { all: [400], run: [200] } },
      { name: 'under the limit', raw: { data: padded(t, LIMIT - 200), type: 'application/json' }, status: { all: [valid[t].status] } },
      { name: 'under the limit, Arabic', raw: { data: padded(t, LIMIT - 200, 'ك'), type: 'application/json' }, status: { all: [valid[t].status] } },
      { name: 'just over the limit', raw: { data: padded(t, LIMIT + 10), type: 'application/json' }, status: { all: [413] }, codes: ['payload_too_large'] },
      { name: 'over the limit in bytes, not in characters', raw: { data: padded(t, LIMIT + 4000, 'ك'), type: 'application/json' }, status: { all: [413] }, codes: ['payload_too_large'] },
      { name: 'a megabyte', raw: { data: padded(t, 1024 * 1024), type: 'application/json' }, status: { all: [413] }, codes: ['payload_too_large'] },
      { name: 'a field over its maximum, the body under the limit', raw: { data: JSON.stringify(overMaximum[t]), type: 'application/json' }, status: { all: [400] } },
      // Parameters may nest 64 deep (docs/api.md); deeper is refused before anything walks it.
      ...[64, 65, 1_000, 10_000, 45_000].map(
        (d): Case => ({
          name: `nested ${d} deep`,
          raw: { data: `{"query": "RETURN $p AS p", "params": {"p": ${deep(d)}}, "title": "t", "cypher": "RETURN 1 AS one"}`, type: 'application/json' },
          status: { cypher: d <= 64 ? [200] : [400], create: [400], update: [400], run: [400] },
        }),
      ),
      { name: 'text/plain', raw: { data: JSON.stringify(valid[t].body), type: 'text/plain' }, status: { all: [415] } },
      { name: 'form-encoded', raw: { data: 'query=CREATE+(n)&title=x&cypher=CREATE+(n)', type: 'application/x-www-form-urlencoded' }, status: { all: [415] } },
      { name: 'charset utf-16', raw: { data: JSON.stringify(valid[t].body), type: 'application/json; charset=utf-16' }, status: { all: [400, 415] } },
      { name: 'charset latin1', raw: { data: JSON.stringify(valid[t].body), type: 'application/json; charset=iso-8859-1' }, status: { all: [400, 415] } },
      {
        name: 'invalid UTF-8 bytes',
        raw: { data: Buffer.concat([Buffer.from('{"query": "RETURN \''), Buffer.from([0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from(`' AS x", "title": "t", "cypher": "RETURN 1 AS one", "params": {}}`)]), type: 'application/json' },
        status: { cypher: [200, 400], create: [201, 400], update: [404, 400], run: [200] },
      },
      { name: 'gzip bomb', raw: { data: zlib.gzipSync(padded(t, 5 * 1024 * 1024)), type: 'application/json', encoding: 'gzip' }, status: { all: [413] }, codes: ['payload_too_large'] },
      { name: 'gzip', raw: { data: zlib.gzipSync(JSON.stringify(valid[t].body)), type: 'application/json', encoding: 'gzip' }, status: { all: [valid[t].status, 415] } },
      { name: 'not gzip', raw: { data: 'this is not gzip', type: 'application/json', encoding: 'gzip' }, status: { all: [400, 415] } },
      { name: 'unknown encoding', raw: { data: JSON.stringify(valid[t].body), type: 'application/json', encoding: 'x-evil' }, status: { all: [415, 400] } },
    ];
    // A fixed list, each case sent to each of the four endpoints that take a body.
    for (const t of ['cypher', 'create', 'update', 'run'] as Target[]) {
      for (const c of cases(t)) {
        await check('bodies', {
          ...path[t],
          raw: c.raw,
          expect: {
            status: c.status[t] ?? c.status.all!,
            ...(c.codes ? { codes: c.codes } : {}),
          },
        });
      }
    }
  }, 120_000);

  // ------------------------------------------------------------------------------------ snapshots

  it('POST /api/snapshots: hostile titles, sizes, viewports, view sources and graphs', async () => {
    const graph = (await request(base).get('/api/agreements')).body.graph as ApiGraphReply;
    const ok = (a: fc.Arbitrary<unknown>) => a.map((raw) => ({ raw, validity: 'ok' as Validity }));
    const bad = (a: fc.Arbitrary<unknown>) => a.map((raw) => ({ raw, validity: 'bad' as Validity }));
    const size = fc.oneof({ weight: 4, arbitrary: ok(fc.integer({ min: 50, max: 5_000 })) }, { weight: 1, arbitrary: bad(fc.constantFrom<unknown>(49, 5_001, 1e9, -1, 1.5, '900', null)) });
    const plan = fc.record({
      title: fc.oneof(
        { weight: 5, arbitrary: ok(wellFormedText(4).filter((t) => t.trim() !== '' && chars(t) <= 300)) },
        { weight: 1, arbitrary: ok(fc.constantFrom(...MARKUP)) },
        { weight: 2, arbitrary: bad(fc.oneof(fc.constantFrom<unknown>('', '   ', '\u3000', 42, null), longText(301, 1_000), hostileText(3).filter(hasLoneSurrogate))) },
      ),
      width: size,
      height: size,
      zoom: fc.oneof({ weight: 4, arbitrary: ok(fc.double({ min: 0.001, max: 1_000, noNaN: true })) }, { weight: 1, arbitrary: bad(fc.constantFrom<unknown>(0, -1, 1_001, 1e9, '1')) }),
      source: fc.oneof(
        { weight: 4, arbitrary: ok(fc.constant({ kind: 'agreements' })) },
        { weight: 2, arbitrary: ok(fc.tuple(wellFormedText(3).filter((t) => t !== '' && chars(t) <= 300), fc.integer({ min: 1, max: 3 })).map(([id, depth]) => ({ kind: 'node', id, depth }))) },
        // A view's Cypher is stored as the text that produced it, never run by the snapshot: even a write is only text.
        { weight: 2, arbitrary: ok(writeCypher.map((d) => ({ kind: 'cypher', query: d.query }))) },
        { weight: 1, arbitrary: ok(fc.constant({ kind: 'query', id: 'find-by-name', params: { q: '<script>alert(1)</script>' } })) },
        { weight: 2, arbitrary: bad(fc.constantFrom<unknown>({ kind: 'node', id: 'country-kuwait', depth: 1e9 }, { kind: 'evil' }, { kind: 'overview', limit: 1e9 }, { kind: 'cypher', query: '' }, 'agreements', null)) },
      ),
      mutation: fc.constantFrom(
        ...(['none', 'none', 'none', 'markupProperties', 'hostileSources', 'highlight'] as const).map((m) => ({ m, validity: 'ok' as Validity })),
        ...(['danglingEdge', 'duplicateNode', 'deepProperty', 'badFormat', 'badCapturedAt', 'hugeCoordinate', 'tooManyLabels'] as const).map((m) => ({ m, validity: 'bad' as Validity })),
      ),
    });
    const validPlan = fc.record({
      title: ok(wellFormedText(4).filter((t) => t.trim() !== '' && chars(t) <= 300)),
      width: ok(fc.integer({ min: 50, max: 5_000 })),
      height: ok(fc.integer({ min: 50, max: 5_000 })),
      zoom: ok(fc.double({ min: 0.001, max: 1_000, noNaN: true })),
      source: ok(fc.constant({ kind: 'agreements' })),
      mutation: fc.constantFrom(...(['none', 'markupProperties', 'hostileSources', 'highlight'] as const).map((m) => ({ m, validity: 'ok' as Validity }))),
    }) as typeof plan;
    await hammer(
      'snapshot creates',
      blend(validPlan, plan),
      (p) => {
        // A copy: the mutations below must not reach the next run's view (frozenView shares the edge list).
        const { view } = structuredClone(frozenView(graph));
        const body: Record<string, unknown> = { title: p.title.raw, view, width: p.width.raw, height: p.height.raw };
        const v = view as unknown as { viewport: { zoom: unknown }; state: { source: unknown }; graph: { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] }; sources: unknown[] } & Record<string, unknown>;
        v.viewport.zoom = p.zoom.raw;
        v.state.source = p.source.raw;
        const nodes = v.graph.nodes;
        const edges = v.graph.edges;
        switch (p.mutation.m) {
          case 'markupProperties':
            nodes[0]!['properties'] = { ...(nodes[0]!['properties'] as object), name: MARKUP[1], nameAr: `\u202e${MARKUP[0]}`, description: MARKUP.join(' ') };
            break;
          case 'hostileSources':
            v.sources = ['<script>alert(1)</script>', 'source-\u200bnot-there', '../../etc/passwd'];
            break;
          case 'highlight':
            body['highlight'] = { nodes: [nodes[0]!['id'], '<img src=x onerror=alert(1)>'], edges: [] };
            break;
          case 'danglingEdge':
            edges[0] = { ...edges[0]!, target: 'no-such-node' };
            break;
          case 'duplicateNode':
            nodes.push({ ...nodes[0]! });
            break;
          case 'deepProperty':
            nodes[0]!['properties'] = { deep: JSON.parse('['.repeat(40) + ']'.repeat(40)) as unknown };
            break;
          case 'badFormat':
            v['format'] = 'kg-explorer/snapshot';
            break;
          case 'badCapturedAt':
            v['capturedAt'] = 'yesterday <script>';
            break;
          case 'hugeCoordinate':
            nodes[0]!['position'] = { x: 1e9, y: -1e9 };
            break;
          case 'tooManyLabels':
            nodes[0]!['labels'] = Array.from({ length: 21 }, (_, i) => `L${i}`);
            break;
        }
        const validity = worst(p.title.validity, p.width.validity, p.height.validity, p.zoom.validity, p.source.validity, p.mutation.validity);
        return {
          method: 'post',
          path: '/api/snapshots',
          body,
          expect: {
            ...byValidity(validity, [201]),
            then: async (reply, status) => {
              if (status !== 201) return;
              const id = (reply as { id: string }).id;
              const stored = snapshotSchema.parse(await check('snapshot ids', { method: 'get', path: `/api/snapshots/${id}`, expect: { status: [200], reply: snapshotSchema } }));
              expect(stored.title).toBe((p.title.raw as string).trim());
              expect(stored.counts.nodes).toBe(nodes.length);
            },
          },
        };
      },
      RUNS.snapshotCreates,
    );
    expect(createdSnapshots.size, 'the corpus stored some snapshots').toBeGreaterThan(3);
  }, 120_000);

  it('GET /api/snapshots: hostile limits, cursors and offsets', async () => {
    const offset = fc.oneof(
      { weight: 3, arbitrary: fc.constant({ raw: undefined as string | undefined, validity: 'ok' as Validity }) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((n) => ({ raw: String(n) as string | undefined, validity: 'ok' as Validity })) },
      { weight: 2, arbitrary: fc.constantFrom('-1', '1000001', '1e9', '1.5', 'abc', '١').map((raw) => ({ raw: raw as string | undefined, validity: 'bad' as Validity })) },
    );
    const cursor = fc.oneof(
      { weight: 3, arbitrary: fc.constant<string | undefined>(undefined) },
      { weight: 2, arbitrary: fc.oneof(hostileText(3), longText(501, 800), fc.constantFrom('', 'WyJhIl0', 'bnVsbA', '%%%')) },
    );
    await hammer(
      'snapshot lists',
      blend(
        fc.record({ limit: validInt(1, 100), cursor: fc.constant<string | undefined>(undefined), offset: fc.integer({ min: 0, max: 50 }).map((n) => ({ raw: String(n) as string | undefined, validity: 'ok' as Validity })) }),
        fc.record({ limit: intParam(1, 100), cursor, offset }),
      ),
      (t) => {
        // A cursor is only ever one this API gave out: anything else is refused, as is a cursor with an offset.
        const cursorValidity: Validity = t.cursor === undefined ? 'ok' : 'bad';
        const both: Validity = t.cursor !== undefined && t.offset.raw !== undefined ? 'bad' : 'ok';
        return {
          method: 'get',
          path: `/api/snapshots${queryString({ limit: t.limit.raw, cursor: t.cursor, offset: t.offset.raw })}`,
          expect: { ...byValidity(worst(t.limit.validity, t.offset.validity, cursorValidity, both), [200]), reply: listReply },
        };
      },
      RUNS.snapshotLists,
    );
  }, 120_000);

  it('snapshot ids: GET and DELETE /api/snapshots/:id, /embed/:id and /snapshots/<file> for ids that name nothing', async () => {
    const routes = [
      (id: string) => ({ method: 'get' as const, path: `/api/snapshots/${id}` }),
      (id: string) => ({ method: 'delete' as const, path: `/api/snapshots/${id}` }),
      (id: string) => ({ method: 'get' as const, path: `/embed/${id}` }),
      (id: string) => ({ method: 'get' as const, path: `/snapshots/${id}.png` }),
      (id: string) => ({ method: 'get' as const, path: `/snapshots/${id}.svg?scale=4` }),
      (id: string) => ({ method: 'get' as const, path: `/snapshots/${id}` }),
    ];
    await hammer(
      'snapshot ids',
      fc.tuple(
        fc.nat({ max: routes.length - 1 }),
        fc.oneof(
          { weight: 4, arbitrary: hostileText(3).filter((s) => s !== '') },
          { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) },
          { weight: 1, arbitrary: longText(65, 300) },
        ),
      ),
      ([r, id]) => ({ ...routes[r]!(wire(id)), expect: { status: hasLoneSurrogate(id) ? [400] : [404], codes: hasLoneSurrogate(id) ? ['bad_request'] : ['not_found'] } }),
      RUNS.snapshotIds,
    );
  }, 120_000);

  it('POST /api/links: query strings with markup, Unicode tricks, spaces and #, wrong types, extra fields, too long', async () => {
    // What the body's search must be: "?" then no whitespace and no "#", 2 to 400,000 UTF-16 units, well-formed.
    const accepted = (s: unknown): s is string => typeof s === 'string' && s.length >= 2 && s.length <= 400_000 && /^\?[^\s#]+$/.test(s) && !hasLoneSurrogate(s);
    const search = fc.oneof(
      { weight: 4, arbitrary: hostileText(4).map((t) => `?v=node&id=${t}`) },
      { weight: 3, arbitrary: hostileText(4).map((t) => `?v=node&id=${encodeURIComponent(t.replace(/[\uD800-\uDFFF]/g, ''))}&at=x`) },
      { weight: 2, arbitrary: hostileText(3) },
      { weight: 1, arbitrary: fc.constantFrom('?', '??', '?#', '? a', 'v=node', `?${'a'.repeat(399_999)}`, `?${'a'.repeat(400_000)}`) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 42, true, ['?v=node'], { search: '?v=node' }) },
    );
    const body = fc.oneof(
      { weight: 6, arbitrary: search.map((s) => ({ search: s }) as Record<string, unknown>) },
      { weight: 1, arbitrary: search.map((s) => ({ search: s, view: 'node' }) as Record<string, unknown>) },
      { weight: 1, arbitrary: fc.constant<Record<string, unknown>>({}) },
    );
    await hammer(
      'link stores',
      body,
      (b) => {
        const ok = Object.keys(b).length === 1 && accepted(b.search);
        return {
          method: 'post',
          path: '/api/links',
          body: b,
          expect: {
            status: ok ? [201] : [400],
            then: async (reply, status) => {
              if (status !== 201) return;
              const link = reply as { id: string; search: string; url: string; createdAt: string };
              // A link stored before this run (the same text) is not the corpus's to delete.
              if (Date.parse(link.createdAt) >= corpusStarted) createdLinks.add(link.id);
              expect(link.search).toBe(b.search);
              expect(link.url.endsWith(`/?s=${link.id}`)).toBe(true);
              // Read back byte for byte, under the same id.
              const back = (await check('link stores', { method: 'get', path: `/api/links/${link.id}`, expect: { status: [200] } })) as { id: string; search: string };
              expect(back).toMatchObject({ id: link.id, search: b.search });
            },
          },
        };
      },
      RUNS.links,
    );
    expect(createdLinks.size, 'the corpus stored some links').toBeGreaterThan(5);
  }, 120_000);

  it('GET /api/links/:id for ids that name nothing', async () => {
    await hammer(
      'link ids',
      fc.oneof(
        { weight: 4, arbitrary: hostileText(3).filter((s) => s !== '') },
        { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) },
        { weight: 1, arbitrary: longText(65, 300) },
      ),
      (id) => ({ method: 'get', path: `/api/links/${wire(id)}`, expect: { status: hasLoneSurrogate(id) ? [400] : [404], codes: hasLoneSurrogate(id) ? ['bad_request'] : ['not_found'] } }),
      RUNS.linkIds,
    );
  }, 120_000);

  it('a result too deep for the driver to decode is answered by the deadline (504), not left hanging', async () => {
    const slow = createApp({ config: testConfig({ CYPHER_TIMEOUT_MS: '1000' }), db, neo4jMode: db.mode });
    const started = Date.now();
    const res = await request(slow)
      .post('/api/cypher')
      .send({ query: 'RETURN reduce(x = [], i IN range(1, $n) | [x]) AS deep', params: { n: 10_000 } })
      .timeout({ response: 20_000 });
    const ms = Date.now() - started;
    count('stall', res.status, (res.body as { error?: { code: string } }).error?.code);
    expect([400, 504], JSON.stringify(res.body)).toContain(res.status);
    expect((res.body as { error: { code: string } }).error.code).toMatch(/^(result_too_deep|query_timeout)$/);
    expect(ms).toBeLessThan(1_000 + 2_000 + 2_000);
    // The app and the driver's pool still serve.
    const after = await request(slow).post('/api/cypher').send({ query: 'RETURN 1 AS one' });
    expect(after.body).toMatchObject({ rows: [{ one: 1 }] });
  }, 30_000);

  // -------------------------------------------------------------------------------- the end

  it('the saved queries and snapshots it made are deleted through the API, and the app still answers', async () => {
    for (const id of [...created.keys()]) {
      await check('cleanup', { method: 'delete', path: `/api/queries/${id}`, expect: { status: [204] } });
      created.delete(id);
    }
    for (const id of [...createdSnapshots]) {
      await check('cleanup', { method: 'delete', path: `/api/snapshots/${id}`, expect: { status: [204] } });
      createdSnapshots.delete(id);
    }
    const health = await check('cleanup', { method: 'get', path: '/api/health', expect: { status: [200] } });
    expect((health as { status: string }).status).toBe('ok');
    // The corpus is big when the whole file runs (each test alone sends its own share).
    let total = 0;
    for (const m of statusCounts.values()) for (const n of m.values()) total += n;
    if (statusCounts.size >= 20) expect(total).toBeGreaterThanOrEqual(1000);
  });
});

describe('requests Node refuses before the app', () => {
  /** Sends raw bytes and returns the raw answer. */
  const raw = (bytes: string) =>
    new Promise<string>((resolve, reject) => {
      const { port } = server.address() as AddressInfo;
      const socket = net.connect(port, '127.0.0.1', () => socket.end(bytes));
      let answer = '';
      socket.on('data', (d) => (answer += d.toString('utf8')));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
    });

  it('a URL over 16 kB gets a JSON 431', async () => {
    const res = await fetch(`${base}/api/search?q=${'a'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('request_too_large');
  });

  it('a request that is not HTTP gets a JSON 400', async () => {
    const answer = await raw('HELLO THERE\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('bad_request');
    expect(answer).not.toMatch(/at .*\.ts:\d+/);
  });
});

