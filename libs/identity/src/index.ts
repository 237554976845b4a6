export { IdentityModule } from './identity.module';
export { identityEntities } from './entities';
export {
  ACCOUNT_KINDS,
  ACCOUNT_STATUSES,
  LANGUAGES,
  type AccountKind,
  type AccountStatus,
  type Language,
} from './entities/user.entity';
export type { UserEntity as Account } from './entities/user.entity';
export { AuthService } from './auth/auth.service';
export { PAGE_RENEWAL_GRACE_MS, SessionService, type PageRenewal } from './auth/session.service';
export { AccessTokenService, JWT_AUDIENCE, JWT_ISSUER } from './auth/access-token.service';
export { ACCESS_COOKIE, AuthGuard, REFRESH_COOKIE } from './auth/auth.guard';
export {
  CurrentUser,
  IS_PUBLIC,
  OptionalUser,
  Public,
  Roles,
  SERVICE_TOKEN,
  ServiceToken,
} from './auth/decorators';
export type { AuthenticatedUser, IssuedTokens, RequestMeta, SignUpInput } from './auth/auth.types';
export { AccountService } from './account/account.service';
export {
  PersonalDataRegistry,
  type PersonalDataContributor,
} from './account/personal-data.registry';
export { UserDirectory, type UserSummary } from './account/user-directory';
export { AdminUsersService } from './admin/admin-users.service';
export { AuthThrottlerGuard } from './throttling/auth-throttler.guard';
export { PublicApiRateLimitGuard } from './throttling/public-api-rate-limit.guard';
export {
  isPartnerApiKey,
  PARTNER_SCOPES,
  PartnerApiKeysService,
  type PartnerApiKeyView,
  type PartnerPrincipal,
  type PartnerScope,
} from './api-keys/partner-api-keys.service';
export { ARGON2_OPTIONS } from './passwords/password-hasher';
export { PASSWORD_MAX, PASSWORD_MIN } from './passwords/password-policy';
export { hashToken, newOpaqueToken } from './tokens';
export { identityMails } from './mail/identity-mails';
