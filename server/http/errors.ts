/**
 * One error shape for the whole API: {error:{code, message, details?}}. Never a stack trace.
 */
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { Neo4jError } from 'neo4j-driver';
import { ZodError } from 'zod';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, details?: unknown) => new ApiError(400, 'bad_request', message, details);
export const notFound = (message: string) => new ApiError(404, 'not_found', message);

/** Neo4j error codes that mean "the database is not reachable right now". */
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Maps any thrown value to {status, body, headers}. Exported for routes that stream or render. */
export function toApiError(err: unknown): ApiError & { headers?: Record<string, string> } {
  if (err instanceof ApiError) return err;
  if (err instanceof ZodError) {
    const first = err.issues[0];
    const where = first?.path.length ? first.path.join('.') : 'input';
    return new ApiError(400, 'validation_error', `${where}: ${first?.message ?? 'invalid'}`, {
      issues: err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  if (err instanceof Neo4jError) {
    const code = err.code ?? '';
    if (UNAVAILABLE.has(code) || /ServiceUnavailable|connect|acquisition/i.test(code + err.message)) {
      const e = new ApiError(503, 'neo4j_unavailable', 'The graph database is not reachable right now; try again shortly.');
      return Object.assign(e, { headers: { 'Retry-After': '5' } });
    }
    if (/TransactionTimedOut|Transaction.*Terminated|TransactionTimedOutClientConfiguration/i.test(code)) {
      return new ApiError(504, 'query_timeout', 'The query took longer than the allowed time and was stopped.');
    }
    if (code.includes('MemoryPoolOutOfMemoryError') || code.includes('MemoryLimitExceeded')) {
      return new ApiError(400, 'query_memory_limit', 'The query needs more memory than a query may use; narrow it or add a LIMIT.');
    }
    if (code.startsWith('Neo.ClientError.Statement.SyntaxError')) {
      return new ApiError(400, 'cypher_syntax_error', err.message.split('\n')[0] ?? 'Syntax error', {
        neo4jMessage: err.message,
        ...syntaxPosition(err),
      });
    }
    if (code.startsWith('Neo.ClientError.Statement.ParameterMissing') || code.startsWith('Neo.ClientError.Statement.TypeError') || code.startsWith('Neo.ClientError.Statement.ArgumentError') || code.startsWith('Neo.ClientError.Statement.SemanticError') || code.startsWith('Neo.ClientError.Statement.ArithmeticError') || code.startsWith('Neo.ClientError.Procedure')) {
      return new ApiError(400, 'cypher_error', err.message.split('\n')[0] ?? 'Query error', { neo4jCode: code });
    }
    if (code.startsWith('Neo.ClientError.Security') || code.includes('ForbiddenOnReadOnlyDatabase') || code.includes('AccessMode')) {
      return new ApiError(400, 'write_refused', 'Only read-only queries are allowed here.', { neo4jCode: code });
    }
    if (code.startsWith('Neo.ClientError')) {
      return new ApiError(400, 'cypher_error', err.message.split('\n')[0] ?? 'Query error', { neo4jCode: code });
    }
  }
  const status = (err as { status?: unknown; type?: unknown }).status;
  const type = (err as { type?: unknown }).type;
  if (type === 'entity.too.large' || status === 413) return new ApiError(413, 'payload_too_large', 'The request body is too large.');
  if (type === 'entity.parse.failed') return new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new ApiError(status, 'bad_request', 'The request could not be read.');
  }
  return new ApiError(500, 'internal_error', 'Something went wrong on our side; the error was logged.');
}

/** Line/column/offset of a Neo4j syntax error, read from its message ("(line 1, column 8 (offset: 7))"). */
function syntaxPosition(err: Neo4jError): { position?: { line: number; column: number; offset: number } } {
  const m = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(err.message);
  return m ? { position: { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } } : {};
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const e = toApiError(err);
  if (e.status >= 500) req.log?.error({ err }, 'request failed');
  if (res.headersSent) return;
  if (e.headers) res.set(e.headers);
  res.status(e.status).json({ error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) } });
};

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new ApiError(404, 'not_found', `No route for ${req.method} ${req.path}`));
};

/**
 * Requests Node's HTTP parser refuses before the app sees them (a request line or headers over 16 kB, a
 * malformed request) get the API's JSON error too, instead of Node's bodiless 400/431.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || (socket as Duplex & { _httpMessage?: unknown })._httpMessage) {
      socket.destroy();
      return;
    }
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify({
      error: tooLarge
        ? { code: 'request_too_large', message: 'The request line or headers are larger than 16 kB; send long input in a POST body.' }
        : { code: 'bad_request', message: 'The request could not be parsed as HTTP.' },
    });
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
