import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPORT_FIELDS } from '@app/open-data';

const EXAMPLE_ID = '0b6f1f9e-6c1e-4d55-9a0e-2b7d1f0c8e11';

export class ImportColumnResponse {
  @ApiProperty({ example: 'Date limite' }) header: string;
  @ApiProperty({
    enum: IMPORT_FIELDS,
    nullable: true,
    example: 'deadline',
    description: 'The field the column was recognised as; null when ignored',
  })
  field: string | null;
}

export class ImportPreviewRowResponse {
  @ApiProperty({ example: 2 }) line: number;
  @ApiProperty({ type: [String], example: ['OFF-1', 'Bourse d’amorçage', '31/03/2027'] })
  cells: string[];
}

export class ImportPreviewResponse {
  @ApiProperty({ enum: ['csv', 'xlsx', 'hsds'], example: 'csv' }) format: string;
  @ApiProperty({ nullable: true, example: 'windows-1252', type: String }) encoding: string | null;
  @ApiProperty({ example: 'partenaires-2026' }) source: string;
  @ApiProperty({ type: [ImportColumnResponse] }) columns: ImportColumnResponse[];
  @ApiProperty({ type: [ImportPreviewRowResponse] }) rows: ImportPreviewRowResponse[];
  @ApiProperty({ example: 500 }) totalRows: number;
  @ApiProperty({ type: [String], example: ['tags'] }) unmappedFields: string[];
}

export class ImportReasonResponse {
  @ApiProperty({ nullable: true, type: String, example: 'Pays' }) column: string | null;
  @ApiProperty({ example: 'eligibility.targetCountries' }) field: string;
  @ApiProperty({ example: 'isCountryCode' }) rule: string;
  @ApiProperty({
    example: 'each value in eligibility.targetCountries must be an ISO 3166-1 alpha-2 country code',
  })
  message: string;
  @ApiPropertyOptional({ example: 'Atlantide' }) value?: string;
}

export class ImportDuplicateResponse {
  @ApiProperty({ example: EXAMPLE_ID }) id: string;
  @ApiProperty({ example: 'Bourse d’amorçage pour la diaspora' }) title: string;
  @ApiProperty({ example: 0.82 }) similarity: number;
}

export class ImportReportRowResponse {
  @ApiProperty({ example: 7 }) line: number;
  @ApiProperty({ example: 'OFF-6' }) externalId: string;
  @ApiProperty({ example: 'Prêt d’honneur Dakar' }) title: string;
  @ApiProperty({
    enum: ['created', 'updated', 'unchanged', 'refused', 'duplicate'],
    example: 'refused',
  })
  outcome: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: EXAMPLE_ID }) offerId?:
    string | null;
  @ApiPropertyOptional({ type: [ImportReasonResponse] }) reasons?: ImportReasonResponse[];
  @ApiPropertyOptional({ type: [ImportDuplicateResponse] }) duplicates?: ImportDuplicateResponse[];
}

export class ImportCountsResponse {
  @ApiProperty({ example: 420 }) created: number;
  @ApiProperty({ example: 0 }) updated: number;
  @ApiProperty({ example: 0 }) unchanged: number;
  @ApiProperty({ example: 79 }) refused: number;
  @ApiProperty({ example: 1 }) duplicate: number;
}

export class ImportJobResponse {
  @ApiProperty({ example: EXAMPLE_ID }) id: string;
  @ApiProperty({ example: EXAMPLE_ID }) organisationId: string;
  @ApiProperty({ enum: ['pending', 'running', 'done', 'failed'], example: 'done' }) status: string;
  @ApiProperty({ example: false, description: 'A dry run reports without writing anything' })
  dryRun: boolean;
  @ApiProperty({ example: false, description: 'New and edited drafts are sent for review' })
  submit: boolean;
  @ApiProperty({ example: 'partenaires-2026' }) source: string;
  @ApiProperty({ example: 'partenaires-2026.csv' }) fileName: string;
  @ApiProperty({ enum: ['csv', 'xlsx', 'hsds'], example: 'csv' }) format: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { 'Intitulé du programme': 'title' },
  })
  mapping: Record<string, string>;
  @ApiProperty({ example: 500 }) total: number;
  @ApiProperty({ example: 500 }) processed: number;
  @ApiProperty({ type: ImportCountsResponse }) counts: ImportCountsResponse;
  @ApiProperty({ nullable: true, type: String, example: null }) error: string | null;
  @ApiProperty({ example: '2026-12-07T20:00:00.000Z' }) createdAt: Date;
  @ApiProperty({ nullable: true, type: Date, example: '2026-12-07T20:00:01.000Z' })
  startedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date, example: '2026-12-07T20:00:09.000Z' })
  finishedAt: Date | null;
  @ApiProperty({ type: [ImportReportRowResponse], description: 'Row by row, once done' })
  report: ImportReportRowResponse[];
}

export class ImportJobListResponse {
  @ApiProperty({ type: [ImportJobResponse] }) items: ImportJobResponse[];
}

/** The multipart body, for the OpenAPI document. */
export const IMPORT_UPLOAD_SCHEMA = {
  type: 'object',
  required: ['file'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description: 'CSV (UTF-8 or Windows-1252), XLSX, or HSDS 3.0 JSON; at most IMPORT_MAX_BYTES',
    },
    dryRun: { type: 'string', enum: ['true', 'false'], example: 'true' },
    submit: { type: 'string', enum: ['true', 'false'], example: 'false' },
    source: { type: 'string', maxLength: 100, example: 'partenaires-2026' },
    mapping: {
      type: 'string',
      description: 'JSON object: header as written (or column number) → field, "" to ignore',
      example: '{"Intitulé du programme":"title"}',
    },
  },
};
