import { randomInt } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from '../support/spawn-node';
import { checkA11y, newPage, screenshot } from './support/browser';
import { newestLinkTo } from './support/mailbox';
import { usePlatform } from './support/platform';

// The journeys of issue 7, in order, on one platform: they depend on each other.
//   1. a new entrepreneur signs up, confirms, fills the profile, searches (typo + filter in
//      place), reads the eligibility verdict, bookmarks an offer and contacts its organisation;
//   2. a new organisation member signs up, creates the organisation and a multilingual offer
//      (a validation error first, then fixed and submitted), and an offer titled with a script;
//   3. the demo admin verifies the organisation, publishes both offers; the offer is found;
//   4. the entrepreneur contacts the new offer's organisation, which answers in its inbox;
//   then the script-titled offer is shown as text everywhere a visitor sees it.
// Every key page is checked with axe and saved under test-results/<role>-<nn>-<page>.png.

const DEMO_PASSWORD = 'Passerelle-demo-2026';
const ADMIN = 'admin@passerelle.demo';
const DOCS_SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');

/** Lower-case letters only: one word for the search engine, unique per run. */
function uniqueWord(length = 10): string {
  let word = '';
  for (let i = 0; i < length; i++) word += String.fromCharCode(97 + randomInt(26));
  return word;
}

const run = uniqueWord(6);

interface Account {
  email: string;
  password: string;
  displayName: string;
}

// Filled in by the journeys, read by the later ones.
const entrepreneur: Account = {
  email: `awa-${run}@example.org`,
  password: `Awa ${run} cherche un financement 2026`,
  displayName: `Awa Diop ${run}`,
};
const member: Account = {
  email: `kofi-${run}@example.org`,
  password: `Kofi ${run} accompagne les projets 2026`,
  displayName: `Kofi Mensah ${run}`,
};
const organisation = { name: `Incubateur Baobab ${run}`, id: '' };
const offerWord = uniqueWord();
const offer = {
  word: offerWord,
  title: `Bourse ${offerWord} pour entrepreneurs de la diaspora`,
  titleEn: `${offerWord} grant for diaspora entrepreneurs`,
  titleAr: `منحة ${offerWord} لرواد الأعمال من المهجر`,
  publicUrl: '',
};
const scriptWord = uniqueWord();
const scriptOffer = {
  word: scriptWord,
  title: `<script>alert(1)</script> ${scriptWord}`,
};

