import { weekOf } from './iso-week';

/** What is counted per offer and week as it happens (bookmarks and contacts come from their tables). */
export const COUNTED_METRICS = ['view', 'apply', 'impression'] as const;
export type CountedMetric = (typeof COUNTED_METRICS)[number];

/** One row to add to `offer_weekly_stats`. */
export interface OfferStatsIncrement {
  readonly offerId: string;
  /** The Monday of the ISO week (UTC), `YYYY-MM-DD`. */
  readonly week: string;
  readonly metric: CountedMetric;
  readonly count: number;
  /** Sum of the 1-based positions of the impressions (0 for other metrics). */
  readonly positionSum: number;
}

/**
 * Sums events in memory by (offer, week, metric), so that a flush writes one row per key
 * however many page views happened. Pure: no clock, no database.
 */
export class OfferStatsAggregator {
  private readonly sums = new Map<string, { count: number; positionSum: number }>();

  /** How many distinct (offer, week, metric) rows are waiting. */
  get size(): number {
    return this.sums.size;
  }

  add(offerId: string, metric: CountedMetric, at: Date, position = 0): void {
    const key = `${offerId}|${weekOf(at)}|${metric}`;
    const sum = this.sums.get(key);
    const pos = metric === 'impression' ? Math.max(1, Math.trunc(position)) : 0;
    if (sum) {
      sum.count++;
      sum.positionSum += pos;
    } else this.sums.set(key, { count: 1, positionSum: pos });
  }

  /** Everything summed so far, in key order (writers lock rows in one order), and empties. */
  drain(): OfferStatsIncrement[] {
    const rows = [...this.sums.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, sum]) => {
        const [offerId, week, metric] = key.split('|') as [string, string, CountedMetric];
        return { offerId, week, metric, count: sum.count, positionSum: sum.positionSum };
      });
    this.sums.clear();
    return rows;
  }
}
