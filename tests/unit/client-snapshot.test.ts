import { describe, expect, it } from 'vitest';
import { citeSource, fitSavedViewport, snapshotElements, sourcesLine } from '../../client/src/snapshot-draw.ts';
import type { Snapshot, SnapshotSource } from '../../client/src/api-types.ts';
import { snapshotIdFromUrl, snippets } from '../../client/src/snapshot-ui.ts';

const qabas: SnapshotSource = {
  id: 'source-alqabas',
  publication: 'Al-Qabas',
  publicationAr: 'جريدة القبس',
  title: 'Turkish ambassador to Al-Qabas',
  titleAr: 'السفيرة التركية لـ القبس',
  date: '2025',
  url: null,
};

describe('snapshot drawing', () => {
  it('gives back the saved viewport exactly on a canvas of the saved size', () => {
    const s = { viewport: { zoom: 0.73, pan: { x: 120.5, y: -40.25 } }, width: 780, height: 600 };
    const v = fitSavedViewport(s, 780, 600);
    expect(v.zoom).toBeCloseTo(0.73, 12);
    expect(v.pan.x).toBeCloseTo(120.5, 9);
    expect(v.pan.y).toBeCloseTo(-40.25, 9);
  });

  it('fits the area the user saw into another canvas, centred', () => {
    const s = { viewport: { zoom: 1, pan: { x: 0, y: 0 } }, width: 800, height: 600 };
    // Half the size: half the zoom, the seen area's centre (400, 300) at the new canvas's centre.
    const v = fitSavedViewport(s, 400, 300);
    expect(v.zoom).toBeCloseTo(0.5, 12);
    expect(v.pan.x + 0.5 * 400).toBeCloseTo(200, 9);
    expect(v.pan.y + 0.5 * 300).toBeCloseTo(150, 9);
  });

  it('places nodes at their saved positions and marks pins and a highlighted connection', () => {
    const s = {
      graph: {
        nodes: [
          { id: 'a', labels: ['Country', 'Entity'], properties: { name: 'A' }, position: { x: 1, y: 2 }, pinned: true },
          { id: 'b', labels: ['Country', 'Entity'], properties: { name: 'B' }, position: { x: 3, y: 4 } },
          { id: 'c', labels: ['Person', 'Entity'], properties: { name: 'C' }, position: { x: 5, y: 6 } },
        ],
        edges: [{ id: 'e1', type: 'PARTNER_OF', source: 'a', target: 'b', properties: {} }],
      },
      highlight: { nodes: ['a', 'b'], edges: ['e1'] },
      style: { big: false, renderer: 'canvas' },
    } as unknown as Snapshot;
    const els = snapshotElements(s);
    const byId = new Map(els.map((e) => [String(e.data.id), e]));
    expect(byId.get('a')!.position).toEqual({ x: 1, y: 2 });
    expect(byId.get('a')!.classes).toEqual(expect.arrayContaining(['l-Country', 'pinned', 'path-hl']));
    expect(byId.get('c')!.classes).toEqual(expect.arrayContaining(['dimmed']));
    expect(byId.get('e1')!.classes).toEqual(expect.arrayContaining(['path-hl']));
  });

  it('cites sources in the snapshot language', () => {
    expect(sourcesLine({ lang: 'en', sources: [qabas] })).toBe('Sources: Al-Qabas, “Turkish ambassador to Al-Qabas” (2025)');
    expect(sourcesLine({ lang: 'ar', sources: [qabas, { ...qabas, id: 'x', publicationAr: 'بوليتكال كيز', titleAr: 'عنوان', date: '2024' }] })).toBe(
      'المصادر: جريدة القبس، «السفيرة التركية لـ القبس» (2025)؛ بوليتكال كيز، «عنوان» (2024)',
    );
    // Both: the Arabic parts are bidi-isolated inside the English line.
    expect(citeSource(qabas, 'both')).toBe('Al-Qabas (\u2067جريدة القبس\u2069), “Turkish ambassador to Al-Qabas” «\u2067السفيرة التركية لـ القبس\u2069» (2025)');
    expect(sourcesLine({ lang: 'en', sources: [] })).toBe('Sources: no source recorded for the elements shown');
  });
});

describe('snapshot snippets', () => {
  const urls = { json: 'J', png: 'https://x.org/snapshots/abc.png', svg: 'S', embed: 'https://x.org/embed/abc', explorer: 'https://x.org/?snapshot=abc' };

  it('escapes the title for Markdown and HTML', () => {
    const s = snippets({ title: 'A [draft] "<b>"\nline', urls }, { width: 800, height: 600 });
    expect(s.markdown).toBe('![A \\[draft\\] "<b>" line](https://x.org/snapshots/abc.png)');
    expect(s.html).toBe('<img src="https://x.org/snapshots/abc.png" alt="A [draft] &quot;&lt;b&gt;&quot;\nline">');
    expect(s.iframe).toMatch(/^<iframe src="https:\/\/x\.org\/embed\/abc" title="A \[draft\] &quot;&lt;b&gt;&quot;\nline" width="800" height="690"/);
    expect(s.link).toBe('https://x.org/?snapshot=abc');
  });

  it('reads a snapshot id from the explorer link, and only a well-formed one', () => {
    expect(snapshotIdFromUrl('?snapshot=AbC_-123xyz')).toBe('AbC_-123xyz');
    expect(snapshotIdFromUrl('?snapshot=../x')).toBeUndefined();
    expect(snapshotIdFromUrl('?v=node&id=x')).toBeUndefined();
  });
});
