import { describe, expect, it } from 'vitest';
import { appSearch, appStateFromSearch, readingFromSearch, viewStateOf } from '../../client/src/state/app-state.ts';

const AQ = 'source-alqabas-turkish-ambassador-interview';

describe('the article reader in the URL', () => {
  it('round-trips ?read= and &passage= next to the view', () => {
    const state = appStateFromSearch(`?lang=ar&read=${AQ}&passage=12`);
    expect(state.reading).toEqual({ source: AQ, passage: 12 });
    expect(state.lang).toBe('ar');
    expect(appSearch(state)).toBe(`?lang=ar&read=${AQ}&passage=12`);
    expect(appSearch({ ...state, reading: { source: AQ } })).toBe(`?lang=ar&read=${AQ}`);
    expect(appSearch({ ...state, reading: undefined })).toBe('?lang=ar');
  });

  it('ignores what is not a source id or a passage number', () => {
    expect(readingFromSearch('?read=../etc')).toBeUndefined();
    expect(readingFromSearch('?passage=3')).toBeUndefined();
    expect(readingFromSearch(`?read=${AQ}&passage=-1`)).toEqual({ source: AQ });
    expect(readingFromSearch(`?read=${AQ}&passage=x`)).toEqual({ source: AQ });
  });

  it('keeps the reader out of the view state a snapshot freezes', () => {
    const state = { ...appStateFromSearch(`?read=${AQ}&passage=1`), evidence: ['a|PART_OF|b'] };
    const view = viewStateOf(state) as Record<string, unknown>;
    expect(view.reading).toBeUndefined();
    expect(view.evidence).toBeUndefined();
  });
});
