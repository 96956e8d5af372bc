/**
 * Layouts. All runs are deterministic: the same elements in the same order lay out the same way, because
 * Math.random is seeded while a layout computes (scene/cytoscape-internals.ts), and starting positions come
 * from a hash of the node id.
 */
import type { Core, LayoutOptions, NodeCollection, Position } from 'cytoscape';
import { HIDDEN, shownElements } from './visibility.ts';
import { withSeededRandom } from './scene/cytoscape-internals.ts';
import { ranksPositions, SIDE_CLASSES } from './ranks-layout.ts';

export { seededRandom } from './seeded-random.ts';
export { withSeededRandom };

import { LAYOUTS } from '../../shared/constants.ts';

/** The layouts, as the API knows them too (shared/constants.ts). */
export const LAYOUT_NAMES = LAYOUTS;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
export const isLayoutName = (s: string | null | undefined): s is LayoutName => LAYOUT_NAMES.includes(s as LayoutName);

export const LAYOUT_SEED = 20240521;

/** FNV-1a: a stable number per node id, for starting positions. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A deterministic starting spot for a node: on a spiral, ordered by id hash. */
export function seedPosition(id: string, radius = 600): Position {
  const h = hashId(id);
  const angle = ((h % 3600) / 3600) * Math.PI * 2;
  const r = radius * Math.sqrt(((h >>> 12) % 1000) / 1000 + 0.05);
  return { x: Math.cos(angle) * r, y: Math.sin(angle) * r };
}

/** A position stored on a node (numeric properties x and y), if it has one. */
export function storedPosition(props: Record<string, unknown> | undefined): Position | undefined {
  const x = props?.x;
  const y = props?.y;
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined;
}

const degreeOf = (n: { degree: (b: boolean) => number }) => n.degree(false);

/** Concentric rings by kind of node: agreements in the middle, then countries and events, then the rest. */
const RING: Record<string, number> = { Agreement: 3, Country: 2, Event: 2, Organization: 1, TrainingProgramme: 1, Person: 1, Product: 1, Place: 1, Source: 0 };

export interface LayoutRun {
  options: LayoutOptions;
  /** fcose with fixed nodes: keep these positions (expansion keeps the scene still). */
  fixed?: NodeCollection;
}

export function layoutOptions(name: LayoutName, opts: { animate: boolean; nodeCount: number; fixed?: NodeCollection; positions?: Map<string, Position> }): LayoutOptions {
  const animate = opts.animate && opts.nodeCount < 400;
  const common = { animate, animationDuration: 450, fit: true, padding: 40 };
  switch (name) {
    case 'ranks': {
      // Positions computed up front (ranks-layout.ts); the scene fits them, clear of the canvas controls.
      const positions = opts.positions ?? new Map<string, Position>();
      return { name: 'preset', ...common, fit: false, positions: (n: { id: () => string; position: () => Position }) => positions.get(n.id()) ?? { ...n.position() } } as unknown as LayoutOptions;
    }
    case 'fcose': {
      const fixed = opts.fixed?.not(HIDDEN) as NodeCollection | undefined;
      return {
        name: 'fcose',
        ...common,
        animate: animate ? 'end' : false,
        quality: opts.nodeCount > 2000 ? 'draft' : 'default',
        // With fixed nodes (an expansion) the existing scene is the starting point; otherwise a fresh,
        // seeded spectral start gives a good and repeatable picture.
        randomize: !fixed || fixed.length === 0,
        // Fixed positions are node centres: with labels counted, fcose would shift held nodes by half a label.
        nodeDimensionsIncludeLabels: opts.nodeCount < 600 && !(fixed && fixed.length),
        idealEdgeLength: 75,
        nodeRepulsion: 5000,
        edgeElasticity: 0.4,
        gravity: 0.3,
        numIter: 2500,
        tile: true,
        packComponents: true,
        fixedNodeConstraint: fixed && fixed.length ? fixed.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })) : undefined,
      } as unknown as LayoutOptions;
    }
    case 'dagre':
      return { name: 'dagre', ...common, rankDir: 'LR', nodeSep: 30, rankSep: 110, edgeSep: 10 } as unknown as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 40,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        concentric: (n: { data: (k: string) => unknown; degree: (b: boolean) => number }) => (RING[String(n.data('primary'))] ?? 0) * 1000 + degreeOf(n),
        levelWidth: () => 1000,
      } as unknown as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common, sort: (a: { id: () => string }, b: { id: () => string }) => (a.id() < b.id() ? -1 : 1) } as unknown as LayoutOptions;
    case 'breadthfirst':
      return { name: 'breadthfirst', ...common, directed: false, spacingFactor: 1.1, circle: false } as unknown as LayoutOptions;
    case 'preset':
      // Positions computed in advance and stored on the nodes (x, y properties), e.g. by an import: no layout
      // cost at all, which is what a very large scene needs. Nodes without them keep where they are.
      return {
        name: 'preset',
        ...common,
        positions: (n: { data: (k: string) => unknown; position: () => Position }) => storedPosition(n.data('props') as Record<string, unknown>) ?? { ...n.position() },
      } as unknown as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, sort: (a: { id: () => string }, b: { id: () => string }) => (a.id() < b.id() ? -1 : 1) } as unknown as LayoutOptions;
  }
}

/**
 * Lays out the visible elements of cy. Returns when the layout (and its animation) has finished.
 * Nodes without a position yet get their seeded starting spot first.
 */
export function runLayout(
  cy: Core,
  name: LayoutName,
  opts: { animate?: boolean; fixed?: NodeCollection; roots?: NodeCollection; mirror?: boolean; stackedWidth?: number } = {},
): Promise<void> {
  const eles = shownElements(cy);
  const nodes = eles.nodes();
  if (nodes.length === 0) return Promise.resolve();
  // Labels beside their nodes belong to the ranks layout only; an expansion keeps them where they are.
  if (name !== 'ranks' && !opts.fixed) nodes.removeClass(SIDE_CLASSES);
  const positions = name === 'ranks' ? ranksPositions(cy, nodes, { mirror: opts.mirror, stackedWidth: opts.stackedWidth }) : undefined;
  const options = layoutOptions(name, { animate: opts.animate ?? true, nodeCount: nodes.length, fixed: opts.fixed, positions });
  if (name === 'breadthfirst' && opts.roots?.nonempty()) (options as { roots?: unknown }).roots = opts.roots;
  // Positions to hold: fcose meets fixed constraints only approximately, so they are put back exactly.
  const held = opts.fixed ? opts.fixed.map((n) => [n, { ...n.position() }] as const) : [];
  return new Promise((resolve) => {
    const layout = eles.layout(options);
    layout.one('layoutstop', () => {
      for (const [n, p] of held) if (n.inside()) n.position(p);
      resolve();
    });
    withSeededRandom(LAYOUT_SEED, () => layout.run());
  });
}
