import { Module } from '@nestjs/common';
import { SupportOrganisationModule } from '@app/support-organisation';
import { AnalyticsService } from './analytics.service';
import { OfferStatsRecorder } from './offer-stats-recorder';
import { OfferStatsRepository } from './offer-stats.repository';

/**
 * Offer statistics: the recorder the public pages call, the reports of the statistics pages.
 * One recorder per process (Nest keeps one instance of this module wherever it is imported).
 */
@Module({
  imports: [SupportOrganisationModule],
  providers: [OfferStatsRepository, OfferStatsRecorder, AnalyticsService],
  exports: [OfferStatsRecorder, AnalyticsService],
})
export class AnalyticsModule {}
