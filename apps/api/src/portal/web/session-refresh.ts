import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ACCESS_COOKIE } from '@app/identity';
import { SESSION_MARKER_COOKIE } from '../../identity/auth-cookies';
import { withQuery } from './web-context';

export const WEB_REFRESH_PATH = '/api/v1/auth/web-refresh';
/** Set for a few seconds by a renewal: a browser that still sends no valid token is not sent round again. */
export const JUST_RENEWED_COOKIE = 'passerelle_renewed';
const PAGE_SKIP = /^\/(api|health|assets)(\/|$)|^\/(robots\.txt|sitemap\.xml|favicon\.ico)$/;

/**
 * Access tokens live 15 minutes and the refresh cookie only reaches /api/v1/auth, so a page
 * request with an expired (or missing) access token and a live session marker takes a detour
 * through WEB_REFRESH_PATH, which renews the session and comes back: a navigation with 303,
 * a form post with 307 so the browser posts the same form again and nothing typed is lost.
 */
export function registerSessionRefresh(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done) => {
    if (PAGE_SKIP.test(request.url) || !request.cookies?.[SESSION_MARKER_COOKIE]) return done();
    if (request.cookies[JUST_RENEWED_COOKIE]) return done();
    const navigation =
      request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    const formPost =
      request.method === 'POST' &&
      (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    if (!navigation && !formPost) return done();
    if (accessTokenLooksValid(request.cookies[ACCESS_COOKIE])) return done();
    void reply
      .status(navigation ? 303 : 307)
      .header('location', withQuery(WEB_REFRESH_PATH, { next: request.url }))
      .header('cache-control', 'no-store')
      .send();
  });
}

/** Only the expiry is read here; the guard still verifies the signature on every request. */
function accessTokenLooksValid(token: string | undefined): boolean {
  if (!token) return false;
  const payload = token.split('.')[1];
  if (!payload) return false;
  try {
    const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      exp?: unknown;
    };
    // Renew a little early so a page does not expire between render and the next click.
    return typeof exp === 'number' && exp * 1000 > Date.now() + 30_000;
  } catch {
    return false;
  }
}
