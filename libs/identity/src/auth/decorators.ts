import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { ConfigKey } from '@app/core';
import type { AccountKind } from '../entities/user.entity';
import type { AuthenticatedUser } from './auth.types';

export const IS_PUBLIC = 'passerelle:isPublic';
export const ROLES = 'passerelle:roles';
export const SERVICE_TOKEN = 'passerelle:serviceToken';

/** The route needs no sign-in. Every other route does (the guard is global). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * The route is for a machine, not a person: it opens only with `Authorization: Bearer` and
 * the shared secret held in the configuration variable `key` (a scraper's METRICS_TOKEN).
 * Still private under the global guard; a user's session does not open it.
 */
export const ServiceToken = (key: ConfigKey) => SetMetadata(SERVICE_TOKEN, key);

/** Only these account kinds may call the route (403 for the others). */
export const Roles = (...kinds: AccountKind[]) => SetMetadata(ROLES, kinds);

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => {
    return context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user;
  },
);

/** The caller if signed in, else undefined: for public routes that personalise. */
export const OptionalUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser | undefined =>
    context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user,
);
