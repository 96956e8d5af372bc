/**
 * The embed page: one snapshot, read-only. /embed/<id> is the iframe view (pan, zoom, hover details as text,
 * a link back to the explorer); /embed/<id>?render=1 is the picture the server renders to PNG and SVG: the
 * canvas at its saved size with the title above and a "Sources: …" footer. Both draw with the explorer's own
 * mapping and style. Everything from the data reaches the page as text.
 */
import './embed.css';
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import svg from 'cytoscape-svg';
import { api } from './api.ts';
import { ARABIC_RE, h } from './dom.ts';
import type { EdgeData, NodeData } from './graph-mapping.ts';
import { kindName, labelName, nodeName, pageDir, pageLang, relationName, t, type Lang } from './i18n.ts';
import { drawElementsDirectly, withRoundPolygonFix, withSeededRandom } from './scene/cytoscape-internals.ts';
import { fitSavedViewport, snapshotElements, sourcesLine } from './snapshot-draw.ts';
import type { Snapshot } from './api-types.ts';
import { buildStyle, FONT_STACK } from './style.ts';

cytoscape.use(svg);

const render = new URLSearchParams(location.search).get('render') === '1';
const id = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] ?? '');
const frame = document.getElementById('frame')!;

/** Title and footer fonts, shared by the HTML frame (PNG) and the SVG. */
const TITLE_FONT = { size: 18, weight: 600, line: 24 };
const FOOT_FONT = { size: 12, weight: 400, line: 16 };
const PAD = 14;

