/**
 * Export of the scene: PNG (scale, white or transparent background), SVG through cytoscape-svg, and the
 * frozen view as JSON.
 */
import type { Core } from 'cytoscape';
import { download } from './dom.ts';
import type { FrozenView } from './view-capture.ts';

export interface ImageOptions {
  scale: number;
  background: 'white' | 'transparent';
}

type SvgCore = Core & { svg: (o: { full?: boolean; scale?: number; bg?: string }) => string };

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

/** Pixel size the PNG will have: the drawn elements' bounds × scale × device pixel ratio (as Cytoscape does). */
export function pngSize(cy: Core, scale: number): { width: number; height: number } {
  const bb = cy.elements().boundingBox({});
  const px = (cy as Core & { renderer?: () => { getPixelRatio?: () => number } }).renderer?.()?.getPixelRatio?.() ?? window.devicePixelRatio ?? 1;
  return { width: Math.floor(Math.ceil(bb.w) * scale * px), height: Math.floor(Math.ceil(bb.h) * scale * px) };
}

export async function exportPng(cy: Core, o: ImageOptions): Promise<Blob> {
  const blob = await cy.png({ output: 'blob-promise', full: true, scale: o.scale, bg: o.background === 'white' ? '#ffffff' : undefined });
  download(blob, `kg-explorer-${stamp()}@${o.scale}x.png`);
  return blob;
}

export function exportSvg(cy: Core, o: ImageOptions): Blob {
  const text = (cy as SvgCore).svg({ full: true, scale: o.scale, bg: o.background === 'white' ? '#ffffff' : undefined });
  const blob = new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
  download(blob, `kg-explorer-${stamp()}.svg`);
  return blob;
}

export function exportJson(view: FrozenView): Blob {
  const blob = new Blob([JSON.stringify(view, null, 2)], { type: 'application/json' });
  download(blob, `kg-explorer-view-${stamp()}.json`);
  return blob;
}
