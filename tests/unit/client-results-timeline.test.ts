import { describe, expect, it } from 'vitest';
import { formatNumber, internalColumns } from '../../client/src/results.ts';
import { markRows } from '../../client/src/timeline.ts';
import { fromSearch, toSearch, defaultViewState } from '../../client/src/view-state.ts';

const node = (id: string) => ({ id, labels: ['Entity', 'Country'], properties: { name: id } });
const edge = (id: string) => ({ id, type: 'PARTY_TO', source: 'a', target: 'b', properties: {} });

describe('result tables', () => {
  it('calls a column internal when it holds only graph elements (or lists of them)', () => {
    const rows = [
      { name: 'x', a: node('a'), parties: ['Kuwait'], partyNodes: [node('k'), node('t')], partyEdges: [edge('e')], p: { length: 1, nodes: [node('a'), node('b')], edges: [edge('e')] }, none: null, empty: [] },
      { name: 'y', a: node('b'), parties: [], partyNodes: [], partyEdges: [], p: null, none: null, empty: [] },
    ];
    expect(internalColumns(['name', 'a', 'parties', 'partyNodes', 'partyEdges', 'p', 'none', 'empty'], rows)).toEqual(['a', 'partyNodes', 'partyEdges', 'p']);
    // A column mixing values and nodes is data.
    expect(internalColumns(['m'], [{ m: node('a') }, { m: 'text' }])).toEqual([]);
  });

  it('formats numbers for the language, years as written', () => {
    expect(formatNumber(367000000, 'en')).toBe('367,000,000');
    expect(formatNumber(6.0209, 'en')).toBe('6.021');
    expect(formatNumber(2023, 'en', 'year')).toBe('2023');
    expect(formatNumber(367000000, 'ar')).toBe(new Intl.NumberFormat('ar').format(367000000));
  });
});

describe('timeline marks', () => {
  it('puts marks that would cover each other in different rows, the same way every time', () => {
    const spans = [
      { id: 'visit', x1: 100, x2: 110 },
      { id: 'protocol', x1: 100, x2: 110 },
      { id: 'near', x1: 105, x2: 115 },
      { id: 'far', x1: 200, x2: 210 },
      { id: 'next', x1: 113, x2: 123 },
    ];
    const rows = markRows(spans);
    expect(Object.fromEntries(rows)).toEqual({ protocol: 0, visit: 1, near: 2, next: 0, far: 0 });
    expect(Object.fromEntries(markRows([...spans].reverse()))).toEqual(Object.fromEntries(rows));
  });

  it('keeps the refit option in the link', () => {
    const s = { ...defaultViewState(), window: { from: '2025-01', to: '2025-12' }, refit: true };
    expect(toSearch(s)).toContain('fit=1');
    expect(fromSearch(toSearch(s))).toEqual(s);
    expect(fromSearch('?fit=0').refit).toBeUndefined();
  });
});
