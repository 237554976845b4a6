import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, AppError, type AppConfig } from '@app/core';
import type { PartnerPrincipal } from '../api-keys/partner-api-keys.service';
import type { AuthenticatedUser } from '../auth/auth.types';
import { IS_PUBLIC } from '../auth/decorators';
import { PgThrottlerStorage } from './pg-throttler.storage';

const WINDOW_SECONDS = 60;

interface LimitedRequest {
  method: string;
  url: string;
  ip: string;
  user?: AuthenticatedUser;
  partner?: PartnerPrincipal;
}

interface HeaderReply {
  header(name: string, value: string): unknown;
}

/**
 * Rate limits of the public API (`/api/…` reads marked @Public()), after the AuthGuard
 * has said who calls: per partner key, per signed-in account (the same allowance), per
 * client IP for anonymous callers (a lower one). Counters live in PostgreSQL, shared by
 * every API process, in fixed one-minute windows.
 *
 * Every answer carries the IETF httpapi RateLimit fields (draft-ietf-httpapi-ratelimit-
 * headers-10, structured fields): `RateLimit-Policy: "anonymous";q=120;w=60` (the quota and
 * its window in seconds) and `RateLimit: "anonymous";r=87;t=42` (requests left and seconds
 * until the window resets). Past the quota: 429 problem with Retry-After.
 */
@Injectable()
export class PublicApiRateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly storage: PgThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const isPublic =
      this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
        context.getHandler(),
        context.getClass(),
      ]) === true;
    const request = context.switchToHttp().getRequest<LimitedRequest>();
    // Reads only: the public writes (sign-up, sign-in, reset…) have their own, tighter limits.
    if (!isPublic || !request.url.startsWith('/api/')) return true;
    if (request.method !== 'GET' && request.method !== 'HEAD') return true;

    const { policy, bucket, quota } = request.partner
      ? {
          policy: 'partner',
          bucket: `api:key:${request.partner.keyId}`,
          quota: this.config.PUBLIC_API_KEY_LIMIT_PER_MINUTE,
        }
      : request.user
        ? {
            policy: 'account',
            bucket: `api:user:${request.user.id}`,
            quota: this.config.PUBLIC_API_KEY_LIMIT_PER_MINUTE,
          }
        : {
            policy: 'anonymous',
            bucket: `api:ip:${request.ip}`,
            quota: this.config.PUBLIC_API_ANONYMOUS_LIMIT_PER_MINUTE,
          };
    // No block beyond the window: the count itself says when the quota is spent.
    const { totalHits, timeToExpire } = await this.storage.increment(
      bucket,
      WINDOW_SECONDS * 1000,
      quota,
      0,
    );
    const reset = Math.max(1, timeToExpire);
    const reply = context.switchToHttp().getResponse<HeaderReply>();
    reply.header('ratelimit-policy', `"${policy}";q=${quota};w=${WINDOW_SECONDS}`);
    reply.header('ratelimit', `"${policy}";r=${Math.max(0, quota - totalHits)};t=${reset}`);
    if (totalHits > quota)
      throw new AppError(
        'rate_limited',
        'IDENTITY.RATE_LIMITED',
        `Too many requests: at most ${quota} a minute ${
          policy === 'anonymous' ? 'without an API key' : 'for this caller'
        }. Wait ${reset} s and try again.`,
        { retryAfterSeconds: reset, params: { quota: String(quota), policy, reset } },
      );
    return true;
  }
}
