import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import {
  UserEntity,
  type AccountKind,
  type AccountStatus,
  type Language,
} from '../entities/user.entity';
import { UserRepository } from '../repositories/user.repository';

/** What other libs may know of an account (entities stay inside identity). */
export interface UserSummary {
  readonly id: string;
  readonly email: string | null;
  readonly displayName: string;
  readonly kind: AccountKind;
  readonly status: AccountStatus;
  readonly preferredLanguage: Language;
  /** The address was proven (confirmation link followed). */
  readonly emailVerified: boolean;
}

const summary = (u: UserEntity): UserSummary => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  kind: u.kind,
  status: u.status,
  preferredLanguage: u.preferredLanguage,
  emailVerified: u.emailVerifiedAt !== null,
});

@Injectable()
export class UserDirectory {
  constructor(private readonly users: UserRepository) {}

  async findById(id: string): Promise<UserSummary | undefined> {
    const user = await this.users.findById(id);
    return user ? summary(user) : undefined;
  }

  async findManyByIds(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, UserSummary>> {
    if (ids.length === 0) return new Map();
    const repo = manager?.getRepository(UserEntity);
    const rows = repo
      ? await repo.findBy({ id: In([...ids]) })
      : await this.users.findManyByIds(ids);
    return new Map(rows.map((u) => [u.id, summary(u)]));
  }
}
