import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OfferStatsIncrement } from './offer-stats-aggregator';

/** Per-week figures of one metric: `week` is a Monday (or a day for searches), `YYYY-MM-DD`. */
export interface WeekCountRow {
  readonly week: string;
  readonly metric: string;
  readonly count: number;
  readonly positionSum: number;
}

export interface OfferTotalsRow {
  readonly offerId: string;
  readonly slug: string;
  readonly state: string;
  readonly content: unknown;
  readonly views: number;
  readonly applies: number;
  readonly impressions: number;
  readonly positionSum: number;
  readonly bookmarks: number;
  readonly contacts: number;
}

/** The window of weeks read: from the Monday `from` to the week starting on `to`, included. */
export interface WeekWindow {
  readonly from: string;
  readonly to: string;
}

/**
 * `offer_weekly_stats` (written in batches by the recorder) and the weekly reads of the
 * statistics pages, which also count bookmarks and contact requests from their own tables.
 * `organisationId` null reads the whole platform.
 */
@Injectable()
export class OfferStatsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Adds a batch in one statement: one upsert per (offer, week, metric), and the views also
   * to offers.view_count (the quality score reads it). Offers deleted meanwhile are skipped.
   */
  async add(rows: readonly OfferStatsIncrement[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.query(
      `WITH batch AS (
         SELECT r.offer_id, r.week, r.metric, r.count, r.position_sum
           FROM jsonb_to_recordset($1::jsonb)
             AS r(offer_id uuid, week date, metric text, count bigint, position_sum bigint)
           JOIN offers o ON o.id = r.offer_id
       ), added AS (
         INSERT INTO offer_weekly_stats AS s (offer_id, week, metric, count, position_sum)
         SELECT offer_id, week, metric, count, position_sum FROM batch
          ORDER BY offer_id, week, metric
         ON CONFLICT (offer_id, week, metric) DO UPDATE
           SET count = s.count + EXCLUDED.count,
               position_sum = s.position_sum + EXCLUDED.position_sum
       )
       UPDATE offers o SET view_count = o.view_count + v.n
         FROM (SELECT offer_id, sum(count)::int AS n FROM batch
                WHERE metric = 'view' GROUP BY offer_id) v
        WHERE o.id = v.offer_id`,
      [
        JSON.stringify(
          rows.map((r) => ({
            offer_id: r.offerId,
            week: r.week,
            metric: r.metric,
            count: r.count,
            position_sum: r.positionSum,
          })),
        ),
      ],
    );
  }

  /** Views, applies and impressions per week and metric. */
  async countedByWeek(organisationId: string | null, window: WeekWindow): Promise<WeekCountRow[]> {
    const rows: Array<{ week: string; metric: string; count: string; position_sum: string }> =
      await this.db.query(
        `SELECT to_char(s.week, 'YYYY-MM-DD') AS week, s.metric,
                sum(s.count) AS count, sum(s.position_sum) AS position_sum
           FROM offer_weekly_stats s
          WHERE s.week BETWEEN $1::date AND $2::date
            AND ($3::uuid IS NULL
                 OR s.offer_id IN (SELECT id FROM offers WHERE organisation_id = $3::uuid))
          GROUP BY s.week, s.metric`,
        [window.from, window.to, organisationId],
      );
    return rows.map((r) => ({
      week: r.week,
      metric: r.metric,
      count: Number(r.count),
      positionSum: Number(r.position_sum),
    }));
  }

  /** Bookmarks made per week (of the offers of the organisation), as metric `bookmark`. */
  async bookmarksByWeek(
    organisationId: string | null,
    window: WeekWindow,
  ): Promise<WeekCountRow[]> {
    const rows: Array<{ week: string; count: number }> = await this.db.query(
      `SELECT to_char(date_trunc('week', b.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
              count(*)::int AS count
         FROM bookmarks b
        WHERE b.created_at >= ($1::date)::timestamp AT TIME ZONE 'UTC'
          AND b.created_at < ($2::date + 7)::timestamp AT TIME ZONE 'UTC'
          AND ($3::uuid IS NULL
               OR b.offer_id IN (SELECT id FROM offers WHERE organisation_id = $3::uuid))
        GROUP BY 1`,
      [window.from, window.to, organisationId],
    );
    return rows.map((r) => ({ week: r.week, metric: 'bookmark', count: r.count, positionSum: 0 }));
  }

  /** Contact requests received per week, as metric `contact`. */
  async contactsByWeek(organisationId: string | null, window: WeekWindow): Promise<WeekCountRow[]> {
    const rows: Array<{ week: string; count: number }> = await this.db.query(
      `SELECT to_char(date_trunc('week', c.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
              count(*)::int AS count
         FROM contact_requests c
        WHERE c.created_at >= ($1::date)::timestamp AT TIME ZONE 'UTC'
          AND c.created_at < ($2::date + 7)::timestamp AT TIME ZONE 'UTC'
          AND ($3::uuid IS NULL OR c.organisation_id = $3::uuid)
        GROUP BY 1`,
      [window.from, window.to, organisationId],
    );
    return rows.map((r) => ({ week: r.week, metric: 'contact', count: r.count, positionSum: 0 }));
  }

  /**
   * The organisation's offers that were ever public, with their totals over the window,
   * most viewed first.
   */
  async offerTotals(organisationId: string, window: WeekWindow): Promise<OfferTotalsRow[]> {
    const rows: Array<{
      id: string;
      slug: string;
      state: string;
      content: unknown;
      views: string;
      applies: string;
      impressions: string;
      position_sum: string;
      bookmarks: number;
      contacts: number;
    }> = await this.db.query(
      `SELECT o.id, o.slug, o.state, o.content,
              coalesce(s.views, 0) AS views, coalesce(s.applies, 0) AS applies,
              coalesce(s.impressions, 0) AS impressions, coalesce(s.position_sum, 0) AS position_sum,
              (SELECT count(*)::int FROM bookmarks b
                WHERE b.offer_id = o.id
                  AND b.created_at >= ($2::date)::timestamp AT TIME ZONE 'UTC'
                  AND b.created_at < ($3::date + 7)::timestamp AT TIME ZONE 'UTC') AS bookmarks,
              (SELECT count(*)::int FROM contact_requests c
                WHERE c.offer_id = o.id AND c.organisation_id = o.organisation_id
                  AND c.created_at >= ($2::date)::timestamp AT TIME ZONE 'UTC'
                  AND c.created_at < ($3::date + 7)::timestamp AT TIME ZONE 'UTC') AS contacts
         FROM offers o
         LEFT JOIN (
           SELECT offer_id,
                  sum(count) FILTER (WHERE metric = 'view') AS views,
                  sum(count) FILTER (WHERE metric = 'apply') AS applies,
                  sum(count) FILTER (WHERE metric = 'impression') AS impressions,
                  sum(position_sum) FILTER (WHERE metric = 'impression') AS position_sum
             FROM offer_weekly_stats
            WHERE week BETWEEN $2::date AND $3::date
            GROUP BY offer_id
         ) s ON s.offer_id = o.id
        WHERE o.organisation_id = $1::uuid AND o.first_published_at IS NOT NULL
        ORDER BY views DESC, o.first_published_at DESC, o.id`,
      [organisationId, window.from, window.to],
    );
    return rows.map((r) => ({
      offerId: r.id,
      slug: r.slug,
      state: r.state,
      content: r.content,
      views: Number(r.views),
      applies: Number(r.applies),
      impressions: Number(r.impressions),
      positionSum: Number(r.position_sum),
      bookmarks: r.bookmarks,
      contacts: r.contacts,
    }));
  }
}
