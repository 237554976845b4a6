/**
 * The platform's vocabulary as Meilisearch `synonyms`: every name of a category, sector, stage
 * or country (all four languages, aliases) stands for the others, so `تمويل` finds what
 * `financement` finds. Meilisearch applies a synonym at query time only, and only to the words
 * typed: a document keeps the rank of the words it really contains.
 *
 * Normalisation: Meilisearch tokenises each synonym with its default tokenizer (lower case,
 * accents and other marks folded) when it stores the setting, and answers GET settings with the
 * text as sent. Words are therefore only lower-cased (and Unicode-composed) here, accents kept
 * as typed: folding twice would change nothing, and the setting stays readable.
 */

export interface SynonymEntry {
  /** The concept (`category:financing`, `country:SN`…); names of one entry are synonyms. */
  readonly code: string;
  readonly names: readonly string[];
  /** Main cities, for countries: the country's names find them, they find its names. */
  readonly cities?: readonly string[];
}

/**
 * Bounds on the setting. Every synonym of a typed word becomes one more alternative of that word
 * in Meilisearch's query graph, so the lists stay short; the whole setting is sent at every
 * drift repair. The platform's vocabulary (~250 countries, a few dozen terms) fits well within.
 */
export const MAX_NAMES_PER_ENTRY = 24;
export const MAX_CITIES_PER_ENTRY = 10;
export const MAX_SYNONYMS_PER_WORD = 32;
export const MAX_SYNONYM_WORDS = 20_000;
/** Longer "names" are sentences, not names. */
export const MAX_SYNONYM_LENGTH = 80;

const clean = (names: readonly string[] | undefined): string[] => [
  ...new Set(
    (names ?? [])
      .map((name) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase())
      .filter((name) => name.length > 0 && name.length <= MAX_SYNONYM_LENGTH),
  ),
];

/** `التمويل` → `تمويل`: the article is written onto the word, and readers type either form. */
const ARABIC_ARTICLE = /^ال(?=\p{Script=Arabic}{2})/u;
const withoutArabicArticle = (names: readonly string[]): string[] => [
  ...new Set([
    ...names,
    ...names.filter((n) => ARABIC_ARTICLE.test(n)).map((n) => n.replace(ARABIC_ARTICLE, '')),
  ]),
];

/**
 * Names of one entry are mutually synonymous (an Arabic name also without its article); each name also maps one way to the entry's
 * cities ("senegal" finds "dakar") and each city one way to the names ("dakar" finds
 * "sénégal"), cities never to each other. A name shared by two entries ("congo") maps to the
 * names of both. Lists are capped (names first, so the cap drops cities before names); words
 * beyond MAX_SYNONYM_WORDS are left out, in entry order. Keys come out sorted.
 */
export function buildSynonyms(entries: ReadonlyArray<SynonymEntry>): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  const add = (word: string, values: readonly string[]) => {
    let set = synonyms.get(word);
    if (!set) {
      if (synonyms.size >= MAX_SYNONYM_WORDS) return;
      set = new Set();
      synonyms.set(word, set);
    }
    for (const value of values) {
      if (set.size >= MAX_SYNONYMS_PER_WORD) break;
      if (value !== word) set.add(value);
    }
  };

  for (const entry of entries) {
    const names = withoutArabicArticle(clean(entry.names)).slice(0, MAX_NAMES_PER_ENTRY);
    if (names.length === 0) continue;
    const cities = clean(entry.cities)
      .filter((city) => !names.includes(city))
      .slice(0, MAX_CITIES_PER_ENTRY);
    for (const name of names) add(name, [...names, ...cities]);
    for (const city of cities) add(city, names);
  }

  return Object.fromEntries(
    [...synonyms.entries()]
      .filter(([, values]) => values.size > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([word, values]) => [word, [...values]]),
  );
}
