import { Injectable } from '@nestjs/common';
import { encodeSyncCursor, syncPositionAt, type SyncStart } from '@app/core';
import { offerNotFound } from '../errors';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../offers/offer-content';
import type { OfferEntity } from '../offers/offer.entity';
import { OfferRepository } from '../offers/offer.repository';
import { PUBLIC_STATES } from '../offers/offer-state';
import { toPublicOfferView, type PublicOfferView } from '../offers/offer-views';

/** An offer that left public view since a sync's start: a mirror deletes it. */
export interface OfferTombstone {
  readonly id: string;
  readonly deleted: true;
  /** When it left public view (archived, expired, reopened…): its last change. */
  readonly deletedAt: Date;
}

export interface PublicOfferSyncPage {
  /** Offers now public (to insert or replace) and tombstones, in the order they changed. */
  readonly items: Array<PublicOfferView | OfferTombstone>;
  /** Where the next call continues; store it for the next incremental sync. */
  readonly nextCursor: string;
  /** More changes are ready now: call again with nextCursor. */
  readonly hasMore: boolean;
}

/** An offer as a list of saved offers shows it: its public face, or where it went. */
export interface OfferCardView {
  readonly id: string;
  readonly slug: string;
  /** `unavailable`: public once, now back with its organisation (reopened as a draft). */
  readonly state: 'published' | 'expired' | 'archived' | 'unavailable';
  /** Title per content language; none while `unavailable` (a reopened draft is not reviewed). */
  readonly titles: Partial<Record<ContentLanguage, string>>;
  readonly deadline: string | null;
  readonly rolling: boolean;
}

function toOfferCardView(o: OfferEntity): OfferCardView {
  const state =
    o.state === 'published' || o.state === 'expired' || o.state === 'archived'
      ? o.state
      : 'unavailable';
  const titles: Partial<Record<ContentLanguage, string>> = {};
  if (state !== 'unavailable')
    for (const l of CONTENT_LANGUAGES) {
      const title = o.content.translations[l]?.title?.trim();
      if (title) titles[l] = title;
    }
  return { id: o.id, slug: o.slug, state, titles, deadline: o.deadline, rolling: o.rolling };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What anyone may read: published offers (and expired ones, marked so), never drafts or pending changes. */
@Injectable()
export class PublicOffersService {
  constructor(private readonly repo: OfferRepository) {}

  /** Views are counted by the pages and the API (@app/analytics), which know the request. */
  async get(idOrSlug: string): Promise<PublicOfferView> {
    const offer = UUID.test(idOrSlug)
      ? await this.repo.findById(idOrSlug)
      : await this.repo.findBySlug(idOrSlug);
    if (!offer || !PUBLIC_STATES.includes(offer.state)) throw offerNotFound();
    return toPublicOfferView(offer);
  }

  /** The offer as the search index should show it, or null when it is not public (to remove it). */
  async findForIndex(offerId: string): Promise<PublicOfferView | null> {
    const offer = await this.repo.findById(offerId);
    return offer && offer.state === 'published' ? toPublicOfferView(offer) : null;
  }

  /** Every published offer, in id order, `size` at a time (index rebuilds and reconciliation). */
  async *publishedBatches(size = 1000): AsyncGenerator<PublicOfferView[]> {
    let after: string | undefined;
    for (;;) {
      const batch = await this.repo.publishedAfter(after, size);
      if (batch.length === 0) return;
      yield batch.map(toPublicOfferView);
      after = batch[batch.length - 1].id;
    }
  }

  /**
   * Open data (HSDS export, plain CSV): published offers of verified organisations only, in
   * id order, `size` at a time, so an export never holds the whole catalogue in memory.
   */
  async *openDataBatches(size = 500): AsyncGenerator<PublicOfferView[]> {
    let after: string | undefined;
    for (;;) {
      const batch = await this.repo.openDataAfter(after, size);
      if (batch.length === 0) return;
      yield batch.map(toPublicOfferView);
      after = batch[batch.length - 1].id;
    }
  }

  /** The open-data offers, newest published first, a page at a time. */
  async openDataPage(
    offset: number,
    limit: number,
  ): Promise<{ items: PublicOfferView[]; total: number }> {
    const [offers, total] = await this.repo.openDataPage(offset, limit);
    return { items: offers.map(toPublicOfferView), total };
  }

  /** One open-data offer; 404 error when it is not published or its organisation not verified. */
  async openDataOffer(id: string): Promise<PublicOfferView> {
    const offer = UUID.test(id) ? await this.repo.openDataById(id) : null;
    if (!offer) throw offerNotFound();
    return toPublicOfferView(offer);
  }

  /** When the open data last changed (null while nothing is published). */
  openDataUpdatedAt(): Promise<Date | null> {
    return this.repo.openDataUpdatedAt();
  }

  /**
   * The offers among `ids` that were public at least once, with their current state (saved
   * offers keep showing one that expired or was archived); others are left out.
   */
  async cards(ids: readonly string[]): Promise<Map<string, OfferCardView>> {
    const offers = await this.repo.findByIds(ids);
    return new Map(
      offers.filter((o) => o.firstPublishedAt !== null).map((o) => [o.id, toOfferCardView(o)]),
    );
  }

  /**
   * The organisation of each offer among `ids` that was public at least once (the same
   * offers as `cards`), e.g. for a list of saved offers to name who runs them.
   */
  async organisationIdsOf(ids: readonly string[]): Promise<Map<string, string>> {
    const offers = await this.repo.findByIds(ids);
    return new Map(
      offers.filter((o) => o.firstPublishedAt !== null).map((o) => [o.id, o.organisationId]),
    );
  }

  /** Published offers whose deadline falls between two days (YYYY-MM-DD, both included). */
  async publishedClosingBetween(from: string, to: string): Promise<string[]> {
    return this.repo.publishedClosingBetween(from, to);
  }

  async publishedIdsOfOrganisation(organisationId: string): Promise<string[]> {
    return this.repo.publishedIdsOfOrganisation(organisationId);
  }

  /**
   * The partner sync of the public list (`published` offers): every offer public at least
   * once that changed since `start`, as its public view while published, else as a
   * tombstone. Applying the pages in order to a copy yields exactly the public list.
   */
  async sync(
    start: SyncStart,
    limit: number,
    filter: { organisationId?: string } = {},
  ): Promise<PublicOfferSyncPage> {
    const { rows, hasMore } = await this.repo.syncPublic(start, limit, filter);
    const last = rows.at(-1)?.position;
    return {
      items: rows.map(({ row }) =>
        row.state === 'published'
          ? toPublicOfferView(row)
          : { id: row.id, deleted: true as const, deletedAt: row.updatedAt },
      ),
      nextCursor: encodeSyncCursor(last ?? start.after ?? syncPositionAt(start.since!)),
      hasMore,
    };
  }

  async list(
    filter: { organisationId?: string; categoryCode?: string },
    offset: number,
    limit: number,
  ) {
    const [offers, total] = await this.repo.listPublic(filter, offset, limit);
    return { items: offers.map(toPublicOfferView), total };
  }
}
