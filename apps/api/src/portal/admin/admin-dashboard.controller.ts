import { Get } from '@nestjs/common';
import { AnalyticsService, REPORT_WEEKS } from '@app/analytics';
import { CatalogueStatsService, ModerationService, OFFER_STATES } from '@app/catalogue';
import { Roles } from '@app/identity';
import { SEARCH_DAYS, SearchInsightsService } from '@app/search';
import { VerificationService, VerificationStatsService } from '@app/support-organisation';
import { AdminInsightsQueryDto } from '../../admin-insights/admin-insights.dto';
import {
  figureHeadings,
  METRICS,
  searchCharts,
  StatsFormatter,
  weekCharts,
} from '../analytics/statistics-view';
import { adminMessages, analyticsMessages } from '../messages';
import { IMPRESSION_PAGES } from '../public/search-pages.controller';
import { FormErrors, validateWith } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { AdminFormat, duration, queryValues } from './admin-view';

/** Waiting longer than this is shown as late on the dashboard (two working days). */
const LATE_HOURS = 48;
const SEARCH_WINDOWS = [7, 30, 90, 180];
const DECISION_WINDOWS = [30, 90, 365];
const QUERY_LIMIT = 20;

/** What waits, what the catalogue holds, how fast moderation is, what people search for. */
@PortalController('admin')
@Roles('admin')
export class AdminDashboardPagesController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly verification: VerificationService,
    private readonly catalogueStats: CatalogueStatsService,
    private readonly verificationStats: VerificationStatsService,
    private readonly searchInsights: SearchInsightsService,
    private readonly analytics: AnalyticsService,
  ) {}

  @Get()
  async dashboard(@Web([adminMessages, analyticsMessages]) web: WebContext): Promise<void> {
    const query = queryValues(web.request.query, ['days', 'decisionDays']);
    const { value, violations } = await validateWith(AdminInsightsQueryDto, query);
    const errors = new FormErrors(violations, web.t);
    const days = errors.any ? 30 : (value.days ?? 30);
    const decisionDays = errors.any ? 90 : (value.decisionDays ?? 90);
    const window = { days, limit: QUERY_LIMIT };
    const one = { offset: 0, limit: 1 };
    const [
      queue,
      revisions,
      late,
      pendingOrganisations,
      byState,
      byCategory,
      byCountry,
      offerDecisions,
      verificationDecisions,
      volume,
      zeroResultQueries,
      topQueries,
      platform,
      searchDays,
    ] = await Promise.all([
      this.moderation.queue(one),
      this.moderation.queue({ ...one, kind: 'revision' }),
      this.moderation.queue({ ...one, minAgeHours: LATE_HOURS }),
      this.verification.list({ ...one, status: 'pending' }),
      this.catalogueStats.offersByState(),
      this.catalogueStats.offersByCategory(),
      this.catalogueStats.offersByCountry(),
      this.catalogueStats.timeToDecision({ days: decisionDays }),
      this.verificationStats.timeToDecision({ days: decisionDays }),
      this.searchInsights.searchVolume(days),
      this.searchInsights.topZeroResultQueries(window),
      this.searchInsights.topQueries(window),
      this.analytics.platformReport(),
      this.searchInsights.searchesByDay(),
    ]);
    const statsFormat = new StatsFormatter(web.lang);
    const format = new AdminFormat(web.lang);
    const published = byState.published;
    await web.render(
      'admin/dashboard',
      { title: web.t('admin.dashboard.title'), noindex: true },
      {
        styles: ['admin.css'],
        section: 'dashboard',
        format,
        errors,
        filters: { days: String(days), decisionDays: String(decisionDays) },
        searchWindows: SEARCH_WINDOWS.includes(days) ? SEARCH_WINDOWS : [...SEARCH_WINDOWS, days],
        decisionWindows: DECISION_WINDOWS.includes(decisionDays)
          ? DECISION_WINDOWS
          : [...DECISION_WINDOWS, decisionDays],
        lateHours: LATE_HOURS,
        queues: {
          offers: queue.total,
          revisions: revisions.total,
          late: late.total,
          oldest: queue.items[0],
          organisations: pendingOrganisations.total,
          oldestOrganisation: pendingOrganisations.items[0],
        },
        states: OFFER_STATES.map((state) => ({ state, count: byState[state] })),
        totalOffers: OFFER_STATES.reduce((sum, state) => sum + byState[state], 0),
        published,
        byCategory,
        categoryMax: Math.max(1, ...byCategory.map((c) => c.count)),
        byCountry,
        countryMax: Math.max(1, ...byCountry.countries.map((c) => c.count)),
        decisions: [
          { key: 'newOffers', ...offerDecisions.newOffers },
          { key: 'revisions', ...offerDecisions.revisions },
          { key: 'organisations', ...verificationDecisions },
        ],
        decisionDays: offerDecisions.days,
        volume,
        zeroResultQueries,
        topQueries,
        hours: (h: number | null) => duration(h, format, web.t),
        platform: {
          fmt: statsFormat,
          weeks: platform.weeks,
          total: platform.total,
          charts: weekCharts(web.t, statsFormat, platform.weeks, 'platform'),
          searchDays,
          searchCharts: searchCharts(web.t, statsFormat, searchDays),
          metrics: METRICS,
          headings: figureHeadings(web.t),
          reportWeeks: REPORT_WEEKS,
          searchDayCount: SEARCH_DAYS,
          impressionPages: IMPRESSION_PAGES,
        },
      },
      { status: errors.any ? 400 : 200 },
    );
  }
}
