import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { problemType, titleFor, type ProblemDetails } from '../errors/problem-details';

/** What Node's HTTP parser refuses before any route runs, answered as problem+json. */
const PARSER_ERRORS: Record<string, { status: number; code: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'CORE.HEADERS_TOO_LARGE',
    detail:
      'The request line or headers are larger than the server accepts (16 KB): shorten the address or the headers.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'CORE.REQUEST_TIMEOUT',
    detail: 'The request was not received in time.',
  },
};

const MALFORMED = {
  status: 400,
  code: 'CORE.MALFORMED_REQUEST',
  detail: 'The request is not valid HTTP.',
};

/** The raw HTTP response for a request Node's parser refused (no request object exists yet). */
export function clientErrorResponse(error: { code?: string }): string {
  const known = PARSER_ERRORS[error.code ?? ''] ?? MALFORMED;
  const problem: ProblemDetails = {
    type: problemType(known.code),
    title: titleFor(known.status, 'en'),
    status: known.status,
    detail: known.detail,
    code: known.code,
  };
  const body = JSON.stringify(problem);
  return [
    `HTTP/1.1 ${known.status} ${STATUS_CODES[known.status]}`,
    'Connection: close',
    'Content-Type: application/problem+json; charset=utf-8',
    // No request was read, so no Accept-Language: the API's default language.
    'Content-Language: en',
    `Content-Length: ${Buffer.byteLength(body)}`,
    '',
    body,
  ].join('\r\n');
}

/**
 * Fastify's `clientErrorHandler`: Fastify's default answers these in its own JSON. A socket
 * already closed or reset by the client gets nothing.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(clientErrorResponse(error));
}
