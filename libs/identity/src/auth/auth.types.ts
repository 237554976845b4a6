import type { AccountKind, Language } from '../entities/user.entity';

export interface RequestMeta {
  readonly ip?: string;
  readonly userAgent?: string;
}

export interface IssuedTokens {
  readonly accessToken: string;
  readonly accessTokenExpiresAt: Date;
  readonly refreshToken: string;
  readonly refreshTokenExpiresAt: Date;
  readonly sessionId: string;
}

/** Who is calling, as established by the auth guard for one request. */
export interface AuthenticatedUser {
  readonly id: string;
  readonly sessionId: string;
  readonly kind: AccountKind;
  readonly email: string;
  readonly preferredLanguage: Language;
}

export interface SignUpInput {
  readonly email: string;
  readonly password: string;
  readonly displayName: string;
  readonly preferredLanguage: Language;
  readonly accountType: 'entrepreneur' | 'organisation';
}
