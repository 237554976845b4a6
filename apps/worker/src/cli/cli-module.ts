import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { ConfigModule, MailModule, type AppConfig } from '@app/core';
import { DatabaseModule, JobsModule } from '@app/database';

export interface CliModuleOptions {
  readonly config: AppConfig;
  readonly url: string;
  /** Shown in pg_stat_activity as `passerelle-<name>`. */
  readonly name: string;
  /** The feature modules the command uses. */
  readonly imports: NonNullable<ModuleMetadata['imports']>;
  /** Commands that enqueue jobs (search sync, imports) produce them; none works them. */
  readonly jobs?: boolean;
  readonly poolSize?: number;
}

/** The application context of a command-line task: config, a small pool, mail, its features. */
@Module({})
export class CliModule {
  static with({
    config,
    url,
    name,
    imports,
    jobs = true,
    poolSize = 4,
  }: CliModuleOptions): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ url, poolSize, applicationName: `passerelle-${name}` }),
        ...(jobs ? [JobsModule.forRoot({ url, role: 'producer' as const })] : []),
        MailModule,
        ...imports,
      ],
    };
  }
}
