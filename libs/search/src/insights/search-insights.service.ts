import { Injectable } from '@nestjs/common';
import { SearchQueryLogRepository } from './search-query-log.repository';
import { SearchQueryRecorder } from './search-query-recorder';
import { lastDays } from './utc-days';

/** Rows of `search_query_log` are deleted once they are this old (the daily purge job). */
export const SEARCH_QUERY_LOG_RETENTION_DAYS = 180;

/** The admin dashboard's searches per day cover this many days, today last. */
export const SEARCH_DAYS = 30;

export interface SearchDay {
  /** `YYYY-MM-DD`, UTC. */
  readonly day: string;
  readonly searches: number;
  readonly zeroResults: number;
  /** zeroResults / searches, 0–1; null on a day without searches. */
  readonly zeroResultRate: number | null;
}

export interface QueryInsightOptions {
  /** The last this many days (1–180, default 30). */
  readonly days?: number;
  /** At most this many queries (1–100, default 20). */
  readonly limit?: number;
}

export interface QueryCount {
  /** The normalised query text (trimmed, whitespace collapsed, lower-cased). */
  readonly query: string;
  readonly count: number;
  readonly lastSeenAt: Date;
}

export interface SearchVolume {
  readonly days: number;
  /** Searches made through the public search API (first pages only). */
  readonly total: number;
  readonly zeroResults: number;
  /** zeroResults / total, between 0 and 1 (0 when there was no search). */
  readonly zeroResultShare: number;
  /** Searches whose words looked personal and were not kept. */
  readonly redacted: number;
}

const clamp = (value: number | undefined, fallback: number, min: number, max: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value!))) : fallback;

/**
 * What people search for, for the admin dashboard, from the anonymous search log: the most
 * frequent queries, those that found nothing (gaps in the catalogue), and the volume.
 * Redacted searches are counted in the volume but never listed.
 */
@Injectable()
export class SearchInsightsService {
  constructor(
    private readonly log: SearchQueryLogRepository,
    private readonly recorder: SearchQueryRecorder,
  ) {}

  /** Non-redacted queries that found nothing, by normalised text, most frequent first. */
  async topZeroResultQueries(options: QueryInsightOptions = {}): Promise<QueryCount[]> {
    await this.recorder.flush();
    return this.log.topQueries({ ...this.window(options), zeroResultsOnly: true });
  }

  /** Non-redacted queries, by normalised text, most frequent first. */
  async topQueries(options: QueryInsightOptions = {}): Promise<QueryCount[]> {
    await this.recorder.flush();
    return this.log.topQueries({ ...this.window(options), zeroResultsOnly: false });
  }

  async searchVolume(days = 30): Promise<SearchVolume> {
    const window = clamp(days, 30, 1, SEARCH_QUERY_LOG_RETENTION_DAYS);
    await this.recorder.flush();
    const { total, zeroResults, redacted } = await this.log.volume(window);
    return {
      days: window,
      total,
      zeroResults,
      zeroResultShare: total ? Math.round((zeroResults / total) * 10_000) / 10_000 : 0,
      redacted,
    };
  }

  /** Searches per UTC day over the last `SEARCH_DAYS` days, today last, every day listed. */
  async searchesByDay(now = new Date()): Promise<SearchDay[]> {
    const days = lastDays(SEARCH_DAYS, now);
    await this.recorder.flush();
    const byDay = new Map(
      (await this.log.byDay(days[0], days[days.length - 1])).map((s) => [s.day, s]),
    );
    return days.map((day) => {
      const { searches = 0, zeroResults = 0 } = byDay.get(day) ?? {};
      return {
        day,
        searches,
        zeroResults,
        zeroResultRate: searches ? Math.round((zeroResults / searches) * 1000) / 1000 : null,
      };
    });
  }

  /** Deletes what is past the retention period; answers how many rows went. */
  purgeExpired(now = new Date()): Promise<number> {
    return this.log.deleteOlderThan(SEARCH_QUERY_LOG_RETENTION_DAYS, now);
  }

  private window(options: QueryInsightOptions) {
    return {
      days: clamp(options.days, 30, 1, SEARCH_QUERY_LOG_RETENTION_DAYS),
      limit: clamp(options.limit, 20, 1, 100),
    };
  }
}
