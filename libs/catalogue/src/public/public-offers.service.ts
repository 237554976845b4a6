import { Injectable, Logger } from '@nestjs/common';
import { offerNotFound } from '../errors';
import { OfferRepository } from '../offers/offer.repository';
import { PUBLIC_STATES } from '../offers/offer-state';
import { toPublicOfferView, type PublicOfferView } from '../offers/offer-views';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What anyone may read: published offers (and expired ones, marked so), never drafts or pending changes. */
@Injectable()
export class PublicOffersService {
  private readonly logger = new Logger(PublicOffersService.name);

  constructor(private readonly repo: OfferRepository) {}

  async get(idOrSlug: string, options: { countView?: boolean } = {}): Promise<PublicOfferView> {
    const offer = UUID.test(idOrSlug)
      ? await this.repo.findById(idOrSlug)
      : await this.repo.findBySlug(idOrSlug);
    if (!offer || !PUBLIC_STATES.includes(offer.state)) throw offerNotFound();
    if (options.countView) {
      // Popularity feeds the quality score; a lost count is harmless, a slow page is not.
      this.repo
        .incrementViews(offer.id)
        .catch((error: unknown) => this.logger.warn({ err: error }, 'view not counted'));
    }
    return toPublicOfferView(offer);
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
