import { Inject, Injectable } from '@nestjs/common';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { AppError, APP_CONFIG, type AppConfig } from '@app/core';

/** What a signed alert link may do; each purpose signs with its own key. */
export type AlertLinkPurpose = 'unsubscribe';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A key for one purpose only, derived from the platform secret (HKDF-SHA256). */
function purposeKey(secret: string, purpose: AlertLinkPurpose): Buffer {
  return Buffer.from(
    hkdfSync('sha256', secret, 'passerelle', `passerelle/alert-link/${purpose}/v1`, 32),
  );
}

function mac(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(payload, 'utf8').digest();
}

/**
 * `<purpose>.<saved search id>.<HMAC-SHA256 of both, base64url>`: works without signing in and
 * without anything stored, never expires (an unsubscribe link must keep working), and cannot
 * be turned into another purpose or another saved search.
 */
export function signAlertToken(secret: string, purpose: AlertLinkPurpose, id: string): string {
  const payload = `${purpose}.${id}`;
  return `${payload}.${mac(purposeKey(secret, purpose), payload).toString('base64url')}`;
}

/** The saved search id, or undefined for anything not signed by us for this purpose. */
export function verifyAlertToken(
  secret: string,
  purpose: AlertLinkPurpose,
  token: string,
): string | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [tokenPurpose, id, signature] = parts;
  if (tokenPurpose !== purpose || !UUID.test(id)) return undefined;
  const expected = mac(purposeKey(secret, purpose), `${tokenPurpose}.${id}`);
  const given = Buffer.from(signature, 'base64url');
  // base64url decoding ignores stray characters: compare the re-encoded form as well.
  if (given.length !== expected.length || given.toString('base64url') !== signature)
    return undefined;
  return timingSafeEqual(given, expected) ? id : undefined;
}

export const invalidAlertLink = () =>
  new AppError(
    'validation',
    'ALERTS.INVALID_TOKEN',
    'This link is invalid, expired or already used.',
    {
      violations: [
        {
          field: 'token',
          rule: 'validToken',
          message: 'This link is invalid, expired or already used.',
        },
      ],
    },
  );

/** The links alert e-mails carry. */
@Injectable()
export class AlertLinks {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private get base(): string {
    return this.config.PUBLIC_URL.replace(/\/$/, '');
  }

  private get secret(): string {
    // Both the API (verifying) and the worker (signing) need it.
    if (!this.config.JWT_SECRET) throw new Error('JWT_SECRET is not configured');
    return this.config.JWT_SECRET;
  }

  /**
   * No sign-in: the portal page that asks to confirm, then stops the alert (a GET never
   * unsubscribes, so link scanners cannot). GET /api/v1/alerts/unsubscribe takes the same token.
   */
  unsubscribeUrl(savedSearchId: string): string {
    return `${this.base}/alertes/desabonner?token=${signAlertToken(this.secret, 'unsubscribe', savedSearchId)}`;
  }

  /** The saved search an unsubscribe token names; 400 when it was not signed by us. */
  unsubscribeTarget(token: string): string {
    const id = verifyAlertToken(this.secret, 'unsubscribe', token);
    if (!id) throw invalidAlertLink();
    return id;
  }

  /** The portal page that posts the token to POST /api/v1/alerts/confirm. */
  confirmUrl(token: string): string {
    return `${this.base}/alertes/confirmer?token=${token}`;
  }

  homeUrl(): string {
    return `${this.base}/`;
  }

  offerUrl(slug: string): string {
    return `${this.base}/offres/${encodeURIComponent(slug)}`;
  }
}
