/**
 * Generators of hostile input for hostile.test.ts: text with Unicode tricks and markup, numbers and dates
 * that are almost right, lists of names, and write Cypher in every disguise. Each generator says, next to
 * the value, whether the API's documented contract accepts it, so the test can tell a correct 2xx from a
 * correct 4xx.
 */
import fc from 'fast-check';

/** Accepted by the contract, refused by it, or a lenient form where either answer is right. */
export type Validity = 'ok' | 'bad' | 'either';

export interface Tagged<T> {
  raw: T;
  validity: Validity;
}

/**
 * Mostly well-formed requests, many with exactly one hostile field (so a refusal has one cause to be right
 * about), some hostile throughout: without this, a request of seven fields is nearly always refused.
 */
export function blend<T extends object>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>): fc.Arbitrary<T> {
  const oneHostile = fc.tuple(valid, hostile, fc.nat()).map(([v, h, i]) => {
    const keys = Object.keys(h) as (keyof T)[];
    const k = keys[i % keys.length]!;
    return { ...v, [k]: h[k] };
  });
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 3, arbitrary: oneHostile }, { weight: 2, arbitrary: hostile });
}

/** Worst of several validities: one bad value makes the request bad. */
export function worst(...vs: Validity[]): Validity {
  return vs.includes('bad') ? 'bad' : vs.includes('either') ? 'either' : 'ok';
}

// ---------------------------------------------------------------------------------------------- text

/** Direction overrides, zero-width and invisible characters, combining marks, lone surrogates, look-alikes. */
export const UNICODE_TRICKS = [
  '\u202e', '\u202d', '\u2066', '\u2069', '\u200f', // RTL/LTR overrides and isolates, RTL mark
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', // zero-width space/joiners, word joiner, BOM
  '\u0301', 'e\u0301', '\u0651', '\u064b\u0650', 'a' + '\u0300'.repeat(30), // combining marks (and a pile of them)
  '\u0640', '\ufdfd', 'ﷺ', 'لا', // tatweel, Arabic ligatures
  '\ud800', '\udfff', '\udbff', 'x\udc00y', // lone surrogates
  '😀', '👩‍👩‍👧', '🏳️‍🌈', // astral and ZWJ sequences
  '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', // NUL, bell, ANSI escape, DEL, NEL
  '\u00a0', '\u2003', '\u3000', '\u2028', '\u2029', '\r\n', '\t', // odd whitespace and line breaks
  'İ', 'ı', 'ß', 'ﬁ', 'Ａ', 'Ꮪ', 'Κ', 'К', // case-folding traps and homoglyphs
  '%', '%00', '%zz', '+', '&', '=', '#', '?', '/', '\\', '..', '../', // URL traps
  '"', "'", '`', '$', '{', '}', '[', ']', '(', ')', ';', ':', '*', '~', '^', '!', '|', // query-language traps
] as const;

export const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe srcdoc='<script>parent.x=1</script>'>",
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">x</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '<!--',
  ']]>',
  '&lt;b&gt;&amp;',
  '<style>*{display:none}</style>',
] as const;

/** Words that mean something to the search index (Lucene syntax) or are real names. */
export const WORDS = [
  'kuwait', 'Kuwait', 'Erdoğan', 'erdogan', 'سونمز', 'الكويت', 'كويت', 'أردوغان', 'FIEP', 'gendarmerie', 'Sönmez',
  'TB2', 'Bayraktar', 'name:x', 'AND', 'OR', 'NOT', 'a*', '*', '?', 'kuwait~2', '"', '"unclosed', 'a^2', '/.*/',
  '[a TO z]', '{a TO z}', '\\', '&&', '||', '!', '+kuwait', '-kuwait', '(', 'id:*',
] as const;

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...UNICODE_TRICKS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '-') },
);

/** Short hostile text (it may hold lone surrogates). */
export const hostileText = (maxPieces = 5): fc.Arbitrary<string> => fc.array(piece, { maxLength: maxPieces }).map((p) => p.join(''));

/** True when the string holds a UTF-16 surrogate without its pair. */
export function hasLoneSurrogate(s: string): boolean {
  return /[\uD800-\uDFFF]/u.test(s);
}

