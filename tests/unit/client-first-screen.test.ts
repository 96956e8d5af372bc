/** The pure parts of the first-screen work: quotes shown once with their facts, paths read the right way, CSV. */
import { describe, expect, it } from 'vitest';
import { distinctQuotes, sourceLink } from '../../client/src/details.ts';
import { readPaths } from '../../client/src/paths-panel.ts';
import { toCsv } from '../../client/src/table-view.ts';
import type { ApiEdge } from '../../client/src/api-types.ts';

describe('quotes', () => {
  it('merges repeated sentences and keeps every fact they support, once', () => {
    const f = (from: string) => ({ from, type: 'party to', to: 'Protocol' });
    const out = distinctQuotes([
      { ar: 'أ', en: 'a', facts: [f('Turkey')] },
      { ar: 'أ', en: 'a', facts: [f('Kuwait')] },
      { ar: 'ب', en: 'b', facts: [] },
      { ar: 'أ', en: 'a', facts: [f('Turkey')] },
    ]);
    expect(out.map((q) => q.ar)).toEqual(['أ', 'ب']);
    expect(out[0]!.facts!.map((x) => x.from)).toEqual(['Turkey', 'Kuwait']);
  });

  it('calls a link an article only when it is one', () => {
    expect(sourceLink({ url: 'alqabas.com' })).toEqual({ href: 'https://alqabas.com', article: false });
    expect(sourceLink({ url: 'https://example.org/news/1' })?.article).toBe(true);
    expect(sourceLink({ articleUrl: 'https://example.org/a', url: 'example.org' })).toEqual({ href: 'https://example.org/a', article: true });
    expect(sourceLink({ url: 'javascript:alert(1)' })).toBeUndefined();
  });
});

describe('paths', () => {
  const edge = (id: string, type: string, source: string, target: string, properties: Record<string, string> = {}): ApiEdge => ({ id, type, source, target, properties });
  const edges = new Map(
    [
      edge('e1', 'HEAD_OF', 'emir', 'kuwait'),
      edge('e2', 'PART_OF', 'guard', 'kuwait'),
      edge('e3', 'MEMBER_OF', 'guard', 'fiep', { status: 'full' }),
      edge('e4', 'MEMBER_OF', 'guard', 'fiep', { status: 'observer' }),
    ].map((e) => [e.id, e]),
  );
  it('reads each step in its true direction and shows paths that read the same once, with their variants', () => {
    const views = readPaths(
      [
        { nodes: ['emir', 'kuwait', 'guard', 'fiep'], edges: ['e1', 'e2', 'e3'] },
        { nodes: ['emir', 'kuwait', 'guard', 'fiep'], edges: ['e1', 'e2', 'e4'] },
      ],
      edges,
      (id) => id,
      'en',
    );
    expect(views).toHaveLength(1);
    expect(views[0]!.count).toBe(2);
    expect(views[0]!.steps.map((s) => s.forward)).toEqual([true, false, true]);
    expect(views[0]!.steps[2]!.variants).toEqual(['full', 'observer']);
    expect(views[0]!.steps[0]!.variants).toEqual(['']);
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and starts with a byte-order mark', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"'], ['الكويت', '']])).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\nالكويت,\r\n');
  });
});
