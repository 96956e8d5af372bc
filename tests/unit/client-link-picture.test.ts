import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodePositions,
  decodeViewport,
  encodePositions,
  encodeViewport,
  idsChecksum,
  LABEL_SIDES,
  type LinkPicture,
  pictureFromSearch,
  picturePositions,
  storedLinkId,
  withPicture,
} from '../../client/src/link-picture.ts';
import { defaultViewState, fromSearch, toSearch } from '../../client/src/view-state.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `node-${String(i).padStart(4, '0')}-${(i * 7919) % 1000}`);

/** A picture of `n` nodes spread over a few thousand model units, as layouts leave them. */
function picture(n: number, seed = 1): LinkPicture {
  let s = seed;
  const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647) * 2 - 1;
  return {
    check: idsChecksum([...ids(n)].sort()),
    nodes: ids(n).map((_, i) => ({ x: Math.round(rnd() * 2500), y: Math.round(rnd() * 1500), side: LABEL_SIDES[i % 4]! })),
    zoom: 0.81234,
    centre: { x: 120.5, y: -40.1 },
  };
}

describe('link picture encoding', () => {
  it('round-trips positions, label sides, zoom and centre through the query string', () => {
    const p = picture(60);
    const search = withPicture(toSearch({ ...defaultViewState(), expanded: ['country-kuwait'] }), p);
    expect(pictureFromSearch(search)).toEqual(p);
    // The view state reads the same link unchanged.
    expect(fromSearch(search).expanded).toEqual(['country-kuwait']);
    // URLSearchParams leaves it as it is: nothing to escape.
    expect(new URLSearchParams(search).toString()).toBe(search.slice(1));
  });

  it('round-trips any coordinates (rounded to whole model units) and side', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.double({ min: -1e7, max: 1e7, noNaN: true }), y: fc.double({ min: -1e7, max: 1e7, noNaN: true }), side: fc.constantFrom(...LABEL_SIDES) }), { maxLength: 50 }),
        (nodes) => {
          const back = decodePositions(encodePositions('AbCdEf', nodes));
          expect(back?.check).toBe('AbCdEf');
          expect(back?.nodes).toEqual(nodes.map((n) => ({ x: Math.round(n.x) || 0, y: Math.round(n.y) || 0, side: n.side })));
        },
      ),
    );
  });

  it('keeps zoom to five significant digits and the centre to a tenth', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 4, noNaN: true }), fc.double({ min: -1e5, max: 1e5, noNaN: true }), fc.double({ min: -1e5, max: 1e5, noNaN: true }), (zoom, x, y) => {
        const v = decodeViewport(encodeViewport(zoom, { x, y }))!;
        expect(Math.abs(v.zoom - zoom) / zoom).toBeLessThan(1e-4);
        expect(Math.abs(v.centre.x - x)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(Math.abs(v.centre.y - y)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });

  it('costs a few characters per node', () => {
    for (const n of [10, 60, 500]) {
      const p = picture(n);
      const at = encodePositions(p.check, p.nodes);
      // Checksum and dot, then at most six characters a node for coordinates within ±4,000.
      expect((at.length - 7) / n, `${n} nodes`).toBeLessThanOrEqual(6);
    }
    // The seeded opening view (about 60 nodes) with its picture stays a URL; the whole graph does not.
    expect(withPicture('?expand=country-kuwait', picture(60)).length).toBeLessThan(1500);
    expect(withPicture('', picture(400)).length).toBeGreaterThan(1500);
  });

  it('places the nodes by id only when they are the nodes the picture was taken of', () => {
    const p = picture(5);
    const shuffled = [...ids(5)].reverse();
    const at = picturePositions(p, shuffled)!;
    expect(at.get(ids(5)[0]!)).toEqual(p.nodes[0]);
    expect(at.get(ids(5)[4]!)).toEqual(p.nodes[4]);
    expect(picturePositions(p, ids(4))).toBeUndefined();
    expect(picturePositions(p, [...ids(4), 'someone-else'])).toBeUndefined();
  });

  it('ignores malformed pictures and reads stored-link ids', () => {
    for (const s of ['?at=AbCdEf.B&vp=1_0_0', '?at=short.AA&vp=1_0_0', '?at=AbCdEf.AA&vp=0_0_0', '?at=AbCdEf.AA&vp=1_x_0', '?at=AbCdEf.AA', '?at=AbCdEf.g&vp=1_0_0', `?at=AbCdEf.${'g'.repeat(20)}A&vp=1_0_0`])
      expect(pictureFromSearch(s), s).toBeUndefined();
    expect(pictureFromSearch('?at=AbCdEf.AA&vp=1_0_0')).toEqual({ check: 'AbCdEf', nodes: [{ x: 0, y: 0, side: '' }], zoom: 1, centre: { x: 0, y: 0 } });
    expect(storedLinkId('?s=AbCdEf0123456789')).toBe('AbCdEf0123456789');
    expect(storedLinkId('?s=a b')).toBeUndefined();
    expect(storedLinkId('?v=overview')).toBeUndefined();
  });
});
