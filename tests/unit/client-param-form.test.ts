import { describe, expect, it } from 'vitest';
import { asciiNumber, coerceParams, fieldSpecs, isPartialDate } from '../../client/src/param-form.ts';
import type { ParamSpec as QueryParam } from '../../client/src/param-form.ts';

const params: QueryParam[] = [
  { name: 'actor', type: 'nodeId' },
  { name: 'from', type: 'date', default: '2018-01-01' },
  { name: 'limit', type: 'int', default: 25 },
  { name: 'minScore', type: 'float' },
  { name: 'signedOnly', type: 'boolean', default: false },
  { name: 'text', type: 'string', default: 'protocol', description: 'Words to look for' },
];

describe('query parameter forms', () => {
  it('generates one field per typed parameter, with the right input and default', () => {
    const specs = fieldSpecs(params);
    expect(specs.map((s) => [s.name, s.input, s.step, s.initial, s.required])).toEqual([
      ['actor', 'node', undefined, '', true],
      ['from', 'text', undefined, '2018-01-01', false],
      ['limit', 'number', '1', '25', false],
      ['minScore', 'number', 'any', '', true],
      ['signedOnly', 'checkbox', undefined, 'false', false],
      ['text', 'text', undefined, 'protocol', false],
    ]);
    expect(specs[5]!.hint).toBe('Words to look for');
  });

  it('coerces typed values for the API', () => {
    const specs = fieldSpecs(params);
    const r = coerceParams(specs, { actor: 'org-fiep', from: '2024-05-01', limit: '10', minScore: '0.5', signedOnly: 'true', text: ' MoU ' });
    expect(r).toEqual({ ok: true, values: { actor: 'org-fiep', from: '2024-05-01', limit: 10, minScore: 0.5, signedOnly: true, text: 'MoU' } });
  });

  it('uses defaults for untouched fields', () => {
    const r = coerceParams(fieldSpecs(params), { actor: 'org-fiep', minScore: '1' });
    expect(r).toEqual({ ok: true, values: { actor: 'org-fiep', from: '2018-01-01', limit: 25, minScore: 1, signedOnly: false, text: 'protocol' } });
  });

  it('names each parameter that does not fit its type', () => {
    const r = coerceParams(fieldSpecs(params), { actor: '', from: '2023-02-30', limit: '2.5', minScore: 'abc', signedOnly: 'maybe' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['actor', 'from', 'limit', 'minScore', 'signedOnly']);
    expect(r.errors.limit).toMatch(/whole number/);
    expect(r.errors.from).toMatch(/YYYY-MM-DD/);
    expect(r.errors.actor).toMatch(/required/);
    // In the interface language.
    const ar = coerceParams(fieldSpecs(params), { actor: '', limit: 'x', minScore: '1' }, 'ar');
    expect(ar.ok ? {} : ar.errors).toEqual({ actor: 'هذه القيمة مطلوبة', limit: 'أدخل عدداً صحيحاً، مثل 10' });
  });

  it('takes dates of the precision the sources give, as the API does', () => {
    for (const ok of ['2023', '2024-05', '2024-05-21', '2024-02-29']) expect(isPartialDate(ok), ok).toBe(true);
    for (const bad of ['23', '2024-13', '2024-00', '2023-02-29', '2024-05-32', '2024-5', '2024/05', '2024-05-21T00:00', '']) expect(isPartialDate(bad), bad).toBe(false);
    // The saved query "agreements in a date range" defaults to from=2023: its form must run as it comes.
    const r = coerceParams(fieldSpecs([{ name: 'from', type: 'date', default: '2023' }, { name: 'to', type: 'date', default: '2025-12-31' }]), {});
    expect(r).toEqual({ ok: true, values: { from: '2023', to: '2025-12-31' } });
  });

  it('treats a null default (=null in the header) as optional without a value', () => {
    const specs = fieldSpecs([{ name: 'status', type: 'string', default: null }]);
    expect(specs[0]!.required).toBe(false);
    expect(coerceParams(specs, {})).toEqual({ ok: true, values: {} });
  });

  it('leaves out an optional field the user cleared (the server default applies)', () => {
    const r = coerceParams(fieldSpecs([{ name: 'limit', type: 'int', default: 5 }]), { limit: '' });
    expect(r).toEqual({ ok: true, values: {} });
  });

  it('refuses half-typed numbers ("1e", "abc") instead of falling back to the default', () => {
    const specs = fieldSpecs([{ name: 'limit', type: 'int', default: 10 }, { name: 'minValue', type: 'float', default: 0 }]);
    for (const bad of ['1e', 'abc', '1e+', '.', '-', '1,5', '0x10', '1 2']) {
      const r = coerceParams(specs, { minValue: bad, limit: bad });
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(Object.keys(r.errors).sort(), bad).toEqual(['limit', 'minValue']);
    }
    expect(coerceParams(specs, { minValue: '1e3', limit: '+7' })).toEqual({ ok: true, values: { minValue: 1000, limit: 7 } });
  });

  it('reads Arabic-Indic digits and the Arabic decimal point', () => {
    expect(asciiNumber('٣٦٧٠٠٠٠٠٠')).toBe('367000000');
    expect(asciiNumber('۱۲')).toBe('12');
    expect(asciiNumber('٢٫٥')).toBe('2.5');
    const specs = fieldSpecs([{ name: 'limit', type: 'int', default: 10 }, { name: 'minValue', type: 'float', default: 0 }]);
    expect(coerceParams(specs, { limit: '١٢', minValue: '٢٫٥' })).toEqual({ ok: true, values: { limit: 12, minValue: 2.5 } });
    expect(coerceParams(specs, { limit: '١٫٥' }).ok).toBe(false);
  });

  it('offers an enum as a choice with labels in the interface language, and takes only its values', () => {
    const p: QueryParam[] = [
      { name: 'status', type: 'enum', values: ['signed', 'under_negotiation'], default: null },
      { name: 'kind', type: 'enum', values: ['a', 'b'], default: 'b' },
    ];
    const specs = fieldSpecs(p, { optionLabel: (v) => v.toUpperCase(), anyLabel: '(all)' });
    expect(specs[0]).toMatchObject({ input: 'select', required: false, initial: '', options: [{ value: '', label: '(all)' }, { value: 'signed', label: 'SIGNED' }, { value: 'under_negotiation', label: 'UNDER_NEGOTIATION' }] });
    // With a default there is no empty choice.
    expect(specs[1]!.options!.map((o) => o.value)).toEqual(['a', 'b']);
    expect(coerceParams(specs, {})).toEqual({ ok: true, values: { kind: 'b' } });
    expect(coerceParams(specs, { status: 'signed', kind: 'a' })).toEqual({ ok: true, values: { status: 'signed', kind: 'a' } });
    const bad = coerceParams(specs, { status: 'ratified' });
    expect(bad.ok ? {} : bad.errors).toEqual({ status: 'Choose one of the listed values' });
  });
});
