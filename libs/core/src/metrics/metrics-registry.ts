import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The one registry of the process. API and worker may share a process (`npm start`): every
 * metric is created once, at module load, by the file that owns it, never per app instance.
 */
export const metricsRegistry = new Registry();

/** Longest a scrape waits for a value that needs a query: a slow database never hangs it. */
export const COLLECT_TIMEOUT_MS = 2000;

let defaultsEnabled = false;

/** Process metrics (CPU, RSS, heap, event-loop lag, GC), only once metrics are exposed. */
export function enableDefaultMetrics(): void {
  if (defaultsEnabled) return;
  defaultsEnabled = true;
  collectDefaultMetrics({ register: metricsRegistry });
}
