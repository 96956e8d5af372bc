/**
 * The seeded graph against a real Neo4j: schema, idempotency, provenance on every relationship, quotes that
 * are verbatim excerpts of the stored articles, unique ids.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { Gateway } from '../../server/neo4j/gateway.ts';
import { loadBundle } from '../../server/ingest/bundle.ts';
import { applySeed, countGraph, seedDatabase } from '../../server/seed/seed.ts';
import { fingerprint } from '../setup/checksum.ts';
import { testDb } from '../setup/db.ts';

const db = testDb();
afterAll(() => db.driver.close());

interface SourceMeta {
  id: string;
  file: string;
  publication: string;
}
const bundlesDir = path.join(projectRoot, 'data', 'sources');
const sources: SourceMeta[] = fs
  .readdirSync(bundlesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const b = loadBundle(path.join(bundlesDir, d.name));
    return { id: b.meta.id, file: path.relative(projectRoot, b.textFile), publication: b.meta.publication };
  });
const sourceText = new Map(sources.map((s) => [s.id, fs.readFileSync(path.join(projectRoot, s.file), 'utf8')]));

async function rows<T>(cypher: string): Promise<T[]> {
  const r = await db.driver.executeQuery(cypher, {}, { database: db.database });
  return r.records.map((rec) => rec.toObject() as T);
}

describe('schema', () => {
  it('has the id uniqueness constraint and the full-text index online', async () => {
    const constraints = await rows<{ labels: string[]; props: string[]; type: string }>(
      'SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties AS props, type',
    );
    expect(constraints).toContainEqual({ labels: ['Entity'], props: ['id'], type: 'UNIQUENESS' });
    const ft = await rows<{ name: string; state: string }>(
      "SHOW INDEXES YIELD name, type, state WHERE type = 'FULLTEXT' RETURN name, state",
    );
    expect(ft).toContainEqual({ name: 'entityNames', state: 'ONLINE' });
  });
});

describe('seed', () => {
  it('is idempotent: a second run leaves counts and every property unchanged', async () => {
    const gateway = new Gateway(db);
    const before = await countGraph(gateway);
    const sumBefore = (await fingerprint(db, 'domain')).checksum;
    await seedDatabase(gateway);
    await applySeed(gateway);
    expect(await countGraph(gateway)).toEqual(before);
    expect((await fingerprint(db, 'domain')).checksum).toBe(sumBefore);
    expect(before.nodes).toBeGreaterThanOrEqual(40);
  });

  it('gives every node a unique slug id, an English name and an Arabic name', async () => {
    const nodes = await rows<{ id: string; name: string | null; nameAr: string | null }>(
      'MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.nameAr AS nameAr',
    );
    const ids = nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of nodes) {
      expect(n.id, 'slug').toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(n.name, `${n.id} name`).toBeTruthy();
      expect(n.nameAr, `${n.id} nameAr`).toBeTruthy();
    }
  });

  it('links every non-Source node to at least one Source', async () => {
    const orphans = await rows<{ id: string }>(
      'MATCH (n:Entity) WHERE NOT n:Source AND NOT (n)-[:MENTIONED_IN]->(:Source) RETURN n.id AS id',
    );
    expect(orphans).toEqual([]);
  });

  it('puts sources, quote and quoteEn on every relationship, and every quote is verbatim in its source', async () => {
    const rels = await rows<{
      a: string; t: string; b: string; sources: string[] | null; quote: string | null; quoteEn: string | null;
      quotes: string[] | null;
    }>(
      `MATCH (a:Entity)-[r]->(b:Entity)
       RETURN a.id AS a, type(r) AS t, b.id AS b, r.sources AS sources, r.quote AS quote, r.quoteEn AS quoteEn,
              r.quotes AS quotes`,
    );
    expect(rels.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const r of rels) {
      const where = `(${r.a})-[:${r.t}]->(${r.b})`;
      if (!r.sources?.length) problems.push(`${where}: no sources`);
      if (!r.quote) problems.push(`${where}: no quote`);
      if (!r.quoteEn) problems.push(`${where}: no quoteEn`);
      if (r.quote && r.quote.length > 400) problems.push(`${where}: quote longer than 400 characters`);
      const quotes = r.quotes?.length ? r.quotes : r.quote ? [r.quote] : [];
      quotes.forEach((q, i) => {
        const sid = r.sources?.[i] ?? r.sources?.[0];
        const text = sid ? sourceText.get(sid) : undefined;
        if (!text) problems.push(`${where}: unknown source ${sid}`);
        else if (!text.includes(q)) problems.push(`${where}: quote ${i} is not verbatim in ${sid}: ${q.slice(0, 60)}`);
      });
      if (r.quote && !(r.sources ?? []).some((s) => sourceText.get(s)?.includes(r.quote!))) {
        problems.push(`${where}: quote is in none of its sources`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the two articles under data/ with their publication', () => {
    expect(sources).toHaveLength(2);
    for (const s of sources) {
      expect(s.publication).toBeTruthy();
      expect(sourceText.get(s.id)!.length).toBeGreaterThan(1000);
    }
  });

  it('never gives a date more precision than its form, and explains inferred ones', async () => {
    const dated = await rows<{ id: string; date: string; p: string | null }>(
      'MATCH (n:Entity) WHERE n.date IS NOT NULL RETURN n.id AS id, n.date AS date, n.datePrecision AS p',
    );
    expect(dated.length).toBeGreaterThan(3);
    for (const d of dated) {
      const expected = /^\d{4}-\d{2}-\d{2}$/.test(d.date) ? 'day' : /^\d{4}-\d{2}$/.test(d.date) ? 'month' : 'year';
      expect(d.date, d.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(d.p, d.id).toBe(expected);
    }
  });
});
