import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { JobQueue } from '@app/database';
import {
  OfferImportService,
  TaxonomyService,
  type ImportActor,
  type TaxonomyVocabulary,
} from '@app/catalogue';
import {
  detectMapping,
  foldLabel,
  IMPORT_FIELDS,
  isImportField,
  type ColumnMapping,
  type ImportField,
} from './import-columns';
import { importBadOption, importNotFound } from './import-errors';
import type {
  ImportCounts,
  ImportJobEntity,
  ImportReportRow,
  RowOutcome,
} from './import-job.entity';
import { ImportJobRepository } from './import-job.repository';
import { readImportFile, type ImportFormat, type ImportTable } from './read-import-file';
import { fieldOfViolation, rowContent, type RowReason, type TermLookup } from './row-content';

export const IMPORT_JOB = 'open-data.import';
export const IMPORT_PURGE_JOB = 'open-data.import-purge';
export const IMPORT_RECOVER_JOB = 'open-data.import-recover';
/**
 * A running import moves its heartbeat every PROGRESS_EVERY rows (a fraction of a second of
 * work); one silent this long has lost its worker and is queued again.
 */
export const IMPORT_STALE_SECONDS = 300;
/** How long a dry run keeps its file for the real run to follow. */
export const IMPORT_FILE_KEPT_DAYS = 7;

export interface ImportFile {
  readonly data: Buffer;
  readonly fileName: string;
}

export interface ImportOptions {
  readonly dryRun?: boolean;
  readonly submit?: boolean;
  /** The name of the source; default: the file name without its extension. */
  readonly source?: string;
  /** Corrections of the detected mapping: header as written (or column number from 1) → field or "". */
  readonly mapping?: Readonly<Record<string, string>>;
}

export interface ImportPreview {
  readonly format: ImportFormat;
  readonly encoding: string | null;
  readonly source: string;
  readonly columns: ReadonlyArray<{ readonly header: string; readonly field: ImportField | null }>;
  /** The first rows, cell by cell as read (formulas shown as "=…"). */
  readonly rows: ReadonlyArray<{ readonly line: number; readonly cells: readonly string[] }>;
  readonly totalRows: number;
  /** Fields no column maps to. */
  readonly unmappedFields: readonly ImportField[];
}

export interface ImportJobView {
  readonly id: string;
  readonly organisationId: string;
  readonly status: ImportJobEntity['status'];
  readonly dryRun: boolean;
  readonly submit: boolean;
  readonly source: string;
  readonly fileName: string;
  readonly format: ImportFormat;
  readonly mapping: Record<string, string>;
  readonly total: number;
  readonly processed: number;
  readonly counts: Required<ImportCounts>;
  readonly error: string | null;
  readonly createdAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
  readonly report: readonly ImportReportRow[];
}

const OUTCOMES: readonly RowOutcome[] = ['created', 'updated', 'unchanged', 'refused', 'duplicate'];
const ENGLISH_TITLE_HEADERS = new Set(['title', 'offer title', 'name']);
const PROGRESS_EVERY = 25;

function toView(job: ImportJobEntity): ImportJobView {
  const counts = Object.fromEntries(
    OUTCOMES.map((o) => [o, job.counts[o] ?? 0]),
  ) as Required<ImportCounts>;
  return {
    id: job.id,
    organisationId: job.organisationId,
    status: job.status,
    dryRun: job.dryRun,
    submit: job.submit,
    source: job.source,
    fileName: job.fileName,
    format: job.format,
    mapping: job.mapping,
    total: job.total,
    processed: job.processed,
    counts,
    error: job.error,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    report: job.report,
  };
}

/** The source name a file gives by default: its name without extension, folded. */
export function defaultSource(fileName: string): string {
  return (
    foldLabel(fileName.replace(/\.[^.]*$/, ''))
      .replace(/ /g, '-')
      .slice(0, 100) || 'import'
  );
}

