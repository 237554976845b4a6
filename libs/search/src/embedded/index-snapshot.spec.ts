import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suiteDocuments } from '../../../../test/search/relevance/distractor-catalogue';
import { RELEVANCE_TAXONOMY } from '../../../../test/search/relevance/relevance-catalogue';
import { FACETS } from '../engine/search-engine';
import type { SearchDocument } from '../search-document';
import { PlatformVocabulary, type VocabularyTerm } from '../vocabulary/platform-vocabulary';
import {
  IndexChangedError,
  IndexSnapshots,
  readSnapshot,
  snapshotKey,
  writeSnapshot,
  type RestoredIndex,
  type SnapshotContent,
} from './index-snapshot';
import { InvertedIndex } from './inverted-index';
import { planQuery, PrefixFinder } from './query-plan';
import { rank } from './ranking';

const terms: VocabularyTerm[] = Object.entries(RELEVANCE_TAXONOMY).flatMap(
  ([vocabulary, entries]) =>
    Object.entries(entries).map(([code, labels]) => ({
      vocabulary: vocabulary as VocabularyTerm['vocabulary'],
      code,
      labels,
    })),
);
const vocabulary = new PlatformVocabulary(terms);
const HOUR = 3_600_000;
const QUERIES = [
  'financement',
  'financing',
  'تمويل',
  'Sénégal',
  'senegal',
  'incubator',
  'Ivory Coast',
  'pret honneur',
  'mentoria',
  'financment',
  'entrepreneu',
  'startup dakar',
  'المغرب',
  'formation numerique femmes',
];

/** The suite's offers, a few replaced and a few deleted (dead numbers, emptied titles). */
function buildIndex(docs: readonly SearchDocument[]): InvertedIndex {
  const index = new InvertedIndex(vocabulary);
  for (const doc of docs) index.add(doc);
  for (const doc of docs.slice(0, 20)) index.add({ ...doc, title_fr: `${doc.title_fr} Dakar` });
  for (const doc of docs.slice(20, 30)) index.remove(doc.id);
  index.compactMemory();
  return index;
}

function results(index: InvertedIndex) {
  const prefixes = new PrefixFinder(index);
  const staticRank = new Uint32Array(index.capacity).map((_, n) => n);
  return QUERIES.map((q) => {
    const slots = planQuery(q, index, vocabulary, 'fr', prefixes);
    const ranked = rank(index, { slots, filter: index.alive, need: 20, staticRank });
    const facets = FACETS.map((f) =>
      [...index.facets[f]].map(([v, bm]) => `${v}=${ranked.universe.andCardinality(bm)}`),
    );
    return { q, ordered: ranked.ordered, total: ranked.universe.size, facets };
  });
}

