import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public, REFRESH_COOKIE, SessionService, type RequestMeta } from '@app/identity';
import { Meta } from '../../common/request-meta';
import { clearAuthCookies, setAuthCookies } from '../../identity/auth-cookies';
import { safeLocalPath } from './web-context';

/** The detour of registerSessionRefresh: renews the session, then back to the page. */
@ApiExcludeController()
@Controller('api/v1/auth')
export class SessionRefreshController {
  constructor(private readonly sessions: SessionService) {}

  @Public()
  @Get('web-refresh')
  async refresh(
    @Query('next') next: unknown,
    @Req() request: FastifyRequest,
    @Meta() meta: RequestMeta,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const target = safeLocalPath(next);
    const token = request.cookies?.[REFRESH_COOKIE];
    try {
      if (!token) throw new Error('no refresh cookie');
      setAuthCookies(reply, await this.sessions.refresh(token, meta));
    } catch {
      // Expired, revoked or replayed: forget the session; the page decides if it needs one.
      clearAuthCookies(reply);
    }
    void reply.status(303).header('location', target).header('cache-control', 'no-store').send();
  }
}
