export { SupportOrganisationModule } from './support-organisation.module';
export {
  supportOrganisationEntities,
  DESCRIPTION_LANGUAGES,
  MEMBER_ROLES,
  ORGANISATION_KINDS,
  VERIFICATION_STATUSES,
  type DescriptionLanguage,
  type LocalizedText,
  type MemberRole,
  type OrganisationKind,
  type VerificationStatus,
} from './entities/organisation.entity';
export {
  OrganisationService,
  type OrganisationTombstone,
  type OrganisationView,
  type PublicOrganisationSyncPage,
} from './organisation.service';
export {
  MembershipService,
  type InvitationPreview,
  type InvitationView,
  type MemberContact,
  type MemberView,
} from './membership/membership.service';
export {
  VerificationService,
  type AdminOrganisationView,
  type VerificationEventView,
} from './verification/verification.service';
export {
  VerificationStatsService,
  type VerificationDecisionTimes,
} from './verification/verification-stats.service';
export type {
  LegalIdentifier,
  OrganisationProfileView,
  OrganisationSummary,
  PublicOrganisationView,
  VerificationView,
} from './profile/organisation-profile';
export type { ProfileChanges } from './profile/profile-changes';
export { IsCountryCode } from './profile/country-code';
export { ORGANISATION_CHANGED_JOB, type OrganisationChangedJob } from './outbox';
export { invitationMail } from './membership/organisation-mails';
export {
  organisationRejectedMail,
  organisationVerifiedMail,
} from './verification/verification-mails';
