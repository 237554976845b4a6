import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NotFoundError, type Page } from '@app/core';
import { PublicOffersService, type OfferCardView } from '@app/catalogue';
import { PersonalDataRegistry } from '@app/identity';
import type { BookmarkEntity } from './bookmark.entity';
import { BookmarkRepository } from './bookmark.repository';

/** A saved offer with where it stands now: an expired or archived offer stays, marked so. */
export interface BookmarkView {
  readonly offerId: string;
  readonly savedAt: Date;
  readonly offer: OfferCardView;
  /** Deadline reminders on for this offer. */
  readonly reminders: boolean;
}

export const bookmarkOfferNotFound = () =>
  new NotFoundError('BOOKMARKS.OFFER_NOT_FOUND', 'No such offer.');

@Injectable()
export class BookmarksService implements OnModuleInit {
  constructor(
    private readonly repo: BookmarkRepository,
    private readonly offers: PublicOffersService,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'bookmarks',
      export: async (userId) =>
        (await this.views(await this.repo.all(userId))).map((b) => ({
          offerId: b.offerId,
          savedAt: b.savedAt,
          slug: b.offer.slug,
          state: b.offer.state,
          titles: b.offer.titles,
        })),
      erase: (userId, m) => this.repo.erase(userId, m),
    });
  }

  /** Idempotent. Any offer that was public once can be kept; a never-published one is a 404. */
  async save(userId: string, offerId: string): Promise<BookmarkView> {
    const card = (await this.offers.cards([offerId])).get(offerId);
    if (!card) throw bookmarkOfferNotFound();
    await this.repo.add(userId, offerId);
    const saved = await this.repo.find(userId, offerId);
    // Only a concurrent DELETE of the same bookmark can get here.
    if (!saved) throw bookmarkOfferNotFound();
    return { offerId, savedAt: saved.createdAt, offer: card, reminders: saved.reminders };
  }

  /** Whether this person saved this offer (an offer page shows "save" or "remove"). */
  async isSaved(userId: string, offerId: string): Promise<boolean> {
    return (await this.repo.find(userId, offerId)) !== null;
  }

  /** Idempotent: removing what is not saved is not an error. */
  async remove(userId: string, offerId: string): Promise<void> {
    await this.repo.remove(userId, offerId);
  }

  async list(
    userId: string,
    window: { page: number; pageSize: number; offset: number; limit: number },
  ): Promise<Page<BookmarkView>> {
    const [rows, total] = await this.repo.page(userId, window.offset, window.limit);
    return {
      items: await this.views(rows),
      page: window.page,
      pageSize: window.pageSize,
      total,
    };
  }

  private async views(rows: readonly BookmarkEntity[]): Promise<BookmarkView[]> {
    const cards = await this.offers.cards(rows.map((r) => r.offerId));
    // Every bookmarked offer was public once, and stays so; the filter is only defensive.
    return rows.flatMap((r) => {
      const offer = cards.get(r.offerId);
      return offer
        ? [{ offerId: r.offerId, savedAt: r.createdAt, offer, reminders: r.reminders }]
        : [];
    });
  }
}
