import { describe, expect, it } from 'vitest';
import { coerceParams, fieldSpecs, isPartialDate } from '../../client/src/param-form.ts';
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
});
