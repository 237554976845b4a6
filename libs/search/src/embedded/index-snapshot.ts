import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { RoaringBitmap32 } from 'roaring';
import { FACETS, MATCH_FIELDS } from '../engine/search-engine';
import { SEARCH_LANGUAGES, type SearchDocument } from '../search-document';
import type { PlatformVocabulary } from '../vocabulary/platform-vocabulary';
import {
  ANALYSIS_VERSION,
  InvertedIndex,
  MAX_POSITIONS,
  POSITION_BLOCK,
  type DocumentColumns,
  type IndexState,
  type OrganisationEntry,
} from './inverted-index';

/** Layout of the file; part of the staleness key too. */
export const SNAPSHOT_FORMAT_VERSION = 1;
const MAGIC = Buffer.from('PSRCHIDX', 'latin1');
/** Typed arrays are written as the machine holds them: another byte order reads as corrupt. */
const BYTE_ORDER_MARK = 0x01020304;
const PREFIX_BYTES = MAGIC.length + 12;
/** Catches a torn or damaged file (not an attacker: the folder is the application's own). */
const HASH = 'sha1';
const HASH_BYTES = 20;
const ALIGN = 8;
/** Written and hashed this much at a time, so a large snapshot never holds the event loop long. */
const WRITE_PIECE = 8 << 20;
const FLAGS = ['free', 'verified', 'diasporaOnly', 'rolling'] as const;
const COLUMNS = {
  quality: Uint8Array,
  freshness: Uint32Array,
  published: Uint32Array,
  deadline: Uint32Array,
  opens: Uint32Array,
  fundingMaxEur: Float64Array,
  organisation: Uint32Array,
  positionStart: Uint32Array,
  positionEnd: Uint32Array,
  textBounds: Uint32Array,
} as const satisfies Record<keyof DocumentColumns, unknown>;

/** What the engine keeps beside its index, and what it needs back to follow on from it. */
export interface SnapshotContent {
  readonly index: InvertedIndex;
  readonly vocabulary: PlatformVocabulary;
  readonly fingerprints: ReadonlyMap<string, string>;
  /** Changes of transactions from this id on are not known to be in the index yet. */
  readonly cursor: string;
  /** When that cursor was read (epoch ms): the tombstones after it must still exist to follow it. */
  readonly cursorAt: number;
}

export interface RestoredIndex {
  readonly index: InvertedIndex;
  readonly fingerprints: Map<string, string>;
  readonly cursor: string;
  readonly cursorAt: number;
  readonly bytes: number;
}

/** The database a snapshot belongs to (its repository answers both). */
export interface SnapshotDatabase {
  /** Names this database: a snapshot of another one (or of a copy) is not used. */
  identity(): Promise<string>;
  /** Transactions below this id are over (a snapshot's cursor cannot be past it). */
  horizon(): Promise<string>;
}

export interface SnapshotLogger {
  log(message: unknown, context?: string): void;
  warn(message: unknown, context?: string): void;
}

interface Header {
  readonly key: string;
  readonly database: string;
  readonly cursor: string;
  readonly cursorAt: number;
  readonly writtenAt: number;
  readonly documents: number;
  readonly positionBlock: number;
  readonly facetValues: Record<string, string[]>;
  /** Name → [offset from the file's start, byte length]; sections follow the header in this order. */
  readonly sections: Record<string, [number, number]>;
}

/**
 * What makes a snapshot stale besides its data: the file layout, the analysis code (its
 * version constant, and what it makes of a sample document, so a change nobody versioned is
 * caught too), and the vocabulary (taxonomy labels, country names, cities).
 */
export function snapshotKey(vocabulary: PlatformVocabulary): string {
  const hash = createHash(HASH);
  hash.update(
    JSON.stringify({
      format: SNAPSHOT_FORMAT_VERSION,
      analysis: ANALYSIS_VERSION,
      maxPositions: MAX_POSITIONS,
      positionBlock: POSITION_BLOCK,
      fields: MATCH_FIELDS,
      facets: FACETS,
      languages: SEARCH_LANGUAGES,
    }),
  );
  hash.update(JSON.stringify(vocabulary.entries()));
  const sample = new InvertedIndex(vocabulary);
  sample.add(SAMPLE_DOCUMENT);
  sample.flush();
  for (const term of sample.termById) {
    hash.update(`${term.text}|${term.langs}|`);
    term.fields.forEach((bm, f) => bm && hash.update(`${f}:${bm.size},`));
  }
  hash.update(bytesOf(sample.positionsOf(0)));
  return hash.digest('base64url');
}

