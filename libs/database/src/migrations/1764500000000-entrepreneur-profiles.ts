import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Entrepreneur profiles: dual geography (where they live, where the business is), project,
 * needs; the two sensitive fields (date of birth, gender) only with a recorded consent.
 */
export class EntrepreneurProfiles1764500000000 implements MigrationInterface {
  name = 'EntrepreneurProfiles1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE entrepreneur_profiles (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        residence_country char(2),
        origin_countries char(2)[] NOT NULL DEFAULT '{}',
        target_countries char(2)[] NOT NULL DEFAULT '{}',
        sector_codes text[] NOT NULL DEFAULT '{}',
        stage_code varchar(64),
        need_codes text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        business_name text,
        business_description text,
        date_of_birth date,
        gender varchar(16) CHECK (gender IN ('woman', 'man', 'other')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Consent history: one row per grant or withdrawal, never updated.
    await q.query(`
      CREATE TABLE profile_consents (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose varchar(32) NOT NULL CHECK (purpose IN ('sensitive_profile_fields')),
        version varchar(16) NOT NULL,
        granted boolean NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX profile_consents_user_idx ON profile_consents (user_id, purpose, id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE profile_consents`);
    await q.query(`DROP TABLE entrepreneur_profiles`);
  }
}
