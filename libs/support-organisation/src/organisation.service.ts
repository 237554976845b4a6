import { Injectable } from '@nestjs/common';
import {
  encodeSyncCursor,
  hasNonLatinLetters,
  slugify,
  syncPositionAt,
  ValidationFailedError,
  type SyncStart,
} from '@app/core';
import { JobQueue } from '@app/database';
import type { AuthenticatedUser } from '@app/identity';
import { randomBytes } from 'node:crypto';
import type { MemberRole } from './entities/organisation.entity';
import { organisationNotFound, unknownOrganisation } from './errors';
import { MembershipService } from './membership/membership.service';
import { ORGANISATION_CHANGED_JOB, type OrganisationChangedJob } from './outbox';
import {
  toProfileView,
  toPublicView,
  toSummary,
  type OrganisationProfileView,
  type OrganisationSummary,
  type PublicOrganisationView,
} from './profile/organisation-profile';
import { planProfileUpdate, type ProfileChanges } from './profile/profile-changes';
import { OrganisationRepository } from './repositories/organisation.repository';
import { VerificationEventRepository } from './repositories/verification-event.repository';
import { nextStatus } from './verification/verification-state';

/** An organisation no longer verified (so no longer in the public list): a mirror deletes it. */
export interface OrganisationTombstone {
  readonly id: string;
  readonly deleted: true;
  readonly deletedAt: Date;
}

export interface PublicOrganisationSyncPage {
  readonly items: Array<PublicOrganisationView | OrganisationTombstone>;
  readonly nextCursor: string;
  readonly hasMore: boolean;
}

export interface OrganisationView {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly createdAt: Date;
  readonly myRole?: MemberRole;
}

@Injectable()
export class OrganisationService {
  constructor(
    private readonly repo: OrganisationRepository,
    private readonly membership: MembershipService,
    private readonly events: VerificationEventRepository,
    private readonly jobs: JobQueue,
  ) {}

  /** The creator becomes its first owner, in the same transaction (with the outbox job). */
  async create(caller: AuthenticatedUser, input: { name: string }): Promise<OrganisationView> {
    const name = input.name.trim();
    for (let attempt = 1; ; attempt++) {
      const slug = await this.freeSlug(name);
      try {
        const organisation = await this.repo.transaction(async (m) => {
          const created = await this.repo.createOrganisation(
            { name, slug, createdBy: caller.id },
            m,
          );
          await this.repo.addMember(created.id, caller.id, 'owner', m);
          // Its public page exists from now on.
          await this.jobs.sendInTransaction<OrganisationChangedJob>(m, ORGANISATION_CHANGED_JOB, {
            organisationId: created.id,
          });
          return created;
        });
        return {
          id: organisation.id,
          name,
          slug,
          createdAt: organisation.createdAt,
          myRole: 'owner',
        };
      } catch (error) {
        // Someone took the same slug between our check and our insert: pick the next one.
        if ((error as { code?: string }).code !== '23505' || attempt >= 5) throw error;
      }
    }
  }

  /** The full profile with its verification status, for members (others get 404). */
  async get(organisationId: string, caller: AuthenticatedUser): Promise<OrganisationProfileView> {
    const role = await this.membership.roleOf(organisationId, caller.id);
    const organisation = await this.repo.findOrganisation(organisationId);
    if (!organisation) throw organisationNotFound();
    return toProfileView(organisation, role);
  }

  /**
   * Owners and editors edit the profile (non-members get 404 and change nothing). A new
   * legal identifier sends a verified or rejected organisation back to pending. Whatever
   * changes, the search index hears of it through the outbox, in the same transaction.
   */
  async updateProfile(
    organisationId: string,
    caller: AuthenticatedUser,
    changes: ProfileChanges,
  ): Promise<OrganisationProfileView> {
    return this.repo.transaction(async (m) => {
      const role = await this.membership.roleOf(organisationId, caller.id, m);
      const current = await this.repo.findOrganisationForUpdate(organisationId, m);
      if (!current) throw organisationNotFound();
      const plan = planProfileUpdate(current, changes);
      if (plan.violations.length > 0) throw new ValidationFailedError(plan.violations);
      if (Object.keys(plan.patch).length === 0) return toProfileView(current, role);

      const from = current.verificationStatus;
      const backToPending =
        plan.legalIdentifierChanged && nextStatus(from, 'legalIdentifierChanged') !== from;
      if (backToPending) {
        await this.events.record(
          {
            organisationId,
            actorId: caller.id,
            fromStatus: from,
            toStatus: 'pending',
            reason: 'Legal identifier changed: to be verified again.',
          },
          m,
        );
      }
      const updated = await this.repo.updateProfile(organisationId, plan.patch, backToPending, m);
      await this.jobs.sendInTransaction<OrganisationChangedJob>(m, ORGANISATION_CHANGED_JOB, {
        organisationId,
      });
      return toProfileView(updated, role);
    });
  }

