/**
 * An article cut into sentences, for the reader's coverage figure: which sentences back a fact and which the
 * graph has not captured yet. Offsets are UTF-16 code units into the text, as the passages' are.
 */

export interface Sentence {
  start: number;
  end: number;
}

/** Full stop, question and exclamation marks, the Arabic question mark and the Urdu/Arabic full stop. */
const TERMINATOR = /[.!?؟۔]/;
/** What may close a sentence after its mark: quotation marks and brackets. */
const CLOSER = /["'”’»)\]}]/;
/**
 * Words a full stop follows without ending the sentence. Lower case; matched on the word just before the stop.
 * Kept to what English news prose uses: titles, months, "No.", "vs.", "e.g.", "i.e.", "etc." is left out
 * because it usually does end the sentence.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'gov', 'sen', 'rep', 'st', 'sr', 'jr',
  'no', 'nos', 'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'fig', 'vol', 'pp', 'p',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n',
]);

/** The word ending at `i` (exclusive): letters and inner dots, as "e.g" or "U.S". */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1]!)) j--;
  return text.slice(j, i);
}

/** Whether the full stop at `i` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviation(text: string, i: number): boolean {
  const word = wordBefore(text, i);
  if (!word) return false;
  // A single Latin capital ("J. Smith") is an initial.
  if (/^[A-Z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits `text` into sentences. A sentence ends at a line break, or at a run of . ! ? ؟ (and any closing
 * quotes or brackets after it) that is followed by white space or the end of the text — so "2.5", "1.000"
 * and "alqabas.com" stay whole — unless the full stop ends an abbreviation or an initial. Each sentence is
 * trimmed of surrounding white space; blank lines give none.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n' || c === '\r' || c === '\u2029') {
      push(i);
      start = i + 1;
      i++;
      continue;
    }
    if (!TERMINATOR.test(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && TERMINATOR.test(text[j]!)) j++;
    const lone = j - i === 1;
    while (j < text.length && CLOSER.test(text[j]!)) j++;
    const atBoundary = j === text.length || /\s/u.test(text[j]!);
    if (atBoundary && !(c === '.' && lone && isAbbreviation(text, i))) {
      push(j);
      start = j;
    }
    i = j;
  }
  push(text.length);
  return out;
}

/** The sentences, each marked covered when it overlaps one of `spans`; and how many are. */
export function coverage(
  text: string,
  spans: readonly { start: number; end: number }[],
): { sentences: (Sentence & { covered: boolean })[]; coverage: { sentences: number; covered: number; share: number } } {
  const sentences = splitSentences(text).map((s) => ({ ...s, covered: spans.some((p) => p.start < s.end && p.end > s.start) }));
  const covered = sentences.filter((s) => s.covered).length;
  const share = sentences.length ? Math.round((covered / sentences.length) * 1000) / 1000 : 0;
  return { sentences, coverage: { sentences: sentences.length, covered, share } };
}
