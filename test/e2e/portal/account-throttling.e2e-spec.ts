import { BrowserSession, visibleText } from '../../support/browser-session';
import { GOOD_PASSWORD, newAccountOfKind, uniqueEmail } from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

describe('account pages under abuse limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: { AUTH_ACCOUNT_LIMIT_PER_MINUTE: '3', AUTH_IP_LIMIT_PER_MINUTE: '1000' },
    });
  });
  afterAll(() => t.close());

  it('answers 429 on the sign-in form with the wait, even for the right password', async () => {
    // Signs in once through the API: 1 of the 3 attempts (page and API share the limit).
    const account = await newAccountOfKind(t, 'entrepreneur');
    const browser = new BrowserSession(t, 'fr');
    for (let i = 0; i < 2; i++) {
      const res = await browser.submit('/connexion', {
        email: account.email,
        password: 'pas le bon mot de passe',
      });
      expect(res.status).toBe(400);
    }
    const blocked = await browser.submit('/connexion', {
      email: account.email,
      password: GOOD_PASSWORD,
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const text = visibleText(blocked.body);
    expect(text).toMatch(/Trop de tentatives de connexion\. Réessayez dans \d+ secondes\./);
    // The form is still there, with the address typed.
    expect(blocked.body).toContain(`value="${account.email}"`);
    expect(browser.cookies.passerelle_access).toBeUndefined();

    const en = await new BrowserSession(t, 'en').submit('/connexion', {
      email: account.email.toUpperCase(),
      password: GOOD_PASSWORD,
    });
    expect(en.status).toBe(429);
    expect(visibleText(en.body)).toMatch(/Too many sign-in attempts\. Try again in \d+ seconds\./);
  });

  it('counts attempts through the page and through the API together', async () => {
    const account = await newAccountOfKind(t, 'entrepreneur'); // 1st attempt, through the API
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: account.email, password: 'pas le bon mot de passe' },
    });
    expect(wrong.statusCode).toBe(401); // 2nd
    const browser = new BrowserSession(t);
    const third = await browser.submit('/connexion', { email: account.email, password: 'non' });
    expect(third.status).toBe(400); // 3rd, through the page
    const blocked = await browser.submit('/connexion', {
      email: account.email,
      password: GOOD_PASSWORD,
    });
    expect(blocked.status).toBe(429);
    const api = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: account.email, password: GOOD_PASSWORD },
    });
    expect(api.statusCode).toBe(429);
  });

  it('limits sign-ups and reset requests per address too', async () => {
    const email = uniqueEmail('spam');
    const browser = new BrowserSession(t);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await browser.submit('/mot-de-passe-oublie', { email });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([303, 303, 303, 429]);
    const last = await browser.submit('/mot-de-passe-oublie', { email });
    expect(visibleText(last.body)).toMatch(/Trop de tentatives\. Réessayez dans \d+ secondes\./);

    const signUps: number[] = [];
    const target = uniqueEmail('signup');
    for (let i = 0; i < 4; i++) {
      const res = await browser.submit('/inscription', {
        accountType: 'entrepreneur',
        displayName: 'Awa',
        email: target,
        password: GOOD_PASSWORD,
        preferredLanguage: 'fr',
      });
      signUps.push(res.status);
    }
    expect(signUps).toEqual([303, 303, 303, 429]);
  });
});
