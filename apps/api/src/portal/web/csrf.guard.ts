import Tokens from '@fastify/csrf';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppError } from '@app/core';

/** The cookie @fastify/csrf-protection keeps the secret in (its default name). */
export const CSRF_COOKIE = '_csrf';
export const CSRF_FIELD = '_csrf';
const tokens = new Tokens({ userInfo: false });

/**
 * Every state-changing page request must carry the token of a form we rendered
 * (double-submit: secret in an httpOnly SameSite=Lax cookie, token in the form; Lax, not
 * Strict, so arriving from a link elsewhere does not replace the secret of open forms).
 * Same check as @fastify/csrf-protection's, run as a Nest guard so a failure is
 * answered like any other error, with a page.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return true;
    const secret = request.cookies?.[CSRF_COOKIE];
    const body = request.body as Record<string, unknown> | undefined;
    // A multipart form (a file upload) is a stream the guard cannot read: its token comes in
    // the form's action URL instead (same double-submit check against the cookie's secret).
    const query = request.query as Record<string, unknown> | undefined;
    const given =
      body?.[CSRF_FIELD] ??
      request.headers['x-csrf-token'] ??
      (request.isMultipart() ? query?.[CSRF_FIELD] : undefined);
    if (secret && typeof given === 'string' && tokens.verify(secret, given)) return true;
    throw new AppError(
      'forbidden',
      'PORTAL.CSRF_TOKEN_INVALID',
      'The form has expired or was not sent by this site.',
    );
  }
}
