import { Get } from '@nestjs/common';
import { pageWindow } from '@app/core';
import { ModerationService, OfferService, titleIn } from '@app/catalogue';
import { Roles, UserDirectory } from '@app/identity';
import { OrganisationService } from '@app/support-organisation';
import { AuditQueryDto } from '../../catalogue/moderation.dto';
import { adminMessages } from '../messages';
import { FormErrors, validateWith } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { AdminFormat, pager, queryValues } from './admin-view';

/** The catalogue audit actions, for the journal's filter (the log accepts any text). */
const AUDIT_ACTIONS = [
  'offer.created',
  'offer.updated',
  'offer.submitted',
  'offer.published',
  'offer.changes_requested',
  'offer.rejected',
  'offer.archived',
  'offer.reopened',
  'offer.expired',
  'offer.reconfirmed',
  'revision.submitted',
  'revision.withdrawn',
  'revision.approved',
  'revision.changes_requested',
  'revision.rejected',
] as const;

/** The catalogue's moderation audit log, newest first, with the API's filters. */
@PortalController('admin/journal')
@Roles('admin')
export class AdminJournalPagesController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly offers: OfferService,
    private readonly organisations: OrganisationService,
    private readonly users: UserDirectory,
  ) {}

  @Get()
  async list(@Web(adminMessages) web: WebContext): Promise<void> {
    const query = queryValues(web.request.query, [
      'offerId',
      'organisationId',
      'action',
      'page',
      'pageSize',
    ]);
    const { value, violations } = await validateWith(AuditQueryDto, query);
    const errors = new FormErrors(violations, web.t);
    const { page, pageSize, offset, limit } = pageWindow(errors.any ? {} : value);
    const [events, total] = errors.any
      ? [[], 0]
      : await this.moderation.auditLog(
          { offerId: value.offerId, organisationId: value.organisationId, action: value.action },
          offset,
          limit,
        );
    const filtered = errors.any ? {} : value;
    const offerIds = [
      ...new Set(
        [filtered.offerId, ...events.map((e) => e.offerId)].filter((id): id is string => !!id),
      ),
    ];
    const organisationIds = [
      ...new Set(
        [filtered.organisationId, ...events.map((e) => e.organisationId)].filter(
          (id): id is string => !!id,
        ),
      ),
    ];
    const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))];
    const [titles, summaries, actors] = await Promise.all([
      this.offerTitles(offerIds),
      this.organisations.summaries(organisationIds),
      this.users.findManyByIds(actorIds),
    ]);
    const names = new Map([...summaries].map(([id, s]) => [id, s.name]));
    await web.render(
      'admin/journal',
      { title: web.t('admin.journal.title'), noindex: true },
      {
        styles: ['admin.css'],
        section: 'journal',
        format: new AdminFormat(web.lang),
        errors,
        filters: query,
        actions: AUDIT_ACTIONS,
        events,
        total,
        offers: titles,
        organisations: names,
        actors,
        // What the filters point at, named: "Offer: <title>".
        filteredOffer: filtered.offerId ? titles.get(filtered.offerId) : undefined,
        filteredOrganisation: filtered.organisationId
          ? names.get(filtered.organisationId)
          : undefined,
        pager: pager(web.path, page, pageSize, total),
      },
      { status: errors.any ? 400 : 200 },
    );
  }

  /** The titles of the offers on this page (one page at most: ≤ 100 offers). */
  private async offerTitles(ids: readonly string[]): Promise<Map<string, string>> {
    const titles = new Map<string, string>();
    await Promise.all(
      ids.map(async (id) => {
        try {
          titles.set(id, titleIn((await this.offers.view(id)).content));
        } catch {
          // An offer deleted since (account erasure): the id is shown instead.
        }
      }),
    );
    return titles;
  }
}
