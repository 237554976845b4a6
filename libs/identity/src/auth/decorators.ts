import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { AccountKind } from '../entities/user.entity';
import type { AuthenticatedUser } from './auth.types';

export const IS_PUBLIC = 'passerelle:isPublic';
export const ROLES = 'passerelle:roles';

/** The route needs no sign-in. Every other route does (the guard is global). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

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
