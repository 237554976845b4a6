import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ACCESS_COOKIE } from '@app/identity';
import { SESSION_MARKER_COOKIE } from '../../identity/auth-cookies';
import { withQuery } from './web-context';

export const WEB_REFRESH_PATH = '/api/v1/auth/web-refresh';
const PAGE_SKIP = /^\/(api|health|assets)(\/|$)|^\/(robots\.txt|sitemap\.xml|favicon\.ico)$/;

/**
 * Access tokens live 15 minutes and the refresh cookie only reaches /api/v1/auth, so a
 * page navigation with an expired (or missing) access token and a live session marker
 * takes a detour through WEB_REFRESH_PATH, which rotates the tokens and comes back.
 */
export function registerSessionRefresh(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done) => {
    if (request.method !== 'GET' || PAGE_SKIP.test(request.url)) return done();
    if (!request.cookies?.[SESSION_MARKER_COOKIE]) return done();
    if (!(request.headers.accept ?? '').includes('text/html')) return done();
    if (accessTokenLooksValid(request.cookies[ACCESS_COOKIE])) return done();
    void reply
      .status(303)
      .header('location', withQuery(WEB_REFRESH_PATH, { next: request.url }))
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
