import { Body, Get, Post } from '@nestjs/common';
import { AppError, countryList, pageWindow, type FieldViolation } from '@app/core';
import {
  ModerationService,
  OfferService,
  TaxonomyService,
  titleIn,
  type OfferView,
  type ReviewQueueItem,
} from '@app/catalogue';
import { Roles, UserDirectory } from '@app/identity';
import { VerificationService } from '@app/support-organisation';
import { ArchiveDto, DecisionDto, QueueQueryDto } from '../../catalogue/moderation.dto';
import { PageIdParam } from '../page-id';
import { adminMessages, editingMessages } from '../messages';
import { comboboxTexts } from '../web/combobox';
import { asForm, FormErrors, list, text, validateWith, violationsOf } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { AdminFormat, duration, pager, queryValues } from './admin-view';
import { compareOffers, offerFields, termIndex } from './offer-fields';
import { qualityView, refusalOf, reviewActions } from './review-actions';

const QUEUE_FILTERS = ['kind', 'category', 'country', 'organisationId', 'minAgeHours'] as const;
/** Pages of the organisation's queue read to find an item's duplicate candidates. */
const QUEUE_LOOKUP_PAGES = 10;
const QUEUE_LOOKUP_SIZE = 50;
const HISTORY_SIZE = 20;

/** Most offers one bulk decision takes (a page of the queue holds up to 100). */
const BULK_MAX = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface QueueOptions {
  readonly violations?: readonly FieldViolation[];
  readonly values?: Record<string, string>;
  readonly chosen?: readonly string[];
  readonly status?: number;
}

interface ReviewOptions {
  readonly violations?: readonly FieldViolation[];
  readonly values?: Record<string, string>;
  readonly conflict?: {
    readonly code: string;
    readonly state?: string;
    readonly message: string;
  };
  readonly status?: number;
}