describe('index snapshot', () => {
  const docs = suiteDocuments();
  const original = buildIndex(docs);
  const fingerprints = new Map(
    docs.filter((_, i) => i < 20 || i >= 30).map((d) => [d.id, d.fingerprint]),
  );
  const key = snapshotKey(vocabulary);
  let dir: string;
  let file: string;
  const expected = { key, database: 'db-1', horizon: '2000', maxAgeMs: 20 * HOUR };

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'passerelle-snapshot-'));
    file = path.join(dir, 'search', 'index.snapshot');
    await writeSnapshot(file, {
      index: original,
      vocabulary,
      fingerprints,
      cursor: '1234',
      cursorAt: Date.now(),
      key,
      database: 'db-1',
    });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const read = async (overrides: Partial<typeof expected> = {}) =>
    readSnapshot(file, vocabulary, { ...expected, ...overrides });
  const restored = async (): Promise<RestoredIndex> => {
    const found = await read();
    if ('rejected' in found) throw new Error(found.rejected);
    return found;
  };

  it('gives back an index that answers every query as the original', async () => {
    const { index } = await restored();
    expect(results(index)).toEqual(results(original));
    expect(index.size).toBe(original.size);
    expect(index.dead).toBe(original.dead);
    expect([...index.organisations]).toEqual([...original.organisations]);
  });

  it('keeps every document number: ids, slugs, titles, positions, sort keys', async () => {
    const { index } = await restored();
    expect(index.capacity).toBe(original.capacity);
    for (let n = 0; n < original.capacity; n++) {
      expect(index.uuid[n]).toBe(original.uuid[n]);
      expect(index.slug[n]).toBe(original.slug[n]);
      expect(index.titles[n]).toEqual(original.titles[n]);
      expect([...index.positionsOf(n)]).toEqual([...original.positionsOf(n)]);
      expect(index.quality[n]).toBe(original.quality[n]);
      expect(index.freshness[n]).toBe(original.freshness[n]);
      expect(index.fundingMaxEur[n]).toEqual(original.fundingMaxEur[n]);
    }
    expect([...index.byUuid]).toEqual(expect.arrayContaining([...original.byUuid]));
    expect(index.byUuid.size).toBe(original.byUuid.size);
  });

  it('carries what the engine follows on from: fingerprints of live offers and the cursor', async () => {
    const found = await restored();
    expect(found.cursor).toBe('1234');
    expect(found.fingerprints).toEqual(fingerprints);
  });

  it('takes further changes like the original', async () => {
    const { index } = await restored();
    const copy = buildIndex(docs);
    for (const target of [index, copy]) {
      target.add({ ...docs[40], id: '7e1e0000-0000-4000-8000-999999999999', slug: 'new' });
      target.add({ ...docs[41], title_fr: 'Incubateur de startups à Dakar' });
      target.remove(docs[42].id);
      target.flush();
    }
    expect(results(index)).toEqual(results(copy));
    const n = index.byUuid.get('7e1e0000-0000-4000-8000-999999999999')!;
    expect(index.slug[n]).toBe('new');
    expect([...index.positionsOf(n)]).toEqual([...copy.positionsOf(n)]);
  });

  it.each([
    ['another analysis or vocabulary', { key: 'other' }, 'stale'],
    ['another database', { database: 'db-2' }, 'another database'],
    ['a cursor past the tombstones kept', { maxAgeMs: -1 }, 'too old'],
    ['a cursor ahead of the database', { horizon: '1000' }, 'ahead of the database'],
  ])('is not used for %s', async (_, overrides, reason) => {
    const found = await read(overrides);
    expect('rejected' in found && found.rejected).toContain(reason);
  });

  it('rejects a damaged file: a changed byte, a cut, garbage, nothing', async () => {
    const bytes = await readFile(file);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)] ^= 0x40;
    await writeFile(file, flipped);
    expect(await read()).toEqual({ rejected: 'corrupt (hash)' });
    await writeFile(file, bytes.subarray(0, bytes.length - 1000));
    expect(await read()).toMatchObject({ rejected: expect.any(String) });
    await writeFile(file, bytes.subarray(0, 10));
    expect(await read()).toEqual({ rejected: 'another format' });
    await writeFile(file, Buffer.alloc(5000, 7));
    expect(await read()).toEqual({ rejected: 'another format' });
    await rm(file);
    expect(await read()).toEqual({ rejected: 'none' });
  });

  it('streams bitmaps to the file, and gives up if the index changes meanwhile', async () => {
    const index = buildIndex(docs.slice(0, 50));
    const content = { index, vocabulary, fingerprints, cursor: '1234', cursorAt: Date.now(), key };
    await writeSnapshot(file, { ...content, database: 'db-1' }, { streamBitmaps: true });
    const streamed = await restored();
    expect(results(streamed.index)).toEqual(results(index));

    const before = await readFile(file);
    const writing = writeSnapshot(file, { ...content, database: 'db-1' }, { streamBitmaps: true });
    index.add(docs[70]);
    await expect(writing).rejects.toBeInstanceOf(IndexChangedError);
    expect((await readFile(file)).equals(before)).toBe(true);
    expect(await readdir(path.dirname(file))).toEqual([path.basename(file)]);
  });

  describe('kept by IndexSnapshots', () => {
    const logger = { log: jest.fn(), warn: jest.fn() };
    const database = { identity: async () => 'db-1', horizon: async () => '2000' };
    const snapshots = (current: () => SnapshotContent | undefined) =>
      new IndexSnapshots({
        file,
        database,
        logger,
        maxAgeMs: 20 * HOUR,
        intervalMs: HOUR,
        current,
      });

    it('falls back (undefined, logged) on any damage, and never throws', async () => {
      const bytes = await readFile(file);
      // A header that parses to nonsense behind a valid prefix.
      const broken = Buffer.from(bytes);
      broken.fill(0x7b, 20, 60);
      await writeFile(file, broken);
      await expect(snapshots(() => undefined).read(vocabulary)).resolves.toBeUndefined();
      await rm(path.join(dir, 'search'), { recursive: true });
      await writeFile(path.join(dir, 'search'), 'not a folder');
      await expect(snapshots(() => undefined).read(vocabulary)).resolves.toBeUndefined();
      expect(logger.warn).toHaveBeenCalledWith(
        expect.objectContaining({ reason: expect.stringMatching(/^corrupt/) }),
        'search index snapshot not used',
      );
      expect(logger.warn).toHaveBeenCalledWith(
        expect.objectContaining({ reason: 'unreadable' }),
        'search index snapshot not used',
      );
    });

    it('writes atomically, and only when the index changed', async () => {
      await rm(file);
      const index = buildIndex(docs.slice(0, 50));
      const state = {
        index,
        vocabulary,
        fingerprints: new Map<string, string>(),
        cursor: '1500',
        cursorAt: Date.now(),
      };
      const keeper = snapshots(() => state);
      await keeper.save();
      const first = await readFile(file);
      await keeper.save();
      expect((await readFile(file)).equals(first)).toBe(true);
      index.add(docs[60]);
      index.flush();
      await keeper.close();
      expect((await readFile(file)).equals(first)).toBe(false);
      expect(await readdir(path.dirname(file))).toEqual([path.basename(file)]);
      const found = await snapshots(() => undefined).read(vocabulary);
      expect(found?.index.size).toBe(index.size);
      expect(results(found!.index)).toEqual(results(index));
    });

    it('saves the state of the moment when the index changes during a write', async () => {
      const index = buildIndex(docs.slice(0, 50));
      const state = {
        index,
        vocabulary,
        fingerprints: new Map<string, string>(),
        cursor: '1500',
        cursorAt: Date.now(),
      };
      const saving = snapshots(() => state).save();
      // After the write has taken its picture (synchronously, once the identity is known).
      await new Promise<void>((resolve) =>
        setImmediate(() => {
          index.add(docs[80]);
          index.flush();
          resolve();
        }),
      );
      await saving;
      expect(await readdir(path.dirname(file))).toEqual([path.basename(file)]);
      const found = await snapshots(() => undefined).read(vocabulary);
      expect(found?.index.byUuid.has(docs[80].id)).toBe(true);
      expect(results(found!.index)).toEqual(results(index));
    });
  });
});
