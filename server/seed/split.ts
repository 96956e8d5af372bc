/**
 * Splits a Cypher script into statements at top-level `;`, respecting string literals ('…', "…"),
 * quoted identifiers (`…`), and comments (// … and /* … *\/). Comments are dropped from the output.
 */
export interface CypherStatement {
  /** 1-based position of the statement in its file. */
  index: number;
  /** 1-based line where the statement starts. */
  line: number;
  text: string;
}

export function splitCypher(script: string): CypherStatement[] {
  const out: CypherStatement[] = [];
  let current = '';
  let startLine = 1;
  let line = 1;
  let i = 0;
  const push = () => {
    const text = current.trim();
    if (text) out.push({ index: out.length + 1, line: startLine, text });
    current = '';
  };
  while (i < script.length) {
    const ch = script[i]!;
    const next = script[i + 1];
    if (!current.trim()) startLine = line;
    if (ch === '/' && next === '/') {
      while (i < script.length && script[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      const stop = end === -1 ? script.length : end + 2;
      line += countNewlines(script.slice(i, stop));
      current += ' ';
      i = stop;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < script.length) {
        if (script[j] === '\\' && ch !== '`') {
          j += 2;
          continue;
        }
        if (script[j] === ch) {
          // `` inside a quoted identifier is an escaped backtick
          if (ch === '`' && script[j + 1] === '`') {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      const literal = script.slice(i, j + 1);
      line += countNewlines(literal);
      current += literal;
      i = j + 1;
      continue;
    }
    if (ch === ';') {
      push();
      i++;
      continue;
    }
    if (ch === '\n') line++;
    current += ch;
    i++;
  }
  push();
  return out;
}

function countNewlines(s: string): number {
  let n = 0;
  for (const c of s) if (c === '\n') n++;
  return n;
}
