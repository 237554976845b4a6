import { Get, Query } from '@nestjs/common';
import { OFFER_STATES, OfferService, titleIn, type OfferState } from '@app/catalogue';
import { Roles } from '@app/identity';
import { pageOf } from '../web/pagination';
import { PortalController } from '../web/portal-controller';
import { Web, withQuery, type WebContext } from '../web/web-context';
import { EDITOR_MESSAGES } from './offer-editor';
import { OrganisationScopes, PAGE_SIZE, pagination, spaceNav } from './organisation-web';

/** The organisation's offers (/espace/offres), filtered by state, a page at a time. */
@PortalController('espace/offres')
export class OfferListPagesController {
  constructor(
    private readonly scopes: OrganisationScopes,
    private readonly offers: OfferService,
  ) {}

  @Get()
  @Roles('organisation_member')
  async list(
    @Web(EDITOR_MESSAGES) web: WebContext,
    @Query('organisation') requested?: string,
    @Query('state') stateParam?: string,
    @Query('page') pageParam?: string,
  ): Promise<void> {
    const user = web.user!;
    const scope = await this.scopes.resolve(user, requested);
    const state = (OFFER_STATES as readonly string[]).includes(stateParam ?? '')
      ? (stateParam as OfferState)
      : undefined;
    const page = pageOf(pageParam);
    const meta = { title: web.t('offers.title'), noindex: true };
    if (!scope.current) {
      await web.render('organisation/offers', meta, {
        nav: spaceNav(web, scope, 'offers'),
        styles: ['organisation.css'],
        organisation: null,
      });
      return;
    }
    const organisationId = scope.current.id;
    const { items, total } = await this.offers.list(
      user,
      organisationId,
      state ? [state] : undefined,
      (page - 1) * PAGE_SIZE,
      PAGE_SIZE,
    );
    const base = { organisation: organisationId, state };
    await web.render('organisation/offers', meta, {
      nav: spaceNav(web, scope, 'offers'),
      styles: ['organisation.css'],
      organisation: scope.current,
      state,
      states: OFFER_STATES.map((s) => ({
        state: s,
        href: withQuery('/espace/offres', { ...base, state: s, page: undefined }),
      })),
      allHref: withQuery('/espace/offres', { ...base, state: undefined }),
      newHref: withQuery('/espace/offres/nouvelle', { organisation: organisationId }),
      items: items.map((o) => ({
        id: o.id,
        title: titleIn(o.content, web.lang),
        state: o.state,
        categoryCode: o.content.categoryCode,
        updatedAt: o.updatedAt,
        lastVerifiedAt: o.lastVerifiedAt,
        pendingRevision: o.pendingRevision?.state ?? null,
      })),
      pager: pagination(page, total, (p) =>
        withQuery('/espace/offres', { ...base, page: String(p) }),
      ),
      f: await this.scopes.formatter(web),
    });
  }
}
