import { Body, Get, Post } from '@nestjs/common';
import { AppError, countryList, pageWindow, type FieldViolation } from '@app/core';
import {
  ModerationService,
  OfferService,
  TaxonomyService,
  titleIn,
  type ReviewQueueItem,
} from '@app/catalogue';
import { Roles } from '@app/identity';
import { QueueQueryDto } from '../../catalogue/moderation.dto';
import { adminMessages, editingMessages } from '../messages';
import { comboboxTexts } from '../web/combobox';
import { asForm, FormErrors, list, validateWith } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { AdminFormat, duration, pager, queryValues } from './admin-view';
import { termIndex } from './offer-fields';
import { readDecision } from './offer-decision-form';
import { refusalOf } from './review-actions';

const QUEUE_FILTERS = ['kind', 'category', 'country', 'organisationId', 'minAgeHours'] as const;

/** Most offers one bulk decision takes (a page of the queue holds up to 100). */
const BULK_MAX = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface QueueOptions {
  readonly violations?: readonly FieldViolation[];
  readonly values?: Record<string, string>;
  readonly chosen?: readonly string[];
  readonly status?: number;
}

/**
 * The review queue of offers and its bulk moderation. Registered before
 * AdminOfferReviewPagesController, so that its static paths come before the `:id` ones.
 */
@PortalController('admin/offres')
@Roles('admin')
export class AdminOfferQueuePagesController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly offers: OfferService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** Oldest first, with the filters of the API's review queue. */
  @Get()
  async queue(@Web([adminMessages, editingMessages]) web: WebContext): Promise<void> {
    await this.renderQueue(web);
  }

  /**
   * One decision on several offers. Each goes through the same service call as the review
   * page (audited on its own, refused where its state or organisation forbids it); the answer
   * lists what was decided and what was refused, and why.
   */
  @Post('lot')
  async bulk(
    @Web([adminMessages, editingMessages]) web: WebContext,
    @Body() body: unknown,
  ): Promise<void> {
    const form = asForm(body);
    const ids = [...new Set(list(form, 'offerIds'))];
    const { values, value, violations } = await readDecision(form);
    const all = [...violations];
    if (ids.length === 0)
      all.push({ field: 'offerIds', rule: 'required', message: 'Choose offers.' });
    if (ids.length > BULK_MAX)
      all.push({ field: 'offerIds', rule: 'arrayMaxSize', message: 'Too many offers.' });
    if (violations.length === 0 && value.decision !== 'publish' && !values.reason.trim())
      all.push({ field: 'reason', rule: 'required', message: 'Give a reason.' });
    if (all.length) {
      await this.renderQueue(web, { violations: all, values, chosen: ids, status: 400 });
      return;
    }
    const decided: Array<{ id: string; title: string }> = [];
    const refused: Array<{ id: string; title: string; why: string; organisationId?: string }> = [];
    for (const id of ids) {
      const offer = UUID.test(id) ? await this.offers.view(id).catch(unlessNotFound) : undefined;
      if (!offer) {
        refused.push({ id, title: id, why: web.t('admin.bulk.refused.notFound') });
        continue;
      }
      const title = titleIn(offer.pendingRevision?.content ?? offer.content);
      try {
        await this.moderation.decide(web.user!, id, value.decision, value.reason);
        decided.push({ id, title });
      } catch (error) {
        const refusal = refusalOf(error);
        if (!refusal) throw error;
        const state = refusal.state ? web.t(`admin.offerState.${refusal.state}`) : '';
        refused.push({
          id,
          title,
          why: web.t(refusal.key, { state }),
          organisationId:
            refusal.key === 'admin.bulk.refused.notVerified' ? offer.organisationId : undefined,
        });
      }
    }
    await web.render(
      'admin/offers-bulk',
      { title: web.t('admin.bulk.resultTitle'), noindex: true },
      {
        styles: ['admin.css', 'editing.css'],
        section: 'offers',
        decision: value.decision,
        decided,
        refused,
      },
    );
  }

  private async renderQueue(web: WebContext, options: QueueOptions = {}): Promise<void> {
    const query = queryValues(web.request.query, [...QUEUE_FILTERS, 'page', 'pageSize']);
    const { value, violations } = await validateWith(QueueQueryDto, query);
    const errors = new FormErrors([...violations, ...(options.violations ?? [])], web.t);
    const format = new AdminFormat(web.lang);
    const [categories, organisations] = await Promise.all([
      this.taxonomy.list('category', { includeRetired: true }),
      this.moderation.queueOrganisations(),
    ]);
    const labels = termIndex(categories);
    let items: ReviewQueueItem[] = [];
    let total = 0;
    const { page, pageSize, offset, limit } = pageWindow(violations.length ? {} : value);
    if (!violations.length) {
      ({ items, total } = await this.moderation.queue({
        kind: value.kind,
        categoryCode: value.category,
        countryCode: value.country,
        organisationId: value.organisationId,
        minAgeHours: value.minAgeHours,
        offset,
        limit,
      }));
    }
    // A filter on an organisation with nothing waiting any more is still shown as chosen.
    const chosenOrganisation = query.organisationId;
    const organisationOptions = organisations.map((o) => ({
      value: o.id,
      label: web.t('admin.offers.filter.organisationOption', { name: o.name, count: o.waiting }),
    }));
    if (chosenOrganisation && !organisations.some((o) => o.id === chosenOrganisation))
      organisationOptions.push({ value: chosenOrganisation, label: chosenOrganisation });
    await web.render(
      'admin/offers',
      { title: web.t('admin.offers.title'), noindex: true },
      {
        styles: ['admin.css', 'editing.css'],
        scripts: ['combobox.js', 'select-all.js'],
        section: 'offers',
        format,
        errors,
        // As typed, the country code as the API reads it (upper case).
        filters: { ...query, country: value.country ?? query.country },
        categories,
        categoryLabel: (code: string) => format.label(labels.get(`category:${code}`), code),
        countries: countryList(web.lang),
        organisationOptions,
        waiting: (hours: number) => duration(hours, format, web.t),
        items,
        total,
        // A bulk form refused (POST /admin/offres/lot) pages through the queue itself.
        pager: pager(
          web.request.method === 'GET' ? web.path : '/admin/offres',
          page,
          pageSize,
          total,
        ),
        bulk: { values: options.values ?? {}, chosen: options.chosen ?? [] },
        comboboxTexts: comboboxTexts(web.t),
      },
      { status: options.status ?? (violations.length ? 400 : 200) },
    );
  }
}

/** An offer that no longer exists is a refusal of its own; any other failure is not. */
function unlessNotFound(error: unknown): undefined {
  if (error instanceof AppError && error.kind === 'not_found') return undefined;
  throw error;
}
