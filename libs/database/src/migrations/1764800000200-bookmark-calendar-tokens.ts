import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The secret calendar address of an entrepreneur's saved offers (issue 13, feeds): at most
 * one per account, stored as the SHA-256 of its random token; revoking deletes the row,
 * regenerating replaces the hash. Goes with the account.
 */
export class BookmarkCalendarTokens1764800000200 implements MigrationInterface {
  name = 'BookmarkCalendarTokens1764800000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bookmark_calendar_tokens (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bookmark_calendar_tokens`);
  }
}
