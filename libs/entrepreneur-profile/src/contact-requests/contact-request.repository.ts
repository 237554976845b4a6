import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ContactRequestStatus, ContactRequestTarget } from './contact-request-state';
import { ContactRequestEntity } from './contact-request.entity';

export interface ListFilter {
  readonly status?: ContactRequestStatus;
  readonly offset: number;
  readonly limit: number;
}

/** A limit on how many requests one sender may send in a sliding window. */
export interface SendingLimit {
  readonly max: number;
  readonly windowSeconds: number;
  /** Count only the requests about this offer. */
  readonly offerId?: string;
}

@Injectable()
export class ContactRequestRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * Serialises the sends of one sender until the transaction ends, so the limit counts
   * and the insert cannot interleave across requests or API processes.
   */
  async lockSender(senderId: string, m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `contact-request:${senderId}`,
    ]);
  }

  /**
   * Seconds until the sender may send again under `limit`, or null when under it: the
   * max-th most recent request in the window leaves it at `created_at + window`.
   */
  async secondsUntilAllowed(
    senderId: string,
    limit: SendingLimit,
    m: EntityManager,
  ): Promise<number | null> {
    const params: unknown[] = [senderId, limit.windowSeconds, limit.max - 1];
    if (limit.offerId) params.push(limit.offerId);
    const rows: Array<{ frees_in: number }> = await m.query(
      `SELECT ceil(extract(epoch FROM (created_at + make_interval(secs => $2) - now())))::int AS frees_in
         FROM contact_requests
        WHERE sender_id = $1 AND created_at > now() - make_interval(secs => $2)
          ${limit.offerId ? 'AND offer_id = $4' : ''}
        ORDER BY created_at DESC
        OFFSET $3 LIMIT 1`,
      params,
    );
    return rows.length ? Math.max(1, rows[0].frees_in) : null;
  }

  async insert(
    values: Omit<
      ContactRequestEntity,
      | 'id'
      | 'status'
      | 'declineReason'
      | 'answer'
      | 'answeredAt'
      | 'createdAt'
      | 'statusChangedAt'
      | 'senderErasedAt'
    >,
    m: EntityManager,
  ): Promise<ContactRequestEntity> {
    const result = await m
      .createQueryBuilder()
      .insert()
      .into(ContactRequestEntity)
      // A jsonb object is stored as given; TypeORM's deep-partial type cannot say so.
      .values({ ...values, sharedFields: values.sharedFields as never })
      .returning(['id'])
      .execute();
    const id = (result.raw as Array<{ id: string }>)[0].id;
    return m.getRepository(ContactRequestEntity).findOneByOrFail({ id });
  }

  findForOrganisation(id: string, organisationId: string): Promise<ContactRequestEntity | null> {
    return this.db.getRepository(ContactRequestEntity).findOneBy({ id, organisationId });
  }

  listForOrganisation(
    organisationId: string,
    filter: ListFilter,
  ): Promise<[ContactRequestEntity[], number]> {
    return this.db.getRepository(ContactRequestEntity).findAndCount({
      where: { organisationId, ...(filter.status ? { status: filter.status } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: filter.offset,
      take: filter.limit,
    });
  }

  findForSender(id: string, senderId: string): Promise<ContactRequestEntity | null> {
    return this.db.getRepository(ContactRequestEntity).findOneBy({ id, senderId });
  }

  listForSender(senderId: string, filter: ListFilter): Promise<[ContactRequestEntity[], number]> {
    return this.db.getRepository(ContactRequestEntity).findAndCount({
      where: { senderId, ...(filter.status ? { status: filter.status } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: filter.offset,
      take: filter.limit,
    });
  }

  allOfSender(senderId: string): Promise<ContactRequestEntity[]> {
    return this.db
      .getRepository(ContactRequestEntity)
      .find({ where: { senderId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Moves the request only if it is still in one of `from` (a conditional UPDATE): of two
   * concurrent changes, the second finds the status already moved and gets null. An
   * `answer` replaces the stored one (and dates it); without one, the stored answer stays.
   */
  async moveStatus(
    id: string,
    organisationId: string,
    from: readonly ContactRequestStatus[],
    to: ContactRequestTarget,
    declineReason: string | null,
    answer: string | null = null,
  ): Promise<ContactRequestEntity | null> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [, count]: [unknown[], number] = await this.db.query(
      `UPDATE contact_requests
          SET status = $4, decline_reason = $5, status_changed_at = now(),
              answer = COALESCE($6::text, answer),
              answered_at = CASE WHEN $6::text IS NULL THEN answered_at ELSE now() END
        WHERE id = $1 AND organisation_id = $2 AND status = ANY($3::varchar[])`,
      [id, organisationId, from, to, declineReason, answer],
    );
    if (count === 0) return null;
    return this.db.getRepository(ContactRequestEntity).findOneByOrFail({ id });
  }

  /** Erasure: the request stays with the organisation, without the sender's personal data. */
  async anonymiseSender(senderId: string, displayName: string, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE contact_requests
          SET sender_id = NULL, sender_display_name = $2, sender_email = NULL,
              shared_fields = '{}'::jsonb, sender_erased_at = now()
        WHERE sender_id = $1`,
      [senderId, displayName],
    );
  }
}
