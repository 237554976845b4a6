import { DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import {
  ConfigModule,
  createValidationPipe,
  MailModule,
  MetricsModule,
  ROOT_LOGGER,
  type AppConfig,
} from '@app/core';
import { DatabaseModule, JobsModule } from '@app/database';
import { AuthGuard, IdentityModule, PublicApiRateLimitGuard } from '@app/identity';
import { SupportOrganisationModule } from '@app/support-organisation';
import { CatalogueModule } from '@app/catalogue';
import { SearchModule, SearchWarmup } from '@app/search';
import { EntrepreneurProfileModule } from '@app/entrepreneur-profile';
import { OpenDataModule } from '@app/open-data';
import { AnalyticsModule } from '@app/analytics';
import type { Logger } from 'pino';
import { ImportsController } from './open-data/imports.controller';
import { PortalModule } from './portal/portal.module';
import { PageAwareErrorFilter } from './portal/web/page-error.filter';
import { ReferenceController } from './catalogue/reference.controller';
import { AdminTaxonomyController, TaxonomyController } from './catalogue/taxonomy.controller';
import { HealthController } from './health/health.controller';
import { MetricsController } from './metrics/metrics.controller';
import { AdminApiKeysController } from './identity/admin-api-keys.controller';
import { AdminUsersController } from './identity/admin-users.controller';
import { AuthController } from './identity/auth.controller';
import { MeController } from './identity/me.controller';
import { AdminOrganisationsController } from './support-organisation/admin-organisations.controller';
import { OrganisationsController } from './support-organisation/organisations.controller';
import { PublicOrganisationsController } from './support-organisation/public-organisations.controller';
import { ModerationController } from './catalogue/moderation.controller';
import { OrganisationOffersController } from './catalogue/organisation-offers.controller';
import { PublicOffersController } from './catalogue/public-offers.controller';
import { OpenDataController } from './open-data/open-data.controller';
import { SearchController } from './search/search.controller';
import { AdminInsightsController } from './admin-insights/admin-insights.controller';
import {
  MyContactRequestsController,
  OfferContactRequestsController,
  OrganisationContactRequestsController,
} from './entrepreneur-profile/contact-requests.controller';
import { ProfileController } from './entrepreneur-profile/profile.controller';
import { BookmarksController } from './entrepreneur-profile/bookmarks.controller';
import {
  AlertsController,
  SavedSearchesController,
} from './entrepreneur-profile/saved-searches.controller';

/**
 * No statement of a request runs longer than this: past it PostgreSQL cancels it and the
 * request answers 503, instead of holding a connection (and the caller) indefinitely.
 */
const STATEMENT_TIMEOUT_MS = 20_000;

export interface ApiModuleOptions {
  readonly config: AppConfig;
  readonly databaseUrl: string;
  readonly logger: Logger;
  readonly imports?: ModuleMetadata['imports'];
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logger, imports = [] }: ApiModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({
          url: databaseUrl,
          poolSize: config.DATABASE_POOL_SIZE,
          applicationName: 'passerelle-api',
          statementTimeoutMs: STATEMENT_TIMEOUT_MS,
        }),
        JobsModule.forRoot({ url: databaseUrl, role: 'producer' }),
        TerminusModule.forRoot({ errorLogStyle: 'json', logger: false }),
        MailModule,
        MetricsModule,
        IdentityModule,
        SupportOrganisationModule,
        CatalogueModule,
        SearchModule,
        EntrepreneurProfileModule,
        OpenDataModule,
        AnalyticsModule,
        PortalModule,
        ...imports,
      ],
      controllers: [
        HealthController,
        AuthController,
        MeController,
        AdminUsersController,
        AdminApiKeysController,
        OrganisationsController,
        AdminOrganisationsController,
        PublicOrganisationsController,
        TaxonomyController,
        AdminTaxonomyController,
        ReferenceController,
        OrganisationOffersController,
        ModerationController,
        PublicOffersController,
        SearchController,
        OfferContactRequestsController,
        OrganisationContactRequestsController,
        MyContactRequestsController,
        ProfileController,
        BookmarksController,
        SavedSearchesController,
        AlertsController,
        AdminInsightsController,
        OpenDataController,
        ImportsController,
        // Without a token there is no /metrics route on this port at all (404, not 401).
        ...(config.METRICS_TOKEN ? [MetricsController] : []),
      ],
      providers: [
        { provide: ROOT_LOGGER, useValue: logger },
        // The search index is in memory before the API listens.
        SearchWarmup,
        { provide: APP_PIPE, useFactory: createValidationPipe },
        // problem+json for the API, an HTML page for a browser asking for a page.
        { provide: APP_FILTER, useClass: PageAwareErrorFilter },
        // Every route is private unless marked @Public().
        { provide: APP_GUARD, useExisting: AuthGuard },
        // Then the public API's limits, which depend on who the AuthGuard found.
        { provide: APP_GUARD, useExisting: PublicApiRateLimitGuard },
      ],
    };
  }
}
