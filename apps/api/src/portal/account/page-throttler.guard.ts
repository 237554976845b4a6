import { Injectable, SetMetadata, type ExecutionContext, type Type } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import type { WebContext } from '../web/web-context';

const SHARED_WITH = 'passerelle:pageThrottleSharedWith';
const waits = new WeakMap<object, number>();

/**
 * The page counts its attempts in the same buckets as this API route, so trying a password
 * through the page and through the API together gets no more tries than either alone.
 */
export const SharesLimitWith = <T>(controller: Type<T>, method: keyof T & string) =>
  SetMetadata(SHARED_WITH, `${controller.name}-${method}`);

/**
 * The API's sign-in throttling (same `ip` and `account` limits and storage) for the account
 * forms, except that an over-limit request is not refused here: the guard notes how long
 * to wait and the handler answers 429 with its own form and the message beside it.
 * Every handler behind this guard MUST check `throttledAlert()` before doing anything.
 */
@Injectable()
export class PageThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    waits.set(request, Math.max(waits.get(request) ?? 0, seconds));
  }

  /** The key ThrottlerGuard would give the API route named by @SharesLimitWith. */
  protected override generateKey(context: ExecutionContext, suffix: string, name: string): string {
    const shared = this.reflector.get<string | undefined>(SHARED_WITH, context.getHandler());
    if (!shared) return super.generateKey(context, suffix, name);
    return createHash('sha256').update(`${shared}-${name}-${suffix}`).digest('hex');
  }
}

/**
 * When this request went over a limit: sets Retry-After and gives the sentence (`key`, with
 * `{seconds}`) to show beside the form answered with 429. Undefined when within the limits.
 */
export function throttledAlert(web: WebContext, key = 'account.tooMany'): string | undefined {
  const wait = waits.get(web.request);
  if (!wait) return undefined;
  web.reply.header('retry-after', String(wait));
  return web.t(key, { seconds: wait });
}
