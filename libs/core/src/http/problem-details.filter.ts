import { ArgumentsHost, Catch, ExceptionFilter, Inject } from '@nestjs/common';
import type { Logger } from 'pino';
import { toProblem, type ProblemRequest } from './to-problem';

export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

interface MinimalReply {
  status(code: number): MinimalReply;
  header(name: string, value: string): MinimalReply;
  send(payload: string): unknown;
}

/** The one place where errors become HTTP responses: always application/problem+json. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(@Inject(ROOT_LOGGER) private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(
      error,
      http.getRequest<ProblemRequest>(),
      http.getResponse<MinimalReply>(),
      this.logger,
    );
  }
}

export function sendProblem(
  error: unknown,
  request: ProblemRequest & { method?: string },
  reply: MinimalReply,
  logger: Logger,
): void {
  const { problem, unexpected, unavailable, headers, language } = toProblem(error, request);
  logProblem(logger, error, request, { unexpected, unavailable });
  reply
    .status(problem.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('content-language', language)
    .header('x-request-id', request.id);
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  reply.send(JSON.stringify(problem));
}

/** Unexpected errors with their stack; a dependency being down as a one-line warning. */
export function logProblem(
  logger: Logger,
  error: unknown,
  request: { id: string; method?: string; url: string },
  outcome: { unexpected: boolean; unavailable: boolean },
  what = 'request',
): void {
  const context = { requestId: request.id, method: request.method, url: request.url };
  if (outcome.unexpected) {
    logger.error({ err: error, ...context }, `unexpected error while serving ${what}`);
  } else if (outcome.unavailable) {
    const message = error instanceof Error ? error.message : String(error);
    logger.warn({ ...context, error: message }, `dependency unavailable while serving ${what}`);
  }
}
