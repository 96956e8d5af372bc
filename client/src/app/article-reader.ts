/**
 * The article reader: an article's full text in its own direction, every quoted passage highlighted, the
 * sentences the graph has not captured yet set apart, and how much of the article backs a fact. Pointing at
 * a passage lists the facts it supports and lights them in the graph — through the state store (`evidence`),
 * never by touching the scene. The open article and passage live in the store too (`reading`, in the URL).
 */
import '../article-reader.css';
import { api } from '../api.ts';
import type { FactRef, Passage, SourceDetails } from '../api-types.ts';
import { formatDate } from '../dates.ts';
import { sourceLink } from '../details.ts';
import { h } from '../dom.ts';
import { errorText, pageDir, pageLang, relationName, t, type Lang } from '../i18n.ts';
import type { AppState, AppStore } from '../state/app-state.ts';

export interface ReaderDeps {
  /** Adds the facts' missing nodes to the scene, lights the facts and brings them into view. */
  showFacts(factIds: string[]): Promise<void>;
  /** The reader opened (true) or closed: on a wide screen the graph's room changed. */
  resized(open: boolean): void;
}

const isMention = (f: FactRef) => f.type === 'MENTIONED_IN';

/** A fact end's name in the interface language (Arabic names in Arabic). */
const endName = (e: FactRef['from'], lang: Lang): string => (lang === 'ar' ? (e.nameAr ?? e.name) : (e.name ?? e.nameAr)) ?? e.id;

/** One stretch of text between two boundaries: its sentence (if any) and the passages over it. */
interface Piece {
  start: number;
  end: number;
  sentence: number;
  passages: number[];
}

/** Cuts the text at every sentence and passage boundary. */
function pieces(text: string, data: SourceDetails, located: number[]): Piece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of data.sentences) cuts.add(s.start).add(s.end);
  for (const i of located) cuts.add(data.passages[i]!.start!).add(data.passages[i]!.end!);
  const sorted = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out: Piece[] = [];
  let si = 0;
  for (let k = 0; k + 1 < sorted.length; k++) {
    const start = sorted[k]!;
    const end = sorted[k + 1]!;
    while (si < data.sentences.length && data.sentences[si]!.end <= start) si++;
    const s = data.sentences[si];
    const sentence = s && s.start <= start && end <= s.end ? si : -1;
    const passages = located.filter((i) => data.passages[i]!.start! < end && data.passages[i]!.end! > start);
    out.push({ start, end, sentence, passages });
  }
  return out;
}

export class ArticleReader {
  private readonly cache = new Map<string, Promise<SourceDetails>>();
  private el: HTMLElement | undefined;
  private data: SourceDetails | undefined;
  /** What is drawn: the source and the language it was drawn in. */
  private drawn: { source: string; lang: Lang } | undefined;
  /** Where focus goes back to when the reader closes. */
  private opener: HTMLElement | undefined;
  /** The passage shown by hover or focus, over the active one. */
  private preview: number | undefined;
  private started = false;
  /** Counts the renders, so a reply that arrives after a newer request is dropped. */
  private generation = 0;
  /** A passage chosen in the reader itself: it is in sight already, so the text does not scroll to it. */
  private chosenHere: number | undefined;

  constructor(
    private readonly store: AppStore,
    private readonly deps: ReaderDeps,
  ) {}

  /** The page has its first view: a reader named in the URL opens now. */
  start(): void {
    this.started = true;
    void this.sync(this.store.get(), { scroll: true });
  }

  /** A change of state: opens, closes, moves to a passage, or redraws in the new language. */
  changed(state: Readonly<AppState>, changed: ReadonlySet<keyof AppState>): void {
    if (!this.started || !(changed.has('reading') || changed.has('lang'))) return;
    const chosenHere = this.chosenHere !== undefined && this.chosenHere === state.reading?.passage;
    this.chosenHere = undefined;
    void this.sync(state, { scroll: changed.has('reading') && !chosenHere });
  }

  /** Opens an article, at the passage quoting `quote` when given (the details panel's "Show in article"). */
  async open(sourceId: string, opts: { quote?: string } = {}): Promise<void> {
    const active = document.activeElement;
    if (active instanceof HTMLElement && !this.el?.contains(active)) this.opener = active;
    let passage: number | undefined;
    if (opts.quote) {
      try {
        const data = await this.fetch(sourceId);
        const i = data.passages.findIndex((p) => p.quote === opts.quote);
        passage = i >= 0 ? i : undefined;
      } catch {
        // The reader shows the error itself.
      }
    }
    this.store.update({ reading: { source: sourceId, passage } });
    // The same passage again (a second "Show in article"): bring it back into view.
    if (this.el && passage !== undefined) this.reveal(passage, true);
  }

  close(): void {
    this.store.update({ reading: undefined, evidence: undefined });
  }

