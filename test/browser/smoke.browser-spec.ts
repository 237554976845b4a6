import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkA11y, newPage, pageProblems, screenshot } from './support/browser';
import { newestLinkTo, newestMailTo } from './support/mailbox';
import { usePlatform } from './support/platform';

// Proves the harness, not the product: the real platform starts and stops, Chromium loads its
// pages under the real Content-Security-Policy, and every helper catches what it should.
describe('browser harness (smoke)', () => {
  const platform = usePlatform();

  it('serves the platform to Chromium: /health/live', async () => {
    const page = await newPage({ baseURL: platform.baseUrl });
    const response = await page.goto('/health/live');
    expect(response?.status()).toBe(200);
    expect(JSON.parse(await page.locator('body').innerText())).toMatchObject({ status: 'ok' });
    expect(existsSync(await screenshot(page, 'smoke-health-live'))).toBe(true);
  });

  it('renders Swagger UI at /api/docs without CSP violations, and axe runs on it', async () => {
    const page = await newPage({ baseURL: platform.baseUrl, locale: 'en-GB' });
    await page.goto('/api/docs');
    await page.locator('.swagger-ui .title').first().waitFor();
    expect(await page.locator('.swagger-ui .title').first().innerText()).toContain(
      'Passerelle API',
    );
    await screenshot(page, 'smoke-api-docs');
    // Swagger UI is third-party: its violations are listed, not failed on.
    const violations = await checkA11y(page, 'Swagger UI', { failOn: [] });
    expect(Array.isArray(violations)).toBe(true);
    // Pages are checked for CSP violations after each test, so a script or style our CSP
    // refuses on /api/docs would fail this test.
  });

  it('checkA11y passes an accessible page', async () => {
    const page = await newPage();
    await page.setContent(ACCESSIBLE_PAGE);
    expect(await checkA11y(page, 'accessible page')).toEqual([]);
  });

  it('checkA11y throws a readable list on serious or critical violations', async () => {
    const page = await newPage({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
    await page.setContent(INACCESSIBLE_PAGE);
    const failure = await checkA11y(page, 'broken page').then(
      () => new Error('expected checkA11y to throw'),
      (error: Error) => error,
    );
    expect(failure.message).toContain('on "broken page"');
    expect(failure.message).toMatch(/- image-alt \[critical\] Images must have alternative text/);
    expect(failure.message).toMatch(/- label \[critical\]/);
    expect(failure.message).toContain('img   <img src="logo.png">');
    expect(failure.message).toContain('input   <input name="q" type="text">');
  });

  it('catches uncaught page errors and Content-Security-Policy violations', async () => {
    const page = await newPage({ locale: 'en-GB' });
    expect(await page.evaluate('navigator.language')).toBe('en-GB');
    await page.route('http://harness.test/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'" },
        body: '<!doctype html><title>csp</title><script>document.title = "ran"</script>',
      }),
    );
    await page.setContent(
      '<title>error</title><script>throw new Error("boom from the page")</script>',
    );
    await page.goto('http://harness.test/');
    for (let i = 0; i < 50 && pageProblems(page).list().length < 2; i++)
      await new Promise((r) => setTimeout(r, 20));
    const [error, csp] = pageProblems(page).list();
    expect(error).toMatch(/^page error.*boom from the page/);
    expect(csp).toMatch(/^CSP violation \(http:\/\/harness\.test\/\): .*inline script/);
    pageProblems(page).clear(); // or the afterEach check would fail this test, as intended
  });

  it('reads the link of the newest mail sent to a person (the platform’s DATA_DIR/mail)', async () => {
    const email = `smoke-${randomUUID()}@example.org`;
    const before = Date.now();
    const response = await fetch(platform.url('/api/v1/auth/sign-up'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email,
        password: 'a long smoke-test passphrase',
        displayName: 'Awa Smoke',
        preferredLanguage: 'fr',
        accountType: 'entrepreneur',
      }),
    });
    expect(response.status).toBeLessThan(300);
    const mail = await newestMailTo(platform.mailDir, email, { after: before });
    expect(mail.subject).toBe('Confirmez votre adresse e-mail');
    const link = await newestLinkTo(platform.mailDir, email, '/verify-email');
    expect(link).toMatch(new RegExp(`^${platform.baseUrl}/verify-email\\?token=[^\\s=]+$`));
  });

  it('decodes quoted-printable mails and picks the newest one to the exact address', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'passerelle-mailbox-'));
    try {
      const eml = (to: string, body: string) =>
        `To: ${to}\nSubject: =?UTF-8?Q?R=C3=A9initialiser?=\nContent-Type: text/plain; charset=utf-8\n` +
        `Content-Transfer-Encoding: quoted-printable\n\n${body}\n`;
      await writeFile(
        path.join(dir, '2026-01-01T00-00-00-000Z-a.eml'),
        eml('awa@example.sn', 'old: http://x.test/reset?token=3Dold'),
      );
      await writeFile(
        path.join(dir, '2026-01-01T00-00-01-000Z-b.eml'),
        eml(
          'Awa <awa@example.sn>',
          'Cr=C3=A9ez un mot de passe (valable 1 heure) :\nhttp://x.test/reset-password?tok=\nen=3Dabc=3D%2Fdef.\nhttp://x.test/other',
        ),
      );
      await writeFile(
        path.join(dir, '2026-01-01T00-00-02-000Z-c.eml'),
        eml('bawa@example.sn', 'http://x.test/reset-password?token=3Dwrong'),
      );
      const mail = await newestMailTo(dir, 'AWA@example.sn');
      expect(mail.subject).toBe('Réinitialiser');
      expect(mail.text).toContain('Créez un mot de passe');
      expect(await newestLinkTo(dir, 'awa@example.sn', '/reset-password')).toBe(
        'http://x.test/reset-password?token=abc=%2Fdef',
      );
      await expect(newestLinkTo(dir, 'awa@example.sn', '/nowhere')).rejects.toThrow(
        /no link to \/nowhere/,
      );
      await expect(newestMailTo(dir, 'nobody@example.sn', { timeoutMs: 100 })).rejects.toThrow(
        /no mail to nobody@example.sn/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

const ACCESSIBLE_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Accessible</title></head>
  <body>
    <main>
      <h1>Find support</h1>
      <form>
        <label for="q">Search</label>
        <input id="q" name="q" type="search">
        <button type="submit">Search</button>
      </form>
    </main>
  </body>
</html>`;

const INACCESSIBLE_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Broken</title></head>
  <body>
    <main>
      <h1>Find support</h1>
      <img src="logo.png">
      <form><input name="q" type="text"><button type="submit">Go</button></form>
    </main>
  </body>
</html>`;
