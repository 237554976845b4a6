import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, Mailer, type AppConfig, type Locale, type MailMessage } from '@app/core';
import { JobQueue } from '@app/database';
import type { AuthenticatedUser } from '@app/identity';
import type { VerificationStatus } from '../entities/organisation.entity';
import { organisationNotFound, unknownOrganisation, verificationConflict } from '../errors';
import { MembershipService } from '../membership/membership.service';
import { ORGANISATION_CHANGED_JOB, type OrganisationChangedJob } from '../outbox';
import { toProfileView, type OrganisationProfileView } from '../profile/organisation-profile';
import { OrganisationRepository } from '../repositories/organisation.repository';
import { VerificationEventRepository } from '../repositories/verification-event.repository';
import { organisationRejectedMail, organisationVerifiedMail } from './verification-mails';
import { allowedFrom, nextStatus } from './verification-state';

export interface VerificationEventView {
  readonly occurredAt: Date;
  readonly actorId: string | null;
  readonly fromStatus: VerificationStatus;
  readonly toStatus: VerificationStatus;
  readonly reason: string | null;
}

export interface AdminOrganisationView {
  readonly organisation: OrganisationProfileView;
  /** Every status change, oldest first. */
  readonly history: VerificationEventView[];
}

/**
 * Admins verify or reject pending organisations; members re-submit rejected ones. Each
 * change of status is recorded in the append-only history; each decision is e-mailed to
 * the organisation's members and reaches the search index through the outbox.
 */
@Injectable()
export class VerificationService {
  private readonly logger = new Logger(VerificationService.name);

  constructor(
    private readonly repo: OrganisationRepository,
    private readonly events: VerificationEventRepository,
    private readonly membership: MembershipService,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Oldest request first. */
  async list(query: {
    status?: VerificationStatus;
    offset: number;
    limit: number;
  }): Promise<{ items: OrganisationProfileView[]; total: number }> {
    const { items, total } = await this.repo.listForAdmin(query);
    return { items: items.map((o) => toProfileView(o)), total };
  }

  async adminView(organisationId: string): Promise<AdminOrganisationView> {
    const organisation = await this.repo.findOrganisation(organisationId);
    if (!organisation) throw unknownOrganisation();
    const history = await this.events.forOrganisation(organisationId);
    return {
      organisation: toProfileView(organisation),
      history: history.map((e) => ({
        occurredAt: e.occurredAt,
        actorId: e.actorId,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        reason: e.reason,
      })),
    };
  }

  verify(organisationId: string, admin: AuthenticatedUser): Promise<OrganisationProfileView> {
    return this.decide(organisationId, admin, 'verify');
  }

  reject(
    organisationId: string,
    admin: AuthenticatedUser,
    reason: string,
  ): Promise<OrganisationProfileView> {
    return this.decide(organisationId, admin, 'reject', reason.trim());
  }

  /**
   * Members ask again after a rejection (rejected → pending, back in the queue from now).
   * A pending organisation stays as it is; a verified one has nothing to ask (409).
   */
  async requestVerification(
    organisationId: string,
    caller: AuthenticatedUser,
  ): Promise<OrganisationProfileView> {
    return this.repo.transaction(async (m) => {
      const role = await this.membership.roleOf(organisationId, caller.id, m);
      const current = await this.repo.findOrganisationForUpdate(organisationId, m);
      if (!current) throw organisationNotFound();
      const from = current.verificationStatus;
      const to = nextStatus(from, 'request');
      if (to === null) throw verificationConflict(from);
      if (to === from) return toProfileView(current, role);
      await this.repo.changeVerificationStatus(organisationId, [from], to, {}, m);
      await this.events.record(
        { organisationId, actorId: caller.id, fromStatus: from, toStatus: to },
        m,
      );
      // Nothing public changes (not verified before, not verified now): no outbox job.
      return toProfileView((await this.repo.findOrganisation(organisationId, m))!, role);
    });
  }

  /**
   * One conditional UPDATE guarded by the allowed source statuses: of two admins deciding
   * at once, the second finds the status already changed and gets 409 with it.
   */
  private async decide(
    organisationId: string,
    admin: AuthenticatedUser,
    action: 'verify' | 'reject',
    reason?: string,
  ): Promise<OrganisationProfileView> {
    const to: VerificationStatus = action === 'verify' ? 'verified' : 'rejected';
    const decided = await this.repo.transaction(async (m) => {
      const from = allowedFrom(action);
      const changed = await this.repo.changeVerificationStatus(
        organisationId,
        from,
        to,
        { adminId: admin.id, reason },
        m,
      );
      const organisation = await this.repo.findOrganisation(organisationId, m);
      if (!organisation) throw unknownOrganisation();
      if (!changed) throw verificationConflict(organisation.verificationStatus);
      await this.events.record(
        {
          organisationId,
          actorId: admin.id,
          // The guard admits a single source status for admin decisions.
          fromStatus: from[0],
          toStatus: to,
          reason: reason ?? null,
        },
        m,
      );
      await this.jobs.sendInTransaction<OrganisationChangedJob>(m, ORGANISATION_CHANGED_JOB, {
        organisationId,
      });
      return organisation;
    });
    const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/espace/organisations/${organisationId}`;
    await this.tellMembers(organisationId, (email, lang) =>
      to === 'verified'
        ? organisationVerifiedMail(email, lang, decided.name, link)
        : organisationRejectedMail(email, lang, decided.name, reason ?? '', link),
    );
    return toProfileView(decided);
  }

  /** After the commit: a mail that fails is logged, the decision stands. */
  private async tellMembers(
    organisationId: string,
    mail: (email: string, lang: Locale) => Promise<MailMessage>,
  ): Promise<void> {
    try {
      const contacts = await this.membership.memberEmails(organisationId);
      const results = await Promise.allSettled(
        contacts.map(async (c) => this.mailer.send(await mail(c.email, c.preferredLanguage))),
      );
      for (const result of results) {
        if (result.status === 'rejected') {
          this.logger.error({ err: result.reason, organisationId }, 'verification e-mail not sent');
        }
      }
    } catch (error) {
      this.logger.error({ err: error, organisationId }, 'verification e-mails not sent');
    }
  }
}
