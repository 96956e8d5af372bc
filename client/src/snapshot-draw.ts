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

/** One entry of a picture's legend: a node shape and colour and what it stands for. */
export interface LegendItem {
  shape: NodeShape;
  color: string;
  label: string;
}

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
 * cytoscape-svg's drawing of the canvas (the same renderer and style), wrapped in an outer <svg> with the
 * title, the legend and the sources footer as <text>. Built with DOM calls, so names are escaped by the
 * serializer. Every node shape survives (withRoundPolygonFix). Seeded Math.random: canvas2svg names its clip
 * paths with random ids, and the same picture must give the same bytes. Without a frame, the drawing alone.
 */
export function composeSvg(cy: Core, frame: PictureFrame | undefined, drawing: PictureDrawing): string {
  const NS = 'http://www.w3.org/2000/svg';
  const inner = withRoundPolygonFix(cy, () =>
    withSeededRandom(1, () => (cy as SvgCore).svg(drawing.full ? { full: true, scale: drawing.scale, bg: drawing.bg } : { full: false, scale: 1, bg: '#ffffff' })),
  );
  if (!frame) return inner;
  const innerSvg = new DOMParser().parseFromString(inner, 'image/svg+xml').documentElement;
  const W = drawing.full ? Math.max(360, Math.ceil(Number.parseFloat(innerSvg.getAttribute('width') ?? '0'))) : drawing.width;
  const DH = drawing.full ? Math.ceil(Number.parseFloat(innerSvg.getAttribute('height') ?? '0')) : drawing.height;
  const DW = drawing.full ? Math.ceil(Number.parseFloat(innerSvg.getAttribute('width') ?? '0')) : drawing.width;
  const titleFont = `${TITLE_FONT.weight} ${TITLE_FONT.size}px ${FONT_STACK}`;
  const footFont = `${FOOT_FONT.weight} ${FOOT_FONT.size}px ${FONT_STACK}`;
  const legendFont = `${LEGEND_FONT.weight} ${LEGEND_FONT.size}px ${FONT_STACK}`;
  const titleLines = wrap(frame.title, titleFont, W - 2 * PAD);
  const footText = sourcesLine(frame);
  const footLines = wrap(footText, footFont, W - 2 * PAD);
  const titleH = PAD + titleLines.length * TITLE_FONT.line + 6;
  // The legend flows in rows: icon, label, gap.
  const legendRows: { item: LegendItem; x: number }[][] = [];
  if (frame.legend?.length) {
    measureCtx ??= document.createElement('canvas').getContext('2d');
    if (measureCtx) measureCtx.font = legendFont;
    let row: { item: LegendItem; x: number }[] = [];
    let x = PAD;
    for (const item of frame.legend) {
      const w = 18 + (measureCtx?.measureText(item.label).width ?? item.label.length * 7) + 16;
      if (row.length && x + w > W - PAD) {
        legendRows.push(row);
        row = [];
        x = PAD;
      }
      row.push({ item, x });
      x += w;
    }
    if (row.length) legendRows.push(row);
  }
  const legendH = legendRows.length ? 6 + legendRows.length * LEGEND_FONT.line : 0;
  const footH = 8 + footLines.length * FOOT_FONT.line + PAD;
  const H = titleH + DH + legendH + footH;

  const doc = document.implementation.createDocument(NS, 'svg', null);
  const root = doc.documentElement;
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const e = doc.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  };
  for (const [k, v] of Object.entries({ width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'font-family': FONT_STACK })) root.setAttribute(k, String(v));
  root.append(el('title', {}, frame.title));
  if (!drawing.full || drawing.bg) root.append(el('rect', { x: 0, y: 0, width: W, height: H, fill: drawing.full ? drawing.bg! : '#ffffff' }));
  const lines = (texts: string[], top: number, font: typeof TITLE_FONT, fill: string, cls: string, dir: 'rtl' | 'ltr') =>
    texts.forEach((t, i) => {
      const baseline = top + (i + 1) * font.line - Math.round((font.line - font.size) / 2) - 2;
      root.append(
        el(
          'text',
          { class: cls, x: dir === 'rtl' ? W - PAD : PAD, y: baseline, 'font-size': font.size, 'font-weight': font.weight, fill, direction: dir, 'text-anchor': 'start' },
          t,
        ),
      );
    });
  lines(titleLines, PAD, TITLE_FONT, '#0f172a', 'snapshot-title', titleDir(frame.title));
  const picture = doc.importNode(innerSvg, true) as Element;
  picture.setAttribute('x', String(Math.round((W - DW) / 2)));
  picture.setAttribute('y', String(titleH));
  picture.setAttribute('width', String(DW));
  picture.setAttribute('height', String(DH));
  root.append(picture);
  const rtl = frame.lang === 'ar';
  legendRows.forEach((row, r) => {
    const y = titleH + DH + 6 + r * LEGEND_FONT.line;
    for (const { item, x } of row) {
      const g = el('g', { class: 'legend-item' });
      const icon = doc.importNode(shapeIcon(item.shape, item.color, { size: 14 }), true) as Element;
      const ix = rtl ? W - x - 14 : x;
      icon.setAttribute('x', String(ix));
      icon.setAttribute('y', String(y + 3));
      g.append(icon, el('text', { x: rtl ? ix - 4 : ix + 18, y: y + 14, 'font-size': LEGEND_FONT.size, fill: '#0f172a', direction: rtl ? 'rtl' : 'ltr', 'text-anchor': 'start' }, item.label));
      root.append(g);
    }
  });
  lines(footLines, titleH + DH + legendH + 8, FOOT_FONT, '#475569', 'snapshot-sources', dirOf(footText, frame.lang));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
