// The API's shape of an offer's content. It lives in the catalogue so that every way in (the JSON
// API, the portal's editor, the catalogue import) checks an offer with the same rules and sentences.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  validate,
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  IsCountryCode,
  IsCurrencyCode,
  IsLanguageCode,
  toViolations,
  type FieldViolation,
} from '@app/core';
import { COST_TYPES, FORMATS, GENDER_FOCUS, type OfferContent } from './offer-content';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v))
    : typeof value === 'string'
      ? value.trim().toUpperCase()
      : value;

const DATE = { strict: true, strictSeparator: true };
const DATE_MESSAGE = { message: '$property must be a date as YYYY-MM-DD' };

export class TranslationDto {
  @ApiPropertyOptional({ maxLength: 160, example: 'Bourse d’amorçage pour la diaspora' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(160)
  title?: string;
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  summary?: string;
  @ApiPropertyOptional({ maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;
}

export class TranslationsDto {
  @ApiPropertyOptional({ type: TranslationDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TranslationDto)
  fr?: TranslationDto;
  @ApiPropertyOptional({ type: TranslationDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TranslationDto)
  en?: TranslationDto;
  @ApiPropertyOptional({ type: TranslationDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TranslationDto)
  pt?: TranslationDto;
  @ApiPropertyOptional({ type: TranslationDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TranslationDto)
  ar?: TranslationDto;
}

export class LocalisedTextDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) fr?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) en?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) pt?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) ar?: string;
}

export class EligibilityDto {
  @ApiProperty({
    type: [String],
    example: ['FR', 'BE'],
    description: 'Where the entrepreneur must live; empty = anywhere',
  })
  @Transform(upper)
  @ArrayMaxSize(250)
  @ArrayUnique()
  @IsCountryCode({ each: true })
  residenceCountries: string[];
  @ApiProperty({
    type: [String],
    example: ['SN'],
    description: 'Where the business must be; empty = anywhere',
  })
  @Transform(upper)
  @ArrayMaxSize(250)
  @ArrayUnique()
  @IsCountryCode({ each: true })
  targetCountries: string[];
  @ApiProperty({ description: 'Only for members of the diaspora' })
  @IsBoolean()
  diasporaOnly: boolean;
  @ApiProperty({ enum: GENDER_FOCUS })
  @IsIn(GENDER_FOCUS)
  genderFocus: (typeof GENDER_FOCUS)[number];
  @ApiPropertyOptional({ minimum: 0, maximum: 120 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  ageMin?: number | null;
  @ApiPropertyOptional({ minimum: 0, maximum: 120 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  ageMax?: number | null;
  @ApiPropertyOptional({ type: LocalisedTextDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalisedTextDto)
  otherConditions?: LocalisedTextDto;
}

export class LocationDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(120) city?: string;
  @ApiPropertyOptional({ example: 'SN' })
  @IsOptional()
  @Transform(upper)
  @IsCountryCode()
  countryCode?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  address?: string;
}

export class CostDto {
  @ApiProperty({ enum: COST_TYPES }) @IsIn(COST_TYPES) type: (typeof COST_TYPES)[number];
  @ApiPropertyOptional({ description: 'Price in minor units (cents; XOF has none)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e12)
  amountMinor?: number | null;
  @ApiPropertyOptional({ example: 'EUR' })
  @IsOptional()
  @Transform(upper)
  @IsCurrencyCode()
  currency?: string | null;
}

export class FundingDto {
  @ApiPropertyOptional({ description: 'Minimum amount in minor units' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e14)
  minMinor?: number | null;
  @ApiPropertyOptional({ description: 'Maximum amount in minor units' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e14)
  maxMinor?: number | null;
  @ApiProperty({ example: 'XOF' }) @Transform(upper) @IsCurrencyCode() currency: string;
}

export class DatesDto {
  @ApiPropertyOptional({ example: '2026-01-15' })
  @IsOptional()
  @IsISO8601(DATE, DATE_MESSAGE)
  opensOn?: string | null;
  @ApiPropertyOptional({ example: '2026-03-31' })
  @IsOptional()
  @IsISO8601(DATE, DATE_MESSAGE)
  deadline?: string | null;
  @ApiProperty({ description: 'Open all year, no deadline' }) @IsBoolean() rolling: boolean;
  @ApiPropertyOptional() @IsOptional() @IsISO8601(DATE, DATE_MESSAGE) startsOn?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsISO8601(DATE, DATE_MESSAGE) endsOn?: string | null;
}

export class ApplyDto {
  @ApiPropertyOptional({ example: 'https://example.org/apply' })
  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'apply.url must be a web address starting with https://' },
  )
  @MaxLength(2000)
  url?: string | null;
  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'apply.email must be a valid e-mail address' })
  email?: string | null;
}

export class ContactDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(120) name?:
    string | null;
  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'contact.email must be a valid e-mail address' })
  email?: string | null;
  @ApiPropertyOptional({ example: '+221 33 800 00 00' })
  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{6,25}$/, {
    message: 'contact.phone must be a phone number such as +221 33 800 00 00',
  })
  phone?: string | null;
}

/** The whole content of an offer (PRODUCT.md, "The catalogue"). */
export class OfferContentDto implements OfferContent {
  @ApiProperty({
    type: TranslationsDto,
    description: 'Per-language text; at least one language complete',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => TranslationsDto)
  translations: TranslationsDto;
  @ApiProperty({ example: 'grant', description: 'Taxonomy code (GET /api/v1/taxonomy)' })
  @IsString()
  @Length(1, 64)
  categoryCode: string;
  @ApiProperty({ type: [String], example: ['agrifood'] })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  sectorCodes: string[];
  @ApiProperty({ type: [String], example: ['creation'] })
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsString({ each: true })
  stageCodes: string[];
  @ApiProperty({ type: EligibilityDto })
  @IsObject()
  @ValidateNested()
  @Type(() => EligibilityDto)
  eligibility: EligibilityDto;
  @ApiProperty({ type: [String], example: ['fr', 'wo'] })
  @Transform(({ value }) =>
    Array.isArray(value)
      ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v))
      : value,
  )
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsLanguageCode({ each: true })
  deliveryLanguages: string[];
  @ApiProperty({ enum: FORMATS }) @IsIn(FORMATS) format: (typeof FORMATS)[number];
  @ApiPropertyOptional({ type: LocationDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto | null;
  @ApiProperty({ type: CostDto }) @IsObject() @ValidateNested() @Type(() => CostDto) cost: CostDto;
  @ApiPropertyOptional({ type: FundingDto, description: 'Financing offers: the amount range' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => FundingDto)
  funding?: FundingDto | null;
  @ApiProperty({ type: DatesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => DatesDto)
  dates: DatesDto;
  @ApiProperty({ type: ApplyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ApplyDto)
  apply: ApplyDto;
  @ApiPropertyOptional({ type: ContactDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto | null;
  @ApiProperty({ type: [String], example: ['jeunes', 'femmes'] })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags: string[];
}

/**
 * Checks a plain object the way the API's global ValidationPipe checks a request body
 * (whitelist, no unknown properties, no implicit conversion): the same rules and sentences.
 */
export async function validateOfferContentShape(
  plain: Record<string, unknown>,
): Promise<{ value: OfferContentDto; violations: FieldViolation[] }> {
  const value = plainToInstance(OfferContentDto, plain, { enableImplicitConversion: false });
  const errors = await validate(value, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
  });
  return { value, violations: toViolations(errors) };
}
