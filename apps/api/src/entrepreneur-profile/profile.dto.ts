import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import { IsCountryCode, IsLanguageCode } from '@app/core';

const upperList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v))
    : value;
const upper = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

export class ProfileDto {
  @ApiPropertyOptional({
    example: 'FR',
    nullable: true,
    description: 'Where you live (ISO 3166-1 alpha-2)',
  })
  @IsOptional()
  @Transform(upper)
  @IsCountryCode()
  residenceCountry?: string | null;
  @ApiPropertyOptional({ type: [String], example: ['SN'], description: 'Your countries of origin' })
  @IsOptional()
  @Transform(upperList)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsCountryCode({ each: true })
  originCountries?: string[];
  @ApiPropertyOptional({
    type: [String],
    example: ['SN'],
    description: 'Where your business is or will be',
  })
  @IsOptional()
  @Transform(upperList)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsCountryCode({ each: true })
  targetCountries?: string[];
  @ApiPropertyOptional({ type: [String], example: ['agriculture_agrifood'] })
  @IsOptional()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsString({ each: true })
  sectorCodes?: string[];
  @ApiPropertyOptional({ example: 'creation', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  stageCode?: string | null;
  @ApiPropertyOptional({
    type: [String],
    example: ['grant', 'mentoring'],
    description: 'What you look for (category codes)',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  needCodes?: string[];
  @ApiPropertyOptional({ type: [String], example: ['fr', 'wo'] })
  @IsOptional()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsLanguageCode({ each: true })
  languages?: string[];
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) businessName?:
    string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  businessDescription?: string | null;
  @ApiPropertyOptional({
    example: '1995-03-10',
    nullable: true,
    description: 'Stored only with your consent',
  })
  @IsOptional()
  @IsISO8601(
    { strict: true, strictSeparator: true },
    { message: 'dateOfBirth must be a date as YYYY-MM-DD' },
  )
  dateOfBirth?: string | null;
  @ApiPropertyOptional({
    enum: ['woman', 'man', 'other'],
    nullable: true,
    description: 'Stored only with your consent',
  })
  @IsOptional()
  @IsIn(['woman', 'man', 'other'])
  gender?: 'woman' | 'man' | 'other' | null;
}

export class ConsentDto {
  @ApiProperty({
    description:
      'Allow Passerelle to store your date of birth and gender to check age- and gender-focused offers',
  })
  @IsBoolean()
  granted: boolean;
}

export class LangQueryDto {
  @ApiPropertyOptional({ enum: ['fr', 'en', 'pt', 'ar'] })
  @IsOptional()
  @IsIn(['fr', 'en', 'pt', 'ar'])
  lang?: 'fr' | 'en' | 'pt' | 'ar';
}
