import type { AppError } from '@app/core';
import type { ImportField, ImportReportRow } from '@app/open-data';
import { Formatter } from '../public/format';
import { csvDocument } from '../web/csv';
import { localiseViolation } from '../web/forms';
import type { Translate } from '../web/i18n';
import type { UiLanguage } from '../web/language';

/**
 * The import lib writes its refusals in English, for the API and the CSV report. The pages
 * write them from stable codes instead: the error's code (and `reason` for an unreadable
 * file), and each row reason's rule.
 */

/** Why an uploaded file was refused, in the page language; the lib's sentence if we lack one. */
export function uploadProblem(t: Translate, error: AppError, maxMegabytes: number): string {
  const details = error.extra.details ?? {};
  const field = error.extra.violations?.[0]?.field;
  const line = typeof details.line === 'number' ? details.line : undefined;
  const reason =
    typeof details.reason === 'string'
      ? `${details.reason}${details.reason === 'malformedCsv' && line !== undefined ? 'At' : ''}`
      : undefined;
  const limit = typeof details.limitBytes === 'number' ? details.limitBytes : undefined;
  const params = {
    size: limit !== undefined ? Math.max(1, Math.floor(limit / 1_048_576)) : maxMegabytes,
    line: line ?? '',
  };
  const keys = [
    reason && `problem.${error.code}.${reason}`,
    field && `problem.${error.code}.${field}`,
    `problem.${error.code}`,
  ];
  for (const key of keys) {
    if (!key) continue;
    const text = t(key, params);
    if (text !== key) return text;
  }
  return error.message;
}

/** A row of the report as the run page shows it: its reasons as sentences. */
export interface ReportProblem {
  readonly line: number;
  readonly externalId: string;
  readonly title: string;
  readonly outcome: ImportReportRow['outcome'];
  readonly reasons: ReadonlyArray<{ readonly column: string | null; readonly text: string }>;
  readonly duplicates: NonNullable<ImportReportRow['duplicates']>;
}

/** Rules the import checks itself, before the offer's own rules. */
const CELL_RULES = new Set(['formula', 'csvInjection']);

/** The refused and probable-duplicate rows of a report, reasons in the page language. */
export function reportProblems(report: readonly ImportReportRow[], t: Translate): ReportProblem[] {
  return report
    .filter((row) => row.outcome === 'refused' || row.outcome === 'duplicate')
    .map((row) => ({
      line: row.line,
      externalId: row.externalId,
      title: row.title,
      outcome: row.outcome,
      reasons: (row.reasons ?? []).map((reason) => ({
        column: reason.column,
        text: reasonText(reason, row, report, t),
      })),
      duplicates: row.duplicates ?? [],
    }));
}

/**
 * The whole report as the organisation reads it, in the page language: one line per row and
 * reason (`;`-separated, for the spreadsheets of French-speaking countries). The API's
 * report.csv keeps the codes and English sentences, for programs.
 */
export function localReportCsv(report: readonly ImportReportRow[], t: Translate, lang: UiLanguage) {
  const f = new Formatter(lang);
  const lines: Array<Array<string | number>> = [
    [
      t('import.report.line'),
      t('import.csv.externalId'),
      t('import.csv.title'),
      t('import.report.outcome'),
      t('import.csv.offerId'),
      t('import.csv.column'),
      t('import.csv.reason'),
    ],
  ];
  for (const row of report) {
    const reasons = row.reasons?.length
      ? row.reasons.map((r) => ({ column: r.column ?? '', text: reasonText(r, row, report, t) }))
      : (row.duplicates ?? []).map((d) => ({
          column: '',
          text: t('import.report.duplicateOf', {
            title: d.title,
            similarity: f.number(d.similarity),
          }),
        }));
    for (const reason of reasons.length ? reasons : [{ column: '', text: '' }]) {
      lines.push([
        row.line,
        row.externalId,
        row.title,
        t(`import.outcome.${row.outcome}`),
        row.offerId ?? '',
        reason.column,
        reason.text,
      ]);
    }
  }
  return csvDocument(lines, ';');
}

type RowReason = NonNullable<ImportReportRow['reasons']>[number];

function reasonText(
  reason: RowReason,
  row: ImportReportRow,
  report: readonly ImportReportRow[],
  t: Translate,
): string {
  if (CELL_RULES.has(reason.rule)) return t(`import.rule.${reason.rule}`);
  if (reason.field === 'externalId' && reason.rule === 'required') {
    return t('import.rule.required');
  }
  if (reason.rule === 'uniqueInFile') {
    // The lib remembers an id from the first row that got past the cell checks; so do we.
    const earlier = report.find(
      (other) =>
        other.line < row.line &&
        other.externalId === row.externalId &&
        !(other.reasons ?? []).some((r) => CELL_RULES.has(r.rule) || r.rule === 'uniqueInFile'),
    );
    return earlier
      ? t('import.rule.uniqueInFile', { line: earlier.line, id: row.externalId })
      : reason.message;
  }
  return localiseViolation(reason, t);
}

/** The offer form's label of each import field that has one. */
const OFFER_FIELD_LABELS: Partial<Record<ImportField, string>> = {
  category: 'offer.field.category',
  sectors: 'offer.field.sectors',
  stages: 'offer.field.stages',
  residenceCountries: 'offer.field.residenceCountries',
  targetCountries: 'offer.field.targetCountries',
  diasporaOnly: 'offer.field.diasporaOnly',
  genderFocus: 'offer.field.genderFocus',
  ageMin: 'offer.field.ageMin',
  ageMax: 'offer.field.ageMax',
  deliveryLanguages: 'offer.field.deliveryLanguages',
  format: 'offer.field.format',
  city: 'offer.field.city',
  locationCountry: 'offer.field.locationCountry',
  address: 'offer.field.address',
  costType: 'offer.field.costType',
  price: 'offer.field.price',
  amountMin: 'offer.field.fundingMin',
  amountMax: 'offer.field.fundingMax',
  opensOn: 'offer.field.opensOn',
  deadline: 'offer.field.deadline',
  rolling: 'offer.field.rolling',
  startsOn: 'offer.field.startsOn',
  endsOn: 'offer.field.endsOn',
  applyUrl: 'offer.field.applyUrl',
  applyEmail: 'offer.field.applyEmail',
  contactName: 'offer.field.contactName',
  contactEmail: 'offer.field.contactEmail',
  contactPhone: 'offer.field.contactPhone',
  tags: 'offer.field.tags',
};

/**
 * A field's name on the pages, in the page language: the offer form's label, or the import's
 * own for the fields the form names differently (headers stay French or English: the file's).
 */
export function fieldLabel(field: ImportField, t: Translate): string {
  const inLanguage = /^(title|summary|description)_(fr|en|pt|ar)$/.exec(field);
  if (inLanguage) {
    return t(`offer.field.${inLanguage[1]}`, {
      language: t(`contentLanguage.${inLanguage[2]}`),
    });
  }
  return t(OFFER_FIELD_LABELS[field] ?? `import.field.${field}`);
}
