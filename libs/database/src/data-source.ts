import { DataSource, type DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';

export interface DatabaseSettings {
  readonly url: string;
  readonly poolSize?: number;
  readonly applicationName?: string;
  /** Entities registered by the feature libs (each lib exports its own list). */
  readonly entities?: DataSourceOptions['entities'];
  /**
   * Longest a statement may run before PostgreSQL cancels it (SQLSTATE 57014, answered 503).
   * For request-serving pools; migrations and batch jobs leave it unset.
   */
  readonly statementTimeoutMs?: number;
}

/**
 * How long a caller waits for a connection: from the pool when every one is busy, or from the
 * server when it is down or restarting. Past it the request fails (503) instead of hanging.
 */
export const CONNECTION_TIMEOUT_MS = 5_000;

/** The one set of TypeORM options, used by the app, the worker, the migration CLI and the tests. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: settings.entities ?? [],
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: ['error', 'warn'],
    extra: {
      max: settings.poolSize ?? 10,
      application_name: settings.applicationName ?? 'passerelle',
      connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
      ...(settings.statementTimeoutMs ? { statement_timeout: settings.statementTimeoutMs } : {}),
      // UTC everywhere: timestamptz values are read and written without local-time surprises.
      options: '-c timezone=UTC -c client_encoding=UTF8',
    },
  };
}

export function createDataSource(settings: DatabaseSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
