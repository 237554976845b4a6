import { SearchIndexer } from '@app/search';
import { BrowserSession, visibleText } from '../../support/browser-session';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

type Json = Record<string, unknown>;

const XSS = '<script>alert(1)</script>';
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;';
const MESSAGE =
  'Bonjour, je développe une activité de transformation de mangues à Thiès et votre bourse ' +
  'm’intéresse. Pouvons-nous en parler ?';

/** The entrepreneur space: dashboard, profile, saved offers, contact requests, roles. */
describe('portal: entrepreneur space', () => {
  let t: TestApp;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;
  let senegal: { id: string; slug: string; title: string };
  let mentoring: { id: string; slug: string; title: string };

  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    who?: TestAccount,
    payload?: Json,
  ) => t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });

  const publish = async (title: string, extra: Json = {}) => {
    const created = await call(
      'POST',
      `/api/v1/organisations/${organisationId}/offers`,
      owner,
      offerContent({
        translations: {
          fr: {
            title,
            summary: 'Un programme pour tester les pages de l’espace entrepreneur.',
            description:
              'Une description assez longue pour que l’offre soit complète et publiable, avec ses critères.',
          },
        },
        ...extra,
      }),
    );
    if (created.statusCode !== 201) throw new Error(`create failed: ${created.payload}`);
    const offer = created.json() as { id: string; slug: string };
    await call('POST', `/api/v1/organisations/${organisationId}/offers/${offer.id}/submit`, owner);
    const decided = await call('POST', `/api/v1/admin/offers/${offer.id}/decision`, admin, {
      decision: 'publish',
    });
    if (decided.statusCode !== 200) throw new Error(`publish failed: ${decided.payload}`);
    await t.app.get(SearchIndexer).syncOffer(offer.id);
    const published = (await call('GET', `/api/v1/offers/${offer.id}`)).json() as { slug: string };
    return { id: offer.id, slug: published.slug, title };
  };

  const browserFor = async (who: TestAccount, language = 'fr') =>
    new BrowserSession(t, language).signIn(who.email, who.password);

  const profileOf = async (who: TestAccount) =>
    (await call('GET', '/api/v1/me/profile', who)).json() as Json & {
      sensitiveConsent: { granted: boolean };
    };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, `Fonds Kora ${XSS}`));
    senegal = await publish(`Bourse Sénégal ${XSS}`, {
      stageCodes: [],
      eligibility: {
        residenceCountries: ['FR'],
        targetCountries: ['SN'],
        diasporaOnly: false,
        genderFocus: 'any',
      },
    });
    mentoring = await publish('Mentorat ouvert à toutes et tous', {
      categoryCode: 'mentoring',
      funding: null,
      stageCodes: [],
      eligibility: {
        residenceCountries: [],
        targetCountries: [],
        diasporaOnly: false,
        genderFocus: 'any',
      },
    });
  });
  afterAll(() => t.close());

  describe('access', () => {
    const pages = [
      '/mon-espace',
      '/mon-espace/profil',
      '/mon-espace/favoris',
      '/mon-espace/recherches',
      '/mon-espace/recherches/nouvelle',
      '/mon-espace/demandes',
    ];

    it('sends visitors to sign in and back', async () => {
      const visitor = new BrowserSession(t);
      for (const page of pages) {
        const res = await visitor.get(page);
        expect({ page, status: res.status }).toEqual({ page, status: 303 });
        expect(res.location).toBe(`/connexion?next=${encodeURIComponent(page)}`);
      }
    });

    it('refuses organisation members and admins with a 403 page', async () => {
      for (const who of [owner, admin]) {
        const browser = await browserFor(who);
        for (const page of pages) {
          const res = await browser.get(page);
          expect({ page, status: res.status }).toEqual({ page, status: 403 });
          expect(res.headers['content-type']).toContain('text/html');
        }
      }
    });
  });

  describe('dashboard', () => {
    it('shows "For you" with the reasons, the nudge and the counts, in French and English', async () => {
      const awa = await newAccount(t);
      expect(
        (
          await call('PUT', '/api/v1/me/profile', awa, {
            residenceCountry: 'FR',
            targetCountries: ['SN'],
            needCodes: ['mentoring'],
          })
        ).statusCode,
      ).toBe(200);
      await call('PUT', `/api/v1/me/bookmarks/${mentoring.id}`, awa);

      const fr = await (await browserFor(awa)).get('/mon-espace');
      expect(fr.status).toBe(200);
      expect(fr.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(fr.body).toContain('<meta name="robots" content="noindex">');
      const text = visibleText(fr.body);
      // Greeted by the account's name (the session does not carry it).
      expect(fr.body).toContain('<p class="lead">Bonjour <bdi>Awa Diop</bdi></p>');
      expect(text).toContain('Pour vous');
      expect(text).toContain('Ouvert aux résidents de : France');
      expect(text).toContain('Vous êtes éligible');
      expect(text).toContain('Répond à ce que vous cherchez');
      expect(fr.body).toContain(`href="/offres/${senegal.slug}"`);
      expect(fr.body).toContain(`href="/offres/${mentoring.slug}"`);
      // Titles and names from organisations are escaped.
      expect(fr.body).not.toContain(XSS);
      expect(fr.body).toContain(`Bourse Sénégal ${ESCAPED}`);
      expect(text).toMatch(/Votre profil est complet à \d+ %/);
      expect(text).toContain('1 offre enregistrée');
      expect(text).toContain('Aucune recherche enregistrée');

      const en = await (await browserFor(awa)).get('/mon-espace?lang=en');
      expect(en.status).toBe(200);
      const english = visibleText(en.body);
      expect(english).toContain('Hello Awa Diop');
      expect(english).toContain('For you');
      expect(english).toContain('Open to residents of France');
      expect(english).toContain('Complete my profile');
    });

    it('asks for a profile when there is none, and never recommends what does not fit', async () => {
      const moussa = await newAccount(t);
      await call('PUT', '/api/v1/me/profile', moussa, { residenceCountry: 'IT' });
      const res = await (await browserFor(moussa)).get('/mon-espace');
      expect(res.status).toBe(200);
      expect(res.body).not.toContain(`href="/offres/${senegal.slug}"`);
      const empty = await newAccount(t);
      const browser = await browserFor(empty);
      // A new, empty profile goes through the set-up first (issue 15.5); skipped here.
      expect((await browser.get('/mon-espace')).location).toBe('/mon-espace/demarrage/1');
      await browser.submit('/mon-espace/demarrage/1', {}, '/mon-espace/demarrage/passer');
      const text = visibleText((await browser.get('/mon-espace')).body);
      expect(text).toContain('Votre profil est vide');
      expect(text).toContain('Compléter mon profil');
    });
  });

  describe('profile', () => {
    const fields = {
      residenceCountry: 'FR',
      originCountries: ['SN', 'ML'],
      targetCountries: ['SN'],
      sectorCodes: ['agriculture_agrifood'],
      stageCode: 'creation',
      needCodes: ['grant', 'mentoring'],
      languages: ['fr', 'wo'],
      businessName: `Thiès Mangues ${XSS}`,
      businessDescription: 'Transformation de mangues séchées pour l’export.',
    };

    it('renders every field with its label in French and English', async () => {
      const awa = await newAccount(t);
      const fr = await (await browserFor(awa)).get('/mon-espace/profil');
      expect(fr.status).toBe(200);
      for (const label of [
        'Pays de résidence',
        'Pays d’origine',
        'Pays du projet',
        'Nom de l’entreprise ou du projet',
        'Description du projet',
        'Stade du projet',
        'Secteurs d’activité',
        'Ce que vous cherchez',
        'Langues que vous parlez',
        'Date de naissance',
        'Genre',
        'Enregistrer mon profil',
      ])
        expect(visibleText(fr.body)).toContain(label);
      expect(fr.body).toContain('<label for="f-residenceCountry">');
      expect(fr.body).toContain('<option value="SN">Sénégal</option>');
      // The country lists get the organisation pages' enhancement: what is chosen, listed.
      expect(fr.body).toMatch(/<script src="\/assets\/multi-select\.js\?v=[0-9a-f]+" defer>/);
      for (const name of ['originCountries', 'targetCountries'])
        expect(fr.body).toContain(
          `<select id="f-${name}" name="${name}" multiple size="8" class="multi-select" data-chosen-label="Choisis :" data-chosen-none="Aucun choisi."`,
        );
      expect(fr.body).not.toMatch(/id="f-residenceCountry"[^>]*data-chosen-label/);
      expect(visibleText(fr.body)).toContain('version 2026-11');
      const en = await (await browserFor(awa)).get('/mon-espace/profil?lang=en');
      expect(visibleText(en.body)).toContain('Country of residence');
      expect(en.body).toContain('<option value="SN">Senegal</option>');
      expect(en.body).toContain('data-chosen-label="Chosen:" data-chosen-none="None chosen."');
      expect(visibleText(en.body)).toContain('Save my profile');
    });

    it('saves the profile; date of birth and gender are ignored without consent', async () => {
      const awa = await newAccount(t);
      const browser = await browserFor(awa);
      const res = await browser.submit('/mon-espace/profil', {
        ...fields,
        dateOfBirth: '1992-04-12',
        gender: 'woman',
      });
      expect(res.status).toBe(303);
      expect(res.location).toBe('/mon-espace/profil');
      const stored = await profileOf(awa);
      expect(stored).toMatchObject({
        residenceCountry: 'FR',
        originCountries: ['SN', 'ML'],
        targetCountries: ['SN'],
        sectorCodes: ['agriculture_agrifood'],
        stageCode: 'creation',
        needCodes: ['grant', 'mentoring'],
        languages: ['fr', 'wo'],
        businessName: fields.businessName,
        dateOfBirth: null,
        gender: null,
      });
      expect(stored.sensitiveConsent.granted).toBe(false);
      const page = await browser.get('/mon-espace/profil');
      expect(visibleText(page.body)).toContain('Votre profil est enregistré.');
      expect(page.body).toContain(`value="Thiès Mangues ${ESCAPED}"`);
      expect(page.body).not.toContain(XSS);
      expect(page.body).toMatch(/<option value="ML" selected>/);
    });

    it('stores them with the consent, and erases them when it is withdrawn', async () => {
      const awa = await newAccount(t);
      const browser = await browserFor(awa);
      const granted = await browser.submit('/mon-espace/profil', {
        ...fields,
        sensitiveConsent: 'true',
        dateOfBirth: '1992-04-12',
        gender: 'woman',
      });
      expect(granted.status).toBe(303);
      expect(await profileOf(awa)).toMatchObject({
        dateOfBirth: '1992-04-12',
        gender: 'woman',
        sensitiveConsent: { granted: true, version: '2026-11' },
      });
      const shown = await browser.get('/mon-espace/profil');
      expect(shown.body).toMatch(/id="f-sensitiveConsent"[^>]* checked/);
      expect(visibleText(shown.body)).toContain('Vous avez donné ce consentement le');

      // Unticking the box (the fields are not sent by a browser then) withdraws and erases.
      const withdrawn = await browser.post('/mon-espace/profil', fields);
      expect(withdrawn.status).toBe(303);
      const after = await profileOf(awa);
      expect(after).toMatchObject({ dateOfBirth: null, gender: null, residenceCountry: 'FR' });
      expect(after.sensitiveConsent.granted).toBe(false);
      expect(visibleText((await browser.get('/mon-espace/profil')).body)).toContain(
        'Votre consentement est retiré',
      );
    });

    it('shows the API’s rules next to the fields, with a summary, and saves nothing', async () => {
      const awa = await newAccount(t);
      const browser = await browserFor(awa);
      const res = await browser.submit('/mon-espace/profil', {
        ...fields,
        residenceCountry: 'XX',
        sectorCodes: ['not_a_sector'],
        businessName: 'Mon projet',
      });
      expect(res.status).toBe(400);
      expect(res.body).toContain('id="error-summary"');
      expect(res.body).toContain('href="#f-residenceCountry"');
      expect(res.body).toMatch(
        /id="f-residenceCountry-error"><span>Choisissez un pays de la liste\.<\/span>/,
      );
      expect(res.body).toContain('value="Mon projet"');
      expect((await profileOf(awa)).businessName).toBeNull();

      const taxonomy = await browser.submit('/mon-espace/profil', {
        ...fields,
        sectorCodes: ['not_a_sector'],
      });
      expect(taxonomy.status).toBe(400);
      expect(taxonomy.body).toMatch(
        /id="f-sectorCodes-error"><span>Choisissez une valeur de la liste\./,
      );
      expect((await profileOf(awa)).residenceCountry).toBeNull();

      const date = await browser.submit('/mon-espace/profil', {
        ...fields,
        sensitiveConsent: 'true',
        dateOfBirth: '12/04/1992',
      });
      expect(date.status).toBe(400);
      expect(date.body).toContain('Saisissez une date valide au format AAAA-MM-JJ.');
      // A refused form records no consent.
      expect((await profileOf(awa)).sensitiveConsent.granted).toBe(false);
    });

    it('refuses a post without the form’s token', async () => {
      const awa = await newAccount(t);
      const browser = await browserFor(awa);
      await browser.get('/mon-espace/profil');
      const res = await browser.post('/mon-espace/profil', { ...fields, _csrf: '' });
      expect(res.status).toBe(403);
      expect((await profileOf(awa)).residenceCountry).toBeNull();
    });
  });

  describe('saved offers', () => {
    it('lists them with their organisation and state, and removes one', async () => {
      const awa = await newAccount(t);
      await call('PUT', `/api/v1/me/bookmarks/${senegal.id}`, awa);
      await call('PUT', `/api/v1/me/bookmarks/${mentoring.id}`, awa);
      const browser = await browserFor(awa);
      const page = await browser.get('/mon-espace/favoris');
      expect(page.status).toBe(200);
      const text = visibleText(page.body);
      expect(text).toContain('Mes favoris');
      expect(text).toContain(`Par Fonds Kora ${ESCAPED}`);
      expect(text).toContain('Date limite : 31 décembre 2099');
      expect(text).toContain('En ligne');
      expect(page.body).not.toContain(XSS);

      // Another entrepreneur "removing" it only touches their own list.
      const moussa = await newAccount(t);
      const other = await browserFor(moussa);
      await other.get('/mon-espace/favoris');
      expect((await other.post(`/mon-espace/favoris/${senegal.id}/retirer`)).status).toBe(303);
      expect(
        (await call('GET', '/api/v1/me/bookmarks', awa)).json().items.map((b: Json) => b.offerId),
      ).toContain(senegal.id);

      const removed = await browser.post(`/mon-espace/favoris/${senegal.id}/retirer`);
      expect(removed.status).toBe(303);
      expect(removed.location).toBe('/mon-espace/favoris');
      const ids = (await call('GET', '/api/v1/me/bookmarks', awa))
        .json()
        .items.map((b: Json) => b.offerId);
      expect(ids).toEqual([mentoring.id]);
      const after = await browser.get('/mon-espace/favoris');
      expect(visibleText(after.body)).toContain('L’offre est retirée de vos favoris.');

      const en = await (await browserFor(awa)).get('/mon-espace/favoris?lang=en');
      expect(visibleText(en.body)).toContain('My saved offers');
      expect(visibleText(en.body)).toContain('Remove from saved offers');
    });

    it('marks an archived offer and has an empty state', async () => {
      const archived = await publish('Offre bientôt archivée');
      const awa = await newAccount(t);
      const browser = await browserFor(awa);
      expect(visibleText((await browser.get('/mon-espace/favoris')).body)).toContain(
        'Vous n’avez encore enregistré aucune offre.',
      );
      await call('PUT', `/api/v1/me/bookmarks/${archived.id}`, awa);
      const res = await call('POST', `/api/v1/admin/offers/${archived.id}/archive`, admin, {
        reason: 'Programme terminé',
      });
      expect(res.statusCode).toBe(200);
      expect(visibleText((await browser.get('/mon-espace/favoris')).body)).toContain('Archivée');
    });
  });

  describe('contact requests', () => {
    it('lists mine with the status and shows the organisation’s answer; someone else’s is a 404', async () => {
      const awa = await newAccount(t);
      await call('PUT', '/api/v1/me/profile', awa, {
        residenceCountry: 'FR',
        targetCountries: ['SN'],
      });
      const sent = await call('POST', `/api/v1/offers/${senegal.id}/contact-requests`, awa, {
        subject: `Candidature ${XSS}`,
        message: MESSAGE,
        sharedFields: ['residenceCountry', 'targetCountries'],
        shareEmail: true,
      });
      expect(sent.statusCode).toBe(201);
      const requestId = sent.json().id as string;

      const browser = await browserFor(awa);
      const list = await browser.get('/mon-espace/demandes');
      expect(list.status).toBe(200);
      const text = visibleText(list.body);
      expect(text).toContain('Mes demandes de contact');
      expect(text).toContain(`Fonds Kora ${ESCAPED}`);
      expect(text).toContain('Envoyée');
      expect(list.body).toContain(`href="/mon-espace/demandes/${requestId}"`);
      expect(list.body).toContain('<th scope="col">');
      // The scrolling table can be reached and scrolled with the keyboard, and is named.
      expect(list.body).toContain(
        '<div class="table-scroll" tabindex="0" role="region" aria-label="Mes demandes de contact">',
      );
      expect(list.body).not.toContain(XSS);

      const declined = await call(
        'PATCH',
        `/api/v1/organisations/${organisationId}/contact-requests/${requestId}/status`,
        owner,
        { status: 'declined', reason: 'Le programme est complet pour cette année.' },
      );
      expect(declined.statusCode).toBe(200);
      const detail = await browser.get(`/mon-espace/demandes/${requestId}`);
      expect(detail.status).toBe(200);
      const words = visibleText(detail.body);
      expect(words).toContain('Déclinée');
      expect(words).toContain('Réponse de l’organisation');
      expect(words).toContain('Le programme est complet pour cette année.');
      expect(words).toContain(MESSAGE);
      expect(words).toContain('Pays de résidence France');
      expect(words).toContain('Pays du projet Sénégal');
      expect(words).toContain('Partagée : l’organisation peut vous répondre directement.');
      expect(detail.body).not.toContain(XSS);

      const filtered = await browser.get('/mon-espace/demandes?statut=accepted');
      expect(visibleText(filtered.body)).toContain('Aucune demande avec ce statut.');

      const en = await (await browserFor(awa)).get(`/mon-espace/demandes/${requestId}?lang=en`);
      expect(visibleText(en.body)).toContain('The organisation’s answer');
      expect(visibleText(en.body)).toContain('Declined');

      const moussa = await newAccount(t);
      const other = await browserFor(moussa);
      const foreign = await other.get(`/mon-espace/demandes/${requestId}`);
      expect(foreign.status).toBe(404);
      expect(foreign.headers['content-type']).toContain('text/html');
      expect(foreign.body).not.toContain(MESSAGE);
      const malformed = await other.get('/mon-espace/demandes/not-a-uuid');
      expect(malformed.status).toBe(404);
      expect(visibleText(malformed.body)).toContain('Page introuvable');
      await other.get('/mon-espace/favoris');
      expect((await other.post('/mon-espace/favoris/not-a-uuid/retirer')).status).toBe(404);
      await other.get('/mon-espace/recherches');
      expect((await other.post('/mon-espace/recherches/not-a-uuid/supprimer')).status).toBe(404);
      expect(
        (await other.post('/mon-espace/recherches/not-a-uuid/frequence', { frequency: 'daily' }))
          .status,
      ).toBe(404);
      expect(visibleText((await other.get('/mon-espace/demandes')).body)).toContain(
        'Vous n’avez envoyé aucune demande de contact.',
      );
    });

    it('shows the message the organisation wrote on its page, dated, quoted and escaped', async () => {
      const binta = await newAccount(t);
      const sent = await call('POST', `/api/v1/offers/${mentoring.id}/contact-requests`, binta, {
        message: MESSAGE,
      });
      expect(sent.statusCode).toBe(201);
      const requestId = sent.json().id as string;

      const organisation = await browserFor(owner);
      const answered = await organisation.submit(
        `/espace/organisations/${organisationId}/demandes/${requestId}`,
        { status: 'in_progress', answer: `Merci ${XSS}\nNous revenons vers vous jeudi.` },
      );
      expect(answered.status).toBe(303);

      const browser = await browserFor(binta);
      const detail = await browser.get(`/mon-espace/demandes/${requestId}`);
      expect(detail.status).toBe(200);
      const words = visibleText(detail.body);
      expect(words).toContain('En cours de traitement');
      expect(words).toContain('Réponse de l’organisation');
      expect(words).toContain(`Fonds Kora ${ESCAPED} vous a écrit le`);
      expect(detail.body).toMatch(/vous a écrit le <time datetime="\d{4}-\d{2}-\d{2}">/);
      expect(detail.body).toContain(
        `<blockquote dir="auto" id="organisation-answer"><p class="message-text">Merci ${ESCAPED}\nNous revenons vers vous jeudi.</p></blockquote>`,
      );
      expect(detail.body).not.toContain(XSS);

      const en = await browser.get(`/mon-espace/demandes/${requestId}?lang=en`);
      expect(visibleText(en.body)).toContain(`Fonds Kora ${ESCAPED} wrote to you on`);
      expect(en.body).not.toContain(XSS);
    });
  });
});
