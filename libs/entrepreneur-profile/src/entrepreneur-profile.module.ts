import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@app/catalogue';
import { IdentityModule } from '@app/identity';
import { SearchModule } from '@app/search';
import { SupportOrganisationModule } from '@app/support-organisation';
import {
  contactRequestEntities,
  contactRequestProviders,
} from './contact-requests/contact-requests.providers';
import { ContactRequestService } from './contact-requests/contact-request.service';
import { profileEntities } from './profile/profile.entity';
import { ProfileRepository } from './profile/profile.repository';
import { ProfileService } from './profile/profile.service';
import { EligibilityService } from './eligibility/eligibility.service';
import { RecommendationService } from './recommendations/recommendation.service';
import { BookmarksModule } from './bookmarks/bookmarks.module';
import { SavedSearchesModule } from './saved-searches/saved-searches.module';

/** Entrepreneur profiles, eligibility, recommendations (and, in sub-modules, bookmarks, alerts, contact requests). */
@Module({
  imports: [
    TypeOrmModule.forFeature([...profileEntities, ...contactRequestEntities]),
    IdentityModule,
    SupportOrganisationModule,
    CatalogueModule,
    SearchModule,
    BookmarksModule,
    SavedSearchesModule,
  ],
  providers: [
    ProfileRepository,
    ProfileService,
    EligibilityService,
    RecommendationService,
    ...contactRequestProviders,
  ],
  exports: [
    ProfileService,
    EligibilityService,
    RecommendationService,
    ContactRequestService,
    BookmarksModule,
    SavedSearchesModule,
  ],
})
export class EntrepreneurProfileModule {}
