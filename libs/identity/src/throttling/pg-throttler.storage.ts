import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * Rate-limit counters in PostgreSQL (an unlogged table): every API process shares them,
 * so running more processes does not multiply the allowance. One upsert per check.
 */
@Injectable()
export class PgThrottlerStorage implements ThrottlerStorage {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
  ): Promise<ThrottlerStorageRecord> {
    const rows: Array<{ hits: number; expires_in: number; blocked_in: number | null }> =
      await this.db.query(
        `INSERT INTO rate_limit_buckets AS b (key, hits, expires_at)
       VALUES ($1, 1, now() + make_interval(secs => $2 / 1000.0))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN b.expires_at <= now() AND (b.blocked_until IS NULL OR b.blocked_until <= now())
                     THEN 1 ELSE b.hits + 1 END,
         expires_at = CASE WHEN b.expires_at <= now() AND (b.blocked_until IS NULL OR b.blocked_until <= now())
                           THEN now() + make_interval(secs => $2 / 1000.0) ELSE b.expires_at END,
         blocked_until = CASE
           WHEN b.blocked_until > now() THEN b.blocked_until
           WHEN b.expires_at > now() AND b.hits + 1 > $3 THEN now() + make_interval(secs => $4 / 1000.0)
           ELSE NULL END
       RETURNING hits,
         ceil(extract(epoch FROM (expires_at - now())))::int AS expires_in,
         ceil(extract(epoch FROM (blocked_until - now())))::int AS blocked_in`,
        [key, ttl, limit, blockDuration],
      );
    const row = rows[0];
    const blocked = row.blocked_in !== null && row.blocked_in > 0;
    return {
      totalHits: row.hits,
      timeToExpire: Math.max(0, row.expires_in),
      isBlocked: blocked,
      timeToBlockExpire: blocked ? row.blocked_in! : 0,
    };
  }
}
