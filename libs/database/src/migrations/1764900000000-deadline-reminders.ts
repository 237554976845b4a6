import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadline reminders for saved offers (issue 15.2). `bookmarks.reminders`: the per-offer
 * switch; `deadline_reminder_opt_outs`: accounts that want none; `deadline_reminders_sent`:
 * one row per reminder e-mailed, written in the transaction that sends it, so a rerun never
 * sends it again. The deadline is part of the key: when an offer's deadline moves, the new
 * date gets its own reminders.
 */
export class DeadlineReminders1764900000000 implements MigrationInterface {
  name = 'DeadlineReminders1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bookmarks ADD COLUMN reminders boolean NOT NULL DEFAULT true`);
    await q.query(`
      CREATE TABLE deadline_reminder_opt_outs (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE deadline_reminders_sent (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        offer_id uuid NOT NULL,
        threshold_days smallint NOT NULL CHECK (threshold_days > 0),
        deadline date NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, offer_id, deadline, threshold_days)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE deadline_reminders_sent`);
    await q.query(`DROP TABLE deadline_reminder_opt_outs`);
    await q.query(`ALTER TABLE bookmarks DROP COLUMN reminders`);
  }
}
