import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sign-in sessions with rotating refresh tokens, e-mail tokens, audit, rate limits. */
export class Identity1764200000000 implements MigrationInterface {
  name = 'Identity1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext UNIQUE,
        password_hash text,
        display_name text NOT NULL DEFAULT '',
        preferred_language varchar(2) NOT NULL DEFAULT 'fr'
          CHECK (preferred_language IN ('fr', 'en', 'pt', 'ar')),
        kind varchar(24) NOT NULL CHECK (kind IN ('entrepreneur', 'organisation_member', 'admin')),
        status varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled', 'deleted')),
        email_verified_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CHECK (status = 'deleted' OR email IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason varchar(32),
        user_agent text,
        ip text
      )`);
    await q.query(
      `CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id) WHERE revoked_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE auth_refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES auth_sessions(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX auth_refresh_tokens_session_idx ON auth_refresh_tokens (session_id)`,
    );
    await q.query(`
      CREATE TABLE email_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose varchar(24) NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
        token_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX email_tokens_user_idx ON email_tokens (user_id, purpose)`);
    await q.query(`
      CREATE TABLE identity_audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        action varchar(48) NOT NULL,
        actor_id uuid,
        subject_id uuid,
        ip text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(
      `CREATE INDEX identity_audit_events_subject_idx ON identity_audit_events (subject_id, occurred_at)`,
    );
    // Shared by every API process, so a limit holds however many processes serve requests.
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_buckets (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        expires_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_buckets`);
    await q.query(`DROP TABLE identity_audit_events`);
    await q.query(`DROP TABLE email_tokens`);
    await q.query(`DROP TABLE auth_refresh_tokens`);
    await q.query(`DROP TABLE auth_sessions`);
    await q.query(`DROP TABLE users`);
  }
}
