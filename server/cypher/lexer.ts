/**
 * A small Cypher lexer for the read-only check: it only has to tell words that are code from the same
 * letters inside string literals, comments, quoted identifiers and parameters. It never throws: an
 * unterminated string or comment runs to the end (Neo4j then refuses the query as a syntax error).
 */

export type TokenKind = 'word' | 'quoted' | 'param' | 'string' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** For words, quoted identifiers and params: the name (quoted without backticks); else the source text. */
  text: string;
  /** Offset of the token in the query. */
  offset: number;
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]/u;
const DIGIT = /[0-9]/;

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i]!;
    const next = src[i + 1];
    // White space, including Unicode spaces and the zero-width and direction marks a paste can carry.
    if (/\s/u.test(c) || /[\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/u.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < n && src[i] !== '\n' && src[i] !== '\r') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    if (c === "'" || c === '"') {
      const start = i;
      i++;
      while (i < n && src[i] !== c) i += src[i] === '\\' ? 2 : 1;
      i = Math.min(i + 1, n);
      out.push({ kind: 'string', text: src.slice(start, i), offset: start });
      continue;
    }
    if (c === '`') {
      const start = i;
      let name = '';
      i++;
      while (i < n) {
        if (src[i] === '`') {
          if (src[i + 1] === '`') {
            name += '`';
            i += 2;
            continue;
          }
          break;
        }
        name += src[i];
        i++;
      }
      i = Math.min(i + 1, n);
      out.push({ kind: 'quoted', text: name, offset: start });
      continue;
    }
    if (c === '$') {
      const start = i;
      i++;
      if (src[i] === '`') {
        const end = src.indexOf('`', i + 1);
        i = end === -1 ? n : end + 1;
      } else {
        while (i < n && WORD_PART.test(src[i]!)) i++;
      }
      out.push({ kind: 'param', text: src.slice(start + 1, i), offset: start });
      continue;
    }
    if (WORD_START.test(c)) {
      const start = i;
      while (i < n && WORD_PART.test(src[i]!)) i++;
      out.push({ kind: 'word', text: src.slice(start, i), offset: start });
      continue;
    }
    if (DIGIT.test(c)) {
      const start = i;
      while (i < n && /[0-9a-zA-Z_.]/.test(src[i]!)) {
        // `1..3` is a range, not a number with two dots.
        if (src[i] === '.' && src[i + 1] === '.') break;
        i++;
      }
      out.push({ kind: 'number', text: src.slice(start, i), offset: start });
      continue;
    }
    out.push({ kind: 'punct', text: c, offset: i });
    i++;
  }
  return out;
}
