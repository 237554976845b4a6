import { allCountryNames, COUNTRY_CODES } from '@app/core';
import { isArabicScript, stem, words } from '../embedded/text';
import { SEARCH_LANGUAGES, type SearchLanguage } from '../search-document';
import { mainCities } from './cities';

/** A category, sector or stage of the taxonomy, with its labels. */
export interface VocabularyTerm {
  readonly vocabulary: 'category' | 'sector' | 'stage';
  readonly code: string;
  readonly labels: Readonly<Partial<Record<SearchLanguage, string>>>;
}

/** One concept of the platform's vocabulary and every name it goes by (for Meilisearch synonyms). */
export interface VocabularyEntry {
  /** `category:financing`, `country:SN`… */
  readonly key: string;
  readonly names: readonly string[];
  /** Main cities, for countries. */
  readonly cities: readonly string[];
}

/** A run of query words that names a concept. */
export interface Span {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** Index tokens of the concepts (`#category:financing`, `#country:CI`). */
  readonly tokens: readonly string[];
}

/** A place named in a text: words `index … index + length - 1` name `country`. */
export interface PlaceMention {
  readonly index: number;
  readonly length: number;
  readonly country: string;
}

const MAX_SPAN = 5;
/** Shorter words of a label (et, de, and, e, و…) never stand for it alone. */
const MIN_LABEL_WORD = 4;
const VOCABULARY_PREFIX: Record<VocabularyTerm['vocabulary'], string> = {
  category: 'category',
  sector: 'sector',
  stage: 'stage',
};

/** The index token of a concept: no text word starts with `#`. */
export const conceptToken = (kind: string, code: string) => `#${kind}:${code}`;

/**
 * The platform's own vocabulary, the only way a word of one language finds content in
 * another: every label of a category, sector or stage in fr/en/pt/ar and every country name,
 * alias and main city stands for its code. Query side, `spans` finds the runs of words that
 * name a concept (longest first, also through each language's stemmer, so `financements` and
 * `التمويل` are recognised); index side, `places` finds the countries and cities a text names,
 * so "Dakar" in a title is a mention of Senegal in that title.
 */
export class PlatformVocabulary {
  private readonly byPhrase = new Map<string, Set<string>>();
  private readonly placeByFirstWord = new Map<
    string,
    Array<{ words: readonly string[]; country: string }>
  >();
  private readonly entryList: VocabularyEntry[] = [];

  constructor(terms: readonly VocabularyTerm[], cities = mainCities()) {
    // A word of a longer label ("coaching" in "Mentorat et coaching", "إرشاد" in "الإرشاد والتوجيه")
    // names the concept too, when no other concept's labels use it.
    const wordOwners = new Map<string, Set<string>>();
    for (const term of terms) {
      const token = conceptToken(VOCABULARY_PREFIX[term.vocabulary], term.code);
      const names = SEARCH_LANGUAGES.map((l) => term.labels[l]).filter((x): x is string => !!x);
      for (const lang of SEARCH_LANGUAGES) {
        const label = term.labels[lang];
        if (!label) continue;
        const w = words(label);
        this.addPhrase(w, token, lang);
        if (w.length > 1) {
          for (const word of w.filter((x) => [...x].length >= MIN_LABEL_WORD)) {
            const key = `${lang}|${stem(word, lang)}`;
            wordOwners.set(key, (wordOwners.get(key) ?? new Set()).add(token));
          }
        }
      }
      this.entryList.push({ key: `${term.vocabulary}:${term.code}`, names, cities: [] });
    }
    for (const [key, owners] of wordOwners) {
      if (owners.size !== 1 || this.byPhrase.has(key)) continue;
      this.byPhrase.set(key, owners);
    }
    const citiesOf = new Map<string, string[]>();
    for (const city of cities)
      citiesOf.set(city.country, [...(citiesOf.get(city.country) ?? []), city.name]);
    for (const code of COUNTRY_CODES) {
      const token = conceptToken('country', code);
      const names = allCountryNames(code);
      for (const name of names) {
        const w = words(name);
        this.addPhrase(w, token);
        this.addPlace(w, code);
      }
      for (const city of citiesOf.get(code) ?? []) {
        const w = words(city);
        this.addPhrase(w, token);
        this.addPlace(w, code);
      }
      this.entryList.push({
        key: `country:${code}`,
        names: [...names],
        cities: citiesOf.get(code) ?? [],
      });
    }
    for (const list of this.placeByFirstWord.values())
      list.sort((a, b) => b.words.length - a.words.length);
  }