  private fetch(id: string): Promise<SourceDetails> {
    let p = this.cache.get(id);
    if (!p) {
      p = api.source(id);
      this.cache.set(id, p);
      p.catch(() => this.cache.delete(id));
    }
    return p;
  }

  private async sync(state: Readonly<AppState>, opts: { scroll: boolean }): Promise<void> {
    const reading = state.reading;
    if (!reading) {
      this.teardown();
      return;
    }
    const lang = state.lang;
    const redraw = this.drawn?.source !== reading.source || this.drawn.lang !== lang || !this.el;
    if (redraw) {
      const gen = ++this.generation;
      this.mount(lang).replaceChildren(h('p', { class: 'muted reader-loading' }, t('loading', lang)));
      let data: SourceDetails;
      try {
        data = await this.fetch(reading.source);
      } catch (err) {
        if (gen !== this.generation || !this.el) return;
        this.el.replaceChildren(this.closeButton(lang), h('p', { class: 'error' }, errorText(err, lang)));
        this.drawn = { source: reading.source, lang };
        this.el.dataset.state = 'error';
        return;
      }
      if (gen !== this.generation || !this.el || this.store.get().reading?.source !== reading.source) return;
      this.data = data;
      this.drawn = { source: reading.source, lang };
      this.render(data, lang);
      if (reading.passage === undefined) this.el.focus({ preventScroll: true });
    }
    // Redrawn (another language): the passage is brought back into sight, focus stays where it is.
    this.activate(reading.passage, { scroll: opts.scroll || redraw, focus: opts.scroll });
  }

  /** The reader's element, created on first use and kept in the page's language. */
  private mount(lang: Lang): HTMLElement {
    if (!this.el) {
      this.el = h('section', {
        id: 'reader',
        class: 'reader',
        role: 'dialog',
        tabindex: '-1',
        aria: { labelledby: 'reader-title', modal: 'false' },
        on: {
          keydown: (ev) => {
            if (ev.key !== 'Escape') return;
            ev.preventDefault();
            ev.stopPropagation();
            this.close();
          },
        },
      });
      document.body.append(this.el);
      document.body.classList.add('reader-open');
      this.deps.resized(true);
    }
    this.el.setAttribute('dir', pageDir(lang));
    this.el.setAttribute('lang', pageLang(lang));
    this.el.dataset.state = 'loading';
    return this.el;
  }

  private teardown(): void {
    this.generation++;
    if (!this.el) return;
    const hadFocus = this.el.contains(document.activeElement);
    this.el.remove();
    this.el = undefined;
    this.data = undefined;
    this.drawn = undefined;
    this.preview = undefined;
    document.body.classList.remove('reader-open');
    this.deps.resized(false);
    if (hadFocus || document.activeElement === document.body) {
      const back = this.opener?.isConnected ? this.opener : (document.getElementById('details') ?? document.getElementById('cy'));
      back?.focus();
    }
    this.opener = undefined;
  }

  private closeButton(lang: Lang): HTMLElement {
    return h('button', { type: 'button', class: 'btn icon-btn reader-close', aria: { label: t('close', lang) }, on: { click: () => this.close() } }, '×');
  }

