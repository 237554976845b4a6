import { DataSource, type DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';

export interface DatabaseSettings {
  readonly url: string;
  readonly poolSize?: number;
  readonly applicationName?: string;
  /** Entities registered by the feature libs (each lib exports its own list). */
  readonly entities?: DataSourceOptions['entities'];
}

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
      // UTC everywhere: timestamptz values are read and written without local-time surprises.
      options: '-c timezone=UTC -c client_encoding=UTF8',
    },
  };
}

export function createDataSource(settings: DatabaseSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
