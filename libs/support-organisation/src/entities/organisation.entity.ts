import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export const MEMBER_ROLES = ['owner', 'editor'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const ORGANISATION_KINDS = [
  'incubator',
  'accelerator',
  'bank',
  'microfinance',
  'public_agency',
  'ngo',
  'diaspora_association',
  'chamber_of_commerce',
  'consultancy',
  'university',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const VERIFICATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const DESCRIPTION_LANGUAGES = ['fr', 'en', 'pt', 'ar'] as const;
export type DescriptionLanguage = (typeof DESCRIPTION_LANGUAGES)[number];
/** One text per language; a language without a text is absent. */
export type LocalizedText = Partial<Record<DescriptionLanguage, string>>;

@Entity('organisations')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'varchar', length: 120 }) slug: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
  @Column({ type: 'varchar', length: 32, default: 'other' }) kind: OrganisationKind;
  @Column({ name: 'legal_country', type: 'char', length: 2, nullable: true })
  legalCountry: string | null;
  @Column({ name: 'legal_registration_number', type: 'text', nullable: true })
  legalRegistrationNumber: string | null;
  @Column({
    name: 'countries_of_operation',
    type: 'char',
    length: 2,
    array: true,
    default: () => "'{}'",
  })
  countriesOfOperation: string[];
  @Column({ type: 'jsonb', default: () => "'{}'" }) description: LocalizedText;
  @Column({ type: 'text', nullable: true }) website: string | null;
  @Column({ name: 'contact_email', type: 'text', nullable: true }) contactEmail: string | null;
  @Column({ name: 'contact_phone', type: 'text', nullable: true }) contactPhone: string | null;
  @Column({ name: 'logo_url', type: 'text', nullable: true }) logoUrl: string | null;
  @Column({ name: 'verification_status', type: 'varchar', length: 16, default: 'pending' })
  verificationStatus: VerificationStatus;
  @Column({ name: 'verification_requested_at', type: 'timestamptz', default: () => 'now()' })
  verificationRequestedAt: Date;
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true }) verifiedAt: Date | null;
  @Column({ name: 'verified_by', type: 'uuid', nullable: true }) verifiedBy: string | null;
  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;
}

/** Append-only (a database trigger refuses UPDATE, DELETE and TRUNCATE). */
@Entity('organisation_verification_events')
export class VerificationEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' }) occurredAt: Date;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ name: 'from_status', type: 'varchar', length: 16 }) fromStatus: VerificationStatus;
  @Column({ name: 'to_status', type: 'varchar', length: 16 }) toStatus: VerificationStatus;
  @Column({ type: 'text', nullable: true }) reason: string | null;
}

@Entity('organisation_memberships')
export class MembershipEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'varchar', length: 16 }) role: MemberRole;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}

@Entity('organisation_invitations')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ type: 'citext' }) email: string;
  @Column({ type: 'varchar', length: 16 }) role: MemberRole;
  @Column({ name: 'token_hash', type: 'char', length: 64 }) tokenHash: string;
  @Column({ name: 'invited_by', type: 'uuid', nullable: true }) invitedBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @Column({ name: 'accepted_by', type: 'uuid', nullable: true }) acceptedBy: string | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}

export const supportOrganisationEntities = [
  OrganisationEntity,
  MembershipEntity,
  InvitationEntity,
  VerificationEventEntity,
];