  entries(): readonly VocabularyEntry[] {
    return this.entryList;
  }

  /** Non-overlapping runs of `queryWords` that name concepts, found left to right, longest first. */
  spans(queryWords: readonly string[]): Span[] {
    const out: Span[] = [];
    let i = 0;
    while (i < queryWords.length) {
      let found: Span | undefined;
      for (let n = Math.min(MAX_SPAN, queryWords.length - i); n >= 1 && !found; n--) {
        const tokens = this.lookup(queryWords.slice(i, i + n));
        if (tokens.size) found = { start: i, end: i + n, tokens: [...tokens] };
      }
      if (found) {
        out.push(found);
        i = found.end;
      } else i++;
    }
    return out;
  }

  /** Countries and cities named in a text's folded words. */
  places(textWords: readonly string[]): PlaceMention[] {
    const out: PlaceMention[] = [];
    for (let i = 0; i < textWords.length; i++) {
      const candidates =
        this.placeByFirstWord.get(textWords[i]) ??
        (isArabicScript(textWords[i])
          ? this.placeByFirstWord.get(stem(textWords[i], 'ar'))
          : undefined);
      if (!candidates) continue;
      for (const place of candidates) {
        if (place.words.every((w, k) => k === 0 || textWords[i + k] === w)) {
          out.push({ index: i, length: place.words.length, country: place.country });
          i += place.words.length - 1;
          break;
        }
      }
    }
    return out;
  }

  private lookup(phrase: readonly string[]): Set<string> {
    const found = new Set(this.byPhrase.get(phrase.join(' ')) ?? []);
    for (const lang of SEARCH_LANGUAGES) {
      for (const token of this.byPhrase.get(stemKey(phrase, lang)) ?? []) found.add(token);
    }
    return found;
  }

  private addPhrase(phrase: readonly string[], token: string, lang?: SearchLanguage): void {
    if (phrase.length === 0 || phrase.length > MAX_SPAN) return;
    const keys = [phrase.join(' ')];
    // Labels are recognised through their language's stemmer. Place names are proper nouns:
    // only the Arabic one, for the article and prepositions written onto them (stemming
    // Latin names would make "Nigeria" and "Niger" one).
    if (lang) keys.push(stemKey(phrase, lang));
    else if (phrase.some(isArabicScript)) keys.push(stemKey(phrase, 'ar'));
    for (const key of keys) {
      let set = this.byPhrase.get(key);
      if (!set) this.byPhrase.set(key, (set = new Set()));
      set.add(token);
    }
  }

  private addPlace(phrase: readonly string[], country: string): void {
    if (phrase.length === 0 || (phrase.length === 1 && phrase[0].length < 4)) return;
    const variants: Array<readonly string[]> = [phrase];
    // Arabic writes prepositions and the article onto the word (بالمغرب): match the stem too.
    if (phrase.length === 1 && isArabicScript(phrase[0])) variants.push([stem(phrase[0], 'ar')]);
    for (const v of variants) {
      const list = this.placeByFirstWord.get(v[0]) ?? [];
      if (!list.some((p) => p.words.join(' ') === v.join(' ') && p.country === country))
        list.push({ words: v, country });
      this.placeByFirstWord.set(v[0], list);
    }
  }
}

function stemKey(phrase: readonly string[], lang: SearchLanguage): string {
  return `${lang}|${phrase.map((w) => stem(w, lang)).join(' ')}`;
}
