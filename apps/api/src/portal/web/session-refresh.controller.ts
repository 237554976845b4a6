import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public, REFRESH_COOKIE, SessionService, type RequestMeta } from '@app/identity';
import { Meta } from '../../common/request-meta';
import { clearAuthCookies, setAccessCookie, setAuthCookies } from '../../identity/auth-cookies';
import { JUST_RENEWED_COOKIE } from './session-refresh';
import { safeLocalPath } from './web-context';

/** The detour of registerSessionRefresh: renews the session, then back to the page. */
@ApiExcludeController()
@Controller('api/v1/auth')
export class SessionRefreshController {
  constructor(private readonly sessions: SessionService) {}

  /** A page navigation: back with 303 (GET). */
  @Public()
  @Get('web-refresh')
  async navigation(
    @Query('next') next: unknown,
    @Req() request: FastifyRequest,
    @Meta() meta: RequestMeta,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.renew(request, reply, meta);
    void reply.status(303).header('location', safeLocalPath(next)).send();
  }

  /** A form post: back with 307, so the browser posts the same form again to its page. */
  @Public()
  @Post('web-refresh')
  async formPost(
    @Query('next') next: unknown,
    @Req() request: FastifyRequest,
    @Meta() meta: RequestMeta,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.renew(request, reply, meta);
    void reply.status(307).header('location', safeLocalPath(next)).send();
  }

  private async renew(request: FastifyRequest, reply: FastifyReply, meta: RequestMeta) {
    reply.header('cache-control', 'no-store');
    reply.setCookie(JUST_RENEWED_COOKIE, '1', {
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      path: '/',
      maxAge: 10,
    });
    const token = request.cookies?.[REFRESH_COOKIE];
    try {
      if (!token) throw new Error('no refresh cookie');
      const renewal = await this.sessions.renewForPage(token, meta);
      if (renewal.rotated) setAuthCookies(reply, renewal.tokens);
      // Another tab renewed a moment ago and set the new refresh cookie: keep it.
      else setAccessCookie(reply, renewal.accessToken, renewal.accessTokenExpiresAt);
    } catch {
      // Expired, revoked or replayed: forget the session; the page decides if it needs one.
      clearAuthCookies(reply);
    }
  }
}
