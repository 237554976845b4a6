import { safeCell, UTF8_BOM } from '@app/open-data';
import type { WebContext } from './web-context';

/**
 * A table as a CSV document for spreadsheets: UTF-8 with a BOM (Excel reads the accents),
 * CRLF lines, and text cells that a spreadsheet could run as a formula defused.
 */
export function csvDocument(
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  delimiter: ',' | ';' = ',',
): string {
  const cell = (value: string | number) => {
    const text = typeof value === 'number' ? String(value) : safeCell(value);
    return text.includes(delimiter) || /["\r\n]/.test(text)
      ? `"${text.replace(/"/g, '""')}"`
      : text;
  };
  return UTF8_BOM + rows.map((row) => row.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}

/** Answers a CSV download, never cached (the pages that offer them are private). */
export function sendCsv(web: WebContext, filename: string, body: string): void {
  web.reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'private, no-store')
    .send(body);
}
