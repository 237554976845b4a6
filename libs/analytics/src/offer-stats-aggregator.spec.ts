import { OfferStatsAggregator } from './offer-stats-aggregator';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const monday = new Date('2026-12-07T08:00:00Z');
const sunday = new Date('2026-12-13T22:00:00Z');
const nextMonday = new Date('2026-12-14T00:00:01Z');

describe('OfferStatsAggregator', () => {
  it('sums events of one offer, week and metric into one row', () => {
    const agg = new OfferStatsAggregator();
    agg.add(A, 'view', monday);
    agg.add(A, 'view', sunday);
    agg.add(A, 'view', monday);
    expect(agg.size).toBe(1);
    expect(agg.drain()).toEqual([
      { offerId: A, week: '2026-12-07', metric: 'view', count: 3, positionSum: 0 },
    ]);
  });

  it('keeps weeks, metrics and offers apart, in key order', () => {
    const agg = new OfferStatsAggregator();
    agg.add(B, 'apply', monday);
    agg.add(A, 'view', nextMonday);
    agg.add(A, 'view', monday);
    agg.add(A, 'apply', monday);
    expect(
      agg.drain().map((r) => `${r.offerId.slice(-1)} ${r.week} ${r.metric} ${r.count}`),
    ).toEqual([
      'a 2026-12-07 apply 1',
      'a 2026-12-07 view 1',
      'a 2026-12-14 view 1',
      'b 2026-12-07 apply 1',
    ]);
  });

  it('sums impression positions (at least 1) for the average, and none for other metrics', () => {
    const agg = new OfferStatsAggregator();
    agg.add(A, 'impression', monday, 3);
    agg.add(A, 'impression', monday, 1);
    agg.add(A, 'impression', monday, 0);
    agg.add(A, 'view', monday, 7);
    const rows = agg.drain();
    expect(rows.find((r) => r.metric === 'impression')).toMatchObject({ count: 3, positionSum: 5 });
    expect(rows.find((r) => r.metric === 'view')).toMatchObject({ count: 1, positionSum: 0 });
  });

  it('empties on drain', () => {
    const agg = new OfferStatsAggregator();
    agg.add(A, 'view', monday);
    agg.drain();
    expect(agg.size).toBe(0);
    expect(agg.drain()).toEqual([]);
  });
});
