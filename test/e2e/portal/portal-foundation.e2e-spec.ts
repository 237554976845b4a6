import { DataSource } from 'typeorm';
import { BrowserSession } from '../../support/browser-session';
import { newAccount } from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

describe('portal foundation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('renders the home page as HTML in French by default with a strict script policy', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<html lang="fr" dir="ltr">');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('switches language with ?lang= and remembers it', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/?lang=ar',
      headers: { accept: 'text/html' },
    });
    expect(res.body).toContain('<html lang="ar" dir="rtl">');
    const cookie = res.cookies.find((c) => c.name === 'passerelle_lang');
    expect(cookie?.value).toBe('ar');
    const next = await t.app.inject({
      method: 'GET',
      url: '/',
      headers: { accept: 'text/html' },
      cookies: { passerelle_lang: 'en' },
    });
    expect(next.body).toContain('<html lang="en" dir="ltr">');
  });

  it('answers unknown pages with an HTML 404 and unknown API routes with problem+json', async () => {
    const page = await t.app.inject({
      method: 'GET',
      url: '/nope',
      headers: { accept: 'text/html' },
    });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
    const api = await t.app.inject({
      method: 'GET',
      url: '/api/v1/nope',
      headers: { accept: 'text/html' },
    });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
  });

  it('serves assets with a content hash and long caching', async () => {
    const home = await t.app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    const href = /href="(\/assets\/site\.css\?v=[0-9a-f]+)"/.exec(home.body)?.[1];
    expect(href).toBeDefined();
    const css = await t.app.inject({ method: 'GET', url: href! });
    expect(css.statusCode).toBe(200);
    expect(css.headers['cache-control']).toContain('immutable');
  });

  it('refuses a form post without a valid CSRF token, with an HTML 403', async () => {
    const browser = new BrowserSession(t);
    const account = await newAccount(t);
    await browser.signIn(account.email, account.password);
    const res = await browser.post('/deconnexion', { _csrf: 'forged' });
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Le formulaire a expiré');
  });

  it('sends a signed-out visitor of a private page to sign in and back', async () => {
    const res = await new BrowserSession(t).get('/mon-espace?onglet=1');
    expect(res.status).toBe(303);
    expect(res.location).toBe('/connexion?next=%2Fmon-espace%3Fonglet%3D1');
  });

  it('renews an expired page session through the refresh cookie, then comes back', async () => {
    const browser = new BrowserSession(t);
    const account = await newAccount(t);
    await browser.signIn(account.email, account.password);
    const cookies = browser.cookies;
    expect(cookies.passerelle_session).toBe('1');
    // No access cookie any more (expired), the session marker and refresh cookie remain.
    const res = await t.app.inject({
      method: 'GET',
      url: '/recherche?q=x',
      headers: { accept: 'text/html' },
      cookies: { passerelle_session: '1' },
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/api/v1/auth/web-refresh?next=%2Frecherche%3Fq%3Dx');
    const renewed = await t.app.inject({
      method: 'GET',
      url: String(res.headers.location),
      cookies: { passerelle_refresh: cookies.passerelle_refresh! },
    });
    expect(renewed.statusCode).toBe(303);
    expect(renewed.headers.location).toBe('/recherche?q=x');
    expect(renewed.cookies.map((c) => c.name)).toEqual(
      expect.arrayContaining(['passerelle_access', 'passerelle_refresh', 'passerelle_session']),
    );
    expect(renewed.cookies.find((c) => c.name === 'passerelle_access')?.maxAge).toBeGreaterThan(0);
    // Another tab renewing with the same cookie a moment later: a new access token for the
    // same session, the refresh cookie of the first renewal left alone, nobody signed out.
    const twin = await t.app.inject({
      method: 'GET',
      url: String(res.headers.location),
      cookies: { passerelle_refresh: cookies.passerelle_refresh! },
    });
    expect(twin.statusCode).toBe(303);
    expect(twin.cookies.map((c) => c.name).sort()).toEqual([
      'passerelle_access',
      'passerelle_renewed',
    ]);
    const access = twin.cookies.find((c) => c.name === 'passerelle_access')!.value;
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${access}` },
    });
    expect(me.statusCode).toBe(200);
    // The same token presented after the grace: a replay, the session ends, cookies cleared.
    await t.app
      .get(DataSource)
      .query(
        `UPDATE auth_refresh_tokens SET used_at = now() - interval '1 minute' WHERE used_at IS NOT NULL`,
      );
    const replay = await t.app.inject({
      method: 'GET',
      url: String(res.headers.location),
      cookies: { passerelle_refresh: cookies.passerelle_refresh! },
    });
    expect(replay.statusCode).toBe(303);
    const cleared = replay.cookies.find((c) => c.name === 'passerelle_session');
    expect(cleared?.value).toBe('');
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${access}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it('renews before a form post with 307, so the same form is posted again', async () => {
    const browser = new BrowserSession(t);
    const account = await newAccount(t);
    await browser.signIn(account.email, account.password);
    const res = await t.app.inject({
      method: 'POST',
      url: '/mon-espace/compte/langue',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      cookies: { passerelle_session: '1' },
      payload: 'preferredLanguage=en&_csrf=x',
    });
    expect(res.statusCode).toBe(307);
    expect(res.headers.location).toBe(
      '/api/v1/auth/web-refresh?next=%2Fmon-espace%2Fcompte%2Flangue',
    );
    const renewed = await t.app.inject({
      method: 'POST',
      url: String(res.headers.location),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      cookies: { passerelle_refresh: browser.cookies.passerelle_refresh! },
      payload: 'preferredLanguage=en&_csrf=x',
    });
    expect(renewed.statusCode).toBe(307);
    expect(renewed.headers.location).toBe('/mon-espace/compte/langue');
    expect(renewed.cookies.map((c) => c.name)).toContain('passerelle_access');
  });

  it('does not send a browser round again right after a renewal (no redirect loop)', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/recherche',
      headers: { accept: 'text/html' },
      cookies: { passerelle_session: '1', passerelle_renewed: '1' },
    });
    expect(res.statusCode).toBe(200);
  });

  it('never follows a next= that leaves the site', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/web-refresh?next=//evil.example/x',
    });
    expect(res.headers.location).toBe('/');
  });

  it('gives every form of a page the same CSRF token, even on a first visit', async () => {
    const browser = new BrowserSession(t);
    const account = await newAccount(t);
    await browser.signIn(account.email, account.password);
    expect(browser.cookies._csrf).toBeUndefined();
    const page = await browser.get('/mon-espace/compte');
    const tokens = [...page.body.matchAll(/name="_csrf" value="([^"]+)"/g)].map((m) => m[1]);
    expect(tokens.length).toBeGreaterThan(1);
    expect(new Set(tokens).size).toBe(1);
    const setCookies = ([] as string[]).concat(page.headers['set-cookie'] as string[]);
    expect(setCookies.filter((c) => c.startsWith('_csrf='))).toHaveLength(1);
  });

  it('shows a flash message set by one section on the page of another', async () => {
    const browser = new BrowserSession(t);
    const account = await newAccount(t);
    await browser.get('/connexion');
    const signedIn = await browser.post('/connexion', {
      email: account.email,
      password: account.password,
    });
    expect(signedIn.status).toBe(303);
    const space = await browser.get(signedIn.location!);
    // A new entrepreneur's space starts with the profile set-up (issue 15.5): the message follows.
    expect(space.location).toBe('/mon-espace/demarrage/1');
    const landing = await browser.get(space.location!);
    expect(landing.status).toBe(200);
    expect(landing.body).toContain('Vous êtes connecté·e.');
    expect(landing.body).not.toContain('account.flash');
  });
});
