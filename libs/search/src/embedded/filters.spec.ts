import fc from 'fast-check';
import type { SearchDocument } from '../search-document';
import { FACETS, type SearchFilters } from '../engine/search-engine';
import { filterClauses, joinClauses } from '../meilisearch/meilisearch.filter';
import { matchesFilter, parseFilter } from '../meilisearch/testing/fake-filter';
import { makeDocument } from '../meilisearch/testing/search-document.factory';
import { PlatformVocabulary } from '../vocabulary/platform-vocabulary';
import { andAll, dayTs, filterBitmaps, profileFit } from './filters';
import { InvertedIndex } from './inverted-index';

const TODAY = '2026-06-15';
const DAY = 86_400;
const todayStart = dayTs(TODAY);
// Countries only (no city list to load), built once.
const vocabulary = new PlatformVocabulary([], []);

/** An index of these documents; `dead` ones are added then removed (their numbers stay). */
function indexOf(docs: readonly SearchDocument[], dead: readonly SearchDocument[] = []) {
  const index = new InvertedIndex(vocabulary);
  for (const doc of [...dead, ...docs]) index.add(doc);
  for (const doc of dead) index.remove(doc.id);
  index.flush();
  return index;
}

/** Slugs of the documents passing every filter (facets included), sorted. */
function passing(index: InvertedIndex, filters: SearchFilters, today = TODAY): string[] {
  const { base, byFacet } = filterBitmaps(index, filters, today);
  const all = andAll([base, ...byFacet.values()]);
  return [...all].map((n) => index.slug[n]).sort();
}

const fixed = (n: number, deadline: string, overrides: Partial<SearchDocument> = {}) =>
  makeDocument(n, {
    rolling: false,
    deadline,
    deadlineTs: dayTs(deadline, true),
    ...overrides,
  });

