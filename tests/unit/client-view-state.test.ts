import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYOUT_NAMES } from '../../client/src/layouts.ts';
import { defaultViewState, fromSearch, toSearch, type ViewState } from '../../client/src/view-state.ts';

describe('view state in the URL', () => {
  it('the default view is the bare URL', () => {
    expect(toSearch(defaultViewState())).toBe('');
    expect(fromSearch('')).toEqual(defaultViewState());
  });

  it('round-trips a saved query with parameters, filters, timeline, layout and language', () => {
    const s: ViewState = {
      ...defaultViewState(),
      source: { kind: 'query', id: 'agreements-in-range', params: { from: '2024-01-01', to: '2025-12-31', actor: 'person-tuba-nur-sonmez' } },
      focus: 'person-tuba-nur-sonmez',
      expanded: ['org-fiep', 'country-kuwait'],
      hiddenNodes: ['place-ankara'],
      pinned: ['country-turkey'],
      hiddenTypes: ['LOCATED_IN'],
      hiddenLabels: ['Place', 'Product'],
      paths: { from: 'person-meshal-al-ahmad-al-jaber-al-sabah', to: 'org-fiep' },
      window: { from: '2024-05', to: '2025-03' },
      layout: 'dagre',
      lang: 'ar',
      renderer: 'webgl',
    };
    const search = toSearch(s);
    expect(search).toContain('v=query');
    expect(search).toContain('t=2024-05..2025-03');
    expect(fromSearch(search)).toEqual(s);
  });

  it('round-trips a focused node, an overview and a Cypher query with awkward characters', () => {
    const node: ViewState = { ...defaultViewState(), source: { kind: 'node', id: 'org-fiep', depth: 2 }, lang: 'both' };
    expect(fromSearch(toSearch(node))).toEqual(node);
    const overview: ViewState = { ...defaultViewState(), source: { kind: 'overview', limit: 20000 } };
    expect(fromSearch(toSearch(overview))).toEqual(overview);
    const cypher: ViewState = { ...defaultViewState(), source: { kind: 'cypher', query: "MATCH (n {nameAr:'الكويت'}) WHERE n.x = 1 & 2 RETURN n // #?=" } };
    expect(fromSearch(toSearch(cypher))).toEqual(cypher);
  });

  it('ignores malformed parts instead of failing', () => {
    const s = fromSearch('?v=node&depth=9&layout=spiral&lang=fr&t=2025-13..2024-01&renderer=gpu&expand=&limit=x');
    // v=node without id falls back to the agreements view; every bad value to its default.
    expect(s).toEqual(defaultViewState());
    expect(fromSearch('?t=2025-03..2024-01').window).toBeUndefined();
    expect(fromSearch('?v=node&id=org-fiep&depth=7').source).toEqual({ kind: 'node', id: 'org-fiep', depth: 1 });
  });

  it('round-trips any well-formed state (property test)', () => {
    const text = fc.string({ minLength: 1, maxLength: 20 }).filter((x) => x.trim() === x && x.length > 0);
    const ids = fc.uniqueArray(text, { maxLength: 4 });
    const month = fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
    const source = fc.oneof(
      fc.constant({ kind: 'agreements' as const }),
      fc.record({ kind: fc.constant('overview' as const), limit: fc.integer({ min: 1, max: 100000 }) }),
      fc.record({ kind: fc.constant('node' as const), id: text, depth: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('query' as const), id: text, params: fc.dictionary(text, fc.string({ maxLength: 20 }), { maxKeys: 4 }) }),
      fc.record({ kind: fc.constant('cypher' as const), query: text }),
    );
    const state = fc.record({
      source,
      focus: fc.option(text, { nil: undefined }),
      expanded: ids,
      hiddenNodes: ids,
      pinned: ids,
      hiddenTypes: ids,
      hiddenLabels: ids,
      paths: fc.option(fc.record({ from: text, to: text }), { nil: undefined }),
      window: fc.option(fc.tuple(month, month).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })), { nil: undefined }),
      layout: fc.constantFrom(...LAYOUT_NAMES),
      lang: fc.constantFrom('en' as const, 'ar' as const, 'both' as const),
      renderer: fc.constantFrom('auto' as const, 'canvas' as const, 'webgl' as const),
    });
    fc.assert(
      fc.property(state, (s) => {
        const clean = JSON.parse(JSON.stringify(s)) as ViewState;
        expect(fromSearch(toSearch(clean))).toEqual(clean);
      }),
      { numRuns: 300 },
    );
  });
});
