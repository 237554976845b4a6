import type { INestApplicationContext } from '@nestjs/common';
import { parseConfig } from '@app/core';
import { JobQueue } from '@app/database';
import { DataSource } from 'typeorm';
import { createWorkerApp } from '../../../apps/worker/src/create-worker-app';
import { createLogger } from '@app/core';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

describe('worker and job queue (pg-boss on our PostgreSQL)', () => {
  let db: TestDatabase;
  let worker: INestApplicationContext;
  let jobs: JobQueue;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: db.url });
    worker = await createWorkerApp({
      config,
      databaseUrl: db.url,
      logger: createLogger({ level: 'silent', name: 'worker' }),
    });
    jobs = worker.get(JobQueue);
    ds = worker.get(DataSource);
  });
  afterAll(async () => {
    await worker.close();
    await db.drop();
  });

  it('boots as an application context with pg-boss started', async () => {
    expect(ds.isInitialized).toBe(true);
    const [row] = await ds.query(
      `SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name = 'pgboss'`,
    );
    expect(row.n).toBe(1);
  });

  it('runs a job handler for a job sent outside any transaction', async () => {
    const seen = new Promise<object>((resolve) => {
      void jobs.work<{ id: string }>(
        'test.ping',
        { pollingIntervalSeconds: 0.5 },
        async ([job]) => {
          resolve(job.data);
        },
      );
    });
    await jobs.send('test.ping', { id: 'o-1' });
    await expect(seen).resolves.toEqual({ id: 'o-1' });
  });

  it('outbox: a job sent inside a transaction exists after commit, not after rollback', async () => {
    await jobs.ensureQueue('test.outbox');
    const committed = await ds.transaction((manager) =>
      jobs.sendInTransaction(manager, 'test.outbox', { offerId: 'committed' }),
    );
    let rolledBackId: string | null = null;
    await expect(
      ds.transaction(async (manager) => {
        rolledBackId = await jobs.sendInTransaction(manager, 'test.outbox', {
          offerId: 'rolled-back',
        });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');

    expect(committed).toEqual(expect.any(String));
    expect(rolledBackId).toEqual(expect.any(String));
    expect(await jobs.instance.getJobById('test.outbox', committed!)).toMatchObject({
      data: { offerId: 'committed' },
    });
    expect(await jobs.instance.getJobById('test.outbox', rolledBackId!)).toBeNull();
  });
});
