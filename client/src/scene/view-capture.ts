/**
 * Freezes the current view as plain data: the view state that produced it, the visible elements in the API
 * graph shape with their positions, the viewport, and the sources those elements cite. The JSON export is
 * this object; snapshots store it.
 */
import type { Core } from 'cytoscape';
import { edgeFromData, nodeFromData, type EdgeData, type NodeData } from '../graph-mapping.ts';
import { shownElements } from '../visibility.ts';
import type { FrozenView } from '../api-types.ts';
import type { ViewState } from '../view-state.ts';

export type { FrozenView };

export function captureView(cy: Core, state: ViewState, link: string, renderer: { webgl: boolean; big: boolean }): FrozenView {
  const shown = shownElements(cy);
  const nodes = shown.nodes().map((n) => {
    const d = n.data() as NodeData;
    const p = n.position();
    return { ...nodeFromData(d), position: { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 }, ...(n.locked() ? { pinned: true } : {}) };
  });
  const edges = shown.edges().map((e) => edgeFromData(e.data() as EdgeData));
  const sources = new Set<string>();
  for (const e of edges) for (const s of Array.isArray(e.properties.sources) ? e.properties.sources : []) if (typeof s === 'string') sources.add(s);
  for (const n of nodes) {
    if (n.labels.includes('Source')) sources.add(n.id);
    for (const s of Array.isArray(n.properties.dateSources) ? n.properties.dateSources : []) if (typeof s === 'string') sources.add(s);
  }
  return {
    format: 'kg-explorer/view',
    version: 1,
    capturedAt: new Date().toISOString(),
    link,
    state: structuredClone(state),
    viewport: { zoom: cy.zoom(), pan: { ...cy.pan() } },
    renderer,
    graph: { nodes, edges },
    sources: [...sources].sort(),
  };
}
