import { Injectable } from '@nestjs/common';
import { ValidationFailedError, type FieldViolation } from '@app/core';
import { invalidInput, termExists, termNotFound } from './taxonomy-errors';
import type { TaxonomyTermEntity } from './taxonomy-term.entity';
import { TaxonomyRepository } from './taxonomy.repository';
import {
  isTaxonomyVocabulary,
  isTermCode,
  TAXONOMY_VOCABULARIES,
  TERM_CODE_MAX_LENGTH,
  TERM_LABEL_MAX_LENGTH,
  type ChangeTermInput,
  type CreateTermInput,
  type TaxonomyTermView,
  type TaxonomyVocabulary,
  type TermLabels,
  type TermLabelsEntry,
} from './taxonomy.types';

/**
 * How long a process trusts its copy of the taxonomy. Writes through this process drop it at
 * once; writes through another process (a second API instance) show after at most this long.
 * A code that looks unknown or retired is re-read from the database before being refused,
 * so a term just created or unretired elsewhere is accepted at once.
 */
export const TAXONOMY_CACHE_TTL_MS = 5_000;

interface Snapshot {
  readonly loadedAt: number;
  readonly terms: readonly TaxonomyTermView[];
  readonly byKey: ReadonlyMap<string, TaxonomyTermView>;
}

const key = (vocabulary: TaxonomyVocabulary, code: string) => `${vocabulary}/${code}`;
const quoted = (codes: readonly string[]) => codes.map((c) => JSON.stringify(c)).join(', ');

@Injectable()
export class TaxonomyService {
  private snapshot?: Snapshot;
  private loading?: Promise<Snapshot>;
  /** Bumped by every write: a read that started before it must not be cached after it. */
  private generation = 0;

  constructor(private readonly repo: TaxonomyRepository) {}

  /**
   * Terms in display order (vocabulary, then each parent followed by its children, by
   * position). Retired terms, and children of retired parents, only with `includeRetired`.
   */
  async list(
    vocabulary?: TaxonomyVocabulary,
    options: { includeRetired?: boolean } = {},
  ): Promise<TaxonomyTermView[]> {
    if (vocabulary !== undefined) this.checkVocabulary(vocabulary);
    const { terms } = await this.current();
    return terms.filter(
      (t) =>
        (vocabulary === undefined || t.vocabulary === vocabulary) &&
        (options.includeRetired === true || t.selectable),
    );
  }

  /** One term, retired or not; 404 when no such code. */
  async get(vocabulary: TaxonomyVocabulary, code: string): Promise<TaxonomyTermView> {
    this.checkVocabulary(vocabulary);
    const term = (await this.current()).byKey.get(key(vocabulary, code));
    if (term) return term;
    const fresh = (await this.current(true)).byKey.get(key(vocabulary, code));
    if (!fresh) throw termNotFound(vocabulary, code);
    return fresh;
  }

  async create(input: CreateTermInput): Promise<TaxonomyTermView> {
    this.checkVocabulary(input.vocabulary);
    if (!isTermCode(input.code)) {
      throw invalidInput(
        'code',
        'taxonomy.code',
        `code must be lower-case snake_case (a-z, 0-9, _), start with a letter and have at most ${TERM_CODE_MAX_LENGTH} characters.`,
      );
    }
    const labels = this.checkLabels(input.labels);
    const parentCode = input.parentCode ?? null;
    if (parentCode !== null) {
      const parent = (await this.current(true)).byKey.get(key(input.vocabulary, parentCode));
      if (!parent) {
        throw invalidInput(
          'parentCode',
          'taxonomy.unknown',
          `parentCode "${parentCode}" is not a ${input.vocabulary} term.`,
        );
      }
      if (parent.parentCode !== null) {
        throw invalidInput(
          'parentCode',
          'taxonomy.depth',
          `parentCode "${parentCode}" is itself a sub-term: the taxonomy has one level of sub-terms only.`,
        );
      }
      if (!parent.selectable) {
        throw invalidInput(
          'parentCode',
          'taxonomy.retired',
          `parentCode "${parentCode}" is retired: unretire it first.`,
        );
      }
    }
    const position = input.position ?? (await this.repo.nextPosition(input.vocabulary, parentCode));
    this.checkPosition(position);
    let created;
    try {
      created = await this.repo.insert({
        vocabulary: input.vocabulary,
        code: input.code,
        parentCode,
        labels,
        position,
      });
    } finally {
      this.invalidate();
    }
    if (!created) {
      const existing = await this.repo.find(input.vocabulary, input.code);
      throw termExists(input.vocabulary, input.code, existing?.retiredAt != null);
    }
    return this.get(input.vocabulary, input.code);
  }

