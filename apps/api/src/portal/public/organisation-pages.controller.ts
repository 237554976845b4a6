import { Get, Param } from '@nestjs/common';
import { PageQueryDto, ValidationFailedError } from '@app/core';
import { PublicOffersService, TaxonomyService } from '@app/catalogue';
import { Public } from '@app/identity';
import { OrganisationService } from '@app/support-organisation';
import { publicMessages } from '../messages';
import { validateWith } from '../web/forms';
import { pagination } from '../web/pagination';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { redirectToCanonical } from './canonical';
import { contentLanguage, Formatter, httpUrl } from './format';
import { offerCard } from './offer-cards';
import { organisationStructuredData } from './structured-data';

const OFFERS_PER_PAGE = 10;
const MAX_ID_LENGTH = 200;

/** An organisation's public profile and its published offers. */
@PortalController()
export class OrganisationPagesController {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly offers: PublicOffersService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Public()
  @Get('organisations/:slug')
  async show(@Web(publicMessages) web: WebContext, @Param('slug') slug: string): Promise<void> {
    const organisation = await this.organisations.publicProfile(slug.slice(0, MAX_ID_LENGTH));
    const url = `/organisations/${encodeURIComponent(organisation.slug)}`;
    // Found by its id (or a differently written slug): one address per page.
    if (slug !== organisation.slug) return redirectToCanonical(web, url);
    const query = (web.request.query ?? {}) as Record<string, unknown>;
    const { value, violations } = await validateWith(
      PageQueryDto,
      query.page === undefined || query.page === '' ? {} : { page: query.page },
    );
    if (violations.length) throw new ValidationFailedError(violations);
    const page = value.page ?? 1;
    const { items, total } = await this.offers.list(
      { organisationId: organisation.id },
      (page - 1) * OFFERS_PER_PAGE,
      OFFERS_PER_PAGE,
    );
    const fmt = new Formatter(
      web.lang,
      await this.taxonomy.list('category', { includeRetired: true }),
    );
    const d = organisation.description;
    const descriptionLang = contentLanguage((l) => !!d[l]?.trim(), web.lang);
    const description = descriptionLang ? d[descriptionLang]!.trim() : '';
    const metaDescription = description.replace(/\s+/g, ' ').slice(0, 200);
    await web.render(
      'public/organisation',
      {
        title: organisation.name,
        titleIsContent: true,
        description: metaDescription || undefined,
        jsonLd: organisationStructuredData(organisation, metaDescription, fmt),
        canonicalPath: page > 1 ? `${url}?page=${page}` : url,
        // Unverified organisations are listed but not pushed to search engines.
        noindex: !organisation.verified,
      },
      {
        styles: ['public.css'],
        organisation,
        kind: web.t(`organisation.kind.${organisation.kind}`),
        description: description
          ? { text: description, lang: descriptionLang === web.lang ? undefined : descriptionLang }
          : undefined,
        countries: fmt.countries(organisation.countriesOfOperation),
        website: httpUrl(organisation.website),
        verifiedAt: organisation.verifiedAt ? fmt.date(organisation.verifiedAt) : undefined,
        offers: items.map((o) => offerCard(o, fmt)),
        total,
        pager: pagination(page, total, OFFERS_PER_PAGE, (p) => (p > 1 ? `${url}?page=${p}` : url)),
      },
    );
  }
}
