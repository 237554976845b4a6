import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_CONFIG,
  Mailer,
  ValidationFailedError,
  type AppConfig,
  type MailMessage,
} from '@app/core';
import type { EntityManager } from 'typeorm';
import type { AccountKind, Language, UserEntity } from '../entities/user.entity';
import { invalidCredentials, invalidLinkToken } from '../errors';
import { identityMails } from '../mail/identity-mails';
import { PasswordHasher } from '../passwords/password-hasher';
import { PASSWORD_MESSAGES, passwordProblem } from '../passwords/password-policy';
import { IdentityAuditRepository } from '../repositories/audit.repository';
import { EmailTokenRepository } from '../repositories/email-token.repository';
import { SessionRepository } from '../repositories/session.repository';
import { UserRepository } from '../repositories/user.repository';
import { hashToken, newOpaqueToken } from '../tokens';
import type { IssuedTokens, RequestMeta, SignUpInput } from './auth.types';
import { SessionService } from './session.service';

const VERIFY_TTL_MS = 48 * 3_600_000;
const RESET_TTL_MS = 3_600_000;

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserRepository,
    private readonly tokens: EmailTokenRepository,
    private readonly sessionsRepo: SessionRepository,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly audit: IdentityAuditRepository,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Always answers the same way: whether the address already has an account is told only
   * to that address's owner, by e-mail. Both paths hash a password, so timing is alike.
   */
  async signUp(input: SignUpInput, meta: RequestMeta): Promise<void> {
    assertAcceptablePassword(input.password, input.email);
    const passwordHash = await this.hasher.hash(input.password);
    const existing = await this.users.findByEmail(input.email);
    if (existing) {
      if (existing.status === 'active' && existing.email) {
        const link = await this.newLink(
          existing.id,
          'reset_password',
          RESET_TTL_MS,
          '/reset-password',
        );
        this.sendLater(
          identityMails.alreadyRegistered(existing.email, existing.preferredLanguage, link),
        );
      }
      return;
    }
    const kind: AccountKind =
      input.accountType === 'organisation' ? 'organisation_member' : 'entrepreneur';
    let user: UserEntity;
    try {
      user = await this.users.create({
        email: input.email.trim(),
        passwordHash,
        displayName: input.displayName.trim(),
        preferredLanguage: input.preferredLanguage,
        kind,
        status: 'active',
      });
    } catch (error) {
      if (isUniqueViolation(error)) return; // a concurrent sign-up with the same address won
      throw error;
    }
    await this.audit.record({
      action: 'account.created',
      actorId: user.id,
      subjectId: user.id,
      ip: meta.ip,
      details: { kind },
    });
    await this.sendVerification(user);
  }

  /** For the admin bootstrap command and admin tools: no e-mail round trip. */
  async createVerifiedAccount(input: {
    email: string;
    password: string;
    displayName: string;
    preferredLanguage: Language;
    kind: AccountKind;
    actorId?: string;
  }): Promise<UserEntity> {
    assertAcceptablePassword(input.password, input.email);
    const user = await this.users.create({
      email: input.email.trim(),
      passwordHash: await this.hasher.hash(input.password),
      displayName: input.displayName,
      preferredLanguage: input.preferredLanguage,
      kind: input.kind,
      status: 'active',
      emailVerifiedAt: new Date(),
    });
    await this.audit.record({
      action: 'account.created',
      actorId: input.actorId ?? null,
      subjectId: user.id,
      details: { kind: input.kind, by: input.actorId ? 'admin' : 'command' },
    });
    return user;
  }

  async signIn(
    email: string,
    password: string,
    meta: RequestMeta,
  ): Promise<{ user: UserEntity; tokens: IssuedTokens }> {
    const user = await this.users.findByEmail(email);
    const ok = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !ok || user.status !== 'active') {
      await this.audit.record({
        action: 'sign_in.failed',
        subjectId: user?.id ?? null,
        ip: meta.ip,
      });
      throw invalidCredentials();
    }
    const tokens = await this.sessions.open(user, meta);
    await this.audit.record({
      action: 'sign_in.succeeded',
      actorId: user.id,
      subjectId: user.id,
      ip: meta.ip,
    });
    return { user, tokens };
  }

  async sendVerification(user: UserEntity): Promise<void> {
    if (user.emailVerifiedAt || !user.email) return;
    await this.tokens.invalidateAll(user.id, 'verify_email');
    const link = await this.newLink(user.id, 'verify_email', VERIFY_TTL_MS, '/verify-email');
    this.sendLater(identityMails.verifyEmail(user.email, user.preferredLanguage, link));
  }

  async resendVerification(userId: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (user) await this.sendVerification(user);
  }

  async verifyEmail(token: string): Promise<void> {
    await this.sessionsRepo.transaction(async (m) => {
      const taken = await this.tokens.consume(hashToken(token), 'verify_email', m);
      if (!taken) throw invalidLinkToken();
      await this.users.update(taken.userId, { emailVerifiedAt: new Date() }, m);
      await this.audit.record(
        { action: 'email.verified', actorId: taken.userId, subjectId: taken.userId },
        m,
      );
    });
  }

  /**
   * Whether an e-mailed link is still usable, without using it: pages check it on GET (mail
   * scanners prefetch links, so only the form's POST may consume the token).
   */
  async isLinkLive(token: string, purpose: 'verify_email' | 'reset_password'): Promise<boolean> {
    if (token.length < 10 || token.length > 200) return false;
    return this.tokens.isLive(hashToken(token), purpose);
  }

  /** Same answer whether or not the address is known; only a known, active one gets mail. */
  async requestPasswordReset(email: string, meta: RequestMeta): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || user.status !== 'active' || !user.email) return;
    await this.tokens.invalidateAll(user.id, 'reset_password');
    const link = await this.newLink(user.id, 'reset_password', RESET_TTL_MS, '/reset-password');
    await this.audit.record({
      action: 'password.reset_requested',
      subjectId: user.id,
      ip: meta.ip,
    });
    this.sendLater(identityMails.resetPassword(user.email, user.preferredLanguage, link));
  }

  async confirmPasswordReset(token: string, newPassword: string, meta: RequestMeta): Promise<void> {
    const tokenHash = hashToken(token);
    const user = await this.sessionsRepo.transaction(async (m) => {
      const taken = await this.tokens.consume(tokenHash, 'reset_password', m);
      if (!taken) throw invalidLinkToken();
      const owner = await this.users.findById(taken.userId, m);
      if (!owner || owner.status !== 'active') throw invalidLinkToken();
      assertAcceptablePassword(newPassword, owner.email ?? undefined);
      await this.setPassword(owner, newPassword, 'password_reset', m);
      // Following the link proves the address too.
      if (!owner.emailVerifiedAt)
        await this.users.update(owner.id, { emailVerifiedAt: new Date() }, m);
      await this.audit.record(
        { action: 'password.reset', actorId: owner.id, subjectId: owner.id, ip: meta.ip },
        m,
      );
      return owner;
    });
    if (user.email)
      this.sendLater(
        identityMails.passwordChanged(user.email, user.preferredLanguage, this.forgotLink()),
      );
  }

  /** Sets a new password and ends every session of the account. */
  async setPassword(
    user: UserEntity,
    password: string,
    reason: string,
    m: EntityManager,
  ): Promise<void> {
    await this.users.update(user.id, { passwordHash: await this.hasher.hash(password) }, m);
    await this.sessions.revokeAll(user.id, reason, m);
  }

  private async newLink(
    userId: string,
    purpose: 'verify_email' | 'reset_password',
    ttlMs: number,
    page: string,
  ) {
    const token = newOpaqueToken();
    await this.tokens.create(userId, purpose, hashToken(token), new Date(Date.now() + ttlMs));
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}${page}?token=${token}`;
  }

  /** The page that sends a reset link, named in the "password changed" e-mail. */
  forgotLink(): string {
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}/mot-de-passe-oublie`;
  }

  /** Mail is sent after the response so its latency does not tell known from unknown addresses. */
  private sendLater(message: Promise<MailMessage>): void {
    message
      .then(async (rendered) => {
        await new Promise((resolve) => setImmediate(resolve));
        await this.mailer.send(rendered);
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'could not send e-mail'));
  }
}

export function assertAcceptablePassword(password: string, email?: string): void {
  const problem = passwordProblem(password, email);
  if (problem) {
    throw new ValidationFailedError(
      [{ field: 'password', rule: `password.${problem}`, message: PASSWORD_MESSAGES[problem].en }],
      PASSWORD_MESSAGES[problem].en,
    );
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505'
  );
}
