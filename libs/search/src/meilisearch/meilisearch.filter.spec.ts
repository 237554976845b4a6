import { ValidationFailedError } from '@app/core';
import type { SearchFilters } from '../engine/search-engine';
import {
  andAlso,
  dayBoundTs,
  filterClauses,
  inList,
  joinClauses,
  profileExpression,
  quote,
} from './meilisearch.filter';
import { conditionsOf, matchesFilter, parseFilter } from './testing/fake-filter';

const TODAY = '2025-06-01';
const TODAY_START = Date.UTC(2025, 5, 1) / 1000;
const filterOf = (filters: SearchFilters) => joinClauses(filterClauses(filters, TODAY));

describe('Meilisearch filter expressions', () => {
  it.each<[string, SearchFilters, string]>([
    ['categories', { categories: ['grant', 'loan'] }, 'categoryCodes IN ["grant", "loan"]'],
    ['sectors', { sectors: ['agriculture'] }, 'sectorCodes IN ["agriculture"]'],
    ['stages', { stages: ['idea', 'growth'] }, 'stageCodes IN ["idea", "growth"]'],
    ['target countries', { targetCountries: ['SN', 'CI'] }, 'targetCountries IN ["SN", "CI"]'],
    ['residence countries', { residenceCountries: ['FR'] }, 'residenceCountries IN ["FR"]'],
    ['delivery languages', { deliveryLanguages: ['fr'] }, 'deliveryLanguages IN ["fr"]'],
    ['formats', { formats: ['online', 'hybrid'] }, 'format IN ["online", "hybrid"]'],
    ['freeOnly', { freeOnly: true }, 'free = true'],
    ['minAmountEur', { minAmountEur: 10_000 }, 'fundingMaxEur >= 10000'],
    ['openNow', { openNow: true }, `opensTs <= ${TODAY_START} AND deadlineTs >= ${TODAY_START}`],
    [
      'deadlineBefore (end of that day, rolling offers out)',
      { deadlineBefore: '2025-06-30' },
      `rolling = false AND deadlineTs <= ${Date.UTC(2025, 5, 30, 23, 59, 59) / 1000}`,
    ],
    ['verifiedOnly', { verifiedOnly: true }, 'organisationVerified = true'],
    ['diasporaOnly', { diasporaOnly: true }, 'diasporaOnly = true'],
    [
      'publishedAfterTs (strictly after)',
      { publishedAfterTs: 1_764_500_000 },
      'publishedTs > 1764500000',
    ],
  ])('%s', (_name, filters, expected) => {
    expect(filterOf(filters)).toBe(expected);
    expect(() => parseFilter(expected)).not.toThrow();
  });

  it('ANDs filters across facets, ORs values within one, and skips empty or false ones', () => {
    expect(
      filterOf({
        categories: ['grant'],
        sectors: [],
        formats: ['online'],
        freeOnly: false,
        verifiedOnly: true,
      }),
    ).toBe('categoryCodes IN ["grant"] AND format IN ["online"] AND organisationVerified = true');
    expect(filterOf({})).toBeUndefined();
  });

  it('leaves out one facet’s own clause for that facet’s counts', () => {
    const clauses = filterClauses(
      { categories: ['grant'], sectors: ['health'], freeOnly: true },
      TODAY,
    );
    expect(joinClauses(clauses, 'category')).toBe('sectorCodes IN ["health"] AND free = true');
    expect(joinClauses(clauses, 'sector')).toBe('categoryCodes IN ["grant"] AND free = true');
    expect(joinClauses(clauses, 'format')).toBe(joinClauses(clauses));
    expect(
      joinClauses(filterClauses({ categories: ['grant'] }, TODAY), 'category'),
    ).toBeUndefined();
  });

  describe('quoting', () => {
    it.each([
      'plain',
      'with "double" quotes',
      "with 'single' quotes",
      'back\\slash',
      'backslash before quote \\"',
      'trailing backslash \\',
      'grant" OR free = true OR categoryCodes = "x',
      'grant"] OR free = true AND categoryCodes IN ["x',
      'Côte d’Ivoire — 🌍',
    ])('%j stays one value, equal to itself after Meilisearch unescapes it', (value) => {
      const expression = inList('categoryCodes', [value]);
      const tree = parseFilter(expression);
      expect(conditionsOf(tree)).toEqual([
        { attribute: 'categoryCodes', operator: 'IN', values: [value] },
      ]);
      expect(matchesFilter(tree, { categoryCodes: [value] })).toBe(true);
      expect(matchesFilter(tree, { categoryCodes: ['x'], free: true })).toBe(false);
    });

    it('doubles backslashes before escaping quotes', () => {
      expect(quote('a"b')).toBe('"a\\"b"');
      expect(quote('a\\b')).toBe('"a\\\\b"');
      expect(quote('a\\"b')).toBe('"a\\\\\\"b"');
    });
  });

  it('refuses dates and amounts it cannot turn into numbers', () => {
    expect(() => filterOf({ deadlineBefore: '2025-02-30' })).toThrow(ValidationFailedError);
    expect(() => filterOf({ deadlineBefore: '30/06/2025' })).toThrow(ValidationFailedError);
    expect(() => filterClauses({ openNow: true }, 'today')).toThrow(ValidationFailedError);
    expect(() => filterOf({ minAmountEur: Number.NaN })).toThrow(ValidationFailedError);
    expect(() => filterOf({ minAmountEur: -1 })).toThrow(ValidationFailedError);
    expect(() => filterOf({ publishedAfterTs: Number.NaN })).toThrow(ValidationFailedError);
    expect(dayBoundTs('2024-02-29', 'start', 'x')).toBe(Date.UTC(2024, 1, 29) / 1000);
  });

  it('names the field and rule it refuses, and takes the bounds themselves', () => {
    const violations = (build: () => unknown) => {
      try {
        build();
      } catch (error) {
        return (error as ValidationFailedError).extra.violations;
      }
      throw new Error('accepted');
    };
    expect(violations(() => filterOf({ deadlineBefore: '2025-02-30' }))).toEqual([
      {
        field: 'filters.deadlineBefore',
        rule: 'isDate',
        message: 'Expected a calendar date (YYYY-MM-DD).',
      },
    ]);
    expect(violations(() => filterClauses({ openNow: true }, '2025-13-01'))).toEqual([
      { field: 'today', rule: 'isDate', message: 'Expected a calendar date (YYYY-MM-DD).' },
    ]);
    expect(violations(() => filterOf({ minAmountEur: -1 }))).toEqual([
      { field: 'filters.minAmountEur', rule: 'min', message: 'Expected a non-negative amount.' },
    ]);
    expect(violations(() => filterOf({ publishedAfterTs: Infinity }))).toEqual([
      {
        field: 'filters.publishedAfterTs',
        rule: 'min',
        message: 'Expected a non-negative amount.',
      },
    ]);
    expect(() => filterOf({ minAmountEur: Number.MAX_SAFE_INTEGER + 2 })).toThrow(
      ValidationFailedError,
    );
    expect(filterOf({ minAmountEur: 0 })).toBe('fundingMaxEur >= 0');
    expect(filterOf({ minAmountEur: Number.MAX_SAFE_INTEGER })).toBe(
      `fundingMaxEur >= ${Number.MAX_SAFE_INTEGER}`,
    );
  });

  it('profile fit: residence OR target countries OR sectors OR stage', () => {
    expect(
      profileExpression({
        residenceCountry: 'FR',
        targetCountries: ['SN', 'CI'],
        sectors: ['fintech'],
        stage: 'growth',
        languages: ['fr'],
      }),
    ).toBe(
      'residenceCountries IN ["FR"] OR targetCountries IN ["SN", "CI"] OR ' +
        'sectorCodes IN ["fintech"] OR stageCodes IN ["growth"]',
    );
    expect(profileExpression({ targetCountries: [], languages: ['fr'] })).toBeUndefined();
    expect(andAlso('free = true', 'a = 1 OR b = 2')).toBe('free = true AND (a = 1 OR b = 2)');
    expect(andAlso(undefined, 'a = 1 OR b = 2')).toBe('(a = 1 OR b = 2)');
  });
});
