/**
 * A snapshot drawn the way the explorer drew it: the same mapping (graph-mapping.ts) and style (style.ts),
 * the saved positions, the pinned and highlighted elements, and the saved viewport. Used by the embed page
 * (and so by the server's PNG/SVG renderer) and by the explorer when it reopens a snapshot.
 */
import type { ElementDefinition } from 'cytoscape';
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
export function sourcesLine(s: Pick<Snapshot, 'sources' | 'lang'>): string {
  const list = s.sources.length ? s.sources.map((src) => citeSource(src, s.lang)).join(t('citeSeparator', s.lang)) : tBilingual('noSourcesShown', s.lang);
  return `${tBilingual('sources', s.lang)}: ${list}`;
}
