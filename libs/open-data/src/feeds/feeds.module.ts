import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EntrepreneurProfileModule } from '@app/entrepreneur-profile';
import { IdentityModule } from '@app/identity';
import { BookmarkCalendarTokenEntity } from './bookmark-calendar-token.entity';
import { BookmarkCalendarTokenRepository } from './bookmark-calendar-token.repository';
import { BookmarkCalendarService } from './bookmark-calendar.service';

/** Feeds: the secret calendar of saved offers (the search feeds need no storage). */
@Module({
  imports: [
    TypeOrmModule.forFeature([BookmarkCalendarTokenEntity]),
    IdentityModule,
    EntrepreneurProfileModule,
  ],
  providers: [BookmarkCalendarTokenRepository, BookmarkCalendarService],
  exports: [BookmarkCalendarService],
})
export class FeedsModule {}
