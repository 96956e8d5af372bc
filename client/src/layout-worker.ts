/**
 * fcose off the main thread: a headless Cytoscape in a worker lays out big scenes while the page stays
 * responsive. Seeded like the main-thread layouts, so the same scene gives the same positions.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { LAYOUT_SEED, withSeededRandom } from './layouts.ts';

cytoscape.use(fcose);

export interface LayoutRequest {
  seq: number;
  nodes: { id: string; size: number; x: number; y: number }[];
  edges: { id: string; source: string; target: string }[];
}
export interface LayoutReply {
  seq: number;
  ids: string[];
  xy: Float64Array;
}

self.onmessage = (ev: MessageEvent<LayoutRequest>) => {
  const { nodes, edges } = ev.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size }, position: { x: n.x, y: n.y } })),
      ...edges.map((e) => ({ group: 'edges' as const, data: e })),
    ],
  });
  const n = nodes.length;
  withSeededRandom(LAYOUT_SEED, () =>
    cy
      .layout({
        name: 'fcose',
        animate: false,
        randomize: true,
        quality: n > 1000 ? 'draft' : 'default',
        nodeDimensionsIncludeLabels: false,
        idealEdgeLength: 80,
        nodeRepulsion: 6000,
        numIter: n > 5000 ? 800 : 2500,
        tile: true,
        fit: false,
      } as unknown as cytoscape.LayoutOptions)
      .run(),
  );
  const ids = cy.nodes().map((x) => x.id());
  const xy = new Float64Array(ids.length * 2);
  cy.nodes().forEach((x, i) => {
    const p = x.position();
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
  });
  // The draft (spectral) result ignores node sizes and comes out cramped: spread it to about 80 px per node
  // along each side of a square.
  if (n > 1000) {
    let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    for (let i = 0; i < n; i++) {
      x1 = Math.min(x1, xy[2 * i]!);
      x2 = Math.max(x2, xy[2 * i]!);
      y1 = Math.min(y1, xy[2 * i + 1]!);
      y2 = Math.max(y2, xy[2 * i + 1]!);
    }
    const side = Math.sqrt(n) * 80;
    const k = side / Math.max(1, x2 - x1, y2 - y1);
    if (k > 1) for (let i = 0; i < 2 * n; i++) xy[i] = xy[i]! * k;
  }
  const reply: LayoutReply = { seq: ev.data.seq, ids, xy };
  (self as unknown as Worker).postMessage(reply, [xy.buffer]);
};
