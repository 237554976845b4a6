import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, bearerToken, secretMatches, type AppConfig, type ConfigKey } from '@app/core';
import {
  isPartnerApiKey,
  PartnerApiKeysService,
  type PartnerPrincipal,
} from '../api-keys/partner-api-keys.service';
import type { AccountKind, Language } from '../entities/user.entity';
import { apiKeyReadOnly, forbidden, unauthenticated } from '../errors';
import { SessionRepository } from '../repositories/session.repository';
import { AccessTokenService } from './access-token.service';
import type { AuthenticatedUser } from './auth.types';
import { IS_PUBLIC, ROLES, SERVICE_TOKEN } from './decorators';

export const ACCESS_COOKIE = 'passerelle_access';
export const REFRESH_COOKIE = 'passerelle_refresh';

interface GuardedRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
  user?: AuthenticatedUser;
  partner?: PartnerPrincipal;
}

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Global guard: every route needs a valid access token (Authorization: Bearer, or the
 * httpOnly cookie) unless marked @Public(). The token alone is not trusted: the account
 * must still be active and the session not revoked, so sign-out, password change and
 * disabling take effect at once rather than when the token expires.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly sessions: SessionRepository,
    private readonly apiKeys: PartnerApiKeysService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const serviceToken = this.reflector.getAllAndOverride<ConfigKey | undefined>(
      SERVICE_TOKEN,
      targets,
    );
    // Checked before any session lookup: a scrape costs no database query.
    if (serviceToken) return this.checkServiceToken(request, serviceToken);
    // A partner key (X-Api-Key, or a bearer token shaped like one) reads public data only:
    // refused anywhere else, even on a route a session could use.
    const apiKey = extractApiKey(request);
    if (apiKey !== undefined) {
      const partner = await this.apiKeys.authenticate(apiKey);
      if (!partner) throw unauthenticated('apiKey');
      if (!isPublic || !READ_METHODS.has(request.method)) throw apiKeyReadOnly();
      if (!partner.scopes.includes('catalogue:read')) throw apiKeyReadOnly();
      request.partner = partner;
      return true;
    }
    const token = extractToken(request);

    if (token) {
      const user = await this.authenticate(token);
      if (user) request.user = user;
      else if (!isPublic) throw unauthenticated('session');
    }
    if (isPublic) return true;
    if (!request.user) throw unauthenticated();

    const roles = this.reflector.getAllAndOverride<AccountKind[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(request.user.kind)) throw forbidden();
    return true;
  }

  private checkServiceToken(request: GuardedRequest, key: ConfigKey): true {
    const presented = bearerToken(request.headers.authorization);
    if (!presented) throw unauthenticated('serviceTokenMissing');
    const expected = this.config[key];
    if (typeof expected !== 'string' || !secretMatches(presented, expected)) {
      throw unauthenticated('serviceTokenWrong');
    }
    return true;
  }

  private async authenticate(token: string): Promise<AuthenticatedUser | undefined> {
    const claims = this.tokens.verify(token);
    if (!claims) return undefined;
    const principal = await this.sessions.findPrincipal(claims.sub, claims.sid);
    // A role in the token that no longer matches the account (changed, or tampered) is refused.
    if (!principal || principal.kind !== claims.role) return undefined;
    return {
      id: principal.userId,
      sessionId: principal.sessionId,
      kind: principal.kind,
      email: principal.email,
      preferredLanguage: principal.preferredLanguage as Language,
    };
  }
}

function extractApiKey(request: GuardedRequest): string | undefined {
  const header = request.headers['x-api-key'];
  if (header !== undefined) return Array.isArray(header) ? header.join(',') : header;
  const bearer = bearerToken(
    typeof request.headers.authorization === 'string' ? request.headers.authorization : undefined,
  );
  return bearer && isPartnerApiKey(bearer) ? bearer : undefined;
}

function extractToken(request: GuardedRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header === 'string') return bearerToken(header);
  return request.cookies?.[ACCESS_COOKIE] || undefined;
}