/** Hostile text without lone surrogates (what a well-behaved client can send as a JSON string). */
export const wellFormedText = (maxPieces = 5): fc.Arbitrary<string> => hostileText(maxPieces).filter((s) => !hasLoneSurrogate(s));

/** Length in code points, as the API's length limits count it (an emoji is one, not two). */
export const chars = (s: string): number => [...s].length;

/** A long run of one unit, `length` code points long: just over or well over a field's maximum. */
export const longText = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer({ min: minLength, max: maxLength }), fc.constantFrom('x', 'ك', '\u200b', '<b>', 'e\u0301', '😀'))
    .map(([n, unit]) => [...unit.repeat(n)].slice(0, n).join(''));

// ------------------------------------------------------------------------------------ query strings

/**
 * Percent-encodes like encodeURIComponent, but a lone surrogate is sent as the three bytes a sloppy
 * client would produce (WTF-8) instead of throwing.
 */
export function wire(s: string): string {
  let out = '';
  let run = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isHigh = c >= 0xd800 && c <= 0xdbff;
    const next = s.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      run += s[i]! + s[i + 1]!;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += encodeURIComponent(run);
      run = '';
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => '%' + b.toString(16).toUpperCase()).join('');
    } else run += s[i]!;
  }
  return out + encodeURIComponent(run);
}

/** A query string from key → value (undefined: left out; an array: the key repeated). */
export function queryString(params: Record<string, string | string[] | undefined>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) parts.push(`${wire(k)}=${wire(one)}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

// --------------------------------------------------------------------------------- numbers and dates

/** An integer query parameter documented as min–max (absent: the default). */
export function intParam(min: number, max: number): fc.Arbitrary<Tagged<string | string[] | undefined>> {
  const tag = (validity: Validity) => (raw: string | string[] | undefined) => ({ raw, validity });
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined).map(tag('ok')) },
    { weight: 4, arbitrary: fc.integer({ min, max }).map((n) => String(n)).map(tag('ok')) },
    {
      weight: 4,
      arbitrary: fc
        .oneof(
          fc.integer({ min: -(2 ** 31), max: min - 1 }),
          fc.integer({ min: max + 1, max: 2 ** 31 }),
          fc.constantFrom(0, -1, 1e9, -1e9, 2 ** 53 + 2, -(2 ** 63), 1e21, Number.MAX_SAFE_INTEGER),
        )
        .map((n) => String(n))
        .map(tag('bad')),
    },
    {
      weight: 3,
      arbitrary: fc
        .constantFrom('', ' ', 'abc', 'NaN', 'Infinity', '-Infinity', '1e400', '1.5', '-2.5', '١', '٢', '２', '1_000', '2abc', 'null',
          'true', '[]', '{}', '<script>', '\u202e2', '2\u200b', '%', 'depth', '1,2')
        .map(tag('bad')),
    },
    { weight: 1, arbitrary: fc.double({ min: min + 0.001, max: max - 0.001, noNaN: true }).filter((d) => !Number.isInteger(d)).map((d) => String(d)).map(tag('bad')) },
    // Forms a lenient number parser may take (hex, padding, exponent, a trailing .0): either answer is right.
    { weight: 1, arbitrary: fc.constantFrom('0x2', ' 2', '2 ', '+2', '2.0', '2e0', '02', '0b10').map(tag('either')) },
    // The key repeated: a list where one number is expected.
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min, max }), fc.integer({ min, max })).map(([a, b]) => [String(a), String(b)]).map(tag('bad')) },
  );
}

/** An integer query parameter within its range, or absent. */
export function validInt(min: number, max: number): fc.Arbitrary<Tagged<string | string[] | undefined>> {
  return fc.oneof(fc.constant(undefined), fc.integer({ min, max }).map(String)).map((raw) => ({ raw, validity: 'ok' as Validity }));
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A real date at year, month or day precision, as the graph stores dates. */
export const isoDate: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom(1, 2, 3))
  .map(([y, m, d, precision]) => {
    if (precision === 1) return pad(y, 4);
    if (precision === 2) return `${pad(y, 4)}-${pad(m, 2)}`;
    return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(d, daysIn(y, m)), 2)}`;
  });

/** A real date parameter, or absent. */
export const validDate: fc.Arbitrary<Tagged<string | string[] | undefined>> = fc
  .oneof(fc.constant(undefined), isoDate)
  .map((raw) => ({ raw, validity: 'ok' as Validity }));