/**
 * Writes the index with what the engine needs to follow on from it (fingerprints, cursor)
 * to `file`, atomically: a temporary file in the same folder, renamed over the old one.
 * Everything is taken from the index before the first await, so the file is one state
 * whatever changes meanwhile; with `streamBitmaps`, bitmaps are serialised as the file is
 * written instead (no copy of them all in memory), and the write throws IndexChangedError,
 * leaving the old file, if the index changed meanwhile.
 */
export async function writeSnapshot(
  file: string,
  content: SnapshotContent & { readonly key: string; readonly database: string },
  options: { readonly streamBitmaps?: boolean } = {},
): Promise<{ bytes: number }> {
  const { sections, header, unchanged } = capture(content, options.streamBitmaps ?? false);
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix);
  new Uint32Array(prefix.buffer, prefix.byteOffset + MAGIC.length, 1)[0] = BYTE_ORDER_MARK;
  prefix.writeUInt32LE(SNAPSHOT_FORMAT_VERSION, MAGIC.length + 4);
  prefix.writeUInt32LE(headerBytes.length, MAGIC.length + 8);

  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temporary, 'w');
  const hash = createHash(HASH);
  let written = 0;
  const put = async (bytes: Uint8Array) => {
    for (let at = 0; at < bytes.length; at += WRITE_PIECE) {
      const piece = bytes.subarray(at, Math.min(bytes.length, at + WRITE_PIECE));
      hash.update(piece);
      await handle.write(piece);
      written += piece.length;
    }
  };
  try {
    await put(prefix);
    await put(headerBytes);
    // Sections start 8-aligned, so each reads back as its typed array.
    for (const section of sections) {
      await put(Buffer.alloc(padding(written)));
      // Each piece is written before the next is made (streamed bitmaps reuse one buffer).
      for (const piece of section.pieces()) await put(piece);
    }
    if (!unchanged()) throw new IndexChangedError();
    await handle.write(hash.digest());
    written += HASH_BYTES;
    // No fsync: a snapshot cut short by a crash fails its hash and the index loads from the database.
    await handle.close();
    await rename(temporary, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  return { bytes: written };
}

/** The index changed while its bitmaps were streamed to the file: that file is not one state. */
export class IndexChangedError extends Error {
  constructor() {
    super('the index changed while its snapshot was written');
  }
}

/**
 * The snapshot in `file` if it is whole (hash), of this format, analysis and vocabulary
 * (`key`), of this database, and young enough to follow on from; otherwise why not.
 */
export async function readSnapshot(
  file: string,
  vocabulary: PlatformVocabulary,
  expected: { key: string; database: string; horizon: string; maxAgeMs: number; now?: number },
): Promise<RestoredIndex | { rejected: string }> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    return { rejected: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'none' : 'unreadable' };
  }
  try {
    const size = (await handle.stat()).size;
    const hash = createHash(HASH);
    let position = 0;
    // Each piece in a buffer of its own (offset 0, so typed arrays view it without a copy).
    const read = async (length: number, hashed = true, into?: Buffer): Promise<Buffer> => {
      if (length < 0 || position + length > size) throw new Error('snapshot cut short');
      const buffer = into && into.length >= length ? into : Buffer.allocUnsafeSlow(length);
      for (let done = 0; done < length;) {
        const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
        if (bytesRead === 0) throw new Error('snapshot cut short');
        done += bytesRead;
      }
      position += length;
      const bytes = buffer.subarray(0, length);
      if (hashed) hash.update(bytes);
      return bytes;
    };
    if (size < PREFIX_BYTES + HASH_BYTES) return { rejected: 'another format' };
    const prefix = await read(PREFIX_BYTES);
    if (
      !prefix.subarray(0, MAGIC.length).equals(MAGIC) ||
      prefix.readUInt32LE(MAGIC.length + 4) !== SNAPSHOT_FORMAT_VERSION
    )
      return { rejected: 'another format' };
    if (new Uint32Array(prefix.buffer, prefix.byteOffset + MAGIC.length, 1)[0] !== BYTE_ORDER_MARK)
      return { rejected: 'another byte order' };
    // The header decides whether the rest is worth reading; the hash over everything is checked after.
    const header = JSON.parse(
      (await read(prefix.readUInt32LE(MAGIC.length + 8))).toString('utf8'),
    ) as Header;
    const age = (expected.now ?? Date.now()) - header.cursorAt;
    if (header.key !== expected.key) return { rejected: 'stale (analysis or vocabulary changed)' };
    if (header.database !== expected.database) return { rejected: 'of another database' };
    if (!(age >= 0 && age < expected.maxAgeMs)) return { rejected: 'too old to follow on from' };
    if (BigInt(header.cursor) > BigInt(expected.horizon))
      return { rejected: 'ahead of the database (restored from a backup?)' };
    if (header.positionBlock !== POSITION_BLOCK) return { rejected: 'another layout' };
    const sections = new Map<string, Buffer>();
    const bitmaps: RoaringBitmap32[] = [];
    const order = Object.entries(header.sections).sort((a, b) => a[1][0] - b[1][0]);
    for (const [name, [offset, length]] of order) {
      await read(offset - position); // alignment padding
      if (name !== 'bitmaps') {
        sections.set(name, await read(length));
        continue;
      }
      // Through one reusable buffer: the bitmaps' bytes never sit in memory all at once.
      const sizes = sections.get('bitmaps.sizes');
      if (!sizes) throw new Error('snapshot bitmap sizes missing');
      const sizeList = new Uint32Array(sizes.buffer, sizes.byteOffset, sizes.length / 4);
      if (sizeList.reduce((a, b) => a + b, 0) !== length)
        throw new Error('snapshot bitmaps do not add up');
      const scratch = Buffer.allocUnsafeSlow(WRITE_PIECE);
      for (const group of groups(sizeList, scratch.length)) {
        const bytes = await read(group.bytes, true, scratch);
        for (let i = group.from, at = 0; i < group.to; at += sizeList[i++])
          bitmaps.push(
            RoaringBitmap32.deserialize(bytes.subarray(at, at + sizeList[i]), 'portable'),
          );
      }
    }
    const trailer = await read(HASH_BYTES, false);
    if (position !== size || !hash.digest().equals(trailer)) return { rejected: 'corrupt (hash)' };
    return { ...restore(sections, bitmaps, header, vocabulary), bytes: size };
  } catch (error) {
    return { rejected: `corrupt (${(error as Error).message})` };
  } finally {
    await handle.close();
  }
}

