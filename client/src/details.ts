/**
 * The details panel: every name (Arabic right-to-left, English, Turkish), dates at their recorded precision,
 * the other properties, and provenance — each source with its verbatim Arabic quote and English gloss.
 * Everything from the data is set as text.
 */
import { api, ApiError } from './api.ts';
import { formatDate, precisionOfProps } from './dates.ts';
import { ARABIC_RE, arabic, autoText, h } from './dom.ts';
import { primaryLabel } from './graph-mapping.ts';
import { kindName, labelName, nodeName, propertyKeysFor, propertyName, relationName, statusName, t, type Lang } from './i18n.ts';
import { swatch } from './search.ts';
import type { ApiEdge, ApiNode, PropValue, Props, SourceRef } from './api-types.ts';

/** Shown in their own sections (or internal to search), not in the property table. */
const SHOWN_ELSEWHERE = new Set([
  'id', 'name', 'nameAr', 'nameTr', 'nameArNote', 'aliases', 'aliasesText', 'searchText', 'description', 'kind', 'status',
  'date', 'datePrecision', 'dateNote', 'dateInferred', 'startDate', 'endDate', 'dateSources', 'dateQuote',
  'sources', 'quotes', 'quotesEn', 'quote', 'quoteEn', 'title', 'titleAr',
]);

export interface DetailsActions {
  expand: (id: string) => void;
  collapse: (id: string) => void;
  hide: (id: string) => void;
  togglePin: (id: string) => void;
  isPinned: (id: string) => boolean;
  setPathEnd: (which: 'from' | 'to', id: string, name: string) => void;
  /** Name of a node in the scene (for edge endpoints). */
  nameOf: (id: string) => string;
}

const sourceCache = new Map<string, Promise<ApiNode | undefined>>();
function sourceNode(id: string): Promise<ApiNode | undefined> {
  let p = sourceCache.get(id);
  if (!p) {
    p = api
      .node(id)
      .then((d) => d.node)
      .catch(() => undefined);
    sourceCache.set(id, p);
  }
  return p;
}

const asText = (v: PropValue | undefined): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const asList = (v: PropValue | undefined): string[] => (Array.isArray(v) ? v.map((x) => (x === null ? '' : String(x))) : []);

function valueText(v: PropValue): string {
  if (v === null) return '—';
  if (Array.isArray(v)) return v.map(valueText).join(' · ');
  if (typeof v === 'object') return JSON.stringify(v);
  if (typeof v === 'number') return v.toLocaleString('en-GB');
  return String(v);
}

/** A value that may be Arabic: its own direction. */
function valueEl(key: string, v: PropValue): HTMLElement {
  const s = valueText(v);
  return key.endsWith('Ar') || ARABIC_RE.test(s) ? h('span', { dir: 'auto', lang: key.endsWith('Ar') ? 'ar' : undefined, class: 'val' }, s) : h('span', { class: 'val', dir: 'auto' }, s);
}

function section(title: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'd-section' }, h('h3', {}, title), ...children);
}

function namesBlock(p: Props, lang: Lang): HTMLElement {
  const dl = h('dl', { class: 'names' });
  const row = (code: string, label: string, value: HTMLElement | null) => {
    if (!value) return;
    dl.append(h('dt', { title: label }, code), h('dd', {}, value));
  };
  const en = asText(p.name);
  const ar = asText(p.nameAr);
  const tr = asText(p.nameTr);
  row('EN', 'English', en ? h('span', { lang: 'en', dir: 'ltr', class: 'name-en' }, en) : null);
  row('AR', 'العربية', ar ? arabic(ar, 'name-ar') : null);
  row('TR', 'Türkçe', tr ? h('span', { lang: 'tr', dir: 'ltr', class: 'name-tr' }, tr) : null);
  const note = asText(p.nameArNote);
  if (note) dl.append(h('dt', {}, ''), h('dd', { class: 'muted small' }, note));
  const aliases = asList(p.aliases).filter(Boolean);
  if (aliases.length) {
    dl.append(
      h('dt', { title: 'Aliases' }, '≈'),
      h('dd', { class: 'aliases' }, ...aliases.map((a) => h('span', { class: 'chip', dir: 'auto', lang: ARABIC_RE.test(a) ? 'ar' : undefined }, a))),
    );
  }
  void lang;
  return dl;
}

