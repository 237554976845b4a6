/**
 * The quality score (0–100) that ranks offers after relevance and fit (PRODUCT.md, "Ranking").
 *
 *   30 · verified organisation      (0 or 1)
 * + 25 · completeness               (share of optional information given, 0..1)
 * + 25 · freshness of verification  (1 up to 30 days, falling linearly to 0 at 365 days)
 * + 10 · deadline not passed        (1 when rolling or the deadline is today or later)
 * + 10 · popularity                 (log10(1 + views) / 3, capped at 1: 1,000 views = full)
 *
 * Weights favour what users trust (a checked organisation, a recently confirmed offer)
 * over what can be gamed (views).
 */
export interface QualityInputs {
  readonly organisationVerified: boolean;
  readonly completeness: number;
  readonly lastVerifiedAt: Date | null;
  readonly deadline: string | null;
  readonly rolling: boolean;
  readonly views: number;
  readonly now: Date;
}

const DAY = 86_400_000;

export function freshness(lastVerifiedAt: Date | null, now: Date): number {
  if (!lastVerifiedAt) return 0;
  const days = (now.getTime() - lastVerifiedAt.getTime()) / DAY;
  if (days <= 30) return 1;
  if (days >= 365) return 0;
  return 1 - (days - 30) / 335;
}

/** The criteria of the score, in the order of the formula above. */
export type QualityCriterion =
  'organisationVerified' | 'completeness' | 'freshness' | 'deadline' | 'popularity';

/** One criterion's part of the score: what it earned (unrounded) out of its weight. */
export interface QualityLine {
  readonly criterion: QualityCriterion;
  readonly points: number;
  readonly max: number;
}

/** The score line by line, so a moderator can see what is missing (sums to the score). */
export function qualityBreakdown(i: QualityInputs): QualityLine[] {
  const today = i.now.toISOString().slice(0, 10);
  const deadlineOk = i.rolling || (i.deadline !== null && i.deadline >= today) ? 1 : 0;
  const popularity = Math.min(1, Math.log10(1 + Math.max(0, i.views)) / 3);
  const completeness = Math.min(1, Math.max(0, i.completeness));
  const line = (criterion: QualityCriterion, max: number, share: number): QualityLine => ({
    criterion,
    points: max * share,
    max,
  });
  return [
    line('organisationVerified', 30, i.organisationVerified ? 1 : 0),
    line('completeness', 25, completeness),
    line('freshness', 25, freshness(i.lastVerifiedAt, i.now)),
    line('deadline', 10, deadlineOk),
    line('popularity', 10, popularity),
  ];
}

export function qualityScore(i: QualityInputs): number {
  return Math.round(qualityBreakdown(i).reduce((sum, l) => sum + l.points, 0));
}