/** A date parameter: absent, real, or almost a date. */
export const dateParam: fc.Arbitrary<Tagged<string | string[] | undefined>> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ raw: undefined, validity: 'ok' as Validity }) },
  { weight: 4, arbitrary: isoDate.map((raw) => ({ raw, validity: 'ok' as Validity })) },
  { weight: 1, arbitrary: fc.constantFrom('2024-02-29', '2000-02-29', '0000', '9999-12-31').map((raw) => ({ raw, validity: 'ok' as Validity })) },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom('', ' ', '2024-13', '2024-00', '2024-02-30', '2023-02-29', '2025-04-31', '2024-1', '2024-1-1', '24', '20245', '2024-05-10T00:00:00Z',
        '2024/05/10', '٢٠٢٤', '２０２４', '2024-05-10 ', ' 2024', 'yesterday', '1e9', '-2024', '+2024', '1000000000', '2024-05-10\u200b',
        '\u202e2024', '<script>2024</script>', '2024-W01', '2024-123', 'NaN', 'null')
      .map((raw) => ({ raw, validity: 'bad' as Validity })),
  },
  { weight: 1, arbitrary: fc.tuple(isoDate, isoDate).map(([a, b]) => ({ raw: [a, b], validity: 'bad' as Validity })) },
);

/** from ≤ to, dates of different precision compared by their common prefix (docs/api.md, "Dates"). */
export function windowInOrder(from: string | undefined, to: string | undefined): boolean {
  if (!from || !to) return true;
  const n = Math.min(from.length, to.length);
  return from.slice(0, n) <= to.slice(0, n);
}

// ------------------------------------------------------------------------------------ lists of names

/** Names that try to break out of a backtick-quoted label or type, or to widen a label expression. */
export const NAME_INJECTIONS = [
  'Person`) DETACH DELETE n //', 'Person`|`Source', 'Person|Entity', 'Person&!Source', '`Person`', '*', '%', '_SavedQuery', '_Snapshot',
  'person', 'PERSON', 'Person ', 'MENTIONED_IN`]->() DELETE r //', 'PARTY_TO|OVERSAW', 'PARTY_TO*1..9', ':Person', '$label', '\\u0050erson',
] as const;

/**
 * A `types` or `labels` value built from known names, name injections and hostile text; commas, blanks and
 * repeated keys as the docs allow. The test decides validity from the names that arrive.
 */
export function nameList(known: readonly string[]): fc.Arbitrary<string | string[] | undefined> {
  const name = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...known) },
    { weight: 2, arbitrary: fc.constantFrom(...NAME_INJECTIONS) },
    { weight: 1, arbitrary: hostileText(3) },
    { weight: 1, arbitrary: fc.constantFrom(...known).map((k) => `\u00a0${k}\u3000`) },
  );
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 5, arbitrary: fc.array(name, { maxLength: 4 }).chain((xs) => fc.constantFrom(',', ' , ', ',,').map((sep) => xs.join(sep))) },
    { weight: 2, arbitrary: fc.array(name, { minLength: 2, maxLength: 3 }) },
  );
}

/** A list of known names only (internal ones left out), as a comma list or a repeated key. */
export function validNames(known: readonly string[]): fc.Arbitrary<string | string[] | undefined> {
  const usable = known.filter((k) => !k.startsWith('_'));
  return fc.oneof(
    fc.constant(undefined),
    fc.subarray(usable, { maxLength: 4 }).map((xs) => xs.join(',')),
    fc.subarray(usable, { minLength: 2, maxLength: 3 }),
  );
}

/** Items of a list value as the server reads them: split on commas, trimmed, blanks dropped. */
export function listItems(raw: string | string[] | undefined): string[] {
  if (raw === undefined) return [];
  return [...new Set((Array.isArray(raw) ? raw : [raw]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))];
}

// ------------------------------------------------------------------------------------ write Cypher

