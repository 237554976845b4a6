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
/**
 * Version of what `add()` makes of a document (text.ts's folding, words and stems, the
 * vocabulary's concepts and places, the terms and positions posted here). Snapshots made
 * under another version are rebuilt: bump it with any change to that analysis.
 */
export const ANALYSIS_VERSION = 1;
const NON_LANGUAGE = 1 << SEARCH_LANGUAGES.length;
const FIELD_COUNT = MATCH_FIELDS.length;
/** Slug then the title in each language: the texts kept per document, off the JS heap. */
const TEXTS_PER_DOC = 1 + SEARCH_LANGUAGES.length;
/** Per analysis context: beyond this many distinct chunks the cache starts over. */
const CHUNK_CACHE_LIMIT = 32_768;
const INITIAL_DOCS = 1024;
/** Postings queued before a flush of their own (8 MB of log, a few thousand documents). */
const LOG_FLUSH_AT = 1 << 21;
/** Entries per block of the position pool (4 MB). */
export const POSITION_BLOCK = 1 << 20;
const NO_POSITIONS = new Uint32Array(0);

export interface Term {
  readonly id: number;
  readonly text: string;
  /** Documents containing the term, per field (index = FIELD). */
  readonly fields: Array<RoaringBitmap32 | undefined>;
  /** Bit per SEARCH_LANGUAGES index whose text has the word; NON_LANGUAGE for labels and names. */
  langs: number;
}

/** Read-only access by document number to a column stored outside the JS heap. */
export interface Column<T> {
  readonly [n: number]: T;
}

export interface OrganisationEntry {
  name: string;
  folded: string;
  offers: number;
}

/** Per-document numbers, one slot per internal document number (dead ones included). */
export interface DocumentColumns {
  readonly quality: Uint8Array;
  readonly freshness: Uint32Array;
  readonly published: Uint32Array;
  readonly deadline: Uint32Array;
  readonly opens: Uint32Array;
  readonly fundingMaxEur: Float64Array;
  /** Number of the document's organisation in `organisationIds`. */
  readonly organisation: Uint32Array;
  /** The document's words for proximity: `positions[positionStart[n] … positionEnd[n])`. */
  readonly positionStart: Uint32Array;
  readonly positionEnd: Uint32Array;
  /** TEXTS_PER_DOC + 1 byte offsets into `texts` per document: slug, titles fr/en/pt/ar, end. */
  readonly textBounds: Uint32Array;
}

/** Everything an index is made of, for `index-snapshot.ts` (which writes and reads it). */
export interface IndexState {
  readonly terms: ReadonlyArray<Pick<Term, 'text' | 'langs' | 'fields'>>;
  readonly stemWords: ReadonlyMap<number, readonly number[]>;
  readonly alive: RoaringBitmap32;
  readonly facets: Record<FacetName, ReadonlyMap<string, RoaringBitmap32>>;
  readonly flags: InvertedIndex['flags'];
  readonly uuid: readonly string[];
  readonly organisationIds: readonly string[];
  readonly organisations: ReadonlyArray<readonly [string, OrganisationEntry]>;
  readonly columns: DocumentColumns;
  /** Blocks of POSITION_BLOCK entries (the last one shorter): offsets are global. */
  readonly positions: readonly Uint32Array[];
  readonly texts: Uint8Array;
  readonly dead: number;
}

const isWord = (text: string) => !text.startsWith('#') && !text.startsWith('~');
export const stemToken = (lang: SearchLanguage, s: string) => `~${lang}:${s}`;
export const languageBit = (lang: SearchLanguage) => 1 << SEARCH_LANGUAGES.indexOf(lang);

/**
 * A copy that does not share memory with a larger string: V8 cuts substrings (`split`,
 * `match`) as views of their parent, and a cached word would keep a whole document alive.
 */