describe('journeys: entrepreneur, organisation, admin (issue 7)', () => {
  const platform = usePlatform();

  // data-confirm buttons ask first, and a person says yes; any other dialog (an alert() that
  // an unescaped title would open, say) fails the test.
  const unexpectedDialogs: string[] = [];
  async function open(): Promise<Page> {
    const page = await newPage({ baseURL: platform.baseUrl });
    page.on('dialog', (dialog) => {
      if (dialog.type() === 'confirm') return void dialog.accept();
      unexpectedDialogs.push(`${dialog.type()} "${dialog.message()}" on ${page.url()}`);
      void dialog.dismiss();
    });
    return page;
  }
  afterEach(() => {
    const seen = unexpectedDialogs.splice(0);
    if (seen.length) throw new Error(`unexpected dialog(s):\n${seen.join('\n')}`);
  });

  it('1. a new entrepreneur signs up, fills the profile, searches, bookmarks and contacts', async () => {
    const page = await open();

    await page.goto('/');
    await keyPage(page, 'entrepreneur-01-home', 'home');

    // Sign up, confirm the address from the e-mail, sign in.
    await signUp(page, entrepreneur, 'entrepreneur', 'entrepreneur-02-sign-up');
    // A new account starts with the profile set-up (issue 15.5); this journey fills the
    // whole profile instead.
    await signIn(page, entrepreneur, /\/mon-espace(\/demarrage\/1)?$/, 'entrepreneur-03-sign-in');

    // Profile, with the sensitive-data consent and a date of birth.
    await page
      .getByRole('navigation', { name: 'Mon espace entrepreneur' })
      .getByRole('link', { name: 'Mon profil' })
      .click();
    await page.waitForURL('**/mon-espace/profil');
    await page.getByLabel('Pays de résidence', { exact: true }).selectOption({ label: 'France' });
    await page.getByLabel('Pays du projet', { exact: true }).selectOption([{ label: 'Sénégal' }]);
    await page
      .getByRole('group', { name: 'Stade du projet' })
      .getByRole('radio', { name: 'Création', exact: true })
      .check();
    await page
      .getByRole('group', { name: 'Secteurs d’activité' })
      .getByRole('checkbox', { name: 'Éducation', exact: true })
      .check();
    await page
      .getByRole('group', { name: 'Langues que vous parlez' })
      .getByRole('checkbox', { name: 'français', exact: true })
      .check();
    await page
      .getByRole('checkbox', { name: /^J’accepte que Passerelle enregistre ma date de naissance/ })
      .check();
    await page.getByLabel('Date de naissance', { exact: true }).fill('1991-03-14');
    await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
    await flash(page, 'Votre profil est enregistré.');
    expect(await page.getByLabel('Date de naissance', { exact: true }).inputValue()).toBe(
      '1991-03-14',
    );
    expect(await page.getByLabel('Pays de résidence', { exact: true }).inputValue()).toBe('FR');
    await keyPage(page, 'entrepreneur-04-profile', 'profile (saved)');

    // Search with a typo; then a filter: with JavaScript the results change in place.
    await page.goto('/recherche');
    const box = page.getByRole('combobox', { name: 'Rechercher un service' });
    await box.fill('incubasion'); // for « incubation »
    await box.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'incubasion');
    // Leave the box, as a person reaching for the filters does: its suggestions close.
    await box.blur();
    const results = page.locator('#search-results');
    const hit = results
      .locator('ol.results')
      .getByRole('heading', { level: 3 })
      .getByRole('link', { name: /incubation/i })
      .first();
    await untilVisible(page, hit, 30_000); // the demo catalogue is indexed just after start

    await page.evaluate('window.__samePage = "yes"');
    const historyLength = await page.evaluate<number>('history.length');
    const documentLoads: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'document') documentLoads.push(r.url());
    });
    await page
      .getByRole('group', { name: 'Type de service' })
      .getByRole('checkbox', { name: /^Incubation \(\d+\)$/ })
      .check();
    await page.waitForURL((url) => url.searchParams.getAll('category').includes('incubation'));
    await results.getByRole('link', { name: /Incubation — retirer ce filtre$/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('incubasion');
    expect(await page.evaluate('window.__samePage')).toBe('yes'); // no page load in between
    expect(documentLoads).toEqual([]);
    expect(await page.evaluate<number>('history.length')).toBe(historyLength); // replaced, not pushed
    await page.locator('#search-results[aria-busy]').waitFor({ state: 'detached' });
    await keyPage(page, 'entrepreneur-05-search', 'search results (typo + filter)');

    // The offer: eligibility verdict with its reasons, bookmark, contact request.
    await hit.click();
    await page.waitForURL(/\/offres\/[^/?#]+$/);
    const offerTitle = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    const eligibility = page.getByRole('region', { name: 'Êtes-vous éligible ?' });
    expect(await eligibility.locator('.verdict').innerText()).toMatch(
      /^(D’après votre profil|Votre profil ne permet pas)/,
    );
    const reasons = eligibility.getByRole('listitem');
    expect(await reasons.count()).toBeGreaterThan(0);
    expect(await reasons.first().innerText()).toMatch(
      /^(Condition remplie|Condition non remplie|À vérifier) :/,
    );
    await keyPage(page, 'entrepreneur-06-offer', 'offer with eligibility verdict');
    await readmeScreenshot(page, 'offer');

    await eligibility.getByRole('button', { name: 'Ajouter aux favoris' }).click();
    await flash(page, 'Offre ajoutée à vos favoris.');
    await eligibility.getByRole('button', { name: 'Retirer des favoris' }).waitFor();

    const contact = page.getByRole('region', { name: 'Contacter l’organisation' });
    await contact.getByLabel('Objet').fill(`Question de ${entrepreneur.displayName}`);
    await contact
      .getByLabel(/^Votre message/)
      .fill('Bonjour, mon projet éducatif au Sénégal pourrait-il entrer dans ce programme ?');
    await contact.getByRole('checkbox', { name: /^Pays de résidence/ }).check();
    await contact.getByRole('button', { name: 'Envoyer la demande' }).click();
    await flash(page, /^Votre demande a été envoyée à l’organisation/);

    await eligibility.getByRole('link', { name: 'Voir mes favoris' }).click();
    await page.waitForURL('**/mon-espace/favoris');
    await page.getByRole('link', { name: offerTitle, exact: true }).waitFor();
    await keyPage(page, 'entrepreneur-07-bookmarks', 'bookmarks');

    await page
      .getByRole('navigation', { name: 'Mon espace entrepreneur' })
      .getByRole('link', { name: 'Demandes de contact' })
      .click();
    await page.waitForURL('**/mon-espace/demandes');
    const row = page.getByRole('row').filter({ hasText: offerTitle });
    expect(await row.getByRole('cell').last().innerText()).toBe('Envoyée');
    await keyPage(page, 'entrepreneur-08-requests', 'contact requests');
  });

  it('2. a new organisation member creates the organisation and a multilingual offer', async () => {
    const page = await open();
    await signUp(page, member, 'organisation', 'organisation-01-sign-up');
    await signIn(page, member, /\/espace$/, 'organisation-02-sign-in');

    await page.getByRole('link', { name: 'Créer une organisation' }).click();
    await page.waitForURL('**/espace/organisations/nouvelle');
    await page.getByLabel(/^Nom de l’organisation/).fill(organisation.name);
    await page.getByLabel(/^Type d’organisation/).selectOption({ label: 'Incubateur' });
    await page.getByLabel('Pays d’immatriculation').selectOption({ label: 'Sénégal' });
    await page.getByLabel('Numéro d’immatriculation').fill(`SN-DKR-2026-B-${run.toUpperCase()}`);
    await page.getByLabel('Pays d’intervention').selectOption([{ label: 'Sénégal' }]);
    await page
      .getByLabel('Présentation — Français')
      .fill('Un incubateur qui accompagne les projets de la diaspora à Dakar.');
    await keyPage(page, 'organisation-03-new-organisation', 'organisation form');
    await page.getByRole('button', { name: 'Créer l’organisation' }).click();
    await page.waitForURL(/\/espace\?organisation=[0-9a-f-]{36}$/);
    organisation.id = new URL(page.url()).searchParams.get('organisation')!;
    await flash(page, /^Organisation créée/);

    // A multilingual offer, first with two mistakes: deadline before opening, min > max.
    await page.getByRole('link', { name: 'Nouvelle offre' }).click();
    await page.waitForURL('**/espace/offres/nouvelle**');
    await fillOffer(page, {
      fr: {
        title: offer.title,
        summary: 'Une bourse pour lancer un projet éducatif ou numérique au Sénégal.',
        description:
          'La bourse finance les premiers mois du projet : matériel, formation et conseil. ' +
          'Les lauréats sont suivis pendant un an par l’incubateur.',
      },
      en: {
        title: offer.titleEn,
        summary: 'A grant to start an education or digital venture in Senegal.',
        description:
          'The grant funds the first months of the venture: equipment, training and advice. ' +
          'Winners are coached for a year by the incubator.',
      },
      ar: {
        title: offer.titleAr,
        summary: 'منحة لإطلاق مشروع تعليمي أو رقمي في السنغال.',
        description:
          'تمول المنحة الأشهر الأولى من المشروع: المعدات والتدريب والاستشارة. ' +
          'يرافق الحاضنة الفائزين لمدة عام.',
      },
    });
    const editor = page.locator('form.offer-editor');
    for (const field of ['Titre — Arabe', 'Résumé — Arabe', 'Description — Arabe'])
      expect(await editor.getByLabel(field).getAttribute('dir')).toBe('rtl');
    await page.getByLabel('Catégorie').selectOption({ label: 'Financement — Subvention' });
    // Sectors and countries are searchable pickers (issue 15.3).
    await pick(page, 'Secteurs', 'éduc', 'Éducation');
    await pick(page, 'Secteurs', 'numér', 'Numérique et technologies');
    await pick(page, 'Pays du projet', 'sén', 'Sénégal');
    await page.getByLabel('Montant minimum').fill('5000');
    await page.getByLabel('Montant maximum').fill('1000');
    await page.getByLabel('Devise du financement').selectOption({ label: 'euro (EUR)' });
    await page.getByLabel('Ouverture des candidatures').fill('2030-06-01');
    await page.getByLabel('Date limite', { exact: true }).fill('2030-05-01');
    await page.getByLabel('Page de candidature').fill('https://example.org/candidater');
    const rejected = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().includes('/espace/offres/nouvelle'),
    );
    await page.getByRole('button', { name: 'Enregistrer et soumettre pour relecture' }).click();
    expect((await rejected).status()).toBe(400);
    const deadlineMessage = 'La date limite doit être le jour de l’ouverture ou après.';
    const amountMessage = 'Le montant minimum ne doit pas dépasser le montant maximum.';
    const summary = page.locator('#error-summary');
    expect(await summary.getAttribute('role')).toBe('alert');
    const summaryLinks = summary.getByRole('link');
    expect(await summaryLinks.allInnerTexts()).toEqual(
      expect.arrayContaining([deadlineMessage, amountMessage]),
    );
    expect(await summaryLinks.count()).toBe(2);
    const deadline = page.getByLabel('Date limite', { exact: true });
    const minimum = page.getByLabel('Montant minimum');
    expect(await deadline.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(deadline)).toContain(deadlineMessage);
    expect(await minimum.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(minimum)).toContain(amountMessage);
    // What was typed is still there.
    expect(await page.getByLabel('Titre — Français').inputValue()).toBe(offer.title);
    expect(await page.getByLabel('Titre — Arabe').inputValue()).toBe(offer.titleAr);
    expect(await deadline.inputValue()).toBe('2030-05-01');
    expect(await minimum.inputValue()).toBe('5000');
    expect(await page.getByLabel('Catégorie').inputValue()).toBe('grant');
    await keyPage(page, 'organisation-04-offer-editor-errors', 'offer editor with errors');
    await summaryLinks.filter({ hasText: deadlineMessage }).click();
    expect(await deadline.evaluate((e) => e === e.ownerDocument.activeElement)).toBe(true);

    // The editor fits a 360 px wide phone, errors included.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(360);
    await screenshot(page, 'organisation-04b-offer-editor-360px');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Fixed, then submitted for review.
    await deadline.fill('2030-07-31');
    await page.getByLabel('Montant maximum').fill('20000');
    await page.getByRole('button', { name: 'Enregistrer et soumettre pour relecture' }).click();
    await page.waitForURL(/\/espace\/offres\/[0-9a-f-]{36}$/);
    await flash(page, 'Offre enregistrée et soumise pour relecture.');
    await page.getByRole('heading', { name: 'État de l’offre' }).waitFor();
    await keyPage(page, 'organisation-05-offer-submitted', 'offer submitted');

    // A second offer whose title is a script: it must only ever be text.
    await page.goto(`/espace/offres/nouvelle?organisation=${organisation.id}`);
    await fillOffer(page, {
      fr: {
        title: scriptOffer.title,
        summary: 'Un titre piégé pour vérifier que les pages échappent le texte.',
        description:
          'Cette offre de test porte un titre qui ressemble à du code. Les pages doivent ' +
          'l’afficher tel quel, sans jamais l’exécuter.',
      },
    });
    await page.getByLabel('Catégorie').selectOption({ label: 'Information et orientation' });
    await page.getByLabel('Ouverte toute l’année (sans date limite)').check();
    await page.getByLabel('E-mail de candidature').fill(`candidatures-${run}@example.org`);
    await page.getByRole('button', { name: 'Enregistrer et soumettre pour relecture' }).click();
    await page.waitForURL(/\/espace\/offres\/[0-9a-f-]{36}$/);
    await flash(page, 'Offre enregistrée et soumise pour relecture.');
    expect(await page.getByLabel('Titre — Français').inputValue()).toBe(scriptOffer.title);
  });

  it('3. the admin verifies the organisation and publishes the offers; search finds them', async () => {
    const page = await open();
    await signIn(page, { email: ADMIN, password: DEMO_PASSWORD, displayName: 'admin' }, /\/admin$/);
    const adminNav = page.getByRole('navigation', { name: 'Back office' });

    await adminNav.getByRole('link', { name: 'Organisations' }).click();
    await page.waitForURL('**/admin/organisations**');
    await page.getByRole('link', { name: organisation.name, exact: true }).click();
    await page.waitForURL(`**/admin/organisations/${organisation.id}`);
    await keyPage(page, 'admin-01-organisation-verification', 'organisation verification');
    await page.getByRole('button', { name: 'Vérifier l’organisation' }).click();
    await flash(page, /^Organisation vérifiée/);

    // The review queue, oldest first: the new offers are found by title, page after page.
    await adminNav.getByRole('link', { name: 'Offres à relire' }).click();
    await page.waitForURL('**/admin/offres');
    await keyPage(page, 'admin-02-review-queue', 'review queue');
    // A change to a published offer waiting in the demo catalogue, compared side by side with
    // the live version, is the README's picture of moderation.
    await page.goto('/admin/offres?kind=revision');
    await page.getByRole('rowheader').getByRole('link').first().click();
    await page.waitForURL(/\/admin\/offres\/[0-9a-f-]{36}$/);
    await page.getByRole('region', { name: 'Décision', exact: true }).waitFor();
    await checkA11y(page, 'review page of a revision');
    await page
      .getByRole('heading', { name: 'Version en ligne et modification proposée' })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await readmeScreenshot(page, 'moderation');
    await adminNav.getByRole('link', { name: 'Offres à relire' }).click();
    await openFromQueue(page, offer.title);
    await page.getByRole('heading', { level: 1, name: offer.title }).waitFor();
    await page.getByRole('region', { name: 'Décision', exact: true }).waitFor();
    await keyPage(page, 'admin-03-review', 'review page with decision form');
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await flash(page, /^Décision enregistrée : publiée/); // back in the queue

    await openFromQueue(page, scriptOffer.title);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(scriptOffer.title);
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await flash(page, /^Décision enregistrée : publiée/);

    // The worker indexes asynchronously: the offer shows up in search within a few seconds.
    await page.goto(`/recherche?q=${offer.word}`);
    const found = page
      .locator('#search-results')
      .getByRole('link', { name: offer.title, exact: true });
    await untilVisible(page, found, 20_000);
    await found.click();
    await page.waitForURL(/\/offres\/[^/?#]+$/);
    offer.publicUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: offer.title }).waitFor();
    // Also readable in English and Arabic.
    const otherLanguages = page.getByRole('article').locator('a[hreflang]');
    expect(
      await otherLanguages.evaluateAll((links) => links.map((a) => a.getAttribute('hreflang'))),
    ).toEqual(expect.arrayContaining(['en', 'ar']));
  });

  it('4. the entrepreneur contacts the new organisation, which answers from its inbox', async () => {
    const asEntrepreneur = await open();
    await signIn(asEntrepreneur, entrepreneur, /\/mon-espace$/);
    await asEntrepreneur.goto(offer.publicUrl);
    const contact = asEntrepreneur.getByRole('region', { name: 'Contacter l’organisation' });
    const subject = `Candidature ${run}`;
    const message = 'Bonjour, je prépare une école de code à Thiès et je voudrais candidater.';
    await contact.getByLabel('Objet').fill(subject);
    await contact.getByLabel(/^Votre message/).fill(message);
    await contact.getByRole('checkbox', { name: /^Partager mon adresse e-mail/ }).check();
    await contact.getByRole('button', { name: 'Envoyer la demande' }).click();
    await flash(asEntrepreneur, /^Votre demande a été envoyée à l’organisation/);

    const asMember = await open();
    await signIn(asMember, member, /\/espace$/);
    await asMember.getByRole('link', { name: 'Toutes les demandes' }).click();
    await asMember.waitForURL(`**/espace/organisations/${organisation.id}/demandes`);
    await keyPage(asMember, 'organisation-06-inbox', 'inbox');
    await asMember.getByRole('link', { name: subject, exact: true }).click();
    await asMember.waitForURL(/\/demandes\/[0-9a-f-]{36}$/);
    expect(await asMember.locator('.message-text').first().innerText()).toBe(message);
    await keyPage(asMember, 'organisation-07-request', 'contact request');
    await asMember
      .getByRole('group', { name: /^Votre réponse/ })
      .getByRole('radio', { name: 'Accepter la demande' })
      .check();
    // The message to the entrepreneur is new: filled when the page offers it.
    const answerBox = asMember.getByLabel('Votre message à l’entrepreneur·e');
    const answer = `Bienvenue ! Envoyez-nous votre dossier avant la fin du mois. (${run})`;
    const withAnswer = (await answerBox.count()) > 0;
    if (withAnswer) await answerBox.fill(answer);
    await asMember.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await flash(asMember, /^Demande acceptée/);
    expect(await asMember.locator('#request-status').innerText()).toBe('Acceptée');

    await asEntrepreneur.goto('/mon-espace/demandes');
    await asEntrepreneur.getByRole('link', { name: offer.title, exact: true }).click();
    await asEntrepreneur.waitForURL(/\/mon-espace\/demandes\/[0-9a-f-]{36}$/);
    const facts = asEntrepreneur.locator('dl.facts').first();
    expect(await facts.locator('.badge').innerText()).toBe('Acceptée');
    if (withAnswer)
      expect(await asEntrepreneur.locator('#organisation-answer').innerText()).toBe(answer);
    await keyPage(asEntrepreneur, 'entrepreneur-09-request-answered', 'answered request');
  });

  it('shows an offer titled <script>alert(1)</script> as text, never running it', async () => {
    const page = await newPage({ baseURL: platform.baseUrl });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });

    await page.goto(`/recherche?q=${scriptOffer.word}`);
    const link = page
      .locator('#search-results')
      .getByRole('link', { name: scriptOffer.title, exact: true });
    await untilVisible(page, link, 20_000);
    expect(await link.innerText()).toBe(scriptOffer.title);
    await link.click();
    await page.waitForURL(/\/offres\//);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(scriptOffer.title);
    expect(await page.title()).toContain(scriptOffer.title);

    await page.goto('/');
    const card = page.getByRole('link', { name: scriptOffer.title, exact: true });
    if ((await card.count()) > 0) expect(await card.first().innerText()).toBe(scriptOffer.title);

    // No page holds a script element with the title's code, and no alert ever opened.
    for (const url of [`/recherche?q=${scriptOffer.word}`, '/']) {
      await page.goto(url);
      expect(await page.locator('script', { hasText: 'alert(1)' }).count()).toBe(0);
    }
    expect(dialogs).toEqual([]);
  });

  // -------------------------------------------------------------------------------------------

  async function signUp(
    page: Page,
    account: Account,
    type: 'entrepreneur' | 'organisation',
    shot: string,
  ) {
    await page.goto(type === 'organisation' ? '/inscription?type=organisation' : '/inscription');
    await keyPage(page, shot, 'sign-up');
    const typeName = type === 'organisation' ? 'Structure d’accompagnement' : 'Entrepreneur·e';
    await page.getByRole('radio', { name: typeName }).check();
    await page.getByLabel(/^Nom affiché/).fill(account.displayName);
    await page.getByLabel(/^Adresse e-mail/).fill(account.email);
    await page.getByLabel(/^Mot de passe/).fill(account.password);
    const sentAfter = Date.now();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.waitForURL('**/inscription/confirmation');

    const link = await newestLinkTo(platform.mailDir, account.email, '/verify-email', {
      after: sentAfter,
    });
    await page.goto(link);
    await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
    await page.waitForURL('**/verify-email/confirmee');
  }
});

