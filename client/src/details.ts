/**
 * The details panel: every name (Arabic right-to-left, English, Turkish), dates at their recorded precision,
 * the other properties, and provenance — each source with its verbatim Arabic quote and English gloss.
 * Everything from the data is set as text.
 */
import { api } from './api.ts';
import { formatDate, precisionOfProps } from './dates.ts';
import { ARABIC_RE, arabic, autoText, h } from './dom.ts';
import { primaryLabel } from './graph-mapping.ts';
import { errorText, kindName, labelName, nodeName, propertyKeysFor, propertyName, relationName, roleName, statusName, t, type Lang } from './i18n.ts';
import { swatch } from './search.ts';
import type { AgreementLink, AgreementRow, ApiEdge, ApiNode, PropValue, Props, SourceRef } from './api-types.ts';

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
  /** Brings a node into view (adding it when it is not in the scene) and selects it. */
  pick: (id: string) => void;
  /** Opens an article in the reader, at the passage with this quote when one is given. */
  read: (sourceId: string, quote?: string) => void;
}

let agreementRows: Promise<AgreementRow[]> | undefined;
/** The agreements with their parties, fetched once (a failure is retried next time). */
function rowsOnce(): Promise<AgreementRow[]> {
  agreementRows ??= api.agreementRows().catch(() => {
    agreementRows = undefined;
    return [];
  });
  return agreementRows;
}

const linkName = (l: { name?: string | null; nameAr?: string | null; id: string }, lang: Lang): string =>
  (lang === 'ar' ? (l.nameAr ?? l.name) : (l.name ?? l.nameAr)) ?? l.id;

/** One line of the "who signed it" block: the node as a link, then what it is to the agreement. */
function nodeLine(id: string, name: string, extra: string | undefined, actions: DetailsActions, swatchOf?: { labels: string[] }): HTMLElement {
  return h(
    'li',
    { data: { nodeId: id } },
    swatchOf ? swatch(swatchOf.labels, undefined) : null,
    h('button', { type: 'button', class: 'node-link', dir: 'auto', on: { click: () => actions.pick(id) } }, name),
    extra ? h('span', { class: 'role', dir: 'auto' }, extra) : null,
  );
}

function linkList(title: string, links: AgreementLink[], lang: Lang, actions: DetailsActions, cls: string): HTMLElement | null {
  if (!links.length) return null;
  return h(
    'div',
    { class: `who ${cls}` },
    h('h4', {}, title),
    h('ul', {}, ...links.map((l) => nodeLine(l.id, linkName(l, lang), roleName(l, lang) ?? (cls === 'd-parties' ? t('roleUnstated', lang) : undefined), actions, l))),
  );
}

/** An agreement: each party with its role, the signatories, the overseers, the event, the date and status. */
function agreementBlock(row: AgreementRow, lang: Lang, actions: DetailsActions): HTMLElement {
  const date = formatDate(row.date, row.datePrecision, lang);
  const prec = row.datePrecision && ['day', 'month', 'year'].includes(row.datePrecision) ? row.datePrecision : undefined;
  return section(
    t('whoSigned', lang),
    linkList(t('parties', lang), row.parties, lang, actions, 'd-parties'),
    linkList(t('signatories', lang), row.signatories, lang, actions, 'd-signatories'),
    linkList(t('overseers', lang), row.overseers, lang, actions, 'd-overseers'),
    linkList(t('signedDuring', lang), row.signedDuring, lang, actions, 'd-signed-during'),
    h(
      'div',
      { class: 'who-facts' },
      date
        ? h('div', { class: 'date-row' }, h('span', { class: 'date-label' }, t('date', lang)), h('strong', { class: 'date-value', dir: 'auto' }, date), prec ? h('span', { class: `chip precision p-${prec}`, data: { precision: prec } }, t(`precision_${prec as 'day' | 'month' | 'year'}`, lang)) : null)
        : null,
      row.status ? h('div', { class: 'date-row' }, h('span', { class: 'date-label' }, t('status', lang)), h('strong', { class: 'status-value' }, statusName(row.status, lang))) : null,
    ),
  );
}

