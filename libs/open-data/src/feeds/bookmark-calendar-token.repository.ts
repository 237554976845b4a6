import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { BookmarkCalendarTokenEntity } from './bookmark-calendar-token.entity';

@Injectable()
export class BookmarkCalendarTokenRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private tokens(m?: EntityManager) {
    return (m ?? this.db.manager).getRepository(BookmarkCalendarTokenEntity);
  }

  findByUser(userId: string): Promise<BookmarkCalendarTokenEntity | null> {
    return this.tokens().findOneBy({ userId });
  }

  findByHash(tokenHash: string): Promise<BookmarkCalendarTokenEntity | null> {
    return this.tokens().findOneBy({ tokenHash });
  }

  /** One row per account: a new token replaces the old one in the same statement. */
  async replace(userId: string, tokenHash: string): Promise<BookmarkCalendarTokenEntity> {
    const [row] = (await this.db.query(
      `INSERT INTO bookmark_calendar_tokens (user_id, token_hash) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE
           SET token_hash = EXCLUDED.token_hash, created_at = now(), last_used_at = NULL
       RETURNING created_at`,
      [userId, tokenHash],
    )) as Array<{ created_at: Date }>;
    return Object.assign(new BookmarkCalendarTokenEntity(), {
      userId,
      tokenHash,
      createdAt: row.created_at,
      lastUsedAt: null,
    });
  }

  async touch(userId: string): Promise<void> {
    await this.tokens().update({ userId }, { lastUsedAt: () => 'now()' });
  }

  async remove(userId: string, m?: EntityManager): Promise<void> {
    await this.tokens(m).delete({ userId });
  }
}
