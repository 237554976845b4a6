import { GOOD_PASSWORD, newAccount, uniqueEmail } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

describe('abuse limits on authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: {
        AUTH_ACCOUNT_LIMIT_PER_MINUTE: '3',
        AUTH_IP_LIMIT_PER_MINUTE: '8',
        TRUST_PROXY: 'false',
      },
    });
  });
  afterAll(() => t.close());

  const signIn = (
    email: string,
    headers: Record<string, string> = {},
    remoteAddress = '203.0.113.7',
  ) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email, password: 'wrong password here' },
      headers,
      remoteAddress,
    });

  it('the attempt past the per-account limit gets 429 with Retry-After, from any address', async () => {
    const account = await newAccount(t); // signs in once: 1 of the 3 attempts
    for (let i = 0; i < 2; i++)
      expect((await signIn(account.email, {}, `198.51.100.${i + 1}`)).statusCode).toBe(401);
    const blocked = await signIn(account.email.toUpperCase(), {}, '198.51.100.99');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(blocked.json().code).toBe('IDENTITY.TOO_MANY_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right password waits: the limit is on attempts, not failures.
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: account.email, password: GOOD_PASSWORD },
      remoteAddress: '198.51.100.100',
    });
    expect(right.statusCode).toBe(429);
  });

  it('a forged X-Forwarded-For does not buy a fresh per-IP bucket', async () => {
    const ip = '192.0.2.50';
    let last = 0;
    for (let i = 0; i < 9; i++) {
      const res = await signIn(uniqueEmail('spray'), { 'x-forwarded-for': `10.0.0.${i}` }, ip);
      last = res.statusCode;
      if (i < 8) expect(res.statusCode).toBe(401);
    }
    expect(last).toBe(429);
    const forged = await signIn(
      uniqueEmail('spray'),
      { 'x-forwarded-for': '10.9.9.9, 172.16.0.1' },
      ip,
    );
    expect(forged.statusCode).toBe(429);
    // Another client is unaffected.
    expect((await signIn(uniqueEmail('other'), {}, '192.0.2.51')).statusCode).toBe(401);
  });

  it('sign-up and reset requests are limited per IP too', async () => {
    const ip = '192.0.2.77';
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/request',
        payload: { email: uniqueEmail('reset') },
        remoteAddress: ip,
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 8).every((s) => s === 202)).toBe(true);
    expect(statuses[8]).toBe(429);
  });
});

describe('behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: {
        AUTH_IP_LIMIT_PER_MINUTE: '2',
        AUTH_ACCOUNT_LIMIT_PER_MINUTE: '100',
        TRUST_PROXY: '127.0.0.1',
      },
    });
  });
  afterAll(() => t.close());

  it('the client address comes from X-Forwarded-For only when the proxy is trusted', async () => {
    const attempt = (client: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: uniqueEmail(), password: 'wrong password here' },
        headers: { 'x-forwarded-for': client },
        remoteAddress: '127.0.0.1',
      });
    expect((await attempt('203.0.113.1')).statusCode).toBe(401);
    expect((await attempt('203.0.113.1')).statusCode).toBe(401);
    expect((await attempt('203.0.113.1')).statusCode).toBe(429);
    expect((await attempt('203.0.113.2')).statusCode).toBe(401); // a different real client
  });
});
