import type { SearchFilters } from '../engine/search-engine';
import {
  loggedFilters,
  looksPersonal,
  MAX_LOGGED_QUERY_LENGTH,
  normaliseSearchQuery,
} from './query-normaliser';

describe('normaliseSearchQuery', () => {
  it.each([
    ['  Financement   Sénégal ', 'financement sénégal'],
    ['SUBVENTION\tagriculture\n\nCasamance', 'subvention agriculture casamance'],
    ['Prêt à taux zéro', 'prêt à taux zéro'],
    ['"micro crédit" -usure', '"micro crédit" -usure'],
    ['تمويل  المشاريع', 'تمويل المشاريع'],
    ['subvention 2026', 'subvention 2026'],
    ['prêt de 500000 XOF', 'prêt de 500000 xof'],
  ])('%j → %j', (q, expected) => {
    expect(normaliseSearchQuery(q)).toEqual({ text: expected, redacted: false });
  });

  it('folds composed and decomposed accents to the same text', () => {
    const composed = normaliseSearchQuery('Sénégal');
    const decomposed = normaliseSearchQuery('Se\u0301ne\u0301gal');
    expect(decomposed).toEqual(composed);
  });

  it('drops what PostgreSQL refuses in text: NUL and other control characters, lone surrogates', () => {
    expect(normaliseSearchQuery('prêt\u0000 honneur\u0007')).toEqual({
      text: 'prêt honneur',
      redacted: false,
    });
    expect(normaliseSearchQuery('x\ud800 y \udc00z')).toEqual({ text: 'x y z', redacted: false });
    // A well-formed pair stays.
    expect(normaliseSearchQuery('aide 🚀')).toEqual({ text: 'aide 🚀', redacted: false });
  });

  it('keeps a lone @ between spaces (not an address)', () => {
    expect(normaliseSearchQuery('formation @ dakar')).toEqual({
      text: 'formation @ dakar',
      redacted: false,
    });
  });

  it.each([undefined, null, '', '   ', '\n\t'])('%j is no text, not redacted', (q) => {
    expect(normaliseSearchQuery(q)).toEqual({ text: null, redacted: false });
  });

  it('cuts the text to 100 characters, never half a character', () => {
    const long = `${'a'.repeat(99)}😀😀😀`;
    const { text } = normaliseSearchQuery(long);
    expect(Array.from(text!)).toHaveLength(MAX_LOGGED_QUERY_LENGTH);
    expect(text).toBe(`${'a'.repeat(99)}😀`);
    // No trailing space left by the cut.
    expect(normaliseSearchQuery(`${'b'.repeat(99)} tail`).text).toBe('b'.repeat(99));
  });

  it.each([
    'awa.diop@example.org',
    'contact awa.diop@gmail.com pour financement',
    'Awa.Diop@Example.ORG',
    'moussa@orange',
    'awa @gmail.com',
    'awa.diop@',
  ])('redacts e-mail-like text: %j', (q) => {
    expect(normaliseSearchQuery(q)).toEqual({ text: null, redacted: true });
  });

  it.each([
    '+221 77 123 45 67',
    'appeler 06 12 34 56 78',
    '0612345678',
    '(221) 33-821-00-00',
    '+33.6.12.34.56.78',
    'numéro 221771234567 dakar',
    'compte 1234567',
  ])('redacts phone numbers and long digit runs: %j', (q) => {
    expect(normaliseSearchQuery(q)).toEqual({ text: null, redacted: true });
  });

  it('checks the whole text before cutting it: an address past 100 characters still redacts', () => {
    const q = `${'financement '.repeat(9)}awa.diop@example.org`;
    expect(q.length).toBeGreaterThan(MAX_LOGGED_QUERY_LENGTH);
    expect(normaliseSearchQuery(q)).toEqual({ text: null, redacted: true });
  });

  it('keeps short numbers (years, amounts, ages)', () => {
    expect(looksPersonal('bourse 2026 moins de 35 ans')).toBe(false);
    expect(looksPersonal('prêt 50 000 euros')).toBe(false);
    expect(looksPersonal('123456')).toBe(false);
    expect(looksPersonal('1234567')).toBe(true);
  });
});

describe('loggedFilters', () => {
  it('keeps only allow-listed public filters, sorted and without empty ones', () => {
    const filters = {
      categories: ['loan', 'grant', 'grant'],
      sectors: [],
      targetCountries: ['SN'],
      residenceCountries: undefined,
      freeOnly: true,
      openNow: false,
      minAmountEur: 5000,
      deadlineBefore: '2026-12-31',
      verifiedOnly: true,
      // Internal filter (alerts): never logged.
      publishedAfterTs: 1_700_000_000,
    } satisfies SearchFilters;
    expect(loggedFilters(filters)).toEqual({
      categories: ['grant', 'loan'],
      targetCountries: ['SN'],
      freeOnly: true,
      minAmountEur: 5000,
      deadlineBefore: '2026-12-31',
      verifiedOnly: true,
    });
  });

  it('ignores keys it does not know (profile fields, user ids…)', () => {
    const sneaky = {
      categories: ['grant'],
      userId: '6f1c0c1e-0000-4000-8000-000000000000',
      residenceCountry: 'FR',
      ip: '203.0.113.7',
    } as unknown as SearchFilters;
    expect(loggedFilters(sneaky)).toEqual({ categories: ['grant'] });
  });

  it('an empty filter set logs as an empty object', () => {
    expect(loggedFilters({})).toEqual({});
  });
});
