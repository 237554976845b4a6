import type { FastifyReply } from 'fastify';
import type { AccountKind } from '@app/identity';
import type { FormBody } from '../web/forms';
import { LANGUAGE_COOKIE } from '../web/language';
import { safeLocalPath, type WebContext } from '../web/web-context';

/** Where each kind of account lands after signing in. */
export function homeOf(kind: AccountKind): string {
  switch (kind) {
    case 'organisation_member':
      return '/espace';
    case 'admin':
      return '/admin';
    default:
      return '/mon-espace';
  }
}

// Coming back to these after signing in would be a loop or make no sense.
const NOT_A_DESTINATION = /^\/(connexion|inscription|deconnexion|mot-de-passe-oublie)(\/|\?|$)/;

/** A `next=` worth following: a local path of this site, never the account pages themselves. */
export function safeNext(candidate: unknown): string | undefined {
  const path = safeLocalPath(candidate, '');
  if (path === '' || path.length > 2000 || NOT_A_DESTINATION.test(path)) return undefined;
  return path;
}

/** One query parameter as a string ('' when absent or repeated oddly). */
export function queryParam(web: WebContext, name: string): string {
  const value = (web.request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A password exactly as typed: spaces at either end are part of it. */
export function secret(form: FormBody, name: string): string {
  const value = form[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

/**
 * Keeps the language the person was reading in once the account's preference no longer
 * applies (after signing out), unless they already chose one with the switch.
 */
export function rememberLanguage(web: WebContext, reply: FastifyReply): void {
  if (web.request.cookies?.[LANGUAGE_COOKIE]) return;
  reply.setCookie(LANGUAGE_COOKIE, web.lang, {
    path: '/',
    maxAge: 365 * 24 * 3600,
    sameSite: 'lax',
    secure: true,
    httpOnly: true,
  });
}