describe('embedded filters', () => {
  it('no filter: every live document, and no facet filter', () => {
    const index = indexOf([makeDocument(1), makeDocument(2)], [makeDocument(3)]);
    const { base, byFacet } = filterBitmaps(index, {}, TODAY);
    expect([...base].map((n) => index.slug[n]).sort()).toEqual(['offer-1', 'offer-2']);
    expect(byFacet.size).toBe(0);
  });

  it('open now: opened on or before today, deadline today or later', () => {
    const index = indexOf([
      makeDocument(1, { opensTs: 0 }), // rolling, always open
      makeDocument(2, { opensTs: todayStart }), // opens today
      makeDocument(3, { opensTs: todayStart + DAY }), // opens tomorrow
      fixed(4, TODAY), // closes tonight
      fixed(5, '2026-06-14'), // closed yesterday
      fixed(6, '2026-06-16', { opensTs: todayStart - DAY }),
    ]);
    expect(passing(index, { openNow: true })).toEqual(['offer-1', 'offer-2', 'offer-4', 'offer-6']);
    expect(passing(index, { openNow: false })).toHaveLength(6);
    // A day later the offer of tomorrow is open and tonight's has closed.
    expect(passing(index, { openNow: true }, '2026-06-16')).toEqual([
      'offer-1',
      'offer-2',
      'offer-3',
      'offer-6',
    ]);
  });

  it('deadline before: fixed deadlines up to the end of that day, rolling offers out', () => {
    const index = indexOf([
      makeDocument(1), // rolling
      fixed(2, '2026-06-30'),
      fixed(3, '2026-07-01'),
      fixed(4, '2026-06-01'),
    ]);
    expect(passing(index, { deadlineBefore: '2026-06-30' })).toEqual(['offer-2', 'offer-4']);
    expect(passing(index, { deadlineBefore: '2026-06-29' })).toEqual(['offer-4']);
    expect(passing(index, { deadlineBefore: '2100-01-01' })).toEqual([
      'offer-2',
      'offer-3',
      'offer-4',
    ]);
  });

  it('financing amount: the top of the range reaches the amount; no amount never does', () => {
    const index = indexOf([
      makeDocument(1, { fundingMaxEur: 20_000 }),
      makeDocument(2, { fundingMaxEur: 19_999 }),
      makeDocument(3, { fundingMaxEur: null }),
      makeDocument(4, { fundingMaxEur: 0 }),
    ]);
    expect(passing(index, { minAmountEur: 20_000 })).toEqual(['offer-1']);
    expect(passing(index, { minAmountEur: 0 })).toEqual(['offer-1', 'offer-2', 'offer-4']);
  });

  it('published after: strictly after the instant', () => {
    const index = indexOf([
      makeDocument(1, { publishedTs: 1000 }),
      makeDocument(2, { publishedTs: 1001 }),
      makeDocument(3, { publishedTs: 999 }),
    ]);
    expect(passing(index, { publishedAfterTs: 1000 })).toEqual(['offer-2']);
    expect(passing(index, { publishedAfterTs: 0 })).toHaveLength(3);
  });

  it.each<[keyof SearchFilters, keyof SearchDocument]>([
    ['freeOnly', 'free'],
    ['verifiedOnly', 'organisationVerified'],
    ['diasporaOnly', 'diasporaOnly'],
  ])('%s keeps the documents with %s', (filter, field) => {
    const index = indexOf([
      makeDocument(1, { [field]: true }),
      makeDocument(2, { [field]: false }),
    ]);
    expect(passing(index, { [filter]: true })).toEqual(['offer-1']);
    expect(passing(index, { [filter]: false })).toEqual(['offer-1', 'offer-2']);
  });

  it('facets: OR within a facet, AND across, each apart; unknown values match nothing', () => {
    const index = indexOf([
      makeDocument(1, { categoryCodes: ['grant'], targetCountries: ['SN'], format: 'online' }),
      makeDocument(2, { categoryCodes: ['loan'], targetCountries: ['CI'], format: 'hybrid' }),
      makeDocument(3, { categoryCodes: ['mentoring'], targetCountries: ['SN'] }),
    ]);
    const filters: SearchFilters = {
      categories: ['grant', 'loan'],
      targetCountries: ['SN'],
      sectors: [],
    };
    const { byFacet } = filterBitmaps(index, filters, TODAY);
    expect([...byFacet.keys()]).toEqual(['category', 'targetCountry']);
    expect([...byFacet.get('category')!].map((n) => index.slug[n])).toEqual(['offer-1', 'offer-2']);
    expect(passing(index, filters)).toEqual(['offer-1']);
    expect(passing(index, { categories: ['nope'] })).toEqual([]);
    expect(passing(index, { categories: ['nope', 'loan'] })).toEqual(['offer-2']);
    expect(passing(index, { formats: ['hybrid'] })).toEqual(['offer-2']);
  });

  it('every facet reads its own filter', () => {
    const doc = makeDocument(1, {
      categoryCodes: ['c'],
      sectorCodes: ['s'],
      stageCodes: ['g'],
      targetCountries: ['T'],
      residenceCountries: ['R'],
      deliveryLanguages: ['l'],
      format: 'f',
    });
    const index = indexOf([doc, makeDocument(2)]);
    const filters: SearchFilters = {
      categories: ['c'],
      sectors: ['s'],
      stages: ['g'],
      targetCountries: ['T'],
      residenceCountries: ['R'],
      deliveryLanguages: ['l'],
      formats: ['f'],
    };
    const { byFacet } = filterBitmaps(index, filters, TODAY);
    expect([...byFacet.keys()]).toEqual([...FACETS]);
    for (const facet of FACETS)
      expect([...byFacet.get(facet)!]).toEqual([index.byUuid.get(doc.id)]);
  });

  it('agrees with the Meilisearch filter on random documents and filters', () => {
    const day = (offset: number) => todayStart + offset * DAY;
    const document = fc.record({
      free: fc.boolean(),
      organisationVerified: fc.boolean(),
      diasporaOnly: fc.boolean(),
      categoryCodes: fc.subarray(['grant', 'loan', 'training']),
      targetCountries: fc.subarray(['SN', 'CI']),
      format: fc.constantFrom('online', 'hybrid'),
      fundingMaxEur: fc.option(fc.constantFrom(0, 9_999, 10_000, 50_000)),
      opens: fc.integer({ min: -2, max: 2 }),
      deadline: fc.option(fc.integer({ min: -2, max: 40 })),
      publishedTs: fc.integer({ min: day(-3), max: day(0) }),
    });
    const filters = fc.record(
      {
        categories: fc.subarray(['grant', 'loan', 'mentoring']),
        targetCountries: fc.subarray(['SN', 'CI']),
        formats: fc.subarray(['online', 'hybrid']),
        freeOnly: fc.boolean(),
        verifiedOnly: fc.boolean(),
        diasporaOnly: fc.boolean(),
        minAmountEur: fc.constantFrom(0, 10_000, 20_000),
        openNow: fc.boolean(),
        deadlineBefore: fc.constantFrom('2026-06-15', '2026-06-30', '2026-07-20'),
        publishedAfterTs: fc.integer({ min: day(-3), max: day(0) }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 12 }), filters, (raw, f) => {
        const docs = raw.map((d, i) => {
          const deadline =
            d.deadline === null
              ? null
              : new Date((todayStart + d.deadline * DAY) * 1000).toISOString().slice(0, 10);
          return makeDocument(i, {
            ...d,
            opensTs: d.opens < -1 ? 0 : day(d.opens),
            rolling: deadline === null,
            deadline,
            deadlineTs: deadline === null ? makeDocument(0).deadlineTs : dayTs(deadline, true),
          });
        });
        const expression = joinClauses(filterClauses(f, TODAY));
        const tree = expression === undefined ? undefined : parseFilter(expression);
        const expected = docs
          .filter((d) => matchesFilter(tree, d as unknown as Record<string, unknown>))
          .map((d) => d.slug)
          .sort();
        expect(passing(indexOf(docs), f)).toEqual(expected);
      }),
      { numRuns: 200, seed: 16 },
    );
  });
});

