import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LoggedFilters } from './query-normaliser';

/** One logged search: nothing about who searched (no user, IP, agent or session). */
export interface SearchQueryLogEntry {
  readonly query: string | null;
  readonly redacted: boolean;
  readonly lang: string | null;
  readonly filters: LoggedFilters;
  readonly resultCount: number;
}

export interface QueryCountRow {
  readonly query: string;
  readonly count: number;
  readonly lastSeenAt: Date;
}

export interface SearchDayRow {
  /** `YYYY-MM-DD`, UTC. */
  readonly day: string;
  readonly searches: number;
  readonly zeroResults: number;
}

export interface SearchVolumeRow {
  readonly total: number;
  readonly zeroResults: number;
  readonly redacted: number;
}

/** The `search_query_log` table: written by public searches, read by the admin insights. */
@Injectable()
export class SearchQueryLogRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One INSERT for many rows (the recorder's batches). */
  async insertMany(entries: readonly SearchQueryLogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.map((e) => ({
      query: e.query,
      redacted: e.redacted,
      lang: e.lang,
      filters: e.filters,
      result_count: e.resultCount,
    }));
    await this.db.query(
      `INSERT INTO search_query_log (query, redacted, lang, filters, result_count)
       SELECT query, redacted, lang, filters, result_count
         FROM jsonb_to_recordset($1::jsonb)
           AS r(query text, redacted boolean, lang text, filters jsonb, result_count int)`,
      [JSON.stringify(rows)],
    );
  }

  /** The most frequent (non-redacted) query texts of the last `days` days, optionally zero-result only. */
  async topQueries(options: {
    days: number;
    limit: number;
    zeroResultsOnly: boolean;
  }): Promise<QueryCountRow[]> {
    const rows: Array<{ query: string; count: number; last_seen_at: Date }> = await this.db.query(
      `SELECT query, count(*)::int AS count, max(created_at) AS last_seen_at
         FROM search_query_log
        WHERE created_at >= now() - make_interval(days => $1)
          AND query IS NOT NULL
          AND ($3::boolean IS FALSE OR result_count = 0)
        GROUP BY query
        ORDER BY count DESC, last_seen_at DESC, query
        LIMIT $2`,
      [options.days, options.limit, options.zeroResultsOnly],
    );
    return rows.map((r) => ({ query: r.query, count: r.count, lastSeenAt: r.last_seen_at }));
  }

  async volume(days: number): Promise<SearchVolumeRow> {
    const [row]: Array<{ total: number; zero_results: number; redacted: number }> =
      await this.db.query(
        `SELECT count(*)::int AS total,
                count(*) FILTER (WHERE result_count = 0)::int AS zero_results,
                count(*) FILTER (WHERE redacted)::int AS redacted
           FROM search_query_log
          WHERE created_at >= now() - make_interval(days => $1)`,
        [days],
      );
    return { total: row.total, zeroResults: row.zero_results, redacted: row.redacted };
  }

  /** Searches per UTC day from `from` to `to` (`YYYY-MM-DD`, both included); days without any are absent. */
  async byDay(from: string, to: string): Promise<SearchDayRow[]> {
    const rows: Array<{ day: string; searches: number; zero_results: number }> =
      await this.db.query(
        `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
                count(*)::int AS searches,
                count(*) FILTER (WHERE result_count = 0)::int AS zero_results
           FROM search_query_log
          WHERE created_at >= ($1::date)::timestamp AT TIME ZONE 'UTC'
            AND created_at < ($2::date + 1)::timestamp AT TIME ZONE 'UTC'
          GROUP BY 1`,
        [from, to],
      );
    return rows.map((r) => ({ day: r.day, searches: r.searches, zeroResults: r.zero_results }));
  }

  /** Deletes rows older than `days` days before `now`; answers how many went. */
  async deleteOlderThan(days: number, now: Date): Promise<number> {
    const [, affected]: [unknown[], number] = await this.db.query(
      `DELETE FROM search_query_log WHERE created_at < $1::timestamptz - make_interval(days => $2)`,
      [now.toISOString(), days],
    );
    return affected;
  }
}
