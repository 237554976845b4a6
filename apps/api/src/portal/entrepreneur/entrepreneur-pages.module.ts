import { Module } from '@nestjs/common';
import { CatalogueModule } from '@app/catalogue';
import { EntrepreneurProfileModule } from '@app/entrepreneur-profile';
import { IdentityModule } from '@app/identity';
import { FeedsModule } from '@app/open-data';
import { SupportOrganisationModule } from '@app/support-organisation';
import { AccountPagesController } from './account-pages.controller';
import { AlertsPagesController } from './alerts-pages.controller';
import { BookmarkCalendarFeedController } from './bookmark-calendar-feed.controller';
import { BookmarksPagesController } from './bookmarks-pages.controller';
import { ContactRequestsPagesController } from './contact-requests-pages.controller';
import { DashboardPagesController } from './dashboard-pages.controller';
import { ProfilePagesController } from './profile-pages.controller';
import { ProfileSetupPagesController } from './profile-setup-pages.controller';
import { RemindersPagesController } from './reminders-pages.controller';
import { SavedSearchesPagesController } from './saved-searches-pages.controller';

/** The entrepreneur space (/mon-espace), the account page and alerts without an account (/alertes). */
@Module({
  imports: [
    EntrepreneurProfileModule,
    CatalogueModule,
    SupportOrganisationModule,
    IdentityModule,
    FeedsModule,
  ],
  controllers: [
    DashboardPagesController,
    ProfilePagesController,
    ProfileSetupPagesController,
    BookmarksPagesController,
    BookmarkCalendarFeedController,
    SavedSearchesPagesController,
    ContactRequestsPagesController,
    AccountPagesController,
    AlertsPagesController,
    RemindersPagesController,
  ],
})
export class EntrepreneurPagesModule {}
