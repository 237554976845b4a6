import type { Page } from 'playwright-core';
import { checkA11y, newPage } from './support/browser';
import { usePlatform } from './support/platform';

// Issue 15.3 and 15.4 in Chromium, on the demo platform: the tabbed offer editor with its
// searchable pickers and unsaved-changes warning, the same editor without JavaScript, the
// preview, and a bulk decision in the review queue with a refused item reported.

const DEMO_PASSWORD = 'Passerelle-demo-2026';
const MEMBER = 'organisation@passerelle.demo';
const ADMIN = 'admin@passerelle.demo';

describe('offer editor and bulk moderation (issue 15.3/15.4)', () => {
  const platform = usePlatform();

  async function signedIn(email: string, javaScriptEnabled = true): Promise<Page> {
    const page = await newPage({ baseURL: platform.baseUrl, javaScriptEnabled });
    await page.goto('/connexion');
    await page.getByLabel(/^Adresse e-mail/).fill(email);
    await page.getByLabel(/^Mot de passe/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    return page;
  }

  it('with JavaScript: language tabs, the country picker, the unsaved warning and the preview', async () => {
    const page = await signedIn(MEMBER);
    await page.goto('/espace/offres/nouvelle');
    const tabs = page.getByRole('tablist', { name: 'Version de l’offre par langue' });
    expect(await tabs.getByRole('tab').count()).toBe(4);
    const french = tabs.getByRole('tab', { name: /^Français/ });
    expect(await french.getAttribute('aria-selected')).toBe('true');
    expect(await french.innerText()).toContain('0 champ rempli sur 4');
    expect(await page.getByLabel('Titre — Anglais').isVisible()).toBe(false);

    await page.getByLabel('Titre — Français').fill('Bourse Teranga pour la diaspora');
    await page
      .getByLabel('Résumé — Français')
      .fill('Une bourse pour lancer un projet numérique au Sénégal.');
    await page
      .getByLabel('Description — Français')
      .fill('La bourse finance six mois de projet : matériel, formation et conseil au Sénégal.');
    // The marker is part of the tab's name, for screen readers too.
    await tabs.getByRole('tab', { name: 'Français 3 champs remplis sur 4' }).waitFor();

    // Arrow keys move between languages (automatic activation), Home and End to the ends.
    await french.focus();
    await page.keyboard.press('ArrowRight');
    const english = tabs.getByRole('tab', { name: /^Anglais/ });
    expect(await english.getAttribute('aria-selected')).toBe('true');
    expect(await english.evaluate((e) => e === e.ownerDocument.activeElement)).toBe(true);
    expect(await page.getByLabel('Titre — Anglais').isVisible()).toBe(true);
    expect(await page.getByLabel('Titre — Français').isVisible()).toBe(false);
    await page.keyboard.press('End');
    expect(await tabs.getByRole('tab', { name: /^Arabe/ }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await page.keyboard.press('Home');
    expect(await french.getAttribute('aria-selected')).toBe('true');

    // The country picker: "sen" finds Sénégal (accents and case ignored), Enter chooses it.
    const countries = page.getByRole('combobox', { name: 'Pays du projet' });
    await countries.fill('sen');
    const listbox = page.getByRole('listbox', { name: 'Pays du projet' });
    const senegal = listbox.getByRole('option', { name: 'Sénégal', exact: true });
    await senegal.waitFor();
    expect(await countries.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    const chip = page.getByRole('button', { name: 'Retirer Sénégal' });
    await chip.waitFor();
    const native = page.locator('select[name="eligibility.targetCountries"]');
    expect(await native.locator('option:checked').allTextContents()).toEqual(['Sénégal']);
    // Removed from the keyboard, then chosen again.
    await chip.focus();
    await page.keyboard.press('Delete');
    expect(await chip.count()).toBe(0);
    expect(await native.locator('option:checked').count()).toBe(0);
    await countries.fill('SÉNÉ');
    await senegal.click();
    await chip.waitFor();
    // Sectors are a picker too (the checkboxes stay, hidden, and are what is sent).
    await page.getByRole('combobox', { name: 'Secteurs' }).fill('educ');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Retirer Éducation' }).waitFor();
    await page.getByRole('combobox', { name: 'Secteurs' }).blur();
    await checkA11y(page, 'offer editor with tabs and pickers');

    // Leaving with unsaved changes asks first; staying keeps what was typed.
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    const asked = page.waitForEvent('dialog');
    await page
      .locator('nav.space-nav')
      .getByRole('link', { name: 'Tableau de bord' })
      .click({ noWaitAfter: true });
    expect((await asked).type()).toBe('beforeunload');
    expect(new URL(page.url()).pathname).toBe('/espace/offres/nouvelle');
    expect(await page.getByLabel('Titre — Français').inputValue()).toBe(
      'Bourse Teranga pour la diaspora',
    );

    // Saving is not leaving: no warning, then the preview with the public template.
    await page.getByLabel('Catégorie').selectOption({ label: 'Financement — Subvention' });
    await page.getByLabel('Ouverte toute l’année (sans date limite)').check();
    await page.getByLabel('Page de candidature').fill('https://example.org/candidater');
    await page.getByRole('button', { name: 'Enregistrer et prévisualiser' }).click();
    await page.waitForURL(/\/espace\/offres\/[0-9a-f-]{36}\/apercu$/);
    expect(dialogs).toEqual(['beforeunload']);
    await page.getByRole('note').getByText('Aperçu : cette page n’est pas publiée.').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Bourse Teranga pour la diaspora',
    );
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await checkA11y(page, 'offer preview');

    // Back in the editor, the saved choices show as chips again.
    await page.getByRole('link', { name: 'Revenir à l’offre pour la modifier' }).click();
    await page.getByRole('button', { name: 'Retirer Sénégal' }).waitFor();
  });

  it('without JavaScript: stacked language fieldsets and native selects that submit', async () => {
    const page = await signedIn(MEMBER, false);
    await page.goto('/espace/offres/nouvelle');
    expect(await page.getByRole('tablist').count()).toBe(0);
    for (const language of ['Français', 'Anglais', 'Portugais', 'Arabe'])
      expect(await page.getByLabel(`Titre — ${language}`).isVisible()).toBe(true);
    await page.getByLabel('Titre — Français').fill('Prêt Teranga sans script');
    await page
      .getByLabel('Résumé — Français')
      .fill('Un prêt pour lancer un commerce à Dakar, sans script.');
    await page
      .getByLabel('Description — Français')
      .fill('Le prêt finance le stock et le local des premiers mois, avec un suivi mensuel.');
    await page.getByLabel('Catégorie').selectOption({ label: 'Financement — Subvention' });
    await page.getByLabel('Pays du projet').selectOption([{ label: 'Sénégal' }, { label: 'Mali' }]);
    await page.getByRole('group', { name: 'Secteurs' }).getByLabel('Éducation').check();
    await page.getByLabel('Ouverte toute l’année (sans date limite)').check();
    await page.getByLabel('Page de candidature').fill('https://example.org/pret');
    await checkA11y(page, 'offer editor without JavaScript');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.waitForURL(/\/espace\/offres\/[0-9a-f-]{36}$/);
    const chosen = await page
      .getByLabel('Pays du projet')
      .locator('option:checked')
      .allTextContents();
    expect(chosen.sort()).toEqual(['Mali', 'Sénégal']);
    expect(
      await page.getByRole('group', { name: 'Secteurs' }).getByLabel('Éducation').isChecked(),
    ).toBe(true);
  });

  it('bulk moderation: select all, publish, and the refused items reported with why', async () => {
    const page = await signedIn(ADMIN);
    await page.goto('/admin/offres');
    await checkA11y(page, 'review queue with bulk actions');
    const rows = page.locator('input[name="offerIds"]');
    const ticked = await rows.count();
    expect(ticked).toBeGreaterThan(1);
    await page.getByRole('checkbox', { name: 'Tout sélectionner' }).check();
    expect(await page.locator('input[name="offerIds"]:checked').count()).toBe(ticked);
    await page.getByRole('button', { name: 'Publier la sélection' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Résultat de la décision groupée' })
      .waitFor();
    const refused = page.locator('#refused-list li');
    // The demo queue holds first offers of organisations still waiting for verification.
    expect(await refused.count()).toBeGreaterThan(0);
    expect(await refused.first().innerText()).toContain('l’organisation n’est pas encore vérifiée');
    const decided = await page.locator('#decided-list li').count();
    expect(decided + (await refused.count())).toBe(ticked);
    await checkA11y(page, 'bulk decision result');

    // The refused offer's review page: publishing is not offered but explained, and the
    // quality score is listed criterion by criterion.
    await refused.first().getByRole('link').first().click();
    await page.waitForURL(/\/admin\/offres\/[0-9a-f-]{36}$/);
    await page
      .getByText('Publication impossible : l’organisation n’est pas encore vérifiée.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Publier' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Vérifier l’organisation' }).waitFor();
    expect(await page.locator('#quality-lines > li').count()).toBe(5);
    await checkA11y(page, 'review page with an impossible decision explained');
  });
});
