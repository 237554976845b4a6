/** A file read into rows of cells, whatever its format. */
export type ImportFormat = 'csv' | 'xlsx' | 'hsds';

/** One cell as read, never evaluated. */
export interface ImportCell {
  readonly text: string;
  /** An XLSX cell holding a formula: refused, its cached result is not used either. */
  readonly formula?: boolean;
}

export interface ImportRow {
  /** Where the row is in the file: its line (CSV), row number (XLSX) or position (HSDS, from 1). */
  readonly line: number;
  readonly cells: readonly ImportCell[];
}

/** A file read into a header row and data rows. Blank rows are left out. */
export interface ImportTable {
  readonly format: ImportFormat;
  /** CSV only: what the text was decoded from. */
  readonly encoding?: 'utf-8' | 'windows-1252';
  readonly headers: readonly string[];
  readonly rows: readonly ImportRow[];
  /** HSDS: the columns are already the import's fields. */
  readonly fixedMapping?: boolean;
}
