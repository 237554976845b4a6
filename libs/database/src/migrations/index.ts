// Every migration, in order. TypeORM runs the ones not yet in `schema_migrations`.
// `npm run migration:generate -- Name` adds a file here and a line below.
import { Foundation1764150000000 } from './1764150000000-foundation';
import { Identity1764200000000 } from './1764200000000-identity';
import { Organisations1764200000001 } from './1764200000001-organisations';
import { Taxonomy1764300000000 } from './1764300000000-taxonomy';
import { OrganisationProfile1764300000001 } from './1764300000001-organisation-profile';
import { Offers1764300000002 } from './1764300000002-offers';
import { Search1764400000000 } from './1764400000000-search';
import { EntrepreneurProfiles1764500000000 } from './1764500000000-entrepreneur-profiles';
import { SavedSearches1764500000001 } from './1764500000001-saved-searches';
import { ContactRequests1764500000002 } from './1764500000002-contact-requests';
import { SearchQueryLog1764600000000 } from './1764600000000-search-query-log';
import { ContactRequestAnswers1764600000001 } from './1764600000001-contact-request-answers';
import { SearchEmbedded1764700000000 } from './1764700000000-search-embedded';
import { CatalogueImport1764800000000 } from './1764800000000-catalogue-import';
import { BookmarkCalendarTokens1764800000200 } from './1764800000200-bookmark-calendar-tokens';
import { PartnerSync1764800000300 } from './1764800000300-partner-sync';
import { DeadlineReminders1764900000000 } from './1764900000000-deadline-reminders';
import { SlugHistory1764900000100 } from './1764900000100-slug-history';
import { OfferWeeklyStats1764900000200 } from './1764900000200-offer-weekly-stats';
import { ProfileSetups1764900000400 } from './1764900000400-profile-setups';

export const migrations = [
  Foundation1764150000000,
  Identity1764200000000,
  Organisations1764200000001,
  Taxonomy1764300000000,
  OrganisationProfile1764300000001,
  Offers1764300000002,
  Search1764400000000,
  EntrepreneurProfiles1764500000000,
  SavedSearches1764500000001,
  ContactRequests1764500000002,
  SearchQueryLog1764600000000,
  ContactRequestAnswers1764600000001,
  SearchEmbedded1764700000000,
  CatalogueImport1764800000000,
  BookmarkCalendarTokens1764800000200,
  PartnerSync1764800000300,
  DeadlineReminders1764900000000,
  SlugHistory1764900000100,
  OfferWeeklyStats1764900000200,
  ProfileSetups1764900000400,
];
