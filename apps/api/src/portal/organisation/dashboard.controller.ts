import { Get, Query } from '@nestjs/common';
import { OFFER_STATES, OfferService, STALE_AFTER_MONTHS, titleIn } from '@app/catalogue';
import { ContactRequestService } from '@app/entrepreneur-profile';
import { Roles } from '@app/identity';
import { OrganisationService } from '@app/support-organisation';
import { organisationMessages } from '../messages';
import { PortalController } from '../web/portal-controller';
import { Web, withQuery, type WebContext } from '../web/web-context';
import { OrganisationScopes, spaceNav } from './organisation-web';

/** The date before which a published offer counts as not verified for STALE_AFTER_MONTHS. */
export function staleBefore(now = new Date()): Date {
  // In UTC and clamped to the month's last day, as PostgreSQL subtracts the reminder job's
  // `make_interval(months => …)`: the server's zone and the 31st must not move the line.
  const before = new Date(now);
  const day = before.getUTCDate();
  before.setUTCDate(1);
  before.setUTCMonth(before.getUTCMonth() - STALE_AFTER_MONTHS);
  const lastDay = new Date(
    Date.UTC(before.getUTCFullYear(), before.getUTCMonth() + 1, 0),
  ).getUTCDate();
  before.setUTCDate(Math.min(day, lastDay));
  return before;
}

@PortalController('espace')
export class OrganisationDashboardController {
  constructor(
    private readonly scopes: OrganisationScopes,
    private readonly organisations: OrganisationService,
    private readonly offers: OfferService,
    private readonly requests: ContactRequestService,
  ) {}

  @Get()
  @Roles('organisation_member')
  async dashboard(
    @Web(organisationMessages) web: WebContext,
    @Query('organisation') requested?: string,
  ): Promise<void> {
    const user = web.user!;
    const scope = await this.scopes.resolve(user, requested);
    const meta = { title: web.t('dashboard.title'), noindex: true };
    if (!scope.current) {
      await web.render('organisation/dashboard', meta, {
        nav: spaceNav(web, scope, 'dashboard'),
        styles: ['organisation.css'],
        organisation: null,
      });
      return;
    }
    const id = scope.current.id;
    const [profile, counts, stale, newRequests, format] = await Promise.all([
      this.organisations.get(id, user),
      Promise.all(
        OFFER_STATES.map(async (state) => ({
          state,
          count: (await this.offers.list(user, id, [state], 0, 1)).total,
          href: withQuery('/espace/offres', { organisation: id, state }),
        })),
      ),
      this.offers.listStale(user, id, staleBefore(), 0, 5),
      this.requests.listReceived(user, id, { status: 'new', offset: 0, limit: 5 }),
      this.scopes.formatter(web),
    ]);
    await web.render('organisation/dashboard', meta, {
      nav: spaceNav(web, scope, 'dashboard'),
      styles: ['organisation.css'],
      organisation: profile,
      counts,
      totalOffers: counts.reduce((sum, c) => sum + c.count, 0),
      stale: {
        total: stale.total,
        items: stale.items.map((o) => ({
          id: o.id,
          title: titleIn(o.content, web.lang),
          lastVerifiedAt: o.lastVerifiedAt ?? o.publishedAt,
        })),
      },
      staleMonths: STALE_AFTER_MONTHS,
      newRequests,
      f: format,
    });
  }
}
