import {
  DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { getDataSourceToken, getEntityManagerToken } from '@nestjs/typeorm';
import { DataSource, getMetadataArgsStorage } from 'typeorm';
import { dataSourceOptions, type DatabaseSettings } from './data-source';
import { POOL_LABEL, PoolMetrics } from './pool-metrics';

const OPEN_ATTEMPTS = 3;
const OPEN_RETRY_DELAY_MS = 1_000;

/**
 * TypeORM for a Nest app; the URL comes from the app that imports it. The data source is
 * provided here rather than by TypeOrmModule.forRoot(), which keeps a process-wide registry of
 * data-source names: `npm start` runs the worker and the API in one process, each with its own
 * default data source, and that registry warned "already registered" on every start. Feature
 * libs still register repositories with TypeOrmModule.forFeature(): they resolve through the
 * same tokens (`DataSource`, `EntityManager`).
 */
@Module({})
export class DatabaseModule {
  static forRoot(settings: DatabaseSettings): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [
        {
          provide: getDataSourceToken(),
          useFactory: () => openDataSource(settings),
        },
        {
          provide: getEntityManagerToken(),
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => dataSource.manager,
        },
        DataSourceCloser,
        // `pool="api"` for `passerelle-api`: which app's pool, when several share a process.
        {
          provide: POOL_LABEL,
          useValue: (settings.applicationName ?? 'passerelle').replace(/^passerelle-/, ''),
        },
        PoolMetrics,
      ],
      exports: [getDataSourceToken(), getEntityManagerToken()],
    };
  }
}

/**
 * Every entity class loaded in the process (what `autoLoadEntities` gathered from forFeature():
 * each lib's module file registers its entities when it is imported).
 */
function loadedEntities(): DataSource['options']['entities'] {
  return getMetadataArgsStorage()
    .tables.map((table) => table.target)
    .filter((target): target is Function => typeof target === 'function');
}

async function openDataSource(settings: DatabaseSettings): Promise<DataSource> {
  const logger = new Logger('DatabaseModule');
  const dataSource = new DataSource(
    dataSourceOptions({ ...settings, entities: settings.entities ?? loadedEntities() }),
  );
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.initialize();
    } catch (error) {
      if (attempt >= OPEN_ATTEMPTS) throw error;
      logger.warn(`database not reachable (attempt ${attempt}/${OPEN_ATTEMPTS}); retrying`);
      await new Promise((resolve) => setTimeout(resolve, OPEN_RETRY_DELAY_MS));
    }
  }
}

/** Closes the pool last: job handlers and requests stop in the earlier shutdown hooks. */
@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(getDataSourceToken()) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
