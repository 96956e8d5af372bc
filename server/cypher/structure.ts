/**
 * The shape of a Cypher text, read from its tokens in one pass without a parser: which brackets open a
 * statement scope (a subquery) and which an expression, where a word stands in the position of a clause
 * keyword (and where it is only a variable that happens to be called `stop` or `set`), and how deep and
 * long the expressions get. The read-only check (readonly.ts) and the size bounds (bounds.ts) both read it.
 */
import type { Token } from './lexer.ts';

export interface TokenInfo {
  /** The scope the token stands in: a statement (top level, CALL { … }, EXISTS/COUNT/COLLECT { … }) or an expression. */
  scope: 'statement' | 'expression';
  /** A word that can only be a clause keyword here: first in its statement, or after a finished expression. */
  keywordPosition: boolean;
  /** Nesting at the token: open brackets, CASE … END, and a run of prefix NOT or signs before it. */
  depth: number;
  /** Binary operators since the chain at this nesting level began (a comma or a clause word starts a new one). */
  chain: number;
  /** A `}` that ends a subquery (CALL { … } IN TRANSACTIONS follows one). */
  endsSubquery: boolean;
}

/** Words after which a word is a value (a variable or alias), never a clause. */
const EXPRESSION_BEFORE = new Set([
  'RETURN', 'WITH', 'WHERE', 'AND', 'OR', 'XOR', 'NOT', 'IN', 'UNWIND', 'DISTINCT', 'SKIP', 'LIMIT', 'OFFSET',
  'THEN', 'ELSE', 'WHEN', 'CASE', 'IS', 'CONTAINS', 'AS', 'BY', 'STARTS', 'ENDS', 'YIELD', 'ON', 'SET',
]);
/** Punctuation after which a word is a value. */
const PUNCT_BEFORE_VALUE = new Set([',', '=', '+', '-', '*', '/', '%', '^', '<', '>', '~', '|', '!', '.', ':', '(', '[', '{']);
/** Words that open a subquery when a brace follows them. */
const SUBQUERY_WORDS = new Set(['CALL', 'EXISTS', 'COUNT', 'COLLECT']);
/** Words that start a clause or a part of one: a new expression chain begins after them. */
const CHAIN_BREAKERS = new Set([
  'MATCH', 'OPTIONAL', 'WHERE', 'WITH', 'RETURN', 'ORDER', 'BY', 'SKIP', 'LIMIT', 'UNWIND', 'CALL', 'YIELD', 'UNION',
  'WHEN', 'THEN', 'ELSE', 'AS', 'DISTINCT', 'OFFSET',
]);
/** Binary operators written as words. */
const WORD_OPERATORS = new Set(['AND', 'OR', 'XOR', 'IN', 'CONTAINS', 'STARTS', 'ENDS', 'IS']);
const PUNCT_OPERATORS = new Set(['+', '-', '*', '/', '%', '^', '=', '<', '>', '~']);

const isWord = (t: Token | undefined, w: string): boolean => t?.kind === 'word' && t.text.toUpperCase() === w;
const isPunct = (t: Token | undefined, p: string): boolean => t?.kind === 'punct' && t.text === p;

/** `-`, `<` and `>` that draw a relationship in a pattern, not arithmetic or a comparison. */
function isPatternArrow(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.text === '-') return isPunct(next, '-') || isPunct(next, '[') || isPunct(next, '>') || isPunct(prev, '-') || isPunct(prev, ']') || isPunct(prev, '<');
  if (t.text === '<') return isPunct(next, '-');
  if (t.text === '>') return isPunct(prev, '-');
  return false;
}

interface Frame {
  scope: 'statement' | 'expression';
  /** What closes it: ), ], } or END. */
  close: string;
  /** The token before the frame's content, seen from inside it (undefined at a statement's start). */
  prev: Token | undefined;
  chain: number;
  /** A ( … ) frame opened right after CALL: the brace after it opens a subquery. */
  afterCall: boolean;
}

export function analyse(tokens: readonly Token[]): TokenInfo[] {
  const out: TokenInfo[] = [];
  const stack: Frame[] = [{ scope: 'statement', close: '', prev: undefined, chain: 0, afterCall: false }];
  let prefixRun = 0;
  let closedCallParen = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const frame = stack.at(-1)!;
    const prev = frame.prev;
    const upper = t.kind === 'word' ? t.text.toUpperCase() : '';

    // A word after a finished expression (or first in a statement) can only be a clause keyword.
    let keywordPosition = false;
    if (t.kind === 'word' && frame.scope === 'statement') {
      const prevUpper = prev?.kind === 'word' ? prev.text.toUpperCase() : '';
      // `RETURN *` / `YIELD *` end with a wildcard, not a multiplication.
      const wildcard = isPunct(prev, '*') && (i < 2 || ['RETURN', 'WITH', 'YIELD'].includes(tokens[i - 2]?.text.toUpperCase() ?? '') || isPunct(tokens[i - 2], ','));
      keywordPosition =
        prev === undefined ||
        wildcard ||
        (prev.kind === 'punct' ? !PUNCT_BEFORE_VALUE.has(prev.text) : prev.kind === 'word' ? !EXPRESSION_BEFORE.has(prevUpper) : true);
      if (isPunct(tokens[i + 1], '.') || isPunct(tokens[i + 1], ':')) keywordPosition = false;
    }

    // Prefix operators (NOT, a sign) nest what follows them.
    const prefix = upper === 'NOT' || ((t.text === '-' || t.text === '+') && t.kind === 'punct' && (prev === undefined || (prev.kind === 'punct' && PUNCT_BEFORE_VALUE.has(prev.text)) || (prev.kind === 'word' && EXPRESSION_BEFORE.has(prev.text.toUpperCase()))));
    prefixRun = prefix ? prefixRun + 1 : 0;

    const binary =
      !prefix &&
      ((t.kind === 'punct' && PUNCT_OPERATORS.has(t.text) && !isPatternArrow(tokens, i)) || (t.kind === 'word' && WORD_OPERATORS.has(upper) && !keywordPosition));
    if (binary) frame.chain++;
    if (isPunct(t, ',') || (t.kind === 'word' && CHAIN_BREAKERS.has(upper))) frame.chain = 0;

    const closes = stack.length > 1 && (t.kind === 'punct' ? t.text === frame.close : upper === 'END' && frame.close === 'END');
    out.push({ scope: frame.scope, keywordPosition, depth: stack.length - 1 + prefixRun, chain: frame.chain, endsSubquery: closes && frame.scope === 'statement' });

    // Frames open and close after the token is recorded: a bracket belongs to the outer level.
    const opener = t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{');
    if (opener || upper === 'CASE') {
      const subquery = t.text === '{' && ((prev?.kind === 'word' && SUBQUERY_WORDS.has(prev.text.toUpperCase())) || (isPunct(prev, ')') && closedCallParen));
      stack.push({
        scope: subquery ? 'statement' : 'expression',
        close: upper === 'CASE' ? 'END' : t.text === '(' ? ')' : t.text === '[' ? ']' : '}',
        prev: subquery ? undefined : t,
        chain: 0,
        afterCall: t.text === '(' && isWord(prev, 'CALL'),
      });
      closedCallParen = false;
      continue;
    }
    if (closes) {
      stack.pop();
      closedCallParen = frame.afterCall;
      stack.at(-1)!.prev = t;
      continue;
    }
    closedCallParen = false;
    frame.prev = t;
  }
  return out;
}
