import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  ALERT_FREQUENCIES,
  ANONYMOUS_ALERT_FREQUENCIES,
  SAVED_SEARCH_NAME_MAX,
  type AlertFrequency,
  type SavedSearchQuery,
  type SavedSearchView,
} from '@app/entrepreneur-profile';
import { LANGUAGES, type Language } from '@app/identity';
import { SearchFiltersDto, toSearchFilters } from '../search/search.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const SEARCH_DESCRIPTION =
  'The words and filters of GET /api/v1/search (same names, same rules, same 400s); lists as ' +
  'arrays or comma-separated strings';

export class CreateSavedSearchDto {
  @ApiProperty({
    minLength: 1,
    maxLength: SAVED_SEARCH_NAME_MAX,
    example: 'Subventions au Sénégal',
  })
  @Transform(trim)
  @IsString()
  @Length(1, SAVED_SEARCH_NAME_MAX)
  name: string;

  @ApiProperty({ type: SearchFiltersDto, description: SEARCH_DESCRIPTION })
  @IsObject()
  @ValidateNested()
  @Type(() => SearchFiltersDto)
  search: SearchFiltersDto;

  @ApiPropertyOptional({
    enum: ALERT_FREQUENCIES,
    default: 'daily',
    description: 'How often new matching offers are e-mailed (`off`: never)',
  })
  @IsOptional()
  @IsIn(ALERT_FREQUENCIES, { message: `frequency must be one of: ${ALERT_FREQUENCIES.join(', ')}` })
  frequency?: AlertFrequency;
}

export class UpdateSavedSearchDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: SAVED_SEARCH_NAME_MAX })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, SAVED_SEARCH_NAME_MAX)
  name?: string;

  @ApiPropertyOptional({
    type: SearchFiltersDto,
    description: `${SEARCH_DESCRIPTION}. Replaces the whole search.`,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SearchFiltersDto)
  search?: SearchFiltersDto;

  @ApiPropertyOptional({ enum: ALERT_FREQUENCIES })
  @IsOptional()
  @IsIn(ALERT_FREQUENCIES, { message: `frequency must be one of: ${ALERT_FREQUENCIES.join(', ')}` })
  frequency?: AlertFrequency;
}

export class CreateAlertDto {
  @ApiProperty({ example: 'awa.diop@example.sn' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ type: SearchFiltersDto, description: SEARCH_DESCRIPTION })
  @IsObject()
  @ValidateNested()
  @Type(() => SearchFiltersDto)
  search: SearchFiltersDto;

  @ApiProperty({ enum: ANONYMOUS_ALERT_FREQUENCIES })
  @IsIn(ANONYMOUS_ALERT_FREQUENCIES, {
    message: `frequency must be one of: ${ANONYMOUS_ALERT_FREQUENCIES.join(', ')}`,
  })
  frequency: 'daily' | 'weekly';

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: SAVED_SEARCH_NAME_MAX,
    description: 'Defaults to the search in words',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, SAVED_SEARCH_NAME_MAX)
  name?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'fr', description: 'Language of the e-mails' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class AlertTokenDto {
  @ApiProperty({ description: 'The token from the e-mailed link.' })
  @IsString()
  @Length(10, 200)
  token: string;
}

/** The search as the API writes it (the names of GET /api/v1/search's parameters). */
export class SavedSearchFiltersResponse {
  @ApiPropertyOptional() q?: string;
  @ApiPropertyOptional({ type: [String] }) category?: string[];
  @ApiPropertyOptional({ type: [String] }) sector?: string[];
  @ApiPropertyOptional({ type: [String] }) stage?: string[];
  @ApiPropertyOptional({ type: [String] }) targetCountry?: string[];
  @ApiPropertyOptional({ type: [String] }) residenceCountry?: string[];
  @ApiPropertyOptional({ type: [String] }) language?: string[];
  @ApiPropertyOptional({ type: [String] }) format?: string[];
  @ApiPropertyOptional() free?: boolean;
  @ApiPropertyOptional() minAmount?: number;
  @ApiPropertyOptional() openNow?: boolean;
  @ApiPropertyOptional() deadlineBefore?: string;
  @ApiPropertyOptional() verified?: boolean;
  @ApiPropertyOptional() diasporaOnly?: boolean;
}

export class SavedSearchResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: SavedSearchFiltersResponse }) search: SavedSearchFiltersResponse;
  @ApiProperty({ enum: ALERT_FREQUENCIES }) frequency: string;
  @ApiProperty({ nullable: true, type: Date, description: 'When the last alert e-mail went out' })
  lastAlertAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class SavedSearchPage {
  @ApiProperty({ type: [SavedSearchResponse] }) items: SavedSearchResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class AlertAcceptedResponse {
  @ApiProperty() message: string;
}

export class AlertConfirmedResponse {
  @ApiProperty() confirmed: boolean;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ALERT_FREQUENCIES }) frequency: string;
}

export class UnsubscribedResponse {
  @ApiProperty() unsubscribed: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The saved search, if it still exists',
  })
  name: string | null;
  @ApiProperty() message: string;
}

export function toSavedSearchQuery(dto: SearchFiltersDto): SavedSearchQuery {
  return { q: dto.q, ...toSearchFilters(dto) };
}

export function toSavedSearchFiltersResponse(s: SavedSearchQuery): SavedSearchFiltersResponse {
  const out: SavedSearchFiltersResponse = {
    q: s.q,
    category: s.categories,
    sector: s.sectors,
    stage: s.stages,
    targetCountry: s.targetCountries,
    residenceCountry: s.residenceCountries,
    language: s.deliveryLanguages,
    format: s.formats,
    free: s.freeOnly,
    minAmount: s.minAmountEur,
    openNow: s.openNow,
    deadlineBefore: s.deadlineBefore,
    verified: s.verifiedOnly,
    diasporaOnly: s.diasporaOnly,
  };
  return Object.fromEntries(
    Object.entries(out).filter(([, v]) => v !== undefined),
  ) as SavedSearchFiltersResponse;
}

export function toSavedSearchResponse(v: SavedSearchView): SavedSearchResponse {
  return {
    id: v.id,
    name: v.name,
    search: toSavedSearchFiltersResponse(v.search),
    frequency: v.frequency,
    lastAlertAt: v.lastAlertAt,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
  };
}
