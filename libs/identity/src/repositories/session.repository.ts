import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { RefreshTokenEntity, SessionEntity } from '../entities/session.entity';
import type { AccountKind } from '../entities/user.entity';

export interface SessionPrincipal {
  readonly userId: string;
  readonly sessionId: string;
  readonly kind: AccountKind;
  readonly email: string;
  readonly preferredLanguage: string;
}

@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async createSession(
    data: { userId: string; expiresAt: Date; userAgent?: string; ip?: string },
    manager: EntityManager,
  ): Promise<SessionEntity> {
    const repo = manager.getRepository(SessionEntity);
    return repo.save(
      repo.create({
        userId: data.userId,
        expiresAt: data.expiresAt,
        userAgent: data.userAgent ?? null,
        ip: data.ip ?? null,
      }),
    );
  }

  async addRefreshToken(
    sessionId: string,
    tokenHash: string,
    expiresAt: Date,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(RefreshTokenEntity).insert({ sessionId, tokenHash, expiresAt });
  }

  findRefreshToken(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.db.getRepository(RefreshTokenEntity).findOneBy({ tokenHash });
  }

  findSession(id: string, manager?: EntityManager): Promise<SessionEntity | null> {
    return (manager ?? this.db.manager).getRepository(SessionEntity).findOneBy({ id });
  }

  /** Marks the token used only if nobody did first: the loser of a race is treated as a replay. */
  async consumeRefreshToken(id: string, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .getRepository(RefreshTokenEntity)
      .update({ id, usedAt: IsNull() }, { usedAt: () => 'now()' });
    return (result.affected ?? 0) === 1;
  }

  async touchSession(id: string, expiresAt: Date, manager: EntityManager): Promise<void> {
    await manager
      .getRepository(SessionEntity)
      .update({ id }, { lastUsedAt: () => 'now()', expiresAt });
  }

  async revokeSession(id: string, reason: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.db.manager)
      .getRepository(SessionEntity)
      .update({ id, revokedAt: IsNull() }, { revokedAt: () => 'now()', revokedReason: reason });
  }

  async revokeAllSessions(userId: string, reason: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.db.manager)
      .getRepository(SessionEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: () => 'now()', revokedReason: reason });
  }

  listSessions(userId: string): Promise<SessionEntity[]> {
    return this.db
      .getRepository(SessionEntity)
      .find({ where: { userId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  async findPrincipalInSession(
    userId: string,
    sessionId: string,
    manager: EntityManager,
  ): Promise<{ kind: AccountKind } | undefined> {
    const rows: Array<{ kind: AccountKind }> = await manager.query(
      `SELECT u.kind FROM users u WHERE u.id = $1 AND u.status = 'active'`,
      [userId],
    );
    return sessionId && rows[0] ? rows[0] : undefined;
  }

  /** One indexed lookup per authenticated request: the account is active and the session live. */
  async findPrincipal(userId: string, sessionId: string): Promise<SessionPrincipal | undefined> {
    const rows: Array<{ kind: AccountKind; email: string; preferred_language: string }> =
      await this.db.query(
        `SELECT u.kind, u.email, u.preferred_language
         FROM auth_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND u.id = $2 AND u.status = 'active'
          AND s.revoked_at IS NULL AND s.expires_at > now()`,
        [sessionId, userId],
      );
    const row = rows[0];
    return row
      ? {
          userId,
          sessionId,
          kind: row.kind,
          email: row.email,
          preferredLanguage: row.preferred_language,
        }
      : undefined;
  }
}