async function signIn(page: Page, account: Account, landing: RegExp, shot?: string) {
  await page.goto('/connexion');
  if (shot) await keyPage(page, shot, 'sign-in');
  await page.getByLabel(/^Adresse e-mail/).fill(account.email);
  await page.getByLabel(/^Mot de passe/).fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(landing);
}

interface OfferTexts {
  title: string;
  summary: string;
  description: string;
}

/** Chooses `option` in the searchable picker labelled `label`, after typing `typed`. */
async function pick(page: Page, label: string, typed: string, option: string) {
  await page.getByRole('combobox', { name: label }).fill(typed);
  await page
    .getByRole('listbox', { name: label })
    .getByRole('option', { name: option, exact: true })
    .click();
  await page.getByRole('button', { name: `Retirer ${option}` }).waitFor();
}

async function fillOffer(page: Page, texts: Partial<Record<'fr' | 'en' | 'ar', OfferTexts>>) {
  const languages = { fr: 'Français', en: 'Anglais', ar: 'Arabe' } as const;
  for (const [code, t] of Object.entries(texts) as Array<[keyof typeof languages, OfferTexts]>) {
    const language = languages[code];
    // One tab per language (issue 15.3): open it before typing.
    await page.getByRole('tab', { name: new RegExp(`^${language}`) }).click();
    await page.getByLabel(`Titre — ${language}`).fill(t.title);
    await page.getByLabel(`Résumé — ${language}`).fill(t.summary);
    await page.getByLabel(`Description — ${language}`).fill(t.description);
  }
}

