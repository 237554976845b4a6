import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Repository, type EntityManager } from 'typeorm';
import { EmailTokenEntity, type EmailTokenPurpose } from '../entities/email-token.entity';

@Injectable()
export class EmailTokenRepository {
  constructor(
    @InjectRepository(EmailTokenEntity) private readonly tokens: Repository<EmailTokenEntity>,
  ) {}

  async create(
    userId: string,
    purpose: EmailTokenPurpose,
    tokenHash: string,
    expiresAt: Date,
  ): Promise<void> {
    await this.tokens.insert({ userId, purpose, tokenHash, expiresAt });
  }

  /** Atomically takes a live token: single use even under concurrent clicks. */
  async consume(
    tokenHash: string,
    purpose: EmailTokenPurpose,
    manager: EntityManager,
  ): Promise<EmailTokenEntity | undefined> {
    const repo = manager.getRepository(EmailTokenEntity);
    const token = await repo.findOneBy({
      tokenHash,
      purpose,
      usedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
    if (!token) return undefined;
    const result = await repo.update({ id: token.id, usedAt: IsNull() }, { usedAt: () => 'now()' });
    return result.affected === 1 ? token : undefined;
  }

  /** Whether a token could still be used, without using it. */
  async isLive(tokenHash: string, purpose: EmailTokenPurpose): Promise<boolean> {
    return this.tokens.existsBy({
      tokenHash,
      purpose,
      usedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
  }

  /** A new link makes the older ones of the same purpose useless. */
  async invalidateAll(
    userId: string,
    purpose: EmailTokenPurpose,
    manager?: EntityManager,
  ): Promise<void> {
    await (manager?.getRepository(EmailTokenEntity) ?? this.tokens).update(
      { userId, purpose, usedAt: IsNull() },
      { usedAt: () => 'now()' },
    );
  }
}
