import type {} from '@fastify/cookie'; // adds setCookie/cookies to Fastify's types
import type { FastifyReply } from 'fastify';
import { ACCESS_COOKIE, REFRESH_COOKIE, type IssuedTokens } from '@app/identity';

const REFRESH_PATH = '/api/v1/auth';
/** Tells page requests a session can be renewed (the refresh cookie itself stays on REFRESH_PATH). */
export const SESSION_MARKER_COOKIE = 'passerelle_session';
const BASE = { httpOnly: true, secure: true, sameSite: 'lax' as const };

/**
 * Lifetimes go out as Max-Age (relative), not Expires (a date): a browser whose clock runs
 * ahead would otherwise drop a cookie the moment it arrives.
 */
function secondsUntil(date: Date): number {
  return Math.max(0, Math.floor((date.getTime() - Date.now()) / 1000));
}

export function setAccessCookie(reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(ACCESS_COOKIE, token, { ...BASE, path: '/', maxAge: secondsUntil(expiresAt) });
}

/** httpOnly, Secure, SameSite=Lax cookies for the server-rendered pages; the refresh one only reaches /auth. */
export function setAuthCookies(reply: FastifyReply, tokens: IssuedTokens): void {
  setAccessCookie(reply, tokens.accessToken, tokens.accessTokenExpiresAt);
  const refreshSeconds = secondsUntil(tokens.refreshTokenExpiresAt);
  reply.setCookie(REFRESH_COOKIE, tokens.refreshToken, {
    ...BASE,
    path: REFRESH_PATH,
    maxAge: refreshSeconds,
  });
  reply.setCookie(SESSION_MARKER_COOKIE, '1', { ...BASE, path: '/', maxAge: refreshSeconds });
}

export function clearAuthCookies(reply: FastifyReply): void {
  reply.clearCookie(ACCESS_COOKIE, { path: '/' });
  reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_PATH });
  reply.clearCookie(SESSION_MARKER_COOKIE, { path: '/' });
}
