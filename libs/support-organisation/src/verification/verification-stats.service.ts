import { Injectable } from '@nestjs/common';
import { VerificationStatsRepository } from '../repositories/verification-stats.repository';

export interface VerificationDecisionTimes {
  /** Decisions made in the last this many days. */
  readonly days: number;
  /** Organisations verified or rejected in the window. */
  readonly count: number;
  /** Hours from the (latest) request to the decision; null when there was no decision. */
  readonly medianHours: number | null;
  readonly p90Hours: number | null;
}

/** How long organisation verification takes, for the admin dashboard. */
@Injectable()
export class VerificationStatsService {
  constructor(private readonly repo: VerificationStatsRepository) {}

  /**
   * For the verification decisions of the last `days` days (1–365, default 90): how many, and
   * the median and 90th percentile of the hours between the request and the decision.
   */
  async timeToDecision(options: { days?: number } = {}): Promise<VerificationDecisionTimes> {
    const days = Number.isFinite(options.days)
      ? Math.min(365, Math.max(1, Math.trunc(options.days!)))
      : 90;
    return { days, ...(await this.repo.decisionDelays(days)) };
  }
}
