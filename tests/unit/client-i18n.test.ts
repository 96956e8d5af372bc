/**
 * Every interface string exists in English and Arabic: the dictionary behind t(), every data-i18n key in the
 * page, and the Arabic names of the model's labels, relationship types, kinds and statuses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindName, labelName, relationName, statusName, UI_STRINGS } from '../../client/src/i18n.ts';
import { LABEL_SPECS, LABELS, RELATIONSHIP_TYPES } from '../../server/model/model.ts';

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
