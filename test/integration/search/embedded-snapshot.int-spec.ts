import { Logger } from '@nestjs/common';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDataSource } from '@app/database';
import { EmbeddedSearchEngine, type SearchDocument, type SearchQuery } from '@app/search';
import type { DataSource } from 'typeorm';
import { FIXTURE_TODAY, fixtureDocuments } from '../../search/fixture-catalogue';
import { RELEVANCE_TAXONOMY } from '../../search/relevance/relevance-catalogue';
import { eventually } from '../../support/eventually';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

const taxonomy = async () =>
  Object.entries(RELEVANCE_TAXONOMY).flatMap(([vocabulary, entries]) =>
    Object.entries(entries).map(([code, labels]) => ({
      vocabulary: vocabulary as 'category' | 'sector' | 'stage',
      code,
      labels,
    })),
  );

const query = (q: string): SearchQuery => ({
  q,
  lang: 'fr',
  filters: {},
  sort: 'relevance',
  offset: 0,
  limit: 100,
  today: FIXTURE_TODAY,
});

// Processes restart from the index snapshot in DATA_DIR, then follow what changed since.
describe('embedded engine: index snapshot', () => {
  let database: TestDatabase;
  let db: DataSource;
  let dataDir: string;
  let file: string;
  const docs = fixtureDocuments();
  const added: SearchDocument = {
    ...docs[0],
    id: '5a9e0000-0000-4000-8000-000000000001',
    slug: 'added-after-the-snapshot',
    title_fr: 'Incubateur zorglub pour la diaspora',
    fingerprint: 'added',
  };
  const changed: SearchDocument = {
    ...docs[1],
    title_fr: 'Programme quokka de mentorat',
    fingerprint: 'changed',
  };
  const deleted = docs[2];
  const engines: EmbeddedSearchEngine[] = [];
  const engine = () => {
    const e = new EmbeddedSearchEngine(db, taxonomy, { dataDir, followIntervalMs: 50 });
    engines.push(e);
    return e;
  };
  const ids = async (e: EmbeddedSearchEngine, q: string) =>
    (await e.search(query(q))).hits.map((h) => h.document.id);
  const logged = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  const messages = () => logged.mock.calls.map((c) => c[1]);

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createDataSource({ url: database.url, poolSize: 4 });
    await db.initialize();
    dataDir = await mkdtemp(path.join(tmpdir(), 'passerelle-snapshot-'));
    file = path.join(dataDir, 'search', 'embedded-index.snapshot');

    // A first process indexes the catalogue and writes its snapshot when it stops.
    const first = engine();
    await first.warm();
    await first.upsert(docs);
    await first.onModuleDestroy();
    expect((await stat(file)).size).toBeGreaterThan(0);

    // Then another process (no index of its own) changes the catalogue.
    const writer = new EmbeddedSearchEngine(db, taxonomy);
    await writer.upsert([added, changed]);
    await writer.delete([deleted.id]);
  });
  afterAll(async () => {
    for (const e of engines) await e.onModuleDestroy();
    await db.destroy();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => logged.mockClear());

  it('a restarted engine starts from the snapshot and sees the changes made after it', async () => {
    const second = engine();
    await second.warm();
    expect(messages()).toContain('search index loaded from its snapshot');
    expect(messages()).not.toContain('search index loaded');
    // The changes since the snapshot are read up to the oldest transaction still open on the
    // server (any database: transaction ids are the cluster's). Other test files share that
    // server, so one of theirs may hold them back until the next pass of the follower.
    await eventually(async () => {
      expect(await ids(second, 'zorglub')).toEqual([added.id]);
      expect(await ids(second, 'quokka')).toEqual([changed.id]);
      expect(await ids(second, deleted.title_fr!)).not.toContain(deleted.id);
      expect((await second.search(query(''))).total).toBe(docs.length);
    });
    await second.onModuleDestroy();
  });

  it('a damaged snapshot means a load from the database, with the same answers', async () => {
    const bytes = await readFile(file);
    bytes[bytes.length >> 1] ^= 0xff;
    await writeFile(file, bytes);
    const third = engine();
    await third.warm();
    expect(messages()).toContain('search index loaded');
    expect(messages()).not.toContain('search index loaded from its snapshot');
    expect(await ids(third, 'zorglub')).toEqual([added.id]);
    expect((await third.search(query(''))).total).toBe(docs.length);
    // It writes a good one again in the background.
    await third.onModuleDestroy();
    const fourth = engine();
    await fourth.warm();
    expect(messages()).toContain('search index loaded from its snapshot');
    expect(await ids(fourth, 'quokka')).toEqual([changed.id]);
  });
});
