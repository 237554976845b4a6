import { Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { pageWindow, UuidParam } from '@app/core';
import { BookmarksService } from '@app/entrepreneur-profile';
import { CurrentUser, Roles, type AuthenticatedUser } from '@app/identity';
import { ApiProblems } from '../common/problem-responses';
import {
  BookmarkListQueryDto,
  BookmarkPage,
  BookmarkResponse,
  toBookmarkResponse,
} from './bookmarks.dto';

@ApiTags('me')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiProblems(401, 403)
@Roles('entrepreneur')
@Controller('api/v1/me/bookmarks')
export class BookmarksController {
  constructor(private readonly bookmarks: BookmarksService) {}

  @Get()
  @ApiOperation({
    summary: 'Saved offers, newest first, each with its current state',
    description: 'An offer that expired or was archived stays in the list, marked so.',
  })
  @ApiOkResponse({ type: BookmarkPage })
  @ApiProblems(400)
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: BookmarkListQueryDto,
  ): Promise<BookmarkPage> {
    const page = await this.bookmarks.list(user.id, pageWindow(query));
    const lang = query.lang ?? user.preferredLanguage;
    return { ...page, items: page.items.map((b) => toBookmarkResponse(b, lang)) };
  }

  @Put(':offerId')
  @ApiOperation({
    summary: 'Save an offer (idempotent)',
    description: '404 when the offer does not exist or was never published.',
  })
  @ApiOkResponse({ type: BookmarkResponse })
  @ApiProblems(400, 404)
  async save(
    @CurrentUser() user: AuthenticatedUser,
    @Param('offerId', UuidParam('offerId')) offerId: string,
  ): Promise<BookmarkResponse> {
    return toBookmarkResponse(await this.bookmarks.save(user.id, offerId), user.preferredLanguage);
  }

  @Delete(':offerId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Forget a saved offer (idempotent)',
    description:
      'Removes the offer from your saved offers; answers 204 even when it was not saved.',
  })
  @ApiNoContentResponse()
  @ApiProblems(400)
  async remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param('offerId', UuidParam('offerId')) offerId: string,
  ): Promise<void> {
    await this.bookmarks.remove(user.id, offerId);
  }
}
