import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { pageWindow, UuidParam } from '@app/core';
import { ModerationService } from '@app/catalogue';
import { CurrentUser, Roles, type AuthenticatedUser } from '@app/identity';
import { ApiProblems } from '../common/problem-responses';
import { ArchiveDto, AuditQueryDto, DecisionDto, QueueQueryDto } from './moderation.dto';
import { AuditPage, OfferResponse, toAuditEventResponse, toOfferResponse } from './offer-responses';

class DuplicateCandidate {
  @ApiProperty() id: string;
  @ApiProperty() slug: string;
  @ApiProperty() state: string;
  @ApiProperty({ description: 'pg_trgm similarity of the titles, 0..1' }) similarity: number;
  @ApiProperty() title: string;
}

class QueueItem {
  @ApiProperty({ enum: ['new', 'revision'] }) kind: string;
  @ApiProperty() offerId: string;
  @ApiProperty({ nullable: true, type: String }) revisionId: string | null;
  @ApiProperty() organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() organisationVerified: boolean;
  @ApiProperty() title: string;
  @ApiProperty() categoryCode: string;
  @ApiProperty() submittedAt: Date;
  @ApiProperty() waitingHours: number;
  @ApiProperty({ type: [DuplicateCandidate] }) duplicateCandidates: DuplicateCandidate[];
}

class QueuePage {
  @ApiProperty({ type: [QueueItem] }) items: QueueItem[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

@ApiTags('moderation')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Roles('admin')
@Controller('api/v1/admin')
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Get('review-queue')
  @ApiOperation({
    summary: 'Offers and revisions waiting for review, oldest first, with duplicate candidates',
    description:
      'Admins only: new offers and changes to published ones waiting for a decision, oldest first, each with offers of the same organisation whose titles look alike (trigram similarity).',
  })
  @ApiOkResponse({ type: QueuePage })
  @ApiProblems(400)
  async queue(@Query() query: QueueQueryDto): Promise<QueuePage> {
    const { page, pageSize, offset, limit } = pageWindow(query);
    const { items, total } = await this.moderation.queue({
      kind: query.kind,
      categoryCode: query.category,
      countryCode: query.country,
      organisationId: query.organisationId,
      minAgeHours: query.minAgeHours,
      offset,
      limit,
    });
    return { items, page, pageSize, total };
  }

  @Post('offers/:offerId/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish, request changes or reject what waits for review on the offer',
    description:
      'Applies to a first submission or to a revision of a published offer. Two admins deciding at once: one wins, the other gets 409.',
  })
  @ApiOkResponse({ type: OfferResponse })
  @ApiProblems(400, 404, 409)
  async decide(
    @Param('offerId', UuidParam('offerId')) offerId: string,
    @Body() body: DecisionDto,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<OfferResponse> {
    return toOfferResponse(
      await this.moderation.decide(admin, offerId, body.decision, body.reason),
    );
  }

  @Post('offers/:offerId/archive')
  @HttpCode(200)
  @ApiOkResponse({ type: OfferResponse })
  @ApiProblems(400, 404, 409)
  @ApiOperation({
    summary: 'Take a published offer offline (moderation)',
    description:
      'Admins only. Archives a published or expired offer with a reason, recorded in the audit log; it leaves the public list and search at once.',
  })
  async archive(
    @Param('offerId', UuidParam('offerId')) offerId: string,
    @Body() body: ArchiveDto,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<OfferResponse> {
    return toOfferResponse(await this.moderation.archive(admin, offerId, body.reason));
  }

  @Get('audit')
  @ApiOperation({
    summary: 'The catalogue audit log, newest first',
    description:
      'Admins only: every state change of every offer, newest first; filter by offer, organisation or action.',
  })
  @ApiOkResponse({ type: AuditPage })
  async audit(@Query() query: AuditQueryDto): Promise<AuditPage> {
    const { page, pageSize, offset, limit } = pageWindow(query);
    const [items, total] = await this.moderation.auditLog(
      { offerId: query.offerId, organisationId: query.organisationId, action: query.action },
      offset,
      limit,
    );
    return { items: items.map(toAuditEventResponse), page, pageSize, total };
  }
}