/**
 * Imports an organisation's offers from CSV, XLSX or HSDS 3.0 JSON (issue 13). A file is read
 * whole before anything is written; a file that cannot be taken (too large, unknown format,
 * wrong encoding) is refused with nothing changed. Each row is checked with the offer API's
 * rules and written through the catalogue's OfferImportService, as a draft or a submitted
 * offer — never published. Runs are kept in `import_jobs` with their report.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly repo: ImportJobRepository,
    private readonly offers: OfferImportService,
    private readonly taxonomy: TaxonomyService,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxBytes(): number {
    return this.config.IMPORT_MAX_BYTES;
  }

  /** The detected format, columns and mapping, with the first rows: what the user checks first. */
  async preview(
    actor: ImportActor,
    organisationId: string,
    file: ImportFile,
    options: ImportOptions = {},
    rows = 5,
  ): Promise<ImportPreview> {
    await this.offers.assertCanImport(actor, organisationId);
    const table = await this.read(file);
    const mapping = this.mappingOf(table, options.mapping);
    const mapped = new Set(mapping.filter(Boolean));
    return {
      format: table.format,
      encoding: table.encoding ?? null,
      source: this.sourceOf(file, options),
      columns: table.headers.map((header, i) => ({ header, field: mapping[i] })),
      rows: table.rows.slice(0, rows).map((r) => ({
        line: r.line,
        cells: table.headers.map((_, i) => (r.cells[i]?.formula ? '=…' : (r.cells[i]?.text ?? ''))),
      })),
      totalRows: table.rows.length,
      unmappedFields: IMPORT_FIELDS.filter((f) => !mapped.has(f)),
    };
  }

  /**
   * Checks the file, records the run and queues it for the worker. Throws (4xx) with nothing
   * recorded when the file cannot be read.
   */
  async start(
    actor: ImportActor,
    organisationId: string,
    file: ImportFile,
    options: ImportOptions = {},
  ): Promise<ImportJobView> {
    const job = await this.record(actor, organisationId, file, options);
    await this.jobs.send(IMPORT_JOB, { importId: job.id }, { retryLimit: 0 });
    return toView(job);
  }

  /** For the CLI: records the run and does it now, reporting progress. */
  async runNow(
    actor: ImportActor,
    organisationId: string,
    file: ImportFile,
    options: ImportOptions,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ImportJobView> {
    const job = await this.record(actor, organisationId, file, options);
    await this.run(job.id, onProgress);
    return toView((await this.repo.findById(job.id))!);
  }

  async get(actor: ImportActor, organisationId: string, importId: string): Promise<ImportJobView> {
    return toView(await this.owned(actor, organisationId, importId));
  }

  /** The preview of a recorded run whose file is still kept (a dry run), with its mapping. */
  async previewOf(
    actor: ImportActor,
    organisationId: string,
    importId: string,
    rows = 5,
  ): Promise<ImportPreview | null> {
    const job = await this.owned(actor, organisationId, importId);
    const data = await this.repo.payloadOf(job.id);
    if (!data) return null;
    return this.preview(
      actor,
      organisationId,
      { data, fileName: job.fileName },
      { source: job.source, mapping: job.mapping },
      rows,
    );
  }

  /**
   * Runs a recorded dry run's file again: for real, or as another dry run with a corrected
   * mapping. 404 when the run is unknown, 409-like validation error when its file is gone.
   */
  async rerun(
    actor: ImportActor,
    organisationId: string,
    importId: string,
    options: ImportOptions,
  ): Promise<ImportJobView> {
    const job = await this.owned(actor, organisationId, importId);
    const data = await this.repo.payloadOf(job.id);
    if (!data) {
      throw importBadOption(
        'importId',
        'The file of this import is no longer kept: upload it again.',
      );
    }
    return this.start(
      actor,
      organisationId,
      { data, fileName: job.fileName },
      {
        dryRun: options.dryRun,
        submit: options.submit,
        source: job.source,
        mapping: options.mapping ?? job.mapping,
      },
    );
  }

  private async owned(
    actor: ImportActor,
    organisationId: string,
    importId: string,
  ): Promise<ImportJobEntity> {
    await this.offers.assertCanImport(actor, organisationId);
    const job = await this.repo.findById(importId);
    if (!job || job.organisationId !== organisationId) throw importNotFound();
    return job;
  }

  async list(actor: ImportActor, organisationId: string, limit = 20): Promise<ImportJobView[]> {
    await this.offers.assertCanImport(actor, organisationId);
    return (await this.repo.listForOrganisation(organisationId, limit)).map(toView);
  }

  /**
   * Queues again the runs whose worker died mid-way (every few minutes, and when a worker
   * starts), so no accepted import stays "running" for ever. Returns their ids.
   */
  async recoverStalled(): Promise<string[]> {
    const ids = await this.repo.stalled(IMPORT_STALE_SECONDS);
    for (const importId of ids) {
      await this.jobs.send(IMPORT_JOB, { importId }, { retryLimit: 0 });
    }
    return ids;
  }

  /** Daily: the files of old dry runs go (they may hold contact details); reports stay. */
  dropOldFiles(): Promise<number> {
    return this.repo.dropOldPayloads(IMPORT_FILE_KEPT_DAYS);
  }

  /** The worker's side: runs a queued import once (a second delivery finds it taken). */
  async run(importId: string, onProgress?: (done: number, total: number) => void): Promise<void> {
    const job = await this.repo.findById(importId);
    if (!job || (job.status !== 'pending' && job.status !== 'running')) return;
    const payload = await this.repo.payloadOf(importId);
    try {
      const table = await readImportFile(payload ?? Buffer.alloc(0), job.fileName, Infinity);
      if (!(await this.repo.start(importId, table.rows.length, IMPORT_STALE_SECONDS))) return;
      const actor: ImportActor = { id: job.requestedBy, role: job.requestedAs };
      const mapping = this.mappingOf(table, job.mapping);
      const terms = await this.termLookup();
      const lang = this.textLanguage(table, mapping);
      const counts: ImportCounts = {};
      const report: ImportReportRow[] = [];
      const seen = new Map<string, number>();
      for (const [index, row] of table.rows.entries()) {
        const entry = await this.processRow(job, actor, table, mapping, row, terms, lang, seen);
        report.push(entry);
        counts[entry.outcome] = (counts[entry.outcome] ?? 0) + 1;
        if ((index + 1) % PROGRESS_EVERY === 0) {
          await this.repo.progress(importId, index + 1, counts);
        }
        onProgress?.(index + 1, table.rows.length);
      }
      await this.repo.finish(
        importId,
        { counts, report, processed: table.rows.length },
        job.dryRun,
      );
    } catch (error) {
      await this.repo.fail(importId, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  private async processRow(
    job: ImportJobEntity,
    actor: ImportActor,
    table: ImportTable,
    mapping: ColumnMapping,
    row: ImportTable['rows'][number],
    terms: TermLookup,
    lang: 'fr' | 'en',
    seen: Map<string, number>,
  ): Promise<ImportReportRow> {
    const rc = rowContent(table.headers, mapping, row, terms, lang);
    const base = { line: row.line, externalId: rc.externalId, title: rc.title };
    const refused = (reasons: RowReason[]): ImportReportRow => ({
      ...base,
      outcome: 'refused',
      reasons,
    });
    if (rc.reasons.length > 0) return refused(rc.reasons);
    if (!rc.externalId) {
      return refused([
        {
          column: rc.columns.get('externalId') ?? null,
          field: 'externalId',
          rule: 'required',
          message: 'The row has neither an id nor a title: give it at least a title.',
        },
      ]);
    }
    const earlier = seen.get(rc.externalId);
    if (earlier !== undefined) {
      return refused([
        {
          column: rc.columns.get('externalId') ?? rc.columns.get('title') ?? null,
          field: 'externalId',
          rule: 'uniqueInFile',
          message: `Line ${earlier} of this file already has the id "${rc.externalId}".`,
        },
      ]);
    }
    seen.set(rc.externalId, row.line);
    const { content, violations } = await this.offers.validate(rc.plain);
    if (violations.length > 0) {
      return refused(
        violations.map((v) => {
          const field = fieldOfViolation(v.field, lang);
          const value = field ? rc.raw.get(field) : undefined;
          return {
            column: field ? (rc.columns.get(field) ?? null) : null,
            field: v.field,
            rule: v.rule,
            message: v.message,
            ...(value !== undefined ? { value: value.slice(0, 100) } : {}),
          };
        }),
      );
    }
    const outcome = await this.offers.apply(actor, {
      organisationId: job.organisationId,
      source: job.source,
      externalId: rc.externalId,
      content,
      submit: job.submit,
      dryRun: job.dryRun,
    });
    switch (outcome.outcome) {
      case 'refused':
        return refused(outcome.violations.map((v) => ({ column: null, ...v })));
      case 'duplicate':
        return {
          ...base,
          outcome: 'duplicate',
          duplicates: outcome.duplicates.map(({ id, title, similarity }) => ({
            id,
            title,
            similarity,
          })),
        };
      default:
        return { ...base, outcome: outcome.outcome, offerId: outcome.offerId };
    }
  }

  private async record(
    actor: ImportActor,
    organisationId: string,
    file: ImportFile,
    options: ImportOptions,
  ): Promise<ImportJobEntity> {
    await this.offers.assertCanImport(actor, organisationId);
    const table = await this.read(file);
    this.mappingOf(table, options.mapping);
    return this.repo.insert({
      organisationId,
      requestedBy: actor.id,
      requestedAs: actor.role,
      dryRun: options.dryRun === true,
      submit: options.submit === true,
      source: this.sourceOf(file, options),
      fileName: file.fileName.slice(0, 255) || 'import',
      format: table.format,
      mapping: { ...(options.mapping ?? {}) },
      payload: file.data,
      total: table.rows.length,
    });
  }

  private read(file: ImportFile): Promise<ImportTable> {
    return readImportFile(file.data, file.fileName, this.maxBytes);
  }

  private sourceOf(file: ImportFile, options: ImportOptions): string {
    const source = options.source?.trim();
    if (source !== undefined && source !== '') {
      if (source.length > 100) {
        throw importBadOption('source', 'source: at most 100 characters.');
      }
      return source;
    }
    return defaultSource(file.fileName);
  }

  private mappingOf(table: ImportTable, overrides: Readonly<Record<string, string>> = {}) {
    for (const [column, field] of Object.entries(overrides)) {
      if (field !== '' && !isImportField(field)) {
        throw importBadOption(
          `mapping.${column}`,
          `mapping: "${field}" is not a field of the import (one of ${IMPORT_FIELDS.join(', ')}, or "" to ignore the column).`,
        );
      }
    }
    if (table.fixedMapping) return table.headers.map((h) => h as ImportField);
    return detectMapping(table.headers, overrides);
  }

  /** The text language: the title header's (Title → en, Titre → fr); a row's own column wins. */
  private textLanguage(table: ImportTable, mapping: ColumnMapping): 'fr' | 'en' {
    const index = mapping.indexOf('title');
    return index >= 0 && ENGLISH_TITLE_HEADERS.has(foldLabel(table.headers[index] ?? ''))
      ? 'en'
      : 'fr';
  }

  private async termLookup(): Promise<TermLookup> {
    const lookup = async (vocabulary: TaxonomyVocabulary) => {
      const map = new Map<string, string>();
      for (const term of await this.taxonomy.list(vocabulary, { includeRetired: true })) {
        map.set(term.code, term.code);
        for (const label of Object.values(term.labels)) {
          if (typeof label === 'string' && label) map.set(foldLabel(label), term.code);
        }
        map.set(foldLabel(term.code), term.code);
      }
      return map;
    };
    return {
      category: await lookup('category'),
      sector: await lookup('sector'),
      stage: await lookup('stage'),
    };
  }
}
