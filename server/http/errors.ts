/**
 * One error shape for the whole API: {error:{code, message, details?}}, never a stack trace. Thrown values
 * of every kind (ApiError, zod, Neo4j, body-parser) are mapped here, Neo4j's through neo4j/errors.ts.
 */
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';
import { fromNeo4jError } from '../neo4j/errors.ts';
import { ApiError } from './api-error.ts';

export { ApiError, badRequest, notFound } from './api-error.ts';

/** The zod issues of an input, as the API reports them. */
export function validationError(err: ZodError, prefix = ''): ApiError {
  const path = (i: ZodError['issues'][number]) => [prefix, ...i.path.map(String)].filter(Boolean).join('.');
  const first = err.issues[0];
  const where = first ? path(first) || 'input' : 'input';
  return new ApiError(400, 'validation_error', `${where}: ${first?.message ?? 'invalid'}`, {
    issues: err.issues.map((i) => ({ path: path(i), message: i.message })),
  });
}

/** Maps any thrown value to an ApiError. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof ZodError) return validationError(err);
  const neo = fromNeo4jError(err);
  if (neo) return neo;
  const status = (err as { status?: unknown }).status;
  const type = (err as { type?: unknown }).type;
  if (type === 'entity.too.large' || status === 413) return new ApiError(413, 'payload_too_large', 'The request body is too large.');
  if (type === 'entity.parse.failed') return new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  if (type === 'encoding.unsupported' || status === 415) return new ApiError(415, 'unsupported_media_type', 'The request body is in an encoding or content type this API does not read.');
  if (typeof status === 'number' && status >= 400 && status < 500) return new ApiError(status, 'bad_request', 'The request could not be read.');
  return new ApiError(500, 'internal_error', 'Something went wrong on our side; the error was logged.');
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const e = toApiError(err);
  if (e.status >= 500 && e.code === 'internal_error') req.log?.error({ err }, 'request failed');
  if (res.headersSent) return;
  if (e.headers) res.set(e.headers);
  res.status(e.status).json(e.toJSON());
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
    const timedOut = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    const status = tooLarge ? 431 : timedOut ? 408 : 400;
    const body = JSON.stringify({
      error: tooLarge
        ? { code: 'request_too_large', message: 'The request line or headers are larger than 16 kB; send long input in a POST body.' }
        : timedOut
          ? { code: 'request_timeout', message: 'The request was not received in time.' }
          : { code: 'bad_request', message: 'The request could not be parsed as HTTP.' },
    });
    const reason = tooLarge ? 'Request Header Fields Too Large' : timedOut ? 'Request Timeout' : 'Bad Request';
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
}