/** An actor: the agreements it is party to (or signed, or oversaw), with its role in each. */
function actorBlock(id: string, rows: AgreementRow[], lang: Lang, actions: DetailsActions): HTMLElement | null {
  const lines: HTMLElement[] = [];
  for (const row of rows) {
    const link = [...row.parties, ...row.signatories, ...row.overseers].find((l) => l.id === id);
    if (!link) continue;
    const role = roleName(link, lang);
    const what = link.type === 'PARTY_TO' ? (role ?? t('roleUnstated', lang)) : [relationName(link.type, lang), role].filter(Boolean).join(' · ');
    lines.push(nodeLine(row.id, linkName(row, lang), what, actions, row));
  }
  return lines.length ? section(t('partyTo', lang), h('ul', { class: 'who d-agreements' }, ...lines)) : null;
}

/** Fills `host` with the "who signed it" block of an agreement, or an actor's agreements. */
function fillWho(host: HTMLElement, node: ApiNode, lang: Lang, actions: DetailsActions): void {
  void rowsOnce().then((rows) => {
    const row = rows.find((r) => r.id === node.id);
    const block = row ? agreementBlock(row, lang, actions) : actorBlock(node.id, rows, lang, actions);
    if (block) host.replaceChildren(block);
    host.dataset.ready = 'true';
  });
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

/** A fact a quote supports: the relationship's type and its two ends, in its true direction. */
export interface QuoteFact {
  from: string;
  type: string;
  to: string;
}

/** A quote with the facts it supports. */
export interface Quote {
  ar?: string;
  en?: string;
  facts?: QuoteFact[];
}

/** Quotes that are the same sentence become one, carrying the facts of all of them (in first-seen order). */
export function distinctQuotes(quotes: Quote[]): Quote[] {
  const byText = new Map<string, Quote>();
  for (const q of quotes) {
    const key = `${q.ar ?? ''}\u0000${q.en ?? ''}`;
    const had = byText.get(key);
    if (!had) byText.set(key, { ...q, facts: [...(q.facts ?? [])] });
    else
      for (const f of q.facts ?? [])
        if (!had.facts!.some((g) => g.from === f.from && g.type === f.type && g.to === f.to)) had.facts!.push(f);
  }
  return [...byText.values()];
}

/**
 * The link for a source: the article's own address when the metadata has one (articleUrl, or a url with a
 * path), else the publication's site, labelled as such.
 */
export function sourceLink(p: Props): { href: string; article: boolean } | undefined {
  for (const key of ['articleUrl', 'url']) {
    const raw = asText(p[key]);
    const href = raw ? safeHref(raw) : undefined;
    if (!href) continue;
    const path = new URL(href).pathname;
    return { href, article: key === 'articleUrl' || (path !== '' && path !== '/') };
  }
  return undefined;
}

const READABLE_SOURCE = /^source-[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * One source with its quotes. Quotes show at once; the source's title arrives when its node is fetched. An
 * article the server has (a source id) can be read in full, and each quote shown in it.
 */
function sourceCard(sourceId: string, quotes: Quote[], lang: Lang, actions?: DetailsActions): HTMLElement {
  const title = h('div', { class: 'src-title' }, h('span', { class: 'muted' }, sourceId));
  const readable = actions && READABLE_SOURCE.test(sourceId);
  const card = h(
    'article',
    { class: 'source', data: { sourceId } },
    title,
    readable ? h('div', { class: 'src-actions' }, h('button', { type: 'button', class: 'btn small read-article', on: { click: () => actions.read(sourceId) } }, t('readArticle', lang))) : null,
  );
  for (const q of distinctQuotes(quotes)) {
    const block = h('div', { class: 'quote-block' });

    if (q.ar) block.append(h('blockquote', { class: 'quote-ar', dir: 'rtl', lang: 'ar', title: t('quoteAr', lang) }, q.ar));
    if (q.en) block.append(h('p', { class: 'quote-en', dir: 'ltr', lang: 'en', title: t('quoteEn', lang) }, q.en));
    if (q.facts?.length)
      block.append(
        h('div', { class: 'supports small' }, h('span', { class: 'muted' }, t('supports', lang)), h('ul', { class: 'facts' }, ...q.facts.map((f) => h('li', { class: 'fact', dir: 'auto' }, h('span', { class: 'end' }, f.from), h('span', { class: 'rel' }, ` ${f.type} `), h('span', { class: 'arrow', aria: { hidden: 'true' } }, '→ '), h('span', { class: 'end' }, f.to))))),
      );
    const quote = q.ar;
    if (readable && quote) block.append(h('button', { type: 'button', class: 'btn small show-in-article', on: { click: () => actions.read(sourceId, quote) } }, t('showInArticle', lang)));
    card.append(block);
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
    const link = sourceLink(p);
    if (link) parts.push(h('a', { href: link.href, target: '_blank', rel: 'noopener noreferrer', class: 'small', data: { article: String(link.article) } }, t(link.article ? 'openSource' : 'openPublication', lang)));
    title.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
  });
  return card;
}

/** Provenance carried on a relationship: sources with aligned quotes/quotesEn. */
function edgeProvenance(p: Props, lang: Lang, fact: QuoteFact, actions: DetailsActions): HTMLElement {
  const sources = asList(p.sources);
  const quotes = asList(p.quotes);
  const quotesEn = asList(p.quotesEn);
  if (!sources.length) {
    const q = asText(p.quote);
    const qe = asText(p.quoteEn);
    return q || qe ? sourceCard('—', [{ ar: q, en: qe, facts: [fact] }], lang) : h('p', { class: 'muted' }, t('noSources', lang));
  }
  // One card per source, however many of its sentences the relationship cites.
  const bySource = new Map<string, Quote[]>();
  sources.forEach((s, i) => {
    bySource.set(s, [...(bySource.get(s) ?? []), { ar: quotes[i] || undefined, en: quotesEn[i] || undefined, facts: [fact] }]);
  });
  return h('div', { class: 'sources' }, ...[...bySource].map(([s, qs]) => sourceCard(s, qs, lang, actions)));
}

/** Provenance of a node: the sources that mention it, one block per distinct quote with the facts it supports. */
function nodeProvenance(sources: SourceRef[], lang: Lang, self: { id: string; name: string }, actions: DetailsActions): HTMLElement {
  if (!sources.length) return h('p', { class: 'muted' }, t('noSources', lang));
  const l = lang === 'both' ? 'en' : lang;
  return h(
    'div',
    { class: 'sources' },
    ...sources.map((s) => {
      const quotes = (s.quotes ?? []).map((q): Quote => {
        const other = q.other ? (l === 'ar' ? (q.other.nameAr ?? q.other.name) : (q.other.name ?? q.other.nameAr)) ?? q.other.id : '';
        const rel = relationName(q.type, lang);
        // The node being mentioned in the article is the quote's point, not a fact worth a line of its own.
        const facts = q.type === 'MENTIONED_IN' || !q.other ? [] : [q.direction === 'in' ? { from: other, type: rel, to: self.name } : { from: self.name, type: rel, to: other }];
        return { ar: q.quote ?? undefined, en: q.quoteEn ?? undefined, facts };
      });
      // The source node itself arrived with the reply: prime the cache so its title shows without a fetch.
      if (Object.keys(s.properties ?? {}).length && !sourceCache.has(s.id)) sourceCache.set(s.id, Promise.resolve({ id: s.id, labels: ['Source'], properties: s.properties }));
      return sourceCard(s.id, quotes.length ? quotes : [], lang, actions);
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
  const whoHost = h('div', { class: 'who-host' });
  fillWho(whoHost, node, lang, actions);
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
        primary === 'Source' && READABLE_SOURCE.test(node.id) ? btn(t('readArticle', lang), () => actions.read(node.id), 'btn small read-article') : null,
      ),
      whoHost,
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
    .then((d) => provenanceHost.replaceChildren(nodeProvenance(d.sources, lang, { id: node.id, name }, actions)))
    .catch((err: unknown) => provenanceHost.replaceChildren(h('p', { class: 'error' }, errorText(err, lang))));
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
      section(t('provenance', lang), edgeProvenance(p, lang, { from: actions.nameOf(edge.source), type: rel, to: actions.nameOf(edge.target) }, actions)),
    ),
  );
}

export function renderEmptyDetails(host: HTMLElement, lang: Lang): void {
  host.replaceChildren(h('div', { class: 'details empty' }, h('p', { class: 'muted' }, t('selectSomething', lang))));
}
