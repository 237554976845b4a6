import { Injectable } from '@nestjs/common';
import { ValidationFailedError, type FieldViolation } from '@app/core';
import { JobQueue } from '@app/database';
import type { AuthenticatedUser } from '@app/identity';
import { MembershipService } from '@app/support-organisation';
import type { EntityManager } from 'typeorm';
import { illegalTransition, offerNotFound, staleVersion } from '../errors';
import { QualityService } from '../quality/quality.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { contentViolations, type OfferContent } from './offer-content';
import type { OfferEntity } from './offer.entity';
import { OfferSlugService } from './offer-slugs.service';
import { derivedColumns, OfferRepository } from './offer.repository';
import {
  checkTransition,
  EDITABLE_IN_PLACE,
  type OfferAction,
  type OfferState,
} from './offer-state';
import { toOfferView, type OfferView } from './offer-views';

export { OFFER_CHANGED_JOB } from './offer-jobs';
import { OFFER_CHANGED_JOB } from './offer-jobs';

/**
 * The organisation side of the catalogue: write offers, submit them for review, keep them
 * current. Every method first checks that the caller belongs to the organisation (404 if not)
 * and that the offer is that organisation's (404 if not).
 */
@Injectable()
export class OfferService {
  constructor(
    private readonly repo: OfferRepository,
    private readonly slugs: OfferSlugService,
    private readonly membership: MembershipService,
    private readonly taxonomy: TaxonomyService,
    private readonly quality: QualityService,
    private readonly jobs: JobQueue,
  ) {}

  async create(
    caller: AuthenticatedUser,
    organisationId: string,
    content: OfferContent,
  ): Promise<OfferView> {
    await this.membership.assertMember(organisationId, caller.id);
    await this.validate(content);
    const slug = await this.slugs.freeSlug(content);
    const offer = await this.repo.transaction(async (m) => {
      const created = await this.repo.insert(
        {
          organisationId,
          slug,
          state: 'draft',
          content,
          ...derivedColumns(content),
          createdBy: caller.id,
        },
        m,
      );
      await this.repo.audit(
        {
          organisationId,
          offerId: created.id,
          actorId: caller.id,
          actorRole: 'organisation',
          action: 'offer.created',
          toState: 'draft',
        },
        m,
      );
      await this.quality.refresh(created.id, m);
      return created;
    });
    return this.view(offer.id);
  }

  async get(
    caller: AuthenticatedUser,
    organisationId: string,
    offerId: string,
  ): Promise<OfferView> {
    await this.owned(caller, organisationId, offerId);
    return this.view(offerId);
  }

  async list(
    caller: AuthenticatedUser,
    organisationId: string,
    states: OfferState[] | undefined,
    offset: number,
    limit: number,
  ) {
    await this.membership.assertMember(organisationId, caller.id);
    const [offers, total] = await this.repo.listForOrganisation(
      organisationId,
      states,
      offset,
      limit,
    );
    const items: OfferView[] = [];
    for (const o of offers)
      items.push(
        toOfferView(o, o.state === 'published' ? await this.repo.openRevision(o.id) : null),
      );
    return { items, total };
  }

  /**
   * Published offers not verified since `before` (the freshness reminders use
   * STALE_AFTER_MONTHS), stalest first: what the organisation should re-confirm.
   */
  async listStale(
    caller: AuthenticatedUser,
    organisationId: string,
    before: Date,
    offset: number,
    limit: number,
  ): Promise<{ items: OfferView[]; total: number }> {
    await this.membership.assertMember(organisationId, caller.id);
    const [offers, total] = await this.repo.listVerifiedBefore(
      organisationId,
      before,
      offset,
      limit,
    );
    const items: OfferView[] = [];
    for (const o of offers) items.push(toOfferView(o, await this.repo.openRevision(o.id)));
    return { items, total };
  }

