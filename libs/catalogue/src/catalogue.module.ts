import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { SupportOrganisationModule } from '@app/support-organisation';
import { CatalogueJobsService } from './jobs/catalogue-jobs.service';
import { CatalogueWorker } from './jobs/catalogue-worker';
import { ModerationService } from './moderation/moderation.service';
import { offerEntities } from './offers/offer.entity';
import { OfferRepository } from './offers/offer.repository';
import { OfferImportService } from './offers/offer-import.service';
import { OfferService } from './offers/offer.service';
import { OfferSlugService } from './offers/offer-slugs.service';
import { PublicOffersService } from './public/public-offers.service';
import { QualityService } from './quality/quality.service';
import { CatalogueStatsRepository } from './stats/catalogue-stats.repository';
import { CatalogueStatsService } from './stats/catalogue-stats.service';
import { TaxonomyModule } from './taxonomy/taxonomy.module';

const services = [
  OfferRepository,
  OfferService,
  OfferSlugService,
  OfferImportService,
  ModerationService,
  PublicOffersService,
  QualityService,
  CatalogueJobsService,
  CatalogueStatsRepository,
  CatalogueStatsService,
];

/** Offers, moderation and taxonomy, for the API. */
@Module({
  imports: [
    TypeOrmModule.forFeature(offerEntities),
    TaxonomyModule,
    IdentityModule,
    SupportOrganisationModule,
  ],
  providers: services,
  exports: [
    OfferService,
    OfferSlugService,
    OfferImportService,
    ModerationService,
    PublicOffersService,
    CatalogueJobsService,
    CatalogueStatsService,
    TaxonomyModule,
  ],
})
export class CatalogueModule {}

/** The same services plus the scheduled jobs, for the worker. */
@Module({
  imports: [CatalogueModule],
  providers: [CatalogueWorker],
})
export class CatalogueWorkerModule {}
