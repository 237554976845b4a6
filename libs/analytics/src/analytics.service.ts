import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@app/identity';
import { MembershipService, OrganisationService } from '@app/support-organisation';
import { lastWeeks } from './iso-week';
import { OfferStatsRecorder } from './offer-stats-recorder';
import { OfferStatsRepository, type WeekCountRow, type WeekWindow } from './offer-stats.repository';

/** The statistics pages show this many ISO weeks, the current one last. */
export const REPORT_WEEKS = 12;

/** The figures of one week (or of a whole window, for an offer). */
export interface OfferFigures {
  readonly views: number;
  readonly applies: number;
  readonly bookmarks: number;
  readonly contacts: number;
  readonly impressions: number;
  /** Mean 1-based rank on search result pages, one decimal; null without impressions. */
  readonly averagePosition: number | null;
}

export interface WeekFigures extends OfferFigures {
  /** Its Monday, `YYYY-MM-DD` (UTC). */
  readonly week: string;
}

export interface OfferReportRow extends OfferFigures {
  readonly offerId: string;
  readonly slug: string;
  readonly state: string;
  /** The offer's content (titles per language), for the page to pick its language. */
  readonly content: unknown;
}

export interface OrganisationReport {
  readonly weeks: WeekFigures[];
  /** Totals over the weeks, all weeks together. */
  readonly total: OfferFigures;
  readonly offers: OfferReportRow[];
}

export interface PlatformReport {
  readonly weeks: WeekFigures[];
  readonly total: OfferFigures;
}

const averagePosition = (count: number, positionSum: number): number | null =>
  count > 0 ? Math.round((positionSum / count) * 10) / 10 : null;

/**
 * What offers achieve, per ISO week: views of their public page, clicks on "apply", bookmarks,
 * contact requests, search impressions and average position. An organisation's figures are
 * for its members (404 for anyone else) and for admins; the platform's for admins.
 */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly repo: OfferStatsRepository,
    private readonly recorder: OfferStatsRecorder,
    private readonly membership: MembershipService,
    private readonly organisations: OrganisationService,
  ) {}

  async organisationReport(
    caller: AuthenticatedUser,
    organisationId: string,
    now = new Date(),
  ): Promise<OrganisationReport> {
    if (caller.kind === 'admin') await this.organisations.summary(organisationId);
    else await this.membership.assertMember(organisationId, caller.id);
    const weeks = lastWeeks(REPORT_WEEKS, now);
    const window = { from: weeks[0], to: weeks[weeks.length - 1] };
    await this.recorder.flush();
    const [byWeek, offers] = await Promise.all([
      this.weekly(organisationId, window, weeks),
      this.repo.offerTotals(organisationId, window),
    ]);
    return {
      weeks: byWeek.map(withoutPositionSum),
      total: sumWeeks(byWeek),
      offers: offers.map((o) => ({
        offerId: o.offerId,
        slug: o.slug,
        state: o.state,
        content: o.content,
        views: o.views,
        applies: o.applies,
        bookmarks: o.bookmarks,
        contacts: o.contacts,
        impressions: o.impressions,
        averagePosition: averagePosition(o.impressions, o.positionSum),
      })),
    };
  }

  /** The same figures for the whole platform. Admins only (routes). */
  async platformReport(now = new Date()): Promise<PlatformReport> {
    const weeks = lastWeeks(REPORT_WEEKS, now);
    await this.recorder.flush();
    const byWeek = await this.weekly(null, { from: weeks[0], to: weeks[weeks.length - 1] }, weeks);
    return { weeks: byWeek.map(withoutPositionSum), total: sumWeeks(byWeek) };
  }

  private async weekly(
    organisationId: string | null,
    window: WeekWindow,
    weeks: readonly string[],
  ): Promise<CountedWeek[]> {
    const rows = (
      await Promise.all([
        this.repo.countedByWeek(organisationId, window),
        this.repo.bookmarksByWeek(organisationId, window),
        this.repo.contactsByWeek(organisationId, window),
      ])
    ).flat();
    const find = (week: string, metric: string): WeekCountRow | undefined =>
      rows.find((r) => r.week === week && r.metric === metric);
    return weeks.map((week) => {
      const impressions = find(week, 'impression');
      return {
        week,
        views: find(week, 'view')?.count ?? 0,
        applies: find(week, 'apply')?.count ?? 0,
        bookmarks: find(week, 'bookmark')?.count ?? 0,
        contacts: find(week, 'contact')?.count ?? 0,
        impressions: impressions?.count ?? 0,
        averagePosition: averagePosition(impressions?.count ?? 0, impressions?.positionSum ?? 0),
        positionSum: impressions?.positionSum ?? 0,
      };
    });
  }
}

/** A week with the sum of its impressions' positions, for an exact average over weeks. */
type CountedWeek = WeekFigures & { readonly positionSum: number };

function sumWeeks(weeks: readonly CountedWeek[]): OfferFigures {
  const sum = (pick: (w: CountedWeek) => number) => weeks.reduce((n, w) => n + pick(w), 0);
  const impressions = sum((w) => w.impressions);
  const positionSum = sum((w) => w.positionSum);
  return {
    views: sum((w) => w.views),
    applies: sum((w) => w.applies),
    bookmarks: sum((w) => w.bookmarks),
    contacts: sum((w) => w.contacts),
    impressions,
    averagePosition: averagePosition(impressions, positionSum),
  };
}

function withoutPositionSum({ positionSum: _, ...week }: CountedWeek): WeekFigures {
  return week;
}
