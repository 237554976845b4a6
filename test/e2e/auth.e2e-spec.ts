import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { JWT_AUDIENCE, JWT_ISSUER } from '@app/identity';
import {
  GOOD_PASSWORD,
  newAccount,
  newAdmin,
  signIn,
  uniqueEmail,
  type TestAccount,
} from '../support/factories';
import { tokenFrom } from '../support/mailbox';
import { createTestApp, type TestApp } from '../support/test-app';

const withoutIds = (body: Record<string, unknown>) => ({
  ...body,
  requestId: undefined,
  instance: undefined,
});

describe('identity: accounts, sessions and tokens', () => {
  let t: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const me = (headers: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: '/api/v1/me', headers });
  const refresh = (refreshToken: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });

  describe('sign-up', () => {
    it('creates an unverified account, e-mails a confirmation link in the chosen language, then signs in', async () => {
      const email = uniqueEmail('signup');
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        payload: {
          email,
          password: GOOD_PASSWORD,
          displayName: 'Awa',
          preferredLanguage: 'fr',
          accountType: 'entrepreneur',
        },
      });
      expect(res.statusCode).toBe(202);
      const mail = await t.mailbox.waitFor(email);
      expect(mail.subject).toBe('Confirmez votre adresse e-mail');
      expect(mail.text).toContain('https://passerelle.test/verify-email?token=');

      const before = await signIn(t, email, GOOD_PASSWORD);
      expect((await me(before.auth())).json()).toMatchObject({
        email,
        kind: 'entrepreneur',
        emailVerified: false,
      });
      const verify = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/verify-email',
        payload: { token: tokenFrom(mail) },
      });
      expect(verify.statusCode).toBe(204);
      expect((await me(before.auth())).json().emailVerified).toBe(true);
      // Single use.
      const again = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/verify-email',
        payload: { token: tokenFrom(mail) },
      });
      expect(again.statusCode).toBe(400);
      expect(again.json().code).toBe('IDENTITY.INVALID_TOKEN');
    });

    it('answers a known address exactly like a new one, and tells only its owner by e-mail', async () => {
      const existing = await newAccount(t);
      const payload = (email: string) => ({
        email,
        password: 'another long passphrase',
        displayName: 'X',
        preferredLanguage: 'en',
        accountType: 'entrepreneur',
      });
      const known = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        payload: payload(existing.email.toUpperCase()),
      });
      const fresh = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        payload: payload(uniqueEmail()),
      });
      expect(known.statusCode).toBe(fresh.statusCode);
      expect(known.payload).toBe(fresh.payload);
      await t.mailbox.waitFor(existing.email, { subject: /déjà un compte|already have/ });
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [
        existing.email,
      ]);
      expect(n).toBe(1);
      // The old password still works: nothing about the account changed.
      await signIn(t, existing.email, existing.password);
    });

    it.each([
      ['role', 'admin'],
      ['kind', 'admin'],
      ['status', 'active'],
      ['emailVerified', true],
      ['emailVerifiedAt', '2020-01-01T00:00:00Z'],
      ['id', '00000000-0000-0000-0000-000000000001'],
    ])('refuses mass assignment of %s (400, no account created)', async (field, value) => {
      const email = uniqueEmail('mass');
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        payload: {
          email,
          password: GOOD_PASSWORD,
          displayName: 'M',
          preferredLanguage: 'en',
          accountType: 'entrepreneur',
          [field]: value,
        },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([
        expect.objectContaining({ field, rule: 'unknownProperty' }),
      ]);
      expect(await db.query(`SELECT id FROM users WHERE email = $1`, [email])).toEqual([]);
    });

    it('cannot create an admin by any account type', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        payload: {
          email: uniqueEmail(),
          password: GOOD_PASSWORD,
          displayName: 'M',
          preferredLanguage: 'en',
          accountType: 'admin',
        },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field: 'accountType', rule: 'isIn' });
    });

    it.each([
      ['short', 'password.tooShort'],
      ['password123', 'password.common'],
      ['azerty123', 'password.common'],
    ])('refuses the password %s (%s)', async (password, rule) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        payload: {
          email: uniqueEmail(),
          password,
          displayName: 'P',
          preferredLanguage: 'en',
          accountType: 'entrepreneur',
        },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ field: 'password', rule })]);
    });

    it('refuses a password equal to the e-mail', async () => {
      const email = uniqueEmail('same');
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        payload: {
          email,
          password: email,
          displayName: 'P',
          preferredLanguage: 'en',
          accountType: 'entrepreneur',
        },
      });
      expect(res.json().errors[0]).toMatchObject({
        field: 'password',
        rule: 'password.sameAsEmail',
      });
    });

    it('stores an argon2id hash with at least OWASP parameters', async () => {
      const account = await newAccount(t);
      const [{ password_hash: hash }] = await db.query(
        `SELECT password_hash FROM users WHERE id = $1`,
        [account.id],
      );
      const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(hash);
      expect(match).not.toBeNull();
      const [, m, tCost, p] = match!.map(Number);
      expect(m).toBeGreaterThanOrEqual(19456);
      expect(tCost).toBeGreaterThanOrEqual(2);
      expect(p).toBeGreaterThanOrEqual(1);
      expect(hash).not.toContain(GOOD_PASSWORD);
    });
  });

  describe('no account enumeration', () => {
    it('sign-in: unknown e-mail and wrong password give the same status and body', async () => {
      const account = await newAccount(t);
      const unknown = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: uniqueEmail('nobody'), password: 'whatever it is' },
      });
      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: account.email, password: 'whatever it is' },
      });
      expect(unknown.statusCode).toBe(401);
      expect(wrong.statusCode).toBe(401);
      expect(withoutIds(unknown.json())).toEqual(withoutIds(wrong.json()));
      expect(unknown.json().code).toBe('IDENTITY.INVALID_CREDENTIALS');
    });

    it('password reset: known and unknown e-mail give the same status and body', async () => {
      const account = await newAccount(t);
      const known = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/request',
        payload: { email: account.email },
      });
      const unknown = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/request',
        payload: { email: uniqueEmail('nobody') },
      });
      expect(known.statusCode).toBe(202);
      expect(unknown.statusCode).toBe(202);
      expect(known.payload).toBe(unknown.payload);
    });
  });

  describe('access tokens', () => {
    let account: TestAccount;
    let valid: Record<string, unknown>;
    beforeAll(async () => {
      account = await newAccount(t);
      valid = JSON.parse(Buffer.from(account.accessToken.split('.')[1], 'base64url').toString());
    });
    const forge = (
      claims: Record<string, unknown>,
      secret = t.config.JWT_SECRET!,
      algorithm: 'HS256' | 'HS512' = 'HS256',
    ) => new JwtService({ secret }).sign(claims, { algorithm, noTimestamp: true });
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    const now = () => Math.floor(Date.now() / 1000);

    it('accepts the real token, from the header or the httpOnly cookie', async () => {
      expect((await me(account.auth())).statusCode).toBe(200);
      expect((await me({ cookie: `passerelle_access=${account.accessToken}` })).statusCode).toBe(
        200,
      );
      expect(valid).toMatchObject({
        iss: JWT_ISSUER,
        aud: JWT_AUDIENCE,
        sub: account.id,
        role: 'entrepreneur',
        typ: 'access',
      });
      expect((valid.exp as number) - (valid.iat as number)).toBe(900);
    });

    it.each([
      ['no token', () => ({})],
      [
        'alg none (unsigned)',
        () => {
          const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
          return bearer(`${enc({ alg: 'none', typ: 'JWT' })}.${enc(valid)}.`);
        },
      ],
      ['wrong key', () => bearer(forge(valid, 'another-secret-another-secret-another-secret'))],
      ['other HMAC algorithm', () => bearer(forge(valid, undefined, 'HS512'))],
      ['expired', () => bearer(forge({ ...valid, iat: now() - 2000, exp: now() - 100 }))],
      ['nbf in the future', () => bearer(forge({ ...valid, nbf: now() + 600 }))],
      [
        'tampered role (re-signed payload without the key)',
        () => {
          const [h, , s] = account.accessToken.split('.');
          const payload = Buffer.from(JSON.stringify({ ...valid, role: 'admin' })).toString(
            'base64url',
          );
          return bearer(`${h}.${payload}.${s}`);
        },
      ],
      ['role claim not matching the account', () => bearer(forge({ ...valid, role: 'admin' }))],
      ['wrong audience', () => bearer(forge({ ...valid, aud: 'someone-else' }))],
      ['wrong issuer', () => bearer(forge({ ...valid, iss: 'someone-else' }))],
      ['not an access token', () => bearer(forge({ ...valid, typ: 'refresh' }))],
      ['refresh token used as access token', () => bearer(account.refreshToken)],
      ['garbage', () => bearer('not.a.jwt')],
    ])('401 problem for %s', async (_name, headers) => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: headers() as Record<string, string>,
      });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code).toBe('IDENTITY.UNAUTHENTICATED');
    });

    it('401 for the token of a disabled account, and of a deleted one', async () => {
      const admin = await newAdmin(t);
      const victim = await newAccount(t);
      expect((await me(victim.auth())).statusCode).toBe(200);
      const disabled = await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/users/${victim.id}/disable`,
        headers: admin.auth(),
      });
      expect(disabled.statusCode).toBe(200);
      expect((await me(victim.auth())).statusCode).toBe(401);
      expect((await refresh(victim.refreshToken)).statusCode).toBe(401);

      const leaving = await newAccount(t);
      const erase = await t.app.inject({
        method: 'DELETE',
        url: '/api/v1/me',
        headers: leaving.auth(),
        payload: { password: leaving.password },
      });
      expect(erase.statusCode).toBe(204);
      expect((await me(leaving.auth())).statusCode).toBe(401);
    });
  });

  describe('sessions', () => {
    it('sign-in sets httpOnly, Secure, SameSite=Lax cookies', async () => {
      const account = await newAccount(t);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: account.email, password: account.password },
      });
      const cookies = ([] as string[]).concat(res.headers['set-cookie'] as string | string[]);
      const access = cookies.find((c) => c.startsWith('passerelle_access='))!;
      const refreshCookie = cookies.find((c) => c.startsWith('passerelle_refresh='))!;
      for (const c of [access, refreshCookie]) {
        expect(c).toMatch(/HttpOnly/i);
        expect(c).toMatch(/Secure/i);
        expect(c).toMatch(/SameSite=Lax/i);
      }
      expect(refreshCookie).toMatch(/Path=\/api\/v1\/auth/);
    });

    it('refresh rotates the token; replaying an old one revokes the whole family', async () => {
      const account = await newAccount(t);
      const first = await refresh(account.refreshToken);
      expect(first.statusCode).toBe(200);
      const rotated = first.json();
      expect(rotated.refreshToken).not.toBe(account.refreshToken);
      expect((await me({ authorization: `Bearer ${rotated.accessToken}` })).statusCode).toBe(200);

      // The old token again: theft is assumed, the session ends for everyone holding it.
      const replay = await refresh(account.refreshToken);
      expect(replay.statusCode).toBe(401);
      expect(replay.json().code).toBe('IDENTITY.INVALID_REFRESH_TOKEN');
      expect((await refresh(rotated.refreshToken)).statusCode).toBe(401);
      expect((await me({ authorization: `Bearer ${rotated.accessToken}` })).statusCode).toBe(401);
      const [{ reason }] = await db.query(
        `SELECT s.revoked_reason AS reason FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE u.id = $1`,
        [account.id],
      );
      expect(reason).toBe('refresh_reuse');
    });

    it('refresh works from the cookie too; an unknown or missing token is a 401', async () => {
      const account = await newAccount(t);
      const viaCookie = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        headers: { cookie: `passerelle_refresh=${account.refreshToken}` },
        payload: {},
      });
      expect(viaCookie.statusCode).toBe(200);
      expect((await refresh('made-up-token-made-up-token')).statusCode).toBe(401);
      expect(
        (await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: {} }))
          .statusCode,
      ).toBe(401);
    });

    it('sign-out revokes the session: access and refresh tokens stop working', async () => {
      const account = await newAccount(t);
      const out = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-out',
        headers: account.auth(),
        payload: {},
      });
      expect(out.statusCode).toBe(204);
      expect((await me(account.auth())).statusCode).toBe(401);
      expect((await refresh(account.refreshToken)).statusCode).toBe(401);
    });

    it('changing the password revokes every other session', async () => {
      const laptop = await newAccount(t);
      const phone = await signIn(t, laptop.email, laptop.password);
      const change = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/password',
        headers: laptop.auth(),
        payload: { currentPassword: laptop.password, newPassword: 'une nouvelle phrase secrète' },
      });
      expect(change.statusCode).toBe(200);
      expect((await me(phone.auth())).statusCode).toBe(401);
      expect((await refresh(phone.refreshToken)).statusCode).toBe(401);
      expect((await me(laptop.auth())).statusCode).toBe(401); // the old token of this device too
      expect((await me({ authorization: `Bearer ${change.json().accessToken}` })).statusCode).toBe(
        200,
      );
      await signIn(t, laptop.email, 'une nouvelle phrase secrète');
      await t.mailbox.waitFor(laptop.email, {
        subject: /mot de passe a été changé|password was changed/,
      });
    });

    it('a wrong current password does not change it', async () => {
      const account = await newAccount(t);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/password',
        headers: account.auth(),
        payload: { currentPassword: 'not my password', newPassword: 'une nouvelle phrase secrète' },
      });
      expect(res.statusCode).toBe(401);
      expect((await me(account.auth())).statusCode).toBe(200);
    });
  });

  describe('password reset', () => {
    it('resets with a single-use link and ends every session', async () => {
      const account = await newAccount(t);
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/request',
        payload: { email: account.email },
      });
      const mail = await t.mailbox.waitFor(account.email, {
        subject: /nouveau mot de passe|new password/,
      });
      const token = tokenFrom(mail);
      const weak = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/confirm',
        payload: { token, newPassword: 'password1' },
      });
      expect(weak.statusCode).toBe(400); // refused, and the link is still usable
      const ok = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/confirm',
        payload: { token, newPassword: 'reset phrase for my account' },
      });
      expect(ok.statusCode).toBe(204);
      expect((await me(account.auth())).statusCode).toBe(401);
      await signIn(t, account.email, 'reset phrase for my account');
      const reused = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/confirm',
        payload: { token, newPassword: 'yet another long phrase' },
      });
      expect(reused.statusCode).toBe(400);
      expect(reused.json().code).toBe('IDENTITY.INVALID_TOKEN');
    });

    it('an expired link is refused', async () => {
      const account = await newAccount(t);
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/request',
        payload: { email: account.email },
      });
      const token = tokenFrom(
        await t.mailbox.waitFor(account.email, { subject: /nouveau mot de passe|new password/ }),
      );
      await db.query(
        `UPDATE email_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`,
        [account.id],
      );
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/confirm',
        payload: { token, newPassword: 'reset phrase for my account' },
      });
      expect(res.statusCode).toBe(400);
    });
  });

  describe('admin', () => {
    it('only admins reach admin routes (403 otherwise); an admin promotes another account', async () => {
      const user = await newAccount(t);
      const denied = await t.app.inject({
        method: 'GET',
        url: '/api/v1/admin/users',
        headers: user.auth(),
      });
      expect(denied.statusCode).toBe(403);
      expect(denied.json().code).toBe('IDENTITY.FORBIDDEN');

      const admin = await newAdmin(t);
      const list = await t.app.inject({
        method: 'GET',
        url: '/api/v1/admin/users?pageSize=5&kind=entrepreneur',
        headers: admin.auth(),
      });
      expect(list.statusCode).toBe(200);
      expect(list.json()).toMatchObject({ page: 1, pageSize: 5 });
      expect(list.json().items.every((u: { kind: string }) => u.kind === 'entrepreneur')).toBe(
        true,
      );
      const tooBig = await t.app.inject({
        method: 'GET',
        url: '/api/v1/admin/users?pageSize=1000',
        headers: admin.auth(),
      });
      expect(tooBig.statusCode).toBe(400);
      expect(tooBig.json().errors[0]).toMatchObject({ field: 'pageSize', rule: 'max' });

      const promoted = await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/users/${user.id}/promote`,
        headers: admin.auth(),
      });
      expect(promoted.json().kind).toBe('admin');
      const again = await signIn(t, user.email, user.password);
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: again.auth() }))
          .statusCode,
      ).toBe(200);
    });

    it('a malformed id is a 400 naming the parameter', async () => {
      const admin = await newAdmin(t);
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/admin/users/not-a-uuid',
        headers: admin.auth(),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ field: 'id', rule: 'isUuid' })]);
    });
  });

  describe('personal data', () => {
    it('export holds the account data and nothing of another account; it is audited', async () => {
      const mine = await newAccount(t);
      const other = await newAccount(t);
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me/export',
        headers: mine.auth(),
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/attachment/);
      const data = res.json();
      expect(data.account).toMatchObject({
        id: mine.id,
        email: mine.email,
        displayName: 'Awa Diop',
      });
      expect(data.sessions.length).toBeGreaterThan(0);
      expect(data.securityEvents.map((e: { action: string }) => e.action)).toContain(
        'account.created',
      );
      expect(res.payload).not.toContain(other.email);
      expect(res.payload).not.toContain(other.id);
      expect(res.payload).not.toMatch(/password_?hash|\$argon2/i);
      const audit = await db.query(
        `SELECT 1 FROM identity_audit_events WHERE action = 'personal_data.exported' AND subject_id = $1`,
        [mine.id],
      );
      expect(audit).toHaveLength(1);
    });

    it('erasure blanks personal data, needs the password, ends sessions and is audited', async () => {
      const account = await newAccount(t);
      const wrong = await t.app.inject({
        method: 'DELETE',
        url: '/api/v1/me',
        headers: account.auth(),
        payload: { password: 'not it at all' },
      });
      expect(wrong.statusCode).toBe(401);
      const res = await t.app.inject({
        method: 'DELETE',
        url: '/api/v1/me',
        headers: account.auth(),
        payload: { password: account.password },
      });
      expect(res.statusCode).toBe(204);
      const [row] = await db.query(
        `SELECT email, password_hash, display_name, status FROM users WHERE id = $1`,
        [account.id],
      );
      expect(row).toEqual({
        email: null,
        password_hash: null,
        display_name: '',
        status: 'deleted',
      });
      expect(
        await db.query(
          `SELECT 1 FROM auth_sessions WHERE user_id = $1 AND (revoked_at IS NULL OR ip IS NOT NULL)`,
          [account.id],
        ),
      ).toEqual([]);
      expect((await refresh(account.refreshToken)).statusCode).toBe(401);
      const signInAgain = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: account.email, password: account.password },
      });
      expect(signInAgain.statusCode).toBe(401);
      const audit = await db.query(
        `SELECT 1 FROM identity_audit_events WHERE action = 'account.erased' AND subject_id = $1`,
        [account.id],
      );
      expect(audit).toHaveLength(1);
      // The address is free again for a new account.
      await newAccount(t, { email: account.email });
    });
  });
});