/** Write Cypher that Neo4j parses (one per disguise family): each must be refused before it runs. */
export const WRITE_QUERIES: readonly string[] = [
  // clauses
  "CREATE (n:Entity {id: 'hostile'}) RETURN n",
  "MERGE (n:Entity {id: 'hostile'}) RETURN n",
  "MATCH (n:Entity {id: 'country-kuwait'}) SET n.name = 'pwned' RETURN n",
  "MATCH (n:Entity {id: 'country-kuwait'}) SET n += {name: 'pwned'}",
  'MATCH (n:Country) SET n:Hacked',
  'MATCH (n:Country) REMOVE n:Country',
  'MATCH (n:Entity) REMOVE n.nameAr RETURN count(n)',
  'MATCH ()-[r:PARTY_TO]->() DELETE r',
  'MATCH (n) DETACH DELETE n',
  'MATCH (n:Entity) FOREACH (x IN [1] | SET n.x = x)',
  'MATCH (n:Entity) WITH n LIMIT 1 CALL (n) { SET n.x = 1 } RETURN count(*) AS c',
  'MATCH (n:Entity) CALL { WITH n SET n.x = 1 } RETURN count(*) AS c',
  "OPTIONAL MATCH (n:Nope) CREATE (m:Entity {id: 'opt'})",
  'WITH 1 AS x CREATE (n:Entity)',
  "MATCH (n:Country) RETURN n.id AS id UNION CREATE (m:Entity {id: 'u'}) RETURN m.id AS id",
  'MATCH (n:Country) RETURN n.id AS id UNION ALL MATCH (m:Entity) SET m.x = 1 RETURN m.id AS id',
  "CALL db.index.fulltext.queryNodes('entityNames', 'kuwait') YIELD node SET node.x = 1",
  'MATCH (n:Entity) WHERE EXISTS { MATCH (n)-->() } SET n.y = 1',
  "MATCH (a:Entity {id: 'country-kuwait'}), (b:Entity {id: 'country-turkey'}) CREATE (a)-[:EVIL]->(b)",
  'INSERT (n:Evil)',
  // CALL { … } IN TRANSACTIONS
  'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS',
  "UNWIND range(1, 10) AS i CALL (i) { CREATE (:Entity {id: 'h' + toString(i)}) } IN TRANSACTIONS",
  'UNWIND [1] AS x CALL (x) { RETURN x AS y } IN TRANSACTIONS RETURN y',
  'UNWIND [1] AS x CALL (x) { CREATE (:Evil) } IN 2 CONCURRENT TRANSACTIONS OF 1 ROW ON ERROR CONTINUE',
  // LOAD CSV
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "LOAD CSV WITH HEADERS FROM 'https://example.com/x.csv' AS row RETURN row",
  "LOAD CSV FROM 'http://127.0.0.1:1/' AS l FIELDTERMINATOR ';' RETURN l",
  "LOAD CSV FROM 'file:///etc/passwd' AS l CREATE (:Evil {l: l})",
  // procedures and functions
  'CALL dbms.components()',
  'CALL dbms.components() YIELD name RETURN name',
  "CALL dbms.security.createUser('eve', 'secret1234', false)",
  "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
  "CALL dbms.killQueries(['query-1'])",
  'CALL dbms.listConfig()',
  'CALL dbms . components()',
  'CALL `dbms`.`components`()',
  "CALL db.createLabel('Evil')",
  "CALL db.createProperty('evil')",
  "CALL db.createRelationshipType('EVIL')",
  "CALL db.index.fulltext.drop('entityNames')",
  'CALL db.clearQueryCaches()',
  "CALL apoc.create.node(['Evil'], {})",
  "CALL apoc.cypher.runWrite('CREATE (n)', {})",
  "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
  "RETURN apoc.cypher.runFirstColumnSingle('CREATE (n) RETURN n', {}) AS x",
  "CALL `apoc.create.node`(['Evil'], {})",
  "CALL gds.graph.drop('g')",
  'RETURN dbms.components() AS x',
  // administration and schema
  "CREATE USER eve SET PASSWORD 'secret1234'",
  "ALTER USER neo4j SET PASSWORD 'x1234567'",
  'DROP USER neo4j',
  'GRANT ROLE admin TO eve',
  'CREATE DATABASE evil',
  'DROP DATABASE neo4j',
  'STOP DATABASE neo4j',
  'CREATE INDEX evil FOR (n:Entity) ON (n.evil)',
  'DROP INDEX entityNames',
  'CREATE CONSTRAINT evil FOR (n:Evil) REQUIRE n.id IS UNIQUE',
  'SHOW USERS',
  'SHOW DATABASES',
  'SHOW PROCEDURES',
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  'USE system SHOW USERS',
  'USE neo4j CREATE (n:Evil)',
  // query options
  'EXPLAIN CREATE (n:Evil)',
  'PROFILE MATCH (n) RETURN n',
  'CYPHER runtime=slotted CREATE (n:Evil)',
  'CYPHER 5 MATCH (n) DETACH DELETE n',
  // several statements
  'RETURN 1; CREATE (n:Evil)',
  'MATCH (n) RETURN n; MATCH (n) DETACH DELETE n',
  'RETURN 1; RETURN 2',
  'RETURN 1 AS x ORDER BY x; DROP DATABASE neo4j',
];

