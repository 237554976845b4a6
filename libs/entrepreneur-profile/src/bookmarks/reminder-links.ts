import { Inject, Injectable } from '@nestjs/common';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig, type Locale } from '@app/core';
import { invalidAlertLink } from '../saved-searches/alert-links';

/** What a reminder link stops: one saved offer's reminders, or all of an account's. */
export type ReminderStop =
  | { readonly scope: 'offer'; readonly userId: string; readonly offerId: string }
  | { readonly scope: 'all'; readonly userId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function mac(secret: string, scope: ReminderStop['scope'], payload: string): Buffer {
  // One key per scope: a token for one offer can never be read as "all reminders".
  const key = Buffer.from(
    hkdfSync('sha256', secret, 'passerelle', `passerelle/reminder-link/${scope}/v1`, 32),
  );
  return createHmac('sha256', key).update(payload, 'utf8').digest();
}

const idsOf = (stop: ReminderStop) =>
  stop.scope === 'offer' ? [stop.userId, stop.offerId] : [stop.userId];

/**
 * `<scope>.<user id>[.<offer id>].<HMAC>`: like alert links, works without signing in,
 * stores nothing and never expires (a way to stop e-mails must keep working).
 */
export function signReminderStop(secret: string, stop: ReminderStop): string {
  const payload = [stop.scope, ...idsOf(stop)].join('.');
  return `${payload}.${mac(secret, stop.scope, payload).toString('base64url')}`;
}

export function verifyReminderStop(secret: string, token: string): ReminderStop | undefined {
  const parts = token.split('.');
  const scope = parts[0];
  const stop: ReminderStop | undefined =
    scope === 'offer' && parts.length === 4
      ? { scope, userId: parts[1], offerId: parts[2] }
      : scope === 'all' && parts.length === 3
        ? { scope, userId: parts[1] }
        : undefined;
  if (!stop || !idsOf(stop).every((id) => UUID.test(id))) return undefined;
  const signature = parts[parts.length - 1];
  const expected = mac(secret, stop.scope, parts.slice(0, -1).join('.'));
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || given.toString('base64url') !== signature)
    return undefined;
  return timingSafeEqual(given, expected) ? stop : undefined;
}

/** The links reminder e-mails carry. */
@Injectable()
export class ReminderLinks {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get base(): string {
    return this.config.PUBLIC_URL.replace(/\/$/, '');
  }

  private get secret(): string {
    if (!this.config.JWT_SECRET) throw new Error('JWT_SECRET is not configured');
    return this.config.JWT_SECRET;
  }

  /**
   * The portal page that asks to confirm, then stops (a GET never changes anything), in the
   * reader's language: they may not be signed in on the device they read mail on.
   */
  stopUrl(stop: ReminderStop, lang: Locale): string {
    return `${this.base}/rappels/arreter?token=${signReminderStop(this.secret, stop)}&lang=${lang}`;
  }

  /** What a stop token names; 400 when it was not signed by us. */
  stopOf(token: string): ReminderStop {
    const stop = verifyReminderStop(this.secret, token);
    if (!stop) throw invalidAlertLink();
    return stop;
  }

  offerUrl(slug: string): string {
    return `${this.base}/offres/${encodeURIComponent(slug)}`;
  }
}
