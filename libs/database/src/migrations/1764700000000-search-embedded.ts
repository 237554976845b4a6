import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search index moves into the processes (an in-memory engine over compressed bitmaps,
 * docs/adr/0001-embedded-search-engine.md): PostgreSQL keeps one document per published offer
 * as the source every process loads from, and a change sequence each process follows. The
 * full-text columns, their indexes and the typo vocabulary of the former engine go.
 *
 * Each row carries the id of the transaction that wrote it (`xid`). A follower takes the rows
 * whose transaction is below the oldest one still running (pg_snapshot_xmin): those are final,
 * so no change that commits late, out of order, can be skipped.
 */
export class SearchEmbedded1764700000000 implements MigrationInterface {
  name = 'SearchEmbedded1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_vocabulary`);
    await q.query(`
      ALTER TABLE search_documents
        DROP COLUMN tsv, DROP COLUMN suggest_text, DROP COLUMN category_codes, DROP COLUMN sector_codes,
        DROP COLUMN stage_codes, DROP COLUMN residence_countries, DROP COLUMN target_countries,
        DROP COLUMN delivery_languages, DROP COLUMN format, DROP COLUMN free, DROP COLUMN funding_max_eur,
        DROP COLUMN organisation_verified, DROP COLUMN diaspora_only, DROP COLUMN rolling,
        DROP COLUMN deadline_ts, DROP COLUMN opens_ts, DROP COLUMN published_ts, DROP COLUMN quality_score,
        DROP COLUMN organisation_name`);
    await q.query(`DROP INDEX IF EXISTS search_documents_org_idx`);
    await q.query(
      `ALTER TABLE search_documents ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id()`,
    );
    await q.query(`CREATE INDEX search_documents_xid_idx ON search_documents (xid)`);
    // Deletions leave a tombstone so every process following the sequence sees them.
    await q.query(`
      CREATE TABLE search_document_deletions (
        id uuid PRIMARY KEY,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        deleted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX search_document_deletions_xid_idx ON search_document_deletions (xid)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // The former engine's columns cannot be refilled here: `npm run search:reindex` does it.
    await q.query(`DROP TABLE search_document_deletions`);
    await q.query(`DELETE FROM search_documents`);
    await q.query(`ALTER TABLE search_documents DROP COLUMN xid`);
    await q.query(`
      ALTER TABLE search_documents
        ADD COLUMN category_codes text[] NOT NULL, ADD COLUMN sector_codes text[] NOT NULL,
        ADD COLUMN stage_codes text[] NOT NULL, ADD COLUMN residence_countries text[] NOT NULL,
        ADD COLUMN target_countries text[] NOT NULL, ADD COLUMN delivery_languages text[] NOT NULL,
        ADD COLUMN format text NOT NULL, ADD COLUMN free boolean NOT NULL, ADD COLUMN funding_max_eur bigint,
        ADD COLUMN organisation_verified boolean NOT NULL, ADD COLUMN diaspora_only boolean NOT NULL,
        ADD COLUMN rolling boolean NOT NULL, ADD COLUMN deadline_ts bigint NOT NULL,
        ADD COLUMN opens_ts bigint NOT NULL, ADD COLUMN published_ts bigint NOT NULL,
        ADD COLUMN quality_score smallint NOT NULL, ADD COLUMN organisation_name text NOT NULL,
        ADD COLUMN suggest_text text NOT NULL, ADD COLUMN tsv tsvector NOT NULL`);
    await q.query(
      `CREATE TABLE search_vocabulary (word text PRIMARY KEY, documents integer NOT NULL)`,
    );
  }
}
