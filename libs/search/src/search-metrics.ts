import { Gauge, Histogram } from 'prom-client';
import { OFFER_CHANGED_JOB } from '@app/catalogue';
import { metricsRegistry } from '@app/core';
import { currentQueueStats } from '@app/database';
import { ORGANISATION_CHANGED_JOB } from '@app/support-organisation';

export const searchDuration = new Histogram({
  name: 'passerelle_search_duration_seconds',
  help: 'SearchService.search and suggest calls that answered, by engine (embedded, meilisearch).',
  labelNames: ['engine', 'operation'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [metricsRegistry],
});

/** The search outbox: a change reaches the index when its job has run (ARCHITECTURE, "Sync"). */
const OUTBOX_QUEUES: ReadonlySet<string> = new Set([OFFER_CHANGED_JOB, ORGANISATION_CHANGED_JOB]);

new Gauge({
  name: 'passerelle_search_index_lag_seconds',
  help: 'Age of the oldest catalogue change whose search sync job has not run yet: 0 when in step, NaN when unknown.',
  registers: [metricsRegistry],
  async collect() {
    const stats = await currentQueueStats();
    if (!stats) return this.set(NaN);
    const ages = stats
      .filter((s) => OUTBOX_QUEUES.has(s.queue))
      .map((s) => s.oldestPendingSeconds ?? 0);
    this.set(Math.max(0, ...ages));
  },
});
