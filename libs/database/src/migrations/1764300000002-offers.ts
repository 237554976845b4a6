import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offers with their moderation state, pending revisions of published offers, and the
 * append-only catalogue audit log. The offer's content is one jsonb document (the API's
 * shape); the columns beside it are what queries filter, sort and index on.
 */
export class Offers1764300000002 implements MigrationInterface {
  name = 'Offers1764300000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        slug varchar(160) NOT NULL UNIQUE,
        state varchar(24) NOT NULL DEFAULT 'draft' CHECK (state IN
          ('draft', 'submitted', 'changes_requested', 'published', 'rejected', 'archived', 'expired')),
        version integer NOT NULL DEFAULT 1,
        content jsonb NOT NULL,
        category_code varchar(64) NOT NULL,
        residence_countries char(2)[] NOT NULL DEFAULT '{}',
        target_countries char(2)[] NOT NULL DEFAULT '{}',
        rolling boolean NOT NULL DEFAULT false,
        deadline date,
        title_fingerprint text GENERATED ALWAYS AS (immutable_unaccent(lower(
          coalesce(content #>> '{translations,fr,title}', '') || ' ' ||
          coalesce(content #>> '{translations,en,title}', '') || ' ' ||
          coalesce(content #>> '{translations,pt,title}', '') || ' ' ||
          coalesce(content #>> '{translations,ar,title}', '')))) STORED,
        quality_score smallint NOT NULL DEFAULT 0 CHECK (quality_score BETWEEN 0 AND 100),
        view_count integer NOT NULL DEFAULT 0,
        last_verified_at timestamptz,
        freshness_reminded_at timestamptz,
        moderation_comment text,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        first_published_at timestamptz,
        published_at timestamptz,
        decided_at timestamptz,
        archived_at timestamptz,
        expired_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX offers_organisation_idx ON offers (organisation_id, updated_at DESC)`,
    );
    await q.query(`CREATE INDEX offers_state_idx ON offers (state, submitted_at)`);
    await q.query(
      `CREATE INDEX offers_expiry_idx ON offers (deadline) WHERE state = 'published' AND NOT rolling`,
    );
    await q.query(
      `CREATE INDEX offers_title_trgm_idx ON offers USING gin (title_fingerprint gin_trgm_ops)`,
    );
    await q.query(`
      CREATE TABLE offer_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
        state varchar(24) NOT NULL CHECK (state IN ('submitted', 'changes_requested', 'approved', 'rejected', 'withdrawn')),
        content jsonb NOT NULL,
        based_on_version integer NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        comment text
      )`);
    // At most one open revision per offer.
    await q.query(
      `CREATE UNIQUE INDEX offer_revisions_open_idx ON offer_revisions (offer_id)
         WHERE state IN ('submitted', 'changes_requested')`,
    );
    await q.query(
      `CREATE INDEX offer_revisions_queue_idx ON offer_revisions (state, submitted_at)`,
    );
    await q.query(`
      CREATE TABLE catalogue_audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        organisation_id uuid NOT NULL,
        offer_id uuid,
        revision_id uuid,
        actor_id uuid,
        actor_role varchar(24) NOT NULL,
        action varchar(48) NOT NULL,
        from_state varchar(24),
        to_state varchar(24),
        reason text
      )`);
    await q.query(
      `CREATE INDEX catalogue_audit_offer_idx ON catalogue_audit_events (offer_id, id)`,
    );
    await q.query(
      `CREATE INDEX catalogue_audit_org_idx ON catalogue_audit_events (organisation_id, id)`,
    );
    // Append-only: history cannot be rewritten, even by the application.
    await q.query(`
      CREATE FUNCTION catalogue_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'catalogue_audit_events is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER catalogue_audit_no_change BEFORE UPDATE OR DELETE ON catalogue_audit_events
        FOR EACH ROW EXECUTE FUNCTION catalogue_audit_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE catalogue_audit_events`);
    await q.query(`DROP FUNCTION catalogue_audit_append_only()`);
    await q.query(`DROP TABLE offer_revisions`);
    await q.query(`DROP TABLE offers`);
  }
}
