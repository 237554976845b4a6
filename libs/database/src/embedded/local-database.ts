import { Client } from 'pg';
import {
  startEmbeddedDatabase,
  type EmbeddedDatabase,
  type EmbeddedDatabaseOptions,
} from './embedded-database';

export const LOCAL_DATABASE_NAME = 'passerelle';

export interface LocalDatabase {
  readonly url: string;
  /** Set when this process started an embedded server (and must stop it). */
  readonly embedded?: EmbeddedDatabase;
  close(): Promise<void>;
}

/**
 * The database for a local run: the server at `databaseUrl` when given, otherwise an
 * embedded PostgreSQL under `dataDir` with a `passerelle` database created on first use.
 */
export async function openLocalDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  onLog?: EmbeddedDatabaseOptions['onLog'];
  onIncident?: EmbeddedDatabaseOptions['onIncident'];
}): Promise<LocalDatabase> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, close: async () => undefined };
  }
  const embedded = await startEmbeddedDatabase({
    dataDir: options.dataDir,
    onLog: options.onLog,
    onIncident: options.onIncident,
  });
  try {
    await ensureDatabase(embedded.adminUrl, LOCAL_DATABASE_NAME);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return {
    url: embedded.urlFor(LOCAL_DATABASE_NAME),
    embedded,
    close: () => embedded.stop(),
  };
}

export async function ensureDatabase(
  adminUrl: string,
  name: string,
  template?: string,
): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
      await client.query(
        `CREATE DATABASE ${client.escapeIdentifier(name)}${from} ENCODING 'UTF8' LOCALE 'C.UTF-8'`,
      );
    }
  } finally {
    await client.end();
  }
}
