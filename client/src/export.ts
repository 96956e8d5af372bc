/**
 * Export of the scene: PNG (scale, white or transparent background), SVG through cytoscape-svg, and the
 * frozen view as JSON.
 */
import type { Core } from 'cytoscape';
import { byId, download } from './dom.ts';
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

/**
 * The Export menu of the top bar (#export-menu): scale and background, the three formats, the expected PNG
 * size, and "copy link". Closes on a click elsewhere or Escape.
 */
export function wireExportMenu(deps: { cy: () => Core; view: () => FrozenView; copied: () => void }): { updateSize: () => void } {
  const button = byId('btn-export');
  const panel = byId('export-panel');
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) updateSize();
  };
  const options = (): ImageOptions => ({
    scale: Number(byId<HTMLSelectElement>('export-scale').value) || 1,
    background: byId<HTMLSelectElement>('export-bg').value === 'transparent' ? 'transparent' : 'white',
  });
  function updateSize(): void {
    if (panel.hidden) return;
    const cy = deps.cy();
    const s = pngSize(cy, options().scale);
    const el = byId('export-size');
    el.textContent = cy.elements().nonempty() ? `PNG ${s.width} × ${s.height} px` : '';
    el.dataset.width = String(s.width);
    el.dataset.height = String(s.height);
  }
  button.addEventListener('click', () => setOpen(Boolean(panel.hidden)));
  document.addEventListener('click', (ev) => {
    if (!panel.hidden && !byId('export-menu').contains(ev.target as Node)) setOpen(false);
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !panel.hidden) setOpen(false);
  });
  byId('export-scale').addEventListener('change', updateSize);
  byId('export-png').addEventListener('click', () => void exportPng(deps.cy(), options()));
  byId('export-svg').addEventListener('click', () => exportSvg(deps.cy(), options()));
  byId('export-json').addEventListener('click', () => exportJson(deps.view()));
  byId('btn-copy-link').addEventListener('click', () => {
    void navigator.clipboard?.writeText(location.href).then(deps.copied);
  });
  return { updateSize };
}
