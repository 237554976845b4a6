import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OfferContent } from './offer-content';
import type { OfferState } from './offer-state';

@Entity('offers')
export class OfferEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ type: 'varchar', length: 160 }) slug: string;
  @Column({ type: 'varchar', length: 24 }) state: OfferState;
  /** Bumped on every change: decisions and edits that raced see a 409 rather than overwrite. */
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'jsonb' }) content: OfferContent;
  @Column({ name: 'category_code', type: 'varchar', length: 64 }) categoryCode: string;
  @Column({ name: 'residence_countries', type: 'char', length: 2, array: true })
  residenceCountries: string[];
  @Column({ name: 'target_countries', type: 'char', length: 2, array: true })
  targetCountries: string[];
  @Column({ type: 'boolean' }) rolling: boolean;
  @Column({ type: 'date', nullable: true }) deadline: string | null;
  @Column({ name: 'quality_score', type: 'smallint' }) qualityScore: number;
  @Column({ name: 'view_count', type: 'integer' }) viewCount: number;
  @Column({ name: 'last_verified_at', type: 'timestamptz', nullable: true })
  lastVerifiedAt: Date | null;
  @Column({ name: 'freshness_reminded_at', type: 'timestamptz', nullable: true })
  freshnessRemindedAt: Date | null;
  @Column({ name: 'moderation_comment', type: 'text', nullable: true }) moderationComment:
    string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ name: 'first_published_at', type: 'timestamptz', nullable: true })
  firstPublishedAt: Date | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @Column({ name: 'expired_at', type: 'timestamptz', nullable: true }) expiredAt: Date | null;
  /** Imported offers: the source the organisation named and the row's id there (unique together). */
  @Column({ name: 'import_source', type: 'varchar', length: 100, nullable: true })
  importSource: string | null;
  @Column({ name: 'import_external_id', type: 'varchar', length: 200, nullable: true })
  importExternalId: string | null;
}

export type RevisionState =
  'submitted' | 'changes_requested' | 'approved' | 'rejected' | 'withdrawn';

/** A proposed change to a published offer, waiting for review while the live version stays online. */
@Entity('offer_revisions')
export class OfferRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'offer_id', type: 'uuid' }) offerId: string;
  @Column({ type: 'varchar', length: 24 }) state: RevisionState;
  @Column({ type: 'jsonb' }) content: OfferContent;
  @Column({ name: 'based_on_version', type: 'integer' }) basedOnVersion: number;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt: Date;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'text', nullable: true }) comment: string | null;
}

@Entity('catalogue_audit_events')
export class CatalogueAuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'offer_id', type: 'uuid', nullable: true }) offerId: string | null;
  @Column({ name: 'revision_id', type: 'uuid', nullable: true }) revisionId: string | null;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ name: 'actor_role', type: 'varchar', length: 24 }) actorRole: string;
  @Column({ type: 'varchar', length: 48 }) action: string;
  @Column({ name: 'from_state', type: 'varchar', length: 24, nullable: true }) fromState:
    string | null;
  @Column({ name: 'to_state', type: 'varchar', length: 24, nullable: true }) toState: string | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
}

export const offerEntities = [OfferEntity, OfferRevisionEntity, CatalogueAuditEventEntity];
