export { OpenDataModule, OpenDataWorkerModule } from './open-data.module';
export {
  detectMapping,
  FIELD_HEADERS,
  fieldOfHeader,
  IMPORT_FIELDS,
  isImportField,
  type ImportField,
} from './import/import-columns';
export {
  defaultSource,
  IMPORT_JOB,
  ImportService,
  type ImportFile,
  type ImportJobView,
  type ImportOptions,
  type ImportPreview,
} from './import/import.service';
export type { ImportReportRow, RowOutcome } from './import/import-job.entity';
export { importNoFile, importFileTooLarge, importBadOption } from './import/import-errors';
export { reportCsv } from './import/report-csv';
