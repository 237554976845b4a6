import type {} from '@fastify/cookie'; // adds setCookie/cookies to Fastify's types
import type { FastifyReply } from 'fastify';
import { ACCESS_COOKIE, REFRESH_COOKIE, type IssuedTokens } from '@app/identity';

const REFRESH_PATH = '/api/v1/auth';
/** Tells page requests a session can be renewed (the refresh cookie itself stays on REFRESH_PATH). */
export const SESSION_MARKER_COOKIE = 'passerelle_session';

/** httpOnly, Secure, SameSite=Lax cookies for the server-rendered pages; the refresh one only reaches /auth. */
export function setAuthCookies(reply: FastifyReply, tokens: IssuedTokens): void {
  const base = { httpOnly: true, secure: true, sameSite: 'lax' as const };
  reply.setCookie(ACCESS_COOKIE, tokens.accessToken, {
    ...base,
    path: '/',
    expires: tokens.accessTokenExpiresAt,
  });
  reply.setCookie(REFRESH_COOKIE, tokens.refreshToken, {
    ...base,
    path: REFRESH_PATH,
    expires: tokens.refreshTokenExpiresAt,
  });
  reply.setCookie(SESSION_MARKER_COOKIE, '1', {
    ...base,
    path: '/',
    expires: tokens.refreshTokenExpiresAt,
  });
}

export function clearAuthCookies(reply: FastifyReply): void {
  reply.clearCookie(ACCESS_COOKIE, { path: '/' });
  reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_PATH });
  reply.clearCookie(SESSION_MARKER_COOKIE, { path: '/' });
}