const WHITESPACE = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\f', '\n\n  '];
const COMMENT_TEXT = ['x', 'RETURN 1;', 'harmless', '<script>', 'سلام', '\u202e', 'CREATE', '*', '/'];

/**
 * Disguises that keep the query's meaning (Neo4j would still run it as a write): odd casing of keywords,
 * odd whitespace, comments between tokens, a leading comment, a trailing semicolon.
 */
export interface Disguise {
  query: string;
  /** false for disguises that may turn the query into a syntax error (any 400 is right then). */
  keepsMeaning: boolean;
}

export const writeCypher: fc.Arbitrary<Disguise> = fc
  .tuple(
    fc.constantFrom(...WRITE_QUERIES),
    fc.infiniteStream(fc.nat()),
    fc.record({
      casing: fc.boolean(),
      whitespace: fc.boolean(),
      comments: fc.boolean(),
      leading: fc.constantFrom('', '// hello\n', '/* x */ ', '\n\n', '\ufeff', ' '),
      trailing: fc.constantFrom('', ';', ' ;', '\n', ' // bye', ' /* end */'),
      mangle: fc.constantFrom('none', 'none', 'none', 'unicode-escape', 'backtick-keyword', 'zero-width', 'homoglyph', 'fullwidth', 'unclosed-comment'),
    }),
  )
  .map(([template, rnd, how]) => {
    const next = (n: number) => rnd.next().value % n;
    let tokens = template.split(' ');
    if (how.casing) tokens = tokens.map((t) => (/^[A-Z]{2,}$/.test(t) ? [...t].map((c) => (next(2) ? c.toLowerCase() : c)).join('') : t));
    const seps = tokens.slice(1).map(() => {
      let s = how.whitespace ? WHITESPACE[next(WHITESPACE.length)]! : ' ';
      if (how.comments && next(3) === 0) {
        const c = COMMENT_TEXT[next(COMMENT_TEXT.length)]!;
        s += next(2) ? `/*${c}*/` : `//${c}\n`;
      }
      return s;
    });
    let query = how.leading + tokens.map((t, i) => (i === 0 ? t : seps[i - 1] + t)).join('') + how.trailing;
    const keyword = /\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|CALL|LOAD|DROP|SHOW|USE)\b/i;
    let keepsMeaning = true;
    switch (how.mangle) {
      case 'unicode-escape': // \u0043REATE: a Java-style escape inside a keyword
        query = query.replace(keyword, (w) => `\\u${w.charCodeAt(0).toString(16).padStart(4, '0')}${w.slice(1)}`);
        keepsMeaning = false;
        break;
      case 'backtick-keyword':
        query = query.replace(keyword, (w) => `\`${w}\``);
        keepsMeaning = false;
        break;
      case 'zero-width':
        query = query.replace(keyword, (w) => `${w[0]}\u200b${w.slice(1)}`);
        keepsMeaning = false;
        break;
      case 'homoglyph': // Cyrillic С, Е, А for Latin C, E, A
        query = query.replace(keyword, (w) => w.replace(/C/i, 'С').replace(/E/i, 'Е').replace(/A/i, 'А'));
        keepsMeaning = false;
        break;
      case 'fullwidth':
        query = query.replace(keyword, (w) => [...w].map((c) => String.fromCharCode(c.toUpperCase().charCodeAt(0) + 0xfee0)).join(''));
        keepsMeaning = false;
        break;
      case 'unclosed-comment':
        query = `${query} /* never closed`;
        keepsMeaning = false;
        break;
    }
    return { query, keepsMeaning };
  });
