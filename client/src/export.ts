/**
 * Export of the scene: PNG (scale, white or transparent background), SVG drawn as snapshot SVGs are, the frozen
 * view as JSON, and the link to the picture.
 */
import { api } from './api.ts';
import { LINK_MAX_CHARS, withPicture, type LinkPicture } from './link-picture.ts';
import { byId, download } from './dom.ts';
import { t, type Lang } from './i18n.ts';
import type { FrozenView, SnapshotSource } from './api-types.ts';
import type { ImageOptions } from './scene/scene.ts';
import type { LegendItem, PictureFrame } from './snapshot-draw.ts';

/** What the export needs of the scene. */
export interface ScenePictures {
  pngSize(scale: number, frame?: PictureFrame): { width: number; height: number } | undefined;
  png(o: ImageOptions, frame?: PictureFrame): Promise<Blob>;
  svg(o: ImageOptions, frame?: PictureFrame): string;
  legendItems(lang: Lang): LegendItem[];
}

const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** The sources the view cites, as a picture's footer names them. */
async function citedSources(ids: readonly string[]): Promise<SnapshotSource[]> {
  return Promise.all(
    ids.map(async (id): Promise<SnapshotSource> => {
      const p = await api
        .node(id)
        .then((d) => d.node.properties)
        .catch(() => ({}) as Record<string, unknown>);
      return { id, publication: text(p.publication), publicationAr: text(p.publicationAr), title: text(p.title) ?? text(p.name), titleAr: text(p.titleAr) ?? text(p.nameAr), date: text(p.date), url: text(p.url) };
    }),
  );
}

/** Title, legend and sources footer of an exported picture. */
export async function pictureFrame(scene: ScenePictures, view: FrozenView, lang: Lang): Promise<PictureFrame> {
  // The date is isolated left-to-right, so an Arabic title does not turn 2026-12-03 into 03-12-2026.
  const title = `${t('title', lang)} · \u2066${view.capturedAt.slice(0, 10)}\u2069`;
  return { title, lang, sources: await citedSources(view.sources ?? []), legend: scene.legendItems(lang) };
}

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

export async function exportPng(scene: ScenePictures, o: ImageOptions, frame?: PictureFrame): Promise<Blob> {
  const blob = await scene.png(o, frame);
  download(blob, `kg-explorer-${stamp()}@${o.scale}x.png`);
  return blob;
}

export function exportSvg(scene: ScenePictures, o: ImageOptions, frame?: PictureFrame): Blob {
  const blob = new Blob([scene.svg(o, frame)], { type: 'image/svg+xml;charset=utf-8' });
  download(blob, `kg-explorer-${stamp()}.svg`);
  return blob;
}

export function exportJson(view: FrozenView): Blob {
  const blob = new Blob([JSON.stringify(view, null, 2)], { type: 'application/json' });
  download(blob, `kg-explorer-view-${stamp()}.json`);
  return blob;
}

/**
 * The link to what is on screen: the view state's query string (`search`) and the scene's picture (every
 * node's position, the zoom and the centre). Past LINK_MAX_CHARS it is stored on the server and the link is
 * `?s=<id>`; should storing fail, the long link still works.
 */
export async function pictureLink(search: string, picture: LinkPicture): Promise<string> {
  const base = `${location.origin}${location.pathname}`;
  const full = `${base}${withPicture(search, picture)}`;
  if (full.length <= LINK_MAX_CHARS) return full;
  try {
    const { id } = await api.storeLink(full.slice(base.length));
    return `${base}?s=${encodeURIComponent(id)}`;
  } catch {
    return full;
  }
}

/**
 * The Export menu of the top bar (#export-menu): scale and background, the three formats, the expected PNG
 * size, and "copy link". Closes on a click elsewhere or Escape.
 */
export function wireExportMenu(deps: {
  scene: ScenePictures;
  view: () => FrozenView;
  link: () => Promise<string>;
  copied: (link: string, ok: boolean) => void;
  lang: () => Lang;
}): { updateSize: () => Promise<void> } {
  const button = byId('btn-export');
  const panel = byId('export-panel');
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) void updateSize();
  };
  const options = (): ImageOptions => ({
    scale: Number(byId<HTMLSelectElement>('export-scale').value) || 1,
    background: byId<HTMLSelectElement>('export-bg').value === 'transparent' ? 'transparent' : 'white',
  });
  const framed = () => byId<HTMLInputElement>('export-frame').checked;
  /** Title, legend and sources of a picture, unless the switch leaves them out. */
  const frame = (): Promise<PictureFrame | undefined> => (framed() ? pictureFrame(deps.scene, deps.view(), deps.lang()) : Promise.resolve(undefined));
  let sizeRun = 0;
  /** The PNG's size, frame included (which waits for the sources it cites: data-pending meanwhile). */
  async function updateSize(): Promise<void> {
    if (panel.hidden) return;
    const run = ++sizeRun;
    const el = byId('export-size');
    el.dataset.pending = 'true';
    const f = await frame().catch(() => undefined);
    if (run !== sizeRun) return;
    const s = deps.scene.pngSize(options().scale, f);
    el.textContent = s ? `PNG ${s.width} × ${s.height} px` : '';
    el.dataset.width = String(s?.width ?? 0);
    el.dataset.height = String(s?.height ?? 0);
    delete el.dataset.pending;
  }
  button.addEventListener('click', () => setOpen(Boolean(panel.hidden)));
  document.addEventListener('click', (ev) => {
    if (!panel.hidden && !byId('export-menu').contains(ev.target as Node)) setOpen(false);
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !panel.hidden) {
      // Focus goes back to the button, not to a control that just disappeared.
      const inside = panel.contains(document.activeElement);
      setOpen(false);
      if (inside || document.activeElement === button) button.focus();
      // Handled: whatever encloses the menu (the phone's top-bar menu) stays open.
      ev.preventDefault();
    }
  });
  for (const id of ['export-scale', 'export-frame']) byId(id).addEventListener('change', () => void updateSize());
  byId('export-png').addEventListener('click', () => {
    const o = options();
    void frame().then((f) => exportPng(deps.scene, o, f));
  });
  byId('export-svg').addEventListener('click', () => {
    const o = options();
    void frame().then((f) => exportSvg(deps.scene, o, f));
  });
  byId('export-json').addEventListener('click', () => exportJson(deps.view()));
  const copyButton = byId('btn-copy-link');
  copyButton.addEventListener('click', async () => {
    // data-link: the last link made (tests and the page read it); data-state while it is being made.
    copyButton.dataset.state = 'pending';
    const link = await deps.link();
    copyButton.dataset.link = link;
    const ok = await (navigator.clipboard?.writeText(link) ?? Promise.reject(new Error('no clipboard'))).then(
      () => true,
      () => false,
    );
    copyButton.dataset.state = ok ? 'copied' : 'failed';
    deps.copied(link, ok);
  });
  return { updateSize };
}
