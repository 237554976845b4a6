import { HttpException } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { isDependencyUnavailable } from '../errors/dependency-unavailable';
import {
  catalogued,
  negotiateLanguage,
  problemFromAppError,
  problemType,
  titleFor,
  type Language,
  type ProblemDetails,
} from '../errors/problem-details';
import type { MessageParams } from '../i18n/messages';

/**
 * Fastify's own errors (body parsing, limits) that we answer as client errors. `detail` is
 * the English sentence; `params` pick the code's sentence in the `problem` catalogue.
 */
const FASTIFY_CODES: Record<
  string,
  { status: number; code: string; detail: string; params?: MessageParams }
> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'CORE.PAYLOAD_TOO_LARGE',
    detail: 'The request body is larger than the server accepts.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'CORE.UNSUPPORTED_MEDIA_TYPE',
    detail: 'Send the body as application/json.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'CORE.MALFORMED_BODY',
    detail: 'The body is empty but Content-Type says application/json.',
    params: { reason: 'empty' },
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'CORE.MALFORMED_BODY',
    detail: 'The body is not valid JSON.',
    params: { reason: 'syntax' },
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    code: 'CORE.URI_TOO_LONG',
    detail: 'A part of the address is too long.',
  },
  FST_ERR_BAD_URL: {
    status: 400,
    code: 'CORE.BAD_URL',
    detail: 'The address is not valid.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'CORE.MALFORMED_BODY',
    detail: 'Content-Length does not match the body.',
    params: { reason: 'contentLength' },
  },
};

const HTTP_CODES: Record<number, string> = {
  400: 'CORE.BAD_REQUEST',
  401: 'CORE.UNAUTHENTICATED',
  403: 'CORE.FORBIDDEN',
  404: 'CORE.ROUTE_NOT_FOUND',
  405: 'CORE.METHOD_NOT_ALLOWED',
  406: 'CORE.NOT_ACCEPTABLE',
  413: 'CORE.PAYLOAD_TOO_LARGE',
  415: 'CORE.UNSUPPORTED_MEDIA_TYPE',
  429: 'CORE.RATE_LIMITED',
};

/**
 * Seconds a client should wait after a 503 for a dependency: the embedded database's
 * supervisor restarts it within this, and a pool reconnects on the next request.
 */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export interface ProblemRequest {
  readonly id: string;
  readonly url: string;
  readonly headers: Record<string, string | string[] | undefined>;
}

export interface ProblemOutcome {
  readonly problem: ProblemDetails;
  /** Only unexpected errors are logged with their stack; client errors are not noise. */
  readonly unexpected: boolean;
  /** A dependency is down (503): worth a warning in the log, not a stack. */
  readonly unavailable: boolean;
  readonly headers: Record<string, string>;
  /** The language title, detail and violations are written in (the answer's Content-Language). */
  readonly language: Language;
}

/**
 * Turns anything thrown while serving a request into a problem document; never leaks internals.
 * Written in the language Accept-Language asks for, or `lang` when the caller knows it (a page).
 */
export function toProblem(
  thrown: unknown,
  request: ProblemRequest,
  lang: Language = requestLanguage(request),
): ProblemOutcome {
  // Nest wraps Fastify's client errors in an HttpException; their code is on the cause.
  const error =
    thrown instanceof HttpException && isFastifyClientError(thrown.cause) ? thrown.cause : thrown;
  const instance = request.url.split('?')[0];
  const headers: Record<string, string> = {};
  const detailOf = (code: string, english: string, params?: MessageParams) =>
    catalogued(`detail.${code}`, lang, english, params);
  let problem: ProblemDetails;
  let unexpected = false;

  if (error instanceof AppError) {
    problem = problemFromAppError(error, lang);
    if (error.extra.retryAfterSeconds !== undefined) {
      headers['retry-after'] = String(Math.ceil(error.extra.retryAfterSeconds));
    }
  } else if (error instanceof HttpException && error.getStatus() < 500) {
    const status = error.getStatus();
    const code = HTTP_CODES[status] ?? `CORE.HTTP_${status}`;
    problem = {
      type: problemType(code),
      title: titleFor(status, lang),
      status,
      detail:
        status === 404
          ? detailOf(code, `No route matches ${instance}.`, { path: instance })
          : detailOf(code, httpExceptionDetail(error)),
      code,
    };
  } else if (
    isDependencyUnavailable(error) ||
    (error instanceof HttpException && error.getStatus() === 503)
  ) {
    problem = {
      type: problemType('CORE.UNAVAILABLE'),
      title: titleFor(503, lang),
      status: 503,
      detail: detailOf(
        'CORE.UNAVAILABLE',
        'A service the platform depends on is unavailable for the moment. Try again in a few seconds.',
      ),
      code: 'CORE.UNAVAILABLE',
    };
    headers['retry-after'] = String(UNAVAILABLE_RETRY_AFTER_SECONDS);
  } else if (isFastifyClientError(error)) {
    const known = FASTIFY_CODES[error.code ?? ''];
    const status = known?.status ?? error.statusCode;
    const code = known?.code ?? HTTP_CODES[status] ?? `CORE.HTTP_${status}`;
    problem = {
      type: problemType(code),
      title: titleFor(status, lang),
      status,
      detail: known ? detailOf(code, known.detail, known.params) : titleFor(status, lang),
      code,
    };
  } else {
    unexpected = true;
    problem = {
      type: problemType('CORE.INTERNAL_ERROR'),
      title: titleFor(500, lang),
      status: 500,
      detail: detailOf(
        'CORE.INTERNAL_ERROR',
        `An unexpected error occurred. Quote ${request.id} when contacting support.`,
        { requestId: request.id },
      ),
      code: 'CORE.INTERNAL_ERROR',
    };
  }
  return {
    problem: { ...problem, instance, requestId: request.id },
    unexpected,
    unavailable: problem.status === 503,
    headers,
    language: lang,
  };
}

/** The language Accept-Language asks for among ours (the first header when repeated). */
export function requestLanguage(request: Pick<ProblemRequest, 'headers'>): Language {
  const header = request.headers['accept-language'];
  return negotiateLanguage(Array.isArray(header) ? header[0] : header);
}

function httpExceptionDetail(error: HttpException) {
  const response = error.getResponse();
  if (typeof response === 'object' && response && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return error.message;
}

function isFastifyClientError(error: unknown): error is { statusCode: number; code?: string } {
  if (typeof error !== 'object' || error === null) return false;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}
