import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner sync API (issue 13, part 3).
 * - Sync reads offers and organisations in (updated_at, id) order from a position: two keyset
 *   indexes. Offers are indexed only once public at least once (first_published_at): the
 *   sync never returns a draft that was never published, not even as a tombstone.
 * - A tombstone is derived from the row itself (an offer once public whose state is no longer
 *   `published`, an organisation once verified that no longer is), dated by its updated_at,
 *   so it is written in the same statement as the change. Triggers make that date reliable:
 *   any change of what the public sees moves updated_at to now() even if a future UPDATE
 *   forgets to (counters such as view_count or quality_score do not, as they are not public).
 * - partner_api_keys: read-only keys issued by admins, stored as the SHA-256 of a 256-bit
 *   random secret (only the first characters are kept in clear to recognise a key in lists).
 */
export class PartnerSync1764800000300 implements MigrationInterface {
  name = 'PartnerSync1764800000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX offers_sync_idx ON offers (updated_at, id) WHERE first_published_at IS NOT NULL`,
    );
    await q.query(`CREATE INDEX organisations_sync_idx ON organisations (updated_at, id)`);
    await q.query(`
      CREATE FUNCTION sync_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.updated_at := greatest(NEW.updated_at, now());
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER offers_public_change_touch BEFORE UPDATE ON offers FOR EACH ROW
        WHEN (OLD.state IS DISTINCT FROM NEW.state
           OR OLD.content IS DISTINCT FROM NEW.content
           OR OLD.slug IS DISTINCT FROM NEW.slug
           OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id
           OR OLD.last_verified_at IS DISTINCT FROM NEW.last_verified_at
           OR OLD.published_at IS DISTINCT FROM NEW.published_at)
        EXECUTE FUNCTION sync_touch_updated_at()`);
    await q.query(`
      CREATE TRIGGER organisations_change_touch BEFORE UPDATE ON organisations FOR EACH ROW
        WHEN (OLD.updated_at IS NOT DISTINCT FROM NEW.updated_at AND OLD IS DISTINCT FROM NEW)
        EXECUTE FUNCTION sync_touch_updated_at()`);
    await q.query(`
      CREATE TABLE partner_api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(120) NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 120),
        key_hash char(64) NOT NULL UNIQUE,
        key_prefix varchar(16) NOT NULL,
        scopes text[] NOT NULL CHECK (cardinality(scopes) >= 1),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX partner_api_keys_recent_idx ON partner_api_keys (created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE partner_api_keys`);
    await q.query(`DROP TRIGGER organisations_change_touch ON organisations`);
    await q.query(`DROP TRIGGER offers_public_change_touch ON offers`);
    await q.query(`DROP FUNCTION sync_touch_updated_at()`);
    await q.query(`DROP INDEX organisations_sync_idx`);
    await q.query(`DROP INDEX offers_sync_idx`);
  }
}