function datesBlock(p: Props, lang: Lang): HTMLElement | null {
  const rows: HTMLElement[] = [];
  const withPrecision = (key: string, label: string) => {
    const text = formatDate(p[key], key === 'date' ? p.datePrecision : (p[`${key}Precision`] ?? p.datePrecision), lang);
    if (!text) return;
    const prec = precisionOfProps(p, key);
    rows.push(
      h('div', { class: 'date-row' }, h('span', { class: 'date-label' }, label), h('strong', { class: 'date-value', dir: 'auto' }, text), prec ? h('span', { class: `chip precision p-${prec}`, data: { precision: prec } }, t(`precision_${prec}`, lang)) : null, p.dateInferred === true ? h('span', { class: 'chip inferred' }, t('inferred', lang)) : null),
    );
  };
  if (p.startDate && p.endDate) {
    withPrecision('startDate', t('from', lang));
    withPrecision('endDate', t('to', lang));
  } else withPrecision('date', t('date', lang));
  const note = asText(p.dateNote);
  if (note) rows.push(h('p', { class: 'muted small' }, note));
  const dq = asText(p.dateQuote);
  if (dq) rows.push(h('blockquote', { class: 'quote-ar', dir: 'rtl', lang: 'ar' }, dq));
  return rows.length ? section(t('date', lang), ...rows) : null;
}

function propsTable(p: Props, lang: Lang = 'en'): HTMLElement | null {
  const keys = propertyKeysFor(Object.keys(p).filter((k) => !SHOWN_ELSEWHERE.has(k)).sort(), lang);
  if (!keys.length) return null;
  const table = h('table', { class: 'props' });
  // Names and vocabulary values (statuses) in the interface language; free text stays as recorded.
  const shown = (k: string, v: PropValue): PropValue => (k === 'status' && typeof v === 'string' ? statusName(v, lang) : v);
  for (const k of keys) table.append(h('tr', {}, h('th', { title: k }, propertyName(k, lang)), h('td', {}, valueEl(k, shown(k, p[k]!)))));
  return table;
}

function safeHref(url: string): string | undefined {
  const u = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : /^[\w-]+(\.[\w-]+)+(\/.*)?$/.test(url) ? `https://${url}` : undefined;
  return u && /^https?:\/\//i.test(u) ? u : undefined;
}

/** One source with its quotes. Quotes show at once; the source's title arrives when its node is fetched. */
function sourceCard(sourceId: string, quotes: { ar?: string; en?: string }[], lang: Lang): HTMLElement {
  const title = h('div', { class: 'src-title' }, h('span', { class: 'muted' }, sourceId));
  const card = h('article', { class: 'source', data: { sourceId } }, title);
  for (const q of quotes) {
    if (q.ar) card.append(h('blockquote', { class: 'quote-ar', dir: 'rtl', lang: 'ar', title: t('quoteAr', lang) }, q.ar));
    if (q.en) card.append(h('p', { class: 'quote-en', dir: 'ltr', lang: 'en', title: t('quoteEn', lang) }, q.en));
  }
  void sourceNode(sourceId).then((n) => {
    if (!n) return;
    const p = n.properties;
    const pub = lang === 'ar' ? (asText(p.publicationAr) ?? asText(p.publication)) : asText(p.publication);
    const head = nodeName(p, lang === 'both' ? 'en' : lang, sourceId);
    const parts: (HTMLElement | null)[] = [
      pub ? h('span', { class: 'src-pub', dir: 'auto' }, pub) : null,
      autoText(head, 'src-head'),
      lang !== 'ar' && asText(p.nameAr) ? arabic(asText(p.nameAr)!, 'src-head-ar') : null,
    ];
    const meta: string[] = [];
    const date = formatDate(p.date, p.datePrecision, lang);
    if (date) meta.push(date);
    const author = lang === 'ar' ? (asText(p.authorAr) ?? asText(p.author)) : asText(p.author);
    if (author) meta.push(author);
    if (meta.length) parts.push(h('span', { class: 'muted small', dir: 'auto' }, meta.join(' · ')));
    const url = asText(p.url);
    const href = url ? safeHref(url) : undefined;
    if (href) parts.push(h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'small' }, t('openSource', lang)));
    title.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
  });
  return card;
}

/** Provenance carried on a relationship: sources with aligned quotes/quotesEn. */
function edgeProvenance(p: Props, lang: Lang): HTMLElement {
  const sources = asList(p.sources);
  const quotes = asList(p.quotes);
  const quotesEn = asList(p.quotesEn);
  if (!sources.length) {
    const q = asText(p.quote);
    const qe = asText(p.quoteEn);
    return q || qe ? sourceCard('—', [{ ar: q, en: qe }], lang) : h('p', { class: 'muted' }, t('noSources', lang));
  }
  return h('div', { class: 'sources' }, ...sources.map((s, i) => sourceCard(s, [{ ar: quotes[i], en: quotesEn[i] }], lang)));
}

