// One embedded PostgreSQL for the whole test run: random free port, temporary folder,
// migrations applied once to a template database that each test file clones.
// Runs from the compiled dist/ (npm test builds first), so it tests the real launcher.
import { chmod, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

export default async function globalSetup() {
  const database = require('../../dist/libs/database/src/index.js');
  const { default: PgBoss } = await import('pg-boss');
  const dir = await mkdtemp(path.join(tmpdir(), 'passerelle-test-'));
  await chmod(dir, 0o755); // as root, PostgreSQL runs as the `postgres` user and must reach it
  const server = await database.startEmbeddedDatabase({ dataDir: dir, persistent: false });
  const template = 'passerelle_test_template';
  try {
    await database.ensureDatabase(server.adminUrl, template);
    const templateUrl = server.urlFor(template);
    await database.runPendingMigrations(templateUrl);
    // pg-boss creates its own schema on first start; do it once here so every clone has it.
    const boss = new PgBoss({ connectionString: templateUrl, supervise: false, schedule: false });
    await boss.start();
    await boss.stop({ graceful: false, wait: true });
  } catch (error) {
    await server.stop();
    throw error;
  }

  // An interrupted run (Ctrl-C) must not leave the detached server behind: exiting runs
  // the launcher's synchronous stop.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.once(signal, () => process.exit(130));

  process.env.PASSERELLE_TEST_ADMIN_URL = server.adminUrl;
  process.env.PASSERELLE_TEST_TEMPLATE = template;
  globalThis.__passerelleTestDatabase = { server, dir };
}
