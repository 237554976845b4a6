import { Get } from '@nestjs/common';
import { AnalyticsService, REPORT_WEEKS, type OrganisationReport } from '@app/analytics';
import { titleIn, type OfferContent } from '@app/catalogue';
import { Roles } from '@app/identity';
import { OrganisationService } from '@app/support-organisation';
import { analyticsMessages, organisationMessages } from '../messages';
import { PageIdParam } from '../page-id';
import { IMPRESSION_PAGES } from '../public/search-pages.controller';
import {
  figureHeadings,
  METRICS,
  offersCsv,
  StatsFormatter,
  weekCharts,
  weeksCsv,
} from '../analytics/statistics-view';
import { sendCsv } from '../web/csv';
import { PortalController } from '../web/portal-controller';
import { absoluteUrl, Web, type WebContext } from '../web/web-context';
import { OrganisationScopes, spaceNav } from './organisation-web';

const MESSAGES = [analyticsMessages, organisationMessages];

/**
 * What an organisation's offers achieve, week by week: charts, the same figures as tables,
 * and both tables as CSV. For its members; admins may open any organisation's (the service
 * checks, a non-member gets the 404 page).
 */
@PortalController('espace/organisations/:id/statistiques')
@Roles('organisation_member', 'admin')
export class StatisticsPagesController {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly scopes: OrganisationScopes,
    private readonly organisations: OrganisationService,
  ) {}

  @Get()
  async page(@Web(MESSAGES) web: WebContext, @PageIdParam('id') id: string): Promise<void> {
    const user = web.user!;
    const report = await this.analytics.organisationReport(user, id);
    const fmt = new StatsFormatter(web.lang);
    // An admin is no member: the page without the space's navigation.
    const nav =
      user.kind === 'admin'
        ? undefined
        : spaceNav(web, await this.scopes.of(user, id), 'statistics');
    const organisation = await this.organisations.summary(id);
    const base = `/espace/organisations/${id}/statistiques`;
    await web.render(
      'organisation/statistics',
      { title: web.t('analytics.title'), noindex: true },
      {
        nav,
        styles: ['organisation.css'],
        organisation,
        fmt,
        weeks: report.weeks,
        total: report.total,
        offers: this.offerRows(web, report),
        charts: weekCharts(web.t, fmt, report.weeks, 'chart'),
        metrics: METRICS,
        headings: figureHeadings(web.t),
        reportWeeks: REPORT_WEEKS,
        impressionPages: IMPRESSION_PAGES,
        csv: { weeks: `${base}/semaines.csv`, offers: `${base}/offres.csv` },
      },
    );
  }

  @Get('semaines.csv')
  async weeksCsv(@Web(MESSAGES) web: WebContext, @PageIdParam('id') id: string): Promise<void> {
    const report = await this.analytics.organisationReport(web.user!, id);
    sendCsv(web, `statistiques-semaines-${id}.csv`, weeksCsv(web.t, report.weeks));
  }

  @Get('offres.csv')
  async offersCsv(@Web(MESSAGES) web: WebContext, @PageIdParam('id') id: string): Promise<void> {
    const report = await this.analytics.organisationReport(web.user!, id);
    // Archived offers have no public page left to point to.
    const rows = this.offerRows(web, report).map((o) => ({
      ...o,
      url: o.state === 'published' || o.state === 'expired' ? absoluteUrl(o.path) : '',
    }));
    sendCsv(web, `statistiques-offres-${id}.csv`, offersCsv(web.t, rows));
  }

  private offerRows(web: WebContext, report: OrganisationReport) {
    return report.offers.map((o) => ({
      ...o,
      title: titleIn(o.content as OfferContent, web.lang),
      path: `/offres/${encodeURIComponent(o.slug)}`,
    }));
  }
}
