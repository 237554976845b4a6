import {
  allCountryNames,
  COUNTRY_CODES,
  countryCodeFromName,
  countryList,
  countryName,
  countryNames,
  isCountryCode,
} from './countries';
import { LABEL_LANGUAGES } from './label-language';

describe('countries', () => {
  it('lists the ISO 3166-1 alpha-2 codes in upper case, without user-assigned ones', () => {
    expect(COUNTRY_CODES.length).toBe(249);
    expect(COUNTRY_CODES.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
    expect(COUNTRY_CODES).toEqual(expect.arrayContaining(['SN', 'CI', 'FR', 'MA', 'CD', 'CG']));
    expect(COUNTRY_CODES).not.toContain('XK');
    expect([...COUNTRY_CODES].sort()).toEqual(COUNTRY_CODES);
  });

  it.each([
    ['SN', true],
    ['CI', true],
    ['sn', false],
    ['SEN', false],
    ['XK', false],
    ['ZZ', false],
    ['', false],
    [undefined, false],
    [42, false],
  ])('isCountryCode(%p) is %p', (code, expected) => {
    expect(isCountryCode(code)).toBe(expected);
  });

  it('names every country in the four languages', () => {
    for (const code of COUNTRY_CODES) {
      for (const lang of LABEL_LANGUAGES) {
        expect({ code, lang, name: countryName(code, lang) }).toEqual({
          code,
          lang,
          name: expect.stringMatching(/\S/),
        });
      }
    }
  });

  it('gives display names per language', () => {
    expect(countryNames('SN')).toEqual({
      fr: 'Sénégal',
      en: 'Senegal',
      pt: 'Senegal',
      ar: 'السنغال',
    });
    expect(countryName('CI', 'fr')).toBe("Côte d'Ivoire");
    expect(countryName('CI', 'en')).toBe("Côte d'Ivoire");
    expect(countryName('CI', 'pt')).toBe('Costa do Marfim');
    expect(countryName('CI', 'ar')).toBe('ساحل العاج');
    expect(countryName('US', 'fr')).toBe('États-Unis');
    expect(countryName('ZZ', 'fr')).toBeUndefined();
    expect(countryNames('ZZ')).toBeUndefined();
  });

  it('corrects the Portuguese names of the two Congos, which the package swaps', () => {
    expect(countryName('CD', 'pt')).toBe('República Democrática do Congo');
    expect(countryName('CG', 'pt')).toBe('República do Congo');
    expect(allCountryNames('CG')).not.toContain('República Democrática do Congo');
    expect(allCountryNames('CD')).not.toContain('República Popular do Congo');
  });

  it('gives every name and alias for search, without duplicates', () => {
    expect(allCountryNames('SN')).toEqual(['Sénégal', 'Senegal', 'السنغال']);
    expect(allCountryNames('CI')).toEqual(
      expect.arrayContaining([
        "Côte d'Ivoire",
        'Ivory Coast',
        'Costa do Marfim',
        'ساحل العاج',
        "Côte-d'Ivoire",
      ]),
    );
    expect(allCountryNames('CD')).toEqual(
      expect.arrayContaining(['République démocratique du Congo', 'RDC', 'DR Congo', 'DRC']),
    );
    expect(allCountryNames('CG')).toEqual(
      expect.arrayContaining(['République du Congo', 'Republic of the Congo', 'Congo-Brazzaville']),
    );
    expect(allCountryNames('GB')).toEqual(
      expect.arrayContaining(['Royaume-Uni', 'United Kingdom', 'UK', 'Reino Unido']),
    );
    for (const code of COUNTRY_CODES) {
      const names = allCountryNames(code);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(allCountryNames('ZZ')).toEqual([]);
  });

  it.each([
    ['Sénégal', 'SN'],
    ['senegal', 'SN'],
    ['السنغال', 'SN'],
    ["cote d'ivoire", 'CI'],
    ['Côte-d’Ivoire', 'CI'],
    ['IVORY COAST', 'CI'],
    ['RDC', 'CD'],
    ['Congo-Brazzaville', 'CG'],
    ['Congo', undefined],
    ['Atlantis', undefined],
  ])('countryCodeFromName(%p) is %p', (name, code) => {
    expect(countryCodeFromName(name)).toBe(code);
  });

  it('lists countries sorted by their name in the language asked', () => {
    const fr = countryList('fr');
    expect(fr).toHaveLength(COUNTRY_CODES.length);
    expect(fr.find((c) => c.code === 'SN')).toEqual({ code: 'SN', name: 'Sénégal' });
    // French collation puts "Égypte" among the E, not after Z.
    const names = fr.map((c) => c.name);
    expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Espagne'));
    expect(countryList('ar').find((c) => c.code === 'MA')).toEqual({ code: 'MA', name: 'المغرب' });
  });
});
