export { AnalyticsModule } from './analytics.module';
export {
  AnalyticsService,
  REPORT_WEEKS,
  SEARCH_DAYS,
  type OfferFigures,
  type OfferReportRow,
  type OrganisationReport,
  type PlatformReport,
  type SearchDay,
  type WeekFigures,
} from './analytics.service';
export { isCountableVisit, type VisitRequest } from './countable-visit';
export { lastDays, lastWeeks, weekOf } from './iso-week';
export {
  OFFER_STATS_BATCH_ROWS,
  OFFER_STATS_FLUSH_MS,
  OfferStatsRecorder,
} from './offer-stats-recorder';
