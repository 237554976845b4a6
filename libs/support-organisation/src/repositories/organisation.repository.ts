import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, MoreThan, type EntityManager } from 'typeorm';
import {
  InvitationEntity,
  MembershipEntity,
  OrganisationEntity,
  type MemberRole,
  type VerificationStatus,
} from '../entities/organisation.entity';
import type { ProfilePatch } from '../profile/profile-changes';
import { applySyncWindow, readSyncWindow, syncHorizonMicros } from '@app/database';
import type { SyncStart } from '@app/core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9-]{1,120}$/;

/** A (re-)submitted organisation waits in the admins' queue from now, without a past decision. */
const PENDING_AGAIN = {
  verificationStatus: 'pending' as const,
  verificationRequestedAt: () => 'now()',
  verifiedAt: null,
  verifiedBy: null,
  rejectionReason: null,
};

@Injectable()
export class OrganisationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  async createOrganisation(
    data: { name: string; slug: string; createdBy: string },
    m: EntityManager,
  ) {
    const repo = m.getRepository(OrganisationEntity);
    return repo.save(repo.create(data));
  }

  slugTaken(slug: string): Promise<boolean> {
    return this.db.getRepository(OrganisationEntity).existsBy({ slug });
  }

  findOrganisation(id: string, manager?: EntityManager): Promise<OrganisationEntity | null> {
    return this.m(manager).getRepository(OrganisationEntity).findOneBy({ id });
  }

  findOrganisations(ids: readonly string[]): Promise<OrganisationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.getRepository(OrganisationEntity).findBy({ id: In([...new Set(ids)]) });
  }

  /** By id (a UUID) or by slug; anything else finds nothing. */
  findByIdOrSlug(idOrSlug: string): Promise<OrganisationEntity | null> {
    const repo = this.db.getRepository(OrganisationEntity);
    if (UUID.test(idOrSlug)) return repo.findOneBy({ id: idOrSlug.toLowerCase() });
    const slug = idOrSlug.toLowerCase();
    return SLUG.test(slug) ? this.findBySlug(slug) : Promise.resolve(null);
  }

  /** By its current slug, else by one it had before (the caller redirects to the current). */
  private async findBySlug(slug: string): Promise<OrganisationEntity | null> {
    const repo = this.db.getRepository(OrganisationEntity);
    const current = await repo.findOneBy({ slug });
    if (current) return current;
    const rows: Array<{ organisation_id: string }> = await this.db.query(
      `SELECT organisation_id FROM organisation_previous_slugs WHERE slug = $1`,
      [slug],
    );
    return rows.length > 0 ? repo.findOneBy({ id: rows[0].organisation_id }) : null;
  }

  /** Every organisation's id, slug and name (for the one-off slug renewal; a few thousand rows). */
  slugsAndNames(): Promise<Array<{ id: string; slug: string; name: string }>> {
    return this.db.query(`SELECT id, slug, name FROM organisations ORDER BY id`);
  }

  /** Gives the organisation a new slug and keeps the old one so that its links still lead there. */
  async renameSlug(id: string, from: string, to: string, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO organisation_previous_slugs (slug, organisation_id) VALUES ($1, $2)
       ON CONFLICT (slug) DO UPDATE SET organisation_id = excluded.organisation_id, replaced_at = now()`,
      [from, id],
    );
    await m.query(`DELETE FROM organisation_previous_slugs WHERE slug = $1`, [to]);
    await m.query(`UPDATE organisations SET slug = $2 WHERE id = $1`, [id, to]);
  }

  /** Reads the organisation and locks its row until the transaction ends. */
  findOrganisationForUpdate(id: string, m: EntityManager): Promise<OrganisationEntity | null> {
    return m
      .getRepository(OrganisationEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Writes a profile edit (and, with it, a return to pending); returns the row as stored. */
  async updateProfile(
    id: string,
    patch: ProfilePatch,
    backToPending: boolean,
    m: EntityManager,
  ): Promise<OrganisationEntity> {
    await m.getRepository(OrganisationEntity).update(
      { id },
      {
        ...patch,
        // jsonb: TypeORM types it as a deep-partial entity, not a plain record.
        ...(patch.description ? { description: patch.description as object } : {}),
        ...(backToPending ? PENDING_AGAIN : {}),
        updatedAt: () => 'now()',
      },
    );
    return (await this.findOrganisation(id, m))!;
  }

  /**
   * Moves the status to `to` only if it is still one of `from`: of two concurrent
   * decisions, the second finds the status changed and updates nothing (false).
   */
  async changeVerificationStatus(
    id: string,
    from: readonly VerificationStatus[],
    to: VerificationStatus,
    decision: { adminId?: string; reason?: string },
    m: EntityManager,
  ): Promise<boolean> {
    const values =
      to === 'verified'
        ? { verifiedAt: () => 'now()', verifiedBy: decision.adminId ?? null, rejectionReason: null }
        : to === 'rejected'
          ? { verifiedAt: null, verifiedBy: null, rejectionReason: decision.reason ?? '' }
          : PENDING_AGAIN;
    const result = await m
      .createQueryBuilder()
      .update(OrganisationEntity)
      .set({ ...values, verificationStatus: to, updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .andWhere('verification_status IN (:...from)', { from: [...from] })
      .execute();
    return result.affected === 1;
  }

  /** Verified organisations (the public list), by name. */
  async listVerified(offset: number, limit: number) {
    const [items, total] = await this.db.getRepository(OrganisationEntity).findAndCount({
      where: { verificationStatus: 'verified' },
      order: { name: 'ASC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { items, total };
  }

  /**
   * One page of the partner sync: organisations verified now or at some time before (their
   * verification history says so), changed after the start, in (updated_at, id) order.
   */
  async syncVerified(start: SyncStart, limit: number) {
    const horizonMicros = await syncHorizonMicros(this.db.manager);
    const qb = this.db
      .getRepository(OrganisationEntity)
      .createQueryBuilder('org')
      .where(
        `(org.verification_status = 'verified' OR EXISTS (
           SELECT 1 FROM organisation_verification_events e
            WHERE e.organisation_id = org.id AND e.to_status = 'verified'))`,
      );
    return readSyncWindow(
      applySyncWindow(qb, 'org', { after: start.after, since: start.since, horizonMicros, limit }),
      limit,
    );
  }

  /** For admins: oldest verification request first. */
  async listForAdmin(query: {
    status?: VerificationStatus;
    offset: number;
    limit: number;
  }): Promise<{ items: OrganisationEntity[]; total: number }> {
    const [items, total] = await this.db.getRepository(OrganisationEntity).findAndCount({
      where: query.status ? { verificationStatus: query.status } : {},
      order: { verificationRequestedAt: 'ASC', id: 'ASC' },
      skip: query.offset,
      take: query.limit,
    });
    return { items, total };
  }

  /** Serialises membership changes of one organisation (the last-owner rule needs it). */
  async lockOrganisation(id: string, m: EntityManager): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT id FROM organisations WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
    return rows.length === 1;
  }

  findMembership(organisationId: string, userId: string, manager?: EntityManager) {
    return this.m(manager).getRepository(MembershipEntity).findOneBy({ organisationId, userId });
  }

  listMembers(organisationId: string): Promise<MembershipEntity[]> {
    return this.db
      .getRepository(MembershipEntity)
      .find({ where: { organisationId }, order: { createdAt: 'ASC', userId: 'ASC' } });
  }

  async organisationsOf(
    userId: string,
  ): Promise<Array<{ organisation: OrganisationEntity; role: MemberRole }>> {
    const memberships = await this.db.getRepository(MembershipEntity).find({ where: { userId } });
    const out: Array<{ organisation: OrganisationEntity; role: MemberRole }> = [];
    for (const membership of memberships) {
      const organisation = await this.findOrganisation(membership.organisationId);
      if (organisation) out.push({ organisation, role: membership.role });
    }
    return out.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
  }

  async addMember(
    organisationId: string,
    userId: string,
    role: MemberRole,
    m: EntityManager,
  ): Promise<void> {
    await m
      .createQueryBuilder()
      .insert()
      .into(MembershipEntity)
      .values({ organisationId, userId, role })
      .orUpdate(['role'], ['organisation_id', 'user_id'])
      .execute();
  }

  async setRole(
    organisationId: string,
    userId: string,
    role: MemberRole,
    m: EntityManager,
  ): Promise<void> {
    await m.getRepository(MembershipEntity).update({ organisationId, userId }, { role });
  }

  async removeMember(organisationId: string, userId: string, m: EntityManager): Promise<void> {
    await m.getRepository(MembershipEntity).delete({ organisationId, userId });
  }

  countOwners(organisationId: string, m: EntityManager): Promise<number> {
    return m.getRepository(MembershipEntity).countBy({ organisationId, role: 'owner' });
  }

  async createInvitation(data: Partial<InvitationEntity>): Promise<InvitationEntity> {
    const repo = this.db.getRepository(InvitationEntity);
    return repo.save(repo.create(data));
  }

  listPendingInvitations(organisationId: string): Promise<InvitationEntity[]> {
    return this.db.getRepository(InvitationEntity).find({
      where: {
        organisationId,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  findInvitation(id: string, organisationId: string): Promise<InvitationEntity | null> {
    return this.db.getRepository(InvitationEntity).findOneBy({ id, organisationId });
  }

  findLiveInvitationByHash(tokenHash: string, m: EntityManager): Promise<InvitationEntity | null> {
    return m.getRepository(InvitationEntity).findOneBy({
      tokenHash,
      acceptedAt: IsNull(),
      revokedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
  }

  /** Single use: only the first concurrent acceptance succeeds. */
  async markAccepted(id: string, userId: string, m: EntityManager): Promise<boolean> {
    const result = await m
      .getRepository(InvitationEntity)
      .update(
        { id, acceptedAt: IsNull(), revokedAt: IsNull() },
        { acceptedAt: () => 'now()', acceptedBy: userId },
      );
    return result.affected === 1;
  }

  async revokeInvitation(id: string): Promise<void> {
    await this.db
      .getRepository(InvitationEntity)
      .update({ id, acceptedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  async membershipsForExport(userId: string) {
    return this.db.query(
      `SELECT o.id AS "organisationId", o.name AS "organisationName", m.role, m.created_at AS "since"
         FROM organisation_memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = $1 ORDER BY m.created_at, m.organisation_id`,
      [userId],
    ) as Promise<Array<Record<string, unknown>>>;
  }

  /**
   * Removes a person from every organisation (account erasure). Where they were the only
   * owner, the longest-standing other member becomes owner so the organisation stays managed.
   */
  async deleteMembershipsOf(userId: string, m: EntityManager): Promise<void> {
    await m.query(
      `WITH sole AS (
         SELECT mine.organisation_id FROM organisation_memberships mine
          WHERE mine.user_id = $1 AND mine.role = 'owner'
            AND NOT EXISTS (SELECT 1 FROM organisation_memberships o
                             WHERE o.organisation_id = mine.organisation_id AND o.role = 'owner' AND o.user_id <> $1)
       ), heir AS (
         SELECT DISTINCT ON (m.organisation_id) m.organisation_id, m.user_id
           FROM organisation_memberships m JOIN sole USING (organisation_id)
          WHERE m.user_id <> $1
          ORDER BY m.organisation_id, m.created_at, m.user_id
       )
       UPDATE organisation_memberships m SET role = 'owner'
         FROM heir WHERE m.organisation_id = heir.organisation_id AND m.user_id = heir.user_id`,
      [userId],
    );
    await m.getRepository(MembershipEntity).delete({ userId });
  }
}