  /**
   * Drafts and offers sent back for changes are edited in place. A published offer keeps its
   * live version: the edit becomes a revision waiting for review.
   */
  async update(
    caller: AuthenticatedUser,
    organisationId: string,
    offerId: string,
    content: OfferContent,
    expectedVersion?: number,
  ): Promise<OfferView> {
    const current = await this.owned(caller, organisationId, offerId);
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw staleVersion(current.version, current.state);
    }
    await this.validate(content, current.content);
    await this.repo.transaction(async (m) => {
      if (EDITABLE_IN_PLACE.includes(current.state)) {
        const ok = await this.repo.updateIf(
          offerId,
          { state: current.state, version: current.version },
          { content, ...derivedColumns(content) },
          m,
        );
        if (!ok) throw await this.conflict(offerId);
        await this.repo.audit(
          {
            organisationId,
            offerId,
            actorId: caller.id,
            actorRole: 'organisation',
            action: 'offer.updated',
            fromState: current.state,
            toState: current.state,
          },
          m,
        );
        await this.quality.refresh(offerId, m);
      } else if (current.state === 'published') {
        await this.proposeRevision(caller, current, content, m);
      } else {
        throw illegalTransition('edit', current.state);
      }
    });
    return this.view(offerId);
  }

  async submit(
    caller: AuthenticatedUser,
    organisationId: string,
    offerId: string,
  ): Promise<OfferView> {
    const offer = await this.owned(caller, organisationId, offerId);
    // The stored content passed validation when written; taxonomy terms may have been retired since.
    await this.validate(offer.content, offer.content);
    return this.move(caller, offer, 'submit', undefined, {
      submittedAt: new Date(),
      moderationComment: null,
    });
  }

  async archive(
    caller: AuthenticatedUser,
    organisationId: string,
    offerId: string,
  ): Promise<OfferView> {
    const offer = await this.owned(caller, organisationId, offerId);
    return this.move(caller, offer, 'archive', undefined, { archivedAt: new Date() });
  }

  async reopen(
    caller: AuthenticatedUser,
    organisationId: string,
    offerId: string,
  ): Promise<OfferView> {
    const offer = await this.owned(caller, organisationId, offerId);
    return this.move(caller, offer, 'reopen', undefined, {});
  }

  /** "Still accurate": sets the last-verified date shown to users, without a review. */
  async reconfirm(
    caller: AuthenticatedUser,
    organisationId: string,
    offerId: string,
  ): Promise<OfferView> {
    const offer = await this.owned(caller, organisationId, offerId);
    if (offer.state !== 'published') throw illegalTransition('reconfirm', offer.state);
    await this.repo.transaction(async (m) => {
      const ok = await this.repo.updateIf(
        offerId,
        { state: offer.state, version: offer.version },
        { lastVerifiedAt: new Date(), freshnessRemindedAt: null },
        m,
      );
      if (!ok) throw await this.conflict(offerId);
      await this.repo.audit(
        {
          organisationId,
          offerId,
          actorId: caller.id,
          actorRole: 'organisation',
          action: 'offer.reconfirmed',
          fromState: 'published',
          toState: 'published',
        },
        m,
      );
      await this.quality.refresh(offerId, m);
      await this.jobs.sendInTransaction(m, OFFER_CHANGED_JOB, { offerId });
    });
    return this.view(offerId);
  }

  async auditLog(
    caller: AuthenticatedUser,
    organisationId: string,
    offerId: string,
    offset: number,
    limit: number,
  ) {
    await this.owned(caller, organisationId, offerId);
    return this.repo.auditLog({ offerId }, offset, limit);
  }

  /** Withdraws a pending revision: the live version stays as it is. */
  async withdrawRevision(
    caller: AuthenticatedUser,
    organisationId: string,
    offerId: string,
  ): Promise<OfferView> {
    const offer = await this.owned(caller, organisationId, offerId);
    const revision = await this.repo.openRevision(offerId);
    if (!revision) throw illegalTransition('withdraw', offer.state);
    await this.repo.transaction(async (m) => {
      if (
        !(await this.repo.updateRevisionIf(revision.id, revision.state, { state: 'withdrawn' }, m))
      ) {
        throw await this.conflict(offerId);
      }
      await this.repo.audit(
        {
          organisationId,
          offerId,
          revisionId: revision.id,
          actorId: caller.id,
          actorRole: 'organisation',
          action: 'revision.withdrawn',
        },
        m,
      );
    });
    return this.view(offerId);
  }

  async view(offerId: string): Promise<OfferView> {
    const offer = await this.repo.findById(offerId);
    if (!offer) throw offerNotFound();
    return toOfferView(offer, await this.repo.openRevision(offerId));
  }

  private async proposeRevision(
    caller: AuthenticatedUser,
    offer: OfferEntity,
    content: OfferContent,
    m: EntityManager,
  ) {
    const open = await this.repo.openRevision(offer.id, m);
    let revisionId: string;
    if (open) {
      const ok = await this.repo.updateRevisionIf(
        open.id,
        open.state,
        {
          content,
          state: 'submitted',
          submittedAt: new Date(),
          basedOnVersion: offer.version,
          comment: open.comment,
        },
        m,
      );
      if (!ok) throw await this.conflict(offer.id);
      revisionId = open.id;
    } else {
      revisionId = (
        await this.repo.saveRevision(
          {
            offerId: offer.id,
            state: 'submitted',
            content,
            basedOnVersion: offer.version,
            createdBy: caller.id,
          },
          m,
        )
      ).id;
    }
    await this.repo.audit(
      {
        organisationId: offer.organisationId,
        offerId: offer.id,
        revisionId,
        actorId: caller.id,
        actorRole: 'organisation',
        action: 'revision.submitted',
        fromState: 'published',
        toState: 'published',
      },
      m,
    );
  }

  private async move(
    caller: AuthenticatedUser,
    offer: OfferEntity,
    action: OfferAction,
    reason: string | undefined,
    changes: Partial<OfferEntity>,
  ): Promise<OfferView> {
    const check = checkTransition(offer.state, action, 'organisation', reason);
    if (!check.ok) throw illegalTransition(action, offer.state);
    const wasPublic = offer.state === 'published' || offer.state === 'expired';
    await this.repo.transaction(async (m) => {
      const ok = await this.repo.updateIf(
        offer.id,
        { state: offer.state, version: offer.version },
        { ...changes, state: check.to },
        m,
      );
      if (!ok) throw await this.conflict(offer.id);
      await this.repo.audit(
        {
          organisationId: offer.organisationId,
          offerId: offer.id,
          actorId: caller.id,
          actorRole: 'organisation',
          action: `offer.${action === 'submit' ? 'submitted' : action === 'archive' ? 'archived' : 'reopened'}`,
          fromState: offer.state,
          toState: check.to,
          reason,
        },
        m,
      );
      if (wasPublic) await this.jobs.sendInTransaction(m, OFFER_CHANGED_JOB, { offerId: offer.id });
    });
    return this.view(offer.id);
  }

  private async owned(
    caller: AuthenticatedUser,
    organisationId: string,
    offerId: string,
  ): Promise<OfferEntity> {
    await this.membership.assertMember(organisationId, caller.id);
    const offer = await this.repo.findById(offerId);
    if (!offer || offer.organisationId !== organisationId) throw offerNotFound();
    return offer;
  }

  private async conflict(offerId: string) {
    const now = await this.repo.findById(offerId);
    return now ? staleVersion(now.version, now.state) : offerNotFound();
  }

  /** Terms already on the offer stay allowed even if retired since; new ones must be current. */
  private async validate(content: OfferContent, previous?: OfferContent): Promise<void> {
    const violations = await this.contentProblems(content, previous);
    if (violations.length > 0) throw new ValidationFailedError(violations, violations[0].message);
  }

  /**
   * What `create`/`update` would refuse in a content whose shape the DTO already checked
   * (taxonomy codes, rules across fields), as violations instead of an error: the catalogue
   * import reports them row by row with the API's own sentences.
   */
  async contentProblems(content: OfferContent, previous?: OfferContent): Promise<FieldViolation[]> {
    const violations: FieldViolation[] = [];
    const collect = async (fn: () => Promise<void>) => {
      try {
        await fn();
      } catch (error) {
        if (error instanceof ValidationFailedError)
          violations.push(...(error.extra.violations ?? []));
        else throw error;
      }
    };
    const fresh = (codes: string[], before: string[] = []) =>
      codes.filter((c) => !before.includes(c));
    await collect(() =>
      this.taxonomy.assertSelectable(
        'categoryCode',
        'category',
        fresh([content.categoryCode], previous ? [previous.categoryCode] : []),
      ),
    );
    await collect(() =>
      this.taxonomy.assertSelectable(
        'sectorCodes',
        'sector',
        fresh(content.sectorCodes, previous?.sectorCodes),
      ),
    );
    await collect(() =>
      this.taxonomy.assertSelectable(
        'stageCodes',
        'stage',
        fresh(content.stageCodes, previous?.stageCodes),
      ),
    );
    violations.push(...contentViolations(content));
    return violations;
  }
}
