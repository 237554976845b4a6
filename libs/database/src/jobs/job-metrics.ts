import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { COLLECT_TIMEOUT_MS, LiveSources, metricsRegistry, withTimeout } from '@app/core';
import { JobStatsRepository, type QueueStats } from './job-stats.repository';

/** Handler runs in this process, counted as they end: cheap, and a rate shows failures. */
export const jobAttempts = new Counter({
  name: 'passerelle_job_attempts_total',
  help: 'Job handler runs in this worker process by queue and outcome (completed, failed: pg-boss retries or fails the job).',
  labelNames: ['queue', 'outcome'] as const,
  registers: [metricsRegistry],
});

const sources = new LiveSources<JobMetrics>();

/** Reads the queues once per scrape, however many gauges ask for them at that moment. */
@Injectable()
export class JobMetrics implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Metrics');
  private pending?: Promise<QueueStats[] | undefined>;
  private remove?: () => void;

  constructor(private readonly stats: JobStatsRepository) {}

  onModuleInit(): void {
    this.remove = sources.add(this);
  }

  onModuleDestroy(): void {
    this.remove?.();
  }

  /** undefined when the database did not answer in time: the gauges then report nothing. */
  snapshot(): Promise<QueueStats[] | undefined> {
    this.pending ??= withTimeout(this.stats.queueStats(COLLECT_TIMEOUT_MS), COLLECT_TIMEOUT_MS)
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'job queue metrics could not be read');
        return undefined;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }
}

/**
 * The queues' state for gauges collected on scrape, or undefined (no jobs module running in
 * this process, or no answer in time). Every process reads the same shared tables.
 */
export async function currentQueueStats(): Promise<readonly QueueStats[] | undefined> {
  return sources.first()?.snapshot();
}

function queueGauge(name: string, help: string, value: (stats: QueueStats) => number): void {
  new Gauge({
    name,
    help,
    labelNames: ['queue'] as const,
    registers: [metricsRegistry],
    async collect() {
      const stats = await currentQueueStats();
      this.reset();
      for (const s of stats ?? []) this.set({ queue: s.queue }, value(s));
    },
  });
}

queueGauge(
  'passerelle_job_queue_depth',
  'Jobs waiting to run, first try or retry (pg-boss states created and retry).',
  (s) => s.created + s.retry,
);
queueGauge(
  'passerelle_job_queue_retrying',
  'Jobs waiting for another try after a failed one (pg-boss state retry).',
  (s) => s.retry,
);
queueGauge('passerelle_job_queue_active', 'Jobs being run by a worker now.', (s) => s.active);
queueGauge(
  'passerelle_job_queue_failed',
  'Jobs that used up their retries, kept until pg-boss archives them (pg-boss state failed).',
  (s) => s.failed,
);
