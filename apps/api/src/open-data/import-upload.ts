import { AppError } from '@app/core';
import {
  importBadOption,
  importFileTooLarge,
  importNoFile,
  type ImportFile,
  type ImportOptions,
} from '@app/open-data';
import type { FastifyRequest } from 'fastify';

/** The fields of an import upload besides the file. */
export interface ImportUpload {
  readonly file: ImportFile | null;
  readonly fields: Readonly<Record<string, string>>;
}

const notMultipart = () =>
  new AppError(
    'unsupported_media_type',
    'OPEN_DATA.IMPORT_NOT_MULTIPART',
    'Send the file as multipart/form-data in a field named "file".',
  );

/**
 * Reads a multipart upload: one file (field `file`) of at most `maxBytes` — busboy stops
 * reading past the limit, so a larger file is never held whole in memory — and a few short
 * text fields. Multipart errors become 4xx problems, never a 500.
 */
export async function readImportUpload(
  req: FastifyRequest,
  maxBytes: number,
): Promise<ImportUpload> {
  if (!req.isMultipart()) throw notMultipart();
  let file: ImportFile | null = null;
  const fields: Record<string, string> = {};
  try {
    for await (const part of req.parts({
      limits: { fileSize: maxBytes, files: 1, fields: 60, fieldSize: 64 * 1024, parts: 61 },
    })) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.fieldname === 'file') file = { data, fileName: part.filename || 'import' };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw importFileTooLarge(maxBytes);
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw notMultipart();
    if (
      typeof code === 'string' &&
      /^FST_(FILES|FIELDS|PARTS)_LIMIT|^FST_PROTO_VIOLATION/.test(code)
    ) {
      throw importBadOption(
        'body',
        'The upload has too many parts: send one file and a few options.',
      );
    }
    if (error instanceof AppError) throw error;
    throw importBadOption('body', 'The multipart body is malformed.');
  }
  return { file, fields };
}

const flag = (fields: Readonly<Record<string, string>>, name: string): boolean => {
  const value = (fields[name] ?? '').trim().toLowerCase();
  if (['', 'false', '0', 'off', 'no'].includes(value)) return false;
  if (['true', '1', 'on', 'yes'].includes(value)) return true;
  throw importBadOption(name, `${name} must be true or false.`);
};

/**
 * The import options of an upload: `dryRun`, `submit` (true/false), `source`, and the mapping
 * either as JSON in `mapping` (`{"Titre de l'offre": "title"}`) or as `mapping.<header>` fields.
 */
export function importOptionsOf(fields: Readonly<Record<string, string>>): ImportOptions {
  const mapping: Record<string, string> = {};
  if (fields.mapping !== undefined && fields.mapping.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fields.mapping);
    } catch {
      throw importBadOption('mapping', 'mapping must be a JSON object: header → field.');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw importBadOption('mapping', 'mapping must be a JSON object: header → field.');
    }
    for (const [key, value] of Object.entries(parsed)) {
      if (typeof value !== 'string') {
        throw importBadOption(`mapping.${key}`, 'mapping: each value must be a field name or "".');
      }
      mapping[key] = value;
    }
  }
  for (const [name, value] of Object.entries(fields)) {
    if (name.startsWith('mapping.')) mapping[name.slice('mapping.'.length)] = value;
  }
  return {
    dryRun: flag(fields, 'dryRun'),
    submit: flag(fields, 'submit'),
    source: fields.source,
    mapping,
  };
}

export function requireFile(upload: ImportUpload): ImportFile {
  if (!upload.file) throw importNoFile();
  return upload.file;
}
