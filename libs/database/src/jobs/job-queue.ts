import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { isDependencyUnavailable } from '@app/core';
import type { EntityManager } from 'typeorm';
import { CONNECTION_TIMEOUT_MS } from '../data-source';
import { jobAttempts } from './job-metrics';
import { JOB_SCHEMA } from './job-stats.repository';

export interface JobQueueSettings {
  readonly url: string;
  /** Workers run maintenance and cron schedules; API processes only enqueue. */
  readonly role: 'producer' | 'worker';
}

export const JOB_QUEUE_SETTINGS = Symbol('JOB_QUEUE_SETTINGS');

export type JobHandler<T extends object> = (jobs: PgBoss.Job<T>[]) => Promise<void>;

/**
 * How long stopping waits for jobs under way. Those still running after it are marked failed
 * and retried later (handlers are idempotent), so a stop stays within a few seconds.
 */
export const JOB_STOP_GRACE_MS = 2_500;

/**
 * pg-boss on our own PostgreSQL. `sendInTransaction` is the transactional outbox:
 * the job row is written by the same connection as the business change, so it
 * exists exactly when that change commits.
 */
@Injectable()
export class JobQueue implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, Promise<void>>();

  constructor(@Inject(JOB_QUEUE_SETTINGS) private readonly settings: JobQueueSettings) {
    const worker = settings.role === 'worker';
    const options: PgBoss.ConstructorOptions & { connectionTimeoutMillis: number } = {
      connectionString: settings.url,
      schema: JOB_SCHEMA,
      max: worker ? 4 : 2,
      application_name: `passerelle-jobs-${settings.role}`,
      // pg-boss hands its options to pg.Pool: fail fast rather than queue while the server is away.
      connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
      supervise: worker,
      schedule: worker,
      migrate: true,
    };
    this.boss = new PgBoss(options);
    // Its pool reconnects by itself once the server is back; workers keep polling meanwhile.
    this.boss.on('error', (error) => {
      if (isDependencyUnavailable(error))
        this.logger.warn(`database unavailable: ${error.message}`);
      else this.logger.error(error);
    });
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  /** A worker stops taking jobs first, while the data source its handlers use is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.settings.role === 'worker') await this.stop();
  }

  /** A producer (the API) stops after its HTTP server, so requests under way can still enqueue. */
  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  private stop(): Promise<void> {
    return this.boss.stop({ graceful: true, wait: true, timeout: JOB_STOP_GRACE_MS });
  }

  /** Creates the queue once; concurrent callers share the same attempt. */
  ensureQueue(name: string, options: Omit<PgBoss.Queue, 'name'> = {}): Promise<void> {
    let pending = this.queues.get(name);
    if (!pending) {
      pending = this.createQueue(name, options).catch((error: unknown) => {
        this.queues.delete(name);
        throw error;
      });
      this.queues.set(name, pending);
    }
    return pending;
  }

  private async createQueue(name: string, options: Omit<PgBoss.Queue, 'name'>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      if (await this.boss.getQueue(name)) return;
      try {
        await this.boss.createQueue(name, { name, ...options });
        return;
      } catch (error) {
        // Another process may be creating it at the same moment (deadlock or duplicate): look again.
        if (attempt >= 3) throw error;
      }
    }
  }

  async send<T extends object>(
    name: string,
    data: T,
    options: PgBoss.SendOptions = {},
  ): Promise<string | null> {
    await this.ensureQueue(name);
    return this.boss.send(name, data, options);
  }

  /** Enqueues inside the caller's transaction: rolled back together, committed together. */
  async sendInTransaction<T extends object>(
    manager: EntityManager,
    name: string,
    data: T,
    options: PgBoss.SendOptions = {},
  ): Promise<string | null> {
    await this.ensureQueue(name);
    const db = {
      executeSql: async (text: string, values?: unknown[]) => ({
        rows: (await manager.query(text, values)) as unknown[],
      }),
    };
    return this.boss.send(name, data, { ...options, db });
  }

  async work<T extends object>(
    name: string,
    options: PgBoss.WorkOptions,
    handler: JobHandler<T>,
  ): Promise<string> {
    await this.ensureQueue(name);
    return this.boss.work<T>(name, options, async (jobs) => {
      try {
        await handler(jobs);
      } catch (error) {
        jobAttempts.inc({ queue: name, outcome: 'failed' }, jobs.length);
        throw error;
      }
      jobAttempts.inc({ queue: name, outcome: 'completed' }, jobs.length);
    });
  }

  async schedule(name: string, cron: string, data: object = {}): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.schedule(name, cron, data, { tz: 'UTC' });
  }

  /** For tests and health checks. */
  get instance(): PgBoss {
    return this.boss;
  }
}
