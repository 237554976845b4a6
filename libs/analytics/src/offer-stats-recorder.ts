import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { OfferStatsAggregator } from './offer-stats-aggregator';
import { OfferStatsRepository } from './offer-stats.repository';

/** The sums are written this long after the first event of a batch… */
export const OFFER_STATS_FLUSH_MS = 5_000;
/** …or as soon as this many distinct (offer, week, metric) rows wait. */
export const OFFER_STATS_BATCH_ROWS = 500;
/** Beyond this many waiting rows (database away), new keys are dropped, not kept in memory. */
const MAX_WAITING_ROWS = 50_000;

/**
 * Counts views, clicks on "apply" and search impressions in memory and writes the sums in
 * batches, off the request path: recording is a Map update, where the old counter cost an
 * UPDATE of the offer row per page view. A lost batch (database away) is logged and
 * forgotten: a count is not worth a slow page. The buffer is written at shutdown, and
 * readers call `flush` first so they see every event so far of this process.
 */
@Injectable()
export class OfferStatsRecorder implements OnApplicationShutdown {
  private readonly logger = new Logger(OfferStatsRecorder.name);
  private waiting = new OfferStatsAggregator();
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private dropped = 0;
  /** Rows drained but not yet written (batches queued behind a slow write). */
  private pending = 0;

  constructor(private readonly repo: OfferStatsRepository) {}

  view(offerId: string, at = new Date()): void {
    this.add(offerId, 'view', at);
  }

  apply(offerId: string, at = new Date()): void {
    this.add(offerId, 'apply', at);
  }

  /** Offers shown on a results page, in order; `firstPosition` is the 1-based rank of the first. */
  impressions(offerIds: readonly string[], firstPosition: number, at = new Date()): void {
    offerIds.forEach((id, i) => this.add(id, 'impression', at, firstPosition + i));
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.waiting.drain();
    this.pending += batch.length;
    // One batch at a time, in order.
    this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  private add(offerId: string, metric: 'view' | 'apply' | 'impression', at: Date, position = 0) {
    if (this.pending + this.waiting.size >= MAX_WAITING_ROWS) {
      this.dropped++;
      return;
    }
    this.waiting.add(offerId, metric, at, position);
    if (this.waiting.size >= OFFER_STATS_BATCH_ROWS) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), OFFER_STATS_FLUSH_MS).unref();
  }

  private async write(batch: Parameters<OfferStatsRepository['add']>[0]): Promise<void> {
    if (batch.length === 0) return;
    try {
      await this.repo.add(batch);
    } catch (error) {
      this.logger.warn({ err: error, rows: batch.length }, 'offer statistics not written');
    } finally {
      this.pending -= batch.length;
    }
    if (this.dropped) {
      this.logger.warn(
        { events: this.dropped },
        'offer statistics dropped while writes were behind',
      );
      this.dropped = 0;
    }
  }
}
