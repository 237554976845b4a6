import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { PartnerApiKeyEntity } from './partner-api-key.entity';

@Injectable()
export class PartnerApiKeyRepository {
  constructor(
    @InjectRepository(PartnerApiKeyEntity) private readonly keys: Repository<PartnerApiKeyEntity>,
  ) {}

  async insert(data: {
    name: string;
    keyHash: string;
    keyPrefix: string;
    scopes: string[];
    createdBy: string;
  }): Promise<PartnerApiKeyEntity> {
    return this.keys.save(this.keys.create(data));
  }

  findById(id: string): Promise<PartnerApiKeyEntity | null> {
    return this.keys.findOneBy({ id });
  }

  /** A key still in force, by the hash of what the caller sent. */
  findActiveByHash(keyHash: string): Promise<PartnerApiKeyEntity | null> {
    return this.keys.findOneBy({ keyHash, revokedAt: IsNull() });
  }

  list(offset: number, limit: number) {
    return this.keys.findAndCount({
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  /** Revokes once: a second call changes nothing (false). */
  async revoke(id: string, by: string): Promise<boolean> {
    const result = await this.keys
      .createQueryBuilder()
      .update(PartnerApiKeyEntity)
      .set({ revokedAt: () => 'now()', revokedBy: by })
      .where('id = :id AND revoked_at IS NULL', { id })
      .execute();
    return result.affected === 1;
  }

  /** At most one write a minute per key: the date is for admins, not an exact log. */
  async touch(id: string): Promise<void> {
    await this.keys
      .createQueryBuilder()
      .update(PartnerApiKeyEntity)
      .set({ lastUsedAt: () => 'now()' })
      .where(`id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`, {
        id,
      })
      .execute();
  }
}
