import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OptionalUser, Public, type AuthenticatedUser } from '@app/identity';
import { SearchService, type SearchProfile, type SearchResponseHit } from '@app/search';
import { ApiProblems } from '../common/problem-responses';
import {
  SearchHitResponse,
  SearchQueryDto,
  SearchResponse,
  SuggestionResponse,
  SuggestQueryDto,
} from './search.dto';

@ApiTags('search')
@Public()
@Controller('api/v1/search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @ApiOperation({
    summary: 'Search published offers',
    description:
      'Relevance first, then fit to the profile (profile* parameters), then quality. Unknown filter values or ' +
      'sort keys answer 400 listing the allowed ones.',
  })
  @ApiOkResponse({ type: SearchResponse })
  @ApiProblems(400)
  async find(
    @Query() query: SearchQueryDto,
    @OptionalUser() _user?: AuthenticatedUser,
  ): Promise<SearchResponse> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const lang = query.lang ?? 'fr';
    const profile: SearchProfile | undefined =
      query.profileResidence || query.profileTarget || query.profileSector || query.profileStage
        ? {
            residenceCountry: query.profileResidence,
            targetCountries: query.profileTarget,
            sectors: query.profileSector,
            stage: query.profileStage,
          }
        : undefined;
    const result = await this.search.search({
      q: query.q,
      lang,
      sort: query.sort ?? 'relevance',
      page,
      pageSize,
      profile,
      filters: {
        categories: query.category,
        sectors: query.sector,
        stages: query.stage,
        targetCountries: query.targetCountry,
        residenceCountries: query.residenceCountry,
        deliveryLanguages: query.language,
        formats: query.format,
        freeOnly: query.free,
        minAmountEur: query.minAmount,
        openNow: query.openNow,
        deadlineBefore: query.deadlineBefore,
        verifiedOnly: query.verified,
        diasporaOnly: query.diasporaOnly,
      },
    });
    return {
      hits: result.hits.map(toHit),
      total: result.total,
      page,
      pageSize,
      facets: result.facets,
      engine: this.search.engineName,
    };
  }

  @Get('suggest')
  @ApiOperation({ summary: 'Search-as-you-type: offer titles, organisations and categories' })
  @ApiOkResponse({ type: [SuggestionResponse] })
  @ApiProblems(400)
  async suggest(@Query() query: SuggestQueryDto): Promise<SuggestionResponse[]> {
    return this.search.suggest(query.q, query.lang ?? 'fr', query.limit ?? 8);
  }
}

function toHit(hit: SearchResponseHit): SearchHitResponse {
  const d = hit.document;
  const l = hit.matchedLanguage;
  return {
    id: d.id,
    slug: d.slug,
    title: d[`title_${l}`] ?? '',
    summary: d[`summary_${l}`] ?? '',
    highlight: hit.highlight,
    matchedLanguage: l,
    organisation: {
      id: d.organisationId,
      name: d.organisationName,
      verified: d.organisationVerified,
    },
    categoryCode: d.categoryCode,
    targetCountries: d.targetCountries,
    residenceCountries: d.residenceCountries,
    deadline: d.deadline,
    rolling: d.rolling,
    free: d.free,
    lastVerifiedAt: d.lastVerifiedAt,
    qualityScore: d.qualityScore,
    profileMatch: hit.profileMatch,
    reasons: hit.reasons,
  };
}
