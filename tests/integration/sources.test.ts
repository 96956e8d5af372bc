/**
 * Source bundles end to end. The API part reads the run's shared database. The ingest part writes, so it has
 * its own local Neo4j in a temp folder: the generated seed gives today's graph, the test-fixture articles
 * (tests/fixtures/sources/, fictional) add exactly their facts, bad quotes and likely duplicates stop ingest,
 * re-ingest changes nothing, and a fact removed from a bundle loses that source only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../server/config.ts';
import { ingestBundle } from '../../server/ingest/ingest.ts';
import { Gateway } from '../../server/neo4j/gateway.ts';
import { provisionNeo4j, type Neo4jHandle } from '../../server/neo4j/provision.ts';
import { seedDatabase } from '../../server/seed/seed.ts';
import { evidenceReply, sourceReply, sourcesReply } from '../../server/sources/schemas.ts';
import { fingerprint } from '../setup/checksum.ts';
import { copySeededStore } from '../setup/seeded-store.ts';
import { ERDOGAN, makeApp, type TestApp } from './api-helpers.ts';

const PK = 'source-political-keys-kuwait-turkey-defence-agreement';
const AQ = 'source-alqabas-turkish-ambassador-interview';

describe('sources API (read-only)', () => {
  let t: TestApp;
  let before: Awaited<ReturnType<typeof fingerprint>>;
  beforeAll(async () => {
    t = makeApp();
    before = await fingerprint(t.db);
  });
  afterAll(async () => {
    expect(await fingerprint(t.db)).toEqual(before);
    await t.close();
  });
  const get = (url: string) => request(t.app).get(url);

  it('lists the two articles with their metadata', async () => {
    const r = await get('/api/sources').expect(200);
    const body = sourcesReply.parse(r.body);
    expect(body.sources.map((s) => s.id).sort()).toEqual([AQ, PK]);
    const aq = body.sources.find((s) => s.id === AQ)!;
    expect(aq).toMatchObject({ publication: 'Al-Qabas', authorAr: 'مي السكري', language: 'ar', date: '2025', datePrecision: 'year' });
    expect(aq.titleOriginal).toContain('السفيرة التركية');
    expect(aq.facts).toBeGreaterThan(50);
  });

  it('gives one article with its text and every passage located in it, with the facts it supports', async () => {
    const r = await get(`/api/sources/${PK}`).expect(200);
    const s = sourceReply.parse(r.body);
    expect(s.text).toBe(fs.readFileSync(path.join(projectRoot, 'data/sources/political-keys-kuwait-turkey-defence-agreement/article.txt'), 'utf8'));
    expect(s.passages.length).toBeGreaterThan(10);
    for (const p of s.passages) {
      expect(s.text!.slice(p.start!, p.end!)).toBe(p.quote);
      expect(p.facts.length).toBeGreaterThan(0);
    }
    const ids = s.passages.flatMap((p) => p.facts.map((f) => f.id));
    expect(ids).toContain(`${ERDOGAN}|OVERSAW|agreement-executive-protocol-defence-procurement-2024`);
  });

  it('cuts each article into sentences and says how many back a fact', async () => {
    const figures: Record<string, unknown> = {};
    for (const id of [PK, AQ]) {
      const s = sourceReply.parse((await get(`/api/sources/${id}`).expect(200)).body);
      const text = s.text!;
      let last = 0;
      for (const x of s.sentences) {
        expect(x.start).toBeGreaterThanOrEqual(last);
        expect(x.end).toBeGreaterThan(x.start);
        expect(text.slice(x.start, x.end).trim()).toBe(text.slice(x.start, x.end));
        last = x.end;
      }
      // Covered: overlaps a located passage that backs a fact other than a mention.
      const backing = s.passages.filter((p) => p.start !== null && p.facts.some((f) => f.type !== 'MENTIONED_IN'));
      for (const x of s.sentences) expect(x.covered).toBe(backing.some((p) => p.start! < x.end && p.end! > x.start));
      const covered = s.sentences.filter((x) => x.covered).length;
      expect(s.coverage).toEqual({ sentences: s.sentences.length, covered, share: Math.round((covered / s.sentences.length) * 1000) / 1000 });
      figures[id] = s.coverage;
    }
    // The seed articles' own figures: the Al-Qabas interview's headings, pull quotes and aggregator lines back nothing.
    expect(figures).toEqual({
      [PK]: { sentences: 17, covered: 9, share: 0.529 },
      [AQ]: { sentences: 40, covered: 20, share: 0.5 },
    });
  });

  it('answers 404 for an unknown source and 400 for a malformed id', async () => {
    expect((await get('/api/sources/source-nothing-here').expect(404)).body.error.code).toBe('not_found');
    await get('/api/sources/not%20an%20id').expect(400);
  });

  it('finds facts by the words of their quotes, Arabic folded as names are, and of their glosses', async () => {
    // اردوغان without hamza finds the quotes that print أردوغان.
    const ar = evidenceReply.parse((await get(`/api/evidence?q=${encodeURIComponent('اردوغان')}`).expect(200)).body);
    expect(ar.items.length).toBeGreaterThan(0);
    for (const i of ar.items) expect(i.quote).toContain('أردوغان');
    expect(ar.items.some((i) => i.from.id === ERDOGAN || i.to.id === ERDOGAN)).toBe(true);
    const en = evidenceReply.parse((await get('/api/evidence?q=Bayraktar%20Ukraine').expect(200)).body);
    expect(en.items.map((i) => i.id)).toContain('product-bayraktar-tb2|BECAME_FAMOUS_IN|country-ukraine');
    await get('/api/evidence').expect(400);
  });

  it('documents the three endpoints in the OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json').expect(200)).body as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/sources', '/api/sources/{id}', '/api/evidence']));
  });
});

describe('ingest (own database)', () => {
  let db: Neo4jHandle;
  let gateway: Gateway;
  let tmp: string;
  let seedDir: string;
  const fixtures = path.join(projectRoot, 'tests', 'fixtures', 'sources');
  const EN = 'test-fixture-en-ras-tamrin-consultations';
  const AR = 'test-fixture-ar-ras-tamrin-port-authority';
  const EN_ID = `source-${EN}`;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-explorer-ingest-test-'));
    seedDir = path.join(tmp, 'seed');
    // A copy of the seeded store (tests/setup/seeded-store.ts): what seeding from the generated scripts writes.
    const dataDir = path.join(tmp, 'neo4j');
    await copySeededStore(dataDir);
    db = await provisionNeo4j(loadConfig({ NEO4J_PROVIDER: 'local', NEO4J_LOCAL_HEAP: '512m', LOG_LEVEL: 'silent' }), { dataDir, preferredPort: 0 });
    gateway = new Gateway(db, { timeoutMs: 60_000 });
    if (db.mode !== 'local') await seedDatabase(gateway);
  });
  afterAll(async () => {
    await db?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** A copy of a fixture bundle, its facts file changed by `edit`. */
  function bundle(slug: string, edit: (facts: Record<string, any>) => void = () => {}): string {
    const dir = path.join(tmp, 'bundles', slug);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(path.join(fixtures, slug), dir, { recursive: true });
    const file = path.join(dir, 'facts.yaml');
    const facts = parse(fs.readFileSync(file, 'utf8'));
    edit(facts);
    fs.writeFileSync(file, stringify(facts));
    return dir;
  }

  const factsOf = async (source: string) =>
    (
      await gateway.read(
        `MATCH (a:Entity)-[r]->(b:Entity) WHERE $s IN r.sources RETURN a.id + '|' + type(r) + '|' + b.id AS k ORDER BY k`,
        { s: source },
      )
    ).records.map((r) => r.get('k') as string);

  const partnerOf = async () =>
    (await gateway.read(`MATCH (:Entity {id: 'country-kuwait'})-[r:PARTNER_OF]->(:Entity {id: 'country-turkey'}) RETURN properties(r) AS p`))
      .records[0]?.get('p') as Record<string, unknown> | undefined;

  it('seeds, from the generated scripts, the graph the hand-written seed gave', async () => {
    const reference = JSON.parse(fs.readFileSync(path.join(projectRoot, 'tests/fixtures/seed-fingerprint.json'), 'utf8'));
    const fp = await fingerprint(db, 'domain');
    expect(fp).toEqual({ nodes: reference.nodes, relationships: reference.relationships, checksum: reference.checksum });
  });

  it('refuses a quote that is not in the text, with the closest passage as a hint, and writes nothing', async () => {
    const before = await fingerprint(db, 'domain');
    const dir = bundle(EN, (f) => {
      f.facts[0].quote = 'held consultations on costal security in the fictional town of Ras Tamrin';
    });
    const r = await ingestBundle(dir, gateway, { mode: 'apply', seedDir });
    expect(r.written).toBe(false);
    const problem = r.errors.find((e) => e.includes('costal'))!;
    expect(problem).toContain('is not in article.txt');
    expect(problem).toMatch(/closest: .*held consultations on coastal security in the fictional town of Ras Tamrin/);
    expect(fs.existsSync(seedDir)).toBe(false);
    expect(await fingerprint(db, 'domain')).toEqual(before);
  });

  it('reports "Recep Tayyip Erdogan" as a likely duplicate of the existing node, and stops until it is resolved', async () => {
    const dir = bundle(EN, (f) => {
      delete f.entities[2].sameAs;
    });
    const r = await ingestBundle(dir, gateway, { mode: 'apply', seedDir });
    expect(r.written).toBe(false);
    const d = r.duplicates.find((x) => x.entity === 'person-test-fixture-erdogan')!;
    expect(d.resolution).toBeUndefined();
    expect(d.candidates[0]).toMatchObject({ id: ERDOGAN, names: ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan'] });
    expect(d.candidates[0]!.score).toBeGreaterThanOrEqual(0.75);
    expect(r.errors.join('\n')).toContain(`may already be in the graph as ${ERDOGAN}`);
    // --check of the resolved bundle passes and still writes nothing.
    const ok = await ingestBundle(bundle(EN), gateway, { mode: 'check', seedDir });
    expect(ok.errors).toEqual([]);
    expect(ok.written).toBe(false);
  });

  it('adds exactly the facts of the article; a fact two articles state keeps both sources and quotes', async () => {
    const before = await fingerprint(db, 'domain');
    const partnerBefore = (await partnerOf())!;
    const r = await ingestBundle(bundle(EN), gateway, { mode: 'apply', seedDir });
    expect(r.errors).toEqual([]);
    expect(r.applied).toBe(true);
    // The test seed folder starts empty: the first script is 010.
    expect(path.basename(r.cypherFile!)).toBe(`010_${EN}.cypher`);
    const event = 'event-test-fixture-ras-tamrin-consultations-2030-01';
    const place = 'place-test-fixture-ras-tamrin';
    expect(await factsOf(EN_ID)).toEqual(
      [
        `${event}|TOOK_PLACE_IN|${place}`,
        `${place}|LOCATED_IN|country-kuwait`,
        `country-kuwait|PARTICIPATED_IN|${event}`,
        `country-turkey|PARTICIPATED_IN|${event}`,
        `${ERDOGAN}|PARTICIPATED_IN|${event}`,
        'country-kuwait|PARTNER_OF|country-turkey',
        ...[event, place, ERDOGAN, 'country-kuwait', 'country-turkey'].map((id) => `${id}|MENTIONED_IN|${EN_ID}`),
      ].sort(),
    );
    const after = await fingerprint(db, 'domain');
    expect(after.nodes).toBe(before.nodes + 3); // the source, the event, the place (Erdoğan is the existing node)
    expect(after.relationships).toBe(before.relationships + 10); // 11 facts, one of which existed
    const partner = (await partnerOf())!;
    expect(partner.sources).toEqual([...(partnerBefore.sources as string[]), EN_ID]);
    expect((partner.quotes as string[]).slice(0, 2)).toEqual(partnerBefore.quotes);
    expect(partner.quote).toBe(partnerBefore.quote);
  });

  it('changes nothing when the same bundle is ingested again', async () => {
    const before = await fingerprint(db, 'domain');
    const r = await ingestBundle(bundle(EN), gateway, { mode: 'apply', seedDir });
    expect(r.errors).toEqual([]);
    expect(await fingerprint(db, 'domain')).toEqual(before);
  });

  it('removes a fact dropped from the file, or only its source when another article supports it', async () => {
    const partnerSeed = (await partnerOf())!;
    const r = await ingestBundle(
      bundle(EN, (f) => {
        f.facts = f.facts.filter((x: { type: string; from: string }) => x.type !== 'PARTNER_OF' && x.from !== 'country-turkey');
      }),
      gateway,
      { mode: 'apply', seedDir },
    );
    expect(r.errors).toEqual([]);
    const facts = await factsOf(EN_ID);
    expect(facts).not.toContain('country-turkey|PARTICIPATED_IN|event-test-fixture-ras-tamrin-consultations-2030-01');
    const gone = await gateway.read(
      `MATCH (:Entity {id: 'country-turkey'})-[r:PARTICIPATED_IN]->(:Entity {id: 'event-test-fixture-ras-tamrin-consultations-2030-01'}) RETURN count(r) AS n`,
    );
    expect(Number(gone.records[0]!.get('n'))).toBe(0);
    const partner = (await partnerOf())!;
    expect(partner.sources).toEqual([PK, AQ]);
    expect(partner.quotes).toEqual((partnerSeed.quotes as string[]).slice(0, 2));
    expect(facts).toHaveLength(9);
  });

  it('ingests the Arabic test article, resolving إردوغان to the existing node', async () => {
    const unresolved = await ingestBundle(bundle(AR, (f) => delete f.entities[1].sameAs), gateway, { mode: 'check', seedDir });
    expect(unresolved.duplicates.find((d) => d.entity === 'person-test-fixture-erdogan-ar')?.candidates[0]?.id).toBe(ERDOGAN);
    const r = await ingestBundle(bundle(AR), gateway, { mode: 'apply', seedDir });
    expect(r.errors).toEqual([]);
    expect(path.basename(r.cypherFile!)).toBe(`020_${AR}.cypher`);
    expect(await factsOf(`source-${AR}`)).toEqual(
      [
        'org-test-fixture-ras-tamrin-port-authority|PART_OF|country-kuwait',
        'org-test-fixture-ras-tamrin-port-authority|SEEKS_COOPERATION_WITH|org-gendarmerie-general-command',
        ...['org-test-fixture-ras-tamrin-port-authority', ERDOGAN, 'org-gendarmerie-general-command'].map((id) => `${id}|MENTIONED_IN|source-${AR}`),
      ].sort(),
    );
  });
});
