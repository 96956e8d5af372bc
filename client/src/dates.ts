/**
 * Dates as the graph records them: a day, a month or only a year (datePrecision), or a span
 * (startDate/endDate). The timeline works in whole months; display keeps the recorded precision.
 */
import { dateLocale, type Lang } from './i18n.ts';
import type { PropValue, Props } from './api-types.ts';

export type Precision = 'day' | 'month' | 'year';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Reads "2023", "2023-05", "2023-05-12", "2023-05-12T…" or a {year,month,day} object. */
export function parseDate(v: PropValue | undefined): PartialDate | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 10000) return { year: v };
  if (typeof v === 'string') {
    const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?/.exec(v.trim());
    if (!m) return undefined;
    const d: PartialDate = { year: Number(m[1]) };
    if (m[2]) d.month = Number(m[2]);
    if (m[3]) d.day = Number(m[3]);
    return d;
  }
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.year === 'number') {
    const d: PartialDate = { year: v.year };
    if (typeof v.month === 'number') d.month = v.month;
    if (typeof v.day === 'number') d.day = v.day;
    return d;
  }
  return undefined;
}

function precisionOf(d: PartialDate, declared: PropValue | undefined): Precision {
  if (declared === 'year' || declared === 'month' || declared === 'day') return declared;
  return d.day ? 'day' : d.month ? 'month' : 'year';
}

/** Months since year 0: the timeline's unit. */
export const monthIndex = (year: number, month = 1): number => year * 12 + (month - 1);
export const monthLabel = (m: number): string => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

/** "2023-05" or "2023" → month index (start of the period). */
export function parseMonth(s: string): number | undefined {
  const d = parseDate(s);
  return d ? monthIndex(d.year, d.month ?? 1) : undefined;
}

export interface DateSpan {
  /** First and last month the item covers (a year-precision date covers the whole year). */
  start: number;
  end: number;
}

function span(d: PartialDate, precision: Precision): DateSpan {
  if (precision === 'year' || !d.month) return { start: monthIndex(d.year, 1), end: monthIndex(d.year, 12) };
  const m = monthIndex(d.year, d.month);
  return { start: m, end: m };
}

/** The months a node's date (or start/end dates) covers, if it has any. */
export function dateSpan(props: Props): DateSpan | undefined {
  // A range (startDate/endDate) wins over `date`, which then only repeats the start.
  const s = parseDate(props.startDate);
  const e = parseDate(props.endDate);
  if (s || e) {
    const a = s ? span(s, precisionOf(s, props.startDatePrecision ?? props.datePrecision)) : undefined;
    const b = e ? span(e, precisionOf(e, props.endDatePrecision ?? props.datePrecision)) : undefined;
    return { start: (a ?? b)!.start, end: (b ?? a)!.end };
  }
  const single = parseDate(props.date);
  return single ? span(single, precisionOf(single, props.datePrecision)) : undefined;
}

/** A date shown at its recorded precision: "12 May 2023", "May 2023" or "2023" (Arabic month names in ar). */
export function formatDate(v: PropValue | undefined, declared: PropValue | undefined, lang: Lang): string | undefined {
  const d = parseDate(v);
  if (!d) return typeof v === 'string' ? v : undefined;
  const p = precisionOf(d, declared);
  const locale = dateLocale(lang);
  const date = new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
  const opts: Intl.DateTimeFormatOptions =
    p === 'day' && d.day ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } : p !== 'year' && d.month ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, opts).format(date);
}

export function precisionOfProps(props: Props, key = 'date'): Precision | undefined {
  const d = parseDate(props[key]);
  return d ? precisionOf(d, key === 'date' ? props.datePrecision : (props[`${key}Precision`] ?? props.datePrecision)) : undefined;
}
