import { Module } from '@nestjs/common';
import { AnalyticsModule } from '@app/analytics';
import { CatalogueModule } from '@app/catalogue';
import { IdentityModule } from '@app/identity';
import { SearchModule } from '@app/search';
import { SupportOrganisationModule } from '@app/support-organisation';
import { AdminApiKeysPagesController } from './admin-api-keys.controller';
import { AdminDashboardPagesController } from './admin-dashboard.controller';
import { AdminJournalPagesController } from './admin-journal.controller';
import { AdminOfferQueuePagesController } from './admin-offer-queue.controller';
import { AdminOfferReviewPagesController } from './admin-offer-review.controller';
import { AdminOrganisationsPagesController } from './admin-organisations.controller';
import { AdminTaxonomyPagesController } from './admin-taxonomy.controller';
import { AdminUsersPagesController } from './admin-users.controller';

/** The back office. */
@Module({
  imports: [
    AnalyticsModule,
    IdentityModule,
    SupportOrganisationModule,
    CatalogueModule,
    SearchModule,
  ],
  controllers: [
    AdminDashboardPagesController,
    AdminOrganisationsPagesController,
    // The queue first: its static paths (`lot`) before the review's `:id` ones.
    AdminOfferQueuePagesController,
    AdminOfferReviewPagesController,
    AdminTaxonomyPagesController,
    AdminUsersPagesController,
    AdminApiKeysPagesController,
    AdminJournalPagesController,
  ],
})
export class AdminPagesModule {}
