import { createDataSource } from '@app/database';
import { EmbeddedSearchEngine, type SearchDocument } from '@app/search';
import type { DataSource } from 'typeorm';
import { fixtureDocuments } from '../../search/fixture-catalogue';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

// Suggestions list the best offers (quality, then freshness) whose title words start as typed,
// whether few offers match (ranked one by one) or most do (found by walking the static order).
describe('embedded engine: suggestions', () => {
  let database: TestDatabase;
  let db: DataSource;
  let engine: EmbeddedSearchEngine;
  const base = fixtureDocuments()[0];
  const offer = (i: number, title: string, quality: number): SearchDocument => ({
    ...base,
    id: `5a9e0000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    slug: `offre-${i}`,
    title_fr: title,
    title_en: null,
    title_pt: null,
    title_ar: null,
    organisationName: 'Réseau Sankofa',
    qualityScore: quality,
    fingerprint: `f${i}`,
  });
  // 60 "Financement …" offers of every quality, and 3 "Mentorat …" ones.
  const docs = [
    ...Array.from({ length: 60 }, (_, i) => offer(i, `Financement numéro ${i}`, (i * 37) % 100)),
    offer(100, 'Mentorat à Dakar', 40),
    offer(101, 'Mentorat à Lomé', 90),
    offer(102, 'Mentorat à Praia', 10),
  ];
  const slugsByQuality = (word: string, limit: number) =>
    docs
      .filter((d) => d.title_fr!.startsWith(word))
      .sort((a, b) => b.qualityScore - a.qualityScore)
      .slice(0, limit)
      .map((d) => d.slug);

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createDataSource({ url: database.url, poolSize: 2 });
    await db.initialize();
    engine = new EmbeddedSearchEngine(db, async () => []);
    await engine.warm();
    await engine.upsert(docs);
  });
  afterAll(async () => {
    await engine.onModuleDestroy();
    await db.destroy();
    await database.drop();
  });

  const offers = async (prefix: string, limit: number) =>
    (await engine.suggest(prefix, 'fr', limit))
      .filter((s) => s.kind === 'offer')
      .map((s) => s.value);

  it('most offers match: the best of them, in order', async () => {
    expect(await offers('fin', 5)).toEqual(slugsByQuality('Financement', 5));
  });

  it('few offers match: all of them, best first', async () => {
    expect(await offers('ment', 8)).toEqual(slugsByQuality('Mentorat', 8));
  });

  it('an organisation whose name holds the words is suggested too', async () => {
    expect(await engine.suggest('sankofa', 'fr', 8)).toEqual([
      { kind: 'organisation', text: 'Réseau Sankofa', value: base.organisationId },
    ]);
  });
});
