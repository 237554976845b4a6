import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LABEL_LANGUAGES, type LabelLanguage } from '@app/core';
import {
  TAXONOMY_VOCABULARIES,
  TERM_CODE_MAX_LENGTH,
  TERM_CODE_PATTERN,
  TERM_LABEL_MAX_LENGTH,
  type TaxonomyTermView,
  type TaxonomyVocabulary,
} from '@app/catalogue';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const CODE_MESSAGE = `$property must be lower-case snake_case (a-z, 0-9, _) starting with a letter, at most ${TERM_CODE_MAX_LENGTH} characters`;
const VOCABULARY_MESSAGE = `$property must be one of: ${TAXONOMY_VOCABULARIES.join(', ')}`;

/** A term code: lower-case snake_case, as the database allows. */
const TermCode = () =>
  applyDecorators(
    IsString(),
    MaxLength(TERM_CODE_MAX_LENGTH),
    Matches(TERM_CODE_PATTERN, { message: CODE_MESSAGE }),
  );

export class TermParamsDto {
  @ApiProperty({ enum: TAXONOMY_VOCABULARIES })
  @IsIn(TAXONOMY_VOCABULARIES, { message: VOCABULARY_MESSAGE })
  vocabulary: TaxonomyVocabulary;

  @ApiProperty({ example: 'grant', pattern: TERM_CODE_PATTERN.source })
  @TermCode()
  code: string;
}

export class TaxonomyQueryDto {
  @ApiPropertyOptional({ enum: TAXONOMY_VOCABULARIES, description: 'Only this vocabulary.' })
  @IsOptional()
  @IsIn(TAXONOMY_VOCABULARIES, { message: VOCABULARY_MESSAGE })
  vocabulary?: TaxonomyVocabulary;
}

export class AdminTaxonomyQueryDto extends TaxonomyQueryDto {
  @ApiPropertyOptional({ type: Boolean, default: true, description: 'Include retired terms.' })
  @IsOptional()
  // Query strings are text: only "true" and "false" are booleans.
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeRetired?: boolean;
}

export class LangQueryDto {
  @ApiPropertyOptional({
    enum: LABEL_LANGUAGES,
    default: 'en',
    description: 'Language of the names.',
  })
  @IsOptional()
  @IsIn(LABEL_LANGUAGES, { message: `$property must be one of: ${LABEL_LANGUAGES.join(', ')}` })
  lang?: LabelLanguage;
}

export class TermLabelsDto {
  @ApiProperty({ example: 'Microfinance', maxLength: TERM_LABEL_MAX_LENGTH })
  @Transform(trim)
  @IsString()
  @Length(1, TERM_LABEL_MAX_LENGTH)
  fr: string;

  @ApiProperty({ example: 'Microfinance', maxLength: TERM_LABEL_MAX_LENGTH })
  @Transform(trim)
  @IsString()
  @Length(1, TERM_LABEL_MAX_LENGTH)
  en: string;

  @ApiPropertyOptional({ example: 'Microfinanças', maxLength: TERM_LABEL_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(TERM_LABEL_MAX_LENGTH)
  pt?: string;

  @ApiPropertyOptional({ example: 'التمويل الأصغر', maxLength: TERM_LABEL_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(TERM_LABEL_MAX_LENGTH)
  ar?: string;
}

export class CreateTermDto {
  @ApiProperty({ enum: TAXONOMY_VOCABULARIES })
  @IsIn(TAXONOMY_VOCABULARIES, { message: VOCABULARY_MESSAGE })
  vocabulary: TaxonomyVocabulary;

  @ApiProperty({
    example: 'microfinance',
    pattern: TERM_CODE_PATTERN.source,
    maxLength: TERM_CODE_MAX_LENGTH,
    description: 'Stable for ever: offers store it.',
  })
  @TermCode()
  code: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'financing',
    description: 'A top-level term of the same vocabulary (one level of sub-terms).',
  })
  @IsOptional()
  @TermCode()
  parentCode?: string | null;

  @ApiProperty({ type: TermLabelsDto })
  @ValidateNested()
  @Type(() => TermLabelsDto)
  @IsObject()
  labels: TermLabelsDto;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 1_000_000,
    description: 'Default: after the last sibling.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  position?: number;
}

export class ChangeTermLabelsDto {
  @ApiPropertyOptional({ maxLength: TERM_LABEL_MAX_LENGTH })
  @ValidateIf((o: ChangeTermLabelsDto) => o.fr !== undefined)
  @Transform(trim)
  @IsString()
  @Length(1, TERM_LABEL_MAX_LENGTH)
  fr?: string;

  @ApiPropertyOptional({ maxLength: TERM_LABEL_MAX_LENGTH })
  @ValidateIf((o: ChangeTermLabelsDto) => o.en !== undefined)
  @Transform(trim)
  @IsString()
  @Length(1, TERM_LABEL_MAX_LENGTH)
  en?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null removes it.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(TERM_LABEL_MAX_LENGTH)
  pt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null removes it.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(TERM_LABEL_MAX_LENGTH)
  ar?: string | null;
}

export class ChangeTermDto {
  @ApiPropertyOptional({
    type: ChangeTermLabelsDto,
    description: 'Merged into the current labels.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ChangeTermLabelsDto)
  labels?: ChangeTermLabelsDto;

  @ApiPropertyOptional({ minimum: 0, maximum: 1_000_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  position?: number;
}

export class TermLabelsResponse {
  @ApiProperty({ example: 'Subvention' }) fr: string;
  @ApiProperty({ example: 'Grant' }) en: string;
  @ApiPropertyOptional({ example: 'Subvenção' }) pt?: string;
  @ApiPropertyOptional({ example: 'منحة' }) ar?: string;
}

export class TaxonomyTermResponse {
  @ApiProperty({ enum: TAXONOMY_VOCABULARIES }) vocabulary: TaxonomyVocabulary;
  @ApiProperty({ example: 'grant' }) code: string;
  @ApiProperty({ type: String, nullable: true, example: 'financing' }) parentCode: string | null;
  @ApiProperty({ type: TermLabelsResponse }) labels: TermLabelsResponse;
  @ApiProperty({ example: 10, description: 'Order among siblings.' }) position: number;
  @ApiProperty({ description: 'Can be put on an offer: neither it nor its parent is retired.' })
  selectable: boolean;
  @ApiProperty({ type: Date, nullable: true }) retiredAt: Date | null;
  @ApiProperty() updatedAt: Date;
}

export function toTaxonomyTermResponse(term: TaxonomyTermView): TaxonomyTermResponse {
  return {
    vocabulary: term.vocabulary,
    code: term.code,
    parentCode: term.parentCode,
    labels: { ...term.labels },
    position: term.position,
    selectable: term.selectable,
    retiredAt: term.retiredAt,
    updatedAt: term.updatedAt,
  };
}

export class NamedCodeResponse {
  @ApiProperty({ example: 'SN' }) code: string;
  @ApiProperty({ example: 'Sénégal' }) name: string;
}

export class CurrencyResponse {
  @ApiProperty({ example: 'XOF' }) code: string;
  @ApiProperty({ example: 'franc CFA (BCEAO)' }) name: string;
  @ApiProperty({ example: 0, description: 'Digits of the minor unit: amounts are sent in it.' })
  minorUnits: number;
}
