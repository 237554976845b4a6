import { createDataSource } from './data-source';

/** Applies pending migrations; returns the names applied (empty when up to date). */
export async function runPendingMigrations(url: string): Promise<string[]> {
  const dataSource = createDataSource({
    url,
    poolSize: 1,
    applicationName: 'passerelle-migrate',
  });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
