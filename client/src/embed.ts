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
import { h, reducedMotion } from './dom.ts';
import type { EdgeData, NodeData } from './graph-mapping.ts';
import { errorText, kindName, labelName, nodeName, pageDir, pageLang, relationName, t, type Lang } from './i18n.ts';
import { drawElementsDirectly } from './scene/cytoscape-internals.ts';
import { composeSvg, dirOf, fitSavedViewport, snapshotElements, sourcesLine, titleDir } from './snapshot-draw.ts';
import type { Snapshot } from './api-types.ts';
import { LANGS } from '../../shared/constants.ts';
import { buildStyle } from './style.ts';

cytoscape.use(svg);

const render = new URLSearchParams(location.search).get('render') === '1';
const id = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] ?? '');
const frame = document.getElementById('frame')!;


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
    const fit = h('button', { type: 'button', class: 'btn', on: {
          click: () => {
            const to = fitSavedViewport(s, cy.width(), cy.height());
            if (reducedMotion()) cy.viewport(to);
            else cy.animate(to, { duration: 250 });
          },
        }, }, t('fit', lang));
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
    window.kgxEmbed = { cy: () => cy, snapshot: s, nodeCount: () => cy.nodes().length, svg: () => composeSvg(cy, s, { full: false, width: s.width, height: s.height }) };
    document.body.dataset.nodes = String(cy.nodes().length);
    document.body.dataset.edges = String(cy.edges().length);
    document.body.dataset.state = 'ready';
  } catch (err) {
    // The snapshot (and so its language) never came: the page's ?lang=, else the reader's browser, says which.
    const asked = new URLSearchParams(location.search).get('lang') as Lang | null;
    const lang: Lang = asked && LANGS.includes(asked) ? asked : navigator.language.startsWith('ar') ? 'ar' : 'en';
    document.documentElement.lang = pageLang(lang);
    document.documentElement.dir = pageDir(lang);
    frame.replaceChildren(h('p', { class: 'error' }, `${t('snapshotFailed', lang)} ${errorText(err, lang)}`));
    document.body.dataset.state = 'error';
  }
})();
