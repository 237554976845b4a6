import { addDays, daysBetween, reminderThreshold } from './reminder-days';

describe('deadline reminder thresholds', () => {
  const thresholds = [14, 3];

  it.each([
    [15, undefined],
    [14, 14],
    [10, 14],
    [4, 14],
    [3, 3],
    [1, 3],
    [0, undefined],
    [-2, undefined],
  ])('%i days left → the %s-day reminder', (daysLeft, expected) => {
    expect(reminderThreshold(daysLeft, thresholds)).toBe(expected);
  });

  it('counts calendar days in UTC, across months and years', () => {
    expect(daysBetween('2026-12-18', '2027-01-01')).toBe(14);
    expect(addDays('2026-12-29', 3)).toBe('2027-01-01');
    expect(daysBetween('2026-03-28', '2026-03-31')).toBe(3);
  });
});
