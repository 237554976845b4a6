import type { ImportReportRow } from './import-job.entity';

/** A CSV cell: quoted, and defused when a spreadsheet could read it as a formula. */
function cell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The row-by-row report as CSV (UTF-8 with BOM, `;`-separated for French spreadsheets). */
export function reportCsv(rows: readonly ImportReportRow[]): string {
  const lines = [
    ['line', 'external_id', 'title', 'outcome', 'offer_id', 'column', 'field', 'rule', 'reason'],
  ];
  for (const r of rows) {
    const reasons = r.reasons?.length
      ? r.reasons
      : r.duplicates?.length
        ? r.duplicates.map((d) => ({
            column: null,
            field: 'title',
            rule: 'probableDuplicate',
            message: `Probable duplicate of "${d.title}" (${d.id}, similarity ${d.similarity}).`,
          }))
        : [null];
    for (const reason of reasons) {
      lines.push([
        String(r.line),
        r.externalId,
        r.title,
        r.outcome,
        r.offerId ?? '',
        reason?.column ?? '',
        reason?.field ?? '',
        reason?.rule ?? '',
        reason?.message ?? '',
      ]);
    }
  }
  return '\ufeff' + lines.map((l) => l.map(cell).join(';')).join('\r\n') + '\r\n';
}