  /** Changes labels (merged: `pt`/`ar` null removes them) and/or the position. */
  async rename(
    vocabulary: TaxonomyVocabulary,
    code: string,
    changes: ChangeTermInput,
  ): Promise<TaxonomyTermView> {
    this.checkVocabulary(vocabulary);
    if (changes.position !== undefined) this.checkPosition(changes.position);
    try {
      await this.repo.transaction(async (m) => {
        const term = await this.repo.findForUpdate(vocabulary, code, m);
        if (!term) throw termNotFound(vocabulary, code);
        const merged: Record<string, string | null | undefined> = { ...term.labels };
        for (const [lang, label] of Object.entries(changes.labels ?? {})) {
          if (label !== undefined) merged[lang] = label;
        }
        const labels = this.checkLabels(merged);
        await this.repo.update(term.id, { labels, position: changes.position ?? term.position }, m);
      });
    } finally {
      this.invalidate();
    }
    return this.get(vocabulary, code);
  }

  /**
   * A retired term stays on the offers that have it (and in their search documents) but
   * cannot be put on an offer any more; neither can its sub-terms. Idempotent.
   */
  async retire(vocabulary: TaxonomyVocabulary, code: string): Promise<TaxonomyTermView> {
    await this.get(vocabulary, code);
    try {
      await this.repo.retire(vocabulary, code);
    } finally {
      this.invalidate();
    }
    return this.get(vocabulary, code);
  }

  /** Idempotent. A sub-term of a retired parent stays unselectable until the parent returns. */
  async unretire(vocabulary: TaxonomyVocabulary, code: string): Promise<TaxonomyTermView> {
    await this.get(vocabulary, code);
    try {
      await this.repo.unretire(vocabulary, code);
    } finally {
      this.invalidate();
    }
    return this.get(vocabulary, code);
  }

  /**
   * For the offer service: every code must be a current (selectable) term of the vocabulary.
   * Throws ValidationFailedError with one violation per rule broken, on `field`:
   * `taxonomy.unknown` (no such code) and/or `taxonomy.retired` (retired, or its parent is),
   * each message listing the codes concerned. Duplicates are ignored; no codes is fine.
   */
  async assertSelectable(
    field: string,
    vocabulary: TaxonomyVocabulary,
    codes: readonly string[],
  ): Promise<void> {
    this.checkVocabulary(vocabulary);
    const wanted = [...new Set(codes)];
    if (wanted.length === 0) return;
    let problems = this.unselectable(await this.current(), vocabulary, wanted);
    if (problems.unknown.length || problems.retired.length) {
      problems = this.unselectable(await this.current(true), vocabulary, wanted);
    }
    const violations: FieldViolation[] = [];
    if (problems.unknown.length) {
      violations.push({
        field,
        rule: 'taxonomy.unknown',
        message: `${field}: unknown ${vocabulary} code${problems.unknown.length > 1 ? 's' : ''} ${quoted(problems.unknown)}.`,
      });
    }
    if (problems.retired.length) {
      violations.push({
        field,
        rule: 'taxonomy.retired',
        message: `${field}: the ${vocabulary} term${problems.retired.length > 1 ? 's' : ''} ${quoted(problems.retired)} ${problems.retired.length > 1 ? 'are' : 'is'} retired and can no longer be chosen.`,
      });
    }
    if (violations.length) throw new ValidationFailedError(violations, violations[0].message);
  }

  /**
   * Labels of the given codes for search documents, retired terms included, in the order
   * asked, without duplicates; unknown codes are left out. Parent labels are not merged in:
   * ask for `parentCode` too when the document should match the parent's name.
   */
  async labelsFor(
    vocabulary: TaxonomyVocabulary,
    codes: readonly string[],
  ): Promise<TermLabelsEntry[]> {
    this.checkVocabulary(vocabulary);
    const wanted = [...new Set(codes)];
    let snapshot = await this.current();
    if (wanted.some((c) => !snapshot.byKey.has(key(vocabulary, c)))) {
      snapshot = await this.current(true);
    }
    return wanted.flatMap((code) => {
      const term = snapshot.byKey.get(key(vocabulary, code));
      return term ? [{ code, parentCode: term.parentCode, labels: term.labels }] : [];
    });
  }

  /** Drops this process's copy; the next read goes to the database. */
  invalidate(): void {
    this.generation += 1;
    this.snapshot = undefined;
    this.loading = undefined;
  }

  private unselectable(snapshot: Snapshot, vocabulary: TaxonomyVocabulary, codes: string[]) {
    const unknown: string[] = [];
    const retired: string[] = [];
    for (const code of codes) {
      const term = snapshot.byKey.get(key(vocabulary, code));
      if (!term) unknown.push(code);
      else if (!term.selectable) retired.push(code);
    }
    return { unknown, retired };
  }

