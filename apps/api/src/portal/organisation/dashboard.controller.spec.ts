import { staleBefore } from './dashboard.controller';

describe('staleBefore', () => {
  it('goes back six calendar months in UTC, like PostgreSQL’s month interval', () => {
    expect(staleBefore(new Date('2026-12-08T01:00:00Z')).toISOString()).toBe(
      '2026-06-08T01:00:00.000Z',
    );
    // Across Europe's clock change, whatever the server's zone.
    expect(staleBefore(new Date('2026-01-15T00:30:00Z')).toISOString()).toBe(
      '2025-07-15T00:30:00.000Z',
    );
  });

  it('stops at the last day of a shorter month instead of running over', () => {
    expect(staleBefore(new Date('2026-08-31T12:00:00Z')).toISOString()).toBe(
      '2026-02-28T12:00:00.000Z',
    );
  });
});
