import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HitIndex, segmentDistance, type HitNode } from '../../client/src/scene/hit-index.ts';

/** What the index must answer, by looking at every node: the nearest centre among the discs holding the point. */
function bruteNodeAt(nodes: readonly HitNode[], x: number, y: number, slack: number): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of nodes) {
    const d = (n.x - x) ** 2 + (n.y - y) ** 2;
    if (d <= (n.r + slack) ** 2 && d < bestD) {
      best = n.id;
      bestD = d;
    }
  }
  return best;
}

const node = (i: number) =>
  fc.record({ x: fc.double({ min: -5000, max: 5000, noNaN: true }), y: fc.double({ min: -5000, max: 5000, noNaN: true }), r: fc.double({ min: 1, max: 40, noNaN: true }) }).map((v) => ({ id: `n${i}`, ...v }));

describe('hit index', () => {
  it('finds the same node as a scan of every node, for any scene and point', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => node(i)))),
        fc.double({ min: -5100, max: 5100, noNaN: true }),
        fc.double({ min: -5100, max: 5100, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (nodes, x, y, slack) => {
          const index = new HitIndex(nodes);
          // Ties between equally distant centres may go either way; the distance must be the same.
          const got = index.nodeAt(x, y, slack);
          const want = bruteNodeAt(nodes, x, y, slack);
          const dist = (id: string | undefined) => (id ? Math.hypot(index.node(id)!.x - x, index.node(id)!.y - y) : -1);
          expect(dist(got)).toBeCloseTo(dist(want), 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hits a point on a node of a 20,000-node scene, and misses the gap between nodes', () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => ({ id: `n${i}`, x: (i % 200) * 100, y: Math.floor(i / 200) * 100, r: 17 }));
    const index = new HitIndex(nodes);
    expect(index.nodeAt(5 * 100 + 10, 7 * 100 - 5)).toBe('n1405');
    expect(index.nodeAt(550, 750)).toBeUndefined();
    expect(index.nodeAt(550, 750, 60)).toBeDefined();
    expect(index.node('n19999')).toEqual({ id: 'n19999', x: 19_900, y: 9_900, r: 17 });
  });

  it('finds the nearest edge within the slack', () => {
    const nodes = [
      { id: 'a', x: 0, y: 0, r: 5 },
      { id: 'b', x: 100, y: 0, r: 5 },
      { id: 'c', x: 0, y: 100, r: 5 },
    ];
    const index = new HitIndex(nodes, [
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'ac', source: 'a', target: 'c' },
      { id: 'ax', source: 'a', target: 'missing' },
    ]);
    expect(index.edgeAt(50, 3, 5)).toBe('ab');
    expect(index.edgeAt(2, 60, 5)).toBe('ac');
    expect(index.edgeAt(50, 50, 5)).toBeUndefined();
    expect(segmentDistance(50, 10, 0, 0, 100, 0)).toBe(10);
  });
});
