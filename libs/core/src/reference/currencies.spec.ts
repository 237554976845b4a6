import { CURRENCY_CODES, currencyName, isCurrencyCode, minorUnits } from './currencies';

describe('currencies', () => {
  it('lists the ISO 4217 codes used in the catalogue', () => {
    expect(CURRENCY_CODES).toEqual(
      expect.arrayContaining([
        'EUR',
        'XOF',
        'XAF',
        'MAD',
        'TND',
        'USD',
        'GBP',
        'CHF',
        'NGN',
        'GHS',
        'KES',
        'ZAR',
        'EGP',
        'DZD',
        'CDF',
        'GNF',
        'MGA',
        'MUR',
        'RWF',
        'ETB',
        'CVE',
      ]),
    );
    expect(CURRENCY_CODES.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
  });

  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['XOF', 0],
    ['XAF', 0],
    ['GNF', 0],
    ['RWF', 0],
    ['UGX', 0],
    ['TND', 3],
    ['LYD', 3],
    ['MGA', 2],
    ['CVE', 2],
  ])('%s has %i minor-unit digits', (code, digits) => {
    expect(minorUnits(code)).toBe(digits);
  });

  it('refuses unknown or lower-case codes', () => {
    expect(isCurrencyCode('XOF')).toBe(true);
    expect(isCurrencyCode('xof')).toBe(false);
    expect(isCurrencyCode('ABC')).toBe(false);
    expect(isCurrencyCode('constructor')).toBe(false);
    expect(isCurrencyCode(undefined)).toBe(false);
    expect(() => minorUnits('ABC')).toThrow(RangeError);
  });

  it('names currencies in the label languages', () => {
    expect(currencyName('EUR', 'en')).toBe('Euro');
    expect(currencyName('XOF', 'fr')).toMatch(/franc CFA/i);
    expect(currencyName('MAD', 'ar')).toMatch(/درهم/);
    for (const code of CURRENCY_CODES) expect(currencyName(code, 'pt')).toMatch(/\S/);
  });
});
