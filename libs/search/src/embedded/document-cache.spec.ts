import type { SearchDocument } from '../search-document';
import { DocumentCache } from './document-cache';

const doc = (id: string, fingerprint: string, title = 'Prêt d’honneur') =>
  ({ id, fingerprint, title_fr: title, summary_fr: 'Pour créer' }) as unknown as SearchDocument;

describe('DocumentCache', () => {
  const setup = (max?: number) => {
    const stored = new Map<string, SearchDocument>();
    const reads: string[][] = [];
    const cache = new DocumentCache(
      {
        byIds: async (ids: readonly string[]) => {
          reads.push([...ids]);
          return new Map(ids.flatMap((id) => (stored.has(id) ? [[id, stored.get(id)!]] : [])));
        },
      },
      max,
    );
    return { stored, reads, cache };
  };

  it('reads each document once while the index holds the same version', async () => {
    const { stored, reads, cache } = setup();
    stored.set('a', doc('a', 'f1'));
    stored.set('b', doc('b', 'f2'));
    const indexed = (id: string) => stored.get(id)?.fingerprint;
    const first = await cache.get(['a', 'b'], indexed);
    const second = await cache.get(['b', 'a'], indexed);
    expect(reads).toEqual([['a', 'b'], []]);
    expect(second.get('a')).toBe(first.get('a'));
    expect(Object.isFrozen(second.get('a')!.document)).toBe(true);
  });

  it('reads again once the index holds another version, and skips what the database lost', async () => {
    const { stored, reads, cache } = setup();
    stored.set('a', doc('a', 'f1'));
    await cache.get(['a'], () => 'f1');
    stored.set('a', doc('a', 'f2', 'Nouveau titre'));
    const fresh = await cache.get(['a', 'gone'], () => 'f2');
    expect(reads).toEqual([['a'], ['a', 'gone']]);
    expect(fresh.get('a')!.document.title_fr).toBe('Nouveau titre');
    expect(fresh.has('gone')).toBe(false);
  });

  it('keeps at most its size, dropping the least recently used', async () => {
    const { stored, reads, cache } = setup(2);
    for (const id of ['a', 'b', 'c']) stored.set(id, doc(id, 'f'));
    await cache.get(['a', 'b'], () => 'f');
    await cache.get(['a'], () => 'f');
    await cache.get(['c'], () => 'f'); // b goes
    await cache.get(['a', 'b'], () => 'f');
    expect(reads).toEqual([['a', 'b'], [], ['c'], ['b']]);
  });

  it('analyses a text once for highlighting', async () => {
    const { stored, cache } = setup();
    stored.set('a', doc('a', 'f'));
    const entry = (await cache.get(['a'], () => 'f')).get('a')!;
    const title = entry.text('title', 'fr');
    expect(title.tokens.map((t) => t.word)).toEqual(['pret', 'd', 'honneur']);
    expect(entry.text('title', 'fr')).toBe(title);
    expect(entry.text('title', 'en').text).toBe('');
  });
});
