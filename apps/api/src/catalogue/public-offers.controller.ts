import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQueryDto, pageWindow } from '@app/core';
import { PublicOffersService } from '@app/catalogue';
import { OptionalUser, Public, type AuthenticatedUser } from '@app/identity';
import { EligibilityService, factsFromContent, ProfileService } from '@app/entrepreneur-profile';
import { ApiProblems } from '../common/problem-responses';
import { PublicOfferPage, PublicOfferResponse, toPublicOfferResponse } from './offer-responses';

class PublicListQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) category?: string;
}

@ApiTags('offers')
@Public()
@Controller('api/v1/offers')
export class PublicOffersController {
  constructor(
    private readonly offers: PublicOffersService,
    private readonly profiles: ProfileService,
    private readonly eligibility: EligibilityService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Published offers, newest first (full-text search is GET /api/v1/search)',
  })
  @ApiOkResponse({ type: PublicOfferPage })
  @ApiProblems(400)
  async list(@Query() query: PublicListQueryDto): Promise<PublicOfferPage> {
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
  })
  @ApiOkResponse({ type: PublicOfferResponse })
  @ApiProblems(404)
  async get(
    @Param('idOrSlug') idOrSlug: string,
    @OptionalUser() user?: AuthenticatedUser,
  ): Promise<PublicOfferResponse> {
    const offer = await this.offers.get(idOrSlug.slice(0, 200), { countView: true });
    const response = toPublicOfferResponse(offer);
    // A signed-in entrepreneur also learns whether the offer fits them, and why.
    if (user?.kind === 'entrepreneur') {
      const profile = await this.profiles.get(user.id);
      const lang = user.preferredLanguage === 'en' ? 'en' : 'fr';
      response.eligibility = await this.eligibility.explain(
        factsFromContent(offer.content),
        profile,
        lang,
      );
    }
    return response;
  }
}