/** The review queue and the review of one offer or revision, with the moderation decisions. */
@PortalController('admin/offres')
@Roles('admin')
export class AdminOffersPagesController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly offers: OfferService,
    private readonly taxonomy: TaxonomyService,
    private readonly verification: VerificationService,
    private readonly users: UserDirectory,
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
    const values = { decision: text(form, 'decision'), reason: text(form, 'reason') };
    const { value, violations } = await validateWith(DecisionDto, {
      decision: values.decision,
      reason: values.reason === '' ? undefined : values.reason,
    });
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

  @Get(':id')
  async review(@Web(adminMessages) web: WebContext, @PageIdParam('id') id: string) {
    await this.renderReview(web, id);
  }

  /** Publish, request changes or reject what waits for review (a submission or a revision). */
  @Post(':id/decision')
  async decide(
    @Web(adminMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @Body() body: unknown,
  ): Promise<void> {
    const form = asForm(body);
    const values = { decision: text(form, 'decision'), reason: text(form, 'reason') };
    const { value, violations } = await validateWith(DecisionDto, {
      decision: values.decision,
      reason: values.reason === '' ? undefined : values.reason,
    });
    if (violations.length) {
      await this.renderReview(web, id, { violations, values, status: 400 });
      return;
    }
    try {
      await this.moderation.decide(web.user!, id, value.decision, value.reason);
    } catch (error) {
      const handled = await this.decisionFailed(web, id, error, values);
      if (handled) return;
      throw error;
    }
    web.redirect('/admin/offres', `admin.flash.decision.${value.decision}`);
  }

  @Post(':id/archiver')
  async archive(
    @Web(adminMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @Body() body: unknown,
  ): Promise<void> {
    const form = asForm(body);
    const archiveReason = text(form, 'archiveReason');
    const values = { archiveReason };
    const { violations } = await validateWith(ArchiveDto, {
      reason: archiveReason === '' ? undefined : archiveReason,
    });
    if (violations.length) {
      const renamed = violations.map((v) => ({ ...v, field: 'archiveReason' }));
      await this.renderReview(web, id, { violations: renamed, values, status: 400 });
      return;
    }
    try {
      await this.moderation.archive(web.user!, id, archiveReason || undefined);
    } catch (error) {
      const handled = await this.decisionFailed(web, id, error, values, 'archiveReason');
      if (handled) return;
      throw error;
    }
    web.redirect(`/admin/offres/${id}`, 'admin.flash.offerArchived');
  }

  /** A decision the offer's state no longer allows (409) or without its reason (400): the page again. */
  private async decisionFailed(
    web: WebContext,
    id: string,
    error: unknown,
    values: Record<string, string>,
    reasonField = 'reason',
  ): Promise<boolean> {
    const violations = violationsOf(error);
    if (violations) {
      const renamed = violations.map((v) =>
        v.field === 'reason' ? { ...v, field: reasonField } : v,
      );
      await this.renderReview(web, id, { violations: renamed, values, status: 400 });
      return true;
    }
    if (error instanceof AppError && error.kind === 'conflict') {
      const state = error.extra.details?.currentState;
      await this.renderReview(web, id, {
        values,
        status: 409,
        conflict: {
          code: error.code,
          state: typeof state === 'string' ? state : undefined,
          message: error.message,
        },
      });
      return true;
    }
    return false;
  }

  private async renderReview(web: WebContext, id: string, options: ReviewOptions = {}) {
    const offer = await this.offers.view(id);
    const format = new AdminFormat(web.lang);
    const [{ organisation }, terms, [events, eventTotal]] = await Promise.all([
      this.verification.adminView(offer.organisationId),
      this.taxonomy.list(undefined, { includeRetired: true }),
      this.moderation.auditLog({ offerId: id }, 0, HISTORY_SIZE),
    ]);
    const ctx = { t: web.t, format, terms: termIndex(terms) };
    const waits = waitingKind(offer);
    const revision = offer.pendingRevision;
    const queueItem = waits ? await this.queueItem(offer, waits) : undefined;
    const actorIds = [...new Set(events.map((e) => e.actorId).filter((a): a is string => !!a))];
    const actors = await this.users.findManyByIds(actorIds);
    const proposed = waits === 'revision' && revision ? revision.content : offer.content;
    const verified = organisation.verification.status === 'verified';
    await web.render(
      'admin/offer',
      { title: titleIn(proposed), noindex: true },
      {
        styles: ['admin.css', 'editing.css'],
        section: 'offers',
        format,
        offer,
        title: titleIn(proposed),
        waits,
        submittedAt: waits === 'revision' ? revision?.submittedAt : offer.submittedAt,
        waiting: queueItem ? duration(queueItem.waitingHours, format, web.t) : undefined,
        organisation,
        duplicates: queueItem?.duplicateCandidates ?? [],
        // Waiting, but beyond the queue entries read: no candidates is not "no duplicates".
        duplicatesUnknown: !!waits && !queueItem,
        // A revision (submitted, or sent back for changes) is read beside the live version.
        comparison: revision ? compareOffers(offer.content, revision.content, ctx) : undefined,
        fields: offerFields(offer.content, ctx),
        events,
        eventTotal,
        actors,
        actions: reviewActions(offer.state, waits, verified),
        quality: qualityView(proposed, {
          organisationVerified: verified,
          lastVerifiedAt: offer.lastVerifiedAt,
          views: offer.viewCount,
          now: new Date(),
        }),
        errors: new FormErrors(options.violations ?? [], web.t),
        values: options.values ?? {},
        conflict: options.conflict,
      },
      { status: options.status ?? 200 },
    );
  }

  /** The queue's entry for the offer (its duplicate candidates and waiting time), if it waits. */
  private async queueItem(
    offer: OfferView,
    kind: 'new' | 'revision',
  ): Promise<ReviewQueueItem | undefined> {
    for (let page = 0; page < QUEUE_LOOKUP_PAGES; page += 1) {
      const { items, total } = await this.moderation.queue({
        kind,
        organisationId: offer.organisationId,
        offset: page * QUEUE_LOOKUP_SIZE,
        limit: QUEUE_LOOKUP_SIZE,
      });
      const found = items.find((item) => item.offerId === offer.id);
      if (found) return found;
      if ((page + 1) * QUEUE_LOOKUP_SIZE >= total) return undefined;
    }
    return undefined;
  }
}

/** An offer that no longer exists is a refusal of its own; any other failure is not. */
function unlessNotFound(error: unknown): undefined {
  if (error instanceof AppError && error.kind === 'not_found') return undefined;
  throw error;
}

/** What waits for a moderator's decision on this offer, if anything. */
function waitingKind(offer: OfferView): 'new' | 'revision' | undefined {
  if (offer.state === 'submitted') return 'new';
  if (offer.state === 'published' && offer.pendingRevision?.state === 'submitted')
    return 'revision';
  return undefined;
}
