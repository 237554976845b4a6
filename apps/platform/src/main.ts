import { createLogger, loadConfigOrExit, withLocalSecrets } from '@app/core';
import { EmbeddedDatabaseError, openLocalDatabase, runPendingMigrations } from '@app/database';
import { createApiApp } from '../../api/src/create-api-app';
import { createWorkerApp } from '../../worker/src/create-worker-app';
import { runDemoSeed } from '../../worker/src/seed/demo-seed.module';

/**
 * `npm start`: the whole platform in one process for a laptop or a demo —
 * embedded PostgreSQL (unless DATABASE_URL is set), migrations, worker, API.
 * Production runs apps/api and apps/worker as separate processes instead.
 */
async function main(): Promise<void> {
  const config = await withLocalSecrets(loadConfigOrExit());
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'platform' });
  const closers: Array<() => Promise<unknown>> = [];
  let stopping = false;

  const stop = async (signal: string) => {
    // npm forwards Ctrl-C to us too, so a second signal right away is normal: ignore it.
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    setTimeout(() => {
      process.stderr.write('Did not stop within 20 s: exiting anyway.\n');
      process.exit(1);
    }, 20_000).unref();
    for (const close of closers.reverse()) {
      await close().catch((error: unknown) => logger.error({ err: error }, 'error while stopping'));
    }
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    const database = await openLocalDatabase({
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      onLog: (line) => logger.debug({ postgres: line }),
    });
    closers.push(() => database.close());
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
    closers.push(() => worker.close());
    const api = await createApiApp({
      config,
      databaseUrl: database.url,
      logger: logger.child({ app: 'api' }),
    });
    closers.push(() => api.close());
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
    if (error instanceof EmbeddedDatabaseError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      logger.fatal({ err: error }, 'could not start');
    }
    for (const close of closers.reverse()) await close().catch(() => undefined);
    process.exit(1);
  }
}

void main();
