import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { BookmarkEntity } from './bookmark.entity';

@Injectable()
export class BookmarkRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private bookmarks(m?: EntityManager) {
    return (m ?? this.db.manager).getRepository(BookmarkEntity);
  }

  /** Idempotent: saving an offer twice keeps the first date. */
  async add(userId: string, offerId: string): Promise<void> {
    await this.bookmarks()
      .createQueryBuilder()
      .insert()
      .values({ userId, offerId })
      .orIgnore()
      .execute();
  }

  find(userId: string, offerId: string): Promise<BookmarkEntity | null> {
    return this.bookmarks().findOneBy({ userId, offerId });
  }

  async remove(userId: string, offerId: string): Promise<void> {
    await this.bookmarks().delete({ userId, offerId });
  }

  /** Newest first. */
  page(userId: string, offset: number, limit: number): Promise<[BookmarkEntity[], number]> {
    return this.bookmarks().findAndCount({
      where: { userId },
      order: { createdAt: 'DESC', offerId: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  all(userId: string): Promise<BookmarkEntity[]> {
    return this.bookmarks().find({
      where: { userId },
      order: { createdAt: 'DESC', offerId: 'ASC' },
    });
  }

  async erase(userId: string, m: EntityManager): Promise<void> {
    await this.bookmarks(m).delete({ userId });
  }
}
