import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@app/catalogue';
import { IdentityModule } from '@app/identity';
import { SupportOrganisationModule } from '@app/support-organisation';
import { BookmarkEntity } from './bookmark.entity';
import { BookmarkRepository } from './bookmark.repository';
import { BookmarksService } from './bookmarks.service';
import { DeadlineRemindersRepository } from './deadline-reminders.repository';
import { DeadlineRemindersService } from './deadline-reminders.service';
import { ReminderLinks } from './reminder-links';

/** Offers an entrepreneur keeps, and the reminders of their deadlines. */
@Module({
  imports: [
    TypeOrmModule.forFeature([BookmarkEntity]),
    IdentityModule,
    CatalogueModule,
    SupportOrganisationModule,
  ],
  providers: [
    BookmarkRepository,
    BookmarksService,
    DeadlineRemindersRepository,
    DeadlineRemindersService,
    ReminderLinks,
  ],
  exports: [BookmarksService, DeadlineRemindersService],
})
export class BookmarksModule {}
