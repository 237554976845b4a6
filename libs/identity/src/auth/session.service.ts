import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';
import type { EntityManager } from 'typeorm';
import type { UserEntity } from '../entities/user.entity';
import { invalidRefreshToken } from '../errors';
import { IdentityAuditRepository } from '../repositories/audit.repository';
import { SessionRepository } from '../repositories/session.repository';
import { hashToken, newOpaqueToken } from '../tokens';
import { AccessTokenService } from './access-token.service';
import type { IssuedTokens, RequestMeta } from './auth.types';

/** How long after a refresh token was traded a page may still present it (see renewForPage). */
export const PAGE_RENEWAL_GRACE_MS = 20_000;

/** What a page renewal gives: a rotated pair, or (within the grace) a new access token only. */
export type PageRenewal =
  | { readonly rotated: true; readonly tokens: IssuedTokens }
  | { readonly rotated: false; readonly accessToken: string; readonly accessTokenExpiresAt: Date };

/**
 * Sign-in sessions. Each holds a family of opaque refresh tokens; every refresh rotates
 * the token, and presenting one that was already used revokes the whole family (a stolen
 * token and its legitimate twin cannot both go on).
 */
@Injectable()
export class SessionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionRepository,
    private readonly accessTokens: AccessTokenService,
    private readonly audit: IdentityAuditRepository,
  ) {}

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
  }

  async open(user: UserEntity, meta: RequestMeta, manager?: EntityManager): Promise<IssuedTokens> {
    const work = async (m: EntityManager) => {
      const expiresAt = this.refreshExpiry();
      const session = await this.sessions.createSession(
        { userId: user.id, expiresAt, userAgent: meta.userAgent?.slice(0, 400), ip: meta.ip },
        m,
      );
      return this.issue(user.id, user.kind, session.id, expiresAt, m);
    };
    return manager ? work(manager) : this.sessions.transaction(work);
  }

  async refresh(refreshToken: string, meta: RequestMeta): Promise<IssuedTokens> {
    const stored = await this.sessions.findRefreshToken(hashToken(refreshToken));
    if (!stored) throw invalidRefreshToken();
    const outcome = await this.sessions.transaction(async (m) => {
      const session = await this.sessions.findSession(stored.sessionId, m);
      if (
        !session ||
        session.revokedAt ||
        session.expiresAt <= new Date() ||
        stored.expiresAt <= new Date()
      ) {
        return 'ended' as const;
      }
      if (!(await this.sessions.consumeRefreshToken(stored.id, m))) return 'replayed' as const;
      const principal = await this.sessions.findPrincipalInSession(session.userId, session.id, m);
      if (!principal) return 'ended' as const;
      const expiresAt = this.refreshExpiry();
      await this.sessions.touchSession(session.id, expiresAt, m);
      return this.issue(session.userId, principal.kind, session.id, expiresAt, m);
    });
    if (outcome === 'replayed') {
      await this.sessions.revokeSession(stored.sessionId, 'refresh_reuse');
      await this.audit.record({
        action: 'session.refresh_reuse_detected',
        subjectId: (await this.sessions.findSession(stored.sessionId))?.userId,
        ip: meta.ip,
        details: { sessionId: stored.sessionId },
      });
    }
    if (outcome === 'replayed' || outcome === 'ended') throw invalidRefreshToken();
    return outcome;
  }

  /**
   * `refresh` for page navigations, where several tabs of one browser can renew with the
   * same cookie at once: the first rotates the pair; one presenting the token that was
   * traded less than PAGE_RENEWAL_GRACE_MS ago gets a new access token for the same live
   * session instead of ending it as a replay. Later reuse is still a replay.
   */
  async renewForPage(refreshToken: string, meta: RequestMeta): Promise<PageRenewal> {
    const stored = await this.sessions.findRefreshToken(hashToken(refreshToken));
    if (stored?.usedAt && Date.now() - stored.usedAt.getTime() < PAGE_RENEWAL_GRACE_MS) {
      const session = await this.sessions.findSession(stored.sessionId);
      const principal = session && (await this.sessions.findPrincipal(session.userId, session.id));
      if (principal) {
        return {
          rotated: false,
          accessToken: this.accessTokens.sign({
            sub: principal.userId,
            sid: principal.sessionId,
            role: principal.kind,
          }),
          accessTokenExpiresAt: new Date(Date.now() + this.accessTokens.ttlSeconds * 1000),
        };
      }
    }
    return { rotated: true, tokens: await this.refresh(refreshToken, meta) };
  }

  async revoke(sessionId: string, reason: string): Promise<void> {
    await this.sessions.revokeSession(sessionId, reason);
  }

  async revokeByRefreshToken(refreshToken: string): Promise<void> {
    const stored = await this.sessions.findRefreshToken(hashToken(refreshToken));
    if (stored) await this.sessions.revokeSession(stored.sessionId, 'sign_out');
  }

  async revokeAll(userId: string, reason: string, manager?: EntityManager): Promise<void> {
    await this.sessions.revokeAllSessions(userId, reason, manager);
  }

  private async issue(
    userId: string,
    kind: UserEntity['kind'],
    sessionId: string,
    refreshExpiresAt: Date,
    m: EntityManager,
  ): Promise<IssuedTokens> {
    const refreshToken = newOpaqueToken();
    await this.sessions.addRefreshToken(sessionId, hashToken(refreshToken), refreshExpiresAt, m);
    return {
      accessToken: this.accessTokens.sign({ sub: userId, sid: sessionId, role: kind }),
      accessTokenExpiresAt: new Date(Date.now() + this.accessTokens.ttlSeconds * 1000),
      refreshToken,
      refreshTokenExpiresAt: refreshExpiresAt,
      sessionId,
    };
  }
}
