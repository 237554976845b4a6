import { LABEL_LANGUAGES } from './label-language';
import {
  isLanguageCode,
  LANGUAGE_CODES,
  languageList,
  languageName,
  languageNames,
} from './languages';

describe('languages', () => {
  it('lists ISO 639-1 codes for the delivery languages', () => {
    expect(LANGUAGE_CODES).toEqual(
      expect.arrayContaining([
        'fr',
        'en',
        'pt',
        'ar',
        'es',
        'de',
        'it',
        'nl',
        'wo',
        'ff',
        'bm',
        'sw',
        'ha',
        'yo',
        'ig',
        'am',
        'ln',
      ]),
    );
    expect(LANGUAGE_CODES.every((c) => /^[a-z]{2}$/.test(c))).toBe(true);
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
  });

  it.each([
    ['wo', true],
    ['fr', true],
    ['FR', false],
    ['ber', false],
    ['zgh', false],
    ['toString', false],
    ['', false],
    [null, false],
  ])('isLanguageCode(%p) is %p', (code, expected) => {
    expect(isLanguageCode(code)).toBe(expected);
  });

  it('names every language in the four label languages', () => {
    for (const code of LANGUAGE_CODES) {
      for (const lang of LABEL_LANGUAGES) {
        expect(languageName(code, lang)).toMatch(/\S/);
      }
    }
    expect(languageNames('wo')).toEqual({ fr: 'wolof', en: 'Wolof', pt: 'uolofe', ar: 'الولوفية' });
    expect(languageName('ff', 'fr')).toBe('peul');
    expect(languageName('ar', 'ar')).toBe('العربية');
    expect(languageName('xx', 'fr')).toBeUndefined();
    expect(languageNames('xx')).toBeUndefined();
  });

  it('lists languages sorted by name', () => {
    const fr = languageList('fr');
    expect(fr).toHaveLength(LANGUAGE_CODES.length);
    expect(fr[0]).toEqual({ code: 'ak', name: 'akan' });
    expect(fr.map((l) => l.name)).toEqual(
      [...fr.map((l) => l.name)].sort(new Intl.Collator('fr').compare),
    );
  });
});
