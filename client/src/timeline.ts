/**
 * The timeline: a two-handle range over the months covered by the scene's agreements and events, with a
 * mark per dated item. Moving a handle hides what falls outside the window (Scene.applyWindow).
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

export class Timeline {
  private lo: HTMLInputElement;
  private hi: HTMLInputElement;
  private loText = h('output', { class: 'tl-value', data: { end: 'from' } });
  private hiText = h('output', { class: 'tl-value', data: { end: 'to' } });
  private marks = h('div', { class: 'tl-marks', aria: { hidden: 'true' } });
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
    private readonly onChange: (win: MonthWindow | undefined) => void,
  ) {
    this.lo = h('input', { type: 'range', class: 'tl-lo', step: '1', aria: { label: 'Timeline start' } }) as HTMLInputElement;
    this.hi = h('input', { type: 'range', class: 'tl-hi', step: '1', aria: { label: 'Timeline end' } }) as HTMLInputElement;
    const track = h('div', { class: 'tl-track' }, this.range, this.marks, this.lo, this.hi, this.axis);
    host.replaceChildren(h('div', { class: 'tl-head' }, this.title, this.loText, h('span', { class: 'muted' }, '–'), this.hiText, this.reset, this.empty), track);
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
      this.onChange(a <= this.min && b >= this.max ? undefined : { from: a, to: b });
    };
    this.lo.addEventListener('input', () => input('lo'));
    this.hi.addEventListener('input', () => input('hi'));
    this.reset.addEventListener('click', () => {
      this.lo.value = String(this.min);
      this.hi.value = String(this.max);
      this.showValues();
      this.onChange(undefined);
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
  update(items: readonly DatedItem[], win: MonthWindow | undefined, lang: Lang): void {
    this.lang = lang;
    this.title.textContent = t('timeline', lang);
    this.reset.textContent = t('resetTimeline', lang);
    this.lo.setAttribute('aria-label', t('timelineStart', lang));
    this.hi.setAttribute('aria-label', t('timelineEnd', lang));
    this.empty.textContent = items.length ? '' : t('noDates', lang);
    this.host.classList.toggle('is-empty', items.length === 0);
    this.marks.replaceChildren();
    this.axis.replaceChildren();
    if (!items.length) {
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
    // A point for a dated month or day; a faint bar for a whole year or a range, so vagueness shows.
    for (const it of items) {
      const wide = it.end - it.start >= 2;
      const mark = h('span', { class: `tl-mark m-${it.primary}${wide ? ' wide' : ''}`, title: `${it.name} (${monthLabel(it.start)}${wide ? ` – ${monthLabel(it.end)}` : ''})`, data: { id: it.id } });
      if (wide) {
        mark.style.insetInlineStart = pos(it.start);
        mark.style.width = `${((it.end - it.start) / span) * 100}%`;
      } else mark.style.insetInlineStart = `calc(${pos(it.start + 0.5)} - 5px)`;
      this.marks.append(mark);
    }
    for (let y = this.min / 12; y <= this.max / 12; y++) {
      const tick = h('span', { class: 'tl-tick' }, String(y));
      tick.style.insetInlineStart = pos(y * 12);
      this.axis.append(tick);
    }
    this.showValues();
  }
}
