/**
 * A snapshot drawn the way the explorer drew it: the same mapping (graph-mapping.ts) and style (style.ts),
 * the saved positions, the pinned and highlighted elements, and the saved viewport. Used by the embed page
 * (and so by the server's PNG/SVG renderer) and by the explorer when it reopens a snapshot.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { ARABIC_RE } from './dom.ts';
import { withRoundPolygonFix, withSeededRandom } from './scene/cytoscape-internals.ts';
import { shapeIcon } from './shape-icon.ts';
import { FONT_STACK, type NodeShape } from './style.ts';
import { toElements } from './graph-mapping.ts';
import { t, tBilingual, type Lang } from './i18n.ts';
import type { Snapshot, SnapshotSource } from './api-types.ts';
import { hubIds } from './hubs.ts';

export function snapshotElements(s: Snapshot): ElementDefinition[] {
  const elements = toElements({ nodes: s.graph.nodes.map(({ id, labels, properties }) => ({ id, labels, properties })), edges: s.graph.edges });
  const position = new Map(s.graph.nodes.map((n) => [n.id, n.position]));
  const pinned = new Set(s.graph.nodes.filter((n) => n.pinned).map((n) => n.id));
  const lit = new Set([...(s.highlight?.nodes ?? []), ...(s.highlight?.edges ?? [])]);
  const labelled = s.style.big ? hubIds(s.graph.nodes.map((n) => n.id), s.graph.edges) : undefined;
  for (const el of elements) {
    const id = String(el.data.id);
    const classes = Array.isArray(el.classes) ? [...el.classes] : [];
    if (el.group === 'nodes') {
      const p = position.get(id);
      if (p) el.position = { x: p.x, y: p.y };
      if (pinned.has(id)) classes.push('pinned');
      if (labelled?.has(id)) classes.push('labelled');
    }
    if (lit.size) classes.push(lit.has(id) ? 'path-hl' : 'dimmed');
    el.classes = classes;
  }
  return elements;
}


/**
 * The saved viewport fitted into a w×h canvas: the area the user saw, centred and scaled to fit. For a canvas
 * of the saved size this is exactly the saved zoom and pan.
 */
export function fitSavedViewport(s: Pick<Snapshot, 'viewport' | 'width' | 'height'>, w: number, h: number): { zoom: number; pan: { x: number; y: number } } {
  const { zoom, pan } = s.viewport;
  const seenW = s.width / zoom;
  const seenH = s.height / zoom;
  const cx = -pan.x / zoom + seenW / 2;
  const cy = -pan.y / zoom + seenH / 2;
  const z = zoom * Math.min(w / s.width, h / s.height);
  return { zoom: z, pan: { x: w / 2 - z * cx, y: h / 2 - z * cy } };
}

/** One source as a footer cites it: outlet, headline, date, in the snapshot's language. */
export function citeSource(src: SnapshotSource, lang: Lang): string {
  const year = src.date ? ` (${src.date})` : '';
  if (lang === 'ar') {
    const pub = src.publicationAr ?? src.publication ?? src.id;
    const title = src.titleAr ?? src.title;
    return `${pub}${title ? `، «${title}»` : ''}${year}`;
  }
  // Arabic inside an English line is isolated (RLI … PDI), so its quotes and dates stay where they belong.
  const rtl = (s: string) => `\u2067${s}\u2069`;
  const pub = src.publication ?? src.publicationAr ?? src.id;
  const pubAr = lang === 'both' && src.publicationAr && src.publicationAr !== pub ? ` (${rtl(src.publicationAr)})` : '';
  const title = src.title ?? src.titleAr;
  const titleAr = lang === 'both' && src.titleAr && src.titleAr !== title ? ` «${rtl(src.titleAr)}»` : '';
  return `${pub}${pubAr}${title ? `, “${title}”` : ''}${titleAr}${year}`;
}

/** The footer line: "Sources: …" (Arabic: "المصادر: …"). */
export function sourcesLine(s: { sources: SnapshotSource[]; lang: Lang }): string {
  const list = s.sources.length ? s.sources.map((src) => citeSource(src, s.lang)).join(t('citeSeparator', s.lang)) : tBilingual('noSourcesShown', s.lang);
  return `${tBilingual('sources', s.lang)}: ${list}`;
}