/** The review queue lists the oldest first: follow "Page suivante" until the title shows. */
async function openFromQueue(page: Page, title: string) {
  await page.waitForURL('**/admin/offres**');
  for (let pages = 0; ; pages++) {
    const link = page.getByRole('rowheader').getByRole('link', { name: title, exact: true });
    if ((await link.count()) > 0) {
      await link.click();
      await page.waitForURL(/\/admin\/offres\/[0-9a-f-]{36}$/);
      return;
    }
    const next = page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', {
      name: 'Page suivante',
    });
    if (pages > 20 || (await next.count()) === 0)
      throw new Error(`"${title}" is not in the review queue`);
    await next.click();
    await page.waitForURL(/[?&]page=\d+/);
  }
}

/** Reloads until `locator` is there (what a person does while the index catches up). */
async function untilVisible(page: Page, locator: Locator, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await locator.isVisible()) return;
    if (Date.now() > deadline)
      throw new Error(`not found within ${timeoutMs} ms on ${page.url()}: ${locator}`);
    await page.reload();
  }
}

async function flash(page: Page, text: string | RegExp) {
  await page.locator('.flash[role="status"]').filter({ hasText: text }).waitFor();
}

/** The text of the elements that describe a control (hint and error message). */
async function describedBy(control: Locator): Promise<string> {
  return control.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id: string) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth');
}

/** axe (serious and critical fail) and a full-page screenshot under test-results/. */
async function keyPage(page: Page, name: string, label: string) {
  await checkA11y(page, label);
  await screenshot(page, name);
}

/** The viewport only, 1280 px wide, for the README. */
async function readmeScreenshot(page: Page, name: string) {
  expect(page.viewportSize()?.width).toBe(1280);
  await mkdir(DOCS_SCREENSHOTS, { recursive: true });
  const file = path.join(DOCS_SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false, animations: 'disabled' });
  expect((await stat(file)).size).toBeLessThan(300 * 1024);
}
