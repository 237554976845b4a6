import { RoaringBitmap32 } from 'roaring';
import { FACETS, MATCH_FIELDS, type FacetName, type MatchField } from '../engine/search-engine';
import { SEARCH_LANGUAGES, type SearchDocument, type SearchLanguage } from '../search-document';
import { conceptToken, type PlatformVocabulary } from '../vocabulary/platform-vocabulary';
import { stem, words } from './text';

export const FIELD = Object.fromEntries(MATCH_FIELDS.map((f, i) => [f, i])) as Record<
  MatchField,
  number
>;
/** The attribute rule's levels: title; organisation and vocabulary labels; summary; description and tags. */
export const FIELD_LEVEL: readonly number[] = MATCH_FIELDS.map((f) =>
  f === 'title' ? 0 : f === 'summary' ? 2 : f === 'description' || f === 'tags' ? 3 : 1,
);
/** Words of a field instance that count for proximity (like a search engine's position cap). */
export const MAX_POSITIONS = 16;
/** Separates field instances in a document's position list: words across it are not close. */
export const SEPARATOR = 0xffffffff;
const NON_LANGUAGE = 1 << SEARCH_LANGUAGES.length;

export interface Term {
  readonly id: number;
  readonly text: string;
  /** Documents containing the term, per field (index = FIELD). */
  readonly fields: Array<RoaringBitmap32 | undefined>;
  /** Bit per SEARCH_LANGUAGES index whose text has the word; NON_LANGUAGE for labels and names. */
  langs: number;
  /** Document numbers added since the last flush, per field (bulk-added to the bitmaps). */
  pending?: Array<number[] | undefined>;
}

const isWord = (text: string) => !text.startsWith('#') && !text.startsWith('~');
export const stemToken = (lang: SearchLanguage, s: string) => `~${lang}:${s}`;
export const languageBit = (lang: SearchLanguage) => 1 << SEARCH_LANGUAGES.indexOf(lang);

/**
 * The in-memory index: per term and field a compressed bitmap of internal document numbers,
 * per document its sort keys and the word sequence of its texts (for proximity), and a
 * bitmap per facet value. A replaced or deleted document keeps its number in the postings
 * but leaves `alive`; the owner rebuilds the index when too many numbers are dead.
 */
export class InvertedIndex {
  readonly terms = new Map<string, Term>();
  readonly termById: Term[] = [];
  /** Words whose stem is this stem term, so a stem match has positions. */
  readonly stemWords = new Map<number, Set<number>>();
  /** Plain words by first letter and length, for typo look-ups. */
  readonly wordsByShape = new Map<string, number[]>();
  readonly alive = new RoaringBitmap32();
  readonly facets: Record<FacetName, Map<string, RoaringBitmap32>> = Object.fromEntries(
    FACETS.map((f) => [f, new Map()]),
  ) as Record<FacetName, Map<string, RoaringBitmap32>>;
  readonly flags = {
    free: new RoaringBitmap32(),
    verified: new RoaringBitmap32(),
    diasporaOnly: new RoaringBitmap32(),
    rolling: new RoaringBitmap32(),
  };

  /** Per internal number. */
  readonly uuid: string[] = [];
  readonly slug: string[] = [];
  readonly organisationId: string[] = [];
  readonly organisationName: string[] = [];
  readonly titles: Array<Partial<Record<SearchLanguage, string>>> = [];
  readonly positions: Array<Uint32Array | undefined> = [];
  quality = new Uint8Array(1024);
  freshness = new Uint32Array(1024);
  published = new Uint32Array(1024);
  deadline = new Uint32Array(1024);
  opens = new Uint32Array(1024);
  fundingMaxEur = new Float64Array(1024);

  readonly byUuid = new Map<string, number>();
  /** Organisations with at least one live offer, for suggestions. */
  readonly organisations = new Map<string, { name: string; folded: string; offers: number }>();
  /** Bumped by every change: caches (sorted vocabulary, static order) compare it. */
  version = 0;
  vocabularyVersion = 0;
  dead = 0;

  private pending = new Map<RoaringBitmap32, number[]>();
  private dirty: Term[] = [];
  /** Per language (and for texts without one), each word's term and stem term, found once. */
  private readonly wordCache = new Map<SearchLanguage | undefined, Map<string, WordTerms>>();
  /** Last field instance that posted each term: a word posts once per instance. */
  private seen = new Int32Array(1024);
  private instance = 0;

  constructor(private readonly vocabulary: PlatformVocabulary) {}

  get size(): number {
    return this.alive.size;
  }

  term(text: string): Term | undefined {
    return this.terms.get(text);
  }

