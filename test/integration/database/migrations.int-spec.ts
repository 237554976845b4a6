import { createDataSource, migrations } from '@app/database';
import type { DataSource } from 'typeorm';
import {
  createTestDatabase,
  assertTestDatabaseName,
  type TestDatabase,
} from '../../support/test-database';

describe('migrations', () => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url, poolSize: 2 });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('the template is fully migrated: nothing pending', async () => {
    expect(await ds.showMigrations()).toBe(false);
    const rows = await ds.query('SELECT name FROM schema_migrations ORDER BY id');
    expect(rows.map((r: { name: string }) => r.name)).toEqual(migrations.map((m) => m.name));
  });

  it('database and connections are UTF-8 and UTC', async () => {
    const [row] = await ds.query(
      `SELECT pg_encoding_to_char(encoding) AS enc, current_setting('TimeZone') AS tz
         FROM pg_database WHERE datname = current_database()`,
    );
    expect(row).toEqual({ enc: 'UTF8', tz: 'UTC' });
  });

  it('has unaccent, pg_trgm and citext', async () => {
    const rows = await ds.query(`SELECT extname FROM pg_extension ORDER BY extname`);
    expect(rows.map((r: { extname: string }) => r.extname)).toEqual(
      expect.arrayContaining(['citext', 'pg_trgm', 'unaccent']),
    );
    expect(await ds.query(`SELECT 'Émile'::citext = 'émile'::citext AS same`)).toEqual([
      { same: true },
    ]);
    expect(await ds.query(`SELECT immutable_unaccent('Sénégal Côte d''Ivoire') AS t`)).toEqual([
      { t: "Senegal Cote d'Ivoire" },
    ]);
  });

  it.each([
    ['passerelle_fr', 'Financements pour les entrepreneurs au Sénégal', 'financement & senegal'],
    ['passerelle_en', 'Loans for businesses in Côte d’Ivoire', 'loan & business & cote'],
    ['passerelle_pt', 'Formação para empreendedores em Moçambique', 'formacao & mocambique'],
    ['passerelle_ar', 'تمويل المشاريع في السنغال', 'السنغال'],
  ])('%s folds accents and stems: "%s" matches "%s"', async (config, text, query) => {
    const [row] = await ds.query(
      `SELECT to_tsvector($1::regconfig, $2) @@ to_tsquery($1::regconfig, $3) AS hit`,
      [config, text, query],
    );
    expect(row.hit).toBe(true);
  });

  it('every migration reverts, and the whole chain re-applies cleanly', async () => {
    for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration();
    expect(await ds.query(`SELECT count(*)::int AS n FROM schema_migrations`)).toEqual([{ n: 0 }]);
    await expect(ds.query(`SELECT to_tsvector('passerelle_fr', 'x')`)).rejects.toThrow(
      /does not exist/,
    );
    await expect(ds.query(`SELECT 1 FROM users`)).rejects.toThrow(/does not exist/);
    await ds.runMigrations();
    expect(await ds.showMigrations()).toBe(false);
  });

  it('refuses to touch a database whose name lacks "test"', () => {
    expect(() => assertTestDatabaseName('passerelle')).toThrow(/Refusing/);
    expect(() => assertTestDatabaseName('passerelle_test_1')).not.toThrow();
  });
});
