import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogueStatsService } from '@app/catalogue';
import { Roles } from '@app/identity';
import { SearchInsightsService } from '@app/search';
import { VerificationStatsService } from '@app/support-organisation';
import { ApiProblems } from '../common/problem-responses';
import {
  AdminInsightsQueryDto,
  AdminInsightsResponse,
  toAdminInsightsResponse,
} from './admin-insights.dto';

@ApiTags('admin')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Roles('admin')
@Controller('api/v1/admin/insights')
export class AdminInsightsController {
  constructor(
    private readonly searchInsights: SearchInsightsService,
    private readonly catalogueStats: CatalogueStatsService,
    private readonly verificationStats: VerificationStatsService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The admin dashboard figures: searches, catalogue, moderation delays',
    description:
      'Search: volume, most frequent queries and queries that found nothing, from the anonymous log of ' +
      'public searches (normalised words only; words that looked like an e-mail address or a phone number ' +
      'were never kept and are only counted as `redacted`). Catalogue: offers per state, published offers ' +
      'per category and per target country. Decisions: count, median and 90th percentile of the hours from ' +
      'submission to decision, for new offers, revisions and organisation verification.',
  })
  @ApiOkResponse({ type: AdminInsightsResponse })
  @ApiProblems(400)
  async get(@Query() query: AdminInsightsQueryDto): Promise<AdminInsightsResponse> {
    const window = { days: query.days ?? 30, limit: query.limit ?? 20 };
    const decisionWindow = { days: query.decisionDays ?? 90 };
    const [
      volume,
      topQueries,
      topZeroResultQueries,
      offersByState,
      offersByCategory,
      offersByCountry,
      offerDecisions,
      verificationDecisions,
    ] = await Promise.all([
      this.searchInsights.searchVolume(window.days),
      this.searchInsights.topQueries(window),
      this.searchInsights.topZeroResultQueries(window),
      this.catalogueStats.offersByState(),
      this.catalogueStats.offersByCategory(),
      this.catalogueStats.offersByCountry(),
      this.catalogueStats.timeToDecision(decisionWindow),
      this.verificationStats.timeToDecision(decisionWindow),
    ]);
    return toAdminInsightsResponse(
      {
        search: { volume, topQueries, topZeroResultQueries },
        offersByState,
        offersByCategory,
        offersByCountry,
        offerDecisions,
        verificationDecisions,
      },
      new Date(),
    );
  }
}
