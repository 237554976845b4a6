import { AppError } from '@app/core';
import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';

/** Answers over-limit requests with our 429 problem (stable code, Retry-After). */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new AppError(
      'rate_limited',
      'IDENTITY.TOO_MANY_ATTEMPTS',
      'Too many attempts: wait a moment and try again.',
      {
        retryAfterSeconds: Math.max(1, detail.timeToBlockExpire),
      },
    );
  }
}

/** Tracker of the `account` throttler: the e-mail address in the body, case-folded. */
export function accountTracker(request: Record<string, unknown>): string {
  const body = request.body as { email?: unknown } | undefined;
  const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
  return email ? `account:${email}` : `ip:${String(request.ip)}`;
}
