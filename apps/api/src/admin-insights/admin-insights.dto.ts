import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  OFFER_STATES,
  type CategoryOfferCount,
  type DecisionTimeStats,
  type OfferDecisionTimes,
  type OffersByCountry,
  type OfferState,
} from '@app/catalogue';
import { SEARCH_QUERY_LOG_RETENTION_DAYS, type QueryCount, type SearchVolume } from '@app/search';
import type { VerificationDecisionTimes } from '@app/support-organisation';
import { TermLabelsDto } from '../catalogue/taxonomy.dto';

export class AdminInsightsQueryDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: SEARCH_QUERY_LOG_RETENTION_DAYS,
    default: 30,
    description: 'Search figures over the last this many days (the log keeps 180 days)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SEARCH_QUERY_LOG_RETENTION_DAYS)
  days?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, description: 'Queries per list' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 365,
    default: 90,
    description: 'Moderation and verification delays over the decisions of the last this many days',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  decisionDays?: number;
}

export class QueryCountResponse {
  @ApiProperty({
    example: 'subvention agriculture casamance',
    description: 'Normalised words: trimmed, whitespace collapsed, lower-cased, ≤ 100 characters',
  })
  query: string;
  @ApiProperty({ example: 12, description: 'Searches with these words in the window' })
  count: number;
  @ApiProperty({ type: String, format: 'date-time' }) lastSeenAt: string;
}

export class SearchVolumeResponse {
  @ApiProperty({ description: 'Searches (first pages) through GET /api/v1/search' }) total: number;
  @ApiProperty({ description: 'Of which found nothing' }) zeroResults: number;
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.125, description: 'zeroResults / total' })
  zeroResultShare: number;
  @ApiProperty({
    description: 'Searches whose words looked like an e-mail address or a phone number: not kept',
  })
  redacted: number;
}

export class SearchInsightsResponse {
  @ApiProperty({ example: 30, description: 'Over the last this many days' }) days: number;
  @ApiProperty({ type: SearchVolumeResponse }) volume: SearchVolumeResponse;
  @ApiProperty({ type: [QueryCountResponse], description: 'Most frequent words first' })
  topQueries: QueryCountResponse[];
  @ApiProperty({
    type: [QueryCountResponse],
    description: 'Words that found nothing, most frequent first: what the catalogue lacks',
  })
  topZeroResultQueries: QueryCountResponse[];
}

export class CategoryCountResponse {
  @ApiProperty({ example: 'grant' }) code: string;
  @ApiProperty({ nullable: true, type: String, example: 'financing' }) parentCode: string | null;
  @ApiProperty({
    nullable: true,
    type: TermLabelsDto,
    description: 'null when the code is not in the taxonomy',
  })
  labels: TermLabelsDto | null;
  @ApiProperty({ description: 'Published offers' }) count: number;
}

export class CountryCountResponse {
  @ApiProperty({ example: 'SN', description: 'ISO 3166-1 alpha-2' }) countryCode: string;
  @ApiProperty({ description: 'Published offers targeting it' }) count: number;
}

export class OffersByStateResponse implements Record<OfferState, number> {
  @ApiProperty() draft: number;
  @ApiProperty() submitted: number;
  @ApiProperty() changes_requested: number;
  @ApiProperty() published: number;
  @ApiProperty() rejected: number;
  @ApiProperty() archived: number;
  @ApiProperty() expired: number;
}

export class CatalogueInsightsResponse {
  @ApiProperty({ type: OffersByStateResponse, description: 'All offers, per moderation state' })
  byState: OffersByStateResponse;
  @ApiProperty({
    type: [CategoryCountResponse],
    description: 'Published offers per category; current categories with none are listed with 0',
  })
  byCategory: CategoryCountResponse[];
  @ApiProperty({
    type: [CountryCountResponse],
    description: 'Published offers per target country (an offer counts in each of its countries)',
  })
  byTargetCountry: CountryCountResponse[];
  @ApiProperty({ description: 'Published offers without any target country' })
  withoutTargetCountry: number;
}

export class DecisionTimeResponse {
  @ApiProperty({ description: 'Decisions in the window' }) count: number;
  @ApiProperty({ nullable: true, type: Number, example: 20.5, description: 'Hours' })
  medianHours: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 70.25, description: 'Hours' })
  p90Hours: number | null;
}

export class DecisionInsightsResponse {
  @ApiProperty({ example: 90, description: 'Decisions made in the last this many days' })
  days: number;
  @ApiProperty({
    type: DecisionTimeResponse,
    description: 'New offers: from submission to publication, request for changes or rejection',
  })
  offers: DecisionTimeResponse;
  @ApiProperty({
    type: DecisionTimeResponse,
    description: 'Revisions of published offers: from submission to the decision',
  })
  revisions: DecisionTimeResponse;
  @ApiProperty({
    type: DecisionTimeResponse,
    description: 'Organisations: from the verification request to verification or rejection',
  })
  organisations: DecisionTimeResponse;
}

export class AdminInsightsResponse {
  @ApiProperty({ type: String, format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: SearchInsightsResponse }) search: SearchInsightsResponse;
  @ApiProperty({ type: CatalogueInsightsResponse }) catalogue: CatalogueInsightsResponse;
  @ApiProperty({ type: DecisionInsightsResponse }) decisions: DecisionInsightsResponse;
}

export interface AdminInsights {
  readonly search: {
    readonly volume: SearchVolume;
    readonly topQueries: QueryCount[];
    readonly topZeroResultQueries: QueryCount[];
  };
  readonly offersByState: Record<OfferState, number>;
  readonly offersByCategory: CategoryOfferCount[];
  readonly offersByCountry: OffersByCountry;
  readonly offerDecisions: OfferDecisionTimes;
  readonly verificationDecisions: VerificationDecisionTimes;
}

const queryCount = (q: QueryCount): QueryCountResponse => ({
  query: q.query,
  count: q.count,
  lastSeenAt: q.lastSeenAt.toISOString(),
});
const decisionTime = (d: DecisionTimeStats): DecisionTimeResponse => ({
  count: d.count,
  medianHours: d.medianHours,
  p90Hours: d.p90Hours,
});

export function toAdminInsightsResponse(i: AdminInsights, now: Date): AdminInsightsResponse {
  const { total, zeroResults, zeroResultShare, redacted } = i.search.volume;
  const byState = Object.fromEntries(
    OFFER_STATES.map((s) => [s, i.offersByState[s]]),
  ) as unknown as OffersByStateResponse;
  return {
    generatedAt: now.toISOString(),
    search: {
      days: i.search.volume.days,
      volume: { total, zeroResults, zeroResultShare, redacted },
      topQueries: i.search.topQueries.map(queryCount),
      topZeroResultQueries: i.search.topZeroResultQueries.map(queryCount),
    },
    catalogue: {
      byState,
      byCategory: i.offersByCategory.map((c) => ({
        code: c.code,
        parentCode: c.parentCode,
        labels: c.labels ? { ...c.labels } : null,
        count: c.count,
      })),
      byTargetCountry: i.offersByCountry.countries.map((c) => ({
        countryCode: c.countryCode,
        count: c.count,
      })),
      withoutTargetCountry: i.offersByCountry.withoutTargetCountry,
    },
    decisions: {
      days: i.offerDecisions.days,
      offers: decisionTime(i.offerDecisions.newOffers),
      revisions: decisionTime(i.offerDecisions.revisions),
      organisations: decisionTime(i.verificationDecisions),
    },
  };
}
