import { describe, expect, it } from 'vitest';
import { csvList, intParam, isoDate, isRealDate, isWellFormed, windowInOrder } from '../../server/contract/inputs.ts';

describe('input helpers', () => {
  it('accepts dates of year, month or day precision that exist', () => {
    for (const d of ['2018', '2024-05', '2025-03-25', '2024-02-29']) expect(isoDate.safeParse(d).success, d).toBe(true);
    for (const d of ['18', '2024-5', '2024-13', '2023-02-29', '2025-04-31', '2025-03-25T00:00', ' 2024']) expect(isoDate.safeParse(d).success, d).toBe(false);
    expect(isRealDate('2024-00')).toBe(false);
  });

  it('reads lists as a,b or repeated keys, trimmed and de-duplicated', () => {
    const l = csvList();
    expect(l.parse('PARTY_TO, SIGNED,,PARTY_TO')).toEqual(['PARTY_TO', 'SIGNED']);
    expect(l.parse(['A,B', 'C'])).toEqual(['A', 'B', 'C']);
    expect(l.safeParse(Array.from({ length: 60 }, (_, i) => `T${i}`).join(',')).success).toBe(false);
  });

  it('coerces integers from query strings within bounds', () => {
    const depth = intParam(1, 3, 1);
    expect(depth.parse(undefined)).toBe(1);
    expect(depth.parse('2')).toBe(2);
    for (const bad of ['0', '4', '1e9', '1.5', 'abc', '', ['1', '2']]) expect(depth.safeParse(bad).success, String(bad)).toBe(false);
  });

  it('orders windows by their common precision', () => {
    expect(windowInOrder({ from: '2024', to: '2024-05' })).toBe(true);
    expect(windowInOrder({ from: '2025-01', to: '2024' })).toBe(false);
    expect(windowInOrder({ from: '2024-05-02', to: '2024-05-01' })).toBe(false);
  });

  it('spots lone surrogates but not valid pairs', () => {
    expect(isWellFormed('emoji 😀 ok')).toBe(true);
    expect(isWellFormed('bad \uD83D alone')).toBe(false);
    expect(isWellFormed('bad \uDE00 alone')).toBe(false);
  });
});
