/**
 * Small SVG icons of the node shapes, for the legend, the filters, search results and the details header,
 * so the same shape + colour pair identifies a type everywhere (not colour alone).
 */
import type { NodeShape } from './style.ts';

const SVG = 'http://www.w3.org/2000/svg';

function regular(n: number, rotate = -Math.PI / 2): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = rotate + (i * 2 * Math.PI) / n;
    return [Math.cos(a), Math.sin(a)];
  });
}

/** Unit polygons in [-1, 1], close to Cytoscape's own node shapes. */
const POLYS: Partial<Record<NodeShape, [number, number][]>> = {
  triangle: regular(3),
  'round-triangle': regular(3),
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  'round-diamond': [[0, -1], [1, 0], [0, 1], [-1, 0]],
  hexagon: regular(6, 0),
  heptagon: regular(7),
  octagon: regular(8, Math.PI / 8),
  'round-octagon': regular(8, Math.PI / 8),
  'round-pentagon': regular(5),
  rhomboid: [[-1, -1], [0.333, -1], [1, 1], [-0.333, 1]],
  'concave-hexagon': [[-1, -0.95], [-0.75, 0], [-1, 0.95], [1, 0.95], [0.75, 0], [1, -0.95]],
  'cut-rectangle': [[-0.64, -1], [0.64, -1], [1, -0.64], [1, 0.64], [0.64, 1], [-0.64, 1], [-1, 0.64], [-1, -0.64]],
  tag: [[-1, -1], [0.25, -1], [1, 0], [0.25, 1], [-1, 1]],
  'round-tag': [[-1, -1], [0.25, -1], [1, 0], [0.25, 1], [-1, 1]],
  vee: [[-1, -1], [0, -0.333], [1, -1], [0, 1]],
  star: Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 ? 0.45 : 1;
    return [Math.cos(a) * r, Math.sin(a) * r] as [number, number];
  }),
};

const ROUNDED = new Set<NodeShape>(['round-triangle', 'round-diamond', 'round-octagon', 'round-pentagon', 'round-tag']);

export function shapeIcon(shape: NodeShape, color: string, opts: { size?: number; border?: 'solid' | 'dashed' | 'dotted'; title?: string } = {}): SVGSVGElement {
  const size = opts.size ?? 16;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '-1.3 -1.3 2.6 2.6');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('class', 'shape-icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.dataset.shape = shape;
  let el: SVGElement;
  const poly = POLYS[shape];
  if (poly) {
    el = document.createElementNS(SVG, 'polygon');
    el.setAttribute('points', poly.map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`).join(' '));
    if (ROUNDED.has(shape)) el.setAttribute('stroke-linejoin', 'round');
  } else if (shape === 'ellipse') {
    el = document.createElementNS(SVG, 'circle');
    el.setAttribute('r', '1');
  } else {
    el = document.createElementNS(SVG, 'rect');
    const rounded = shape === 'round-rectangle' ? 0.35 : shape === 'barrel' ? 0.6 : 0;
    el.setAttribute('x', '-1');
    el.setAttribute('y', shape === 'barrel' ? '-0.85' : '-1');
    el.setAttribute('width', '2');
    el.setAttribute('height', shape === 'barrel' ? '1.7' : '2');
    if (rounded) {
      el.setAttribute('rx', String(rounded));
      el.setAttribute('ry', String(shape === 'barrel' ? 0.3 : rounded));
    }
    if (shape === 'bottom-round-rectangle') {
      el = document.createElementNS(SVG, 'path');
      el.setAttribute('d', 'M-1,-1 H1 V0.4 Q1,1 0.4,1 H-0.4 Q-1,1 -1,0.4 Z');
    }
  }
  el.setAttribute('fill', color);
  if (opts.border) {
    el.setAttribute('stroke', '#1e293b');
    el.setAttribute('stroke-width', '0.22');
    if (opts.border === 'dashed') el.setAttribute('stroke-dasharray', '0.45 0.3');
    if (opts.border === 'dotted') el.setAttribute('stroke-dasharray', '0.12 0.25');
    if (opts.border !== 'solid') el.setAttribute('fill-opacity', '0.5');
  } else {
    el.setAttribute('stroke', ROUNDED.has(shape) ? color : 'none');
    el.setAttribute('stroke-width', ROUNDED.has(shape) ? '0.3' : '0');
  }
  if (opts.title) {
    const title = document.createElementNS(SVG, 'title');
    title.textContent = opts.title;
    svg.append(title);
  }
  svg.append(el);
  return svg;
}
