import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OptionalUser, Public, type AuthenticatedUser } from '@app/identity';
import { SearchService, type SearchProfile, type SearchResponseHit } from '@app/search';
import { ProfileService } from '@app/entrepreneur-profile';
import { OrganisationService } from '@app/support-organisation';
import { ApiProblems } from '../common/problem-responses';
import {
  SearchHitResponse,
  SearchQueryDto,
  SearchResponse,
  SuggestionResponse,
  SuggestQueryDto,
  toSearchFilters,
} from './search.dto';

@ApiTags('search')
@Public()
@Controller('api/v1/search')
export class SearchController {
  constructor(
    private readonly search: SearchService,
    private readonly profiles: ProfileService,
    private readonly organisations: OrganisationService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Search published offers',
    description:
      'Relevance first, then fit to the profile (profile* parameters), then quality. Unknown filter values or ' +
      'sort keys answer 400 listing the allowed ones. The first page of each search is logged anonymously for ' +
      'the admin insights: normalised words (left out when they look like an e-mail address or a phone number), ' +
      'language, filters and result count; never the account, profile parameters, IP address or user agent.',
  })
  @ApiOkResponse({ type: SearchResponse })
  @ApiProblems(400)
  async find(
    @Query() query: SearchQueryDto,
    @OptionalUser() user?: AuthenticatedUser,
  ): Promise<SearchResponse> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const lang = query.lang ?? 'fr';
    const explicit =
      query.profileResidence || query.profileTarget || query.profileSector || query.profileStage;
    let profile: SearchProfile | undefined = explicit
      ? {
          residenceCountry: query.profileResidence,
          targetCountries: query.profileTarget,
          sectors: query.profileSector,
          stage: query.profileStage,
        }
      : undefined;
    // A signed-in entrepreneur's own profile ranks and explains results unless parameters say otherwise.
    if (!profile && user?.kind === 'entrepreneur') {
      const stored = await this.profiles.get(user.id);
      profile = {
        residenceCountry: stored.residenceCountry ?? undefined,
        targetCountries: stored.targetCountries,
        sectors: stored.sectorCodes,
        stage: stored.stageCode ?? undefined,
        languages: stored.languages,
      };
    }
    // The one caller whose searches are logged (anonymously) for the admin insights.
    const result = await this.search.searchAndLog({
      q: query.q,
      lang,
      sort: query.sort ?? 'relevance',
      page,
      pageSize,
      profile,
      filters: toSearchFilters(query),
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
    const suggestions = await this.search.suggest(query.q, query.lang ?? 'fr', query.limit ?? 8);
    // Organisations come with their slug (one query), so pages can link to the readable address.
    const organisations = await this.organisations.summaries(
      suggestions.filter((s) => s.kind === 'organisation').map((s) => s.value),
    );
    return suggestions.map((s) => {
      const slug = s.kind === 'organisation' ? organisations.get(s.value)?.slug : undefined;
      return slug ? { ...s, slug } : s;
    });
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
