import { freshness, qualityBreakdown, qualityScore, type QualityInputs } from './quality-score';

const now = new Date('2026-06-15T12:00:00Z');
const days = (n: number) => new Date(now.getTime() - n * 86_400_000);
const best: QualityInputs = {
  organisationVerified: true,
  completeness: 1,
  lastVerifiedAt: days(1),
  deadline: '2026-12-31',
  rolling: false,
  views: 1000,
  now,
};

describe('qualityScore', () => {
  it('is 100 for a complete, fresh, popular offer of a verified organisation', () => {
    expect(qualityScore(best)).toBe(100);
  });

  it('is 0 when nothing speaks for the offer', () => {
    expect(
      qualityScore({
        ...best,
        organisationVerified: false,
        completeness: 0,
        lastVerifiedAt: null,
        deadline: '2026-01-01',
        views: 0,
      }),
    ).toBe(0);
  });

  it.each([
    ['an unverified organisation', { organisationVerified: false }, 70],
    ['half the optional information', { completeness: 0.5 }, 88],
    ['a passed deadline', { deadline: '2026-06-14' }, 90],
    ['today as deadline (still open)', { deadline: '2026-06-15' }, 100],
    ['rolling, no deadline', { rolling: true, deadline: null }, 100],
    ['no views', { views: 0 }, 90],
    ['9 views', { views: 9 }, 93],
    ['verified a year ago', { lastVerifiedAt: days(400) }, 75],
  ] as const)('%s', (_label, change, expected) => {
    expect(qualityScore({ ...best, ...change })).toBe(expected);
  });

  it('orders by trust before popularity', () => {
    const popularUnverified = qualityScore({
      ...best,
      organisationVerified: false,
      views: 100_000,
    });
    const quietVerified = qualityScore({ ...best, views: 0 });
    expect(quietVerified).toBeGreaterThan(popularUnverified);
  });
});

describe('freshness', () => {
  it('is full for 30 days, then decays linearly to 0 at a year', () => {
    expect(freshness(days(30), now)).toBe(1);
    expect(freshness(days(197.5), now)).toBeCloseTo(0.5, 5);
    expect(freshness(days(365), now)).toBe(0);
    expect(freshness(null, now)).toBe(0);
  });
});

describe('qualityBreakdown', () => {
  it('lists each criterion with its points and weight, summing to the score', () => {
    const inputs = { ...best, organisationVerified: false, completeness: 0.5, views: 0 };
    const lines = qualityBreakdown(inputs);
    expect(lines.map((l) => [l.criterion, l.points, l.max])).toEqual([
      ['organisationVerified', 0, 30],
      ['completeness', 12.5, 25],
      ['freshness', 25, 25],
      ['deadline', 10, 10],
      ['popularity', 0, 10],
    ]);
    expect(Math.round(lines.reduce((s, l) => s + l.points, 0))).toBe(qualityScore(inputs));
  });
});