const dirOf = (text: string, lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' || (lang !== 'en' && ARABIC_RE.test(text[0] ?? '')) ? 'rtl' : 'ltr');
const titleDir = (text: string): 'rtl' | 'ltr' => {
  const first = /[A-Za-z\u00C0-\u024F\u0600-\u06FF]/.exec(text)?.[0] ?? '';
  return ARABIC_RE.test(first) ? 'rtl' : 'ltr';
};

type SvgCore = Core & { svg: (o: { full?: boolean; scale?: number; bg?: string }) => string };

function draw(s: Snapshot): Core {
  const lang = s.lang;
  document.documentElement.lang = pageLang(lang);
  document.documentElement.dir = pageDir(lang);
  document.title = s.title;
  document.body.classList.toggle('render', render);
  const container = h('div', { id: 'cy', class: 'cy' });
  const footerText = sourcesLine(s);
  const title = h('h1', { class: 'title', dir: titleDir(s.title) }, s.title);
  const footer = h('footer', { class: 'sources', dir: dirOf(footerText, lang), lang: lang === 'ar' ? 'ar' : undefined }, footerText);
  if (render) {
    frame.style.width = `${s.width}px`;
    container.style.width = `${s.width}px`;
    container.style.height = `${s.height}px`;
    frame.replaceChildren(title, container, footer);
  } else {
    const fit = h('button', { type: 'button', class: 'btn', on: { click: () => cy.animate({ ...fitSavedViewport(s, cy.width(), cy.height()) }, { duration: 250 }) } }, t('fit', lang));
    const open = h('a', { class: 'btn', href: `/?snapshot=${encodeURIComponent(s.id)}`, target: '_blank', rel: 'noopener noreferrer' }, t('openInExplorer', lang));
    const bar = h('header', { class: 'bar' }, title, h('span', { class: 'tools' }, fit, open));
    const asOf = h('span', { class: 'as-of', dir: pageDir(lang) }, `${t('dataAsOf', lang)} ${s.dataTime.slice(0, 10)}`);
    footer.append(' · ', asOf);
    const tip = h('div', { id: 'tip', class: 'tip', role: 'tooltip', hidden: true });
    frame.replaceChildren(bar, h('div', { class: 'stage' }, container, tip), footer);
  }
  const cy = cytoscape({
    container,
    elements: snapshotElements(s),
    style: buildStyle({ lang, big: s.style.big }),
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 4,
    // Read-only: nothing can be moved, selected or edited; panning and zooming only outside render mode.
    autoungrabify: true,
    autounselectify: true,
    boxSelectionEnabled: false,
    userPanningEnabled: !render,
    userZoomingEnabled: !render,
    hideEdgesOnViewport: s.style.big && !render,
    textureOnViewport: s.style.big && !render,
    motionBlur: false,
  });
  if (render) drawElementsDirectly(cy);
  cy.viewport(fitSavedViewport(s, cy.width(), cy.height()));
  if (!render) wireHover(cy, s);
  return cy;
}

// --- Hover details (text only) -------------------------------------------------------------------------------

function wireHover(cy: Core, s: Snapshot): void {
  const tip = document.getElementById('tip')!;
  const lang = s.lang;
  const pubs = new Map(s.sources.map((src) => [src.id, (lang === 'ar' ? src.publicationAr : src.publication) ?? src.publication ?? src.id]));
  const clip = (v: unknown, n = 280) => (typeof v === 'string' && v ? (v.length > n ? `${v.slice(0, n)}…` : v) : undefined);
  const show = (ev: EventObject) => {
    const ele = ev.target as cytoscape.NodeSingular | cytoscape.EdgeSingular;
    const lines: [string, string?][] = [];
    if (ele.isNode()) {
      const d = ele.data() as NodeData;
      lines.push([nodeName(d.props, 'en', d.id), 'name']);
      const ar = nodeName(d.props, 'ar', '');
      if (ar && ar !== lines[0]![0]) lines.push([ar, 'name-ar']);
      lines.push([[labelName(d.primary, lang), d.kind ? kindName(d.kind, lang) : '', typeof d.props.date === 'string' ? d.props.date : ''].filter(Boolean).join(' · '), 'meta']);
      const desc = clip(d.props.description);
      if (desc) lines.push([desc]);
    } else {
      const d = ele.data() as EdgeData;
      const end = (nid: string) => {
        const n = cy.getElementById(nid);
        return n.nonempty() ? String(n.data(`label_${lang === 'ar' ? 'ar' : 'en'}`)).split('\n')[0]! : nid;
      };
      lines.push([relationName(d.type, lang), 'name']);
      lines.push([`${end(d.source)} → ${end(d.target)}`, 'meta']);
      const quote = clip(d.props.quote);
      const quoteEn = clip(d.props.quoteEn);
      if (quote && lang !== 'en') lines.push([quote, 'quote-ar']);
      if (quoteEn && lang !== 'ar') lines.push([quoteEn, 'quote']);
      const cited = (Array.isArray(d.props.sources) ? d.props.sources : []).filter((x): x is string => typeof x === 'string').map((x) => pubs.get(x) ?? x);
      if (cited.length) lines.push([`${t('source', lang)}: ${cited.join(t('listSeparator', lang))}`, 'meta']);
    }
    tip.replaceChildren(...lines.map(([text, cls]) => h('div', { class: cls, dir: 'auto' }, text)));
    const p = ev.renderedPosition ?? { x: 0, y: 0 };
    const box = cy.container()!.getBoundingClientRect();
    tip.style.left = `${Math.min(p.x + 14, box.width - 300)}px`;
    tip.style.top = `${Math.min(p.y + 14, box.height - 40)}px`;
    tip.hidden = false;
  };
  cy.on('mouseover tap', 'node, edge', show);
  cy.on('mouseout', 'node, edge', () => (tip.hidden = true));
  cy.on('tap', (ev) => {
    if (ev.target === cy) tip.hidden = true;
  });
  cy.on('viewport', () => (tip.hidden = true));
}

// --- The SVG picture -------------------------------------------------------------------------------------------

const measure = document.createElement('canvas').getContext('2d')!;

/** Greedy word wrap to `max` pixels in `font` (a word longer than a line stays whole). */
function wrap(text: string, font: string, max: number): string[] {
  measure.font = font;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure.measureText(next).width > max) {
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
    for (const ch of l) if (ch === '\u2067') open = true;
    else if (ch === '\u2069') open = false;
    return open ? `${start}\u2069` : start;
  });
}

