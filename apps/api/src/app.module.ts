import { DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import {
  ConfigModule,
  createValidationPipe,
  ProblemDetailsFilter,
  ROOT_LOGGER,
  type AppConfig,
} from '@app/core';
import { DatabaseModule, JobsModule } from '@app/database';
import type { Logger } from 'pino';
import { HealthController } from './health/health.controller';

export interface ApiModuleOptions {
  readonly config: AppConfig;
  readonly databaseUrl: string;
  readonly logger: Logger;
  readonly imports?: ModuleMetadata['imports'];
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logger, imports = [] }: ApiModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({
          url: databaseUrl,
          poolSize: config.DATABASE_POOL_SIZE,
          applicationName: 'passerelle-api',
        }),
        JobsModule.forRoot({ url: databaseUrl, role: 'producer' }),
        TerminusModule.forRoot({ errorLogStyle: 'json', logger: false }),
        ...imports,
      ],
      controllers: [HealthController],
      providers: [
        { provide: ROOT_LOGGER, useValue: logger },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
