/** The parts of ingest that need no database: quotes, name matching, Cypher literals, generated files. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { jsonSchemas, loadBundle } from '../../server/ingest/bundle.ts';
import { cypherString, generateCypher } from '../../server/ingest/generate.ts';
import { planBundle, seedFileFor } from '../../server/ingest/ingest.ts';
import { closestPassage, locateQuote } from '../../server/ingest/quotes.ts';
import { likelyDuplicates, nameSimilarity } from '../../server/ingest/resolve.ts';
import { seedDir } from '../../server/seed/seed.ts';

describe('quotes', () => {
  const text = 'وقالت سونمز إننا في تركيا،\nعلى أهبة الاستعداد  دائمًا لتوفير الأنظمة.';

  it('finds a quote whatever its whitespace, and returns the passage as written', () => {
    expect(locateQuote(text, 'في تركيا، على أهبة الاستعداد دائمًا')).toBe('في تركيا،\nعلى أهبة الاستعداد  دائمًا');
  });

  it('refuses a quote whose letters differ (a hamza, a tanween) and points at the closest passage', () => {
    expect(locateQuote(text, 'علي اهبة الاستعداد دائما')).toBeUndefined();
    expect(closestPassage(text, 'علي اهبة الاستعداد دائما').passage).toContain('أهبة الاستعداد');
  });
});

describe('entity resolution', () => {
  it('folds accents, hamza and transliteration variants', () => {
    expect(nameSimilarity('Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan')).toBe(1);
    expect(nameSimilarity('رجب طيب اردوغان', 'رجب طيب أردوغان')).toBe(1);
    expect(nameSimilarity('Mishal Al-Ahmad', 'Sheikh Meshal Al-Ahmad')).toBe(1);
    expect(nameSimilarity('Ministry of Defence (Kuwait)', 'Ministry of Defence (Turkey)')).toBeLessThan(0.75);
  });

  it('reports likely duplicates with a score and the names that matched', () => {
    const existing = [
      { id: 'person-recep-tayyip-erdogan', label: 'Person', names: ['Recep Tayyip Erdoğan', 'رجب طيب أردوغان', 'Erdoğan'] },
      { id: 'country-turkey', label: 'Country', names: ['Turkey', 'Türkiye'] },
    ];
    const found = likelyDuplicates({ id: 'person-erdogan', label: 'Person', names: ['Recep Tayyip Erdogan'] }, existing);
    expect(found).toEqual([{ id: 'person-recep-tayyip-erdogan', label: 'Person', score: 1, names: ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan'] }]);
  });
});

describe('Cypher literals', () => {
  it('escape quotes, backslashes and control characters', () => {
    expect(cypherString(`it's a \\ "test"\n`)).toBe(`'it\\'s a \\\\ "test"\\n'`);
    expect(cypherString('a\u0000b')).toBe(`'a\\u0000b'`);
  });
});

describe('the seed', () => {
  it('is what the bundles generate, file by file', () => {
    const dirs = fs
      .readdirSync(seedDir)
      .filter((f) => f.endsWith('.cypher'))
      .sort()
      .map((f) => path.join(projectRoot, 'data', 'sources', f.slice(4, -'.cypher'.length)));
    expect(dirs.length).toBe(2);
    // Each bundle is planned against the nodes of those before it, as ingest does against the database.
    const existing = new Map<string, { id: string; label: string; names: string[]; mentionedBy: string[] }>();
    for (const dir of dirs) {
      const bundle = loadBundle(dir);
      const { plan, errors } = planBundle(bundle, existing);
      expect(errors).toEqual([]);
      expect(generateCypher(plan)).toBe(fs.readFileSync(seedFileFor(bundle.slug, seedDir), 'utf8'));
      for (const n of [plan.source, ...plan.nodes]) {
        existing.set(n.id, { id: n.id, label: n.label, names: [], mentionedBy: [] });
      }
      for (const f of plan.facts) if (f.type === 'MENTIONED_IN') existing.get(f.from)!.mentionedBy.push(plan.sourceId);
    }
  });

  it('publishes the JSON Schemas of the bundle files as the zod schemas define them', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = JSON.parse(fs.readFileSync(path.join(projectRoot, 'data', 'sources', name), 'utf8'));
      expect(committed, `${name}: run npm run ingest -- --schemas`).toEqual(schema);
    }
  });
});
