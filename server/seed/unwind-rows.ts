/**
 * Lifts the list literal of a statement that starts `UNWIND [ … ] AS name` into a parameter: `UNWIND $rows AS
 * name …`. The generated seed scripts write their data that way (readable, and runnable as they are in any Cypher
 * shell), but Neo4j plans every distinct query text anew, literals included: 241 statements cost 30 s on a fresh
 * database. With the rows as a parameter (labels and types are values of the rows too), the node statements of
 * every script share one text and so one plan, and the fact statements another.
 *
 * Only plain data is lifted (strings, numbers, booleans, null, lists and maps of them); anything else (a function
 * call, a variable, an expression) leaves the statement as it was.
 */
import neo4j from 'neo4j-driver';

export type Value = string | number | boolean | null | ReturnType<typeof neo4j.int> | Value[] | { [key: string]: Value };

export interface Lifted {
  text: string;
  params: Record<string, unknown>;
}

const ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

class NotData extends Error {}

/** A reader of one Cypher literal (the subset the seed generator writes), from position `at`. */
class LiteralReader {
  constructor(
    private readonly s: string,
    public at: number,
  ) {}

  private space(): void {
    while (/\s/.test(this.s[this.at] ?? '')) this.at++;
  }

  private expect(ch: string): void {
    this.space();
    if (this.s[this.at] !== ch) throw new NotData();
    this.at++;
  }

  value(): Value {
    this.space();
    const ch = this.s[this.at];
    if (ch === '[') return this.list();
    if (ch === '{') return this.map();
    if (ch === "'" || ch === '"') return this.string();
    const word = /^(?:-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)(?![\w.])/i.exec(this.s.slice(this.at, this.at + 40));
    if (!word) throw new NotData();
    this.at += word[0].length;
    const w = word[0].toLowerCase();
    if (w === 'true' || w === 'false') return w === 'true';
    if (w === 'null') return null;
    // An integer literal stays an INTEGER in Neo4j, as it would written in the text.
    return /^-?\d+$/.test(w) ? neo4j.int(w) : Number(w);
  }

  private list(): Value[] {
    this.expect('[');
    const out: Value[] = [];
    this.space();
    if (this.s[this.at] === ']') {
      this.at++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.space();
      const ch = this.s[this.at++];
      if (ch === ']') return out;
      if (ch !== ',') throw new NotData();
    }
  }

  private map(): { [key: string]: Value } {
    this.expect('{');
    const out: { [key: string]: Value } = {};
    this.space();
    if (this.s[this.at] === '}') {
      this.at++;
      return out;
    }
    for (;;) {
      const key = this.key();
      this.expect(':');
      out[key] = this.value();
      this.space();
      const ch = this.s[this.at++];
      if (ch === '}') return out;
      if (ch !== ',') throw new NotData();
    }
  }

  private key(): string {
    this.space();
    if (this.s[this.at] === '`') {
      const end = this.s.indexOf('`', this.at + 1);
      if (end < 0) throw new NotData();
      // `` inside a quoted name is one backtick.
      let name = this.s.slice(this.at + 1, end);
      this.at = end + 1;
      while (this.s[this.at] === '`') {
        const next = this.s.indexOf('`', this.at + 1);
        if (next < 0) throw new NotData();
        name += `\`${this.s.slice(this.at + 1, next)}`;
        this.at = next + 1;
      }
      return name;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.s.slice(this.at, this.at + 200));
    if (!m) throw new NotData();
    this.at += m[0].length;
    return m[0];
  }

  private string(): string {
    const quote = this.s[this.at++];
    let out = '';
    for (;;) {
      const ch = this.s[this.at++];
      if (ch === undefined) throw new NotData();
      if (ch === quote) return out;
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      const esc = this.s[this.at++] ?? '';
      if (esc === 'u') {
        const hex = this.s.slice(this.at, this.at + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new NotData();
        out += String.fromCharCode(Number.parseInt(hex, 16));
        this.at += 4;
      } else if (esc in ESCAPES) out += ESCAPES[esc];
      else throw new NotData();
    }
  }
}

/** The statement with its leading UNWIND list as the parameter `rows`, or null when it has none or it is not data. */
export function liftUnwindRows(statement: string): Lifted | null {
  const head = /^\s*UNWIND\s+(?=\[)/i.exec(statement);
  if (!head) return null;
  const reader = new LiteralReader(statement, head[0].length);
  let rows: Value;
  try {
    rows = reader.value();
  } catch (err) {
    if (err instanceof NotData) return null;
    throw err;
  }
  const rest = statement.slice(reader.at);
  if (!/^\s+AS\s/i.test(rest)) return null;
  return { text: `UNWIND $rows${rest}`, params: { rows } };
}
