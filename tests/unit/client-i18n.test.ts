/**
 * Every interface string exists in English and Arabic: the dictionary behind t(), every data-i18n key in the
 * page, and the Arabic names of the model's labels, relationship types, kinds and statuses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../client/src/api.ts';
import { errorText, kindName, labelName, propertyKeysFor, propertyName, relationName, statusName, t, UI_STRINGS } from '../../client/src/i18n.ts';
import * as model from '../../server/model/model.ts';
import { LABEL_SPECS, LABELS, RELATIONSHIP_SPECS, RELATIONSHIP_TYPES } from '../../server/model/model.ts';
import { loadFileQueries } from '../../server/queries/files.ts';
import { parseHeader } from '../../server/queries/header.ts';

const ARABIC = /[\u0600-\u06ff]/;

describe('i18n completeness', () => {
  it('has every interface key in both languages, none empty', () => {
    const en = Object.keys(UI_STRINGS.en).sort();
    const ar = Object.keys(UI_STRINGS.ar).sort();
    expect(ar).toEqual(en);
    for (const lang of ['en', 'ar'] as const) {
      for (const [k, v] of Object.entries(UI_STRINGS[lang])) expect(String(v).trim(), `${lang}.${k}`).not.toBe('');
    }
  });

  it('knows every key the pages name (data-i18n, placeholders, aria-labels)', () => {
    for (const page of ['client/index.html', 'client/embed.html']) {
      const file = path.join(process.cwd(), page);
      if (!fs.existsSync(file)) continue;
      const html = fs.readFileSync(file, 'utf8');
      for (const m of html.matchAll(/data-i18n(?:-placeholder|-aria-label)?="([^"]+)"/g)) expect(Object.keys(UI_STRINGS.en), `${page}: ${m[1]}`).toContain(m[1]);
    }
  });

  it('names every label, relationship type, kind and status of the model in Arabic', () => {
    const missing: string[] = [];
    for (const l of LABELS) if (!ARABIC.test(labelName(l, 'ar'))) missing.push(`label ${l}`);
    for (const r of RELATIONSHIP_TYPES) if (!ARABIC.test(relationName(r, 'ar'))) missing.push(`relationship ${r}`);
    for (const spec of Object.values(LABEL_SPECS)) {
      for (const k of spec.kinds ?? []) if (!ARABIC.test(kindName(k, 'ar'))) missing.push(`kind ${k}`);
      for (const s of spec.statuses ?? []) if (!ARABIC.test(statusName(s, 'ar'))) missing.push(`status ${s}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('Arabic for data-facing interface text', () => {
  it('names every property of the model in Arabic', () => {
    const keys = new Set<string>();
    const add = (o: object | undefined) => {
      for (const k of Object.keys(o ?? {})) keys.add(k);
    };
    add(model.COMMON_NODE_PROPERTIES);
    add(model.DATE_PROPERTIES);
    add(model.PROVENANCE_PROPERTIES);
    for (const spec of Object.values(LABEL_SPECS)) add(spec.properties);
    for (const spec of Object.values(RELATIONSHIP_SPECS)) add((spec as { properties?: object }).properties);
    const missing = [...keys].filter((k) => !ARABIC.test(propertyName(k, 'ar')));
    // Those the details panel shows in their own sections (names, dates, sources) need no table name.
    const elsewhere = new Set(['id', 'name', 'nameAr', 'nameTr', 'nameArNote', 'aliases', 'aliasesText', 'searchText', 'description', 'date', 'datePrecision', 'dateNote', 'dateInferred', 'startDate', 'endDate', 'dateSources', 'dateQuote', 'sources', 'quotes', 'quotesEn', 'quote', 'quoteEn', 'title', 'titleAr', 'titleTr']);
    expect(missing.filter((k) => !elsewhere.has(k))).toEqual([]);
  });

  it('shows the Arabic twin of a property in Arabic and the English one in English', () => {
    expect(propertyKeysFor(['role', 'roleAr', 'since'], 'ar')).toEqual(['roleAr', 'since']);
    expect(propertyKeysFor(['role', 'roleAr', 'since'], 'en')).toEqual(['role', 'since']);
    expect(propertyKeysFor(['valueTextAr'], 'en')).toEqual(['valueTextAr']);
  });

  it('gives every saved query an Arabic title, description and parameter labels', () => {
    for (const q of loadFileQueries()) {
      expect(q.titleAr, q.id).toMatch(ARABIC);
      expect(q.descriptionAr, q.id).toMatch(ARABIC);
      for (const p of q.params) expect(q.paramLabelsAr?.[p.name], `${q.id} $${p.name}`).toMatch(ARABIC);
    }
  });

  it('parses the :ar header lines and refuses a label for an undeclared parameter', () => {
    const h = parseHeader('// @title T\n// @title:ar ع\n// @description:ar أ\n// @description:ar ب\n// @param x:int=1\n// @param:ar x س\nRETURN $x');
    expect(h).toMatchObject({ titleAr: 'ع', descriptionAr: 'أ ب', paramLabelsAr: { x: 'س' } });
    expect(() => parseHeader('// @title T\n// @param:ar y ص\nRETURN 1')).toThrow(/no such @param/);
  });
});

describe('one translation function', () => {
  it('fills {placeholders} in either language, and leaves one without a value as it is', () => {
    expect(t('errPosition', 'en', { line: 1, column: 17 })).toBe('line 1, column 17');
    expect(t('errPosition', 'ar', { line: 1, column: 17 })).toBe('السطر 1، العمود 17');
    expect(t('errPosition', 'en', { line: 3 })).toBe('line 3, column {column}');
    expect(t('errPosition', 'en')).toBe(UI_STRINGS.en.errPosition);
  });
});

describe('errors, in the reader\'s language', () => {
  const gone = new ApiError(404, 'not_found', 'No node with id "g-18-25".');
  const refused = new ApiError(400, 'validation_error', 'params.limit: must be at most 5000');

  it('keeps the server\'s own words for English readers, and says a failed connection in words', () => {
    expect(errorText(gone, 'en')).toBe('No node with id "g-18-25".');
    expect(errorText(refused, 'en')).toBe('params.limit: must be at most 5000');
    expect(errorText(new TypeError('Failed to fetch'), 'en')).toBe(UI_STRINGS.en.errNetwork);
  });

  it('gives Arabic readers an Arabic sentence, with the detail of a refusal kept as isolated left-to-right text', () => {
    expect(errorText(gone, 'ar')).toBe(UI_STRINGS.ar.errNotFound);
    expect(errorText(new ApiError(503, 'neo4j_unavailable', 'The graph database is not reachable right now.'), 'ar')).toBe(UI_STRINGS.ar.errUnavailable);
    expect(errorText(new ApiError(429, 'rate_limited', 'Too many queries.'), 'ar')).toBe(UI_STRINGS.ar.errBusy);
    expect(errorText(refused, 'ar')).toBe(`${UI_STRINGS.ar.errRequest} \u2068params.limit: must be at most 5000\u2069`);
    expect(errorText(new ApiError(500, 'internal_error', 'Something failed.'), 'ar')).toContain(UI_STRINGS.ar.errServer);
    expect(errorText(new TypeError('Failed to fetch'), 'ar')).toBe(UI_STRINGS.ar.errNetwork);
    // api.ts's own error when no answer came at all.
    expect(errorText(new ApiError(0, 'network_error', 'The server could not be reached. Is it running?'), 'ar')).toBe(UI_STRINGS.ar.errNetwork);
  });
});
