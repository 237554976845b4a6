import type { WebContext } from '../web/web-context';

/**
 * A page reached by another address than its readable one (an offer or organisation by its
 * id): 301 to `path`, with the query string kept (page number, language…).
 */
export function redirectToCanonical(web: WebContext, path: string): void {
  const url = web.request.url;
  const start = url.indexOf('?');
  const search = start === -1 ? '' : url.slice(start);
  web.reply.status(301).header('location', `${path}${search}`).send();
}
