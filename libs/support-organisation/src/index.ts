export { SupportOrganisationModule } from './support-organisation.module';
export {
  supportOrganisationEntities,
  MEMBER_ROLES,
  type MemberRole,
} from './entities/organisation.entity';
export { OrganisationService, slugify, type OrganisationView } from './organisation.service';
export {
  MembershipService,
  type InvitationView,
  type MemberView,
} from './membership/membership.service';
