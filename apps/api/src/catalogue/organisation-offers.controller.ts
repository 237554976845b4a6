import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto, pageWindow, UuidParam } from '@app/core';
import { OFFER_STATES, OfferService, type OfferState } from '@app/catalogue';
import { CurrentUser, type AuthenticatedUser } from '@app/identity';
import { ApiProblems } from '../common/problem-responses';
import { OfferContentDto, UpdateOfferDto } from './offer.dto';
import {
  AuditPage,
  OfferPage,
  OfferResponse,
  toAuditEventResponse,
  toOfferResponse,
} from './offer-responses';

class OfferListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: OFFER_STATES }) @IsOptional() @IsIn(OFFER_STATES) state?: OfferState;
}

@ApiTags('organisation offers')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiProblems(401, 404)
@Controller('api/v1/organisations/:organisationId/offers')
export class OrganisationOffersController {
  constructor(private readonly offers: OfferService) {}

  @Post()
  @ApiOperation({
    summary: 'Write a new offer (a draft)',
    description:
      'Members (owners and editors) of a verified or pending organisation. The offer starts as a draft; the content is checked with the same rules as every other write.',
  })
  @ApiCreatedResponse({ type: OfferResponse })
  @ApiProblems(400)
  async create(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Body() body: OfferContentDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OfferResponse> {
    return toOfferResponse(await this.offers.create(user, organisationId, { ...body }));
  }

  @Get()
  @ApiOperation({
    summary: 'The organisation’s offers in every state, last edited first',
    description:
      'Members only: drafts, submitted, published, expired, archived… filter by state; paged, last edited first.',
  })
  @ApiOkResponse({ type: OfferPage })
  async list(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Query() query: OfferListQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OfferPage> {
    const { page, pageSize, offset, limit } = pageWindow(query);
    const { items, total } = await this.offers.list(
      user,
      organisationId,
      query.state ? [query.state] : undefined,
      offset,
      limit,
    );
    return { items: items.map(toOfferResponse), page, pageSize, total };
  }

  @Get(':offerId')
  @ApiOkResponse({ type: OfferResponse })
  @ApiOperation({
    summary: 'One offer of the organisation',
    description:
      'Members only: the offer in any state, with its version (send it back when editing), its quality score and any change waiting for review.',
  })
  async get(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Param('offerId', UuidParam('offerId')) offerId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OfferResponse> {
    return toOfferResponse(await this.offers.get(user, organisationId, offerId));
  }

  @Patch(':offerId')
  @ApiOperation({
    summary: 'Edit an offer (the whole content)',
    description:
      'Drafts and offers sent back for changes are edited in place. Editing a published offer creates a revision ' +
      'that waits for review while the published version stays online.',
  })
  @ApiOkResponse({ type: OfferResponse })
  @ApiProblems(400, 409)
  async update(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Param('offerId', UuidParam('offerId')) offerId: string,
    @Body() body: UpdateOfferDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OfferResponse> {
    const { expectedVersion, ...content } = body;
    return toOfferResponse(
      await this.offers.update(user, organisationId, offerId, content, expectedVersion),
    );
  }

  @Post(':offerId/submit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send the draft for review',
    description:
      'Moves a draft (or an offer sent back for changes) to the review queue. Nothing is public until a moderator publishes it.',
  })
  @ApiOkResponse({ type: OfferResponse })
  @ApiProblems(400, 409)
  async submit(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Param('offerId', UuidParam('offerId')) offerId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OfferResponse> {
    return toOfferResponse(await this.offers.submit(user, organisationId, offerId));
  }

  @Post(':offerId/archive')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Take a published or expired offer offline',
    description:
      'The offer leaves the public list and search at once; partners syncing the catalogue receive a tombstone. It can be reopened as a draft later.',
  })
  @ApiOkResponse({ type: OfferResponse })
  @ApiProblems(409)
  async archive(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Param('offerId', UuidParam('offerId')) offerId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OfferResponse> {
    return toOfferResponse(await this.offers.archive(user, organisationId, offerId));
  }

  @Post(':offerId/reopen')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Bring an archived or expired offer back as a draft, to update and submit again',
    description:
      'The offer becomes a draft again, out of public view until it is submitted and published anew.',
  })
  @ApiOkResponse({ type: OfferResponse })
  @ApiProblems(409)
  async reopen(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Param('offerId', UuidParam('offerId')) offerId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OfferResponse> {
    return toOfferResponse(await this.offers.reopen(user, organisationId, offerId));
  }

  @Post(':offerId/reconfirm')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm a published offer is still accurate (updates its last-verified date)',
    description:
      'Records that a person checked the published offer is still right: its last-verified date (HSDS assured_date) becomes now. The content does not change.',
  })
  @ApiOkResponse({ type: OfferResponse })
  @ApiProblems(409)
  async reconfirm(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Param('offerId', UuidParam('offerId')) offerId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OfferResponse> {
    return toOfferResponse(await this.offers.reconfirm(user, organisationId, offerId));
  }

  @Post(':offerId/revision/withdraw')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Withdraw the change waiting for review (the live version stays)',
    description:
      'Drops the pending change of a published offer; the published version stays online unchanged.',
  })
  @ApiOkResponse({ type: OfferResponse })
  @ApiProblems(409)
  async withdrawRevision(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Param('offerId', UuidParam('offerId')) offerId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OfferResponse> {
    return toOfferResponse(await this.offers.withdrawRevision(user, organisationId, offerId));
  }

  @Get(':offerId/audit')
  @ApiOperation({
    summary: 'Every state change of the offer: who, when, from, to, why',
    description:
      'Members only: the offer’s history, oldest first: submissions, decisions with their reasons, archiving, expiry.',
  })
  @ApiOkResponse({ type: AuditPage })
  async audit(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Param('offerId', UuidParam('offerId')) offerId: string,
    @Query() query: PageQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AuditPage> {
    const { page, pageSize, offset, limit } = pageWindow(query);
    const [items, total] = await this.offers.auditLog(user, organisationId, offerId, offset, limit);
    return { items: items.map(toAuditEventResponse), page, pageSize, total };
  }
}
