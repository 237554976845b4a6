import { randomBytes } from 'node:crypto';
import { AuthService, type AccountKind, type AuthenticatedUser } from '@app/identity';
import { GOOD_PASSWORD, uniqueEmail } from '../../support/factories';
import type { TestApp } from '../../support/test-app';

/** An account made directly through the identity service, as the guard would present it. */
export async function newCaller(
  t: TestApp,
  kind: AccountKind = 'organisation_member',
  preferredLanguage: 'fr' | 'en' = 'fr',
): Promise<AuthenticatedUser> {
  const user = await t.app.get(AuthService).createVerifiedAccount({
    email: uniqueEmail(kind),
    password: GOOD_PASSWORD,
    displayName: `Test ${kind}`,
    preferredLanguage,
    kind,
  });
  return {
    id: user.id,
    sessionId: randomBytes(8).toString('hex'),
    kind: user.kind,
    email: user.email!,
    preferredLanguage: user.preferredLanguage,
  };
}
