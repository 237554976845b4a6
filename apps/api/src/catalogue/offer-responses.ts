import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  OFFER_STATES,
  type OfferView,
  type PublicOfferSyncPage as PublicOfferSyncPageView,
  type PublicOfferView,
  type RevisionView,
} from '@app/catalogue';
import { OfferContentDto } from './offer.dto';

export class RevisionResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['submitted', 'changes_requested'] }) state: string;
  @ApiProperty({ type: OfferContentDto }) content: OfferContentDto;
  @ApiProperty() submittedAt: Date;
  @ApiPropertyOptional({ nullable: true, type: String }) comment: string | null;
}

export class OfferResponse {
  @ApiProperty() id: string;
  @ApiProperty() organisationId: string;
  @ApiProperty() slug: string;
  @ApiProperty({ enum: OFFER_STATES }) state: string;
  @ApiProperty({ description: 'Send it back as expectedVersion when editing' }) version: number;
  @ApiProperty({ type: OfferContentDto, description: 'The live version for a published offer' })
  content: OfferContentDto;
  @ApiProperty({ minimum: 0, maximum: 100 }) qualityScore: number;
  @ApiProperty() viewCount: number;
  @ApiProperty({ nullable: true, type: Date, description: 'Last human check (HSDS assured_date)' })
  lastVerifiedAt: Date | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The moderator’s last comment or reason',
  })
  moderationComment: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) publishedAt: Date | null;
  @ApiProperty({
    nullable: true,
    type: RevisionResponse,
    description: 'A change to the live version waiting for review',
  })
  pendingRevision: RevisionResponse | null;
}

export class PublicOfferResponse {
  @ApiProperty() id: string;
  @ApiProperty() slug: string;
  @ApiProperty() organisationId: string;
  @ApiProperty({ enum: ['published', 'expired'] }) state: string;
  @ApiProperty({ type: OfferContentDto }) content: OfferContentDto;
  @ApiProperty({
    nullable: true,
    type: Date,
    description: 'Last verified by a person (HSDS assured_date)',
  })
  lastVerifiedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) publishedAt: Date | null;
  @ApiProperty({ description: 'Last edited' }) updatedAt: Date;
  @ApiPropertyOptional({
    description:
      'For a signed-in entrepreneur: eligible | partly | not_eligible | unknown, with the reasons',
  })
  eligibility?: {
    verdict: string;
    reasons: Array<{ code: string; status: string; params: object; text: string }>;
  };
}

export class OfferPage {
  @ApiProperty({ type: [OfferResponse] }) items: OfferResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class PublicOfferPage {
  @ApiProperty({ type: [PublicOfferResponse] }) items: PublicOfferResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

/** An offer that left the public list since the sync's start: delete it from the mirror. */
export class OfferTombstoneResponse {
  @ApiProperty({ format: 'uuid', example: '0b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e' }) id: string;
  @ApiProperty({ enum: [true], example: true }) deleted: true;
  @ApiProperty({
    description: 'When it left public view (archived, expired, reopened…)',
    example: '2026-02-01T09:30:00.000Z',
  })
  deletedAt: Date;
}

/** A public offer in a sync page: insert or replace it in the mirror. */
export class PublicOfferSyncItem extends PublicOfferResponse {
  @ApiProperty({ enum: [false], example: false }) deleted: false;
}

export class PublicOfferSyncPage {
  @ApiProperty({
    description: 'Public offers and tombstones, in the order they changed (updatedAt, id)',
    type: 'array',
    items: {
      oneOf: [
        { $ref: '#/components/schemas/PublicOfferSyncItem' },
        { $ref: '#/components/schemas/OfferTombstoneResponse' },
      ],
    },
  })
  items: Array<PublicOfferSyncItem | OfferTombstoneResponse>;
  @ApiProperty({
    description: 'Send it back as `cursor` to continue; keep it for the next incremental sync',
    example: 'djEuMTc2NDgwMDAwMDAwMDAwMC4wYjFlMmQzYy00ZjVhLTRiNmMtOGQ3ZS05ZjBhMWIyYzNkNGU',
  })
  nextCursor: string;
  @ApiProperty({ description: 'More changes are ready now: call again with nextCursor' })
  hasMore: boolean;
  @ApiProperty({ example: 100 }) pageSize: number;
}

export function toPublicOfferSyncPage(
  page: PublicOfferSyncPageView,
  pageSize: number,
): PublicOfferSyncPage {
  return {
    items: page.items.map((item) =>
      'deleted' in item
        ? { id: item.id, deleted: true as const, deletedAt: item.deletedAt }
        : { ...toPublicOfferResponse(item), deleted: false as const },
    ),
    nextCursor: page.nextCursor,
    hasMore: page.hasMore,
    pageSize,
  };
}

export class AuditEventResponse {
  @ApiProperty() id: string;
  @ApiProperty() occurredAt: Date;
  @ApiProperty() organisationId: string;
  @ApiProperty({ nullable: true, type: String }) offerId: string | null;
  @ApiProperty({ nullable: true, type: String }) revisionId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorId: string | null;
  @ApiProperty({ enum: ['organisation', 'admin', 'system'] }) actorRole: string;
  @ApiProperty({ example: 'offer.published' }) action: string;
  @ApiProperty({ nullable: true, type: String }) fromState: string | null;
  @ApiProperty({ nullable: true, type: String }) toState: string | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
}

export class AuditPage {
  @ApiProperty({ type: [AuditEventResponse] }) items: AuditEventResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

const toRevision = (r: RevisionView): RevisionResponse => ({
  ...r,
  content: r.content as OfferContentDto,
});

export function toOfferResponse(v: OfferView): OfferResponse {
  return {
    ...v,
    content: v.content as OfferContentDto,
    pendingRevision: v.pendingRevision ? toRevision(v.pendingRevision) : null,
  };
}

export function toPublicOfferResponse(v: PublicOfferView): PublicOfferResponse {
  return {
    id: v.id,
    slug: v.slug,
    organisationId: v.organisationId,
    state: v.state,
    content: v.content as OfferContentDto,
    lastVerifiedAt: v.lastVerifiedAt,
    publishedAt: v.publishedAt,
    updatedAt: v.updatedAt,
  };
}

export function toAuditEventResponse(e: AuditEventResponse): AuditEventResponse {
  return {
    id: String(e.id),
    occurredAt: e.occurredAt,
    organisationId: e.organisationId,
    offerId: e.offerId,
    revisionId: e.revisionId,
    actorId: e.actorId,
    actorRole: e.actorRole,
    action: e.action,
    fromState: e.fromState,
    toState: e.toState,
    reason: e.reason,
  };
}