const detached = (s: string) => (s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le'));

/**
 * The in-memory index: per term and field a compressed bitmap of internal document numbers,
 * per document its sort keys and the word sequence of its texts (for proximity), and a
 * bitmap per facet value. A replaced or deleted document keeps its number in the postings
 * but leaves `alive`; the owner rebuilds the index when too many numbers are dead.
 *
 * Memory: per-document data lives in typed arrays and two pools (positions; slug and
 * titles as UTF-8), not in JS objects, so 100k documents add few objects for the garbage
 * collector to trace and leave the heap small; postings wait in a flat log until `flush()`.
 */
export class InvertedIndex {
  readonly terms = new Map<string, Term>();
  readonly termById: Term[] = [];
  /** Words whose stem is this stem term, so a stem match has positions. */
  readonly stemWords = new Map<number, number[]>();
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
  readonly slug: Column<string> = column(
    (n) => this.text(n, 0),
    () => this.capacity,
  );
  readonly titles: Column<Partial<Record<SearchLanguage, string>>> = column(
    (n) => {
      const out: Partial<Record<SearchLanguage, string>> = {};
      SEARCH_LANGUAGES.forEach((lang, i) => {
        const title = this.text(n, 1 + i);
        if (title) out[lang] = title;
      });
      return out;
    },
    () => this.capacity,
  );
  quality: Uint8Array = new Uint8Array(INITIAL_DOCS);
  freshness: Uint32Array = new Uint32Array(INITIAL_DOCS);
  published: Uint32Array = new Uint32Array(INITIAL_DOCS);
  deadline: Uint32Array = new Uint32Array(INITIAL_DOCS);
  opens: Uint32Array = new Uint32Array(INITIAL_DOCS);
  fundingMaxEur: Float64Array = new Float64Array(INITIAL_DOCS);

  readonly byUuid = new Map<string, number>();
  /** Organisations with at least one live offer, for suggestions. */
  readonly organisations = new Map<string, OrganisationEntry>();
  /** Bumped by every change: caches (sorted vocabulary, static order) compare it. */
  version = 0;
  vocabularyVersion = 0;
  dead = 0;

  private organisationOf: Uint32Array = new Uint32Array(INITIAL_DOCS);
  private readonly organisationIds: string[] = [];
  private readonly organisationNumbers = new Map<string, number>();
  private positionStart: Uint32Array = new Uint32Array(INITIAL_DOCS);
  private positionEnd: Uint32Array = new Uint32Array(INITIAL_DOCS);
  /**
   * Positions in fixed blocks (a document's never straddle two), addressed by a global
   * offset: growing never copies the pool or leaves a doubled buffer behind.
   */
  private positionBlocks: Uint32Array[] = [];
  private positionCount = 0;
  /** The document being added's positions, copied to a block at its end. */
  private docPositions = new Uint32Array(256);
  private docPositionCount = 0;
  private textBounds: Uint32Array = new Uint32Array(INITIAL_DOCS * (TEXTS_PER_DOC + 1));
  private textPool: Buffer = Buffer.alloc(1 << 16);
  private textBytes = 0;

  /**
   * Postings since the last flush (term id × FIELD_COUNT + field), in document order: the
   * postings of `logDocs[i]` end at `logEnds[i]`.
   */
  private logKeys = new Uint32Array(1 << 16);
  private logLength = 0;
  private logDocs: number[] = [];
  private logEnds: number[] = [];
  private logSorted = new Uint32Array(0);
  /** Scratch of `flushLog`, per term × field slot (zero between flushes). */
  private slotEnds = new Uint32Array(0);
  private pending = new Map<RoaringBitmap32, number[]>();
  /** Per analysis context (a language, or none), what each space-separated chunk of text yields. */
  private chunkCaches: ChunkCache[] = [];
  /** Term texts by id (a flat array: the hot loop does not touch Term objects). */
  private readonly termTexts: string[] = [];
  /** Last field instance that posted each term: a word posts once per instance. */
  private seen = new Int32Array(1024);
  private instance = 0;

  constructor(private readonly vocabulary: PlatformVocabulary) {}

  /** An index made of a snapshot's state (the arrays are used as they are, not copied). */
  static fromState(vocabulary: PlatformVocabulary, state: IndexState): InvertedIndex {
    checkState(state);
    const index = new InvertedIndex(vocabulary);
    for (const t of state.terms) {
      const term = index.termOf(t.text);
      term.langs = t.langs;
      t.fields.forEach((bm, f) => (term.fields[f] = bm));
    }
    for (const [stemId, wordIds] of state.stemWords) index.stemWords.set(stemId, [...wordIds]);
    index.alive.orInPlace(state.alive);
    for (const facet of FACETS)
      for (const [value, bm] of state.facets[facet]) index.facets[facet].set(value, bm);
    for (const flag of Object.keys(index.flags) as Array<keyof InvertedIndex['flags']>)
      index.flags[flag].orInPlace(state.flags[flag]);
    for (const id of state.uuid) index.uuid.push(id);
    for (const n of state.alive) index.byUuid.set(state.uuid[n], n);
    state.organisationIds.forEach((id, i) => {
      index.organisationIds.push(id);
      index.organisationNumbers.set(id, i);
    });
    for (const [id, entry] of state.organisations) index.organisations.set(id, { ...entry });
    const c = state.columns;
    index.quality = c.quality;
    index.freshness = c.freshness;
    index.published = c.published;
    index.deadline = c.deadline;
    index.opens = c.opens;
    index.fundingMaxEur = c.fundingMaxEur;
    index.organisationOf = c.organisation;
    index.positionStart = c.positionStart;
    index.positionEnd = c.positionEnd;
    index.textBounds = c.textBounds;
    state.positions.forEach((block, b) => {
      index.positionBlocks.push(block);
      index.positionCount = b * POSITION_BLOCK + block.length;
    });
    index.textPool = Buffer.from(state.texts.buffer, state.texts.byteOffset, state.texts.length);
    index.textBytes = state.texts.length;
    index.dead = state.dead;
    return index;
  }

  /**
   * The index's state for a snapshot: per-document columns are copied, pools are views of
   * data that is only ever appended to, bitmaps are the live ones (serialise them before
   * the next change).
   */
  exportState(): IndexState {
    this.flush();
    const n = this.capacity;
    return {
      terms: this.termById,
      stemWords: this.stemWords,
      alive: this.alive,
      facets: this.facets,
      flags: this.flags,
      uuid: [...this.uuid],
      organisationIds: [...this.organisationIds],
      organisations: [...this.organisations].map(([id, e]) => [id, { ...e }] as const),
      columns: {
        quality: this.quality.slice(0, n),
        freshness: this.freshness.slice(0, n),
        published: this.published.slice(0, n),
        deadline: this.deadline.slice(0, n),
        opens: this.opens.slice(0, n),
        fundingMaxEur: this.fundingMaxEur.slice(0, n),
        organisation: this.organisationOf.slice(0, n),
        positionStart: this.positionStart.slice(0, n),
        positionEnd: this.positionEnd.slice(0, n),
        textBounds: this.textBounds.slice(0, n * (TEXTS_PER_DOC + 1)),
      },
      positions: this.positionBlocks.map((block, b) =>
        block.subarray(0, Math.min(block.length, this.positionCount - b * POSITION_BLOCK)),
      ),
      texts: this.textPool.subarray(0, this.textBytes),
      dead: this.dead,
    };
  }

  get size(): number {
    return this.alive.size;
  }

  /** Number of internal slots ever used (dead ones included): typed arrays are this long. */
  get capacity(): number {
    return this.uuid.length;
  }

  term(text: string): Term | undefined {
    return this.terms.get(text);
  }

  /** Word term ids of document `n`'s texts in order, SEPARATOR between field instances (a view). */
  positionsOf(n: number): Uint32Array {
    const start = this.positionStart[n];
    const length = this.positionEnd[n] - start;
    if (length === 0) return NO_POSITIONS;
    const local = start % POSITION_BLOCK;
    return this.positionBlocks[Math.floor(start / POSITION_BLOCK)].subarray(local, local + length);
  }

  /** Adds or replaces a document. Call `flush()` before searching. */
  add(doc: SearchDocument): void {
    this.remove(doc.id);
    const n = this.uuid.length;
    this.grow(n + 1);
    this.uuid.push(doc.id);
    this.byUuid.set(doc.id, n);
    this.organisationOf[n] = this.organisationNumber(doc.organisationId);
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
    this.storeTexts(n, [doc.slug, ...SEARCH_LANGUAGES.map((l) => doc[`title_${l}`])]);

    this.docPositionCount = 0;
    for (const lang of SEARCH_LANGUAGES) {
      this.indexText('title', doc[`title_${lang}`], lang);
      this.indexText('summary', doc[`summary_${lang}`], lang);
      this.indexText('description', doc[`description_${lang}`], lang);
    }
    this.indexText('organisation', doc.organisationName);
    this.indexLabels('category', doc.categoryCodes, doc.categoryLabels);
    this.indexLabels('sector', doc.sectorCodes, doc.sectorLabels);
    this.indexLabels('stage', doc.stageCodes, doc.stageLabels);
    this.indexLabels(
      'country',
      [...new Set([...doc.residenceCountries, ...doc.targetCountries])],
      doc.countryNames,
    );
    for (const tag of doc.tags) this.indexText('tags', tag);
    this.storePositions(n);
    this.logDocs.push(n);
    this.logEnds.push(this.logLength);
    // Bulk loads add thousands of documents between flushes: bound the log, and let each
    // bitmap take many documents per call (fewer, larger additions are faster).
    if (this.logLength >= LOG_FLUSH_AT) this.flushLog();

    this.queueFacet(n, 'category', doc.categoryCodes);
    this.queueFacet(n, 'sector', doc.sectorCodes);
    this.queueFacet(n, 'stage', doc.stageCodes);
    this.queueFacet(n, 'targetCountry', doc.targetCountries);
    this.queueFacet(n, 'residenceCountry', doc.residenceCountries);
    this.queueFacet(n, 'deliveryLanguage', doc.deliveryLanguages);
    this.queueFacet(n, 'format', [doc.format]);
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
    // `alive` must hold n before it loses it; postings may wait (a dead number matches nothing).
    this.flushQueued();
    this.byUuid.delete(uuid);
    this.alive.remove(n);
    const organisationId = this.organisationIds[this.organisationOf[n]];
    const organisation = this.organisations.get(organisationId);
    if (organisation && --organisation.offers <= 0) this.organisations.delete(organisationId);
    this.positionEnd[n] = this.positionStart[n];
    // The slug stays (a dead number may still be looked up); titles go.
    const bounds = n * (TEXTS_PER_DOC + 1);
    this.textBounds.fill(this.textBounds[bounds + 1], bounds + 2, bounds + TEXTS_PER_DOC + 1);
    this.dead++;
    this.version++;
    return true;
  }

  /** Moves the queued postings into their bitmaps: one bulk, ordered addition per bitmap. */
  flush(): void {
    if (this.logDocs.length > 0) this.flushLog();
    this.flushQueued();
  }

  /** After a bulk load: bitmaps in their smallest form, pools and columns trimmed, caches dropped. */
  compactMemory(): void {
    this.flush();
    const bitmaps = [
      ...this.termById.flatMap((t) => t.fields),
      ...FACETS.flatMap((f) => [...this.facets[f].values()]),
      ...Object.values(this.flags),
      this.alive,
    ];
    for (const bm of bitmaps) {
      if (!bm) continue;
      bm.runOptimize();
      bm.shrinkToFit();
    }
    const last = this.positionBlocks.length - 1;
    if (last >= 0) {
      const used = this.positionCount - last * POSITION_BLOCK;
      this.positionBlocks[last] = this.positionBlocks[last].slice(0, used);
    }
    this.textPool = Buffer.from(this.textPool.subarray(0, this.textBytes));
    this.resizeColumns(this.capacity);
    this.logKeys = new Uint32Array(1 << 16);
    this.slotEnds = new Uint32Array(0);
    this.logSorted = new Uint32Array(0);
    this.chunkCaches = [];
  }

  /** Text `k` (0 slug, 1 + language index for titles) of document `n`. */
  private text(n: number, k: number): string {
    if (!Number.isInteger(n) || n < 0 || n >= this.capacity) return '';
    const at = n * (TEXTS_PER_DOC + 1) + k;
    return this.textPool.toString('utf8', this.textBounds[at], this.textBounds[at + 1]);
  }

  private storeTexts(n: number, texts: ReadonlyArray<string | null>): void {
    let room = 0;
    for (const t of texts) room += t ? t.length * 3 : 0;
    if (this.textBytes + room > this.textPool.length) {
      const pool = Buffer.alloc(Math.max(this.textBytes + room, this.textPool.length * 2));
      this.textPool.copy(pool, 0, 0, this.textBytes);
      this.textPool = pool;
    }
    const bounds = n * (TEXTS_PER_DOC + 1);
    texts.forEach((t, k) => {
      this.textBounds[bounds + k] = this.textBytes;
      if (t) this.textBytes += this.textPool.write(t, this.textBytes, 'utf8');
    });
    this.textBounds[bounds + TEXTS_PER_DOC] = this.textBytes;
  }

  /** Posts the words of one field instance (their stems, and the places they name). */
  private indexText(field: MatchField, value: string | null, lang?: SearchLanguage): void {
    if (!value) return;
    const f = FIELD[field];
    if (this.instance === 0x7fffffff) {
      // `seen` holds 32-bit stamps: start over rather than let an old stamp match again.
      this.seen.fill(0);
      this.instance = 0;
    }
    const instance = ++this.instance;
    const withPositions = field !== 'tags' && FIELD_LEVEL[f] !== 1;
    const cache = this.chunkCache(lang);
    let seen = this.seen;
    const ws: string[] = [];
    // Chunks between spaces: no fold or word-boundary rule acts across a space, so a chunk's
    // words are what `words(value)` finds there, and a catalogue repeats its chunks.
    const length = value.length;
    let start = 0;
    let hash = FNV_OFFSET;
    for (let i = 0; i <= length; i++) {
      const c = i < length ? value.charCodeAt(i) : SPACE;
      if (c !== SPACE) {
        hash = imul(hash ^ c, FNV_PRIME);
        continue;
      }
      if (i > start) {
        let entry = cache.find(value, start, i, hash);
        if (entry < 0) {
          const chunk = value.slice(start, i);
          entry = cache.add(chunk, hash, this.analyse(chunk, lang));
          seen = this.seen; // new terms may have grown it
        }
        const pairs = cache.pairs;
        for (let k = cache.starts[entry], end = cache.starts[entry + 1]; k < end; k += 2) {
          const word = pairs[k];
          if (withPositions && ws.length < MAX_POSITIONS) this.addPosition(word);
          ws.push(this.termTexts[word]);
          if (seen[word] === instance) continue;
          seen[word] = instance;
          this.post(word, f);
          const stemId = pairs[k + 1];
          if (stemId >= 0 && seen[stemId] !== instance) {
            seen[stemId] = instance;
            this.post(stemId, f);
          }
        }
      }
      start = i + 1;
      hash = FNV_OFFSET;
    }
    for (const place of this.vocabulary.places(ws))
      this.post(this.termOf(conceptToken('country', place.country)).id, f);
    if (withPositions) this.addPosition(SEPARATOR);
  }

  private indexLabels(field: MatchField, codes: readonly string[], names: readonly string[]): void {
    for (const code of codes) this.post(this.termOf(conceptToken(field, code)).id, FIELD[field]);
    for (const name of names) this.indexText(field, name);
  }

  private chunkCache(lang: SearchLanguage | undefined): ChunkCache {
    const i = lang ? SEARCH_LANGUAGES.indexOf(lang) : SEARCH_LANGUAGES.length;
    return (this.chunkCaches[i] ??= new ChunkCache());
  }

  /**
   * A chunk's words as [word term id, stem term id or -1] pairs. The chunk appears in a text
   * of this context, so its words are marked as of its language here, once; stems are linked
   * to their words so a stem match has positions.
   */
  private analyse(chunk: string, lang: SearchLanguage | undefined): number[] {
    const out: number[] = [];
    const bit = lang ? languageBit(lang) : NON_LANGUAGE;
    for (const w of words(chunk)) {
      const term = this.termOf(w);
      term.langs |= bit;
      const stemTerm = lang ? this.termOf(stemToken(lang, stem(w, lang))) : undefined;
      if (stemTerm) {
        const linked = this.stemWords.get(stemTerm.id);
        if (!linked) this.stemWords.set(stemTerm.id, [term.id]);
        else if (!linked.includes(term.id)) linked.push(term.id);
      }
      out.push(term.id, stemTerm ? stemTerm.id : -1);
    }
    return out;
  }

  private termOf(text: string): Term {
    let term = this.terms.get(text);
    if (!term) {
      const own = detached(text);
      term = { id: this.termById.length, text: own, fields: new Array(FIELD_COUNT), langs: 0 };
      this.terms.set(own, term);
      this.termById.push(term);
      this.termTexts.push(own);
      if (isWord(own)) {
        const shape = shapeKey(own[0], [...own].length);
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

  /** Queues a posting of the document being added (`add` records which one it is). */
  private post(termId: number, field: number): void {
    if (this.logLength === this.logKeys.length) {
      const keys = new Uint32Array(this.logKeys.length * 2);
      keys.set(this.logKeys);
      this.logKeys = keys;
    }
    this.logKeys[this.logLength++] = termId * FIELD_COUNT + field;
  }

  /** Groups the log by bitmap (a counting sort, stable so documents stay ascending) and adds each group. */
  private flushLog(): void {
    const count = this.logLength;
    const keys = this.logKeys;
    const slots = this.termById.length * FIELD_COUNT;
    if (this.slotEnds.length < slots)
      this.slotEnds = new Uint32Array(Math.max(slots, this.slotEnds.length * 2));
    const ends = this.slotEnds;
    const touched: number[] = [];
    for (let i = 0; i < count; i++) if (ends[keys[i]]++ === 0) touched.push(keys[i]);
    let at = 0;
    for (const key of touched) {
      const c = ends[key];
      ends[key] = at;
      at += c;
    }
    if (this.logSorted.length < count) this.logSorted = new Uint32Array(this.logKeys.length);
    const docs = this.logSorted;
    for (let d = 0, i = 0; d < this.logDocs.length; d++) {
      const doc = this.logDocs[d];
      for (const end = this.logEnds[d]; i < end; i++) docs[ends[keys[i]]++] = doc;
    }
    let start = 0;
    for (const key of touched) {
      const term = this.termById[Math.floor(key / FIELD_COUNT)];
      const f = key % FIELD_COUNT;
      let bm = term.fields[f];
      if (!bm) term.fields[f] = bm = new RoaringBitmap32();
      bm.addMany(docs.subarray(start, ends[key]));
      start = ends[key];
      ends[key] = 0;
    }
    this.logLength = 0;
    this.logDocs = [];
    this.logEnds = [];
  }

  private flushQueued(): void {
    if (this.pending.size === 0) return;
    for (const [bm, list] of this.pending) bm.addMany(Uint32Array.from(list));
    this.pending = new Map();
  }

  private addPosition(id: number): void {
    if (this.docPositionCount === this.docPositions.length) {
      const grown = new Uint32Array(this.docPositions.length * 2);
      grown.set(this.docPositions);
      this.docPositions = grown;
    }
    this.docPositions[this.docPositionCount++] = id;
  }

  private storePositions(n: number): void {
    const count = this.docPositionCount;
    let b = Math.floor(this.positionCount / POSITION_BLOCK);
    let local = this.positionCount - b * POSITION_BLOCK;
    if (local + count > POSITION_BLOCK && local > 0) {
      b++;
      local = 0;
    }
    let block = this.positionBlocks[b];
    if (!block || block.length < local + count) {
      // A new block, or the trimmed last one (after compactMemory or a snapshot) grown back.
      const full = new Uint32Array(POSITION_BLOCK);
      if (block) full.set(block.subarray(0, local));
      this.positionBlocks[b] = block = full;
    }
    block.set(this.docPositions.subarray(0, count), local);
    this.positionStart[n] = b * POSITION_BLOCK + local;
    this.positionEnd[n] = this.positionStart[n] + count;
    this.positionCount = this.positionEnd[n];
  }

  private organisationNumber(id: string): number {
    let number = this.organisationNumbers.get(id);
    if (number === undefined) {
      number = this.organisationIds.length;
      this.organisationIds.push(id);
      this.organisationNumbers.set(id, number);
    }
    return number;
  }

  private queueFacet(n: number, name: FacetName, values: readonly string[]): void {
    for (const v of values) {
      let bm = this.facets[name].get(v);
      if (!bm) this.facets[name].set(v, (bm = new RoaringBitmap32()));
      this.queue(bm, n);
    }
  }

  private queue(bm: RoaringBitmap32, doc: number): void {
    const list = this.pending.get(bm);
    if (list) {
      if (list[list.length - 1] !== doc) list.push(doc);
    } else this.pending.set(bm, [doc]);
  }

  private grow(needed: number): void {
    if (needed <= this.quality.length) return;
    this.resizeColumns(Math.max(needed, this.quality.length * 2));
  }

  private resizeColumns(size: number): void {
    const resize = <T extends Uint8Array | Uint32Array | Float64Array>(a: T, length = size): T => {
      const b = new (a.constructor as new (n: number) => T)(length);
      b.set(a.subarray(0, Math.min(a.length, length)));
      return b;
    };
    this.quality = resize(this.quality);
    this.freshness = resize(this.freshness);
    this.published = resize(this.published);
    this.deadline = resize(this.deadline);
    this.opens = resize(this.opens);
    this.fundingMaxEur = resize(this.fundingMaxEur);
    this.organisationOf = resize(this.organisationOf);
    this.positionStart = resize(this.positionStart);
    this.positionEnd = resize(this.positionEnd);
    this.textBounds = resize(this.textBounds, size * (TEXTS_PER_DOC + 1));
  }
}

const SPACE = 0x20;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/** Bound once: a global looked up per character is slow where globals are intercepted (Jest's vm). */
const imul = Math.imul;
const CHUNK_SLOTS = 1 << 17;

/**
 * Open addressing over chunks of text, found by their hash and characters where they stand
 * (cutting each chunk out of its text to look it up in a Map costs more than analysing it).
 * Starts over when full: a catalogue's frequent chunks come back at once.
 */
class ChunkCache {
  readonly starts = new Int32Array(CHUNK_CACHE_LIMIT + 1);
  pairs = new Int32Array(1 << 14);
  private readonly slots = new Int32Array(CHUNK_SLOTS).fill(-1);
  private readonly keys: string[] = [];
  private readonly hashes = new Int32Array(CHUNK_CACHE_LIMIT);

  /** The entry of `text[start, end)` (whose hash is given), or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    for (let slot = hash & (CHUNK_SLOTS - 1); ; slot = (slot + 1) & (CHUNK_SLOTS - 1)) {
      const entry = this.slots[slot];
      if (entry < 0) return -1;
      const key = this.keys[entry];
      if (this.hashes[entry] === hash && key.length === length && text.startsWith(key, start))
        return entry;
    }
  }

  add(chunk: string, hash: number, pairs: readonly number[]): number {
    if (this.keys.length === CHUNK_CACHE_LIMIT) {
      this.slots.fill(-1);
      this.keys.length = 0;
    }
    const entry = this.keys.length;
    this.keys.push(detached(chunk));
    this.hashes[entry] = hash;
    let slot = hash & (CHUNK_SLOTS - 1);
    while (this.slots[slot] >= 0) slot = (slot + 1) & (CHUNK_SLOTS - 1);
    this.slots[slot] = entry;
    const at = entry === 0 ? 0 : this.starts[entry];
    if (at + pairs.length > this.pairs.length) {
      const grown = new Int32Array(Math.max(at + pairs.length, this.pairs.length * 2));
      grown.set(this.pairs.subarray(0, at));
      this.pairs = grown;
    }
    this.pairs.set(pairs, at);
    this.starts[entry] = at;
    this.starts[entry + 1] = at + pairs.length;
    return entry;
  }
}

/** Throws unless the state's arrays agree with each other (so no lookup can fall outside them). */
function checkState(state: IndexState): void {
  const docs = state.uuid.length;
  const c = state.columns;
  const positions = state.positions.reduce((sum, block) => sum + block.length, 0);
  const lengths: Array<[string, number, number]> = [
    ...(['quality', 'freshness', 'published', 'deadline', 'opens', 'fundingMaxEur'] as const).map(
      (name): [string, number, number] => [name, c[name].length, docs],
    ),
    ['organisation', c.organisation.length, docs],
    ['positionStart', c.positionStart.length, docs],
    ['positionEnd', c.positionEnd.length, docs],
    ['textBounds', c.textBounds.length, docs * (TEXTS_PER_DOC + 1)],
  ];
  for (const [name, length, expected] of lengths)
    if (length !== expected)
      throw new Error(`index state: ${name} has ${length} entries, not ${expected}`);
  const lastBlock = state.positions.length - 1;
  for (let n = 0; n < docs; n++) {
    const start = c.positionStart[n];
    const end = c.positionEnd[n];
    const block = Math.floor(start / POSITION_BLOCK);
    if (
      end < start ||
      (end > start &&
        (block > lastBlock ||
          end - block * POSITION_BLOCK > state.positions[block].length ||
          end > block * POSITION_BLOCK + POSITION_BLOCK)) ||
      c.organisation[n] >= state.organisationIds.length
    )
      throw new Error(`index state: document ${n} points outside its pools`);
  }
  if (positions > 0 && state.positions.slice(0, -1).some((b) => b.length !== POSITION_BLOCK))
    throw new Error('index state: position blocks must be full but the last');
  for (let i = 0; i < c.textBounds.length; i++)
    if (
      c.textBounds[i] > state.texts.length ||
      (i % (TEXTS_PER_DOC + 1) > 0 && c.textBounds[i] < c.textBounds[i - 1])
    )
      throw new Error('index state: text bounds outside the pool');
  for (const n of state.alive)
    if (n >= docs) throw new Error('index state: live number beyond the documents');
  for (const [stemId, wordIds] of state.stemWords)
    if (stemId >= state.terms.length || wordIds.some((w) => w >= state.terms.length))
      throw new Error('index state: stem link to an unknown term');
}

/**
 * An index-only view of a column (no iteration, no length): the engine reads a few entries
 * per request (`titles[n]`, `slug[n]`), decoded on demand from a pool.
 */
function column<T>(get: (n: number) => T, length: () => number): Column<T> {
  return new Proxy(Object.freeze({}) as Column<T>, {
    get: (_, key) => {
      if (typeof key !== 'string') return undefined;
      const n = Number(key);
      return Number.isInteger(n) && n >= 0 && n < length() ? get(n) : undefined;
    },
  });
}

export const shapeKey = (first: string, length: number) => `${length}:${first}`;
