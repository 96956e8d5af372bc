/**
 * The one mapping from a Neo4j (driver) error to the API's error: status, code and a message a user can act
 * on. Every route, the Cypher worker and the CLIs go through it, so the same failure always reads the same.
 */
import neo4j, { Neo4jError } from 'neo4j-driver';
import { ApiError } from '../http/api-error.ts';

/** Neo4j error codes that mean "the database is not reachable right now". */
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

const STATEMENT_ERRORS = ['ParameterMissing', 'TypeError', 'ArgumentError', 'SemanticError', 'ArithmeticError', 'EntityNotFound', 'PropertyNotFound'];

/** The error Neo4j gives when one query (or all of them together) would need more memory than allowed. */
export function isMemoryLimit(err: unknown): boolean {
  return err instanceof Neo4jError && /MemoryPoolOutOfMemoryError|TransactionMemoryLimit|MemoryLimitExceeded|OutOfMemory/i.test(err.code ?? '');
}

/**
 * Worth trying again: the driver's own verdict, except for the memory guard, which the driver calls
 * transient but which the same query meets again.
 */
export function isRetryable(err: unknown): boolean {
  return neo4j.isRetryableError(err as Error) && !isMemoryLimit(err);
}

export const queryTimeout = () => new ApiError(504, 'query_timeout', 'The query took longer than the allowed time and was stopped.');

export const unavailable = () =>
  new ApiError(503, 'neo4j_unavailable', 'The graph database is not reachable right now; try again shortly.', undefined, { 'Retry-After': '5' });

export interface Position {
  line: number;
  column: number;
  offset: number;
}

/**
 * Neo4j's syntax error message, its position moved back by `shift` characters of line 1 (the runner sends
 * `EXPLAIN ` before the user's text, which the user never wrote).
 */
function syntaxError(err: Neo4jError, shift: number, prefix: string): ApiError {
  let position: Position | undefined;
  const lines = err.message.split('\n').map((line, i) => {
    if (i === 0) {
      return line.replace(/line (\d+), column (\d+) \(offset: (\d+)\)/, (_m, l: string, c: string, o: string) => {
        const lineNo = Number(l);
        position = { line: lineNo, column: lineNo === 1 ? Math.max(1, Number(c) - shift) : Number(c), offset: Math.max(0, Number(o) - shift) };
        return `line ${position.line}, column ${position.column} (offset: ${position.offset})`;
      });
    }
    if (shift && prefix && line.startsWith(`"${prefix}`)) return `"${line.slice(1 + shift)}`;
    if (shift && /^ *\^$/.test(line) && position?.line === 1) return line.slice(shift);
    return line;
  });
  return new ApiError(400, 'cypher_syntax_error', lines[0] ?? 'Syntax error', { neo4jMessage: lines.join('\n'), ...(position ? { position } : {}) });
}

/**
 * The API error for a Neo4j error, or undefined when `err` is not one. `prefix` is text the caller put in
 * front of the user's query (for positions in syntax errors).
 */
export function fromNeo4jError(err: unknown, opts: { prefix?: string } = {}): ApiError | undefined {
  if (!(err instanceof Neo4jError)) return undefined;
  const code = err.code ?? '';
  const firstLine = err.message.split('\n')[0] ?? '';
  if (UNAVAILABLE.has(code) || /ServiceUnavailable|connect|acquisition/i.test(`${code} ${firstLine}`)) return unavailable();
  if (/TransactionTimedOut|Transaction.*Terminated|TransactionTimedOutClientConfiguration/i.test(code)) return queryTimeout();
  if (isMemoryLimit(err)) {
    return new ApiError(400, 'query_memory_limit', 'The query needs more memory than the database allows for one query; narrow it (a LIMIT, fewer or smaller collect()).', {
      neo4jCode: code,
    });
  }
  if (code.startsWith('Neo.ClientError.Statement.SyntaxError')) return syntaxError(err, opts.prefix?.length ?? 0, opts.prefix ?? '');
  if (code.startsWith('Neo.ClientError.Security') || code.includes('ForbiddenOnReadOnlyDatabase') || code.includes('AccessMode')) {
    return new ApiError(400, 'write_refused', 'Only read-only queries are allowed here.', { neo4jCode: code });
  }
  if (STATEMENT_ERRORS.some((e) => code.startsWith(`Neo.ClientError.Statement.${e}`)) || code.startsWith('Neo.ClientError')) {
    return new ApiError(400, 'cypher_error', firstLine || 'Query error', { neo4jCode: code });
  }
  return undefined;
}
