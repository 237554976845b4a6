import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { applySyncWindow, readSyncWindow, syncHorizonMicros } from '@app/database';
import type { SyncStart } from '@app/core';
import {
  CatalogueAuditEventEntity,
  OfferEntity,
  OfferRevisionEntity,
  type RevisionState,
} from './offer.entity';
import type { OfferContent } from './offer-content';
import type { OfferState } from './offer-state';

export interface AuditInput {
  organisationId: string;
  offerId?: string | null;
  revisionId?: string | null;
  actorId?: string | null;
  actorRole: 'organisation' | 'admin' | 'system';
  action: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
}

/** Columns kept beside the jsonb content, for filters, sorting and indexes. */
export function derivedColumns(content: OfferContent) {
  return {
    categoryCode: content.categoryCode,
    residenceCountries: content.eligibility.residenceCountries,
    targetCountries: content.eligibility.targetCountries,
    rolling: content.dates.rolling,
    deadline: content.dates.deadline ?? null,
  };
}

/** TypeORM refuses undefined in a where clause: optional filters are left out instead. */
function defined<T extends object>(filter: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(filter).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

@Injectable()
export class OfferRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  private offers(m?: EntityManager) {
    return (m ?? this.db.manager).getRepository(OfferEntity);
  }

  private revisions(m?: EntityManager) {
    return (m ?? this.db.manager).getRepository(OfferRevisionEntity);
  }

  async insert(data: Partial<OfferEntity>, m: EntityManager): Promise<OfferEntity> {
    const repo = this.offers(m);
    return repo.save(repo.create({ version: 1, qualityScore: 0, viewCount: 0, ...data }));
  }

  findById(id: string, m?: EntityManager): Promise<OfferEntity | null> {
    return this.offers(m).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<OfferEntity[]> {
    return ids.length ? this.offers().findBy({ id: In([...ids]) }) : [];
  }

  findByIdForUpdate(id: string, m: EntityManager): Promise<OfferEntity | null> {
    return this.offers(m)
      .createQueryBuilder('o')
      .setLock('pessimistic_write')
      .where('o.id = :id', { id })
      .getOne();
  }

  findByImportKey(
    organisationId: string,
    importSource: string,
    importExternalId: string,
    m?: EntityManager,
  ): Promise<OfferEntity | null> {
    return this.offers(m).findOneBy({ organisationId, importSource, importExternalId });
  }

  /** By its current slug, else by one it had before (the caller redirects to the current). */
  async findBySlug(slug: string): Promise<OfferEntity | null> {
    const current = await this.offers().findOneBy({ slug });
    if (current) return current;
    const rows: Array<{ offer_id: string }> = await this.db.query(
      `SELECT offer_id FROM offer_previous_slugs WHERE slug = $1`,
      [slug],
    );
    return rows.length > 0 ? this.offers().findOneBy({ id: rows[0].offer_id }) : null;
  }

  /** One page of offers (by id) for the slug renewal: id, slug, state and content. */
  slugPage(
    afterId: string,
    limit: number,
  ): Promise<Array<Pick<OfferEntity, 'id' | 'slug' | 'state' | 'content'>>> {
    return this.offers()
      .createQueryBuilder('o')
      .select(['o.id', 'o.slug', 'o.state', 'o.content'])
      .where('o.id > :afterId', { afterId })
      .orderBy('o.id')
      .limit(limit)
      .getMany();
  }

  /** Gives the offer a new slug and keeps the old one so that its links still lead there. */
  async renameSlug(offerId: string, from: string, to: string, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO offer_previous_slugs (slug, offer_id) VALUES ($1, $2)
       ON CONFLICT (slug) DO UPDATE SET offer_id = excluded.offer_id, replaced_at = now()`,
      [from, offerId],
    );
    await m.query(`DELETE FROM offer_previous_slugs WHERE slug = $1`, [to]);
    await m.query(`UPDATE offers SET slug = $2 WHERE id = $1`, [offerId, to]);
  }

  slugTaken(slug: string): Promise<boolean> {
    return this.offers().existsBy({ slug });
  }

  listForOrganisation(
    organisationId: string,
    states: OfferState[] | undefined,
    offset: number,
    limit: number,
  ) {
    return this.offers().findAndCount({
      where: { organisationId, ...(states ? { state: In(states) } : {}) },
      order: { updatedAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  listPublic(
    filter: { organisationId?: string; categoryCode?: string },
    offset: number,
    limit: number,
  ) {
    return this.offers().findAndCount({
      where: { state: 'published', ...defined(filter) },
      order: { publishedAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  /**
   * One page of the partner sync: offers public at least once, changed after the start, in
   * (updated_at, id) order (see syncHorizonMicros for why a page may stop short of now).
   */
  async syncPublic(start: SyncStart, limit: number, filter: { organisationId?: string }) {
    const horizonMicros = await syncHorizonMicros(this.db.manager);
    const qb = this.offers().createQueryBuilder('o').where('o.first_published_at IS NOT NULL');
    if (filter.organisationId)
      qb.andWhere('o.organisation_id = :organisationId', { organisationId: filter.organisationId });
    return readSyncWindow(
      applySyncWindow(qb, 'o', { after: start.after, since: start.since, horizonMicros, limit }),
      limit,
    );
  }

  /**
   * Moves the offer from `from` to new values only if nobody changed it since we read it:
   * the database decides which of two concurrent decisions wins.
   */
  async updateIf(
    id: string,
    expected: { state: OfferState; version: number },
    changes: Partial<OfferEntity>,
    m: EntityManager,
  ): Promise<boolean> {
    const result = await this.offers(m)
      .createQueryBuilder()
      .update(OfferEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND state = :state AND version = :version', { id, ...expected })
      .execute();
    return result.affected === 1;
  }

  openRevisionById(id: string, m: EntityManager): Promise<OfferRevisionEntity | null> {
    return this.revisions(m).findOneBy({ id });
  }

  derived(content: OfferContent) {
    return derivedColumns(content);
  }

  openRevision(offerId: string, m?: EntityManager): Promise<OfferRevisionEntity | null> {
    return this.revisions(m).findOneBy({ offerId, state: In(['submitted', 'changes_requested']) });
  }

  async saveRevision(
    data: Partial<OfferRevisionEntity>,
    m: EntityManager,
  ): Promise<OfferRevisionEntity> {
    const repo = this.revisions(m);
    return repo.save(repo.create(data));
  }

  async updateRevisionIf(
    id: string,
    expectedState: RevisionState,
    changes: Partial<OfferRevisionEntity>,
    m: EntityManager,
  ): Promise<boolean> {
    const result = await this.revisions(m)
      .createQueryBuilder()
      .update(OfferRevisionEntity)
      .set({ ...changes, updatedAt: () => 'now()' })
      .where('id = :id AND state = :state', { id, state: expectedState })
      .execute();
    return result.affected === 1;
  }

  async audit(entry: AuditInput, m?: EntityManager): Promise<void> {
    await (m ?? this.db.manager).getRepository(CatalogueAuditEventEntity).insert({
      organisationId: entry.organisationId,
      offerId: entry.offerId ?? null,
      revisionId: entry.revisionId ?? null,
      actorId: entry.actorId ?? null,
      actorRole: entry.actorRole,
      action: entry.action,
      fromState: entry.fromState ?? null,
      toState: entry.toState ?? null,
      reason: entry.reason ?? null,
    });
  }

  auditLog(
    filter: { offerId?: string; organisationId?: string; action?: string },
    offset: number,
    limit: number,
  ) {
    return this.db.getRepository(CatalogueAuditEventEntity).findAndCount({
      where: defined(filter),
      order: { id: 'DESC' },
      skip: offset,
      take: limit,
    });
  }

  publishedAfter(after: string | undefined, size: number): Promise<OfferEntity[]> {
    const qb = this.offers()
      .createQueryBuilder('o')
      .where(`o.state = 'published'`)
      .orderBy('o.id')
      .limit(size);
    if (after) qb.andWhere('o.id > :after', { after });
    return qb.getMany();
  }

  /**
   * Open data: published offers of verified organisations only (never drafts, pending
   * changes, expired offers or offers of organisations not verified), in id order after `after`.
   */
  openDataAfter(after: string | undefined, size: number): Promise<OfferEntity[]> {
    const qb = this.openData().orderBy('o.id').limit(size);
    if (after) qb.andWhere('o.id > :after', { after });
    return qb.getMany();
  }

  /** The same offers as `openDataAfter`, newest first, a page at a time, with their count. */
  openDataPage(offset: number, limit: number): Promise<[OfferEntity[], number]> {
    return this.openData()
      .orderBy('o.published_at', 'DESC')
      .addOrderBy('o.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
  }

  openDataById(id: string): Promise<OfferEntity | null> {
    return this.openData().andWhere('o.id = :id', { id }).getOne();
  }

  /** When the open data last changed: the latest edit of an exported offer or of its organisation. */
  async openDataUpdatedAt(): Promise<Date | null> {
    const rows: Array<{ at: Date | null }> = await this.db.query(
      `SELECT greatest(max(o.updated_at), max(org.updated_at)) AS at
         FROM offers o JOIN organisations org ON org.id = o.organisation_id
        WHERE o.state = 'published' AND org.verification_status = 'verified'`,
    );
    return rows[0]?.at ?? null;
  }

  private openData() {
    return this.offers()
      .createQueryBuilder('o')
      .where(`o.state = 'published'`)
      .andWhere(
        `EXISTS (SELECT 1 FROM organisations org WHERE org.id = o.organisation_id AND org.verification_status = 'verified')`,
      );
  }

  /** Published offers of an organisation last verified (or published) before a date, stalest first. */
  listVerifiedBefore(organisationId: string, before: Date, offset: number, limit: number) {
    return this.offers()
      .createQueryBuilder('o')
      .where(`o.organisation_id = :organisationId AND o.state = 'published'`, { organisationId })
      .andWhere('coalesce(o.last_verified_at, o.published_at) < :before', { before })
      .orderBy('coalesce(o.last_verified_at, o.published_at)', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
  }

  async publishedIdsOfOrganisation(organisationId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM offers WHERE organisation_id = $1 AND state IN ('published', 'expired', 'archived')`,
      [organisationId],
    );
    return rows.map((r) => r.id);
  }

  /** Published offers with a fixed deadline from `from` to `to` (YYYY-MM-DD, both included). */
  async publishedClosingBetween(from: string, to: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM offers
        WHERE state = 'published' AND NOT rolling AND deadline BETWEEN $1::date AND $2::date
        ORDER BY deadline, id`,
      [from, to],
    );
    return rows.map((r) => r.id);
  }

  /** Offers of the same organisation whose titles are nearly the same (pg_trgm). */
  async similarTitles(
    organisationId: string,
    offerId: string,
    threshold = 0.55,
  ): Promise<
    Array<{ id: string; slug: string; state: string; similarity: number; title: string }>
  > {
    return this.db.query(
      `SELECT o.id, o.slug, o.state, round(similarity(o.title_fingerprint, me.title_fingerprint)::numeric, 2)::float AS similarity,
              coalesce(o.content #>> '{translations,fr,title}', o.content #>> '{translations,en,title}',
                       o.content #>> '{translations,pt,title}', o.content #>> '{translations,ar,title}') AS title
         FROM offers me JOIN offers o ON o.organisation_id = me.organisation_id AND o.id <> me.id
        WHERE me.id = $1 AND me.organisation_id = $2 AND o.state <> 'rejected'
          AND similarity(o.title_fingerprint, me.title_fingerprint) >= $3
        ORDER BY similarity DESC LIMIT 5`,
      [offerId, organisationId, threshold],
    );
  }

  /**
   * Offers of the organisation whose titles are nearly those of `content`, not yet stored: the
   * same fingerprint (the offers.title_fingerprint expression) and threshold as `similarTitles`
   * in the review queue. Offers imported from `exceptSource` are left out (rows of one file
   * are not duplicates of each other's earlier runs: the import key finds those).
   */
  async similarToContent(
    organisationId: string,
    content: OfferContent,
    exceptSource: string | null,
    threshold = 0.55,
  ): Promise<Array<{ id: string; state: string; similarity: number; title: string }>> {
    return this.db.query(
      `WITH me AS (SELECT immutable_unaccent(lower(
                coalesce($2::jsonb #>> '{translations,fr,title}', '') || ' ' ||
                coalesce($2::jsonb #>> '{translations,en,title}', '') || ' ' ||
                coalesce($2::jsonb #>> '{translations,pt,title}', '') || ' ' ||
                coalesce($2::jsonb #>> '{translations,ar,title}', ''))) AS fingerprint)
       SELECT o.id, o.state, round(similarity(o.title_fingerprint, me.fingerprint)::numeric, 2)::float AS similarity,
              coalesce(o.content #>> '{translations,fr,title}', o.content #>> '{translations,en,title}',
                       o.content #>> '{translations,pt,title}', o.content #>> '{translations,ar,title}') AS title
         FROM offers o, me
        WHERE o.organisation_id = $1 AND o.state <> 'rejected'
          AND o.import_source IS DISTINCT FROM $3
          AND similarity(o.title_fingerprint, me.fingerprint) >= $4
        ORDER BY similarity DESC LIMIT 5`,
      [
        organisationId,
        JSON.stringify({ translations: content.translations }),
        exceptSource,
        threshold,
      ],
    );
  }
}
