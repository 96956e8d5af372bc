import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../client/src/graph-mapping.ts';
import { hiddenElements, shownElements } from '../../client/src/visibility.ts';

const cy = () =>
  cytoscape({
    headless: true,
    elements: toElements({
      nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, labels: ['Person', 'Entity'], properties: { name: id } })),
      edges: [
        { id: 'ab', type: 'MET', source: 'a', target: 'b', properties: {} },
        { id: 'bc', type: 'MET', source: 'b', target: 'c', properties: {} },
        { id: 'cd', type: 'KNOWS', source: 'c', target: 'd', properties: {} },
      ],
    }),
  });

const ids = (c: cytoscape.CollectionReturnValue) => c.map((e) => e.id()).sort();

describe('what is shown', () => {
  it('everything when nothing carries a hiding class', () => {
    const c = cy();
    expect(ids(shownElements(c))).toEqual(['a', 'ab', 'b', 'bc', 'c', 'cd', 'd']);
    expect(hiddenElements(c).empty()).toBe(true);
  });

  it('a hidden node takes its edges along, whatever the reason it is hidden', () => {
    for (const reason of ['f-hidden', 't-hidden', 'u-hidden']) {
      const c = cy();
      c.$id('b').addClass(reason);
      expect(ids(shownElements(c))).toEqual(['a', 'c', 'cd', 'd']);
    }
  });

  it('a filtered relationship type hides only the edges', () => {
    const c = cy();
    c.edges('[type = "KNOWS"]').addClass('f-hidden');
    expect(ids(shownElements(c))).toEqual(['a', 'ab', 'b', 'bc', 'c', 'd']);
  });
});
