import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '@app/core';
import type { Decision } from '@app/catalogue';

/** What an admin can decide about what waits for review. */
export const DECISIONS = [
  'publish',
  'request_changes',
  'reject',
] as const satisfies readonly Decision[];

/** GET /api/v1/admin/review-queue (and the back office's review queue page). */
export class QueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['new', 'revision'] })
  @IsOptional()
  @IsIn(['new', 'revision'])
  kind?: 'new' | 'revision';
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) category?: string;
  @ApiPropertyOptional({ description: 'ISO country code, residence or target' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @Length(2, 2)
  country?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ description: 'Only items waiting at least this many hours' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(24 * 365)
  minAgeHours?: number;
}

/** POST /api/v1/admin/offers/:offerId/decision */
export class DecisionDto {
  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS)
  decision: Decision;
  @ApiPropertyOptional({
    description: 'Required to request changes or reject; the organisation reads it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string;
}

/** POST /api/v1/admin/offers/:offerId/archive */
export class ArchiveDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) reason?: string;
}

/** GET /api/v1/admin/audit (and the back office's journal). */
export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() offerId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ example: 'offer.published' })
  @IsOptional()
  @IsString()
  @MaxLength(48)
  action?: string;
}
