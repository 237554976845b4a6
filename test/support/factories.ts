import { randomBytes } from 'node:crypto';
import { AuthService, type AccountKind } from '@app/identity';
import { tokenFrom } from './mailbox';
import type { TestApp } from './test-app';

export interface TestAccount {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  accessToken: string;
  refreshToken: string;
  /** `{ authorization: 'Bearer …' }` with the current access token. */
  auth(): Record<string, string>;
}

let counter = 0;
export function uniqueEmail(prefix = 'user'): string {
  counter += 1;
  return `${prefix}.${counter}.${randomBytes(3).toString('hex')}@example.test`;
}

export const GOOD_PASSWORD = 'le baobab de Thiès fleurit';

export async function signIn(t: TestApp, email: string, password: string): Promise<TestAccount> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.payload}`);
  const body = res.json();
  const account: TestAccount = {
    id: body.user.id,
    email,
    password,
    accessToken: body.accessToken,
    refreshToken: body.refreshToken,
    auth: () => ({ authorization: `Bearer ${account.accessToken}` }),
  };
  return account;
}

/** Signs up through the API, follows the e-mailed confirmation link, signs in. */
export async function newAccount(
  t: TestApp,
  options: {
    kind?: 'entrepreneur' | 'organisation';
    email?: string;
    password?: string;
    language?: string;
  } = {},
): Promise<TestAccount> {
  const email = options.email ?? uniqueEmail(options.kind ?? 'entrepreneur');
  const password = options.password ?? GOOD_PASSWORD;
  // The confirmation's subject in the account's language (Arabic has no "confirm" in it).
  const confirmation = /confirm|أكِّد/i;
  const earlier = (await t.mailbox.to(email)).filter((m) => confirmation.test(m.subject)).length;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-up',
    payload: {
      email,
      password,
      displayName: 'Awa Diop',
      preferredLanguage: options.language ?? 'fr',
      accountType: options.kind ?? 'entrepreneur',
    },
  });
  if (res.statusCode !== 202) throw new Error(`sign-up failed: ${res.statusCode} ${res.payload}`);
  const mail = await t.mailbox.waitFor(email, { subject: confirmation, count: earlier + 1 });
  const verified = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/verify-email',
    payload: { token: tokenFrom(mail) },
  });
  if (verified.statusCode !== 204) throw new Error(`verify failed: ${verified.payload}`);
  return signIn(t, email, password);
}

/** Admins are never self-created: made like the `admin:create` command does, then signed in. */
export async function newAdmin(t: TestApp): Promise<TestAccount> {
  return newAccountOfKind(t, 'admin');
}

export async function newAccountOfKind(t: TestApp, kind: AccountKind): Promise<TestAccount> {
  const email = uniqueEmail(kind);
  await t.app.get(AuthService).createVerifiedAccount({
    email,
    password: GOOD_PASSWORD,
    displayName: `Test ${kind}`,
    preferredLanguage: 'en',
    kind,
  });
  return signIn(t, email, GOOD_PASSWORD);
}

/** An organisation-member account owning a fresh organisation. */
export async function newOrganisationOwner(t: TestApp, name = 'Diaspora Invest Dakar') {
  const owner = await newAccount(t, { kind: 'organisation' });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/organisations',
    headers: owner.auth(),
    payload: { name },
  });
  if (res.statusCode !== 201) throw new Error(`organisation failed: ${res.payload}`);
  return { owner, organisationId: res.json().id as string };
}

/** An organisation verified by an admin, so its offers can be published. */
export async function newVerifiedOrganisation(
  t: TestApp,
  admin: TestAccount,
  name = 'Réseau Entreprendre Diaspora',
) {
  const { owner, organisationId } = await newOrganisationOwner(t, name);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/organisations/${organisationId}/verify`,
    headers: admin.auth(),
  });
  if (res.statusCode !== 200)
    throw new Error(`verify organisation failed: ${res.statusCode} ${res.payload}`);
  return { owner, organisationId };
}

/** A complete, valid offer body; override any part. */
export function offerContent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    translations: {
      fr: {
        title: 'Bourse d’amorçage pour entrepreneurs de la diaspora au Sénégal',
        summary: 'Une subvention de démarrage pour créer votre entreprise au Sénégal.',
        description:
          'Ce programme finance les premiers mois de votre projet : étude de marché, prototype, premières embauches. ' +
          'Un accompagnement de six mois est inclus.',
      },
    },
    categoryCode: 'grant',
    sectorCodes: [],
    stageCodes: ['creation'],
    eligibility: {
      residenceCountries: ['FR', 'BE'],
      targetCountries: ['SN'],
      diasporaOnly: true,
      genderFocus: 'any',
      ageMin: 18,
      ageMax: 40,
    },
    deliveryLanguages: ['fr'],
    format: 'hybrid',
    location: { city: 'Dakar', countryCode: 'SN' },
    cost: { type: 'free' },
    funding: { minMinor: 100_000_000, maxMinor: 1_500_000_000, currency: 'XOF' },
    dates: { opensOn: '2026-01-01', deadline: '2099-12-31', rolling: false },
    apply: { url: 'https://example.org/postuler' },
    contact: { name: 'Équipe programme', email: 'programme@example.org' },
    tags: ['diaspora', 'amorçage'],
    ...overrides,
  };
}

/** The default offer body under another title (its French summary and description kept). */
export function offerTitled(
  title: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const { fr } = offerContent().translations as { fr: Record<string, string> };
  return offerContent({ translations: { fr: { ...fr, title } }, ...overrides });
}

/** Creates, submits and publishes an offer of a verified organisation, as its owner and an admin. */
export async function publishOffer(
  t: TestApp,
  who: { owner: TestAccount; admin: TestAccount; organisationId: string },
  content: Record<string, unknown>,
): Promise<{ id: string; slug: string }> {
  const base = `/api/v1/organisations/${who.organisationId}/offers`;
  const steps = [
    { url: base, by: who.owner, payload: content },
    { url: `${base}/:id/submit`, by: who.owner },
    { url: '/api/v1/admin/offers/:id/decision', by: who.admin, payload: { decision: 'publish' } },
  ];
  let offer: { id: string; slug: string } | undefined;
  for (const step of steps) {
    const res = await t.app.inject({
      method: 'POST',
      url: step.url.replace(':id', offer?.id ?? ''),
      headers: step.by.auth(),
      payload: step.payload,
    });
    if (res.statusCode >= 300)
      throw new Error(`POST ${step.url}: ${res.statusCode} ${res.payload}`);
    offer ??= res.json() as { id: string; slug: string };
  }
  return offer!;
}
