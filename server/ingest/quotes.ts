/**
 * Quotes are checked against the article: a quote must be a verbatim substring of the text, except that any
 * run of whitespace matches any other. Letters, punctuation, hamza and diacritics must be exactly as printed.
 */

interface Squeezed {
  /** The text with every whitespace run replaced by one space. */
  text: string;
  /** For each character of `text`, its offset in the original. */
  at: number[];
}

function squeeze(s: string): Squeezed {
  let text = '';
  const at: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (/\s/.test(s[i]!)) {
      const start = i;
      while (i < s.length && /\s/.test(s[i]!)) i++;
      text += ' ';
      at.push(start);
      continue;
    }
    text += s[i];
    at.push(i);
    i++;
  }
  return { text, at };
}

/**
 * The passage of `text` the quote stands for, exactly as it is written in the text, or undefined when the
 * quote is not in it.
 */
export function locateQuote(text: string, quote: string): string | undefined {
  const t = squeeze(text);
  const q = squeeze(quote.trim()).text;
  if (!q) return undefined;
  const i = t.text.indexOf(q);
  if (i === -1) return undefined;
  const start = t.at[i]!;
  const last = t.at[i + q.length - 1]!;
  return text.slice(start, last + 1);
}

function trigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 3 <= s.length; i++) {
    const g = s.slice(i, i + 3);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/**
 * The passage of the text most like the quote (shared character trigrams over a window of the quote's
 * length, starting at a word), as a hint for the editor who mistyped a quote.
 */
export function closestPassage(text: string, quote: string): { passage: string; score: number } {
  const t = squeeze(text).text;
  const q = squeeze(quote.trim()).text;
  const want = trigrams(q);
  const total = Math.max(1, q.length - 2);
  let best = { start: 0, score: -1 };
  for (let s = 0; s < t.length; s++) {
    if (s > 0 && t[s - 1] !== ' ') continue;
    const have = trigrams(t.slice(s, s + q.length));
    let shared = 0;
    for (const [g, n] of want) shared += Math.min(n, have.get(g) ?? 0);
    if (shared > best.score) best = { start: s, score: shared };
  }
  let end = Math.min(t.length, best.start + q.length);
  while (end < t.length && t[end] !== ' ' && end - best.start < q.length + 30) end++;
  return { passage: t.slice(best.start, end).trim(), score: Math.round((100 * Math.max(0, best.score)) / total) / 100 };
}
