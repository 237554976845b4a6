import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  MATCH_FIELDS,
  SEARCH_LANGUAGES,
  SORTS,
  type SearchFilters,
  type SearchLanguage,
  type SortKey,
} from '@app/search';
import { FORMATS } from '@app/catalogue';

/** `a,b` or repeated `?x=a&x=b` → ['a','b']. */
const list =
  (mapper: (s: string) => string = (s) => s) =>
  ({ value }: { value: unknown }) => {
    const parts = (Array.isArray(value) ? value : [value])
      .flatMap((v) => String(v).split(','))
      .map((v) => mapper(v.trim()))
      .filter(Boolean);
    return parts.length ? parts : undefined;
  };
const upper = (s: string) => s.toUpperCase();
const lower = (s: string) => s.toLowerCase();
/** Only "true" and "false": no implicit conversion of "0", "yes" or "". */
const bool = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export const MAX_SEARCH_PAGE_SIZE = 50;

/**
 * The words and filters of a search: the query of GET /api/v1/search, and the `search` object
 * a saved search or an alert keeps (as JSON: lists as arrays or comma-separated, booleans as
 * booleans or "true"/"false"). Codes are checked against their allow-lists by SearchService.
 */
export class SearchFiltersDto {
  @ApiPropertyOptional({
    description: 'Words, "a phrase", -excluded; the last word matches as a prefix',
    example: 'financement sénégal',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    description: 'Category codes (GET /api/v1/taxonomy), comma-separated',
    example: 'grant,loan',
  })
  @IsOptional()
  @Transform(list(lower))
  @ArrayMaxSize(30)
  @IsString({ each: true })
  category?: string[];
  @ApiPropertyOptional({ description: 'Sector codes, comma-separated' })
  @IsOptional()
  @Transform(list(lower))
  @ArrayMaxSize(30)
  @IsString({ each: true })
  sector?: string[];
  @ApiPropertyOptional({ description: 'Business stage codes, comma-separated' })
  @IsOptional()
  @Transform(list(lower))
  @ArrayMaxSize(10)
  @IsString({ each: true })
  stage?: string[];
  @ApiPropertyOptional({
    description: 'Where the business is (ISO 3166-1 alpha-2), comma-separated',
    example: 'SN,CI',
  })
  @IsOptional()
  @Transform(list(upper))
  @ArrayMaxSize(30)
  @IsString({ each: true })
  targetCountry?: string[];
  @ApiPropertyOptional({
    description: 'Where the entrepreneur lives (ISO 3166-1 alpha-2)',
    example: 'FR',
  })
  @IsOptional()
  @Transform(list(upper))
  @ArrayMaxSize(30)
  @IsString({ each: true })
  residenceCountry?: string[];
  @ApiPropertyOptional({
    description: 'Delivery languages (ISO 639-1), comma-separated',
    example: 'fr,wo',
  })
  @IsOptional()
  @Transform(list(lower))
  @ArrayMaxSize(20)
  @IsString({ each: true })
  language?: string[];
  @ApiPropertyOptional({ enum: FORMATS, isArray: true })
  @IsOptional()
  @Transform(list(lower))
  @IsIn(FORMATS, { each: true, message: `format must be one of: ${FORMATS.join(', ')}` })
  format?: string[];

