import { Get } from '@nestjs/common';
import { OfferService, TaxonomyService } from '@app/catalogue';
import { ExchangeRates } from '@app/core';
import { Roles } from '@app/identity';
import { OrganisationService } from '@app/support-organisation';
import { PageIdParam } from '../page-id';
import { editingMessages, publicMessages } from '../messages';
import { offerPageModel } from '../public/offer-page';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { findOwnOffer, OrganisationScopes } from './organisation-web';

/**
 * An offer as its public page will show it, before it is published: the same template as
 * /offres/:slug, with the content waiting for review (a revision of a published offer, or
 * the draft), under a banner. Only the offer's own organisation sees it; never indexed.
 */
@PortalController('espace/offres')
export class OfferPreviewController {
  constructor(
    private readonly scopes: OrganisationScopes,
    private readonly offers: OfferService,
    private readonly taxonomy: TaxonomyService,
    private readonly organisations: OrganisationService,
    private readonly rates: ExchangeRates,
  ) {}

  @Get(':id/apercu')
  @Roles('organisation_member')
  async preview(
    @Web([editingMessages, publicMessages]) web: WebContext,
    @PageIdParam('id') id: string,
  ): Promise<void> {
    const { offer } = await findOwnOffer(this.scopes, this.offers, web.user!, id);
    const content = offer.pendingRevision?.content ?? offer.content;
    const [terms, organisation] = await Promise.all([
      this.taxonomy.list(undefined, { includeRetired: true }),
      this.organisations.summary(offer.organisationId),
    ]);
    const here = `/espace/offres/${offer.id}/apercu`;
    const page = offerPageModel(web, {
      offer: { ...offer, content },
      terms,
      organisation,
      languageUrl: (lang) => `${here}?lang=${lang}`,
      rates: this.rates,
    });
    await web.render(
      'public/offer',
      {
        title: web.t('editing.preview.title', {
          title: page.title.text || web.t('editing.preview.untitled'),
        }),
        noindex: true,
      },
      {
        ...page.data,
        styles: ['public.css', 'editing.css'],
        canContact: false,
        preview: { editUrl: `/espace/offres/${offer.id}` },
      },
    );
  }
}
