import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { pageWindow, UuidParam } from '@app/core';
import { ContactRequestService } from '@app/entrepreneur-profile';
import { CurrentUser, Roles, type AuthenticatedUser } from '@app/identity';
import { ApiProblems } from '../common/problem-responses';
import {
  ChangeContactRequestStatusDto,
  ContactRequestListQueryDto,
  ReceivedContactRequestPage,
  ReceivedContactRequestResponse,
  SendContactRequestDto,
  SentContactRequestPage,
  SentContactRequestResponse,
  toReceivedResponse,
  toSentResponse,
} from './contact-requests.dto';

@ApiTags('contact requests')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiProblems(401, 403)
@Roles('entrepreneur')
@Controller('api/v1/offers/:offerId/contact-requests')
export class OfferContactRequestsController {
  constructor(private readonly requests: ContactRequestService) {}

  @Post()
  @ApiOperation({
    summary: 'Write to the organisation behind a published offer',
    description:
      'Entrepreneur accounts only. The chosen profile fields are copied into the request now. ' +
      'At most 5 requests per hour, and one per offer per 24 hours: beyond, 429 with Retry-After ' +
      '(CONTACT_REQUEST.TOO_MANY_REQUESTS or CONTACT_REQUEST.OFFER_ALREADY_CONTACTED). ' +
      'The organisation’s members are e-mailed.',
  })
  @ApiCreatedResponse({ type: SentContactRequestResponse })
  @ApiProblems(400, 404, 429)
  async send(
    @Param('offerId', UuidParam('offerId')) offerId: string,
    @Body() body: SendContactRequestDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SentContactRequestResponse> {
    return toSentResponse(await this.requests.send(user, offerId, body));
  }
}

@ApiTags('contact requests')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiProblems(401, 404)
@Controller('api/v1/organisations/:organisationId/contact-requests')
export class OrganisationContactRequestsController {
  constructor(private readonly requests: ContactRequestService) {}

  @Get()
  @ApiOperation({
    summary: 'The requests addressed to the organisation, newest first (members only)',
    description:
      'Members of the organisation only: requests entrepreneurs sent about its offers; filter by status; paged.',
  })
  @ApiOkResponse({ type: ReceivedContactRequestPage })
  @ApiProblems(400)
  async list(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Query() query: ContactRequestListQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReceivedContactRequestPage> {
    const { page, pageSize, offset, limit } = pageWindow(query);
    const { items, total } = await this.requests.listReceived(user, organisationId, {
      status: query.status,
      offset,
      limit,
    });
    return { items: items.map(toReceivedResponse), page, pageSize, total };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One request addressed to the organisation',
    description:
      'Members of the organisation only: the message, the entrepreneur’s contact details they chose to share, and the status history.',
  })
  @ApiOkResponse({ type: ReceivedContactRequestResponse })
  async get(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Param('id', UuidParam('id')) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReceivedContactRequestResponse> {
    return toReceivedResponse(await this.requests.getReceived(user, organisationId, id));
  }

  @Patch(':id/status')
  @ApiOperation({
    summary: 'Answer a request by moving its status',
    description:
      'new → in_progress → accepted | declined, or new → accepted | declined directly; declining ' +
      'needs a reason. Any other move, or a move another member made first, is a 409 whose ' +
      '`currentStatus` says where the request stands. An optional written `answer` goes with ' +
      'any move. The entrepreneur is e-mailed, with the answer.',
  })
  @ApiOkResponse({ type: ReceivedContactRequestResponse })
  @ApiProblems(400, 409)
  async changeStatus(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Param('id', UuidParam('id')) id: string,
    @Body() body: ChangeContactRequestStatusDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReceivedContactRequestResponse> {
    return toReceivedResponse(
      await this.requests.changeStatus(
        user,
        organisationId,
        id,
        body.status,
        body.reason,
        body.answer,
      ),
    );
  }
}

@ApiTags('contact requests')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiProblems(401, 403)
@Roles('entrepreneur')
@Controller('api/v1/me/contact-requests')
export class MyContactRequestsController {
  constructor(private readonly requests: ContactRequestService) {}

  @Get()
  @ApiOperation({
    summary: 'The requests you sent, newest first, with their status and any decline reason',
    description:
      'Entrepreneurs only: every request sent, with the offer it concerns and the organisation’s answer so far.',
  })
  @ApiOkResponse({ type: SentContactRequestPage })
  @ApiProblems(400)
  async list(
    @Query() query: ContactRequestListQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SentContactRequestPage> {
    const { page, pageSize, offset, limit } = pageWindow(query);
    const { items, total } = await this.requests.listSent(user, {
      status: query.status,
      offset,
      limit,
    });
    return { items: items.map(toSentResponse), page, pageSize, total };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One request you sent',
    description:
      'Entrepreneurs only: the message sent, its status and the organisation’s answer or decline reason.',
  })
  @ApiOkResponse({ type: SentContactRequestResponse })
  @ApiProblems(404)
  async get(
    @Param('id', UuidParam('id')) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SentContactRequestResponse> {
    return toSentResponse(await this.requests.getSent(user, id));
  }
}
