import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface DecisionDelayRow {
  readonly count: number;
  readonly medianHours: number | null;
  readonly p90Hours: number | null;
}

/** Decisions on first submissions, and the submission each one answered. */
const OFFER_DECISIONS = `
  SELECT d.occurred_at AS decided_at,
         (SELECT max(s.occurred_at) FROM catalogue_audit_events s
           WHERE s.offer_id = d.offer_id AND s.action = 'offer.submitted' AND s.id < d.id) AS submitted_at
    FROM catalogue_audit_events d
   WHERE d.action IN ('offer.published', 'offer.changes_requested', 'offer.rejected')
     AND d.from_state = 'submitted' AND d.actor_role = 'admin'
     AND d.occurred_at >= now() - make_interval(days => $1)`;

/** Decisions on revisions of published offers, and the (re-)submission each one answered. */
const REVISION_DECISIONS = `
  SELECT d.occurred_at AS decided_at,
         (SELECT max(s.occurred_at) FROM catalogue_audit_events s
           WHERE s.revision_id = d.revision_id AND s.offer_id = d.offer_id
             AND s.action = 'revision.submitted' AND s.id < d.id) AS submitted_at
    FROM catalogue_audit_events d
   WHERE d.action IN ('revision.approved', 'revision.changes_requested', 'revision.rejected')
     AND d.actor_role = 'admin'
     AND d.occurred_at >= now() - make_interval(days => $1)`;

/** Count, median and 90th percentile of (decided_at - submitted_at) in hours, in one aggregate. */
const delayStats = (decisions: string) => `
  SELECT count(*)::int AS count,
         round((percentile_cont(0.5) WITHIN GROUP (ORDER BY hours))::numeric, 2)::float8 AS median_hours,
         round((percentile_cont(0.9) WITHIN GROUP (ORDER BY hours))::numeric, 2)::float8 AS p90_hours
    FROM (SELECT extract(epoch FROM decided_at - submitted_at) / 3600 AS hours
            FROM (${decisions}) decisions
           WHERE submitted_at IS NOT NULL) delays`;

/** Read-only aggregates over offers and their audit log, for the admin dashboard. */
@Injectable()
export class CatalogueStatsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async countByState(): Promise<Array<{ state: string; count: number }>> {
    return this.db.query(`SELECT state, count(*)::int AS count FROM offers GROUP BY state`);
  }

  async publishedByCategory(): Promise<Array<{ code: string; count: number }>> {
    return this.db.query(
      `SELECT category_code AS code, count(*)::int AS count
         FROM offers WHERE state = 'published'
        GROUP BY category_code ORDER BY count DESC, code`,
    );
  }

  /** Each published offer counts once for every target country it lists. */
  async publishedByTargetCountry(): Promise<{
    countries: Array<{ countryCode: string; count: number }>;
    withoutTargetCountry: number;
  }> {
    const countries: Array<{ countryCode: string; count: number }> = await this.db.query(
      `SELECT c AS "countryCode", count(*)::int AS count
         FROM offers o CROSS JOIN LATERAL unnest(o.target_countries) AS c
        WHERE o.state = 'published'
        GROUP BY c ORDER BY count DESC, c`,
    );
    const [row]: Array<{ n: number }> = await this.db.query(
      `SELECT count(*)::int AS n FROM offers WHERE state = 'published' AND cardinality(target_countries) = 0`,
    );
    return { countries, withoutTargetCountry: row.n };
  }

  async offerDecisionDelays(days: number): Promise<DecisionDelayRow> {
    return this.delays(OFFER_DECISIONS, days);
  }

  async revisionDecisionDelays(days: number): Promise<DecisionDelayRow> {
    return this.delays(REVISION_DECISIONS, days);
  }

  private async delays(decisions: string, days: number): Promise<DecisionDelayRow> {
    const [row]: Array<{ count: number; median_hours: number | null; p90_hours: number | null }> =
      await this.db.query(delayStats(decisions), [days]);
    return { count: row.count, medianHours: row.median_hours, p90Hours: row.p90_hours };
  }
}