  private render(data: SourceDetails, lang: Lang): void {
    const el = this.el!;
    const articleLang = data.language ?? 'en';
    const articleDir = articleLang === 'ar' ? 'rtl' : 'ltr';
    const original = data.titleOriginal && data.titleOriginal !== data.title ? data.titleOriginal : undefined;
    const outlet = lang === 'ar' ? (data.publicationAr ?? data.publication) : (data.publication ?? data.publicationAr);
    const author = lang === 'ar' ? (data.authorAr ?? data.author) : (data.author ?? data.authorAr);
    const meta = [outlet, formatDate(data.date, data.datePrecision, lang), author].filter((x): x is string => Boolean(x));
    const link = data.url ? sourceLink({ url: data.url }) : undefined;
    const { coverage } = data;
    const percent = Math.round(coverage.share * 100);

    const head = h(
      'header',
      { class: 'reader-head' },
      h(
        'div',
        { class: 'reader-titles' },
        h('p', { class: 'reader-kicker muted small' }, t('articleReader', lang)),
        original
          ? h('h2', { id: 'reader-title', dir: articleDir, lang: articleLang }, original)
          : h('h2', { id: 'reader-title', dir: 'auto', lang: 'en' }, data.title),
        original ? h('p', { class: 'reader-title-en', dir: 'ltr', lang: 'en' }, data.title) : null,
        meta.length ? h('p', { class: 'reader-meta muted small', dir: 'auto' }, meta.join(' · ')) : null,
        link
          ? h('a', { class: 'reader-link small', href: link.href, target: '_blank', rel: 'noopener noreferrer', data: { article: String(link.article) } }, t(link.article ? 'openSource' : 'openPublication', lang))
          : null,
      ),
      this.closeButton(lang),
    );

    const coverageBlock = h(
      'div',
      { class: 'reader-coverage', data: { sentences: String(coverage.sentences), covered: String(coverage.covered), share: String(coverage.share) } },
      h('p', { class: 'coverage-line', id: 'reader-coverage' }, t('readerCoverage', lang, { covered: coverage.covered, total: coverage.sentences, percent })),
      h('div', { class: 'coverage-bar', aria: { hidden: 'true' } }, h('span', { style: `inline-size: ${percent}%` })),
      h(
        'p',
        { class: 'reader-legend small' },
        h('span', { class: 'legend-passage' }, t('readerLegendPassage', lang)),
        data.passages.some((p) => p.facts.every(isMention)) ? h('span', { class: 'legend-mention' }, t('readerLegendMention', lang)) : null,
        h('span', { class: 'legend-uncovered' }, t('readerLegendUncovered', lang)),
      ),
    );

    const text = data.text;
    const body = h('div', { class: 'reader-body', tabindex: '0', role: 'region', aria: { label: t('readerText', lang) } });
    const facts = h('div', { class: 'reader-facts', aria: { live: 'polite' } });
    if (text === null) body.append(h('p', { class: 'muted' }, t('readerNoText', lang)));
    else body.append(this.renderText(text, data, articleLang, articleDir, lang));
    el.replaceChildren(head, coverageBlock, body, facts);
    el.dataset.state = 'ready';
    el.dataset.source = data.id;
    this.showFacts(undefined);
  }

  /** The article as sentences and passage marks, each passage opened by a numbered, focusable marker. */
  private renderText(text: string, data: SourceDetails, articleLang: string, articleDir: 'rtl' | 'ltr', lang: Lang): HTMLElement {
    const located = data.passages.flatMap((p, i) => (p.start !== null && p.end !== null && p.end > p.start ? [i] : []));
    const root = h('div', { class: 'reader-text', dir: articleDir, lang: articleLang });
    const started = new Set<number>();
    let sentenceEl: HTMLElement | undefined;
    let sentenceIndex = -1;
    for (const piece of pieces(text, data, located)) {
      if (piece.sentence !== sentenceIndex) {
        sentenceIndex = piece.sentence;
        const s = data.sentences[piece.sentence];
        sentenceEl = s ? h('span', { class: `sentence ${s.covered ? 'covered' : 'uncovered'}`, data: { sentence: String(piece.sentence) } }) : undefined;
        if (sentenceEl) root.append(sentenceEl);
      }
      const host = sentenceEl ?? root;
      // A passage's marker goes where it starts: the keyboard's way in, and its number in the facts list.
      for (const i of piece.passages) {
        if (started.has(i)) continue;
        started.add(i);
        host.append(this.marker(i, data.passages[i]!, lang));
      }
      const slice = text.slice(piece.start, piece.end);
      if (!piece.passages.length) {
        // Line breaks between sentences: a paragraph's gap (blank lines) or a plain break, not lines of blank text.
        if (!sentenceEl && slice.includes('\n')) host.append(/\n\s*\n/.test(slice) ? h('span', { class: 'para-gap' }) : h('br'));
        else host.append(slice);
        continue;
      }
      // The innermost passage is the one a click on this stretch means.
      const inner = [...piece.passages].sort((a, b) => span(data.passages[a]!) - span(data.passages[b]!))[0]!;
      const mark = h('mark', {
        class: `passage depth-${Math.min(piece.passages.length, 3)}${data.passages[inner]!.facts.every(isMention) ? ' mention-only' : ''}`,
        data: { passages: piece.passages.join(' '), passage: String(inner) },
        on: {
          click: () => this.choose(inner),
          mouseenter: () => this.hover(inner),
          mouseleave: () => this.hover(undefined),
        },
      });
      mark.textContent = slice;
      host.append(mark);
    }
    return root;
  }

  private marker(i: number, p: Passage, lang: Lang): HTMLElement {
    const facts = p.facts.filter((f) => !isMention(f)).length;
    return h(
      'button',
      {
        type: 'button',
        class: 'passage-marker',
        dir: 'ltr',
        data: { passage: String(i) },
        aria: { pressed: 'false', label: t('readerPassageLabel', lang, { n: i + 1, facts }) },
        on: {
          click: () => this.choose(i),
          focus: () => this.hover(i),
          blur: () => this.hover(undefined),
          mouseenter: () => this.hover(i),
          mouseleave: () => this.hover(undefined),
        },
      },
      String(i + 1),
    );
  }

