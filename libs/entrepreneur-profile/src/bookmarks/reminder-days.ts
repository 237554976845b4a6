/**
 * Which reminder a saved offer is due for, from the days left before its deadline: the
 * smallest threshold at or above them ("14,3": 14…4 days left → the 14-day reminder,
 * 3…1 → the 3-day one). A run missed by the worker is caught up the next day, still once
 * per threshold; none on the deadline day itself or beyond the largest threshold.
 */
export function reminderThreshold(
  daysLeft: number,
  thresholds: readonly number[],
): number | undefined {
  if (!Number.isInteger(daysLeft) || daysLeft < 1) return undefined;
  return [...thresholds].sort((a, b) => a - b).find((t) => daysLeft <= t);
}

const DAY_MS = 86_400_000;

/** Whole days from one calendar day to another (YYYY-MM-DD, UTC). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
