import { ConflictError } from '@app/core';
import { Injectable } from '@nestjs/common';
import type { AccountKind, AccountStatus, UserEntity } from '../entities/user.entity';
import { userNotFound } from '../errors';
import { IdentityAuditRepository } from '../repositories/audit.repository';
import { SessionRepository } from '../repositories/session.repository';
import { UserRepository } from '../repositories/user.repository';

@Injectable()
export class AdminUsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly audit: IdentityAuditRepository,
  ) {}

  list(filter: {
    kind?: AccountKind;
    status?: AccountStatus;
    emailPrefix?: string;
    offset: number;
    limit: number;
  }) {
    return this.users.list(filter);
  }

  async get(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw userNotFound();
    return user;
  }

  /** Disabling signs the account out everywhere at once. */
  async disable(id: string, actorId: string): Promise<UserEntity> {
    if (id === actorId)
      throw new ConflictError(
        'IDENTITY.CANNOT_DISABLE_SELF',
        'You cannot disable your own account.',
      );
    const user = await this.get(id);
    if (user.status === 'deleted')
      throw new ConflictError('IDENTITY.ACCOUNT_DELETED', 'This account was deleted.');
    await this.sessions.transaction(async (m) => {
      await this.users.update(id, { status: 'disabled' }, m);
      await this.sessions.revokeAllSessions(id, 'account_disabled', m);
      await this.audit.record({ action: 'account.disabled', actorId, subjectId: id }, m);
    });
    return this.get(id);
  }

  async enable(id: string, actorId: string): Promise<UserEntity> {
    const user = await this.get(id);
    if (user.status === 'deleted')
      throw new ConflictError('IDENTITY.ACCOUNT_DELETED', 'This account was deleted.');
    await this.users.update(id, { status: 'active' });
    await this.audit.record({ action: 'account.enabled', actorId, subjectId: id });
    return this.get(id);
  }

  /** Admins are never self-created: an admin promotes another account. */
  async promoteToAdmin(id: string, actorId: string): Promise<UserEntity> {
    const user = await this.get(id);
    if (user.status !== 'active')
      throw new ConflictError(
        'IDENTITY.ACCOUNT_NOT_ACTIVE',
        'Only an active account can be promoted.',
      );
    if (user.kind !== 'admin') {
      await this.sessions.transaction(async (m) => {
        await this.users.update(id, { kind: 'admin' }, m);
        // Tokens carry the role: make the account sign in again to get one with the new role.
        await this.sessions.revokeAllSessions(id, 'role_changed', m);
        await this.audit.record(
          { action: 'account.promoted', actorId, subjectId: id, details: { from: user.kind } },
          m,
        );
      });
    }
    return this.get(id);
  }
}