/**
 * Keeps a snapshot of the engine's index under its data folder: reads it at start, writes it
 * after a load from the database, every `intervalMs` when the index changed, and on close.
 * One write at a time; a failed write is logged, never thrown.
 */
export class IndexSnapshots {
  private timer?: NodeJS.Timeout;
  private writing?: Promise<void>;
  private again = false;
  private database?: string;
  private lastSaved?: { index: InvertedIndex; version: number };
  private readonly keys = new WeakMap<PlatformVocabulary, string>();

  constructor(
    private readonly options: {
      readonly file: string;
      readonly database: SnapshotDatabase;
      readonly logger: SnapshotLogger;
      readonly maxAgeMs: number;
      readonly intervalMs: number;
      /** The engine's current state; undefined before its first load. */
      readonly current: () => SnapshotContent | undefined;
    },
  ) {}

  /** The index of the snapshot, if one can be used; why not is logged. Never throws. */
  async read(vocabulary: PlatformVocabulary): Promise<RestoredIndex | undefined> {
    const started = Date.now();
    try {
      const [database, horizon] = await Promise.all([
        this.identity(),
        this.options.database.horizon(),
      ]);
      const found = await readSnapshot(this.options.file, vocabulary, {
        key: this.keyOf(vocabulary),
        database,
        horizon,
        maxAgeMs: this.options.maxAgeMs,
      });
      if ('rejected' in found) {
        // Stale or old snapshots are routine; a damaged one is worth a look.
        const damaged = /^(corrupt|unreadable)/.test(found.rejected);
        if (found.rejected !== 'none')
          this.options.logger[damaged ? 'warn' : 'log'](
            { reason: found.rejected, file: this.options.file },
            'search index snapshot not used',
          );
        return undefined;
      }
      this.lastSaved = { index: found.index, version: found.index.version };
      this.options.logger.log(
        { documents: found.index.size, bytes: found.bytes, ms: Date.now() - started },
        'search index snapshot read',
      );
      return found;
    } catch (error) {
      this.options.logger.warn(
        { err: error },
        'search index snapshot unreadable; loading from the database',
      );
      return undefined;
    }
  }

