import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Catalogue import (issue 13). Each imported offer keeps where it came from: the source an
 * organisation names (a partner file, a directory) and the row's id there. The key
 * (organisation, source, external id) is unique, so importing the same file again finds the
 * same offers instead of creating copies. `import_jobs` keeps every run of an import: its
 * options, progress, counts and row-by-row report; the uploaded file stays only until the run
 * has finished (`payload` is cleared then).
 */
export class CatalogueImport1764800000000 implements MigrationInterface {
  name = 'CatalogueImport1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE offers
        ADD COLUMN import_source varchar(100),
        ADD COLUMN import_external_id varchar(200),
        ADD CONSTRAINT offers_import_key_whole CHECK ((import_source IS NULL) = (import_external_id IS NULL))`);
    await q.query(`
      CREATE UNIQUE INDEX offers_import_key_idx ON offers (organisation_id, import_source, import_external_id)
        WHERE import_source IS NOT NULL`);
    await q.query(`
      CREATE TABLE import_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        requested_as varchar(24) NOT NULL CHECK (requested_as IN ('organisation', 'admin', 'system')),
        status varchar(16) NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'running', 'done', 'failed')),
        dry_run boolean NOT NULL DEFAULT false,
        submit boolean NOT NULL DEFAULT false,
        source varchar(100) NOT NULL,
        file_name varchar(255) NOT NULL,
        format varchar(16) NOT NULL CHECK (format IN ('csv', 'xlsx', 'hsds')),
        mapping jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(mapping) = 'object'),
        payload bytea,
        total integer NOT NULL DEFAULT 0 CHECK (total >= 0),
        processed integer NOT NULL DEFAULT 0 CHECK (processed >= 0),
        counts jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(counts) = 'object'),
        report jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(report) = 'array'),
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        heartbeat_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX import_jobs_organisation_idx ON import_jobs (organisation_id, created_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE import_jobs`);
    await q.query(`DROP INDEX offers_import_key_idx`);
    await q.query(`
      ALTER TABLE offers
        DROP CONSTRAINT offers_import_key_whole,
        DROP COLUMN import_external_id,
        DROP COLUMN import_source`);
  }
}
