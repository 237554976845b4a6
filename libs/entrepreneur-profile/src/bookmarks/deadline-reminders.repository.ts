import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** Who wants deadline reminders for what, and which reminders went out. */
@Injectable()
export class DeadlineRemindersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Accounts that saved this offer with reminders on and did not turn them all off, by id. */
  async subscribers(offerId: string, afterUserId: string, limit: number): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.db.query(
      `SELECT b.user_id FROM bookmarks b
        WHERE b.offer_id = $1 AND b.reminders AND b.user_id > $2
          AND NOT EXISTS (SELECT 1 FROM deadline_reminder_opt_outs o WHERE o.user_id = b.user_id)
        ORDER BY b.user_id
        LIMIT $3`,
      [offerId, afterUserId, limit],
    );
    return rows.map((r) => r.user_id);
  }

  /**
   * Records one reminder; false when it was already recorded. Run in the transaction that
   * sends it: a concurrent run waits on the key, then finds it taken.
   */
  async claim(
    reminder: { userId: string; offerId: string; deadline: string; thresholdDays: number },
    m: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO deadline_reminders_sent (user_id, offer_id, deadline, threshold_days)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING
       RETURNING 1`,
      [reminder.userId, reminder.offerId, reminder.deadline, reminder.thresholdDays],
    );
    return rows.length === 1;
  }

  /** Records of deadlines already past: no run looks at those offers again. */
  async purgeBefore(day: string): Promise<number> {
    const [, count] = (await this.db.query(
      `DELETE FROM deadline_reminders_sent WHERE deadline < $1::date`,
      [day],
    )) as [unknown, number];
    return count;
  }

  async optedOut(userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM deadline_reminder_opt_outs WHERE user_id = $1`,
      [userId],
    );
    return rows.length > 0;
  }

  async setOptedOut(userId: string, optedOut: boolean): Promise<void> {
    await this.db.query(
      optedOut
        ? `INSERT INTO deadline_reminder_opt_outs (user_id) VALUES ($1) ON CONFLICT DO NOTHING`
        : `DELETE FROM deadline_reminder_opt_outs WHERE user_id = $1`,
      [userId],
    );
  }

  /** Idempotent; nothing happens when the offer is not saved. */
  async setOfferReminders(userId: string, offerId: string, on: boolean): Promise<void> {
    await this.db.query(
      `UPDATE bookmarks SET reminders = $3 WHERE user_id = $1 AND offer_id = $2`,
      [userId, offerId, on],
    );
  }

  async erase(userId: string, m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM deadline_reminders_sent WHERE user_id = $1`, [userId]);
    await m.query(`DELETE FROM deadline_reminder_opt_outs WHERE user_id = $1`, [userId]);
  }
}
