import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { RequestMeta } from '@app/identity';

/** Client IP (as TRUST_PROXY allows Fastify to see it) and user agent, for sessions and audit. */
export const Meta = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestMeta => {
    const request = context
      .switchToHttp()
      .getRequest<{ ip?: string; headers: Record<string, unknown> }>();
    const agent = request.headers['user-agent'];
    return { ip: request.ip, userAgent: typeof agent === 'string' ? agent : undefined };
  },
);
