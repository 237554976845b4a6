import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The guided profile set-up after sign-up (issue 15.5) is shown once: this row says it was
 * finished or skipped, so the space stops offering it. Kept apart from the profile so that
 * skipping never creates a profile (whose `updated_at` means "the person said something").
 */
export class ProfileSetups1764900000400 implements MigrationInterface {
  name = 'ProfileSetups1764900000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE entrepreneur_profile_setups (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        outcome varchar(16) NOT NULL CHECK (outcome IN ('completed', 'skipped')),
        finished_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE entrepreneur_profile_setups`);
  }
}
