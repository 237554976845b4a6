import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { SavedSearchEntity, SavedSearchSentOfferEntity } from './saved-search.entity';

/** A saved search is due when its period has passed since the alert job last looked at it. */
const DUE = `confirmed_at IS NOT NULL AND frequency <> 'off'
  AND (last_checked_at IS NULL OR last_checked_at <= $1::timestamptz
       - CASE frequency WHEN 'daily' THEN interval '1 day' ELSE interval '7 days' END)`;

/** What TypeORM's `query` gives for UPDATE and DELETE on PostgreSQL: the RETURNING rows, the count. */
type Modified<T> = [T[], number];

@Injectable()
export class SavedSearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  private searches(m?: EntityManager) {
    return (m ?? this.db.manager).getRepository(SavedSearchEntity);
  }

  private sent(m?: EntityManager) {
    return (m ?? this.db.manager).getRepository(SavedSearchSentOfferEntity);
  }

  // --- an account's saved searches -------------------------------------------------------

  countForUser(userId: string): Promise<number> {
    return this.searches().countBy({ userId });
  }

  /** Newest first. */
  pageForUser(
    userId: string,
    offset: number,
    limit: number,
  ): Promise<[SavedSearchEntity[], number]> {
    return this.searches().findAndCount({
      where: { userId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  allForUser(userId: string): Promise<SavedSearchEntity[]> {
    return this.searches().find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findForUser(userId: string, id: string): Promise<SavedSearchEntity | null> {
    return this.searches().findOneBy({ userId, id });
  }

  async insert(data: Partial<SavedSearchEntity>): Promise<SavedSearchEntity> {
    const repo = this.searches();
    return repo.save(repo.create(data));
  }

  /** False when no such saved search belongs to the user. */
  async updateForUser(
    userId: string,
    id: string,
    changes: Partial<Pick<SavedSearchEntity, 'name' | 'query' | 'frequency' | 'watchFrom'>>,
  ): Promise<boolean> {
    const result = await this.searches().update(
      { userId, id },
      { ...changes, updatedAt: () => 'now()' },
    );
    return (result.affected ?? 0) > 0;
  }

  async deleteForUser(userId: string, id: string): Promise<boolean> {
    const result = await this.searches().delete({ userId, id });
    return (result.affected ?? 0) > 0;
  }

  async eraseForUser(userId: string, m: EntityManager): Promise<void> {
    await this.searches(m).delete({ userId });
  }

  sentOffers(savedSearchIds: readonly string[]): Promise<SavedSearchSentOfferEntity[]> {
    if (!savedSearchIds.length) return Promise.resolve([]);
    return this.sent().find({
      where: { savedSearchId: In([...savedSearchIds]) },
      // One run stamps all its offers with the same instant.
      order: { sentAt: 'ASC', offerId: 'ASC' },
    });
  }

  // --- alerts without an account -----------------------------------------------------------

  async countAlertsForEmail(email: string): Promise<{ confirmed: number; pending: number }> {
    const [row]: Array<{ confirmed: number; pending: number }> = await this.db.query(
      `SELECT count(*) FILTER (WHERE confirmed_at IS NOT NULL)::int AS confirmed,
              count(*) FILTER (WHERE confirmed_at IS NULL)::int AS pending
         FROM saved_searches WHERE email = $1`,
      [email],
    );
    return row;
  }

  /** Activates the pending alert whose unexpired token this is; null otherwise (single use). */
  async confirm(tokenHash: string, now: Date): Promise<SavedSearchEntity | null> {
    const [rows]: Modified<{ id: string }> = await this.db.query(
      `UPDATE saved_searches
          SET confirmed_at = $2, watch_from = $2, confirm_token_hash = NULL,
              confirm_expires_at = NULL, updated_at = now()
        WHERE confirm_token_hash = $1 AND confirmed_at IS NULL AND confirm_expires_at > $2
        RETURNING id`,
      [tokenHash, now],
    );
    return rows.length ? this.searches().findOneBy({ id: rows[0].id }) : null;
  }

  async purgeExpiredPending(now: Date): Promise<number> {
    const result = await this.searches()
      .createQueryBuilder()
      .delete()
      .where('confirmed_at IS NULL AND confirm_expires_at <= :now', { now })
      .execute();
    return result.affected ?? 0;
  }

  // --- unsubscribing ---------------------------------------------------------------------------

  /**
   * An account's search stays, with alerts off; an alert without an account has no other use,
   * so it is deleted with its e-mail address. Returns the name, or null when already gone.
   */
  async unsubscribe(id: string): Promise<{ name: string } | null> {
    const [off]: Modified<{ name: string }> = await this.db.query(
      `UPDATE saved_searches SET frequency = 'off', updated_at = now()
        WHERE id = $1 AND user_id IS NOT NULL RETURNING name`,
      [id],
    );
    if (off.length) return off[0];
    const [deleted]: Modified<{ name: string }> = await this.db.query(
      `DELETE FROM saved_searches WHERE id = $1 AND user_id IS NULL RETURNING name`,
      [id],
    );
    return deleted[0] ?? null;
  }

  // --- the alert job ---------------------------------------------------------------------------

  /** Due saved searches after `afterId`, in id order (keyset pages). */
  async dueAfter(
    now: Date,
    afterId: string,
    limit: number,
  ): Promise<Array<{ id: string; userId: string | null }>> {
    return this.db.query(
      `SELECT id, user_id AS "userId" FROM saved_searches
        WHERE ${DUE} AND id > $2 ORDER BY id LIMIT $3`,
      [now, afterId, limit],
    );
  }

  /**
   * Locks the saved search for this run if it is still due; null when another run has it or
   * already did it. The lock lasts until the caller's transaction ends.
   */
  async lockIfDue(id: string, now: Date, m: EntityManager): Promise<SavedSearchEntity | null> {
    const rows: Array<{ id: string }> = await m.query(
      `SELECT id FROM saved_searches WHERE ${DUE} AND id = $2 FOR UPDATE SKIP LOCKED`,
      [now, id],
    );
    return rows.length ? this.searches(m).findOneBy({ id }) : null;
  }

  async alreadySent(
    id: string,
    offerIds: readonly string[],
    m: EntityManager,
  ): Promise<Set<string>> {
    if (!offerIds.length) return new Set();
    const rows = await this.sent(m).find({
      select: { offerId: true },
      where: { savedSearchId: id, offerId: In([...offerIds]) },
    });
    return new Set(rows.map((r) => r.offerId));
  }

  /** Records a run: when it looked, and what it e-mailed (if anything). */
  async recordRun(
    id: string,
    now: Date,
    sentOfferIds: readonly string[],
    m: EntityManager,
  ): Promise<void> {
    if (sentOfferIds.length) {
      // An offer deleted meanwhile is simply not recorded (its row is gone, and so is the FK target).
      await m.query(
        `INSERT INTO saved_search_sent_offers (saved_search_id, offer_id, sent_at)
         SELECT $1, o.id, $3 FROM offers o WHERE o.id = ANY($2::uuid[])
         ON CONFLICT DO NOTHING`,
        [id, sentOfferIds, now],
      );
    }
    await this.searches(m).update(
      { id },
      sentOfferIds.length ? { lastCheckedAt: now, lastAlertAt: now } : { lastCheckedAt: now },
    );
  }
}
