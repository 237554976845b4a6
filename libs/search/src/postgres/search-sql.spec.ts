import { filterConditions, Params, whereClause } from './search-sql';

const TODAY = '2025-06-01';

describe('PostgreSQL filter conditions', () => {
  it('publishedAfterTs: strictly after, as a parameter (never interpolated)', () => {
    const p = new Params();
    const where = whereClause(filterConditions({ publishedAfterTs: 1_764_500_000.9 }, TODAY, p));
    expect(where).toBe('d.published_ts > $1');
    expect(p.values).toEqual([1_764_500_000]);
  });

  it('publishedAfterTs ANDs with the other filters and stays when a facet leaves its own out', () => {
    const p = new Params();
    const conditions = filterConditions(
      { categories: ['grant'], publishedAfterTs: 100, freeOnly: true },
      TODAY,
      p,
    );
    expect(whereClause(conditions)).toBe(
      'd.category_codes && $1::text[] AND d.free AND d.published_ts > $2',
    );
    expect(whereClause(conditions, 'category')).toBe('d.free AND d.published_ts > $2');
    expect(p.values).toEqual([['grant'], 100]);
  });

  it('no publishedAfterTs, no condition', () => {
    const p = new Params();
    expect(whereClause(filterConditions({}, TODAY, p))).toBe('true');
    expect(p.values).toEqual([]);
  });
});