// --- The SVG picture: snapshots and the explorer's SVG export draw it the same way ------------------------------

/** Title and footer fonts, shared by the embed page's HTML frame (PNG) and the SVG. */
export const TITLE_FONT = { size: 18, weight: 600, line: 24 };
export const FOOT_FONT = { size: 12, weight: 400, line: 16 };
const LEGEND_FONT = { size: 12, weight: 400, line: 20 };
export const PAD = 14;
/** The narrowest framed export, in CSS pixels (a small scene still gets a readable title and footer). */
const EXPORT_MIN_WIDTH = 360;

export const dirOf = (text: string, lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' || (lang !== 'en' && ARABIC_RE.test(text[0] ?? '')) ? 'rtl' : 'ltr');
export const titleDir = (text: string): 'rtl' | 'ltr' => {
  const first = /[A-Za-z\u00C0-\u024F\u0600-\u06FF]/.exec(text)?.[0] ?? '';
  return ARABIC_RE.test(first) ? 'rtl' : 'ltr';
};

type SvgCore = Core & { svg: (o: { full?: boolean; scale?: number; bg?: string }) => string };

let measureCtx: CanvasRenderingContext2D | null | undefined;

/** Greedy word wrap to `max` pixels in `font` (a word longer than a line stays whole). */
function wrap(text: string, font: string, max: number): string[] {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (measureCtx) measureCtx.font = font;
  const width = (s: string) => measureCtx?.measureText(s).width ?? s.length * 7;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return balanceIsolates(lines);
}

/**
 * Each SVG line is its own paragraph: a bidi isolate (RLI … PDI) split across lines is closed at the end of
 * one line and reopened at the start of the next, so the Arabic keeps its direction on both.
 */
function balanceIsolates(lines: string[]): string[] {
  let open = false;
  return lines.map((l) => {
    const start = open ? `\u2067${l}` : l;
    for (const ch of l)
      if (ch === '\u2067') open = true;
      else if (ch === '\u2069') open = false;
    return open ? `${start}\u2069` : start;
  });
}

/** One entry of a picture's legend: a node shape and colour, or a relationship type's line, and what it stands for. */
export type LegendItem = { shape: NodeShape; color: string; label: string } | { line: 'solid' | 'dotted'; color: string; label: string };

/** What frames a picture: a title above, a legend (exports) and the sources footer below. */
export interface PictureFrame {
  title: string;
  lang: Lang;
  sources: SnapshotSource[];
  legend?: LegendItem[];
}

/** The drawing: the viewport at a fixed size (snapshots), or the whole scene at a scale (exports). */
export type PictureDrawing = { full: false; width: number; height: number } | { full: true; scale: number; bg?: string };

/**
 * Where everything of a framed picture goes, for a drawing of dw×dh: title lines, the drawing, legend rows,
 * footer lines, the whole size. `k` scales the frame's type and spacing along with the drawing (an export at
 * 2× gets a 2× title), so the SVG and the PNG exports are laid out alike.
 */
export interface FrameLayout {
  W: number;
  H: number;
  k: number;
  titleLines: string[];
  titleH: number;
  drawing: { x: number; y: number; width: number; height: number };
  legendRows: { item: LegendItem; x: number }[][];
  legendTop: number;
  footText: string;
  footLines: string[];
  footTop: number;
}

const px = (font: { size: number; weight: number }, k: number) => `${font.weight} ${font.size * k}px ${FONT_STACK}`;

export function frameLayout(frame: PictureFrame, dw: number, dh: number, k = 1, minWidth = 0): FrameLayout {
  const W = Math.max(Math.ceil(minWidth), Math.ceil(dw));
  // Text is measured and wrapped at the base size, then everything is scaled by k: a 2× export is exactly
  // twice the 1× one, lines and legend rows breaking at the same words.
  const inner = W / k - 2 * PAD;
  const titleLines = wrap(frame.title, px(TITLE_FONT, 1), inner);
  const footText = sourcesLine(frame);
  const footLines = wrap(footText, px(FOOT_FONT, 1), inner);
  const titleH = (PAD + titleLines.length * TITLE_FONT.line + 6) * k;
  // The legend flows in rows: icon, label, gap.
  const legendRows: { item: LegendItem; x: number }[][] = [];
  if (frame.legend?.length) {
    measureCtx ??= document.createElement('canvas').getContext('2d');
    if (measureCtx) measureCtx.font = px(LEGEND_FONT, 1);
    let row: { item: LegendItem; x: number }[] = [];
    let x = PAD;
    for (const item of frame.legend) {
      const w = 18 + (measureCtx?.measureText(item.label).width ?? item.label.length * 7) + 16;
      if (row.length && x + w > inner + PAD) {
        legendRows.push(row);
        row = [];
        x = PAD;
      }
      row.push({ item, x: x * k });
      x += w;
    }
    if (row.length) legendRows.push(row);
  }
  const DH = Math.ceil(dh);
  const legendH = legendRows.length ? (6 + legendRows.length * LEGEND_FONT.line) * k : 0;
  const footH = (8 + footLines.length * FOOT_FONT.line + PAD) * k;
  return {
    W,
    H: Math.ceil(titleH + DH + legendH + footH),
    k,
    titleLines,
    titleH,
    drawing: { x: Math.round((W - Math.ceil(dw)) / 2), y: titleH, width: Math.ceil(dw), height: DH },
    legendRows,
    legendTop: titleH + DH,
    footText,
    footLines,
    footTop: titleH + DH + legendH + 8 * k,
  };
}

/** A legend entry's icon: the node shape, or a short line with an arrowhead for a relationship type. */
function legendIcon(item: LegendItem, size: number, rtl: boolean): SVGSVGElement {
  if ('shape' in item) return shapeIcon(item.shape, item.color, { size });
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 14 14');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  const line = document.createElementNS(NS, 'line');
  for (const [k, v] of Object.entries({ x1: 0, y1: 7, x2: 9, y2: 7, stroke: item.color, 'stroke-width': 2 })) line.setAttribute(k, String(v));
  if (item.line === 'dotted') line.setAttribute('stroke-dasharray', '1.5 2');
  const head = document.createElementNS(NS, 'polygon');
  head.setAttribute('points', '8,3 14,7 8,11');
  head.setAttribute('fill', item.color);
  // In a right-to-left legend the arrow points the way the line is read.
  const g = document.createElementNS(NS, 'g');
  if (rtl) g.setAttribute('transform', 'matrix(-1 0 0 1 14 0)');
  g.append(line, head);
  svg.append(g);
  return svg;
}

/**
 * A framed picture as SVG text: `inner` (the drawing: cytoscape-svg's <svg>, or an <image> of a PNG) placed
 * by `layout`, with the title, the legend and the sources footer as <text>. Built with DOM calls, so names are
 * escaped by the serializer.
 */
export function frameSvg(inner: Element, frame: PictureFrame, layout: FrameLayout, bg: string | undefined): string {
  const NS = 'http://www.w3.org/2000/svg';
  const { W, H, k } = layout;
  const pad = PAD * k;
  const doc = document.implementation.createDocument(NS, 'svg', null);
  const root = doc.documentElement;
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const e = doc.createElementNS(NS, name);
    for (const [key, v] of Object.entries(attrs)) e.setAttribute(key, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  };
  for (const [key, v] of Object.entries({ width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'font-family': FONT_STACK })) root.setAttribute(key, String(v));
  root.append(el('title', {}, frame.title));
  if (bg) root.append(el('rect', { x: 0, y: 0, width: W, height: H, fill: bg }));
  const lines = (texts: string[], top: number, font: typeof TITLE_FONT, fill: string, cls: string, dir: 'rtl' | 'ltr') =>
    texts.forEach((t, i) => {
      const baseline = top + ((i + 1) * font.line - Math.round((font.line - font.size) / 2) - 2) * k;
      root.append(
        el('text', { class: cls, x: dir === 'rtl' ? W - pad : pad, y: baseline, 'font-size': font.size * k, 'font-weight': font.weight, fill, direction: dir, 'text-anchor': 'start' }, t),
      );
    });
  lines(layout.titleLines, pad, TITLE_FONT, '#0f172a', 'snapshot-title', titleDir(frame.title));
  const picture = doc.importNode(inner, true) as Element;
  const d = layout.drawing;
  for (const [key, v] of Object.entries({ x: d.x, y: d.y, width: d.width, height: d.height })) picture.setAttribute(key, String(v));
  root.append(picture);
  const rtl = frame.lang === 'ar';
  const icon = 14 * k;
  layout.legendRows.forEach((row, r) => {
    const y = layout.legendTop + 6 * k + r * LEGEND_FONT.line * k;
    for (const { item, x } of row) {
      const g = el('g', { class: 'legend-item', 'data-kind': 'shape' in item ? 'node' : 'edge' });
      const svgIcon = doc.importNode(legendIcon(item, icon, rtl), true) as Element;
      const ix = rtl ? W - x - icon : x;
      svgIcon.setAttribute('x', String(ix));
      svgIcon.setAttribute('y', String(y + 3 * k));
      g.append(svgIcon, el('text', { x: rtl ? ix - 4 * k : ix + 18 * k, y: y + 14 * k, 'font-size': LEGEND_FONT.size * k, fill: '#0f172a', direction: rtl ? 'rtl' : 'ltr', 'text-anchor': 'start' }, item.label));
      root.append(g);
    }
  });
  lines(layout.footLines, layout.footTop, FOOT_FONT, '#475569', 'snapshot-sources', dirOf(layout.footText, frame.lang));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

/**
 * cytoscape-svg's drawing of the canvas (the same renderer and style), framed by frameSvg. Every node shape
 * survives (withRoundPolygonFix). Seeded Math.random: canvas2svg names its clip paths with random ids, and the
 * same picture must give the same bytes. Without a frame, the drawing alone. An export's frame is scaled with
 * its drawing.
 */
export function composeSvg(cy: Core, frame: PictureFrame | undefined, drawing: PictureDrawing): string {
  const inner = withRoundPolygonFix(cy, () =>
    withSeededRandom(1, () => (cy as SvgCore).svg(drawing.full ? { full: true, scale: drawing.scale, bg: drawing.bg } : { full: false, scale: 1, bg: '#ffffff' })),
  );
  if (!frame) return inner;
  const innerSvg = new DOMParser().parseFromString(inner, 'image/svg+xml').documentElement;
  const size = (v: string | null) => Number.parseFloat(v ?? '0');
  const [dw, dh] = drawing.full ? [size(innerSvg.getAttribute('width')), size(innerSvg.getAttribute('height'))] : [drawing.width, drawing.height];
  // A snapshot's frame is the viewport's size; an export's is at least wide enough for a readable footer.
  const layout = drawing.full ? frameLayout(frame, dw, dh, drawing.scale, EXPORT_MIN_WIDTH * drawing.scale) : frameLayout(frame, dw, dh);
  return frameSvg(innerSvg, frame, layout, drawing.full ? drawing.bg : '#ffffff');
}

/** The size of a framed export whose drawing is dw×dh at `k` pixels per CSS pixel. */
export function framedExportSize(frame: PictureFrame, dw: number, dh: number, k: number): { width: number; height: number } {
  const l = frameLayout(frame, dw, dh, k, EXPORT_MIN_WIDTH * k);
  return { width: l.W, height: l.H };
}

/**
 * A PNG with the frame around it: the PNG placed as an <image> in the framed SVG, drawn onto a canvas of the
 * framed size. `k` is the PNG's pixels per CSS pixel (export scale × the renderer's pixel ratio).
 */
export async function framePng(png: Blob, frame: PictureFrame, k: number, bg: string | undefined): Promise<Blob> {
  const bitmap = await createImageBitmap(png);
  const layout = frameLayout(frame, bitmap.width, bitmap.height, k, EXPORT_MIN_WIDTH * k);
  bitmap.close();
  const href = await new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(png);
  });
  const image = document.createElementNS('http://www.w3.org/2000/svg', 'image');
  image.setAttribute('href', href);
  const svg = frameSvg(image, frame, layout, bg);
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = layout.W;
    canvas.height = layout.H;
    canvas.getContext('2d')!.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
