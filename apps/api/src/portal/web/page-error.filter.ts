import { ArgumentsHost, Catch, Inject, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { logProblem, ROOT_LOGGER, sendProblem, toProblem } from '@app/core';
import { withQuery, WebContext } from './web-context';

/**
 * The app's one exception filter. API calls get application/problem+json as before;
 * a person's browser asking for a page gets an HTML page in their language, and a
 * page that needs a session sends them to sign in and back.
 */
@Catch()
export class PageAwareErrorFilter implements ExceptionFilter {
  constructor(@Inject(ROOT_LOGGER) private readonly logger: Logger) {}

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    if (!isPageRequest(request) || reply.sent) {
      sendProblem(error, request, reply, this.logger);
      return;
    }
    const web = new WebContext(request, reply);
    // In the page's language, so violations shown on the page read like the page.
    const { problem, unexpected, unavailable, headers } = toProblem(error, request, web.lang);
    logProblem(this.logger, error, request, { unexpected, unavailable }, 'a page');
    if (problem.status === 401) {
      web.redirect(withQuery('/connexion', { next: web.pagePath() }));
      return;
    }
    for (const [name, value] of Object.entries(headers)) reply.header(name, value);
    const status = problem.status;
    const titleKey = `error.title.${status}`;
    const title = web.t(titleKey) === titleKey ? web.t('error.title.400') : web.t(titleKey);
    const message =
      problem.code === 'PORTAL.CSRF_TOKEN_INVALID'
        ? web.t('error.csrf')
        : status === 404
          ? web.t('error.404')
          : status === 403
            ? web.t('error.403')
            : status === 429
              ? web.t('error.429', { seconds: headers['retry-after'] ?? '60' })
              : status === 503
                ? web.t('error.503')
                : status >= 500
                  ? web.t('error.500', { requestId: request.id })
                  : problem.detail;
    try {
      await web.render(
        'errors/error',
        { title, noindex: true },
        { status, message, violations: status === 400 ? (problem.errors ?? []) : [] },
        { status },
      );
    } catch (renderError) {
      // The error page itself failed: fall back to the problem document, never a stack.
      this.logger.error({ err: renderError, requestId: request.id }, 'error page failed');
      if (!reply.sent) sendProblem(error, request, reply, this.logger);
    }
  }
}

const NOT_PAGES = /^\/(api|health|assets|metrics)(\/|$)/;

/** A browser navigation or form post to a page, not an API call. */
export function isPageRequest(request: FastifyRequest): boolean {
  if (NOT_PAGES.test(request.url)) return false;
  const accept = request.headers.accept ?? '';
  const type = request.headers['content-type'] ?? '';
  return accept.includes('text/html') || type.startsWith('application/x-www-form-urlencoded');
}
