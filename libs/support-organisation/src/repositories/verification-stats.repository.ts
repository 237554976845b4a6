import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Verification decisions (pending → verified or rejected) of the window, each with the moment
 * the organisation last became pending before it: its latest event to `pending` (a re-submission
 * or a new legal identifier), else its creation (organisations start pending, with no event).
 * Count, median and 90th percentile of the hours in between, in one aggregate.
 */
const DECISION_DELAYS = `
  SELECT count(*)::int AS count,
         round((percentile_cont(0.5) WITHIN GROUP (ORDER BY hours))::numeric, 2)::float8 AS median_hours,
         round((percentile_cont(0.9) WITHIN GROUP (ORDER BY hours))::numeric, 2)::float8 AS p90_hours
    FROM (
      SELECT extract(epoch FROM d.occurred_at - coalesce(
               (SELECT max(s.occurred_at) FROM organisation_verification_events s
                 WHERE s.organisation_id = d.organisation_id AND s.to_status = 'pending' AND s.id < d.id),
               o.created_at)) / 3600 AS hours
        FROM organisation_verification_events d
        JOIN organisations o ON o.id = d.organisation_id
       WHERE d.from_status = 'pending' AND d.to_status IN ('verified', 'rejected')
         AND d.occurred_at >= now() - make_interval(days => $1)
    ) delays`;

/** Read-only aggregates over the verification history, for the admin dashboard. */
@Injectable()
export class VerificationStatsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async decisionDelays(
    days: number,
  ): Promise<{ count: number; medianHours: number | null; p90Hours: number | null }> {
    const [row]: Array<{ count: number; median_hours: number | null; p90_hours: number | null }> =
      await this.db.query(DECISION_DELAYS, [days]);
    return { count: row.count, medianHours: row.median_hours, p90Hours: row.p90_hours };
  }
}
