import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offer statistics per ISO week (issue 15.1): public page views, clicks on "apply" and search
 * impressions (with the sum of the positions shown, for the average). One row per offer,
 * week (its Monday, UTC) and metric, added to by batched upserts from the API processes:
 * nothing about who viewed, clicked or searched. Bookmarks and contact requests are counted
 * from their own tables, which carry created_at.
 */
export class OfferWeeklyStats1764900000200 implements MigrationInterface {
  name = 'OfferWeeklyStats1764900000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE offer_weekly_stats (
        offer_id uuid NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
        week date NOT NULL CHECK (extract(isodow FROM week) = 1),
        metric varchar(16) NOT NULL CHECK (metric IN ('view', 'apply', 'impression')),
        count bigint NOT NULL CHECK (count >= 0),
        position_sum bigint NOT NULL DEFAULT 0 CHECK (position_sum >= 0),
        PRIMARY KEY (offer_id, week, metric)
      )`);
    // Platform-wide weekly totals (the admin dashboard) read by week alone.
    await q.query(`CREATE INDEX offer_weekly_stats_week_idx ON offer_weekly_stats (week)`);
    // Bookmarks per week of an offer's organisation: by offer, then date.
    await q.query(`CREATE INDEX bookmarks_created_idx ON bookmarks (created_at)`);
    await q.query(
      `CREATE INDEX contact_requests_created_idx ON contact_requests (created_at, organisation_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contact_requests_created_idx`);
    await q.query(`DROP INDEX bookmarks_created_idx`);
    await q.query(`DROP TABLE offer_weekly_stats`);
  }
}
