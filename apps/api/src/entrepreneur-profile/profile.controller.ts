import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthenticatedUser } from '@app/identity';
import {
  ProfileService,
  RecommendationService,
  type EntrepreneurProfileView,
} from '@app/entrepreneur-profile';
import { ApiProblems } from '../common/problem-responses';
import { ConsentDto, LangQueryDto, ProfileDto } from './profile.dto';

@ApiTags('entrepreneur profile')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiProblems(401, 403)
@Roles('entrepreneur')
@Controller('api/v1/me')
export class ProfileController {
  constructor(
    private readonly profiles: ProfileService,
    private readonly recommendations: RecommendationService,
  ) {}

  @Get('profile')
  @ApiOperation({
    summary: 'Your entrepreneur profile, its completeness and your consent',
    description:
      'Entrepreneurs only: the profile used to match offers (countries, sector, stage, languages…), how complete it is, and the consent given for sensitive fields.',
  })
  @ApiOkResponse({ description: 'The profile' })
  get(@CurrentUser() user: AuthenticatedUser): Promise<EntrepreneurProfileView> {
    return this.profiles.get(user.id);
  }

  @Put('profile')
  @ApiOperation({
    summary: 'Replace your profile',
    description:
      'Date of birth and gender are accepted only while the consent is granted (400 PROFILE.CONSENT_REQUIRED otherwise).',
  })
  @ApiOkResponse({ description: 'The profile' })
  @ApiProblems(400)
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: ProfileDto,
  ): Promise<EntrepreneurProfileView> {
    return this.profiles.update(user.id, body);
  }

  @Put('profile/consent')
  @ApiOperation({
    summary: 'Grant or withdraw consent for date of birth and gender; withdrawing erases them',
    description:
      'Date of birth and gender are kept only with consent. Withdrawing it erases both at once; granting it again lets you fill them in.',
  })
  @ApiOkResponse({ description: 'The profile' })
  @ApiProblems(400)
  consent(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: ConsentDto,
  ): Promise<EntrepreneurProfileView> {
    return this.profiles.setConsent(user.id, body.granted);
  }

  @Get('recommendations')
  @ApiOperation({
    summary: 'Offers for you',
    description:
      'Eligible first, then those matching your needs, then the nearest deadline, then quality; never an offer you are clearly not eligible for. Recomputed at every call.',
  })
  @ApiOkResponse({ description: 'Recommended offers with the reasons' })
  async recommend(@CurrentUser() user: AuthenticatedUser, @Query() query: LangQueryDto) {
    const lang = query.lang ?? user.preferredLanguage ?? 'fr';
    const items = await this.recommendations.forUser(user.id, lang, 20);
    return items.map((r) => ({
      id: r.document.id,
      slug: r.document.slug,
      title:
        r.document[`title_${lang}`] ??
        r.document.title_fr ??
        r.document.title_en ??
        r.document.title_pt ??
        r.document.title_ar,
      organisation: {
        id: r.document.organisationId,
        name: r.document.organisationName,
        verified: r.document.organisationVerified,
      },
      categoryCode: r.document.categoryCode,
      deadline: r.document.deadline,
      rolling: r.document.rolling,
      qualityScore: r.document.qualityScore,
      verdict: r.verdict,
      needMatch: r.needMatch,
      reasons: r.reasons,
    }));
  }
}
