import { Injectable } from '@nestjs/common';
import { OFFER_STATES, type OfferState } from '../offers/offer-state';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import type { TermLabels } from '../taxonomy/taxonomy.types';
import { CatalogueStatsRepository } from './catalogue-stats.repository';

export interface CategoryOfferCount {
  readonly code: string;
  /** The parent category (financing sub-types have `financing`), null for top-level or unknown codes. */
  readonly parentCode: string | null;
  /** Labels from the taxonomy; null when the code is not (or no longer) in it. */
  readonly labels: TermLabels | null;
  /** Published offers in this category. */
  readonly count: number;
}

export interface CountryOfferCount {
  /** ISO 3166-1 alpha-2. */
  readonly countryCode: string;
  /** Published offers listing this target country. */
  readonly count: number;
}

export interface OffersByCountry {
  /** An offer listing several target countries counts in each. Most offers first. */
  readonly countries: CountryOfferCount[];
  /** Published offers with no target country (open to businesses anywhere). */
  readonly withoutTargetCountry: number;
}

/** Hours from submission to the decision, over the decisions of a window. */
export interface DecisionTimeStats {
  readonly count: number;
  /** null when there was no decision. */
  readonly medianHours: number | null;
  readonly p90Hours: number | null;
}

export interface OfferDecisionTimes {
  /** Decisions made in the last this many days. */
  readonly days: number;
  /** First submissions: published, changes requested or rejected (from the latest submission). */
  readonly newOffers: DecisionTimeStats;
  /** Revisions of published offers: approved, changes requested or rejected. */
  readonly revisions: DecisionTimeStats;
}

/**
 * Figures about the catalogue for the admin dashboard, each one SQL aggregate (no rows are
 * loaded): offers per state, published offers per category and per target country, and how
 * long moderation takes, from the append-only audit log.
 */
@Injectable()
export class CatalogueStatsService {
  constructor(
    private readonly repo: CatalogueStatsRepository,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** Every state, 0 when no offer is in it. */
  async offersByState(): Promise<Record<OfferState, number>> {
    const counts = Object.fromEntries(OFFER_STATES.map((s) => [s, 0])) as Record<
      OfferState,
      number
    >;
    for (const row of await this.repo.countByState()) {
      if ((OFFER_STATES as readonly string[]).includes(row.state))
        counts[row.state as OfferState] = row.count;
    }
    return counts;
  }

  /**
   * Published offers per category code: every current category (0 when empty, which shows
   * the gaps), plus retired or unknown codes that still have offers. Most offers first, then
   * taxonomy order.
   */
  async offersByCategory(): Promise<CategoryOfferCount[]> {
    const [rows, terms] = await Promise.all([
      this.repo.publishedByCategory(),
      this.taxonomy.list('category', { includeRetired: true }),
    ]);
    const counts = new Map(rows.map((r) => [r.code, r.count]));
    const known = new Set(terms.map((t) => t.code));
    const result: CategoryOfferCount[] = terms
      .filter((t) => t.selectable || counts.has(t.code))
      .map((t) => ({
        code: t.code,
        parentCode: t.parentCode,
        labels: t.labels,
        count: counts.get(t.code) ?? 0,
      }));
    for (const row of rows) {
      if (!known.has(row.code))
        result.push({ code: row.code, parentCode: null, labels: null, count: row.count });
    }
    // Stable sort: equal counts keep the taxonomy's display order.
    return result.sort((a, b) => b.count - a.count);
  }

  /** Published offers per target country code. */
  offersByCountry(): Promise<OffersByCountry> {
    return this.repo.publishedByTargetCountry();
  }

  /**
   * For the moderation decisions of the last `days` days (1–365, default 90): how many, and the
   * median and 90th percentile of the hours between the submission and the decision.
   */
  async timeToDecision(options: { days?: number } = {}): Promise<OfferDecisionTimes> {
    const days = Number.isFinite(options.days)
      ? Math.min(365, Math.max(1, Math.trunc(options.days!)))
      : 90;
    const [newOffers, revisions] = await Promise.all([
      this.repo.offerDecisionDelays(days),
      this.repo.revisionDecisionDelays(days),
    ]);
    return { days, newOffers, revisions };
  }
}
