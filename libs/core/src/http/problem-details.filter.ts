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
  const { problem, unexpected, headers } = toProblem(error, request);
  if (unexpected) {
    logger.error(
      {
        err: error,
        requestId: request.id,
        method: request.method,
        url: request.url,
      },
      'unexpected error while serving request',
    );
  }
  reply
    .status(problem.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('x-request-id', request.id);
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  reply.send(JSON.stringify(problem));
}
