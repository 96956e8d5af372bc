/**
 * The read-only check shared by POST /api/cypher and saved queries, in two parts:
 *
 *  1. lexicalCheck: words that stand where a clause can (not in strings, comments, quoted names, parameters,
 *     property keys, labels, patterns or expressions) must not be a write clause, LOAD CSV, CALL … IN
 *     TRANSACTIONS, an administration command or a query option, a CALL must name an allow-listed procedure,
 *     no function or procedure of a blocked namespace is called, and there must be one statement;
 *  2. planCheck: Neo4j's own EXPLAIN must report queryType 'r', and its plan must hold no LOAD CSV, no
 *     write or administration operator, and no procedure outside the allow-list.
 *
 * Both must pass before a query runs, and it then runs in a READ transaction, which Neo4j itself keeps
 * from writing.
 */
import type { Plan } from 'neo4j-driver';
import { ApiError } from '../http/api-error.ts';
import { checkBounds, checkLength, type CypherBounds } from './bounds.ts';
import { tokenize, type Token } from './lexer.ts';
import { analyse } from './structure.ts';

/** Procedures a read-only query may CALL (exact names, or a namespace ending in '.*'). */
export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.*',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.vector.queryNodes',
];

/** Clauses that write (or can: FOREACH only holds updating clauses). */
const WRITE_WORDS = new Set(['CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'FOREACH', 'INSERT', 'DROP', 'LOAD']);
/** Words that start administration commands, plus USE (switching database, e.g. to `system`). */
const ADMIN_WORDS = new Set(['SHOW', 'ALTER', 'GRANT', 'DENY', 'REVOKE', 'START', 'STOP', 'TERMINATE', 'ENABLE', 'RENAME', 'DEALLOCATE', 'REALLOCATE', 'DRYRUN', 'USE']);
/** What CREATE / DROP make an administration or schema command of (CREATE USER, DROP INDEX…). */
const ADMIN_OBJECTS = new Set(['USER', 'ROLE', 'DATABASE', 'ALIAS', 'COMPOSITE', 'SERVER', 'INDEX', 'CONSTRAINT', 'TEXT', 'RANGE', 'POINT', 'FULLTEXT', 'LOOKUP', 'VECTOR', 'BTREE', 'OR']);
/** Query options: the endpoint adds its own EXPLAIN, and PROFILE or runtime options are not offered. */
const OPTION_WORDS = new Set(['EXPLAIN', 'PROFILE', 'CYPHER']);
/** Namespaces of procedures and functions that are never allowed (admin, plugins). */
const BLOCKED_NAMESPACES = new Set(['dbms', 'apoc', 'gds', 'genai']);

export type Refusal =
  | 'multiple_statements'
  | 'write_clause'
  | 'load_csv'
  | 'in_transactions'
  | 'admin_command'
  | 'query_option'
  | 'procedure_not_allowed'
  | 'not_read_only'
  | 'empty_query';

export class ReadOnlyViolation extends ApiError {
  constructor(
    readonly reason: Refusal,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(400, 'read_only_violation', message, { reason, ...extra });
  }
}

export function isAllowedProcedure(name: string): boolean {
  const lower = name.toLowerCase();
  return ALLOWED_PROCEDURES.some((p) => {
    const q = p.toLowerCase();
    return q.endsWith('.*') ? lower.startsWith(q.slice(0, -1)) && lower.length > q.length - 1 : lower === q;
  });
}

const isName = (t: Token | undefined): t is Token => t !== undefined && (t.kind === 'word' || t.kind === 'quoted');
const isPunct = (t: Token | undefined, p: string): boolean => t?.kind === 'punct' && t.text === p;
const isWord = (t: Token | undefined, w: string): boolean => t?.kind === 'word' && t.text.toUpperCase() === w;

/** Reads a dotted name (a.b.`c`) starting at tokens[i]; returns it and the index after it. */
function dottedName(tokens: Token[], i: number): { name: string; end: number } {
  const parts: string[] = [];
  let j = i;
  while (isName(tokens[j])) {
    parts.push(tokens[j]!.text);
    if (isPunct(tokens[j + 1], '.') && isName(tokens[j + 2])) j += 2;
    else {
      j += 1;
      break;
    }
  }
  return { name: parts.join('.'), end: j };
}

/**
 * The query without a trailing `;`, or a refusal. Runs in microseconds: no database involved. Words count
 * as clauses only where a clause can stand (see structure.ts), so a variable called `stop`, `set` or
 * `transactions` is a variable. `bounds`, when given, are checked on the same tokens.
 */
export function lexicalCheck(query: string, bounds?: CypherBounds): string {
  if (bounds) checkLength(query, bounds);
  const tokens = tokenize(query);
  if (!tokens.length) throw new ReadOnlyViolation('empty_query', 'The query is empty.');

  const semis = tokens.filter((t) => isPunct(t, ';'));
  const last = tokens[tokens.length - 1]!;
  if (semis.length > 1 || (semis.length === 1 && semis[0] !== last)) {
    throw new ReadOnlyViolation('multiple_statements', 'Only one statement is allowed (found a `;` followed by more).', {
      offset: semis[0]!.offset,
    });
  }
  const text = semis.length ? query.slice(0, last.offset) : query;
  const code = semis.length ? tokens.slice(0, -1) : tokens;
  if (!code.length) throw new ReadOnlyViolation('empty_query', 'The query is empty.');
  const info = analyse(code);
  if (bounds) checkBounds(code, info, bounds);

  for (let i = 0; i < code.length; i++) {
    const t = code[i]!;
    const next = code[i + 1];
    const at = { keyword: t.text, offset: t.offset };
    // A name called as a function or procedure in a blocked namespace (apoc.x(), `dbms`.y()), anywhere.
    if ((t.kind === 'word' || t.kind === 'quoted') && BLOCKED_NAMESPACES.has(t.text.toLowerCase()) && isPunct(next, '.') && !isPunct(code[i - 1], '.')) {
      const { name, end } = dottedName(code, i);
      if (isPunct(code[end], '(') || isWord(code[i - 1], 'CALL')) {
        throw new ReadOnlyViolation('procedure_not_allowed', `${name} is not allowed here.`, { keyword: t.text, offset: t.offset, procedure: name });
      }
    }
    if (t.kind !== 'word' || !info[i]!.keywordPosition) continue;
    const upper = t.text.toUpperCase();

    if (i === 0 && OPTION_WORDS.has(upper)) {
      throw new ReadOnlyViolation('query_option', `${upper} and query options are not accepted here; send the query alone.`, at);
    }
    if (upper === 'LOAD' && isWord(next, 'CSV')) throw new ReadOnlyViolation('load_csv', 'LOAD CSV is not allowed.', at);
    if ((upper === 'CREATE' || upper === 'DROP') && next?.kind === 'word' && ADMIN_OBJECTS.has(next.text.toUpperCase())) {
      throw new ReadOnlyViolation('admin_command', `${upper} ${next.text.toUpperCase()}: administration and schema commands are not allowed.`, at);
    }
    if (WRITE_WORDS.has(upper)) {
      throw new ReadOnlyViolation('write_clause', `${upper} writes to the graph; only read-only queries are allowed.`, at);
    }
    if ((upper === 'IN' && i > 0 && info[i - 1]!.endsSubquery) || (upper === 'USING' && isWord(next, 'PERIODIC'))) {
      throw new ReadOnlyViolation('in_transactions', 'CALL … IN TRANSACTIONS and transaction commands are not allowed.', at);
    }
    if (ADMIN_WORDS.has(upper)) {
      throw new ReadOnlyViolation('admin_command', `${upper}: administration commands and database switches are not allowed.`, at);
    }
    if (upper === 'CALL') {
      // CALL { … } and CALL (vars) { … } are subqueries; anything else names a procedure.
      if (isPunct(next, '{') || isPunct(next, '(')) continue;
      const { name } = dottedName(code, i + 1);
      if (!isAllowedProcedure(name)) {
        throw new ReadOnlyViolation('procedure_not_allowed', `Procedure ${name || '(unnamed)'} is not allowed here.`, {
          ...at,
          procedure: name,
          allowed: ALLOWED_PROCEDURES,
        });
      }
    }
  }
  return text;
}

/** Plan operators that must never appear in a read-only query, whatever queryType says. */
const FORBIDDEN_OPERATOR = /^(LoadCSV|Create|Merge|Set|Remove|Delete|DetachDelete|Foreach|TransactionForeach|TransactionApply|Show|Terminate|Drop|Alter|Grant|Deny|Revoke|Start|Stop|Enable|Rename|SystemProcedureCall|AdministrationCommand)/;

/** Names of the procedures a plan calls, read from ProcedureCall operators ("db.labels() :: (label :: STRING)"). */
function planProcedures(plan: Plan, out: string[] = [], ops: string[] = []): { procedures: string[]; operators: string[] } {
  const op = plan.operatorType.replace(/@.*$/, '');
  ops.push(op);
  if (/ProcedureCall/.test(op)) {
    const details = String(plan.arguments['Details'] ?? plan.arguments['details'] ?? plan.arguments['signature'] ?? '');
    const m = /^\s*([\p{L}\p{N}_.`]+)\s*\(/u.exec(details);
    out.push(m?.[1]?.replace(/`/g, '') ?? details);
  }
  for (const child of plan.children) planProcedures(child, out, ops);
  return { procedures: out, operators: ops };
}

/** Refuses a query whose EXPLAIN is not read-only. `plan` and `queryType` come from the EXPLAIN summary. */
export function planCheck(queryType: string | undefined, plan: Plan | false): void {
  if (queryType !== 'r') {
    throw new ReadOnlyViolation('not_read_only', `Neo4j reports this query as ${describeQueryType(queryType)}; only read-only queries are allowed.`, {
      queryType: queryType ?? null,
    });
  }
  if (!plan) return;
  const { procedures, operators } = planProcedures(plan);
  const bad = operators.find((o) => FORBIDDEN_OPERATOR.test(o));
  if (bad) {
    throw new ReadOnlyViolation(bad === 'LoadCSV' ? 'load_csv' : 'not_read_only', `The query plan holds ${bad}, which is not allowed.`, { operator: bad });
  }
  const proc = procedures.find((p) => !isAllowedProcedure(p));
  if (proc !== undefined) {
    throw new ReadOnlyViolation('procedure_not_allowed', `Procedure ${proc} is not allowed here.`, { procedure: proc, allowed: ALLOWED_PROCEDURES });
  }
}

function describeQueryType(t: string | undefined): string {
  switch (t) {
    case 'rw':
      return 'read-write';
    case 'w':
      return 'write-only';
    case 's':
      return 'a schema change';
    default:
      return `of type ${t ?? 'unknown'}`;
  }
}
