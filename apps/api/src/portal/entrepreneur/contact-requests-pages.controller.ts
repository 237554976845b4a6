import { Get, Query } from '@nestjs/common';
import { PublicOffersService, TaxonomyService } from '@app/catalogue';
import {
  CONTACT_REQUEST_STATUSES,
  ContactRequestService,
  PROFILE_SHAREABLE_FIELDS,
  type ContactRequestStatus,
  type SentContactRequestView,
} from '@app/entrepreneur-profile';
import { Roles } from '@app/identity';
import { entrepreneurMessages } from '../messages';
import { PageIdParam } from '../page-id';
import { pageOf, pagination } from '../web/pagination';
import { PortalController } from '../web/portal-controller';
import { Web, withQuery, type WebContext } from '../web/web-context';
import { Formats, PAGE_SIZE, pageWindowOf, ReferenceLabels } from './page-helpers';

const LIST = '/mon-espace/demandes';

function isStatus(value: unknown): value is ContactRequestStatus {
  return (
    typeof value === 'string' && (CONTACT_REQUEST_STATUSES as readonly string[]).includes(value)
  );
}

/** /mon-espace/demandes: the contact requests I sent, and each with the organisation's answer. */
@PortalController('mon-espace/demandes')
@Roles('entrepreneur')
export class ContactRequestsPagesController {
  constructor(
    private readonly requests: ContactRequestService,
    private readonly offers: PublicOffersService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Get()
  async list(
    @Web(entrepreneurMessages) web: WebContext,
    @Query('page') pageParam: unknown,
    @Query('statut') statusParam: unknown,
  ): Promise<void> {
    const page = pageOf(pageParam);
    const status = isStatus(statusParam) ? statusParam : undefined;
    const window = pageWindowOf(page);
    const { items, total } = await this.requests.listSent(web.user!, {
      status,
      offset: window.offset,
      limit: window.limit,
    });
    await web.render(
      'entrepreneur/requests',
      { title: web.t('requests.title'), noindex: true },
      {
        current: 'requests',
        styles: ['entrepreneur.css'],
        fmt: new Formats(web.lang),
        items,
        total,
        status: status ?? '',
        statuses: CONTACT_REQUEST_STATUSES,
        pager: pagination(page, total, PAGE_SIZE, (n) =>
          withQuery(LIST, { statut: status, page: String(n) }),
        ),
      },
    );
  }

  @Get(':id')
  async detail(
    @Web(entrepreneurMessages) web: WebContext,
    @PageIdParam('id') id: string,
  ): Promise<void> {
    // Someone else's request is a 404, like one that does not exist (the service checks).
    const request = await this.requests.getSent(web.user!, id);
    const card = request.offer.id
      ? (await this.offers.cards([request.offer.id])).get(request.offer.id)
      : undefined;
    const offerUrl =
      card && (card.state === 'published' || card.state === 'expired')
        ? `/offres/${encodeURIComponent(card.slug)}`
        : undefined;
    const labels = await ReferenceLabels.load(this.taxonomy, web.lang);
    await web.render(
      'entrepreneur/request',
      { title: web.t('requests.detail.title'), noindex: true },
      {
        current: 'requests',
        styles: ['entrepreneur.css'],
        fmt: new Formats(web.lang),
        request,
        offerUrl,
        shared: sharedFieldsInWords(request, web, labels),
      },
    );
  }
}

/** The profile fields shared with the request, as label and value in the page's language. */
function sharedFieldsInWords(
  request: SentContactRequestView,
  web: WebContext,
  labels: ReferenceLabels,
): Array<{ label: string; value: string }> {
  const shared = request.sharedFields as Record<string, unknown>;
  const words = (field: string, value: unknown): string => {
    const values = (Array.isArray(value) ? value : [value]).filter(
      (v): v is string => typeof v === 'string' && v !== '',
    );
    switch (field) {
      case 'residenceCountry':
      case 'originCountries':
      case 'targetCountries':
        return values.map((c) => labels.country(c)).join(', ');
      case 'sectorCodes':
        return values.map((c) => labels.term('sector', c)).join(', ');
      case 'stageCode':
        return values.map((c) => labels.term('stage', c)).join(', ');
      case 'languages':
        return values.map((c) => labels.language(c)).join(', ');
      default:
        return values.join(', ');
    }
  };
  return PROFILE_SHAREABLE_FIELDS.filter((field) => field in shared)
    .map((field) => ({ label: web.t(`profile.${field}`), value: words(field, shared[field]) }))
    .filter((entry) => entry.value !== '');
}
