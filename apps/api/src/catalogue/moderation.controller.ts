import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto, pageWindow, UuidParam } from '@app/core';
import { ModerationService, type Decision } from '@app/catalogue';
import { CurrentUser, Roles, type AuthenticatedUser } from '@app/identity';
import { ApiProblems } from '../common/problem-responses';
import { AuditPage, OfferResponse, toAuditEventResponse, toOfferResponse } from './offer-responses';

class QueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['new', 'revision'] })
  @IsOptional()
  @IsIn(['new', 'revision'])
  kind?: 'new' | 'revision';
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) category?: string;
  @ApiPropertyOptional({ description: 'ISO country code, residence or target' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @Length(2, 2)
  country?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ description: 'Only items waiting at least this many hours' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(24 * 365)
  minAgeHours?: number;
}

class DecisionDto {
  @ApiProperty({ enum: ['publish', 'request_changes', 'reject'] })
  @IsIn(['publish', 'request_changes', 'reject'])
  decision: Decision;
  @ApiPropertyOptional({
    description: 'Required to request changes or reject; the organisation reads it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string;
}

class ArchiveDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) reason?: string;
}

class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() offerId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ example: 'offer.published' })
  @IsOptional()
  @IsString()
  @MaxLength(48)
  action?: string;
}

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
  async archive(
    @Param('offerId', UuidParam('offerId')) offerId: string,
    @Body() body: ArchiveDto,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<OfferResponse> {
    return toOfferResponse(await this.moderation.archive(admin, offerId, body.reason));
  }

  @Get('audit')
  @ApiOperation({ summary: 'The catalogue audit log, newest first' })
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
