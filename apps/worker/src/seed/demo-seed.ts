import {
  completeness,
  derivedColumns,
  OFFER_CHANGED_JOB,
  PUBLIC_STATES,
  qualityScore,
} from '@app/catalogue';
import type { JobQueue } from '@app/database';
import type { AuthService } from '@app/identity';
import { ORGANISATION_CHANGED_JOB } from '@app/support-organisation';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  DEMO_ACCOUNTS,
  DEMO_ENTREPRENEUR_PROFILE,
  DEMO_PASSWORD,
  generateDemoCatalogue,
  type DemoCatalogue,
} from './demo-data';
import {
  DemoSeedRepository,
  type AuditRow,
  type MembershipRow,
  type OfferRow,
  type OrganisationRow,
  type RevisionRow,
  type VerificationEventRow,
} from './demo-seed.repository';

export interface DemoSeedServices {
  /** Accounts are made by the real service: same hashing, policy and audit as everywhere. */
  readonly auth: Pick<AuthService, 'createVerifiedAccount'>;
  /** When given, public offers and verified organisations get their search job (outbox). */
  readonly jobs?: Pick<JobQueue, 'sendInTransaction'>;
  /** The day the catalogue is built around (tests pin it). */
  readonly now?: Date;
}

export type DemoSeedResult =
  | {
      readonly seeded: true;
      readonly organisations: number;
      readonly offers: number;
      readonly jobs: number;
      readonly accounts: readonly string[];
      readonly durationMs: number;
    }
  | { readonly seeded: false; readonly reason: string };

/** pg_advisory_lock key: "demoseed" in ASCII, folded into a signed 32-bit integer. */
const SEED_LOCK = 0x64656d6f ^ 0x73656564;

/**
 * Fills an empty database with the demo catalogue: three demo accounts, ~40 organisations,
 * 300 offers with their revisions and audit history, in one transaction. Does nothing (and
 * says so) when the database already has an organisation or an offer.
 */
