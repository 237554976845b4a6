import { Injectable, Logger } from '@nestjs/common';
import { NotFoundError, ValidationFailedError } from '@app/core';
import { randomBytes } from 'node:crypto';
import { IdentityAuditRepository } from '../repositories/audit.repository';
import { hashToken } from '../tokens';
import type { PartnerApiKeyEntity } from './partner-api-key.entity';
import { PartnerApiKeyRepository } from './partner-api-key.repository';

/** What a key may do. Every scope is read-only: no key ever writes. */
export const PARTNER_SCOPES = ['catalogue:read'] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

const KEY_PREFIX = 'psk_';
const KEY = /^psk_[A-Za-z0-9_-]{43}$/;

/** Whether a bearer token has the shape of a partner key (not a session's access token). */
export function isPartnerApiKey(token: string): boolean {
  return token.startsWith(KEY_PREFIX);
}

export interface PartnerApiKeyView {
  readonly id: string;
  readonly name: string;
  /** The first characters, to recognise a key; the key itself is shown once, at issue. */
  readonly prefix: string;
  readonly scopes: string[];
  readonly createdAt: Date;
  readonly createdBy: string | null;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

/** The caller a valid key stands for. */
export interface PartnerPrincipal {
  readonly keyId: string;
  readonly scopes: readonly string[];
}

const toView = (k: PartnerApiKeyEntity): PartnerApiKeyView => ({
  id: k.id,
  name: k.name,
  prefix: k.keyPrefix,
  scopes: [...k.scopes],
  createdAt: k.createdAt,
  createdBy: k.createdBy,
  lastUsedAt: k.lastUsedAt,
  revokedAt: k.revokedAt,
});

export const apiKeyNotFound = () =>
  new NotFoundError('IDENTITY.API_KEY_NOT_FOUND', 'No such API key.');

/**
 * Partner API keys: issued and revoked by admins, read-only.
 * A key is 256 random bits; the database keeps its SHA-256 only. A slow password hash
 * (argon2) guards low-entropy secrets people choose against guessing once the hashes leak;
 * against a 256-bit random key, guessing is hopeless anyway, and a fast hash lets every API
 * request be checked by one indexed lookup instead of ~50 ms of CPU.
 */
@Injectable()
export class PartnerApiKeysService {
  private readonly logger = new Logger(PartnerApiKeysService.name);

  constructor(
    private readonly keys: PartnerApiKeyRepository,
    private readonly audit: IdentityAuditRepository,
  ) {}

  /** A new key: the only time its secret is returned. */
  async issue(
    adminId: string,
    input: { name: string; scopes?: readonly string[] },
  ): Promise<{ key: string; view: PartnerApiKeyView }> {
    const scopes = [...new Set(input.scopes?.length ? input.scopes : PARTNER_SCOPES)];
    const unknown = scopes.filter((s) => !(PARTNER_SCOPES as readonly string[]).includes(s));
    if (unknown.length)
      throw new ValidationFailedError([
        {
          field: 'scopes',
          rule: 'isIn',
          message: `scopes must be among: ${PARTNER_SCOPES.join(', ')}`,
        },
      ]);
    const key = KEY_PREFIX + randomBytes(32).toString('base64url');
    const entity = await this.keys.insert({
      name: input.name.trim(),
      keyHash: hashToken(key),
      keyPrefix: key.slice(0, 12),
      scopes,
      createdBy: adminId,
    });
    await this.audit.record({
      action: 'api_key.issued',
      actorId: adminId,
      subjectId: entity.id,
      details: { name: entity.name, scopes },
    });
    return { key, view: toView(entity) };
  }

  async list(offset: number, limit: number) {
    const [items, total] = await this.keys.list(offset, limit);
    return { items: items.map(toView), total };
  }

  /** Revoking is final and idempotent; the key stops working on the next request. */
  async revoke(adminId: string, id: string): Promise<PartnerApiKeyView> {
    const existing = await this.keys.findById(id);
    if (!existing) throw apiKeyNotFound();
    if (await this.keys.revoke(id, adminId))
      await this.audit.record({ action: 'api_key.revoked', actorId: adminId, subjectId: id });
    return toView((await this.keys.findById(id))!);
  }

  /** The key's principal, or null when the key is malformed, unknown or revoked. */
  async authenticate(presented: string): Promise<PartnerPrincipal | null> {
    if (!KEY.test(presented)) return null;
    const key = await this.keys.findActiveByHash(hashToken(presented));
    if (!key) return null;
    this.keys
      .touch(key.id)
      .catch((error: unknown) => this.logger.warn({ err: error }, 'API key use not recorded'));
    return { keyId: key.id, scopes: key.scopes };
  }
}
