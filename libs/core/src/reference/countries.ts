import * as isoCountries from 'i18n-iso-countries/index';
import ar from 'i18n-iso-countries/langs/ar.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import { LABEL_LANGUAGES, type LabelLanguage, type LocalizedNames } from './label-language';

// The package's main entry registers ~80 locales through a dynamic require; its bare index
// with our four locales registered explicitly keeps memory small and works under Jest too.
for (const locale of [fr, en, pt, ar]) isoCountries.registerLocale(locale);

/**
 * User-assigned codes the package lists although ISO 3166-1 does not (Kosovo's `XK`):
 * left out so every stored code is a standard one.
 */
const NOT_ISO = new Set(['XK']);

/**
 * Where the package's names are wrong or not the usual form, these lists replace its own
 * for that language. The first name is the display name; the others stay searchable.
 */
const REPLACED: Readonly<Record<string, Partial<Record<LabelLanguage, readonly string[]>>>> = {
  // French and English write "Côte d'Ivoire" without a hyphen (the package has "Côte-d'Ivoire"
  // in French and an unaccented first name in English).
  CI: {
    fr: ["Côte d'Ivoire", "Côte-d'Ivoire"],
    en: ["Côte d'Ivoire", "Cote d'Ivoire", 'Ivory Coast'],
  },
  // The package swaps the two Congos in Portuguese (7.14.0).
  CD: { pt: ['República Democrática do Congo', 'RD Congo', 'Congo-Kinshasa'] },
  CG: { pt: ['República do Congo', 'Congo', 'Congo-Brazzaville'] },
  // Short everyday names first; the long official forms stay as aliases.
  US: { fr: ['États-Unis', "États-Unis d'Amérique"] },
  TZ: { en: ['Tanzania', 'United Republic of Tanzania'] },
  GM: { en: ['The Gambia', 'Gambia', 'Republic of The Gambia'] },
  SZ: {
    fr: ['Eswatini', "Royaume d'Eswatini", 'Swaziland'],
    ar: ['إسواتيني', 'سوازيلاند'],
  },
};

/** Names people commonly search with that the package does not give. */
const ALIASES: Readonly<Record<string, Partial<Record<LabelLanguage, readonly string[]>>>> = {
  CI: { fr: ["Cote d'Ivoire"] },
  CD: {
    fr: ['RDC', 'RD Congo', 'Congo-Kinshasa'],
    en: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
    ar: ['الكونغو الديمقراطية'],
  },
  CG: {
    fr: ['Congo', 'Congo-Brazzaville'],
    en: ['Congo-Brazzaville'],
    ar: ['الكونغو', 'الكونغو برازافيل'],
  },
  CV: { fr: ['Cabo Verde'], en: ['Cabo Verde'] },
  CF: { fr: ['Centrafrique'] },
  SZ: { en: ['Swaziland'] },
  TZ: { fr: ['Tanzanie'] },
  MU: { fr: ['Île Maurice'], pt: ['Maurício'] },
  ST: { en: ['São Tomé and Príncipe'] },
  GB: { fr: ['Grande-Bretagne'], ar: ['بريطانيا'] },
  NL: { fr: ['Hollande'], en: ['Holland'] },
  CZ: { fr: ['Tchéquie'] },
};

function packageNames(code: string, lang: LabelLanguage): string[] {
  const names = isoCountries.getName(code, lang, { select: 'all' });
  return names ? [...names] : [];
}

function unique(names: Iterable<string>): string[] {
  return [...new Set([...names].map((n) => n.trim()).filter(Boolean))];
}

/** Every code's names per language, display name first; built once at load. */
const NAMES: ReadonlyMap<string, Readonly<Record<LabelLanguage, readonly string[]>>> = new Map(
  Object.keys(isoCountries.getAlpha2Codes())
    .filter((code) => /^[A-Z]{2}$/.test(code) && !NOT_ISO.has(code))
    .sort()
    .map((code) => {
      const perLanguage = {} as Record<LabelLanguage, readonly string[]>;
      for (const lang of LABEL_LANGUAGES) {
        const names = unique([
          ...(REPLACED[code]?.[lang] ?? packageNames(code, lang)),
          ...(ALIASES[code]?.[lang] ?? []),
        ]);
        // Every supported code has a name in all four locales (checked by the unit tests);
        // English stands in should a future package version miss one.
        perLanguage[lang] = names.length ? names : packageNames(code, 'en');
      }
      return [code, Object.freeze(perLanguage)] as const;
    }),
);

/** ISO 3166-1 alpha-2 codes, upper case, sorted. */
export const COUNTRY_CODES: readonly string[] = Object.freeze([...NAMES.keys()]);

/** True for an ISO 3166-1 alpha-2 code written in upper case (`SN`, not `sn` or `SEN`). */
export function isCountryCode(code: unknown): code is string {
  return typeof code === 'string' && NAMES.has(code);
}

/** The display name of a country in one language, or undefined for an unknown code. */
export function countryName(code: string, lang: LabelLanguage): string | undefined {
  return NAMES.get(code)?.[lang][0];
}

/** The display names in the four languages, or undefined for an unknown code. */
export function countryNames(code: string): LocalizedNames | undefined {
  const names = NAMES.get(code);
  if (!names) return undefined;
  return { fr: names.fr[0], en: names.en[0], pt: names.pt[0], ar: names.ar[0] };
}

/**
 * Every name and alias in the four languages, without duplicates (for search indexing:
 * SN → Sénégal, Senegal, السنغال). Empty for an unknown code.
 */
export function allCountryNames(code: string): readonly string[] {
  const names = NAMES.get(code);
  if (!names) return [];
  return unique(LABEL_LANGUAGES.flatMap((lang) => names[lang]));
}

/** Case, accent and punctuation blind form of a name (`Côte-d'Ivoire` → `cote d ivoire`). */
function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const BY_NAME: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [code, perLanguage] of NAMES) {
    for (const name of LABEL_LANGUAGES.flatMap((lang) => perLanguage[lang])) {
      const key = fold(name);
      const known = map.get(key);
      if (known && known !== code) ambiguous.add(key);
      else map.set(key, code);
    }
  }
  // "Congo" names two countries: it finds neither rather than a wrong one.
  for (const key of ambiguous) map.delete(key);
  return map;
})();

/**
 * The code of a country named in any of the four languages, ignoring case, accents and
 * punctuation (`senegal`, `السنغال`, `cote d'ivoire`); undefined when unknown or ambiguous.
 */
export function countryCodeFromName(name: string): string | undefined {
  return BY_NAME.get(fold(name));
}

/** Every country with its display name in one language, sorted by that name. */
export function countryList(lang: LabelLanguage): Array<{ code: string; name: string }> {
  const collator = new Intl.Collator(lang);
  return COUNTRY_CODES.map((code) => ({ code, name: countryName(code, lang)! })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}
