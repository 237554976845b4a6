import { Body, Get, Post } from '@nestjs/common';
import { AppError, type FieldViolation } from '@app/core';
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
import { ArchiveDto } from '../../catalogue/moderation.dto';
import { PageIdParam } from '../page-id';
import { adminMessages } from '../messages';
import { asForm, FormErrors, text, validateWith, violationsOf } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { AdminFormat, duration } from './admin-view';
import { compareOffers, offerFields, termIndex } from './offer-fields';
import { readDecision } from './offer-decision-form';
import { qualityView, reviewActions } from './review-actions';

/** Pages of the organisation's queue read to find an item's duplicate candidates. */
const QUEUE_LOOKUP_PAGES = 10;
const QUEUE_LOOKUP_SIZE = 50;
const HISTORY_SIZE = 20;

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

/** The review of one offer or revision, with the moderation decisions and archiving. */
@PortalController('admin/offres')
@Roles('admin')
export class AdminOfferReviewPagesController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly offers: OfferService,
    private readonly taxonomy: TaxonomyService,
    private readonly verification: VerificationService,
    private readonly users: UserDirectory,
  ) {}

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
    const { values, value, violations } = await readDecision(asForm(body));
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

/** What waits for a moderator's decision on this offer, if anything. */
function waitingKind(offer: OfferView): 'new' | 'revision' | undefined {
  if (offer.state === 'submitted') return 'new';
  if (offer.state === 'published' && offer.pendingRevision?.state === 'submitted')
    return 'revision';
  return undefined;
}
