import { Injectable } from '@nestjs/common';
import { hasNonLatinLetters, slugify } from '@app/core';
import { JobQueue } from '@app/database';
import { randomBytes } from 'node:crypto';
import { titleIn, type OfferContent } from './offer-content';
import { OfferRepository } from './offer.repository';
import { OFFER_CHANGED_JOB } from './offer-jobs';

const SUFFIX = /-([0-9a-f]{6})$/;
const PAGE = 500;

/** The readable part of an offer's slug: its title in Latin letters, else a generic word. */
export function offerSlugBase(content: OfferContent): string {
  return slugify(titleIn(content), 100) || 'offre';
}

/** Offer slugs: a free one for a new offer, and the renewal of those made before transliteration. */
@Injectable()
export class OfferSlugService {
  constructor(
    private readonly repo: OfferRepository,
    private readonly jobs: JobQueue,
  ) {}

  /** `<title>-<6 hex>`, the suffix keeping two offers of the same title apart. */
  async freeSlug(content: OfferContent, suffix?: string): Promise<string> {
    const base = offerSlugBase(content);
    if (suffix && !(await this.repo.slugTaken(`${base}-${suffix}`))) return `${base}-${suffix}`;
    for (;;) {
      const slug = `${base}-${randomBytes(3).toString('hex')}`;
      if (!(await this.repo.slugTaken(slug))) return slug;
    }
  }

  /**
   * One-off (`npm run slugs:renew`): offers whose title has non-Latin letters got a slug without
   * them ("offre-3fa9c1"); they get the transliterated one, keeping their suffix, and the old
   * slug redirects. Running it again changes nothing. Returns how many offers changed.
   */
  async renewTransliterated(): Promise<number> {
    let changed = 0;
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await this.repo.slugPage(afterId, PAGE);
      if (page.length === 0) return changed;
      afterId = page[page.length - 1].id;
      for (const offer of page) {
        if (!hasNonLatinLetters(titleIn(offer.content))) continue;
        if (offer.slug.startsWith(`${offerSlugBase(offer.content)}-`)) continue;
        const slug = await this.freeSlug(offer.content, SUFFIX.exec(offer.slug)?.[1]);
        await this.repo.transaction(async (m) => {
          await this.repo.renameSlug(offer.id, offer.slug, slug, m);
          // The search documents carry the slug of their link.
          if (offer.state === 'published' || offer.state === 'expired')
            await this.jobs.sendInTransaction(m, OFFER_CHANGED_JOB, { offerId: offer.id });
        });
        changed++;
      }
    }
  }
}