  /** What anyone may see, by id or slug. */
  async publicProfile(idOrSlug: string): Promise<PublicOrganisationView> {
    const organisation = await this.repo.findByIdOrSlug(idOrSlug);
    if (!organisation) throw unknownOrganisation();
    return toPublicView(organisation);
  }

  /** The public list: verified organisations, by name. */
  async listPublic(
    offset: number,
    limit: number,
  ): Promise<{ items: PublicOrganisationView[]; total: number }> {
    const { items, total } = await this.repo.listVerified(offset, limit);
    return { items: items.map(toPublicView), total };
  }

  /**
   * The partner sync of the public list: organisations verified now or before that changed
   * since `start`, as their public view while verified, else as a tombstone.
   */
  async syncPublic(start: SyncStart, limit: number): Promise<PublicOrganisationSyncPage> {
    const { rows, hasMore } = await this.repo.syncVerified(start, limit);
    const last = rows.at(-1)?.position;
    return {
      items: rows.map(({ row }) =>
        row.verificationStatus === 'verified'
          ? toPublicView(row)
          : { id: row.id, deleted: true as const, deletedAt: row.updatedAt },
      ),
      nextCursor: encodeSyncCursor(last ?? start.after ?? syncPositionAt(start.since!)),
      hasMore,
    };
  }

  /** False for an unknown organisation. */
  async isVerified(organisationId: string): Promise<boolean> {
    const organisation = await this.repo.findOrganisation(organisationId);
    return organisation?.verificationStatus === 'verified';
  }

  /** For the catalogue: name, slug, kind and the verified badge. 404 error when unknown. */
  async summary(organisationId: string): Promise<OrganisationSummary> {
    const organisation = await this.repo.findOrganisation(organisationId);
    if (!organisation) throw unknownOrganisation();
    return toSummary(organisation);
  }

  /** `summary` for many organisations in one query (search sync, result pages); unknown ids are absent. */
  async summaries(organisationIds: readonly string[]): Promise<Map<string, OrganisationSummary>> {
    const organisations = await this.repo.findOrganisations(organisationIds);
    return new Map(organisations.map((o) => [o.id, toSummary(o)]));
  }

  /**
   * What anyone may see of many organisations (open-data export), verified ones only;
   * unknown and unverified ids are absent.
   */
  async verifiedPublicProfiles(
    organisationIds: readonly string[],
  ): Promise<Map<string, PublicOrganisationView>> {
    const organisations = await this.repo.findOrganisations(organisationIds);
    return new Map(
      organisations
        .filter((o) => o.verificationStatus === 'verified')
        .map((o) => [o.id, toPublicView(o)]),
    );
  }

  async mine(caller: AuthenticatedUser): Promise<OrganisationView[]> {
    return (await this.repo.organisationsOf(caller.id)).map(({ organisation: o, role }) => ({
      id: o.id,
      name: o.name,
      slug: o.slug,
      createdAt: o.createdAt,
      myRole: role,
    }));
  }

  /**
   * One-off (`npm run slugs:renew`): organisations whose name has non-Latin letters got a slug
   * without them; they get the transliterated one and the old slug redirects. Idempotent.
   */
  async renewTransliteratedSlugs(): Promise<number> {
    let changed = 0;
    for (const o of await this.repo.slugsAndNames()) {
      if (!hasNonLatinLetters(o.name)) continue;
      const base = slugify(o.name);
      if (!base || o.slug === base || new RegExp(`^${base}-\\d+$`).test(o.slug)) continue;
      const slug = await this.freeSlug(o.name);
      await this.repo.transaction(async (m) => {
        await this.repo.renameSlug(o.id, o.slug, slug, m);
        await this.jobs.sendInTransaction<OrganisationChangedJob>(m, ORGANISATION_CHANGED_JOB, {
          organisationId: o.id,
        });
      });
      changed++;
    }
    return changed;
  }

  private async freeSlug(name: string): Promise<string> {
    const base = slugify(name) || 'organisation';
    if (!(await this.repo.slugTaken(base))) return base;
    for (let n = 2; n < 50; n++) {
      if (!(await this.repo.slugTaken(`${base}-${n}`))) return `${base}-${n}`;
    }
    return `${base}-${randomBytes(3).toString('hex')}`;
  }
}
