import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, type DatabaseSettings } from './data-source';
import { POOL_LABEL, PoolMetrics } from './pool-metrics';

/** TypeORM for a Nest app; the URL and entity list come from the app that imports it. */
@Module({})
export class DatabaseModule {
  static forRoot(settings: DatabaseSettings): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(settings),
          // Feature libs register their entities with TypeOrmModule.forFeature().
          autoLoadEntities: true,
          retryAttempts: 3,
          retryDelay: 1000,
        }),
      ],
      providers: [
        // `pool="api"` for `passerelle-api`: which app's pool, when several share a process.
        {
          provide: POOL_LABEL,
          useValue: (settings.applicationName ?? 'passerelle').replace(/^passerelle-/, ''),
        },
        PoolMetrics,
      ],
      exports: [TypeOrmModule],
    };
  }
}
