import { AppError } from '@app/core';

/**
 * A file the import cannot take as a whole. Nothing is written: the caller gets a 4xx problem
 * (or a page error) naming what is wrong and how to fix it.
 */
export const importFileTooLarge = (limitBytes: number) =>
  new AppError(
    'payload_too_large',
    'OPEN_DATA.IMPORT_FILE_TOO_LARGE',
    `The file is larger than ${Math.floor(limitBytes / 1_048_576) || limitBytes} ${limitBytes >= 1_048_576 ? 'MB' : 'bytes'}, the largest an import accepts: split it into smaller files.`,
    {
      details: { limitBytes },
      params: {
        size: String(Math.floor(limitBytes / 1_048_576) || limitBytes),
        unit: limitBytes >= 1_048_576 ? 'MB' : 'bytes',
      },
    },
  );

export const importUnknownFormat = () =>
  new AppError(
    'unsupported_media_type',
    'OPEN_DATA.IMPORT_UNKNOWN_FORMAT',
    'The file is neither CSV, XLSX nor HSDS 3.0 JSON: save it as .csv (UTF-8 or Windows-1252), .xlsx, or a JSON list of HSDS services.',
  );

export const importWrongEncoding = () =>
  new AppError(
    'validation',
    'OPEN_DATA.IMPORT_WRONG_ENCODING',
    'The text of the file is neither UTF-8 nor Windows-1252 (it may be UTF-16 or binary): save it again as "CSV UTF-8".',
    {
      violations: [
        {
          field: 'file',
          rule: 'encoding',
          message: 'The file must be UTF-8 or Windows-1252 text.',
        },
      ],
    },
  );

/**
 * Why a file cannot be read, as a stable code: the API answers it in `reason` and the pages
 * write their own sentence for it (the English `why` stays for the API's `detail`).
 */
export type UnreadableReason =
  | 'empty'
  | 'notXlsx'
  | 'noSeparator'
  | 'malformedCsv'
  | 'noDataRows'
  | 'badWorkbook'
  | 'emptyWorkbook'
  | 'invalidJson'
  | 'noHsdsServices';

export const importUnreadable = (
  reason: UnreadableReason,
  why: string,
  where: { line?: number } = {},
) =>
  new AppError(
    'validation',
    'OPEN_DATA.IMPORT_UNREADABLE_FILE',
    `The file cannot be read: ${why}`,
    {
      violations: [{ field: 'file', rule: 'readable', message: `The file cannot be read: ${why}` }],
      details: { reason, ...where },
    },
  );

export const importNoFile = () =>
  new AppError(
    'validation',
    'OPEN_DATA.IMPORT_NO_FILE',
    'Send the file as multipart/form-data in a field named "file".',
    {
      violations: [{ field: 'file', rule: 'required', message: 'Choose a file to import.' }],
    },
  );

export const importBadOption = (field: string, message: string) =>
  new AppError('validation', 'OPEN_DATA.IMPORT_BAD_OPTION', message, {
    violations: [{ field, rule: 'importOption', message }],
  });

export const importNotFound = () =>
  new AppError('not_found', 'OPEN_DATA.IMPORT_NOT_FOUND', 'No such import.');
