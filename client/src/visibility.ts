/**
 * What is shown. Elements are hidden by classes (filters, timeline, user), so "shown" is decided from those
 * classes rather than from the computed style, which Cytoscape updates lazily, and without walking every
 * edge's endpoints (costly on big scenes): an edge is hidden when it or one of its ends carries a class.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';

export const HIDDEN = '.f-hidden, .t-hidden, .u-hidden';

export function hiddenElements(cy: Core): CollectionReturnValue {
  const hidden = cy.elements(HIDDEN);
  return hidden.union(hidden.nodes().connectedEdges());
}

export function shownElements(cy: Core): CollectionReturnValue {
  const hidden = hiddenElements(cy);
  return hidden.empty() ? cy.elements() : cy.elements().not(hidden);
}
