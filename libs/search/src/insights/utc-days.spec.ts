import { lastDays } from './utc-days';

describe('lastDays', () => {
  it('lists the days oldest first, ending today', () => {
    expect(lastDays(3, new Date('2026-03-01T10:00:00Z'))).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
  });

  it('takes the day in UTC, whatever the hour', () => {
    expect(lastDays(1, new Date('2026-12-08T00:00:00Z'))).toEqual(['2026-12-08']);
    expect(lastDays(1, new Date('2026-12-07T23:59:59.999Z'))).toEqual(['2026-12-07']);
  });
});
