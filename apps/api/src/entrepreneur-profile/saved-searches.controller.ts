import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { PageQueryDto, pageWindow, UuidParam } from '@app/core';
import { SavedSearchesService } from '@app/entrepreneur-profile';
import {
  AuthThrottlerGuard,
  CurrentUser,
  Public,
  Roles,
  type AuthenticatedUser,
} from '@app/identity';
import { ApiProblems } from '../common/problem-responses';
import {
  AlertAcceptedResponse,
  AlertConfirmedResponse,
  AlertTokenDto,
  CreateAlertDto,
  CreateSavedSearchDto,
  SavedSearchPage,
  SavedSearchResponse,
  toSavedSearchQuery,
  toSavedSearchResponse,
  UnsubscribedResponse,
  UpdateSavedSearchDto,
} from './saved-searches.dto';

@ApiTags('me')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiProblems(401, 403)
@Roles('entrepreneur')
@Controller('api/v1/me/saved-searches')
export class SavedSearchesController {
  constructor(private readonly savedSearches: SavedSearchesService) {}

  @Get()
  @ApiOperation({
    summary: 'Your saved searches, newest first',
    description:
      'Your saved searches with their parameters, alert frequency and when the alert last ran.',
  })
  @ApiOkResponse({ type: SavedSearchPage })
  @ApiProblems(400)
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: PageQueryDto,
  ): Promise<SavedSearchPage> {
    const page = await this.savedSearches.list(user.id, pageWindow(query));
    return { ...page, items: page.items.map(toSavedSearchResponse) };
  }

  @Post()
  @ApiOperation({
    summary: 'Save a search, with e-mail alerts (daily, weekly or off)',
    description:
      'Alerts list the offers published since the previous one that match the search; no e-mail when ' +
      'nothing is new. Every alert has a one-click unsubscribe link.',
  })
  @ApiCreatedResponse({ type: SavedSearchResponse })
  @ApiProblems(400, 409)
  async create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateSavedSearchDto,
  ): Promise<SavedSearchResponse> {
    return toSavedSearchResponse(
      await this.savedSearches.create(user.id, {
        name: body.name,
        search: toSavedSearchQuery(body.search),
        frequency: body.frequency,
      }),
    );
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One of your saved searches',
    description:
      'One saved search with its parameters and alert settings; 404 when it is not yours.',
  })
  @ApiOkResponse({ type: SavedSearchResponse })
  @ApiProblems(400, 404)
  async get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', UuidParam('id')) id: string,
  ): Promise<SavedSearchResponse> {
    return toSavedSearchResponse(await this.savedSearches.get(user.id, id));
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Rename it, change the search or the alert frequency',
    description:
      'A changed search, or alerts turned back on, only brings offers published from now on.',
  })
  @ApiOkResponse({ type: SavedSearchResponse })
  @ApiProblems(400, 404)
  async update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', UuidParam('id')) id: string,
    @Body() body: UpdateSavedSearchDto,
  ): Promise<SavedSearchResponse> {
    return toSavedSearchResponse(
      await this.savedSearches.update(user.id, id, {
        name: body.name,
        search: body.search ? toSavedSearchQuery(body.search) : undefined,
        frequency: body.frequency,
      }),
    );
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a saved search and its alerts',
    description: 'Deletes the saved search; no alert is sent for it any more.',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', UuidParam('id')) id: string,
  ): Promise<void> {
    await this.savedSearches.remove(user.id, id);
  }
}

const ACCEPTED = {
  message: 'Check your inbox: the alert starts once you confirm it with the link we e-mailed.',
};

/** E-mail alerts without an account, and the links every alert e-mail carries. */
@ApiTags('alerts')
@Public()
@Controller('api/v1/alerts')
@UseGuards(AuthThrottlerGuard)
export class AlertsController {
  constructor(private readonly savedSearches: SavedSearchesService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Ask for e-mail alerts on a search, without an account',
    description:
      'Always 202 with the same body, whatever the address: a confirmation link (valid 48 hours, once) is ' +
      'e-mailed, and nothing else is sent until it is followed.',
  })
  @ApiAcceptedResponse({ type: AlertAcceptedResponse })
  @ApiProblems(400, 429)
  async request(@Body() body: CreateAlertDto): Promise<AlertAcceptedResponse> {
    await this.savedSearches.requestAlert({
      email: body.email,
      search: toSavedSearchQuery(body.search),
      frequency: body.frequency,
      name: body.name,
      language: body.language,
    });
    return ACCEPTED;
  }

  @Post('confirm')
  @HttpCode(200)
  @SkipThrottle({ account: true })
  @ApiOperation({
    summary: 'Start an alert with the token of its confirmation link',
    description:
      'The token from the confirmation e-mail starts an alert asked for without an account. Single-use; an expired or unknown token is a 400 naming `token`.',
  })
  @ApiOkResponse({ type: AlertConfirmedResponse })
  @ApiProblems(400, 429)
  async confirm(@Body() body: AlertTokenDto): Promise<AlertConfirmedResponse> {
    const { name, frequency } = await this.savedSearches.confirmAlert(body.token);
    return { confirmed: true, name, frequency };
  }

  @Get('unsubscribe')
  @SkipThrottle({ ip: true, account: true })
  @ApiOperation({
    summary: 'Stop an alert: the one-click link of every alert e-mail, no sign-in needed',
    description:
      'An account’s saved search stays, with alerts off; an alert without an account is deleted. ' +
      'Following the link again answers the same. A link not signed by Passerelle is a 400.',
  })
  @ApiOkResponse({ type: UnsubscribedResponse })
  @ApiProblems(400)
  async unsubscribe(@Query() query: AlertTokenDto): Promise<UnsubscribedResponse> {
    const { name } = await this.savedSearches.unsubscribe(query.token);
    return {
      unsubscribed: true,
      name,
      message: 'You will not receive this alert any more. / Vous ne recevrez plus cette alerte.',
    };
  }
}
