import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../client/src/dates.ts';
import { layoutOptions, seededRandom, withSeededRandom, LAYOUT_SEED } from '../../client/src/layouts.ts';

cytoscape.use(fcose);

function positions(): Record<string, { x: number; y: number }> {
  const ids = Array.from({ length: 30 }, (_, i) => `n${i}`);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 30, height: 30 } }],
    elements: [
      ...ids.map((id) => ({ data: { id } })),
      ...ids.slice(1).map((id, i) => ({ data: { id: `e${i}`, source: ids[Math.floor(i / 2)]!, target: id } })),
    ],
  });
  const opts = layoutOptions('fcose', { animate: false, nodeCount: ids.length });
  withSeededRandom(LAYOUT_SEED, () => cy.layout(opts).run());
  return Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
}

describe('deterministic layouts', () => {
  it('the seeded generator repeats and stays in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('restores Math.random afterwards, even when the layout throws', () => {
    const original = Math.random;
    expect(() =>
      withSeededRandom(1, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Math.random).toBe(original);
  });

  it('fcose lays out the same graph the same way twice', () => {
    const a = positions();
    const b = positions();
    expect(b).toEqual(a);
    // And it did lay out: not everyone at the origin.
    expect(new Set(Object.values(a).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBeGreaterThan(20);
  });
});

describe('dates at their precision', () => {
  it('shows only what the source supports', () => {
    expect(formatDate('2025-03-25', 'day', 'en')).toBe('25 March 2025');
    expect(formatDate('2024-05', 'month', 'en')).toBe('May 2024');
    expect(formatDate('2023', 'year', 'en')).toBe('2023');
    // A declared precision coarser than the string wins.
    expect(formatDate('2024-05-01', 'month', 'en')).toBe('May 2024');
    expect(formatDate('2024-05', 'month', 'ar')).toMatch(/مايو|أيار/);
  });
});

describe('preset layout', () => {
  it('puts nodes at the x/y stored on them, and leaves the others where they are', async () => {
    const { runLayout } = await import('../../client/src/layouts.ts');
    const cy = cytoscape({
      headless: true,
      // The initial layout keeps the positions given below (the default one would put every node at 0,0).
      layout: { name: 'preset' },
      elements: [
        { data: { id: 'a', props: { x: 10, y: -20 } }, position: { x: 0, y: 0 } },
        { data: { id: 'b', props: { x: 'no', y: 3 } }, position: { x: 5, y: 6 } },
      ],
    });
    await runLayout(cy, 'preset', { animate: false });
    expect(cy.$id('a').position()).toEqual({ x: 10, y: -20 });
    expect(cy.$id('b').position()).toEqual({ x: 5, y: 6 });
  });
});
