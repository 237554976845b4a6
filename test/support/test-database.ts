import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** Destructive helpers refuse any database whose name does not say it is a test one. */
export function assertTestDatabaseName(name: string): void {
  if (!/test/i.test(name)) {
    throw new Error(
      `Refusing to touch database "${name}": test databases must have "test" in their name.`,
    );
  }
}

function adminUrl(): string {
  const url = process.env.PASSERELLE_TEST_ADMIN_URL;
  if (!url) throw new Error('No test database server: run the tests with `npm test`.');
  return url;
}

/** A fresh database for one test file, cloned from the migrated template in milliseconds. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env.PASSERELLE_TEST_TEMPLATE ?? 'passerelle_test_template';
  const name = `passerelle_test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  assertTestDatabaseName(name);
  assertTestDatabaseName(template);
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(
      `CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE ${admin.escapeIdentifier(template)}`,
    );
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      assertTestDatabaseName(name);
      const client = new Client({ connectionString: adminUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