describe('profile fit', () => {
  const index = indexOf([
    makeDocument(1, { residenceCountries: ['FR'], targetCountries: [], sectorCodes: [] }),
    makeDocument(2, { residenceCountries: [], targetCountries: ['SN'], sectorCodes: [] }),
    makeDocument(3, { residenceCountries: [], targetCountries: [], sectorCodes: ['health'] }),
    makeDocument(4, {
      residenceCountries: [],
      targetCountries: [],
      sectorCodes: [],
      stageCodes: ['growth'],
    }),
    makeDocument(5, {
      residenceCountries: ['BE'],
      targetCountries: ['CM'],
      sectorCodes: [],
      stageCodes: [],
    }),
  ]);
  const fit = (profile: Parameters<typeof profileFit>[1]) => {
    const bitmap = profileFit(index, profile);
    return bitmap && [...bitmap].map((n) => index.slug[n]).sort();
  };

  it('no profile: no fit at all (not an empty one)', () => {
    expect(fit(undefined)).toBeUndefined();
  });

  it('residence, target countries, sectors or stage: any one is enough', () => {
    expect(fit({ residenceCountry: 'FR' })).toEqual(['offer-1']);
    expect(fit({ targetCountries: ['SN', 'ML'] })).toEqual(['offer-2']);
    expect(fit({ sectors: ['health'] })).toEqual(['offer-3']);
    expect(fit({ stage: 'growth' })).toEqual(['offer-4']);
    expect(fit({ residenceCountry: 'FR', stage: 'growth', languages: ['fr'] })).toEqual([
      'offer-1',
      'offer-4',
    ]);
    expect(fit({ languages: ['fr'] })).toEqual([]);
    expect(fit({ residenceCountry: 'XX', targetCountries: [] })).toEqual([]);
  });
});

describe('embedded filters, boundaries', () => {
  it('open now includes a deadline at the very start of today, as the Meilisearch clause does', () => {
    const index = indexOf([
      makeDocument(1, { rolling: false, opensTs: 0, deadlineTs: todayStart }),
      makeDocument(2, { rolling: false, opensTs: 0, deadlineTs: todayStart - 1 }),
    ]);
    expect(passing(index, { openNow: true })).toEqual(['offer-1']);
  });
});
