import type {
  LocalizedText,
  MemberRole,
  OrganisationEntity,
  OrganisationKind,
  VerificationStatus,
} from '../entities/organisation.entity';

export interface LegalIdentifier {
  /** ISO 3166-1 alpha-2 country of registration. */
  readonly country: string;
  readonly registrationNumber: string;
}

export interface VerificationView {
  readonly status: VerificationStatus;
  /** When the organisation last asked to be verified (its creation, a re-submission). */
  readonly requestedAt: Date;
  readonly verifiedAt: Date | null;
  /** Why admins refused it, while it is rejected. */
  readonly rejectionReason: string | null;
}

/** Everything about an organisation, for its members and for admins. */
export interface OrganisationProfileView {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly kind: OrganisationKind;
  readonly legalIdentifier: LegalIdentifier | null;
  readonly countriesOfOperation: string[];
  readonly description: LocalizedText;
  readonly website: string | null;
  readonly contactEmail: string | null;
  readonly contactPhone: string | null;
  readonly logoUrl: string | null;
  readonly verification: VerificationView;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly myRole?: MemberRole;
}

/** What anyone may see: never the legal registration, a rejection reason, members or creator. */
export interface PublicOrganisationView {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly kind: OrganisationKind;
  readonly countriesOfOperation: string[];
  readonly description: LocalizedText;
  readonly website: string | null;
  readonly logoUrl: string | null;
  readonly contactEmail: string | null;
  readonly contactPhone: string | null;
  readonly verified: boolean;
  readonly verifiedAt: Date | null;
  /** Last change of anything here (the partner sync orders by it). */
  readonly updatedAt: Date;
}

/** What the catalogue shows of an offer's organisation. */
export interface OrganisationSummary {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly kind: OrganisationKind;
  readonly verified: boolean;
  readonly verifiedAt: Date | null;
}

export function toProfileView(o: OrganisationEntity, myRole?: MemberRole): OrganisationProfileView {
  return {
    id: o.id,
    name: o.name,
    slug: o.slug,
    kind: o.kind,
    legalIdentifier:
      o.legalCountry && o.legalRegistrationNumber
        ? { country: o.legalCountry, registrationNumber: o.legalRegistrationNumber }
        : null,
    countriesOfOperation: [...o.countriesOfOperation],
    description: { ...o.description },
    website: o.website,
    contactEmail: o.contactEmail,
    contactPhone: o.contactPhone,
    logoUrl: o.logoUrl,
    verification: {
      status: o.verificationStatus,
      requestedAt: o.verificationRequestedAt,
      verifiedAt: o.verifiedAt,
      rejectionReason: o.rejectionReason,
    },
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    ...(myRole ? { myRole } : {}),
  };
}

export function toPublicView(o: OrganisationEntity): PublicOrganisationView {
  return {
    id: o.id,
    name: o.name,
    slug: o.slug,
    kind: o.kind,
    countriesOfOperation: [...o.countriesOfOperation],
    description: { ...o.description },
    website: o.website,
    logoUrl: o.logoUrl,
    contactEmail: o.contactEmail,
    contactPhone: o.contactPhone,
    ...badge(o),
    updatedAt: o.updatedAt,
  };
}

export function toSummary(o: OrganisationEntity): OrganisationSummary {
  return { id: o.id, name: o.name, slug: o.slug, kind: o.kind, ...badge(o) };
}

function badge(o: OrganisationEntity): { verified: boolean; verifiedAt: Date | null } {
  const verified = o.verificationStatus === 'verified';
  return { verified, verifiedAt: verified ? o.verifiedAt : null };
}