  /** Adds or replaces a document. Call `flush()` before searching. */
  add(doc: SearchDocument): void {
    this.remove(doc.id);
    const n = this.uuid.length;
    this.grow(n + 1);
    this.uuid.push(doc.id);
    this.slug.push(doc.slug);
    this.organisationId.push(doc.organisationId);
    this.organisationName.push(doc.organisationName);
    this.byUuid.set(doc.id, n);
    const organisation = this.organisations.get(doc.organisationId);
    if (organisation && organisation.name === doc.organisationName) organisation.offers++;
    else
      this.organisations.set(doc.organisationId, {
        name: doc.organisationName,
        folded: words(doc.organisationName).join(' '),
        offers: (organisation?.offers ?? 0) + 1,
      });
    this.quality[n] = doc.qualityScore;
    this.freshness[n] = doc.lastVerifiedAt
      ? Math.floor(Date.parse(doc.lastVerifiedAt) / 1000)
      : doc.publishedTs;
    this.published[n] = doc.publishedTs;
    this.deadline[n] = doc.deadlineTs;
    this.opens[n] = doc.opensTs;
    this.fundingMaxEur[n] = doc.fundingMaxEur ?? Number.NaN;

    const positions: number[] = [];
    const titles: Partial<Record<SearchLanguage, string>> = {};
    const text = (field: MatchField, value: string | null, lang?: SearchLanguage) => {
      if (!value) return;
      const ws = words(value);
      const f = FIELD[field];
      const bit = lang ? languageBit(lang) : NON_LANGUAGE;
      const instance = ++this.instance;
      const withPositions = field !== 'tags' && FIELD_LEVEL[f] !== 1;
      for (let i = 0; i < ws.length; i++) {
        const t = this.wordTerms(ws[i], lang);
        if (withPositions && i < MAX_POSITIONS) positions.push(t.word.id);
        if (this.seen[t.word.id] === instance) continue;
        this.seen[t.word.id] = instance;
        this.postTerm(t.word, f, n, bit);
        if (t.stem && this.seen[t.stem.id] !== instance) {
          this.seen[t.stem.id] = instance;
          this.postTerm(t.stem, f, n, 0);
        }
      }
      for (const place of this.vocabulary.places(ws))
        this.post(conceptToken('country', place.country), f, n, 0);
      if (withPositions) positions.push(SEPARATOR);
    };
    for (const lang of SEARCH_LANGUAGES) {
      const title = doc[`title_${lang}`];
      if (title) titles[lang] = title;
      text('title', title, lang);
      text('summary', doc[`summary_${lang}`], lang);
      text('description', doc[`description_${lang}`], lang);
    }
    text('organisation', doc.organisationName);
    const labels = (
      field: MatchField,
      kind: string,
      codes: readonly string[],
      names: readonly string[],
    ) => {
      for (const code of codes) this.post(conceptToken(kind, code), FIELD[field], n, 0);
      for (const name of names) text(field, name);
    };
    labels('category', 'category', doc.categoryCodes, doc.categoryLabels);
    labels('sector', 'sector', doc.sectorCodes, doc.sectorLabels);
    labels('stage', 'stage', doc.stageCodes, doc.stageLabels);
    labels(
      'country',
      'country',
      [...new Set([...doc.residenceCountries, ...doc.targetCountries])],
      doc.countryNames,
    );
    for (const tag of doc.tags) text('tags', tag);
    this.titles.push(titles);
    this.positions.push(positions.length ? Uint32Array.from(positions) : undefined);

    const facet = (name: FacetName, values: readonly string[]) => {
      for (const v of values) {
        let bm = this.facets[name].get(v);
        if (!bm) this.facets[name].set(v, (bm = new RoaringBitmap32()));
        this.queue(bm, n);
      }
    };
    facet('category', doc.categoryCodes);
    facet('sector', doc.sectorCodes);
    facet('stage', doc.stageCodes);
    facet('targetCountry', doc.targetCountries);
    facet('residenceCountry', doc.residenceCountries);
    facet('deliveryLanguage', doc.deliveryLanguages);
    facet('format', [doc.format]);
    if (doc.free) this.queue(this.flags.free, n);
    if (doc.organisationVerified) this.queue(this.flags.verified, n);
    if (doc.diasporaOnly) this.queue(this.flags.diasporaOnly, n);
    if (doc.rolling) this.queue(this.flags.rolling, n);
    this.queue(this.alive, n);
    this.version++;
  }

