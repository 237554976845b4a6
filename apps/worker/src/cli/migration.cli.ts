import { loadConfigOrExit } from '@app/core';
import { createDataSource, openLocalDatabase } from '@app/database';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { allEntities } from '../entities';

// `npm run migration:<run|revert|generate|create> [-- Name]`, against DATABASE_URL
// or, when it is empty, the embedded database under DATA_DIR (started for the command).

const MIGRATIONS_DIR = path.resolve(__dirname, '../../../../../libs/database/src/migrations');

const USAGE = `Usage:
  npm run migration:run                  apply pending migrations
  npm run migration:revert               undo the last applied migration
  npm run migration:generate -- Name     write a migration from the entity changes
  npm run migration:create -- Name       write an empty migration to fill by hand`;

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (!command || !['run', 'revert', 'generate', 'create'].includes(command)) fail(USAGE);
  if (
    (command === 'generate' || command === 'create') &&
    !/^[A-Za-z][A-Za-z0-9]*$/.test(name ?? '')
  ) {
    fail(`A migration name in PascalCase is required, e.g. AddOffers.\n${USAGE}`);
  }
  if (command === 'create') {
    console.log(await writeMigration(name, [], []));
    return;
  }
  const config = loadConfigOrExit();
  const database = await openLocalDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
  });
  const dataSource = createDataSource({ url: database.url, poolSize: 1, entities: allEntities });
  try {
    await dataSource.initialize();
    if (command === 'run') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(
        applied.length
          ? `Applied: ${applied.map((m) => m.name).join(', ')}`
          : 'Nothing to apply: the schema is up to date.',
      );
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration.');
    } else {
      console.log(await generate(dataSource, name));
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.close();
  }
}

async function generate(dataSource: DataSource, name: string): Promise<string> {
  const pending = await dataSource.showMigrations();
  if (pending)
    fail(
      'Apply pending migrations first (npm run migration:run): generate diffs against an up-to-date schema.',
    );
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) return 'No changes: the entities match the database schema.';
  const up = sql.upQueries.map((q) => q.query);
  const down = sql.downQueries.map((q) => q.query).reverse();
  return writeMigration(name, up, down);
}

async function writeMigration(name: string, up: string[], down: string[]): Promise<string> {
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const fileBase = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
  const body = (queries: string[]) =>
    queries.map((q) => `    await q.query(${JSON.stringify(q)});`).join('\n') ||
    '    // TODO: write the change';
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${body(up)}
  }

  async down(q: QueryRunner): Promise<void> {
${body(down)}
  }
}
`;
  await writeFile(path.join(MIGRATIONS_DIR, `${fileBase}.ts`), source);
  const indexFile = path.join(MIGRATIONS_DIR, 'index.ts');
  const index = await readFile(indexFile, 'utf8');
  const lines = index.split('\n');
  const lastImport = lines.findLastIndex((line) => line.startsWith('import '));
  lines.splice(lastImport + 1, 0, `import { ${className} } from './${fileBase}';`);
  const updated = lines
    .join('\n')
    .replace(/export const migrations = \[([^\]]*)\];/, (_m, list: string) => {
      const names = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return `export const migrations = [${[...names, className].join(', ')}];`;
    });
  await writeFile(indexFile, updated);
  return `Wrote libs/database/src/migrations/${fileBase}.ts (run \`npm run format\` to tidy it).`;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(64);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
