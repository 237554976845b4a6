/**
 * Support for the search-sync fault tests: a Meilisearch that can be switched off, the real
 * worker with its search engine swapped for one talking to it, and pg-boss job inspection.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { MeilisearchApiError } from 'meilisearch';
import { createLogger, PinoNestLogger, type AppConfig } from '@app/core';
import {
  createMeilisearchEngine,
  SEARCH_ENGINE,
  type MeilisearchEngine,
  type SearchEngine,
} from '@app/search';
import type { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import {
  FAKE_API_KEY,
  FAKE_HOST,
  FakeMeilisearch,
} from '../../libs/search/src/meilisearch/testing/fake-meilisearch';
import type { TestApp } from './test-app';

export { FakeMeilisearch };

/** How the outside search server behaves: up, refusing connections, or behind a 503. */
export type MeilisearchHealth = 'up' | 'refused' | 'unavailable';

/**
 * The recording fake Meilisearch (every request checked against the official OpenAPI
 * document) behind a switch. `refused` uses the fake's own `reachable` switch (the client sees
 * what `fetch` throws on ECONNREFUSED); `unavailable` answers every request 503 with no body,
 * like a load balancer in front of a dead server. Failed tasks: `fake.taskOutcome`.
 */
export class SwitchableMeilisearch {
  readonly fake = new FakeMeilisearch();
  /** Requests that never reached the fake, by cause. */
  readonly refusedRequests = { refused: 0, unavailable: 0 };
  private health: MeilisearchHealth = 'up';

  get state(): MeilisearchHealth {
    return this.health;
  }

  set(health: MeilisearchHealth): void {
    this.health = health;
    this.fake.reachable = health !== 'refused';
  }

  readonly httpClient: FakeMeilisearch['httpClient'] = async (input, init) => {
    if (this.health === 'refused') this.refusedRequests.refused++;
    if (this.health === 'unavailable') {
      this.refusedRequests.unavailable++;
      throw new MeilisearchApiError(
        new Response(null, { status: 503, statusText: 'Service Unavailable' }),
      );
    }
    return this.fake.httpClient(input, init);
  };

  /** The production adapter, built as the worker builds it, talking to this server. */
  engine(config: AppConfig): MeilisearchEngine {
    return createMeilisearchEngine(
      { ...config, MEILI_URL: FAKE_HOST, MEILI_API_KEY: FAKE_API_KEY },
      {
        httpClient: this.httpClient,
        taskPollIntervalMs: 1,
        logger: { log: () => undefined, warn: () => undefined },
      },
    );
  }
}

/**
 * The worker (WorkerModule.forRoot, exactly what `createWorkerApp` boots) on the test app's
 * database, optionally with another search engine in place of the one the config selects —
 * the one place the outside system is swapped. Without `engine`: the default PostgreSQL engine.
 */
export async function startWorker(
  t: TestApp,
  options: { engine?: SearchEngine } = {},
): Promise<INestApplicationContext> {
  const logger = createLogger({ level: 'silent', name: 'worker' });
  let builder = Test.createTestingModule({
    imports: [WorkerModule.forRoot({ config: t.config, databaseUrl: t.database.url, logger })],
  }).setLogger(new PinoNestLogger(logger));
  if (options.engine) builder = builder.overrideProvider(SEARCH_ENGINE).useValue(options.engine);
  const worker = await builder.compile();
  await worker.init();
  return worker;
}

export interface JobRow {
  readonly id: string;
  readonly offerId: string;
  readonly state: 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
  readonly retryCount: number;
  readonly retryLimit: number;
  readonly retryDelay: number;
  readonly retryBackoff: boolean;
  /** Seconds between the start of its last attempt and the retry pg-boss scheduled. */
  readonly backoff: number | null;
  readonly error: string | null;
}

/** The `search.offer-changed` jobs of these offers, oldest first. */
export async function offerJobs(db: DataSource, offerIds: readonly string[]): Promise<JobRow[]> {
  return db.query(
    `SELECT id, data->>'offerId' AS "offerId", state::text AS state,
            retry_count AS "retryCount", retry_limit AS "retryLimit",
            retry_delay AS "retryDelay", retry_backoff AS "retryBackoff",
            extract(epoch FROM start_after - started_on)::float AS backoff,
            output->>'message' AS error
       FROM pgboss.job
      WHERE name = 'search.offer-changed' AND data->>'offerId' = ANY($1)
      ORDER BY created_on, id`,
    [offerIds],
  );
}

/**
 * Lets pg-boss start the retries it scheduled now instead of after their backoff: the same
 * retry path, without sleeping through the production delays in a test.
 */
export async function fastForwardRetries(db: DataSource, offerIds: readonly string[]) {
  await db.query(
    `UPDATE pgboss.job SET start_after = now()
      WHERE name = 'search.offer-changed' AND state = 'retry' AND data->>'offerId' = ANY($1)`,
    [offerIds],
  );
}

/** Polls `probe` until `done` accepts its value, for at most `timeoutMs`; returns the last value. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(
        `Gave up after ${timeoutMs} ms waiting for ${what}: ${JSON.stringify(value)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
