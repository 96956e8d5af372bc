/**
 * Input building blocks shared by every capability's zod schemas. Query strings arrive as strings (or as
 * arrays when a key repeats), so numbers are coerced and lists accept both `a,b` and `?k=a&k=b`.
 */
import { z } from 'zod';

/** A string that can be stored and sent over Bolt unchanged: no lone UTF-16 surrogates. */
export const text = (max: number, min = 0) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine(isWellFormed, { message: 'must be well-formed Unicode text (no lone surrogates)' });

/** In a `u` regex a lone surrogate is its own code point, while a valid pair is one code point above U+FFFF. */
export function isWellFormed(s: string): boolean {
  return !/[\uD800-\uDFFF]/u.test(s);
}

/** A node id (the domain slug). Only its form is checked here; an unknown id is a 404 from the service. */
export const nodeIdSchema = text(200, 1).describe("A node's id (its slug), e.g. person-tuba-nur-sonmez");

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the graph stores dates (with their precision). */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date')
  .describe('A date as YYYY, YYYY-MM or YYYY-MM-DD');

export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y ?? 0, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

/** A comma-separated list in a query string (or a repeated key), trimmed, without blanks or duplicates. */
export const csvList = (itemMax = 100, maxItems = 50) =>
  z
    .union([z.string().max(5_000), z.array(z.string().max(5_000)).max(maxItems)])
    .transform((v) => [...new Set((Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))])
    .pipe(z.array(text(itemMax, 1)).max(maxItems));

/** An integer from a query string within [min, max]. */
export const intParam = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** from ≤ to when both are given (dates of different precision compare by their common prefix). */
export function windowInOrder(v: { from?: string | undefined; to?: string | undefined }): boolean {
  if (!v.from || !v.to) return true;
  const n = Math.min(v.from.length, v.to.length);
  return v.from.slice(0, n) <= v.to.slice(0, n);
}

/**
 * Deepest nesting of lists and maps accepted in a JSON input (query parameters). The validators and the
 * driver's encoder walk values recursively, so a body of `[[[[…]]]]` thousands deep would exhaust the stack.
 */
export const MAX_JSON_DEPTH = 64;

/** Any JSON value nested at most MAX_JSON_DEPTH deep; the depth is measured without recursion, first. */
export const jsonInput = z
  .unknown()
  .refine((v) => jsonDepth(v, MAX_JSON_DEPTH) <= MAX_JSON_DEPTH, `must not nest lists or maps more than ${MAX_JSON_DEPTH} deep`)
  .pipe(z.json());

/** Nesting depth of lists and maps in `v` (a scalar is 0); stops counting once past `limit`. */
export function jsonDepth(v: unknown, limit = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length) {
    const [x, depth] = stack.pop()!;
    if (x === null || typeof x !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(x) ? x : Object.values(x)) stack.push([child, depth + 1]);
  }
  return deepest;
}
