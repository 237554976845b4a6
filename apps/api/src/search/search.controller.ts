import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OptionalUser, Public, type AuthenticatedUser } from '@app/identity';
import { SearchService, type SearchProfile, type SearchRequest } from '@app/search';
import { ProfileService } from '@app/entrepreneur-profile';
import { OrganisationService } from '@app/support-organisation';
import { ApiProblems } from '../common/problem-responses';
import { toSearchResponse } from './search-responses';
import {
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
      'language, filters and result count; never the account, profile parameters, IP address or user agent. ' +
      'Each hit says why it matched (`matches`, with labels in `lang`). Totals and facet counts are exact up ' +
      'to at least 5,000 matches; `totalIsExact` and `facetsAreExact` say when they are estimates. ' +
      '`explain=true` (administrators only, 403 otherwise) adds each hit’s bucket per ranking rule.',
  })
  @ApiOkResponse({ type: SearchResponse })
  @ApiProblems(400, 403)
  async find(
    @Query() query: SearchQueryDto,
    @OptionalUser() user?: AuthenticatedUser,
  ): Promise<SearchResponse> {
    const explain = query.explain === true;
    if (explain) this.search.assertMayExplain(user?.kind);
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
    const request: SearchRequest = {
      q: query.q,
      lang,
      sort: query.sort ?? 'relevance',
      page,
      pageSize,
      profile,
      filters: toSearchFilters(query),
      explain,
    };
    // The one caller whose searches are logged (anonymously) for the admin insights; an
    // admin tuning the ranking is not someone looking for an offer, so explain is not logged.
    const result = explain
      ? await this.search.search(request)
      : await this.search.searchAndLog(request);
    return toSearchResponse(result, { page, pageSize, engine: this.search.engineName, explain });
  }

  @Get('suggest')
  @ApiOperation({
    summary: 'Search-as-you-type: offer titles, organisations and categories',
    description:
      'A few suggestions for the text typed so far: offer titles, organisation names and categories, each with what to open.',
  })
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