  /** Starts the periodic rewrite. */
  start(): void {
    this.timer ??= setInterval(() => void this.save(), this.options.intervalMs);
    this.timer.unref();
  }

  /** Writes the current index unless that state is already saved (or being saved). */
  save(): Promise<void> {
    if (this.writing) {
      this.again = true;
      return this.writing;
    }
    this.writing = (async () => {
      try {
        do {
          this.again = false;
          await this.writeCurrent();
        } while (this.again);
      } finally {
        this.writing = undefined;
      }
    })();
    return this.writing;
  }

  /** Stops the timer, then saves what changed since the last write. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.writing;
    await this.save();
  }

  private async writeCurrent(): Promise<void> {
    const started = Date.now();
    try {
      const database = await this.identity();
      // Taken after the last await before the write: the index and its cursor agree.
      const content = this.options.current();
      if (!content) return;
      const { index } = content;
      if (this.lastSaved?.index === index && this.lastSaved.version === index.version) return;
      const target = (c: SnapshotContent) => ({ ...c, key: this.keyOf(c.vocabulary), database });
      // Bitmaps streamed (no copy of them all in memory) unless the index changes meanwhile;
      // then taken at once, which holds the event loop for a moment but always succeeds.
      let saved = { index, version: index.version };
      const { bytes } = await writeSnapshot(this.options.file, target(content), {
        streamBitmaps: true,
      }).catch((error: unknown) => {
        const now = this.options.current();
        if (!(error instanceof IndexChangedError) || !now) throw error;
        saved = { index: now.index, version: now.index.version };
        return writeSnapshot(this.options.file, target(now));
      });
      this.lastSaved = saved;
      this.options.logger.log(
        { documents: saved.index.size, bytes, ms: Date.now() - started },
        'search index snapshot written',
      );
    } catch (error) {
      this.options.logger.warn({ err: error }, 'search index snapshot could not be written');
    }
  }

  private async identity(): Promise<string> {
    this.database ??= await this.options.database.identity();
    return this.database;
  }

  private keyOf(vocabulary: PlatformVocabulary): string {
    let key = this.keys.get(vocabulary);
    if (!key) this.keys.set(vocabulary, (key = snapshotKey(vocabulary)));
    return key;
  }
}

// --- layout ------------------------------------------------------------------------------

interface Section {
  readonly name: string;
  readonly length: number;
  readonly pieces: () => Iterable<Uint8Array>;
}

const padding = (at: number) => (ALIGN - (at % ALIGN)) % ALIGN;
const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * The sections of the file, taken from the index now; with `streamBitmaps`, bitmaps are
 * serialised piece by piece as the file is written, and `unchanged()` tells whether the
 * index stayed as it was meanwhile.
 */
function capture(
  content: SnapshotContent & { key: string; database: string },
  streamBitmaps: boolean,
): { sections: Section[]; header: Header; unchanged: () => boolean } {
  const { index } = content;
  const state = index.exportState();
  const version = index.version;
  const unchanged = () => index.version === version;
  const sections: Section[] = [];
  const add = (name: string, data: ArrayBufferView) => {
    const bytes = bytesOf(data);
    sections.push({ name, length: bytes.length, pieces: () => [bytes] });
  };

  add('terms.text', encodeStrings(state.terms.map((t) => t.text)));
  add(
    'terms.langs',
    Uint8Array.from(state.terms, (t) => t.langs),
  );
  add(
    'terms.fields',
    Uint16Array.from(state.terms, (t) => t.fields.reduce((m, bm, f) => (bm ? m | (1 << f) : m), 0)),
  );
  const facetValues = Object.fromEntries(FACETS.map((f) => [f, [...state.facets[f].keys()]]));
  const bitmaps: RoaringBitmap32[] = [];
  for (const t of state.terms) for (const bm of t.fields) if (bm) bitmaps.push(bm);
  bitmaps.push(state.alive, ...FLAGS.map((f) => state.flags[f]));
  for (const f of FACETS) for (const v of facetValues[f]) bitmaps.push(state.facets[f].get(v)!);
  const sizes = Uint32Array.from(bitmaps, (bm) => bm.getSerializationSizeInBytes('portable'));
  add('bitmaps.sizes', sizes);
  const serialise = function* (scratch: Buffer): Iterable<Uint8Array> {
    for (const group of groups(sizes, scratch.length)) {
      if (!unchanged()) throw new IndexChangedError();
      const out = group.bytes > scratch.length ? Buffer.allocUnsafeSlow(group.bytes) : scratch;
      let at = 0;
      for (let i = group.from; i < group.to; i++) {
        bitmaps[i].serialize('portable', out.subarray(at, at + sizes[i]));
        at += sizes[i];
      }
      yield out.subarray(0, at);
    }
  };
  const total = sizes.reduce((a, b) => a + b, 0);
  if (streamBitmaps)
    sections.push({
      name: 'bitmaps',
      length: total,
      pieces: () => serialise(Buffer.allocUnsafeSlow(WRITE_PIECE)),
    });
  else add('bitmaps', [...serialise(Buffer.allocUnsafeSlow(total))][0] ?? new Uint8Array(0));

  const stemWords: number[] = [];
  for (const [stemId, wordIds] of state.stemWords)
    stemWords.push(stemId, wordIds.length, ...wordIds);
  add('stemWords', Uint32Array.from(stemWords));
  add('docs.uuid', encodeStrings(state.uuid));
  for (const name of Object.keys(COLUMNS) as Array<keyof DocumentColumns>)
    add(`docs.${name}`, state.columns[name]);
  for (const [b, block] of state.positions.entries()) add(`positions.${b}`, block);
  add('texts', state.texts);
  add('organisations.ids', encodeStrings(state.organisationIds));
  add('organisations', Buffer.from(JSON.stringify(state.organisations), 'utf8'));
  const liveFingerprints: string[] = [];
  for (const n of state.alive) liveFingerprints.push(content.fingerprints.get(state.uuid[n]) ?? '');
  add('fingerprints', encodeStrings(liveFingerprints));
  add('dead', Uint32Array.of(state.dead));

  const writtenAt = Date.now();
  const header = (sectionTable: Header['sections']): Header => ({
    key: content.key,
    database: content.database,
    cursor: content.cursor,
    cursorAt: content.cursorAt,
    writtenAt,
    documents: state.alive.size,
    positionBlock: POSITION_BLOCK,
    facetValues,
    sections: sectionTable,
  });
  // The offsets depend on the header's length, which holds them: widen until they fit.
  let table: Header['sections'] = {};
  for (;;) {
    const start = PREFIX_BYTES + Buffer.byteLength(JSON.stringify(header(table)));
    const next: Header['sections'] = {};
    let offset = start;
    for (const section of sections) {
      offset += padding(offset);
      next[section.name] = [offset, section.length];
      offset += section.length;
    }
    if (JSON.stringify(next) === JSON.stringify(table))
      return { sections, header: header(table), unchanged };
    table = next;
  }
}

/** Runs of consecutive bitmaps whose serialisations fit in `room` bytes (one alone if larger). */
function* groups(
  sizes: Uint32Array,
  room: number,
): Iterable<{ from: number; to: number; bytes: number }> {
  for (let from = 0; from < sizes.length;) {
    let to = from;
    let bytes = 0;
    while (to < sizes.length && (to === from || bytes + sizes[to] <= room)) bytes += sizes[to++];
    yield { from, to, bytes };
    from = to;
  }
}

function restore(
  sections: ReadonlyMap<string, Buffer>,
  bitmapList: readonly RoaringBitmap32[],
  header: Header,
  vocabulary: PlatformVocabulary,
): Omit<RestoredIndex, 'bytes'> {
  const raw = (name: string): Buffer => {
    const bytes = sections.get(name);
    if (!bytes) throw new Error(`snapshot section ${name} missing`);
    return bytes;
  };
  const typed = <T extends ArrayBufferView>(
    name: string,
    make: (new (buffer: ArrayBufferLike, offset: number, length: number) => T) & {
      BYTES_PER_ELEMENT: number;
    },
  ): T => {
    const bytes = raw(name);
    if (bytes.length % make.BYTES_PER_ELEMENT !== 0 || bytes.byteOffset % make.BYTES_PER_ELEMENT)
      throw new Error(`snapshot section ${name} misaligned`);
    return new make(bytes.buffer, bytes.byteOffset, bytes.length / make.BYTES_PER_ELEMENT);
  };

  const texts = decodeStrings(raw('terms.text'));
  const langs = typed('terms.langs', Uint8Array);
  const masks = typed('terms.fields', Uint16Array);
  let next = 0;
  const bitmap = () => {
    if (next >= bitmapList.length) throw new Error('snapshot has fewer bitmaps than it says');
    return bitmapList[next++];
  };
  const terms = texts.map((text, i) => {
    const fields: Array<RoaringBitmap32 | undefined> = new Array(MATCH_FIELDS.length);
    for (let f = 0; f < MATCH_FIELDS.length; f++) if (masks[i] & (1 << f)) fields[f] = bitmap();
    return { text, langs: langs[i], fields };
  });
  const alive = bitmap();
  const flags = Object.fromEntries(FLAGS.map((f) => [f, bitmap()])) as IndexState['flags'];
  const facets = {} as Record<(typeof FACETS)[number], Map<string, RoaringBitmap32>>;
  for (const f of FACETS)
    facets[f] = new Map((header.facetValues[f] ?? []).map((v) => [v, bitmap()]));
  if (next !== bitmapList.length) throw new Error('snapshot has more bitmaps than it says');

  const stemWords = new Map<number, number[]>();
  const links = typed('stemWords', Uint32Array);
  for (let i = 0; i < links.length;) {
    const count = links[i + 1];
    stemWords.set(links[i], Array.from(links.subarray(i + 2, i + 2 + count)));
    i += 2 + count;
  }
  const uuid = decodeStrings(raw('docs.uuid'));
  const columns = Object.fromEntries(
    (Object.keys(COLUMNS) as Array<keyof DocumentColumns>).map((name) => [
      name,
      typed(`docs.${name}`, COLUMNS[name] as unknown as Parameters<typeof typed>[1]),
    ]),
  ) as unknown as DocumentColumns;
  const positions: Uint32Array[] = [];
  for (let b = 0; header.sections[`positions.${b}`]; b++)
    positions.push(typed(`positions.${b}`, Uint32Array));
  const state: IndexState = {
    terms,
    stemWords,
    alive,
    facets,
    flags,
    uuid,
    organisationIds: decodeStrings(raw('organisations.ids')),
    organisations: JSON.parse(raw('organisations').toString('utf8')) as Array<
      [string, OrganisationEntry]
    >,
    columns,
    positions,
    texts: typed('texts', Uint8Array),
    dead: typed('dead', Uint32Array)[0],
  };
  const index = InvertedIndex.fromState(vocabulary, state);
  const fingerprints = new Map<string, string>();
  const liveFingerprints = decodeStrings(raw('fingerprints'));
  let k = 0;
  for (const n of alive) fingerprints.set(uuid[n], liveFingerprints[k++]);
  return { index, fingerprints, cursor: header.cursor, cursorAt: header.cursorAt };
}

/** Strings as a count and their UTF-8 byte lengths (u32 little-endian), then the bytes. */
function encodeStrings(strings: readonly string[]): Uint8Array {
  const lengths = strings.map((s) => Buffer.byteLength(s, 'utf8'));
  const head = 4 * (strings.length + 1);
  const out = Buffer.allocUnsafeSlow(head + lengths.reduce((a, b) => a + b, 0));
  out.writeUInt32LE(strings.length, 0);
  lengths.forEach((length, i) => out.writeUInt32LE(length, 4 * (i + 1)));
  let at = head;
  for (const s of strings) at += out.write(s, at, 'utf8');
  return out;
}

function decodeStrings(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = buffer.readUInt32LE(0);
  const start = 4 * (count + 1);
  if (start > buffer.length) throw new Error('snapshot string list out of bounds');
  const out = new Array<string>(count);
  let at = start;
  for (let i = 0; i < count; i++) {
    const length = buffer.readUInt32LE(4 * (i + 1));
    if (at + length > buffer.length) throw new Error('snapshot string list out of bounds');
    out[i] = buffer.toString('utf8', at, at + length);
    at += length;
  }
  return out;
}

/** A document through every path of the analysis: accents, four languages, a city, labels, tags. */
const SAMPLE_DOCUMENT: SearchDocument = {
  id: '00000000-0000-4000-8000-000000000000',
  slug: 'sample',
  organisationId: 'sample',
  organisationName: 'Réseau Diaspora Sénégal',
  organisationKind: 'ngo',
  organisationVerified: true,
  categoryCode: 'financing',
  categoryCodes: ['financing'],
  categoryLabels: ['Financement', 'Financing', 'Financiamento', 'التمويل'],
  sectorCodes: ['agrifood'],
  sectorLabels: ['Agroalimentaire', 'Agrifood'],
  stageCodes: ['idea'],
  stageLabels: ['Idée', 'Idea'],
  residenceCountries: ['FR'],
  targetCountries: ['SN', 'CI'],
  countryNames: ['Sénégal', 'Senegal', 'السنغال', "Côte d'Ivoire", 'Ivory Coast'],
  languages: ['fr', 'en', 'pt', 'ar'],
  title_fr: "Prêt d'honneur pour startups numériques à Dakar et Abidjan",
  summary_fr: 'Financements, accompagnement et mentorat des entrepreneurs de la diaspora.',
  description_fr: 'Les ÉLÈVES créent des entreprises; ﬁnancement ½ coût — Sénégal, Côte d’Ivoire.',
  title_en: 'Startup incubator in Abidjan for returning founders',
  summary_en: 'Financing and coaching for diaspora entrepreneurs, grants and loans.',
  description_en: 'Founders running businesses in Morocco and Nigeria (Lagos) since 2019.',
  title_pt: 'Financiamento colaborativo para empreendedores da diáspora',
  summary_pt: 'Mentoria para empreendedores angolanos em Luanda.',
  description_pt: 'Créditos e subvenções para negócios em Moçambique e Cabo Verde.',
  title_ar: 'تمويل المشاريع الناشئة في المغرب',
  summary_ar: 'إرشاد وتوجيه لرواد الأعمال في الدار البيضاء بالمغرب ٢٠٢٤',
  description_ar: 'قروض ومنح للمؤسسات الصغيرة والمتوسطة في السنغال وساحل العاج',
  deliveryLanguages: ['fr', 'en'],
  format: 'online',
  costType: 'free',
  free: true,
  fundingCurrency: 'EUR',
  fundingMinMinor: 100_000,
  fundingMaxMinor: 2_000_000,
  fundingMaxEur: 20_000,
  diasporaOnly: true,
  genderFocus: 'any',
  ageMin: null,
  ageMax: null,
  rolling: false,
  opensOn: '2026-01-01',
  deadline: '2026-12-31',
  deadlineTs: 1_798_761_599,
  opensTs: 1_767_225_600,
  publishedTs: 1_767_225_600,
  lastVerifiedAt: null,
  qualityScore: 80,
  tags: ['diaspora', 'fintech', 'agritech'],
  fingerprint: 'sample',
};
