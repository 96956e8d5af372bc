/**
 * Search folding, exactly as data/search-folding.md specifies and as the seed computed `searchText`:
 * the user's query must be folded the same way or accent-free and hamza-free spellings would not match.
 */

/** Folds accents, Turkish dotless i, Arabic diacritics, tatweel and alef/hamza/ta-marbuta/alef-maqsura forms. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/\u0131/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0624/g, '\u0648')
    .replace(/\u0626/g, '\u064A')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Characters with a meaning in Lucene's query syntax (the two-character && and || are covered by & and |). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** Words of a folded query: runs of letters, marks and digits (punctuation separates words, as in the index). */
export function searchTerms(query: string, max = 8): string[] {
  const words = fold(query)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  return [...new Set(words)].slice(0, max);
}

/**
 * A forgiving Lucene query over the folded words: each word matches exactly (boosted), as a prefix (so a
 * half-typed name finds), and from four letters on with one typo. Words are OR-ed: more matching words
 * rank higher, and a word missing from a name does not hide it.
 */
export function luceneQuery(terms: readonly string[]): string {
  return terms
    .map((t) => {
      const e = escapeLucene(t);
      const parts = [`${e}^4`, `${e}*^2`];
      if ([...t].length >= 4) parts.push(`${e}~1`);
      return `(${parts.join(' OR ')})`;
    })
    .join(' OR ');
}
