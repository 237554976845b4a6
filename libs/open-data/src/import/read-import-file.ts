import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import {
  importFileTooLarge,
  importUnknownFormat,
  importUnreadable,
  importWrongEncoding,
} from './import-errors';
import { hsdsTable } from './hsds-services';
import type { ImportCell, ImportRow, ImportTable } from './import-table';

export type { ImportCell, ImportFormat, ImportRow, ImportTable } from './import-table';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]); // legacy .xls, .doc
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Reads an uploaded file of at most `maxBytes`: its format from its first bytes (and name),
 * CSV text as UTF-8 or else Windows-1252. Throws an AppError for a file that cannot be taken
 * as a whole (too large, unknown format, wrong encoding, unreadable).
 */
export async function readImportFile(
  data: Buffer,
  fileName: string,
  maxBytes: number,
): Promise<ImportTable> {
  if (data.length > maxBytes) throw importFileTooLarge(maxBytes);
  if (data.length === 0) throw importUnreadable('empty');
  const name = fileName.toLowerCase();
  if (data.subarray(0, 4).equals(ZIP)) return readXlsx(data);
  if (data.subarray(0, 4).equals(OLE) || /\.(xls|xlsm|ods|numbers|pdf|docx?)$/.test(name)) {
    throw importUnknownFormat();
  }
  if (name.endsWith('.xlsx')) throw importUnreadable('notXlsx');
  const text = decodeText(data);
  if (/^\s*[[{]/.test(text.text) || name.endsWith('.json')) return hsdsTable(text.text);
  if (!/\.(csv|txt|tsv)$/.test(name) && name.includes('.')) throw importUnknownFormat();
  return readCsv(text.text, text.encoding);
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252. */
export function decodeText(data: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  if (
    (data[0] === 0xff && data[1] === 0xfe) ||
    (data[0] === 0xfe && data[1] === 0xff) ||
    data.includes(0)
  ) {
    throw importWrongEncoding();
  }
  const body = data.subarray(0, 3).equals(UTF8_BOM) ? data.subarray(3) : data;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/**
 * 0x80–0x9F of Windows-1252 (the rest is Latin-1). Decoded by hand: Node 20's TextDecoder
 * gives C1 controls for these bytes instead (nodejs/node#56542). The five bytes the code page
 * leaves undefined mean the text is something else.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function decodeWindows1252(data: Buffer): string {
  if (data.some((byte) => CP1252_UNDEFINED.has(byte))) throw importWrongEncoding();
  return data
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function readCsv(text: string, encoding: 'utf-8' | 'windows-1252'): ImportTable {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', ',', '\t', '|']
    .map((d) => ({ d, n: firstLine.split(d).length - 1 }))
    .sort((a, b) => b.n - a.n)[0];
  if (!delimiter || delimiter.n === 0) {
    throw importUnreadable('noSeparator');
  }
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parseCsv(text, {
      delimiter: delimiter.d,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    throw importUnreadable(
      'csvMalformed',
      error instanceof Error ? error.message.replace(/^Invalid /, 'invalid ') : 'parse error',
    );
  }
  const nonBlank = records.filter((r) => r.record.some((c) => c.trim() !== ''));
  const [header, ...rows] = nonBlank;
  if (!header || rows.length === 0) throw importUnreadable('noDataRows');
  return {
    format: 'csv',
    encoding,
    headers: header.record.map((h) => h.trim()),
    rows: rows.map((r) => ({ line: r.info.lines, cells: r.record.map((text) => ({ text })) })),
  };
}

async function readXlsx(data: Buffer): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw importUnreadable('zipNotXlsx');
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) throw importUnreadable('emptyWorkbook');
  const lines: ImportRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: ImportCell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(xlsxCell(row.getCell(c)));
    if (cells.some((cell) => cell.formula || cell.text.trim() !== '')) {
      lines.push({ line: row.number, cells });
    }
  });
  const [header, ...rows] = lines;
  if (!header || rows.length === 0) throw importUnreadable('noDataRows');
  return { format: 'xlsx', headers: header.cells.map((c) => c.text.trim()), rows };
}

function xlsxCell(cell: ExcelJS.Cell): ImportCell {
  const value = cell.value;
  if (cell.type === ExcelJS.ValueType.Formula) return { text: '', formula: true };
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if (typeof value === 'object') {
    if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
    if ('text' in value && typeof value.text === 'string') return { text: value.text };
    if ('error' in value) return { text: String(value.error) };
    return { text: '' };
  }
  return { text: String(value) };
}