  remove(uuid: string): boolean {
    const n = this.byUuid.get(uuid);
    if (n === undefined) return false;
    this.flush();
    this.byUuid.delete(uuid);
    this.alive.remove(n);
    const organisation = this.organisations.get(this.organisationId[n]);
    if (organisation && --organisation.offers <= 0)
      this.organisations.delete(this.organisationId[n]);
    this.positions[n] = undefined;
    this.titles[n] = {};
    this.dead++;
    this.version++;
    return true;
  }

  /** Moves the queued document numbers into their bitmaps (one bulk call per bitmap). */
  flush(): void {
    for (const term of this.dirty) {
      const pending = term.pending!;
      for (let f = 0; f < pending.length; f++) {
        const list = pending[f];
        if (!list) continue;
        let bm = term.fields[f];
        if (!bm) term.fields[f] = bm = new RoaringBitmap32();
        bm.addMany(Uint32Array.from(list));
      }
      term.pending = undefined;
    }
    this.dirty = [];
    if (this.pending.size === 0) return;
    for (const [bm, list] of this.pending) bm.addMany(Uint32Array.from(list));
    this.pending = new Map();
  }

  /** Frees the spare room of every bitmap (after a bulk load). */
  compactMemory(): void {
    this.flush();
    for (const term of this.termById) {
      for (const bm of term.fields) {
        if (bm) {
          bm.runOptimize();
          bm.shrinkToFit();
        }
      }
    }
  }

  /** Number of internal slots ever used (dead ones included): typed arrays are this long. */
  get capacity(): number {
    return this.uuid.length;
  }

  /** A word's term and, for a language, its stem's term (linked so a stem match has positions). */
  private wordTerms(word: string, lang: SearchLanguage | undefined): WordTerms {
    let cache = this.wordCache.get(lang);
    if (!cache) this.wordCache.set(lang, (cache = new Map()));
    let found = cache.get(word);
    if (!found) {
      const term = this.termOf(word);
      const stemTerm = lang ? this.termOf(stemToken(lang, stem(word, lang))) : undefined;
      if (stemTerm) {
        let linked = this.stemWords.get(stemTerm.id);
        if (!linked) this.stemWords.set(stemTerm.id, (linked = new Set()));
        linked.add(term.id);
      }
      found = { word: term, stem: stemTerm };
      cache.set(word, found);
    }
    return found;
  }

  private post(text: string, field: number, doc: number, langBit: number): number {
    const term = this.termOf(text);
    this.postTerm(term, field, doc, langBit);
    return term.id;
  }

  private termOf(text: string): Term {
    let term = this.terms.get(text);
    if (!term) {
      term = { id: this.termById.length, text, fields: new Array(MATCH_FIELDS.length), langs: 0 };
      this.terms.set(text, term);
      this.termById.push(term);
      if (isWord(text)) {
        const shape = shapeKey(text[0], [...text].length);
        const list = this.wordsByShape.get(shape);
        if (list) list.push(term.id);
        else this.wordsByShape.set(shape, [term.id]);
      }
      this.vocabularyVersion++;
      if (term.id >= this.seen.length) {
        const seen = new Int32Array(this.seen.length * 2);
        seen.set(this.seen);
        this.seen = seen;
      }
    }
    return term;
  }

  private postTerm(term: Term, field: number, doc: number, langBit: number): void {
    term.langs |= langBit;
    let pending = term.pending;
    if (!pending) {
      term.pending = pending = new Array(MATCH_FIELDS.length);
      this.dirty.push(term);
    }
    const list = pending[field];
    if (!list) pending[field] = [doc];
    else if (list[list.length - 1] !== doc) list.push(doc);
  }

  private queue(bm: RoaringBitmap32, doc: number): void {
    const list = this.pending.get(bm);
    if (list) {
      if (list[list.length - 1] !== doc) list.push(doc);
    } else this.pending.set(bm, [doc]);
  }

  private grow(needed: number): void {
    if (needed <= this.quality.length) return;
    const size = Math.max(needed, this.quality.length * 2);
    const resize = <T extends Uint8Array | Uint32Array | Float64Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.quality = resize(this.quality, (s) => new Uint8Array(s));
    this.freshness = resize(this.freshness, (s) => new Uint32Array(s));
    this.published = resize(this.published, (s) => new Uint32Array(s));
    this.deadline = resize(this.deadline, (s) => new Uint32Array(s));
    this.opens = resize(this.opens, (s) => new Uint32Array(s));
    this.fundingMaxEur = resize(this.fundingMaxEur, (s) => new Float64Array(s));
  }
}

interface WordTerms {
  readonly word: Term;
  readonly stem?: Term;
}

export const shapeKey = (first: string, length: number) => `${length}:${first}`;
