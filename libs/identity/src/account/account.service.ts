import { Injectable } from '@nestjs/common';
import { Mailer } from '@app/core';
import type { Language, UserEntity } from '../entities/user.entity';
import { invalidCredentials, userNotFound } from '../errors';
import { identityMails } from '../mail/identity-mails';
import { PasswordHasher } from '../passwords/password-hasher';
import { IdentityAuditRepository } from '../repositories/audit.repository';
import { SessionRepository } from '../repositories/session.repository';
import { UserRepository } from '../repositories/user.repository';
import { assertAcceptablePassword, AuthService } from '../auth/auth.service';
import type { IssuedTokens, RequestMeta } from '../auth/auth.types';
import { SessionService } from '../auth/session.service';
import { PersonalDataRegistry } from './personal-data.registry';

@Injectable()
export class AccountService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessionsRepo: SessionRepository,
    private readonly sessions: SessionService,
    private readonly auth: AuthService,
    private readonly hasher: PasswordHasher,
    private readonly audit: IdentityAuditRepository,
    private readonly registry: PersonalDataRegistry,
    private readonly mailer: Mailer,
  ) {}

  async get(userId: string): Promise<UserEntity> {
    const user = await this.users.findById(userId);
    if (!user || user.status === 'deleted') throw userNotFound();
    return user;
  }

  async update(
    userId: string,
    changes: { displayName?: string; preferredLanguage?: Language },
  ): Promise<UserEntity> {
    await this.users.update(userId, {
      ...(changes.displayName !== undefined ? { displayName: changes.displayName.trim() } : {}),
      ...(changes.preferredLanguage ? { preferredLanguage: changes.preferredLanguage } : {}),
    });
    return this.get(userId);
  }

  /** Ends every session, this one included, and opens a fresh one for the caller. */
  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    meta: RequestMeta,
  ): Promise<IssuedTokens> {
    const user = await this.get(userId);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) throw invalidCredentials();
    assertAcceptablePassword(newPassword, user.email ?? undefined);
    const tokens = await this.sessionsRepo.transaction(async (m) => {
      await this.auth.setPassword(user, newPassword, 'password_change', m);
      await this.audit.record(
        { action: 'password.changed', actorId: userId, subjectId: userId, ip: meta.ip },
        m,
      );
      return this.sessions.open(user, meta, m);
    });
    if (user.email)
      await this.mailer.send(
        await identityMails.passwordChanged(
          user.email,
          user.preferredLanguage,
          this.auth.forgotLink(),
        ),
      );
    return tokens;
  }

  /** Everything stored about the account, for the data-portability right (GDPR art. 20). */
  async export(userId: string, meta: RequestMeta): Promise<Record<string, unknown>> {
    const user = await this.get(userId);
    const sessions = await this.sessionsRepo.listSessions(userId);
    const document: Record<string, unknown> = {
      exportedAt: new Date().toISOString(),
      account: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        preferredLanguage: user.preferredLanguage,
        kind: user.kind,
        status: user.status,
        emailVerifiedAt: user.emailVerifiedAt,
        createdAt: user.createdAt,
        updatedAt: user.updatedAt,
      },
      sessions: sessions.map((s) => ({
        id: s.id,
        createdAt: s.createdAt,
        lastUsedAt: s.lastUsedAt,
        revokedAt: s.revokedAt,
        userAgent: s.userAgent,
        ip: s.ip,
      })),
      securityEvents: (await this.audit.forSubject(userId)).map((e) => ({
        action: e.action,
        occurredAt: e.occurredAt,
        ip: e.ip,
      })),
    };
    for (const contributor of this.registry.all()) {
      document[contributor.section] = await contributor.export(userId);
    }
    await this.audit.record({
      action: 'personal_data.exported',
      actorId: userId,
      subjectId: userId,
      ip: meta.ip,
    });
    return document;
  }

  /**
   * Erasure (GDPR art. 17): personal data blanked, sessions revoked, other libs' personal
   * data erased through the registry; what belongs to an organisation stays with it.
   */
  async erase(userId: string, password: string): Promise<void> {
    const user = await this.get(userId);
    if (!(await this.hasher.verify(user.passwordHash, password))) throw invalidCredentials();
    await this.sessionsRepo.transaction(async (m) => {
      for (const contributor of this.registry.all()) await contributor.erase(userId, m);
      await this.users.update(
        userId,
        {
          email: null,
          passwordHash: null,
          displayName: '',
          status: 'deleted',
          deletedAt: new Date(),
          emailVerifiedAt: null,
        },
        m,
      );
      await this.sessions.revokeAll(userId, 'account_deleted', m);
      await m.query(`UPDATE auth_sessions SET ip = NULL, user_agent = NULL WHERE user_id = $1`, [
        userId,
      ]);
      await m.query(`DELETE FROM email_tokens WHERE user_id = $1`, [userId]);
      await m.query(
        `UPDATE identity_audit_events SET ip = NULL WHERE subject_id = $1 OR actor_id = $1`,
        [userId],
      );
      await this.audit.record({ action: 'account.erased', actorId: userId, subjectId: userId }, m);
    });
  }
}
