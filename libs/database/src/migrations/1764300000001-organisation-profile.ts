import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = [
  'incubator',
  'accelerator',
  'bank',
  'microfinance',
  'public_agency',
  'ngo',
  'diaspora_association',
  'chamber_of_commerce',
  'consultancy',
  'university',
  'other',
];
const STATUSES = ['pending', 'verified', 'rejected'];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The organisation's public profile and its verification by admins, with an append-only
 * history of every verification status change.
 */
export class OrganisationProfile1764300000001 implements MigrationInterface {
  name = 'OrganisationProfile1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organisations
        ADD COLUMN kind varchar(32) NOT NULL DEFAULT 'other'
          CONSTRAINT organisations_kind_check CHECK (kind IN (${list(KINDS)})),
        ADD COLUMN legal_country char(2)
          CONSTRAINT organisations_legal_country_check CHECK (legal_country ~ '^[A-Z]{2}$'),
        ADD COLUMN legal_registration_number text
          CONSTRAINT organisations_legal_registration_number_check
          CHECK (char_length(legal_registration_number) BETWEEN 1 AND 64),
        ADD COLUMN countries_of_operation char(2)[] NOT NULL DEFAULT '{}'
          CONSTRAINT organisations_countries_of_operation_check
          CHECK (cardinality(countries_of_operation) <= 60),
        ADD COLUMN description jsonb NOT NULL DEFAULT '{}'
          CONSTRAINT organisations_description_check CHECK (jsonb_typeof(description) = 'object'),
        ADD COLUMN website text,
        ADD COLUMN contact_email text,
        ADD COLUMN contact_phone text,
        ADD COLUMN logo_url text,
        ADD COLUMN verification_status varchar(16) NOT NULL DEFAULT 'pending'
          CONSTRAINT organisations_verification_status_check
          CHECK (verification_status IN (${list(STATUSES)})),
        ADD COLUMN verification_requested_at timestamptz,
        ADD COLUMN verified_at timestamptz,
        ADD COLUMN verified_by uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN rejection_reason text,
        ADD CONSTRAINT organisations_legal_identifier_whole
          CHECK ((legal_country IS NULL) = (legal_registration_number IS NULL)),
        ADD CONSTRAINT organisations_verified_has_date
          CHECK (verification_status <> 'verified' OR verified_at IS NOT NULL),
        ADD CONSTRAINT organisations_rejected_has_reason
          CHECK (verification_status <> 'rejected' OR rejection_reason IS NOT NULL)`);
    // An organisation waits for verification from its creation: existing ones since then.
    await q.query(`UPDATE organisations SET verification_requested_at = created_at`);
    await q.query(`
      ALTER TABLE organisations
        ALTER COLUMN verification_requested_at SET DEFAULT now(),
        ALTER COLUMN verification_requested_at SET NOT NULL`);
    // The admins' queue: one status, oldest request first.
    await q.query(`
      CREATE INDEX organisations_verification_queue_idx
        ON organisations (verification_status, verification_requested_at, id)`);

    await q.query(`
      CREATE TABLE organisation_verification_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        from_status varchar(16) NOT NULL CHECK (from_status IN (${list(STATUSES)})),
        to_status varchar(16) NOT NULL CHECK (to_status IN (${list(STATUSES)})),
        reason text
      )`);
    await q.query(`
      CREATE INDEX organisation_verification_events_org_idx
        ON organisation_verification_events (organisation_id, occurred_at, id)`);
    // Append-only: history is never rewritten, not even by the application's own role.
    await q.query(`
      CREATE FUNCTION organisation_verification_events_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'organisation_verification_events is append-only: % refused', TG_OP
          USING ERRCODE = 'restrict_violation';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER organisation_verification_events_no_change
        BEFORE UPDATE OR DELETE ON organisation_verification_events
        FOR EACH ROW EXECUTE FUNCTION organisation_verification_events_append_only()`);
    await q.query(`
      CREATE TRIGGER organisation_verification_events_no_truncate
        BEFORE TRUNCATE ON organisation_verification_events
        FOR EACH STATEMENT EXECUTE FUNCTION organisation_verification_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE organisation_verification_events`);
    await q.query(`DROP FUNCTION organisation_verification_events_append_only()`);
    await q.query(`DROP INDEX organisations_verification_queue_idx`);
    await q.query(`
      ALTER TABLE organisations
        DROP CONSTRAINT organisations_legal_identifier_whole,
        DROP CONSTRAINT organisations_verified_has_date,
        DROP CONSTRAINT organisations_rejected_has_reason,
        DROP COLUMN kind,
        DROP COLUMN legal_country,
        DROP COLUMN legal_registration_number,
        DROP COLUMN countries_of_operation,
        DROP COLUMN description,
        DROP COLUMN website,
        DROP COLUMN contact_email,
        DROP COLUMN contact_phone,
        DROP COLUMN logo_url,
        DROP COLUMN verification_status,
        DROP COLUMN verification_requested_at,
        DROP COLUMN verified_at,
        DROP COLUMN verified_by,
        DROP COLUMN rejection_reason`);
  }
}
