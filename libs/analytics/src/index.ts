export { AnalyticsModule } from './analytics.module';
export {
  AnalyticsService,
  REPORT_WEEKS,
  type OfferFigures,
  type OfferReportRow,
  type OrganisationReport,
  type PlatformReport,
  type WeekFigures,
} from './analytics.service';
export { isCountableVisit, type VisitRequest } from './countable-visit';
export { lastWeeks, weekOf } from './iso-week';
export {
  OFFER_STATS_BATCH_ROWS,
  OFFER_STATS_FLUSH_MS,
  OfferStatsRecorder,
} from './offer-stats-recorder';
