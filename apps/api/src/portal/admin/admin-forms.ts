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
import {
  ACCOUNT_KINDS,
  ACCOUNT_STATUSES,
  type AccountKind,
  type AccountStatus,
} from '@app/identity';

/*
 * The rules of the admin API's query and body classes that its controllers keep to
 * themselves (moderation.controller.ts, admin-users.controller.ts), repeated here so the
 * pages refuse exactly what the API refuses. Keep them in step with the API.
 */

/** GET /api/v1/admin/review-queue */
export class ReviewQueueFilterDto extends PageQueryDto {
  @IsOptional()
  @IsIn(['new', 'revision'])
  kind?: 'new' | 'revision';

  @IsOptional() @IsString() @Length(1, 64) category?: string;

  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @Length(2, 2)
  country?: string;

  @IsOptional() @IsUUID() organisationId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(24 * 365)
  minAgeHours?: number;
}

export const DECISIONS = ['publish', 'request_changes', 'reject'] as const;

/** POST /api/v1/admin/offers/:offerId/decision */
export class DecisionFormDto {
  @IsIn(DECISIONS)
  decision: (typeof DECISIONS)[number];

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string;
}

/** POST /api/v1/admin/offers/:offerId/archive */
export class ArchiveFormDto {
  @IsOptional() @IsString() @MaxLength(4000) reason?: string;
}

/** GET /api/v1/admin/audit */
export class AuditFilterDto extends PageQueryDto {
  @IsOptional() @IsUUID() offerId?: string;
  @IsOptional() @IsUUID() organisationId?: string;
  @IsOptional() @IsString() @MaxLength(48) action?: string;
}

/** GET /api/v1/admin/users */
export class UserFilterDto extends PageQueryDto {
  @IsOptional()
  @IsIn(ACCOUNT_KINDS)
  kind?: AccountKind;

  @IsOptional()
  @IsIn(ACCOUNT_STATUSES)
  status?: AccountStatus;

  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;
}

/** The catalogue audit actions, for the journal's filter (the log accepts any text). */
export const AUDIT_ACTIONS = [
  'offer.created',
  'offer.updated',
  'offer.submitted',
  'offer.published',
  'offer.changes_requested',
  'offer.rejected',
  'offer.archived',
  'offer.reopened',
  'offer.expired',
  'offer.reconfirmed',
  'revision.submitted',
  'revision.withdrawn',
  'revision.approved',
  'revision.changes_requested',
  'revision.rejected',
] as const;
