import {
  Module,
  type DynamicModule,
  type INestApplicationContext,
  type LogLevel,
  type ModuleMetadata,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, MailModule, type AppConfig } from '@app/core';
import { DatabaseModule, JobsModule, openLocalDatabase, runPendingMigrations } from '@app/database';

export interface CliModuleOptions extends CliTaskOptions {
  readonly url: string;
}

export interface CliTaskOptions {
  readonly config: AppConfig;
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

/**
 * Runs a command-line task: the configured (or embedded) database, migrated, and the task's
 * application context around `task`; both are closed whatever happens.
 */
export async function withCliContext<T>(
  options: CliTaskOptions & { readonly logger?: LogLevel[] },
  task: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const { config, logger = ['error', 'warn'], ...rest } = options;
  const database = await openLocalDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
  });
  try {
    await runPendingMigrations(database.url);
    const app = await NestFactory.createApplicationContext(
      CliModule.with({ config, url: database.url, ...rest }),
      { logger },
    );
    try {
      return await task(app);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

/** The end of a command's `main()`: its exit code, or its error's message and exit 1. */
export function exitWith(run: Promise<number | void>): void {
  run.then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