  private async current(fresh = false): Promise<Snapshot> {
    const cached = this.snapshot;
    if (!fresh && cached && Date.now() - cached.loadedAt < TAXONOMY_CACHE_TTL_MS) return cached;
    // Concurrent readers share one query; a forced refresh does not reuse a load that began
    // before it was asked for, since that one may predate the write it needs to see.
    if (!fresh && this.loading) return this.loading;
    const generation = this.generation;
    const loading = this.load().then((snapshot) => {
      if (this.generation === generation) this.snapshot = snapshot;
      return snapshot;
    });
    if (!fresh) {
      this.loading = loading;
      const settled = () => {
        if (this.loading === loading) this.loading = undefined;
      };
      loading.then(settled, settled);
    }
    return loading;
  }

  private async load(): Promise<Snapshot> {
    const loadedAt = Date.now();
    const rows = await this.repo.all();
    const byCode = new Map(rows.map((r) => [key(r.vocabulary, r.code), r]));
    const views = rows.map((row) => {
      const parent = row.parentCode ? byCode.get(key(row.vocabulary, row.parentCode)) : undefined;
      return this.view(row, parent);
    });
    const sortKey = (t: TaxonomyTermView) => {
      const root = t.parentCode ? byCode.get(key(t.vocabulary, t.parentCode)) : undefined;
      return [
        TAXONOMY_VOCABULARIES.indexOf(t.vocabulary),
        root ? root.position : t.position,
        root ? root.code : t.code,
        root ? 1 : 0,
        t.position,
        t.code,
      ] as const;
    };
    const terms = views
      .map((t) => ({ t, k: sortKey(t) }))
      .sort((a, b) => {
        for (let i = 0; i < a.k.length; i++) {
          const x = a.k[i];
          const y = b.k[i];
          if (x !== y) return x < y ? -1 : 1;
        }
        return 0;
      })
      .map(({ t }) => t);
    return { loadedAt, terms, byKey: new Map(terms.map((t) => [key(t.vocabulary, t.code), t])) };
  }

  private view(row: TaxonomyTermEntity, parent?: TaxonomyTermEntity): TaxonomyTermView {
    const { fr, en, pt, ar } = row.labels;
    return {
      vocabulary: row.vocabulary,
      code: row.code,
      parentCode: row.parentCode,
      labels: { fr, en, ...(pt ? { pt } : {}), ...(ar ? { ar } : {}) },
      position: row.position,
      retiredAt: row.retiredAt,
      selectable: row.retiredAt === null && (parent?.retiredAt ?? null) === null,
      updatedAt: row.updatedAt,
    };
  }

  private checkVocabulary(vocabulary: string): asserts vocabulary is TaxonomyVocabulary {
    if (!isTaxonomyVocabulary(vocabulary)) {
      throw invalidInput(
        'vocabulary',
        'isIn',
        `vocabulary must be one of: ${TAXONOMY_VOCABULARIES.join(', ')}.`,
      );
    }
  }

  private checkPosition(position: number): void {
    if (!Number.isInteger(position) || position < 0 || position > 1_000_000) {
      throw invalidInput(
        'position',
        'taxonomy.position',
        'position must be an integer from 0 to 1000000.',
      );
    }
  }

  /** Trimmed; fr and en required; pt and ar dropped when empty. */
  private checkLabels(input: object): TermLabels {
    const labels = input as Record<string, unknown>;
    const out: Record<string, string> = {};
    for (const lang of ['fr', 'en', 'pt', 'ar'] as const) {
      const value = labels[lang];
      if (value === undefined || value === null) {
        if (lang === 'fr' || lang === 'en') {
          throw invalidInput(`labels.${lang}`, 'required', `labels.${lang} is required.`);
        }
        continue;
      }
      const label = typeof value === 'string' ? value.trim() : '';
      if ((lang === 'fr' || lang === 'en') && label === '') {
        throw invalidInput(`labels.${lang}`, 'required', `labels.${lang} must not be empty.`);
      }
      if (label.length > TERM_LABEL_MAX_LENGTH) {
        throw invalidInput(
          `labels.${lang}`,
          'maxLength',
          `labels.${lang} must be at most ${TERM_LABEL_MAX_LENGTH} characters.`,
        );
      }
      if (label) out[lang] = label;
    }
    for (const lang of Object.keys(labels)) {
      if (!['fr', 'en', 'pt', 'ar'].includes(lang)) {
        throw invalidInput(
          `labels.${lang}`,
          'unknownProperty',
          `labels.${lang} is not an accepted language.`,
        );
      }
    }
    return out as unknown as TermLabels;
  }
}
