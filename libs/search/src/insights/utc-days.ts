const DAY_MS = 86_400_000;

/** The UTC days (`YYYY-MM-DD`) of the last `count` days up to the one holding `now`, oldest first. */
export function lastDays(count: number, now: Date): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: count }, (_, i) =>
    new Date(today - (count - 1 - i) * DAY_MS).toISOString().slice(0, 10),
  );
}
