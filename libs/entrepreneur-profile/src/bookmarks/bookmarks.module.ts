import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@app/catalogue';
import { IdentityModule } from '@app/identity';
import { BookmarkEntity } from './bookmark.entity';
import { BookmarkRepository } from './bookmark.repository';
import { BookmarksService } from './bookmarks.service';

/** Offers an entrepreneur keeps. */
@Module({
  imports: [TypeOrmModule.forFeature([BookmarkEntity]), IdentityModule, CatalogueModule],
  providers: [BookmarkRepository, BookmarksService],
  exports: [BookmarksService],
})
export class BookmarksModule {}