  @ApiPropertyOptional({ description: 'Only free offers' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  free?: boolean;
  @ApiPropertyOptional({ description: 'Financing that reaches at least this amount, in euros' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1e12)
  minAmount?: number;
  @ApiPropertyOptional({ description: 'Only offers open today' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  openNow?: boolean;
  @ApiPropertyOptional({ description: 'Deadline on or before this date', example: '2026-12-31' })
  @IsOptional()
  @IsISO8601(
    { strict: true, strictSeparator: true },
    { message: 'deadlineBefore must be a date as YYYY-MM-DD' },
  )
  @Length(10, 10)
  deadlineBefore?: string;
  @ApiPropertyOptional({ description: 'Only verified organisations' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  verified?: boolean;
  @ApiPropertyOptional({ description: 'Only diaspora-only offers' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  diasporaOnly?: boolean;
}

/** The filters as the search engine port takes them. */
export function toSearchFilters(f: SearchFiltersDto): SearchFilters {
  return {
    categories: f.category,
    sectors: f.sector,
    stages: f.stage,
    targetCountries: f.targetCountry,
    residenceCountries: f.residenceCountry,
    deliveryLanguages: f.language,
    formats: f.format,
    freeOnly: f.free,
    minAmountEur: f.minAmount,
    openNow: f.openNow,
    deadlineBefore: f.deadlineBefore,
    verifiedOnly: f.verified,
    diasporaOnly: f.diasporaOnly,
  };
}

export class SearchQueryDto extends SearchFiltersDto {
  @ApiPropertyOptional({
    enum: SEARCH_LANGUAGES,
    default: 'fr',
    description: 'Language of snippets and labels',
  })
  @IsOptional()
  @IsIn(SEARCH_LANGUAGES)
  lang?: SearchLanguage;

  @ApiPropertyOptional({ enum: SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(SORTS, { message: `sort must be one of: ${SORTS.join(', ')}` })
  sort?: SortKey;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  page?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SEARCH_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_PAGE_SIZE)
  pageSize?: number;

  @ApiPropertyOptional({
    description: 'Profile: country of residence (ranks fitting offers higher)',
    example: 'FR',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsString()
  @Length(2, 2)
  profileResidence?: string;
  @ApiPropertyOptional({ description: 'Profile: target countries of the business', example: 'SN' })
  @IsOptional()
  @Transform(list(upper))
  @ArrayMaxSize(10)
  @IsString({ each: true })
  profileTarget?: string[];
  @ApiPropertyOptional({ description: 'Profile: sectors' })
  @IsOptional()
  @Transform(list(lower))
  @ArrayMaxSize(10)
  @IsString({ each: true })
  profileSector?: string[];
  @ApiPropertyOptional({ description: 'Profile: business stage' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  profileStage?: string;

  @ApiPropertyOptional({
    description:
      'Administrators only (403 for anyone else): each hit carries `ranking`, its bucket for each ' +
      'ranking rule, for tuning relevance. Such searches are not logged.',
    default: false,
  })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  explain?: boolean;
}

export class SuggestQueryDto {
  @ApiProperty({ description: 'What the user typed so far', example: 'incub' })
  @IsString()
  @Length(1, 100)
  q: string;
  @ApiPropertyOptional({ enum: SEARCH_LANGUAGES, default: 'fr' })
  @IsOptional()
  @IsIn(SEARCH_LANGUAGES)
  lang?: SearchLanguage;
  @ApiPropertyOptional({ minimum: 1, maximum: 20, default: 8 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  limit?: number;
}

class ReasonResponse {
  @ApiProperty({ enum: ['residence', 'target', 'sector', 'stage', 'language'] }) code: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) params: Record<
    string,
    string
  >;
  @ApiProperty({ example: 'Ouvert aux résidents de : France' }) text: string;
}

export class MatchReasonResponse {
  @ApiProperty({ enum: MATCH_FIELDS, description: 'Where a query word was found' })
  field: string;
  @ApiPropertyOptional({
    type: [String],
    description:
      'For category, sector and stage: the taxonomy codes whose label matched; for country: ISO 3166-1 alpha-2 codes',
    example: ['financing'],
  })
  codes?: string[];
  @ApiProperty({
    description:
      'In the request language: the names of `codes` ("Financement", "Côte d\'Ivoire"), else the field’s name ("Titre")',
    example: 'Financement',
  })
  label: string;
}

/**
 * Buckets as docs/search-ranking.md defines them. Lower is better, except `words`, `fit`,
 * `quality` and `freshness` (higher is better).
 */
export class RankingExplanationResponse {
  @ApiProperty({ description: 'Query words matched' }) words: number;
  @ApiProperty({ description: 'Typos corrected, summed over the query words' }) typo: number;
  @ApiProperty({ description: 'Distance between the matched words' }) proximity: number;
  @ApiProperty({
    description: 'Best field matched per query word, summed (title 0 … description 3)',
  })
  attribute: number;
  @ApiProperty({
    description: 'Summed per query word: 0 for a whole word, more for a prefix or a stem',
  })
  exactness: number;
  @ApiProperty({ description: '1 when the offer fits the profile' }) fit: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) quality: number;
  @ApiProperty({ description: 'Epoch seconds of the last verification or publication' })
  freshness: number;
}

export class SearchHitResponse {
  @ApiProperty() id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ description: 'In the matched language' }) title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ description: 'Title and summary with <mark> around matches; HTML-escaped' })
  highlight: { title: string; summary: string };
  @ApiProperty({ enum: SEARCH_LANGUAGES }) matchedLanguage: string;
  @ApiProperty() organisation: { id: string; name: string; verified: boolean };
  @ApiProperty() categoryCode: string;
  @ApiProperty({ type: [String] }) targetCountries: string[];
  @ApiProperty({ type: [String] }) residenceCountries: string[];
  @ApiProperty({ nullable: true, type: String }) deadline: string | null;
  @ApiProperty() rolling: boolean;
  @ApiProperty() free: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Last verified by a person' })
  lastVerifiedAt: string | null;
  @ApiProperty() qualityScore: number;
  @ApiProperty({ description: 'Fits the profile on at least one criterion' }) profileMatch: boolean;
  @ApiProperty({ type: [ReasonResponse], description: 'Why it fits the profile' })
  reasons: ReasonResponse[];
  @ApiProperty({
    type: [MatchReasonResponse],
    description:
      'Why it matched the words: the fields where they were found, best first; empty without `q`',
  })
  matches: MatchReasonResponse[];
  @ApiPropertyOptional({
    type: RankingExplanationResponse,
    nullable: true,
    description: 'Only with `explain=true`; null when the engine could not explain this hit',
  })
  ranking?: RankingExplanationResponse | null;
}

export class SearchResponse {
  @ApiProperty({ type: [SearchHitResponse] }) hits: SearchHitResponse[];
  @ApiProperty({ description: 'An estimate when `totalIsExact` is false' }) total: number;
  @ApiProperty({
    description: 'False when `total` is estimated (exact up to at least 5,000 matches)',
  })
  totalIsExact: boolean;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({
    description: 'Counts per facet value; each facet ignores its own filter',
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'integer' } },
  })
  facets: Record<string, Record<string, number>>;
  @ApiProperty({ description: 'False when facet counts are estimated' }) facetsAreExact: boolean;
  @ApiProperty({ enum: ['embedded', 'meilisearch'] }) engine: string;
}

export class SuggestionResponse {
  @ApiProperty({ enum: ['offer', 'organisation', 'category'] }) kind: string;
  @ApiProperty() text: string;
  @ApiProperty({ description: 'Offer slug, organisation id or category code' }) value: string;
  @ApiPropertyOptional({
    description: 'For an organisation: its slug, for its readable page address',
  })
  slug?: string;
}