/** Provenance of a node: the sources that mention it, with their quotes (from /api/nodes/:id). */
function nodeProvenance(sources: SourceRef[], lang: Lang): HTMLElement {
  if (!sources.length) return h('p', { class: 'muted' }, t('noSources', lang));
  return h(
    'div',
    { class: 'sources' },
    ...sources.map((s) => {
      const quotes = (s.quotes ?? []).map((q) => ({ ar: q.quote ?? undefined, en: q.quoteEn ?? undefined }));
      // The source node itself arrived with the reply: prime the cache so its title shows without a fetch.
      if (Object.keys(s.properties ?? {}).length && !sourceCache.has(s.id)) sourceCache.set(s.id, Promise.resolve({ id: s.id, labels: ['Source'], properties: s.properties }));
      return sourceCard(s.id, quotes.length ? quotes : [], lang);
    }),
  );
}

function header(labels: string[], kind: string | undefined, title: string, titleAr: string | undefined, sub: string): HTMLElement {
  return h(
    'header',
    { class: 'd-header' },
    swatch(labels, kind),
    h('div', {}, h('h2', { dir: 'auto' }, title), titleAr ? h('div', { class: 'h2-ar', dir: 'rtl', lang: 'ar' }, titleAr) : null, h('div', { class: 'muted small' }, sub)),
  );
}

export function renderNodeDetails(host: HTMLElement, node: ApiNode, lang: Lang, actions: DetailsActions): void {
  const p = node.properties;
  const primary = primaryLabel(node.labels);
  const kind = asText(p.kind);
  const status = asText(p.status);
  const sub = [labelName(primary, lang), kind ? kindName(kind, lang) : '', status ? statusName(status, lang) : ''].filter(Boolean).join(' · ');
  const btn = (label: string, fn: () => void, cls = 'btn small') => h('button', { type: 'button', class: cls, on: { click: fn } }, label);
  const name = nodeName(p, lang === 'both' ? 'en' : lang, node.id);
  const provenanceHost = h('div', { class: 'prov-host' }, h('p', { class: 'muted' }, t('loading', lang)));
  host.replaceChildren(
    h(
      'div',
      { class: 'details', data: { nodeId: node.id, kind: 'node' } },
      header(node.labels, kind, name, lang === 'both' && asText(p.nameAr) !== name ? asText(p.nameAr) : undefined, sub),
      h(
        'div',
        { class: 'd-actions' },
        btn(t('expand', lang), () => actions.expand(node.id), 'btn small primary'),
        btn(t('collapse', lang), () => actions.collapse(node.id)),
        btn(t('hide', lang), () => actions.hide(node.id)),
        btn(actions.isPinned(node.id) ? t('unpin', lang) : t('pin', lang), () => actions.togglePin(node.id)),
        btn(`${t('from', lang)} ${t('towards', lang)}`, () => actions.setPathEnd('from', node.id, name)),
        btn(`${t('towards', lang)} ${t('to', lang)}`, () => actions.setPathEnd('to', node.id, name)),
      ),
      section(t('names', lang), namesBlock(p, lang)),
      asText(p.description) ? h('p', { class: 'description', dir: 'ltr', lang: 'en' }, asText(p.description)!) : null,
      datesBlock(p, lang),
      propsTable(p, lang) ? section(t('properties', lang), propsTable(p, lang)) : null,
      section(t('provenance', lang), provenanceHost),
      h('div', { class: 'muted small id-line' }, node.id),
    ),
  );
  api
    .node(node.id)
    .then((d) => provenanceHost.replaceChildren(nodeProvenance(d.sources, lang)))
    .catch((err: unknown) => provenanceHost.replaceChildren(h('p', { class: 'error' }, err instanceof ApiError ? err.message : String(err))));
}

export function renderEdgeDetails(host: HTMLElement, edge: ApiEdge, lang: Lang, actions: DetailsActions): void {
  const p = edge.properties;
  const rel = relationName(edge.type, lang);
  host.replaceChildren(
    h(
      'div',
      { class: 'details', data: { edgeId: edge.id, kind: 'edge' } },
      h('header', { class: 'd-header' }, h('div', {}, h('h2', {}, rel), h('div', { class: 'muted small' }, edge.type))),
      h('div', { class: 'edge-ends' }, autoText(actions.nameOf(edge.source), 'end'), h('span', { class: 'arrow', aria: { hidden: 'true' } }, t('arrow', lang)), autoText(actions.nameOf(edge.target), 'end')),
      asText(p.note) ? h('p', { class: 'note small' }, asText(p.note)!) : null,
      propsTable(p, lang) ? section(t('properties', lang), propsTable(p, lang)) : null,
      section(t('provenance', lang), edgeProvenance(p, lang)),
    ),
  );
}

export function renderEmptyDetails(host: HTMLElement, lang: Lang): void {
  host.replaceChildren(h('div', { class: 'details empty' }, h('p', { class: 'muted' }, t('selectSomething', lang))));
}
