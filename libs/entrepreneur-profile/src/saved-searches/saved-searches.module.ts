import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@app/catalogue';
import { IdentityModule } from '@app/identity';
import { SearchModule } from '@app/search';
import { BookmarksModule } from '../bookmarks/bookmarks.module';
import { DeadlineRemindersWorker } from '../bookmarks/deadline-reminders.worker';
import { AlertLinks } from './alert-links';
import { AlertsService } from './alerts.service';
import { AlertsWorker } from './alerts.worker';
import { savedSearchEntities } from './saved-search.entity';
import { SavedSearchLabels } from './saved-search-labels';
import { SavedSearchRepository } from './saved-search.repository';
import { SavedSearchesService } from './saved-searches.service';

/** Saved searches, their e-mail alerts, and alerts without an account. */
@Module({
  imports: [
    TypeOrmModule.forFeature(savedSearchEntities),
    IdentityModule,
    CatalogueModule,
    SearchModule,
  ],
  providers: [
    SavedSearchRepository,
    SavedSearchesService,
    SavedSearchLabels,
    AlertLinks,
    AlertsService,
  ],
  exports: [SavedSearchesService, AlertsService],
})
export class SavedSearchesModule {}

/** The same services plus the hourly alert job and the daily deadline reminders, for the worker. */
@Module({
  imports: [SavedSearchesModule, BookmarksModule],
  providers: [AlertsWorker, DeadlineRemindersWorker],
})
export class EntrepreneurAlertsWorkerModule {}