  /** A click or Enter on a passage: it becomes the reader's passage (in the URL) and its facts are shown. */
  private choose(i: number): void {
    const reading = this.store.get().reading;
    if (!reading) return;
    if (reading.passage === i) {
      void this.deps.showFacts(this.factIds(i));
      return;
    }
    this.chosenHere = i;
    this.store.update({ reading: { source: reading.source, passage: i } });
  }

  /** Hover or focus: the facts of that passage, lit in the graph, until the pointer or focus leaves. */
  private hover(i: number | undefined): void {
    if (!this.data || i === this.preview) return;
    this.preview = i;
    const shown = i ?? this.store.get().reading?.passage;
    this.showFacts(shown);
    this.markActive(this.el?.querySelectorAll<HTMLElement>('mark.passage.preview'), 'preview', false);
    if (i !== undefined) this.markPassage(i, 'preview');
    this.store.update({ evidence: shown === undefined ? undefined : this.factIds(shown) });
  }

  private factIds(i: number): string[] {
    return this.data?.passages[i]?.facts.map((f) => f.id) ?? [];
  }

  /** The reader's passage: marked, its facts listed and shown in the graph, scrolled to when asked. */
  private activate(i: number | undefined, opts: { scroll: boolean; focus: boolean }): void {
    if (!this.el || !this.data) return;
    const valid = i !== undefined && this.data.passages[i] ? i : undefined;
    this.markActive(this.el.querySelectorAll<HTMLElement>('mark.passage.active'), 'active', false);
    for (const b of this.el.querySelectorAll<HTMLElement>('.passage-marker')) b.setAttribute('aria-pressed', String(Number(b.dataset.passage) === valid));
    this.el.dataset.passage = valid === undefined ? '' : String(valid);
    if (valid === undefined) {
      this.showFacts(undefined);
      return;
    }
    this.markPassage(valid, 'active');
    if (this.preview === undefined) this.showFacts(valid);
    if (opts.scroll) this.reveal(valid, opts.focus);
    void this.deps.showFacts(this.factIds(valid));
  }

  /** Scrolls the passage to the middle of the reader and, when asked, puts focus on its marker. */
  private reveal(i: number, focus: boolean): void {
    const marker = this.el?.querySelector<HTMLElement>(`.passage-marker[data-passage="${i}"]`);
    const first = this.el?.querySelector<HTMLElement>(`mark.passage[data-passages~="${i}"]`) ?? marker;
    if (focus) marker?.focus({ preventScroll: true });
    first?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  private markPassage(i: number, cls: string): void {
    for (const m of this.el?.querySelectorAll<HTMLElement>(`mark.passage[data-passages~="${i}"]`) ?? []) m.classList.add(cls);
  }

  private markActive(list: NodeListOf<HTMLElement> | undefined, cls: string, on: boolean): void {
    for (const m of list ?? []) m.classList.toggle(cls, on);
  }

  /** The facts list under the text: the passage's facts, or how to get them. */
  private showFacts(i: number | undefined): void {
    const host = this.el?.querySelector<HTMLElement>('.reader-facts');
    const data = this.data;
    if (!host || !data) return;
    const lang = this.store.get().lang;
    const p = i === undefined ? undefined : data.passages[i];
    host.dataset.passage = i === undefined ? '' : String(i);
    if (!p) {
      host.replaceChildren(h('p', { class: 'muted small' }, t(data.passages.length ? 'readerPickPassage' : 'readerNoPassages', lang)));
      return;
    }
    const real = p.facts.filter((f) => !isMention(f));
    const mentioned = p.facts.filter(isMention);
    const arrow = t('arrow', lang);
    const parts: (HTMLElement | null)[] = [
      h('h3', {}, t('readerPassageFacts', lang, { n: i! + 1 })),
      p.quoteEn ? h('p', { class: 'reader-gloss small', dir: 'ltr', lang: 'en' }, p.quoteEn) : null,
      real.length
        ? h(
            'ul',
            { class: 'facts' },
            ...real.map((f) =>
              h(
                'li',
                { class: 'fact', data: { fact: f.id } },
                h('bdi', { class: 'end' }, endName(f.from, lang)),
                ' ',
                h('span', { class: 'rel' }, relationName(f.type, lang)),
                ' ',
                h('span', { class: 'arrow', aria: { hidden: 'true' } }, arrow),
                ' ',
                h('bdi', { class: 'end' }, endName(f.to, lang)),
              ),
            ),
          )
        : null,
      mentioned.length
        ? h('p', { class: 'reader-mentions small' }, h('span', { class: 'muted' }, `${t('readerMentions', lang)} `), ...mentioned.flatMap((f, k) => [k ? (lang === 'ar' ? '، ' : ', ') : '', h('bdi', {}, endName(f.from, lang))]))
        : null,
    ];
    host.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
  }
}

const span = (p: Passage): number => (p.end ?? 0) - (p.start ?? 0);

