import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, Mailer, type AppConfig } from '@app/core';
import { JobQueue } from '@app/database';
import type { AuthenticatedUser } from '@app/identity';
import { MembershipService, OrganisationService } from '@app/support-organisation';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  illegalTransition,
  offerNotFound,
  organisationNotVerified,
  reasonRequired,
  staleVersion,
} from '../errors';
import { titleIn } from '../offers/offer-content';
import type { OfferEntity } from '../offers/offer.entity';
import { OfferRepository } from '../offers/offer.repository';
import { OFFER_CHANGED_JOB } from '../offers/offer.service';
import { checkTransition } from '../offers/offer-state';
import { toOfferView, type OfferView } from '../offers/offer-views';
import { QualityService } from '../quality/quality.service';
import { decisionMail } from './moderation-mails';

export type Decision = 'publish' | 'request_changes' | 'reject';

/** Most organisations the queue's filter lists. */
const QUEUE_ORGANISATIONS_MAX = 1000;

export interface ReviewQueueFilter {
  readonly kind?: 'new' | 'revision';
  readonly categoryCode?: string;
  readonly countryCode?: string;
  readonly organisationId?: string;
  /** Only items waiting at least this many hours. */
  readonly minAgeHours?: number;
  readonly offset: number;
  readonly limit: number;
}

export interface ReviewQueueItem {
  readonly kind: 'new' | 'revision';
  readonly offerId: string;
  readonly revisionId: string | null;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly organisationVerified: boolean;
  readonly title: string;
  readonly categoryCode: string;
  readonly submittedAt: Date;
  readonly waitingHours: number;
  readonly duplicateCandidates: Array<{
    id: string;
    slug: string;
    state: string;
    similarity: number;
    title: string;
  }>;
}

/** The admin side: the review queue and the decisions that move offers and revisions. */
@Injectable()
export class ModerationService {
  private readonly logger = new Logger(ModerationService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: OfferRepository,
    private readonly organisations: OrganisationService,
    private readonly membership: MembershipService,
    private readonly quality: QualityService,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
  ) {}

  /** New submissions and revisions of published offers, oldest first. */
  async queue(filter: ReviewQueueFilter): Promise<{ items: ReviewQueueItem[]; total: number }> {
    const params: unknown[] = [];
    const where: string[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.kind) where.push(`q.kind = ${p(filter.kind)}`);
    if (filter.categoryCode) where.push(`q.category_code = ${p(filter.categoryCode)}`);
    if (filter.organisationId) where.push(`q.organisation_id = ${p(filter.organisationId)}`);
    if (filter.countryCode) {
      const c = p(filter.countryCode);
      where.push(
        `(${c}::char(2) = ANY(q.target_countries) OR ${c}::char(2) = ANY(q.residence_countries))`,
      );
    }
    if (filter.minAgeHours !== undefined)
      where.push(`q.submitted_at <= now() - make_interval(hours => ${p(filter.minAgeHours)})`);
    const sql = `
      WITH q AS (
        SELECT 'new' AS kind, o.id AS offer_id, NULL::uuid AS revision_id, o.organisation_id, o.content,
               o.category_code, o.target_countries, o.residence_countries, o.submitted_at
          FROM offers o WHERE o.state = 'submitted'
        UNION ALL
        SELECT 'revision', o.id, r.id, o.organisation_id, r.content,
               r.content->>'categoryCode', ARRAY(SELECT jsonb_array_elements_text(r.content->'eligibility'->'targetCountries'))::char(2)[],
               ARRAY(SELECT jsonb_array_elements_text(r.content->'eligibility'->'residenceCountries'))::char(2)[], r.submitted_at
          FROM offer_revisions r JOIN offers o ON o.id = r.offer_id WHERE r.state = 'submitted'
      )
      SELECT q.*, org.name AS organisation_name, org.verification_status = 'verified' AS organisation_verified,
             count(*) OVER () AS total
        FROM q JOIN organisations org ON org.id = q.organisation_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY q.submitted_at ASC, q.offer_id
       LIMIT ${p(filter.limit)} OFFSET ${p(filter.offset)}`;
    const rows: Array<Record<string, unknown>> = await this.db.query(sql, params);
    const now = Date.now();
    const items: ReviewQueueItem[] = [];
    for (const r of rows) {
      items.push({
        kind: r.kind as 'new' | 'revision',
        offerId: r.offer_id as string,
        revisionId: (r.revision_id as string | null) ?? null,
        organisationId: r.organisation_id as string,
        organisationName: r.organisation_name as string,
        organisationVerified: r.organisation_verified === true,
        title: titleIn(r.content as never),
        categoryCode: r.category_code as string,
        submittedAt: r.submitted_at as Date,
        waitingHours: Math.floor((now - (r.submitted_at as Date).getTime()) / 3_600_000),
        duplicateCandidates: await this.repo.similarTitles(
          r.organisation_id as string,
          r.offer_id as string,
        ),
      });
    }
    return { items, total: rows.length ? Number(rows[0].total) : 0 };
  }

