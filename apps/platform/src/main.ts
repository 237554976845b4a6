import {
  createLogger,
  exitOnUnexpectedRejection,
  loadConfigOrExit,
  withLocalSecrets,
} from '@app/core';
import {
  EmbeddedDatabaseError,
  openLocalDatabase,
  runPendingMigrations,
  type LocalDatabase,
} from '@app/database';
import { createApiApp } from '../../api/src/create-api-app';
import { createWorkerApp } from '../../worker/src/create-worker-app';
import { runDemoSeed } from '../../worker/src/seed/demo-seed.module';

/**
 * Stopping: the API and the worker get this long together (the worker's jobs under way get
 * most of it, see JOB_STOP_GRACE_MS); the database stops after them whatever happened.
 */
const APPS_STOP_BUDGET_MS = 3_500;
/** Last resort; exiting still stops the embedded database (its exit hook). */
const HARD_STOP_MS = 10_000;

/**
 * `npm start`: the whole platform in one process for a laptop or a demo —
 * embedded PostgreSQL (unless DATABASE_URL is set), migrations, worker, API.
 * Production runs apps/api and apps/worker as separate processes instead.
 */
async function main(): Promise<void> {
  const config = await withLocalSecrets(loadConfigOrExit());
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'platform' });
  exitOnUnexpectedRejection(logger);
  const apps: Array<{ name: string; close(): Promise<void> }> = [];
  let database: LocalDatabase | undefined;
  let stopping = false;

  const stop = async (signal: string) => {
    // npm forwards Ctrl-C to us too, so a second signal right away is normal: ignore it.
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    logger.info({ signal }, 'stopping');
    setTimeout(() => {
      process.stderr.write(`Did not stop within ${HARD_STOP_MS / 1000} s: exiting anyway.\n`);
      process.exit(1);
    }, HARD_STOP_MS).unref();
    const closing = apps.map(({ name, close }) =>
      close().catch((error: unknown) =>
        logger.error({ err: error, app: name }, 'error while stopping'),
      ),
    );
    const inTime = await Promise.race([
      Promise.all(closing).then(() => true),
      sleep(APPS_STOP_BUDGET_MS).then(() => false),
    ]);
    if (!inTime)
      logger.warn(
        { ms: APPS_STOP_BUDGET_MS },
        'API or worker still stopping: stopping the database anyway',
      );
    await database
      ?.close()
      .catch((error: unknown) => logger.error({ err: error }, 'error while stopping the database'));
    logger.info({ ms: Date.now() - started }, 'stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    database = await openLocalDatabase({
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      onLog: (line) => logger.debug({ postgres: line }),
      onIncident: (message, details) => logger.warn({ postgres: details }, message),
    });
    if (database.embedded) logger.info({ dataDir: config.DATA_DIR }, 'embedded PostgreSQL started');

    const applied = await runPendingMigrations(database.url);
    logger.info({ applied }, applied.length ? 'migrations applied' : 'database schema up to date');

    // Outside production, an empty database gets the fictitious demo catalogue (README, "Demo data").
    // It is written in one transaction: if it fails, the platform starts on the empty database.
    if (config.NODE_ENV !== 'production') {
      try {
        const seed = await runDemoSeed({
          config,
          databaseUrl: database.url,
          logger: logger.child({ app: 'seed' }),
        });
        if (seed.seeded) {
          logger.info(
            { organisations: seed.organisations, offers: seed.offers, ms: seed.durationMs },
            'demo catalogue seeded',
          );
        } else {
          logger.info(`demo catalogue not seeded: ${seed.reason}`);
        }
      } catch (error) {
        logger.error({ err: error }, 'demo catalogue could not be seeded; starting without it');
      }
    }

    const worker = await createWorkerApp({
      config,
      databaseUrl: database.url,
      logger: logger.child({ app: 'worker' }),
    });
    apps.push({ name: 'worker', close: () => worker.close() });
    const api = await createApiApp({
      config,
      databaseUrl: database.url,
      logger: logger.child({ app: 'api' }),
    });
    apps.push({ name: 'api', close: () => api.close() });
    await api.listen({ port: config.PORT, host: config.HOST });

    const url = (await api.getUrl())
      .replace('[::1]', 'localhost')
      .replace('127.0.0.1', 'localhost');
    process.stdout.write(
      `\nPasserelle is running at ${url}\n` +
        `  Search       ${url}/recherche\n  Back office  ${url}/admin\n` +
        `  API docs     ${url}/api/docs\n  Health       ${url}/health/ready\n` +
        `Press Ctrl-C to stop.\n\n`,
    );
  } catch (error) {
    // A stop signal during start-up closes the database under the start-up: stop() exits.
    if (stopping) return;
    if (error instanceof EmbeddedDatabaseError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      logger.fatal({ err: error }, 'could not start');
    }
    for (const app of apps.reverse()) await app.close().catch(() => undefined);
    await database?.close().catch(() => undefined);
    process.exit(1);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

void main();
