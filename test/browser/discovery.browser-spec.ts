import { randomBytes } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../support/spawn-node';
import { checkA11y, newPage, screenshot } from './support/browser';
import { newestLinkTo } from './support/mailbox';
import { usePlatform } from './support/platform';

// Issue 15.5–15.6 in a real browser: the profile set-up of a new entrepreneur ending on
// "For you" and verdicts on the results; the home page's map (a click on a country opens its
// search) with the README picture of it; axe on every new page.

const DOCS_SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');

describe('discovery (issue 15)', () => {
  const platform = usePlatform();
  const account = {
    email: `decouverte.${randomBytes(3).toString('hex')}@example.test`,
    password: 'le fleuve Sénégal coule vers l’ouest',
    displayName: 'Aminata Decouverte',
  };

  /** A new entrepreneur, signed up and confirmed through the API and the e-mailed link. */
  async function newEntrepreneur(page: Page): Promise<void> {
    const sentAfter = Date.now();
    const res = await fetch(platform.url('/api/v1/auth/sign-up'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...account, accountType: 'entrepreneur', preferredLanguage: 'fr' }),
    });
    expect(res.status).toBe(202);
    const link = await newestLinkTo(platform.mailDir, account.email, '/verify-email', {
      after: sentAfter,
    });
    await page.goto(link);
    await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
    await page.waitForURL('**/verify-email/confirmee');
  }

  it('a new entrepreneur goes through the profile set-up, then sees verdicts on results', async () => {
    const page = await newPage({ baseURL: platform.baseUrl });
    await newEntrepreneur(page);
    await page.goto('/connexion');
    await page.getByLabel(/^Adresse e-mail/).fill(account.email);
    await page.getByLabel(/^Mot de passe/).fill(account.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // Signing in lands in the space, which starts the set-up once.
    await page.waitForURL('**/mon-espace/demarrage/1');
    await page.getByText('Étape 1 sur 3').waitFor();
    // One axe run for the set-up's template (steps 1 and 2 differ by a select), one for step 3.
    await checkA11y(page, 'set-up step 1');
    await page.getByLabel('Pays de résidence', { exact: true }).selectOption({ label: 'France' });
    await page.getByRole('button', { name: 'Continuer' }).click();

    await page.waitForURL('**/mon-espace/demarrage/2');
    await page.getByText('Étape 2 sur 3').waitFor();
    await page.getByLabel('Pays du projet', { exact: true }).selectOption({ label: 'Sénégal' });
    await page.getByRole('button', { name: 'Continuer' }).click();

    await page.waitForURL('**/mon-espace/demarrage/3');
    await checkA11y(page, 'set-up step 3');
    await page
      .getByRole('group', { name: 'Stade du projet' })
      .getByRole('radio', { name: 'Création', exact: true })
      .check();
    await page
      .getByRole('group', { name: 'Secteurs d’activité' })
      .getByRole('checkbox', { name: 'Agriculture et agroalimentaire', exact: true })
      .check();
    await page.getByRole('button', { name: 'Terminer et voir les offres pour moi' }).click();

    // It ends on "For you", with recommendations for the profile just given.
    await page.waitForURL(/\/mon-espace#for-you$/);
    await page.getByText('Profil enregistré : voici les offres pour vous.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Pour vous' }).waitFor();
    await checkA11y(page, 'dashboard after set-up');

    // Search results carry the verdict (the worker indexes the demo catalogue at start-up).
    const deadline = Date.now() + 30_000;
    for (;;) {
      await page.goto('/recherche?targetCountry=SN');
      if ((await page.locator('.result-verdict').count()) > 0) break;
      if (Date.now() > deadline) throw new Error('no verdict on the results after 30 s');
      await page.waitForTimeout(500);
    }
    const verdicts = await page.locator('.result-verdict .verdict-badge').allTextContents();
    expect(verdicts.length).toBeGreaterThan(0);
    for (const v of verdicts)
      expect(['Éligible', 'Correspond en partie', 'Non éligible', 'À vérifier']).toContain(
        v.trim(),
      );
    await checkA11y(page, 'search results with verdicts');
    await screenshot(page, 'discovery-03-results-verdicts');
  });

  it('home: figures, a call to organisations and the map; a country opens its search', async () => {
    const page = await newPage({ baseURL: platform.baseUrl });
    await page.goto('/');
    await page.getByRole('link', { name: 'Publier vos offres' }).waitFor();
    await checkA11y(page, 'home with the map');
    const map = page.locator('figure.africa-map');
    await map.scrollIntoViewIfNeeded();
    await mkdir(DOCS_SCREENSHOTS, { recursive: true });
    const file = path.join(DOCS_SCREENSHOTS, 'map.png');
    await page.locator('section.countries').screenshot({ path: file, animations: 'disabled' });
    expect((await stat(file)).size).toBeLessThan(300 * 1024);

    // The map weighs what its outlines weigh; measured here for the record.
    const svgBytes = await map.locator('svg').evaluate((svg) => svg.outerHTML.length);
    expect(svgBytes).toBeLessThan(60_000);

    // The map is a picture for the eye (hidden from assistive technology and the tab order);
    // its text list is the navigation, with the same links.
    expect(await map.getAttribute('aria-hidden')).toBe('true');
    expect(
      await page.locator('ul.country-list a[href="/recherche?targetCountry=SN"]').count(),
    ).toBe(1);
    await map.locator('a[data-country="SN"]').click();
    await page.waitForURL(/\/recherche\?targetCountry=SN$/);
    const senegal = page
      .getByRole('group', { name: 'Pays du projet' })
      .getByRole('checkbox', { name: /^Sénégal/ });
    expect(await senegal.isChecked()).toBe(true);
  });

  it('offer page: share links and print styles, accessible', async () => {
    const page = await newPage({ baseURL: platform.baseUrl });
    await page.goto('/recherche');
    await page.locator('ol.results h3 a').first().click();
    await page.waitForURL(/\/offres\/[^/?#]+$/);
    const share = page.getByRole('region', { name: 'Partager cette offre' });
    await share.getByRole('link', { name: 'Sur WhatsApp' }).waitFor();
    await checkA11y(page, 'offer with share links');
    // On paper: no header, no share links.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await share.isVisible()).toBe(false);
    expect(await page.locator('.print-only').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
