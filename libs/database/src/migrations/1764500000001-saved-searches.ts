import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bookmarks, saved searches and their e-mail alerts.
 * - A bookmark outlives the offer's publication: the list shows an expired or archived offer
 *   with its state; it goes only when the offer row itself is deleted.
 * - A saved search belongs to an account (user_id) or, for alerts without an account, to an
 *   e-mail address that confirmed it (confirmed_at; pending until then, with a single-use
 *   confirmation token stored as its SHA-256 and a 48 h expiry).
 * - The alert job records when it last looked (last_checked_at: at most one run per period)
 *   and every offer it e-mailed (saved_search_sent_offers: each offer at most once). It looks
 *   for offers published since watch_from at the earliest: creation, confirmation, or the
 *   last change of the search or of its frequency from off.
 */
export class SavedSearches1764500000001 implements MigrationInterface {
  name = 'SavedSearches1764500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bookmarks (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        offer_id uuid NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, offer_id)
      )`);
    await q.query(`CREATE INDEX bookmarks_user_recent_idx ON bookmarks (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX bookmarks_offer_idx ON bookmarks (offer_id)`);

    await q.query(`
      CREATE TABLE saved_searches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid REFERENCES users(id) ON DELETE CASCADE,
        email varchar(254),
        language varchar(2) CHECK (language IN ('fr', 'en', 'pt', 'ar')),
        name varchar(120) NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        query jsonb NOT NULL CHECK (jsonb_typeof(query) = 'object'),
        frequency varchar(8) NOT NULL CHECK (frequency IN ('daily', 'weekly', 'off')),
        confirmed_at timestamptz,
        confirm_token_hash char(64) UNIQUE,
        confirm_expires_at timestamptz,
        watch_from timestamptz NOT NULL DEFAULT now(),
        last_checked_at timestamptz,
        last_alert_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- An account's search, or an alert without an account (e-mail and language).
        CHECK ((user_id IS NULL) <> (email IS NULL)),
        CHECK (user_id IS NOT NULL OR language IS NOT NULL),
        CHECK (user_id IS NULL OR confirmed_at IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX saved_searches_user_idx ON saved_searches (user_id, created_at DESC)
         WHERE user_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX saved_searches_email_idx ON saved_searches (email) WHERE email IS NOT NULL`,
    );
    // What the hourly alert job walks through.
    await q.query(
      `CREATE INDEX saved_searches_active_idx ON saved_searches (id)
         WHERE frequency <> 'off' AND confirmed_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX saved_searches_pending_idx ON saved_searches (confirm_expires_at)
         WHERE confirmed_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE saved_search_sent_offers (
        saved_search_id uuid NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
        offer_id uuid NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (saved_search_id, offer_id)
      )`);
    await q.query(
      `CREATE INDEX saved_search_sent_offers_offer_idx ON saved_search_sent_offers (offer_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE saved_search_sent_offers`);
    await q.query(`DROP TABLE saved_searches`);
    await q.query(`DROP TABLE bookmarks`);
  }
}