/**
 * cytoscape-svg's drawing of the canvas (the same renderer and style), wrapped in an outer <svg> with the
 * title and the sources footer as <text>. Built with DOM calls, so names are escaped by the serializer.
 * Seeded Math.random: canvas2svg names its clip paths with random ids, and the same snapshot must give the
 * same bytes.
 */
function composeSvg(cy: Core, s: Snapshot): string {
  const NS = 'http://www.w3.org/2000/svg';
  const W = s.width;
  const inner = withRoundPolygonFix(cy, () => withSeededRandom(1, () => (cy as SvgCore).svg({ full: false, scale: 1, bg: '#ffffff' })));
  const innerSvg = new DOMParser().parseFromString(inner, 'image/svg+xml').documentElement;
  const titleFont = `${TITLE_FONT.weight} ${TITLE_FONT.size}px ${FONT_STACK}`;
  const footFont = `${FOOT_FONT.weight} ${FOOT_FONT.size}px ${FONT_STACK}`;
  const titleLines = wrap(s.title, titleFont, W - 2 * PAD);
  const footText = sourcesLine(s);
  const footLines = wrap(footText, footFont, W - 2 * PAD);
  const titleH = PAD + titleLines.length * TITLE_FONT.line + 6;
  const footH = 8 + footLines.length * FOOT_FONT.line + PAD;
  const H = titleH + s.height + footH;

  const doc = document.implementation.createDocument(NS, 'svg', null);
  const root = doc.documentElement;
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const e = doc.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  };
  for (const [k, v] of Object.entries({ width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'font-family': FONT_STACK })) root.setAttribute(k, String(v));
  root.append(el('title', {}, s.title), el('rect', { x: 0, y: 0, width: W, height: H, fill: '#ffffff' }));
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
  lines(titleLines, PAD, TITLE_FONT, '#0f172a', 'snapshot-title', titleDir(s.title));
  const drawing = doc.importNode(innerSvg, true) as Element;
  drawing.setAttribute('x', '0');
  drawing.setAttribute('y', String(titleH));
  drawing.setAttribute('width', String(W));
  drawing.setAttribute('height', String(s.height));
  root.append(drawing);
  lines(footLines, titleH + s.height + 8, FOOT_FONT, '#475569', 'snapshot-sources', dirOf(footText, s.lang));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

// --- Start -------------------------------------------------------------------------------------------------------

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Resolves once Cytoscape has stopped redrawing for `quietMs`. It refines label and node textures a batch
 * per frame, within a time budget, so on a busy machine the first frames differ from the final one; the
 * picture is taken from the final one, which is the same however long it took to get there.
 */
async function renderSettled(cy: Core, quietMs = 400, maxMs = 15_000): Promise<void> {
  let last = performance.now();
  const onRender = () => (last = performance.now());
  cy.on('render', onRender);
  const start = performance.now();
  try {
    await nextFrame();
    await nextFrame();
    while (performance.now() - last < quietMs && performance.now() - start < maxMs) await new Promise((r) => setTimeout(r, 50));
  } finally {
    cy.off('render', onRender);
  }
}

declare global {
  interface Window {
    kgxEmbed?: { cy: () => Core; snapshot: Snapshot; nodeCount: () => number; svg: () => string };
  }
}

void (async () => {
  try {
    const s = await api.snapshot(id, { embedded: true });
    await document.fonts.ready;
    const cy = draw(s);
    // Ready once Cytoscape has painted its final frame (for the picture) or its first (for a reader).
    if (render) await renderSettled(cy);
    else {
      await nextFrame();
      await nextFrame();
    }
    if (render) frame.style.height = `${Math.ceil(frame.getBoundingClientRect().height)}px`;
    window.kgxEmbed = { cy: () => cy, snapshot: s, nodeCount: () => cy.nodes().length, svg: () => composeSvg(cy, s) };
    document.body.dataset.nodes = String(cy.nodes().length);
    document.body.dataset.edges = String(cy.edges().length);
    document.body.dataset.state = 'ready';
  } catch (err) {
    frame.replaceChildren(h('p', { class: 'error' }, `${t('snapshotFailed', 'en')} ${err instanceof Error ? err.message : String(err)}`));
    document.body.dataset.state = 'error';
  }
})();
