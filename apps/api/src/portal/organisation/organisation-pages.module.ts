import { Module } from '@nestjs/common';
import { AnalyticsModule } from '@app/analytics';
import { CatalogueModule } from '@app/catalogue';
import { EntrepreneurProfileModule } from '@app/entrepreneur-profile';
import { OpenDataModule } from '@app/open-data';
import { SupportOrganisationModule } from '@app/support-organisation';
import { OrganisationDashboardController } from './dashboard.controller';
import { ImportPagesController } from './imports.controller';
import { InboxPagesController } from './inbox.controller';
import { MembersPagesController } from './members.controller';
import { OfferActionsPagesController } from './offer-actions.controller';
import { OfferEditorPage } from './offer-editor';
import { OfferPreviewController } from './offer-preview.controller';
import { OfferEditorPagesController } from './offers.controller';
import { OfferListPagesController } from './offers-list.controller';
import { OrganisationProfilePagesController } from './organisation-profile.controller';
import { OrganisationScopes } from './organisation-web';
import { StatisticsPagesController } from './statistics.controller';

/** The organisation space (/espace). */
@Module({
  imports: [
    AnalyticsModule,
    SupportOrganisationModule,
    CatalogueModule,
    EntrepreneurProfileModule,
    OpenDataModule,
  ],
  providers: [OrganisationScopes, OfferEditorPage],
  controllers: [
    OrganisationDashboardController,
    OrganisationProfilePagesController,
    MembersPagesController,
    OfferListPagesController,
    OfferEditorPagesController,
    OfferActionsPagesController,
    OfferPreviewController,
    InboxPagesController,
    ImportPagesController,
    StatisticsPagesController,
  ],
})
export class OrganisationPagesModule {}
