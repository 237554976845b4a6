import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** pg-boss's schema (its default, passed explicitly to JobQueue so the two stay together). */
export const JOB_SCHEMA = 'pgboss';

/** One queue's jobs by pg-boss state. */
export interface QueueStats {
  readonly queue: string;
  readonly created: number;
  readonly retry: number;
  readonly active: number;
  /** Jobs that used up their retries, until pg-boss archives them. */
  readonly failed: number;
  /** Age of the oldest job not finished yet (created, retry or active); null when none. */
  readonly oldestPendingSeconds: number | null;
}

/**
 * Reads pg-boss's own tables: one grouped pass, every queue of ours listed even when empty
 * (pg-boss's internal `__pgboss__…` queues left out).
 */
@Injectable()
export class JobStatsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** PostgreSQL itself cancels the query past `timeoutMs`, so a slow scrape frees its connection. */
  async queueStats(timeoutMs: number): Promise<QueueStats[]> {
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT set_config('statement_timeout', $1, true)`, [String(timeoutMs)]);
      const rows: Array<{
        queue: string;
        created: number;
        retry: number;
        active: number;
        failed: number;
        oldest_pending_seconds: number | null;
      }> = await manager.query(
        `SELECT q.name AS queue,
                count(*) FILTER (WHERE j.state = 'created')::int AS created,
                count(*) FILTER (WHERE j.state = 'retry')::int AS retry,
                count(*) FILTER (WHERE j.state = 'active')::int AS active,
                count(*) FILTER (WHERE j.state = 'failed')::int AS failed,
                extract(epoch FROM now() - min(j.created_on) FILTER (WHERE j.state <> 'failed'))::float8
                  AS oldest_pending_seconds
           FROM ${JOB_SCHEMA}.queue q
           LEFT JOIN ${JOB_SCHEMA}.job j
             ON j.name = q.name AND j.state IN ('created', 'retry', 'active', 'failed')
          WHERE NOT starts_with(q.name, '__pgboss__')
          GROUP BY q.name
          ORDER BY q.name`,
      );
      return rows.map((r) => ({
        queue: r.queue,
        created: r.created,
        retry: r.retry,
        active: r.active,
        failed: r.failed,
        oldestPendingSeconds: r.oldest_pending_seconds,
      }));
    });
  }
}
