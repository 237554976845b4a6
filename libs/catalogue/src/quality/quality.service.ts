import { Injectable } from '@nestjs/common';
import { OrganisationService } from '@app/support-organisation';
import type { EntityManager } from 'typeorm';
import { completeness } from '../offers/offer-content';
import { OfferEntity } from '../offers/offer.entity';
import { qualityScore } from './quality-score';

/** Keeps the stored quality score in step with what it depends on. */
@Injectable()
export class QualityService {
  constructor(private readonly organisations: OrganisationService) {}

  async scoreFor(offer: OfferEntity, now = new Date()): Promise<number> {
    return qualityScore({
      organisationVerified: await this.organisations.isVerified(offer.organisationId),
      completeness: completeness(offer.content),
      lastVerifiedAt: offer.lastVerifiedAt,
      deadline: offer.content.dates.deadline ?? null,
      rolling: offer.content.dates.rolling,
      views: offer.viewCount,
      now,
    });
  }

  /** Recomputes one offer's score in the caller's transaction (after a change was written). */
  async refresh(offerId: string, m: EntityManager): Promise<void> {
    const offer = await m.getRepository(OfferEntity).findOneBy({ id: offerId });
    if (!offer) return;
    const score = await this.scoreFor(offer);
    if (score !== offer.qualityScore) {
      await m.query(`UPDATE offers SET quality_score = $2 WHERE id = $1`, [offerId, score]);
    }
  }
}
