import type { SearchQueryLogEntry, SearchQueryLogRepository } from './search-query-log.repository';
import {
  SEARCH_LOG_BATCH_SIZE,
  SEARCH_LOG_FLUSH_MS,
  SearchQueryRecorder,
} from './search-query-recorder';

describe('SearchQueryRecorder', () => {
  const setup = (fail = false) => {
    const batches: SearchQueryLogEntry[][] = [];
    const log = {
      insertMany: async (entries: readonly SearchQueryLogEntry[]) => {
        if (fail) throw new Error('relation "search_query_log" does not exist');
        batches.push([...entries]);
      },
    } as unknown as SearchQueryLogRepository;
    return { batches, recorder: new SearchQueryRecorder(log) };
  };
  const search = (q: string) => ({ q, lang: 'fr', filters: {}, total: 3 });

  afterEach(() => jest.useRealTimers());

  it('writes the searches of one second together, normalised', async () => {
    jest.useFakeTimers();
    const { batches, recorder } = setup();
    recorder.record(search('  Prêt   Honneur '));
    recorder.record(search('contact awa@example.org'));
    expect(batches).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(SEARCH_LOG_FLUSH_MS);
    expect(batches).toEqual([
      [
        { query: 'prêt honneur', redacted: false, lang: 'fr', filters: {}, resultCount: 3 },
        { query: null, redacted: true, lang: 'fr', filters: {}, resultCount: 3 },
      ],
    ]);
  });

  it('writes a full batch at once, and what waits when asked', async () => {
    const { batches, recorder } = setup();
    for (let i = 0; i < SEARCH_LOG_BATCH_SIZE + 1; i++) recorder.record(search(`mot${i}`));
    await recorder.flush();
    expect(batches.map((b) => b.length)).toEqual([SEARCH_LOG_BATCH_SIZE, 1]);
    await recorder.onApplicationShutdown();
    expect(batches).toHaveLength(2);
  });

  it('never throws when the log cannot be written', async () => {
    const { recorder } = setup(true);
    recorder.record(search('incubateur'));
    await expect(recorder.flush()).resolves.toBeUndefined();
  });
});
