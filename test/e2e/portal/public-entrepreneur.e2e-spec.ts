import type { INestApplicationContext } from '@nestjs/common';
import { createLogger } from '@app/core';
import { createWorkerApp } from '../../../apps/worker/src/create-worker-app';
import { BrowserSession, visibleText } from '../../support/browser-session';
import { searchIndexHolds } from '../../support/eventually';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

type Json = Record<string, unknown>;
type Offer = { id: string; slug: string };

describe('public pages for a signed-in entrepreneur: eligibility, favourites, contact', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;
  let senegal: Offer;
  let italy: Offer;

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: TestAccount, payload?: Json) =>
    t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  const publish = async (content: Json): Promise<Offer> => {
    const base = `/api/v1/organisations/${organisationId}/offers`;
    const offer = (await call('POST', base, owner, content)).json() as Offer;
    await call('POST', `${base}/${offer.id}/submit`, owner);
    const res = await call('POST', `/api/v1/admin/offers/${offer.id}/decision`, admin, {
      decision: 'publish',
    });
    if (res.statusCode !== 200) throw new Error(`publish failed: ${res.payload}`);
    return offer;
  };
  const titled = (title: string) => ({
    fr: {
      title,
      summary: 'Un programme de démonstration pour les pages publiques.',
      description: 'Une description assez longue pour être complète, pour les tests des pages.',
    },
  });
  /** A signed-in browser for a new entrepreneur, with a profile when given. */
  const entrepreneur = async (profile?: Json, language = 'fr') => {
    const account = await newAccount(t, { language });
    if (profile) {
      const res = await call('PUT', '/api/v1/me/profile', account, profile);
      if (res.statusCode !== 200) throw new Error(`profile failed: ${res.payload}`);
    }
    const browser = await new BrowserSession(t, language).signIn(account.email, account.password);
    return { account, browser };
  };
  const residentOfFrance = {
    residenceCountry: 'FR',
    originCountries: ['SN'],
    targetCountries: ['SN'],
    sectorCodes: ['agriculture_agrifood'],
    stageCode: 'creation',
    languages: ['fr'],
    businessName: 'Thiéboudienne & Co',
  };

  beforeAll(async () => {
    t = await createTestApp();
    worker = await createWorkerApp({
      config: t.config,
      databaseUrl: t.database.url,
      logger: createLogger({ level: 'silent', name: 'worker' }),
    });
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Réseau Teranga'));
    senegal = await publish(
      offerContent({
        translations: titled('Bourse ouagadougoise pour résidents de France'),
        sectorCodes: ['agriculture_agrifood'],
        eligibility: {
          residenceCountries: ['FR'],
          targetCountries: ['SN'],
          diasporaOnly: false,
          genderFocus: 'any',
        },
      }),
    );
    italy = await publish(
      offerContent({
        translations: titled('Prêt ouagadougois réservé aux résidents italiens'),
        categoryCode: 'loan',
        eligibility: {
          residenceCountries: ['IT'],
          targetCountries: [],
          diasporaOnly: false,
          genderFocus: 'any',
        },
      }),
    );
    await searchIndexHolds(t.app, 2);
  }, 120_000);
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  describe('eligibility on the offer page', () => {
    it('gives the verdict and its reasons from the profile', async () => {
      const { browser } = await entrepreneur(residentOfFrance);
      const fits = await browser.get(`/offres/${senegal.slug}`);
      expect(fits.status).toBe(200);
      const text = visibleText(fits.body);
      expect(text).toContain('Êtes-vous éligible ?');
      expect(text).toContain('D’après votre profil, vous êtes éligible.');
      expect(text).toContain('Condition remplie : Ouvert aux résidents de : France');
      expect(text).toContain('Pour des projets dans ce pays : Sénégal');
      // A personal verdict: never cached by shared caches, not for search engines.
      expect(fits.headers['cache-control']).toBe('private, no-store');

      const refused = visibleText((await browser.get(`/offres/${italy.slug}`)).body);
      expect(refused).toContain('D’après votre profil, vous n’êtes pas éligible.');
      expect(refused).toContain('Condition non remplie : Réservé aux résidents de : Italie');
      expect(refused).toContain('Compléter ou corriger mon profil');
    });

    it('explains in English for an English reader', async () => {
      const { browser } = await entrepreneur(residentOfFrance, 'en');
      const text = visibleText((await browser.get(`/offres/${senegal.slug}`)).body);
      expect(text).toContain('From your profile, you are eligible.');
      expect(text).toContain('Met: Open to residents of France');
      expect(text).toContain('Add to favourites');
    });

    it('explains in Portuguese and Arabic from the same catalogues, not in French', async () => {
      const { browser: pt } = await entrepreneur(residentOfFrance, 'pt');
      const portuguese = visibleText((await pt.get(`/offres/${senegal.slug}`)).body);
      expect(portuguese).toContain('Aberto aos residentes de: França');
      expect(portuguese).toContain('Para projetos neste país: Senegal');
      const { browser: ar } = await entrepreneur(residentOfFrance, 'ar');
      const page = (await ar.get(`/offres/${italy.slug}`)).body;
      expect(visibleText(page)).toContain('مخصص للمقيمين في: إيطاليا');
      expect(page).not.toContain('Réservé aux résidents');
    });

    it('sends an entrepreneur without a profile to fill it in', async () => {
      const { browser } = await entrepreneur();
      const res = await browser.get(`/offres/${senegal.slug}`);
      expect(visibleText(res.body)).toContain('Renseignez votre profil');
      expect(res.body).toContain('href="/mon-espace/profil"');
    });

    it('shows visitors how to sign in and come back, organisations no personal block', async () => {
      const visitor = await new BrowserSession(t).get(`/offres/${senegal.slug}`);
      expect(visitor.body).toContain(`href="/connexion?next=%2Foffres%2F${senegal.slug}"`);
      expect(visitor.body).not.toContain('/favori');
      const member = await new BrowserSession(t).signIn(owner.email, owner.password);
      const res = await member.get(`/offres/${senegal.slug}`);
      expect(res.status).toBe(200);
      expect(res.body).not.toContain('/favori');
      expect(res.body).not.toContain('Se connecter pour vérifier');
    });
  });

  describe('search for a signed-in entrepreneur', () => {
    it('says why each result fits and offers to save the search', async () => {
      const { browser } = await entrepreneur(residentOfFrance);
      const res = await browser.get('/recherche?q=ouagadougoise&targetCountry=SN');
      expect(res.status).toBe(200);
      const text = visibleText(res.body);
      expect(text).toContain('Pourquoi cette offre vous correspond');
      expect(text).toContain('Ouvert aux résidents de : France');
      expect(text).toContain('Votre secteur : Agriculture et agroalimentaire');
      const form = /<form method="post" action="\/mon-espace\/recherches">[\s\S]*?<\/form>/.exec(
        res.body,
      )?.[0];
      expect(form).toBeDefined();
      expect(form).toContain('name="_csrf"');
      expect(form).toContain('<input type="hidden" name="q" value="ouagadougoise">');
      expect(form).toContain('<input type="hidden" name="targetCountry" value="SN">');
      expect(form).toContain('<label for="save-name">Nom de la recherche</label>');
      for (const frequency of ['daily', 'weekly', 'off'])
        expect(form).toContain(`name="frequency" value="${frequency}"`);
      expect(res.body).not.toContain('action="/alertes"');
    });

    it('invites an entrepreneur without a profile to complete it', async () => {
      const { browser } = await entrepreneur();
      const res = await browser.get('/recherche?q=ouagadougoise');
      expect(visibleText(res.body)).toContain('Complétez votre profil');
      expect(res.body).not.toContain('Pourquoi cette offre vous correspond');
    });
  });

  describe('favourites', () => {
    it('adds and removes the offer, as the JSON API sees it', async () => {
      const { account, browser } = await entrepreneur(residentOfFrance);
      const before = await browser.get(`/offres/${senegal.slug}`);
      expect(before.body).toContain('Ajouter aux favoris');
      const added = await browser.post(`/offres/${senegal.slug}/favori`, { action: 'add' });
      expect(added.status).toBe(303);
      expect(added.location).toBe(`/offres/${senegal.slug}`);
      const saved = (await call('GET', '/api/v1/me/bookmarks', account)).json();
      expect(saved.items.map((b: Json) => b.offerId)).toEqual([senegal.id]);
      const after = await browser.get(`/offres/${senegal.slug}`);
      expect(visibleText(after.body)).toContain('Offre ajoutée à vos favoris.');
      expect(after.body).toContain('Retirer des favoris');
      expect(after.body).toContain('<input type="hidden" name="action" value="remove">');
      // Sent twice (a double click), "add" stays added.
      await browser.post(`/offres/${senegal.slug}/favori`, { action: 'add' });
      expect((await call('GET', '/api/v1/me/bookmarks', account)).json().total).toBe(1);

      const removed = await browser.post(`/offres/${senegal.slug}/favori`, { action: 'remove' });
      expect(removed.status).toBe(303);
      expect((await call('GET', '/api/v1/me/bookmarks', account)).json().total).toBe(0);
      expect(visibleText((await browser.get(`/offres/${senegal.slug}`)).body)).toContain(
        'Offre retirée de vos favoris.',
      );
      // Without an action the button toggles.
      await browser.post(`/offres/${senegal.id}/favori`);
      expect((await call('GET', '/api/v1/me/bookmarks', account)).json().total).toBe(1);
    });

    it('refuses a post without the form’s token, other accounts and visitors', async () => {
      const { account, browser } = await entrepreneur();
      await browser.get(`/offres/${senegal.slug}`);
      const forged = await browser.post(`/offres/${senegal.slug}/favori`, { _csrf: '' });
      expect(forged.status).toBe(403);
      expect(forged.headers['content-type']).toContain('text/html');
      expect((await call('GET', '/api/v1/me/bookmarks', account)).json().total).toBe(0);

      const member = await new BrowserSession(t).signIn(owner.email, owner.password);
      await member.get(`/offres/${senegal.slug}`);
      expect((await member.post(`/offres/${senegal.slug}/favori`, { action: 'add' })).status).toBe(
        403,
      );

      const visitor = new BrowserSession(t);
      await visitor.get(`/offres/${senegal.slug}`);
      const res = await visitor.post(`/offres/${senegal.slug}/favori`, { action: 'add' });
      expect(res.status).toBe(303);
      expect(res.location).toMatch(/^\/connexion\?next=/);
    });

    it('answers an offer that is not public with a 404 page', async () => {
      const { browser } = await entrepreneur();
      await browser.get(`/offres/${senegal.slug}`);
      const res = await browser.post('/offres/no-such-offer/favori', { action: 'add' });
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain('text/html');
    });
  });

  describe('contact form', () => {
    it('shows the profile fields to share and sends the request', async () => {
      const { account, browser } = await entrepreneur(residentOfFrance);
      const page = await browser.get(`/offres/${senegal.slug}`);
      const text = visibleText(page.body);
      expect(text).toContain('Contacter l’organisation');
      expect(page.body).toContain('<label for="f-message">Votre message');
      expect(text).toContain('Pays de résidence : France');
      expect(text).toContain('Nom de l’entreprise : Thiéboudienne & Co');
      expect(page.body).toContain('href="/mon-espace/demandes"');

      const tooShort = await browser.post(`/offres/${senegal.slug}/contact`, { message: 'Salut' });
      expect(tooShort.status).toBe(400);
      expect(tooShort.body).toContain('id="error-summary"');
      expect(tooShort.body).toContain('Écrivez entre 10 et 4 000 caractères.');
      expect(tooShort.body).toContain('>Salut</textarea>');

      const sent = await browser.post(`/offres/${senegal.slug}/contact`, {
        subject: 'Cohorte de mars',
        message: 'Bonjour, je prépare une coopérative à Thiès et voudrais candidater.',
        sharedFields: ['residenceCountry', 'businessName'],
        shareEmail: 'true',
      });
      expect(sent.status).toBe(303);
      expect(sent.location).toBe(`/offres/${senegal.slug}#contact`);
      const mine = (await call('GET', '/api/v1/me/contact-requests', account)).json();
      expect(mine.total).toBe(1);
      expect(mine.items[0]).toMatchObject({
        subject: 'Cohorte de mars',
        message: 'Bonjour, je prépare une coopérative à Thiès et voudrais candidater.',
        sharedFields: { residenceCountry: 'FR', businessName: 'Thiéboudienne & Co' },
        emailShared: true,
        offer: { id: senegal.id },
      });
      const after = await browser.get(`/offres/${senegal.slug}`);
      expect(visibleText(after.body)).toContain('Votre demande a été envoyée');

      // One request per offer and per day: the page says so, with a 429.
      const again = await browser.post(`/offres/${senegal.slug}/contact`, {
        message: 'Je me permets de relancer ma demande précédente.',
      });
      expect(again.status).toBe(429);
      expect(again.headers['retry-after']).toBeDefined();
      expect(visibleText(again.body)).toContain('Vous avez déjà écrit à l’organisation');
      expect((await call('GET', '/api/v1/me/contact-requests', account)).json().total).toBe(1);
    });

    it('refuses a post without the form’s token', async () => {
      const { account, browser } = await entrepreneur();
      await browser.get(`/offres/${italy.slug}`);
      const res = await browser.post(`/offres/${italy.slug}/contact`, {
        _csrf: 'forged',
        message: 'Un message assez long pour passer.',
      });
      expect(res.status).toBe(403);
      expect((await call('GET', '/api/v1/me/contact-requests', account)).json().total).toBe(0);
    });
  });
});
