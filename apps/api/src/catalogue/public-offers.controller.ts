import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { pageWindow, SyncQueryDto, syncStart, ValidationFailedError } from '@app/core';
import { isCountableVisit, OfferStatsRecorder } from '@app/analytics';
import { PublicOffersService } from '@app/catalogue';
import { OptionalUser, Public, type AuthenticatedUser } from '@app/identity';
import { EligibilityService, factsFromContent, ProfileService } from '@app/entrepreneur-profile';
import type { FastifyRequest } from 'fastify';
import { ApiProblems } from '../common/problem-responses';
import {
  OfferTombstoneResponse,
  PublicOfferPage,
  PublicOfferResponse,
  PublicOfferSyncItem,
  PublicOfferSyncPage,
  toPublicOfferResponse,
  toPublicOfferSyncPage,
} from './offer-responses';

class PublicListQueryDto extends SyncQueryDto {
  @ApiPropertyOptional({ format: 'uuid', example: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
  @ApiPropertyOptional({ description: 'Page mode only', example: 'financing' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  category?: string;
}

@ApiTags('offers')
@Public()
@Controller('api/v1/offers')
export class PublicOffersController {
  constructor(
    private readonly offers: PublicOffersService,
    private readonly profiles: ProfileService,
    private readonly eligibility: EligibilityService,
    private readonly stats: OfferStatsRecorder,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listPublicOffers',
    summary: 'Published offers, newest first, or the changes since a time (partner sync)',
    description:
      'Without `updatedSince` or `cursor`: a page of published offers, newest first ' +
      '(`page`, `pageSize`, `total`). Full-text search is GET /api/v1/search.\n\n' +
      'With `updatedSince` (RFC 3339) or `cursor`: sync mode. Every offer that changed since ' +
      'then, in (updatedAt, id) order: a published offer in full (`deleted: false`), an offer ' +
      'that left the public list (archived, expired, reopened) as a tombstone ' +
      '`{ id, deleted: true, deletedAt }`. Call again with `cursor=nextCursor` while `hasMore`; ' +
      'keep the last nextCursor for the next incremental sync. Applying every page in order ' +
      'to a copy gives exactly the public list.',
  })
  @ApiExtraModels(PublicOfferPage, PublicOfferSyncPage, PublicOfferSyncItem, OfferTombstoneResponse)
  @ApiOkResponse({
    description: 'A page, or a sync page when updatedSince or cursor is given',
    schema: {
      oneOf: [
        { $ref: getSchemaPath(PublicOfferPage) },
        { $ref: getSchemaPath(PublicOfferSyncPage) },
      ],
    },
    example: {
      items: [
        {
          id: '0b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
          deleted: true,
          deletedAt: '2026-02-01T09:30:00.000Z',
        },
      ],
      nextCursor: 'djEuMTc2NDgwMDAwMDAwMDAwMC4wYjFlMmQzYy00ZjVhLTRiNmMtOGQ3ZS05ZjBhMWIyYzNkNGU',
      hasMore: false,
      pageSize: 20,
    },
  })
  @ApiProblems(400)
  async list(@Query() query: PublicListQueryDto): Promise<PublicOfferPage | PublicOfferSyncPage> {
    const start = syncStart(query);
    if (start) {
      const pageOnly = (['category', 'page'] as const).filter((f) => query[f] !== undefined);
      if (pageOnly.length)
        throw new ValidationFailedError(
          pageOnly.map((field) => ({
            field,
            rule: 'notWithSync',
            message: `${field} cannot be combined with updatedSince or cursor: sync the whole list and follow nextCursor`,
          })),
        );
      const size = query.pageSize ?? 100;
      const page = await this.offers.sync(start, size, { organisationId: query.organisationId });
      return toPublicOfferSyncPage(page, size);
    }
    const { page, pageSize, offset, limit } = pageWindow(query);
    const { items, total } = await this.offers.list(
      { organisationId: query.organisationId, categoryCode: query.category },
      offset,
      limit,
    );
    return { items: items.map(toPublicOfferResponse), page, pageSize, total };
  }

  @Get(':idOrSlug')
  @ApiOperation({
    summary: 'One published offer, by id or slug (expired ones stay readable, marked expired)',
    description:
      'The public face of an offer: never a draft, a pending change or moderation fields. Expired offers stay readable with state `expired`. A signed-in entrepreneur also gets `eligibility`: whether the offer fits their profile, and why. A GET from a browser (not a crawler, a HEAD or a prefetch) counts as a view in the offer’s weekly statistics; nothing about the reader is kept.',
  })
  @ApiOkResponse({ type: PublicOfferResponse })
  @ApiProblems(404)
  async get(
    @Param('idOrSlug') idOrSlug: string,
    @Req() request: FastifyRequest,
    @OptionalUser() user?: AuthenticatedUser,
  ): Promise<PublicOfferResponse> {
    const offer = await this.offers.get(idOrSlug.slice(0, 200));
    if (isCountableVisit(request)) this.stats.view(offer.id);
    const response = toPublicOfferResponse(offer);
    // A signed-in entrepreneur also learns whether the offer fits them, and why.
    if (user?.kind === 'entrepreneur') {
      const profile = await this.profiles.get(user.id);
      // In the language the entrepreneur chose for the platform (fr, en, pt or ar).
      response.eligibility = await this.eligibility.explain(
        factsFromContent(offer.content),
        profile,
        user.preferredLanguage,
      );
    }
    return response;
  }
}
