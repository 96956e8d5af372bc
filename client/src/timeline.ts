/**
 * The timeline: a two-handle range over the months covered by the scene's agreements and events, with a
 * mark per dated item. Moving a handle hides what falls outside the window (Scene.applyWindow). The marks sit
 * in rows above the track: marks that would cover each other go to the next row, so each can be seen and
 * clicked (a click or Enter selects its item). An option refits the scene after the window narrows it.
 */
import { h } from './dom.ts';
import { monthLabel } from './dates.ts';
import { dateLocale, t, type Lang } from './i18n.ts';

export interface MonthWindow {
  from: number;
  to: number;
}

export interface DatedItem {
  id: string;
  start: number;
  end: number;
  primary: string;
  name: string;
}

function monthText(m: number, lang: Lang): string {
  const d = new Date(Date.UTC(Math.floor(m / 12), m % 12, 1));
  return new Intl.DateTimeFormat(dateLocale(lang), { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(d);
}

export interface TimelineHandlers {
  change: (win: MonthWindow | undefined) => void;
  /** A mark was clicked (or Enter pressed on it). */
  select: (id: string) => void;
  setRefit: (on: boolean) => void;
}

/** A mark's width in pixels and the room kept between two marks in a row. */
const MARK_PX = 10;
const GAP_PX = 3;
/** The height of a row of point marks, and of a row of the thinner bars. */
export const MARK_ROW_PX = 13;
const BAR_ROW_PX = 8;

/**
 * Rows for marks given as pixel spans [x1, x2]: in order of x1 (then id, so the result is the same every
 * time), each goes to the first row whose last mark ends before it starts.
 */
export function markRows(spans: readonly { id: string; x1: number; x2: number }[]): Map<string, number> {
  const rows = new Map<string, number>();
  const rowEnds: number[] = [];
  for (const s of [...spans].sort((a, b) => a.x1 - b.x1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    let row = rowEnds.findIndex((end) => end + GAP_PX <= s.x1);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = s.x2;
    rows.set(s.id, row);
  }
  return rows;
}

export class Timeline {
  private lo: HTMLInputElement;
  private hi: HTMLInputElement;
  private loText = h('output', { class: 'tl-value', data: { end: 'from' } });
  private hiText = h('output', { class: 'tl-value', data: { end: 'to' } });
  private marks = h('div', { class: 'tl-marks', role: 'group' });
  private refit = h('input', { type: 'checkbox', data: { action: 'timeline-refit' } }) as HTMLInputElement;
  private refitText = h('span', {});
  private items: readonly DatedItem[] = [];
  private win: MonthWindow | undefined;
  private selected: string | undefined;
  private range = h('div', { class: 'tl-range', aria: { hidden: 'true' } });
  private axis = h('div', { class: 'tl-axis', aria: { hidden: 'true' } });
  private title = h('span', { class: 'tl-title' });
  private reset = h('button', { type: 'button', class: 'btn small', data: { action: 'timeline-reset' } });
  private empty = h('span', { class: 'muted small tl-empty' });
  private min = 0;
  private max = 0;
  private lang: Lang = 'en';

  constructor(
    private readonly host: HTMLElement,
    private readonly on: TimelineHandlers,
  ) {
    this.lo = h('input', { type: 'range', class: 'tl-lo', step: '1', aria: { label: 'Timeline start' } }) as HTMLInputElement;
    this.hi = h('input', { type: 'range', class: 'tl-hi', step: '1', aria: { label: 'Timeline end' } }) as HTMLInputElement;
    const track = h('div', { class: 'tl-track' }, this.range, this.lo, this.hi, this.axis);
    const refit = h('label', { class: 'tl-refit small' }, this.refit, this.refitText);
    host.replaceChildren(h('div', { class: 'tl-head' }, this.title, this.loText, h('span', { class: 'muted' }, '–'), this.hiText, this.reset, refit, this.empty), this.marks, track);
    this.refit.addEventListener('change', () => this.on.setRefit(this.refit.checked));
    // One mark in the Tab order; the arrow keys move between marks, Enter (a button's click) selects.
    this.marks.addEventListener('keydown', (ev) => {
      const marks = [...this.marks.querySelectorAll<HTMLButtonElement>('.tl-mark')];
      const i = marks.indexOf(document.activeElement as HTMLButtonElement);
      if (i < 0 || !['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(ev.key)) return;
      ev.preventDefault();
      const rtl = getComputedStyle(this.marks).direction === 'rtl';
      const step = (ev.key === 'ArrowRight') !== rtl ? 1 : -1;
      const next = ev.key === 'Home' ? 0 : ev.key === 'End' ? marks.length - 1 : Math.max(0, Math.min(marks.length - 1, i + step));
      for (const m of marks) m.tabIndex = -1;
      marks[next]!.tabIndex = 0;
      marks[next]!.focus();
    });
    // The rows depend on the width: placed again when it changes.
    let width = 0;
    new ResizeObserver(() => {
      if (this.marks.clientWidth === width) return;
      width = this.marks.clientWidth;
      this.placeMarks();
    }).observe(this.marks);
    const input = (which: 'lo' | 'hi') => {
      let a = Number(this.lo.value);
      let b = Number(this.hi.value);
      if (a > b) {
        if (which === 'lo') a = b;
        else b = a;
        this.lo.value = String(a);
        this.hi.value = String(b);
      }
      this.showValues();
      this.on.change(a <= this.min && b >= this.max ? undefined : { from: a, to: b });
    };
    this.lo.addEventListener('input', () => input('lo'));
    this.hi.addEventListener('input', () => input('hi'));
    this.reset.addEventListener('click', () => {
      this.lo.value = String(this.min);
      this.hi.value = String(this.max);
      this.showValues();
      this.on.change(undefined);
    });
  }

  private showValues(): void {
    const span = Math.max(1, this.max - this.min);
    this.range.style.insetInlineStart = `${((Number(this.lo.value) - this.min) / span) * 100}%`;
    this.range.style.insetInlineEnd = `${((this.max - Number(this.hi.value)) / span) * 100}%`;
    this.loText.textContent = monthText(Number(this.lo.value), this.lang);
    this.hiText.textContent = monthText(Number(this.hi.value), this.lang);
    this.host.dataset.from = monthLabel(Number(this.lo.value));
    this.host.dataset.to = monthLabel(Number(this.hi.value));
  }

  /** Redraws for the scene's dated items; the window is clamped into the new range. */
  update(items: readonly DatedItem[], win: MonthWindow | undefined, lang: Lang, refit = false, selected?: string): void {
    this.lang = lang;
    this.selected = selected;
    this.title.textContent = t('timeline', lang);
    this.reset.textContent = t('resetTimeline', lang);
    this.refitText.textContent = t('refitAfterNarrowing', lang);
    this.refit.checked = refit;
    this.lo.setAttribute('aria-label', t('timelineStart', lang));
    this.hi.setAttribute('aria-label', t('timelineEnd', lang));
    this.marks.setAttribute('aria-label', t('timelineMarks', lang));
    this.empty.textContent = items.length ? '' : t('noDates', lang);
    this.host.classList.toggle('is-empty', items.length === 0);
    this.axis.replaceChildren();
    this.items = items;
    this.win = win;
    if (!items.length) {
      this.marks.replaceChildren();
      this.lo.disabled = this.hi.disabled = true;
      this.loText.textContent = this.hiText.textContent = '';
      return;
    }
    this.lo.disabled = this.hi.disabled = false;
    // Whole years at both ends so year-precision items sit inside the track.
    this.min = Math.floor(Math.min(...items.map((i) => i.start)) / 12) * 12;
    this.max = Math.floor(Math.max(...items.map((i) => i.end)) / 12) * 12 + 11;
    for (const el of [this.lo, this.hi]) {
      el.min = String(this.min);
      el.max = String(this.max);
    }
    this.lo.value = String(win ? Math.max(this.min, Math.min(win.from, this.max)) : this.min);
    this.hi.value = String(win ? Math.min(this.max, Math.max(win.to, this.min)) : this.max);
    const span = Math.max(1, this.max - this.min);
    const pos = (m: number) => `${((m - this.min) / span) * 100}%`;
    this.placeMarks();
    for (let y = this.min / 12; y <= this.max / 12; y++) {
      const tick = h('span', { class: 'tl-tick' }, String(y));
      tick.style.insetInlineStart = pos(y * 12);
      this.axis.append(tick);
    }
    this.showValues();
  }

  /**
   * Draws the marks: a point for a dated month or day, a faint bar for a whole year or a range (so vagueness
   * shows), each in the first row where it covers no other mark. Marks outside the window are dimmed.
   */
  private placeMarks(): void {
    const items = this.items;
    if (!items.length) return;
    const focused = this.marks.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.id : undefined;
    const width = this.marks.clientWidth || 800;
    const span = Math.max(1, this.max - this.min);
    const px = (m: number) => ((m - this.min) / span) * width;
    const pct = (m: number) => `${((m - this.min) / span) * 100}%`;
    const spans = items.map((it) => {
      const wide = it.end - it.start >= 2;
      const x1 = wide ? px(it.start) : px(it.start + 0.5) - MARK_PX / 2;
      return { it, wide, id: it.id, x1, x2: wide ? Math.max(px(it.end), x1 + MARK_PX) : x1 + MARK_PX };
    });
    // Points (a month or a day) first, the faint bars of vaguer dates in rows of their own under them.
    const pointRows = markRows(spans.filter((x) => !x.wide));
    const barRows = markRows(spans.filter((x) => x.wide));
    const pointRowCount = Math.max(0, ...[...pointRows.values()].map((r) => r + 1));
    const barRowCount = Math.max(0, ...[...barRows.values()].map((r) => r + 1));
    const rowOf = (id: string, wide: boolean) => (wide ? pointRowCount + (barRows.get(id) ?? 0) : (pointRows.get(id) ?? 0));
    const topOf = (id: string, wide: boolean) => (wide ? pointRowCount * MARK_ROW_PX + (barRows.get(id) ?? 0) * BAR_ROW_PX : (pointRows.get(id) ?? 0) * MARK_ROW_PX);
    const win = this.win;
    const marks = spans
      .sort((a, b) => a.x1 - b.x1 || (a.id < b.id ? -1 : 1))
      .map(({ it, wide }) => {
        const when = `${monthText(it.start, this.lang)}${wide ? ` – ${monthText(it.end, this.lang)}` : ''}`;
        const out = win !== undefined && (it.end < win.from || it.start > win.to);
        // The name is data in any script: its own isolate, read out as the button's name.
        const mark = h(
          'button',
          {
            type: 'button',
            class: `tl-mark m-${it.primary}${wide ? ' wide' : ''}${out ? ' out' : ''}${it.id === this.selected ? ' selected' : ''}`,
            title: `${it.name} (${when})`,
            tabindex: '-1',
            data: { id: it.id, row: String(rowOf(it.id, wide)) },
            on: { click: () => this.on.select(it.id) },
          },
          h('bdi', { class: 'visually-hidden' }, `${it.name} (${when})`),
        );
        mark.style.insetInlineStart = wide ? pct(it.start) : `calc(${pct(it.start + 0.5)} - ${MARK_PX / 2}px)`;
        if (wide) mark.style.width = `max(${MARK_PX}px, ${((it.end - it.start) / span) * 100}%)`;
        mark.style.top = `${topOf(it.id, wide)}px`;
        return mark;
      });
    this.marks.style.height = `${Math.max(MARK_ROW_PX, pointRowCount * MARK_ROW_PX + barRowCount * BAR_ROW_PX)}px`;
    this.marks.replaceChildren(...marks);
    const again = (focused && marks.find((m) => m.dataset.id === focused)) || marks[0];
    if (again) again.tabIndex = 0;
    if (focused && again?.dataset.id === focused) again.focus();
  }
}
