import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { UserEntity, type AccountKind, type AccountStatus } from '../entities/user.entity';

export interface UserListFilter {
  readonly kind?: AccountKind;
  readonly status?: AccountStatus;
  readonly emailPrefix?: string;
  readonly offset: number;
  readonly limit: number;
}

@Injectable()
export class UserRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  private repo(manager?: EntityManager): Repository<UserEntity> {
    return manager ? manager.getRepository(UserEntity) : this.users;
  }

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  findManyByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.findBy({ id: In([...ids]) });
  }

  /** Case-insensitive through citext. */
  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repo(manager).findOneBy({ email: email.trim() });
  }

  create(data: Partial<UserEntity>, manager?: EntityManager): Promise<UserEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(data));
  }

  async update(id: string, changes: Partial<UserEntity>, manager?: EntityManager): Promise<void> {
    await this.repo(manager).update({ id }, { ...changes, updatedAt: new Date() });
  }

  async list(filter: UserListFilter): Promise<{ items: UserEntity[]; total: number }> {
    const qb = this.users
      .createQueryBuilder('u')
      .orderBy('u.created_at', 'DESC')
      .addOrderBy('u.id');
    if (filter.kind) qb.andWhere('u.kind = :kind', { kind: filter.kind });
    if (filter.status) qb.andWhere('u.status = :status', { status: filter.status });
    if (filter.emailPrefix) {
      qb.andWhere(`u.email::text ILIKE :prefix ESCAPE '\\'`, {
        prefix: `${filter.emailPrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const [items, total] = await qb.skip(filter.offset).take(filter.limit).getManyAndCount();
    return { items, total };
  }

  countAdmins(): Promise<number> {
    return this.users.countBy({ kind: 'admin', status: 'active' });
  }
}