export async function seedDemoCatalogue(
  dataSource: DataSource,
  services: DemoSeedServices,
): Promise<DemoSeedResult> {
  const started = Date.now();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const repo = new DemoSeedRepository(runner.manager);
  try {
    await repo.lock(SEED_LOCK);
    try {
      if (!(await repo.catalogueIsEmpty())) {
        return { seeded: false, reason: 'the database already has organisations or offers' };
      }
      const now = services.now ?? new Date();
      const catalogue = generateDemoCatalogue(now);
      const accounts = await demoAccounts(repo, services.auth);
      await runner.startTransaction();
      try {
        const jobs = await insertCatalogue(repo, catalogue, accounts, now, async (name, data) => {
          await services.jobs?.sendInTransaction(runner.manager, name, data);
        });
        await runner.commitTransaction();
        return {
          seeded: true,
          organisations: catalogue.organisations.length,
          offers: catalogue.offers.length,
          jobs: services.jobs ? jobs : 0,
          accounts: Object.values(DEMO_ACCOUNTS).map((a) => a.email),
          durationMs: Date.now() - started,
        };
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
    } finally {
      await repo.unlock(SEED_LOCK);
    }
  } finally {
    await runner.release();
  }
}

interface DemoAccountIds {
  readonly admin: string;
  readonly organisation: string;
  readonly entrepreneur: string;
}

/** Creates the three accounts, or reuses them when an earlier, interrupted run made them. */
async function demoAccounts(
  repo: DemoSeedRepository,
  auth: DemoSeedServices['auth'],
): Promise<DemoAccountIds> {
  const roles = ['admin', 'organisation', 'entrepreneur'] as const;
  const existing = await repo.accountIdsByEmail(roles.map((r) => DEMO_ACCOUNTS[r].email));
  // Hashing dominates: the three accounts are made at once (on the service's own connections).
  const ids = await Promise.all(
    roles.map(async (role) => {
      const spec = DEMO_ACCOUNTS[role];
      const found = existing.get(spec.email.toLowerCase());
      if (found) return found;
      const account = await auth.createVerifiedAccount({
        email: spec.email,
        password: DEMO_PASSWORD,
        displayName: spec.displayName,
        preferredLanguage: 'fr',
        kind: spec.kind,
      });
      return account.id;
    }),
  );
  return { admin: ids[0], organisation: ids[1], entrepreneur: ids[2] };
}

async function insertCatalogue(
  repo: DemoSeedRepository,
  catalogue: DemoCatalogue,
  accounts: DemoAccountIds,
  now: Date,
  enqueue: (name: string, data: object) => Promise<void>,
): Promise<number> {
  const organisationIds = catalogue.organisations.map(() => randomUUID());
  const organisations: OrganisationRow[] = catalogue.organisations.map((o, i) => ({
    id: organisationIds[i],
    name: o.name,
    slug: o.slug,
    created_by: o.demoMemberRole === 'owner' ? accounts.organisation : null,
    created_at: o.createdAt,
    updated_at: o.decidedAt ?? o.createdAt,
    kind: o.kind,
    legal_country: o.legalCountry,
    legal_registration_number: o.legalRegistrationNumber,
    countries_of_operation: o.countriesOfOperation,
    description: o.description,
    website: o.website,
    contact_email: o.contactEmail,
    contact_phone: o.contactPhone,
    verification_status: o.verificationStatus,
    verification_requested_at: o.verificationRequestedAt,
    verified_at: o.verificationStatus === 'verified' ? o.decidedAt : null,
    verified_by: o.verificationStatus === 'verified' ? accounts.admin : null,
    rejection_reason: o.rejectionReason,
  }));
  const memberships: MembershipRow[] = catalogue.organisations
    .filter((o) => o.demoMemberRole)
    .map((o) => ({
      organisation_id: organisationIds[o.index],
      user_id: accounts.organisation,
      role: o.demoMemberRole!,
      created_at: o.createdAt,
    }));
  const verificationEvents: VerificationEventRow[] = catalogue.organisations
    .filter((o) => o.decidedAt)
    .sort((a, b) => a.decidedAt!.getTime() - b.decidedAt!.getTime())
    .map((o) => ({
      organisation_id: organisationIds[o.index],
      occurred_at: o.decidedAt!,
      actor_id: accounts.admin,
      from_status: 'pending',
      to_status: o.verificationStatus,
      reason: o.rejectionReason,
    }));

  const verified = new Set(
    catalogue.organisations.filter((o) => o.verificationStatus === 'verified').map((o) => o.index),
  );
  const member = (organisationIndex: number) =>
    catalogue.organisations[organisationIndex].demoMemberRole ? accounts.organisation : null;
  const offerIds = catalogue.offers.map(() => randomUUID());
  const offers: OfferRow[] = catalogue.offers.map((o, i) => {
    const derived = derivedColumns(o.content);
    return {
      id: offerIds[i],
      organisation_id: organisationIds[o.organisationIndex],
      slug: o.slug,
      state: o.state,
      version: o.version,
      content: o.content,
      category_code: derived.categoryCode,
      residence_countries: derived.residenceCountries,
      target_countries: derived.targetCountries,
      rolling: derived.rolling,
      deadline: derived.deadline,
      quality_score: qualityScore({
        organisationVerified: verified.has(o.organisationIndex),
        completeness: completeness(o.content),
        lastVerifiedAt: o.lastVerifiedAt,
        deadline: derived.deadline,
        rolling: derived.rolling,
        views: o.viewCount,
        now,
      }),
      view_count: o.viewCount,
      last_verified_at: o.lastVerifiedAt,
      moderation_comment: o.moderationComment,
      created_by: member(o.organisationIndex),
      created_at: o.createdAt,
      updated_at: o.updatedAt,
      submitted_at: o.submittedAt,
      first_published_at: o.publishedAt,
      published_at: o.publishedAt,
      decided_at: o.decidedAt,
      expired_at: o.expiredAt,
    };
  });
  const revisions: RevisionRow[] = [];
  const revisionIds = new Map<number, string>();
  catalogue.offers.forEach((o, i) => {
    if (!o.revision) return;
    const id = randomUUID();
    revisionIds.set(i, id);
    revisions.push({
      id,
      offer_id: offerIds[i],
      state: 'submitted',
      content: o.revision.content,
      based_on_version: o.version,
      created_by: member(o.organisationIndex),
      created_at: o.revision.submittedAt,
      updated_at: o.revision.submittedAt,
      submitted_at: o.revision.submittedAt,
    });
  });
  const audit: AuditRow[] = catalogue.offers
    .flatMap((o, i) =>
      o.events.map((e) => ({
        occurred_at: e.at,
        organisation_id: organisationIds[o.organisationIndex],
        offer_id: offerIds[i],
        revision_id: e.revision ? (revisionIds.get(i) ?? null) : null,
        actor_id:
          e.actorRole === 'admin'
            ? accounts.admin
            : e.actorRole === 'organisation'
              ? member(o.organisationIndex)
              : null,
        actor_role: e.actorRole,
        action: e.action,
        from_state: e.fromState,
        to_state: e.toState,
        reason: e.reason,
      })),
    )
    .sort((a, b) => a.occurred_at.getTime() - b.occurred_at.getTime());

  await repo.insertOrganisations(organisations);
  await repo.insertMemberships(memberships);
  await repo.insertVerificationEvents(verificationEvents);
  await repo.insertOffers(offers);
  await repo.insertRevisions(revisions);
  await repo.insertAuditEvents(audit);
  await repo.insertEntrepreneurProfile(accounts.entrepreneur, DEMO_ENTREPRENEUR_PROFILE);

  // The outbox: search indexes what the public sees, from the same transaction.
  let jobs = 0;
  for (const o of catalogue.organisations) {
    if (o.verificationStatus !== 'verified') continue;
    await enqueue(ORGANISATION_CHANGED_JOB, { organisationId: organisationIds[o.index] });
    jobs++;
  }
  for (const [i, o] of catalogue.offers.entries()) {
    if (!PUBLIC_STATES.includes(o.state)) continue;
    await enqueue(OFFER_CHANGED_JOB, { offerId: offerIds[i] });
    jobs++;
  }
  return jobs;
}
