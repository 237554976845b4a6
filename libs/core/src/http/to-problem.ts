import { HttpException } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { isDependencyUnavailable } from '../errors/dependency-unavailable';
import {
  negotiateLanguage,
  problemFromAppError,
  problemType,
  titleFor,
  type ProblemDetails,
} from '../errors/problem-details';

/** Fastify's own errors (body parsing, limits) that we answer as client errors. */
const FASTIFY_CODES: Record<string, { status: number; code: string; detail: string }> = {
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
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'CORE.MALFORMED_BODY',
    detail: 'The body is not valid JSON.',
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
}

/** Turns anything thrown while serving a request into a problem document; never leaks internals. */
export function toProblem(thrown: unknown, request: ProblemRequest): ProblemOutcome {
  // Nest wraps Fastify's client errors in an HttpException; their code is on the cause.
  const error =
    thrown instanceof HttpException && isFastifyClientError(thrown.cause) ? thrown.cause : thrown;
  const header = request.headers['accept-language'];
  const lang = negotiateLanguage(Array.isArray(header) ? header[0] : header);
  const instance = request.url.split('?')[0];
  const headers: Record<string, string> = {};
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
      detail: httpExceptionDetail(error, status, request),
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
      detail:
        lang === 'fr'
          ? 'Un service dont dépend la plateforme est momentanément indisponible. Réessayez dans quelques secondes.'
          : 'A service the platform depends on is unavailable for the moment. Try again in a few seconds.',
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
      detail: known?.detail ?? titleFor(status, 'en'),
      code,
    };
  } else {
    unexpected = true;
    problem = {
      type: problemType('CORE.INTERNAL_ERROR'),
      title: titleFor(500, lang),
      status: 500,
      detail:
        lang === 'fr'
          ? `Une erreur inattendue s'est produite. Communiquez l'identifiant ${request.id} au support.`
          : `An unexpected error occurred. Quote ${request.id} when contacting support.`,
      code: 'CORE.INTERNAL_ERROR',
    };
  }
  return {
    problem: { ...problem, instance, requestId: request.id },
    unexpected,
    unavailable: problem.status === 503,
    headers,
  };
}

function httpExceptionDetail(error: HttpException, status: number, request: ProblemRequest) {
  if (status === 404) return `No route matches ${instance(request)}.`;
  const response = error.getResponse();
  if (typeof response === 'object' && response && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return error.message;
}

function instance(request: ProblemRequest): string {
  return request.url.split('?')[0];
}

function isFastifyClientError(error: unknown): error is { statusCode: number; code?: string } {
  if (typeof error !== 'object' || error === null) return false;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}
