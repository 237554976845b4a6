import { lastWeeks, weekOf } from './iso-week';

describe('weekOf', () => {
  it('answers the Monday of the ISO week, in UTC', () => {
    expect(weekOf(new Date('2026-12-07T00:00:00Z'))).toBe('2026-12-07'); // a Monday
    expect(weekOf(new Date('2026-12-13T23:59:59Z'))).toBe('2026-12-07'); // its Sunday
    expect(weekOf(new Date('2026-12-14T00:00:00Z'))).toBe('2026-12-14');
  });

  it('crosses years as ISO weeks do', () => {
    // 1 January 2027 is a Friday: its week began on Monday 28 December 2026.
    expect(weekOf(new Date('2027-01-01T12:00:00Z'))).toBe('2026-12-28');
  });
});

describe('lastWeeks', () => {
  it('list the Mondays oldest first, ending with the current week', () => {
    expect(lastWeeks(3, new Date('2026-12-09T10:00:00Z'))).toEqual([
      '2026-11-23',
      '2026-11-30',
      '2026-12-07',
    ]);
  });
});
