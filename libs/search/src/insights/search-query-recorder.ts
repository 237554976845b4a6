import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { SearchFilters } from '../engine/search-engine';
import { loggedFilters, normaliseSearchQuery } from './query-normaliser';
import { SearchQueryLogRepository, type SearchQueryLogEntry } from './search-query-log.repository';

/** Rows are written together once this many wait… */
export const SEARCH_LOG_BATCH_SIZE = 200;
/** …or this long after the first of them, whichever comes first. */
export const SEARCH_LOG_FLUSH_MS = 1_000;
/** Beyond this many waiting rows (database away), new ones are dropped, not kept in memory. */
const MAX_WAITING = 10_000;

/**
 * Keeps one anonymous row per public search: the normalised words (or nothing when they
 * looked personal), the language, the allow-listed filters and the number of results.
 * Never who searched. Rows are buffered and written in batches, off the request path: an
 * INSERT per search cost a database round trip on every first page. A failure is logged as
 * a warning and never reaches the searcher; the buffer is written at shutdown.
 */
@Injectable()
export class SearchQueryRecorder implements OnApplicationShutdown {
  private readonly logger = new Logger(SearchQueryRecorder.name);
  private waiting: SearchQueryLogEntry[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private dropped = 0;

  constructor(private readonly log: SearchQueryLogRepository) {}

  record(search: { q?: string; lang?: string; filters: SearchFilters; total: number }): void {
    if (this.waiting.length >= MAX_WAITING) {
      this.dropped++;
      return;
    }
    const { text, redacted } = normaliseSearchQuery(search.q);
    this.waiting.push({
      query: text,
      redacted,
      lang: search.lang ?? null,
      filters: loggedFilters(search.filters),
      resultCount: Math.max(0, Math.trunc(search.total)),
    });
    if (this.waiting.length >= SEARCH_LOG_BATCH_SIZE) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), SEARCH_LOG_FLUSH_MS).unref();
  }

  /** Writes what waits (readers of the log call it first, so they see every search so far). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.waiting;
    this.waiting = [];
    // One batch at a time, in order.
    this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  private async write(batch: SearchQueryLogEntry[]): Promise<void> {
    if (batch.length === 0) return;
    try {
      await this.log.insertMany(batch);
    } catch (error) {
      // Only the error: the queries themselves may be what we refuse to keep.
      this.logger.warn({ err: error, rows: batch.length }, 'search queries not logged');
    }
    if (this.dropped) {
      this.logger.warn({ rows: this.dropped }, 'search queries dropped while the log was behind');
      this.dropped = 0;
    }
  }
}
