export {
  OpenDataExportService,
  type BuiltZip,
  type HsdsServicePage,
  type OpenDataSummary,
} from './export/open-data-export.service';
export { OpenDataExportModule } from './export/open-data-export.module';
export type { OpenDataLicence } from './export/data-package';
export { HSDS_TABLES, type HsdsTableName, type HsdsTableSchema } from './export/hsds-tables';
export type {
  HsdsService,
  HsdsServiceSummary,
  HsdsOrganization,
  HsdsAttribute,
} from './export/hsds-types';
export { OFFER_CSV_COLUMNS, safeCell, UTF8_BOM } from './export/offers-csv';
export { FeedsModule } from './feeds/feeds.module';
export {
  ATOM_CONTENT_TYPE,
  buildAtomFeed,
  type AtomEntry,
  type AtomFeedInput,
} from './feeds/atom-feed';
export {
  buildDeadlineCalendar,
  ICALENDAR_CONTENT_TYPE,
  type DeadlineCalendarInput,
  type DeadlineEvent,
} from './feeds/deadline-calendar';
export {
  jsonLdScriptContent,
  offerJsonLd,
  organisationJsonLd,
  type JsonLd,
  type JsonLdOffer,
  type JsonLdOrganisation,
} from './feeds/structured-data';
export {
  BookmarkCalendarService,
  calendarNotFound,
  MAX_CALENDAR_BOOKMARKS,
  type BookmarkCalendarStatus,
} from './feeds/bookmark-calendar.service';
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
