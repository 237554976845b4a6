import { Module } from '@nestjs/common';
import { AnalyticsModule } from '@app/analytics';
import { CatalogueModule } from '@app/catalogue';
import { EntrepreneurProfileModule } from '@app/entrepreneur-profile';
import { SearchModule } from '@app/search';
import { SupportOrganisationModule } from '@app/support-organisation';
import { OpenDataModule } from '@app/open-data';
import { HomeController } from './home.controller';
import { OpenDataPageController } from './open-data-page.controller';
import { OfferPagesController } from './offer-pages.controller';
import { OrganisationPagesController } from './organisation-pages.controller';
import { SearchFeedsController } from './search-feeds.controller';
import { SearchPagesController } from './search-pages.controller';
import { SitemapController } from './sitemap.controller';

/** Public pages: home, search, offers, organisations, open data, sitemap. */
@Module({
  imports: [
    AnalyticsModule,
    CatalogueModule,
    SearchModule,
    SupportOrganisationModule,
    EntrepreneurProfileModule,
    OpenDataModule,
  ],
  controllers: [
    HomeController,
    SearchPagesController,
    SearchFeedsController,
    OfferPagesController,
    OrganisationPagesController,
    SitemapController,
    OpenDataPageController,
  ],
})
export class PublicPagesModule {}