  /**
   * The organisations with something waiting for review, by name, with how many items: what
   * the queue's organisation filter offers (bounded: a queue rarely spans more).
   */
  async queueOrganisations(
    limit = QUEUE_ORGANISATIONS_MAX,
  ): Promise<Array<{ id: string; name: string; waiting: number }>> {
    const rows: Array<{ id: string; name: string; waiting: string }> = await this.db.query(
      `SELECT org.id, org.name, count(*) AS waiting
         FROM (SELECT organisation_id FROM offers WHERE state = 'submitted'
               UNION ALL
               SELECT o.organisation_id FROM offer_revisions r JOIN offers o ON o.id = r.offer_id
                WHERE r.state = 'submitted') q
         JOIN organisations org ON org.id = q.organisation_id
        GROUP BY org.id, org.name
        ORDER BY org.name, org.id
        LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, waiting: Number(r.waiting) }));
  }

  /** Decides on whatever waits for review on the offer: its first submission, or a revision. */
  async decide(
    admin: AuthenticatedUser,
    offerId: string,
    decision: Decision,
    reason?: string,
  ): Promise<OfferView> {
    const offer = await this.repo.findById(offerId);
    if (!offer) throw offerNotFound();
    if (decision !== 'publish' && !reason?.trim()) throw reasonRequired('reason');
    if (offer.state === 'submitted') return this.decideSubmission(admin, offer, decision, reason);
    const revision = await this.repo.openRevision(offerId);
    if (offer.state === 'published' && revision?.state === 'submitted') {
      return this.decideRevision(admin, offer, revision.id, decision, reason);
    }
    throw illegalTransition(decision, offer.state, {
      pendingRevision: revision ? revision.state : null,
    });
  }

  async archive(admin: AuthenticatedUser, offerId: string, reason?: string): Promise<OfferView> {
    const offer = await this.repo.findById(offerId);
    if (!offer) throw offerNotFound();
    const check = checkTransition(offer.state, 'archive', 'admin');
    if (!check.ok) throw illegalTransition('archive', offer.state);
    await this.repo.transaction(async (m) => {
      const ok = await this.repo.updateIf(
        offer.id,
        { state: offer.state, version: offer.version },
        { state: 'archived', archivedAt: new Date(), moderationComment: reason ?? null },
        m,
      );
      if (!ok) throw await this.conflict(offer.id);
      await this.repo.audit(
        {
          organisationId: offer.organisationId,
          offerId,
          actorId: admin.id,
          actorRole: 'admin',
          action: 'offer.archived',
          fromState: offer.state,
          toState: 'archived',
          reason,
        },
        m,
      );
      await this.jobs.sendInTransaction(m, OFFER_CHANGED_JOB, { offerId });
    });
    await this.notify(offer, 'archived', reason, false);
    return this.view(offerId);
  }

  auditLog(
    filter: { offerId?: string; organisationId?: string; action?: string },
    offset: number,
    limit: number,
  ) {
    return this.repo.auditLog(filter, offset, limit);
  }

  private async decideSubmission(
    admin: AuthenticatedUser,
    offer: OfferEntity,
    decision: Decision,
    reason?: string,
  ) {
    const check = checkTransition(offer.state, decision, 'admin', reason);
    if (!check.ok) throw illegalTransition(decision, offer.state);
    if (decision === 'publish' && !(await this.organisations.isVerified(offer.organisationId))) {
      throw organisationNotVerified();
    }
    const now = new Date();
    const changes: Partial<OfferEntity> =
      decision === 'publish'
        ? {
            state: 'published',
            publishedAt: now,
            firstPublishedAt: offer.firstPublishedAt ?? now,
            lastVerifiedAt: now,
            decidedAt: now,
            moderationComment: reason ?? null,
          }
        : { state: check.to, decidedAt: now, moderationComment: reason ?? null };
    await this.repo.transaction(async (m) => {
      const ok = await this.repo.updateIf(
        offer.id,
        { state: offer.state, version: offer.version },
        changes,
        m,
      );
      if (!ok) throw await this.conflict(offer.id);
      await this.repo.audit(
        {
          organisationId: offer.organisationId,
          offerId: offer.id,
          actorId: admin.id,
          actorRole: 'admin',
          action: `offer.${check.to}`,
          fromState: offer.state,
          toState: check.to,
          reason,
        },
        m,
      );
      if (decision === 'publish') {
        await this.quality.refresh(offer.id, m);
        await this.jobs.sendInTransaction(m, OFFER_CHANGED_JOB, { offerId: offer.id });
      }
    });
    await this.notify(offer, check.to as 'published', reason, false);
    return this.view(offer.id);
  }

  private async decideRevision(
    admin: AuthenticatedUser,
    offer: OfferEntity,
    revisionId: string,
    decision: Decision,
    reason?: string,
  ) {
    const revisionState =
      decision === 'publish'
        ? 'approved'
        : decision === 'reject'
          ? 'rejected'
          : 'changes_requested';
    await this.repo.transaction(async (m) => {
      const taken = await this.repo.updateRevisionIf(
        revisionId,
        'submitted',
        {
          state: revisionState,
          decidedBy: admin.id,
          decidedAt: new Date(),
          comment: reason ?? null,
        },
        m,
      );
      if (!taken) throw await this.conflict(offer.id);
      if (decision === 'publish') {
        const revision = await this.repo.openRevisionById(revisionId, m);
        const content = revision!.content;
        const ok = await this.repo.updateIf(
          offer.id,
          { state: 'published', version: offer.version },
          {
            content,
            ...this.repo.derived(content),
            lastVerifiedAt: new Date(),
            decidedAt: new Date(),
          },
          m,
        );
        if (!ok) throw await this.conflict(offer.id);
        await this.quality.refresh(offer.id, m);
        await this.jobs.sendInTransaction(m, OFFER_CHANGED_JOB, { offerId: offer.id });
      }
      await this.repo.audit(
        {
          organisationId: offer.organisationId,
          offerId: offer.id,
          revisionId,
          actorId: admin.id,
          actorRole: 'admin',
          action: `revision.${revisionState}`,
          fromState: 'published',
          toState: 'published',
          reason,
        },
        m,
      );
    });
    const mailed =
      decision === 'publish'
        ? 'published'
        : decision === 'reject'
          ? 'rejected'
          : 'changes_requested';
    await this.notify(offer, mailed, reason, true);
    return this.view(offer.id);
  }

  private async view(offerId: string): Promise<OfferView> {
    const offer = await this.repo.findById(offerId);
    if (!offer) throw offerNotFound();
    return toOfferView(offer, await this.repo.openRevision(offerId));
  }

  private async conflict(offerId: string) {
    const now = await this.repo.findById(offerId);
    return now ? staleVersion(now.version, now.state) : offerNotFound();
  }

  /** Mail failures are logged, never undo a decision that was committed. */
  private async notify(
    offer: OfferEntity,
    decision: 'published' | 'changes_requested' | 'rejected' | 'archived',
    reason: string | undefined,
    revision: boolean,
  ) {
    try {
      const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/espace/offres/${offer.id}`;
      for (const member of await this.membership.memberEmails(offer.organisationId)) {
        await this.mailer.send(
          await decisionMail(
            member.email,
            member.preferredLanguage,
            decision,
            titleIn(offer.content),
            link,
            { reason, revision },
          ),
        );
      }
    } catch (error) {
      this.logger.error(
        { err: error, offerId: offer.id },
        'could not e-mail the moderation decision',
      );
    }
  }
}
