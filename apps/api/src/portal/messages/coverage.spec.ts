import type { Message, MessageCatalogue } from '../web/i18n';
import { accountMessages } from './account';
import { adminMessages } from './admin';
import { commonMessages } from './common';
import { entrepreneurMessages } from './entrepreneur';
import { organisationMessages } from './organisation';
import { openDataMessages } from './open-data';
import { publicMessages } from './public';

type Lang = keyof Message;

/** The pages entrepreneurs and visitors see: complete in all four languages. */
const everyLanguage: Record<string, MessageCatalogue> = {
  common: commonMessages,
  account: accountMessages,
  public: publicMessages,
  openData: openDataMessages,
  entrepreneur: entrepreneurMessages,
};
/** The organisation space and the back office stay in French and English. */
const frenchAndEnglish: Record<string, MessageCatalogue> = {
  organisation: organisationMessages,
  admin: adminMessages,
};
const allCatalogues = { ...everyLanguage, ...frenchAndEnglish };

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/**
 * A plural form for one exact number (`<base>.zero`, `.one`, `.two`, chosen by
 * Intl.PluralRules) may spell the number out instead of showing it, as Arabic does with
 * 'عرض واحد' for `count.offers.one`: there, and only there, `{count}` may be left out.
 */
const mayOmitCount = (key: string): boolean => /\.(zero|one|two)$/.test(key);

function missing(catalogue: MessageCatalogue, langs: readonly Lang[]): string[] {
  return Object.entries(catalogue).flatMap(([key, message]) =>
    langs
      .filter((lang) => typeof message[lang] !== 'string' || message[lang].trim() === '')
      .map((lang) => `${key} (${lang})`),
  );
}

function placeholderMismatches(catalogue: MessageCatalogue): string[] {
  return Object.entries(catalogue).flatMap(([key, message]) => {
    const expected = placeholders(message.fr);
    return (Object.keys(message) as Lang[]).flatMap((lang) => {
      const found = placeholders(message[lang] ?? '');
      const allowed =
        mayOmitCount(key) && !found.includes('count')
          ? expected.filter((name) => name !== 'count')
          : expected;
      return found.join(',') === allowed.join(',')
        ? []
        : [`${key} (${lang}): {${found.join('}, {')}} instead of {${expected.join('}, {')}}`];
    });
  });
}

describe('message catalogues', () => {
  it.each(Object.entries(everyLanguage))(
    '%s has a non-empty fr, en, pt and ar for every sentence',
    (_name, catalogue) => {
      expect(Object.keys(catalogue).length).toBeGreaterThan(0);
      expect(missing(catalogue, ['fr', 'en', 'pt', 'ar'])).toEqual([]);
    },
  );

  it.each(Object.entries(frenchAndEnglish))(
    '%s has a non-empty fr and en for every sentence',
    (_name, catalogue) => {
      expect(Object.keys(catalogue).length).toBeGreaterThan(0);
      expect(missing(catalogue, ['fr', 'en'])).toEqual([]);
    },
  );

  it.each(Object.entries(allCatalogues))(
    '%s uses the same {placeholders} in every language of a sentence',
    (_name, catalogue) => {
      expect(placeholderMismatches(catalogue)).toEqual([]);
    },
  );

  it('reports a missing translation and a changed, added or dropped placeholder', () => {
    const broken: MessageCatalogue = {
      a: { fr: 'Bonjour {name}', en: 'Hello {name}', pt: 'Olá {nome}', ar: ' ' },
      b: { fr: '{count} offres', en: '{count} offers', pt: 'ofertas', ar: '{count} {x} عروض' },
      'c.one': { fr: '{count} offre', en: '{count} offer', pt: '{count} oferta', ar: 'عرض واحد' },
    };
    expect(missing(broken, ['fr', 'en', 'pt', 'ar'])).toEqual(['a (ar)']);
    expect(placeholderMismatches(broken)).toEqual([
      'a (pt): {nome} instead of {name}',
      'a (ar): {} instead of {name}',
      'b (pt): {} instead of {count}',
      'b (ar): {count}, {x} instead of {count}',
    ]);
  });
});
