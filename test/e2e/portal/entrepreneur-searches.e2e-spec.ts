import { DataSource } from 'typeorm';
import {
  AlertsService,
  MAX_SAVED_SEARCHES_PER_USER,
  SavedSearchesService,
} from '@app/entrepreneur-profile';
import { SearchIndexer } from '@app/search';
import { BrowserSession, visibleText } from '../../support/browser-session';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  uniqueEmail,
  type TestAccount,
} from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

type Json = Record<string, unknown>;

const XSS = '<script>alert(1)</script>';

/** Saved searches in /mon-espace/recherches and e-mail alerts without an account (/alertes). */
/** The text of the page's <main> (without the <title> and the header). */
const mainText = (html: string) => visibleText(/<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '');

describe('portal: saved searches and alerts', () => {
  let t: TestApp;
  let db: DataSource;

  const call = (method: 'GET' | 'POST', url: string, who?: TestAccount, payload?: Json) =>
    t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  const browserFor = async (who: TestAccount) =>
    new BrowserSession(t).signIn(who.email, who.password);
  const savedSearchesOf = async (who: TestAccount) =>
    (await call('GET', '/api/v1/me/saved-searches', who)).json().items as Array<
      Json & { id: string; name: string; frequency: string; search: Json }
    >;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  describe('saved searches', () => {
    it('saves one from the search page’s fields, lists it in words, runs, changes and deletes it', async () => {
      const awa = await newAccount(t);
      const browser = await browserFor(awa);
      const empty = await browser.get('/mon-espace/recherches');
      expect(empty.status).toBe(200);
      expect(visibleText(empty.body)).toContain('Vous n’avez pas encore de recherche enregistrée.');

      // The search page posts its own query fields, with a name and a frequency.
      const created = await browser.post('/mon-espace/recherches', {
        name: `Subventions ${XSS}`,
        frequency: 'weekly',
        q: 'énergie solaire',
        category: ['grant', 'loan'],
        targetCountry: ['SN'],
        residenceCountry: 'FR',
        language: 'fr',
        format: 'online',
        free: 'true',
        minAmount: '5000',
        openNow: 'on',
        verified: 'true',
        diasporaOnly: 'true',
        sort: 'deadline',
      });
      expect(created.status).toBe(303);
      expect(created.location).toBe('/mon-espace/recherches');
      const [saved] = await savedSearchesOf(awa);
      expect(saved).toMatchObject({
        name: `Subventions ${XSS}`,
        frequency: 'weekly',
        search: {
          q: 'énergie solaire',
          category: ['grant', 'loan'],
          targetCountry: ['SN'],
          residenceCountry: ['FR'],
          language: ['fr'],
          format: ['online'],
          free: true,
          minAmount: 5000,
          openNow: true,
          verified: true,
          diasporaOnly: true,
        },
      });

      const list = await browser.get('/mon-espace/recherches');
      expect(list.status).toBe(200);
      const text = visibleText(list.body);
      expect(text).toContain('La recherche est enregistrée.');
      expect(text).toContain('Catégorie Subvention, Prêt');
      expect(text).toContain('Pays du projet Sénégal');
      expect(text).toContain('Pays de résidence France');
      expect(text).toContain('Format En ligne');
      expect(text).toContain('1 recherche enregistrée sur 50 possibles.');
      expect(text).toContain('Aucune alerte envoyée pour l’instant.');
      expect(list.body).not.toContain(XSS);
      expect(list.body).toContain(
        'href="/recherche?q=%C3%A9nergie+solaire&amp;category=grant&amp;category=loan&amp;targetCountry=SN',
      );
      expect(list.body).toMatch(
        new RegExp(`<option value="weekly" selected>Chaque semaine</option>`),
      );
      expect(list.body).toContain(`<label for="f-frequency-${saved.id}">`);

      const en = await browser.get('/mon-espace/recherches?lang=en');
      expect(visibleText(en.body)).toContain('Category Grant, Loan');
      expect(visibleText(en.body)).toContain('Run the search');
      await browser.get('/mon-espace/recherches?lang=fr');

      const paused = await browser.submit(
        '/mon-espace/recherches',
        { frequency: 'off' },
        `/mon-espace/recherches/${saved.id}/frequence`,
      );
      expect(paused.status).toBe(303);
      expect((await savedSearchesOf(awa))[0].frequency).toBe('off');

      const wrong = await browser.submit(
        '/mon-espace/recherches',
        { frequency: 'hourly' },
        `/mon-espace/recherches/${saved.id}/frequence`,
      );
      expect(wrong.status).toBe(400);
      expect(wrong.body).toContain(`href="#f-frequency-${saved.id}"`);
      expect(wrong.body).toContain('Choisissez une valeur de la liste.');

      // Someone else's saved search: 404, and nothing changes.
      const moussa = await newAccount(t);
      const other = await browserFor(moussa);
      await other.get('/mon-espace/recherches');
      expect(
        (await other.post(`/mon-espace/recherches/${saved.id}/frequence`, { frequency: 'daily' }))
          .status,
      ).toBe(404);
      expect((await other.post(`/mon-espace/recherches/${saved.id}/supprimer`)).status).toBe(404);
      expect(await savedSearchesOf(awa)).toHaveLength(1);

      const deleted = await browser.submit(
        '/mon-espace/recherches',
        {},
        `/mon-espace/recherches/${saved.id}/supprimer`,
      );
      expect(deleted.status).toBe(303);
      expect(await savedSearchesOf(awa)).toHaveLength(0);
      expect(visibleText((await browser.get('/mon-espace/recherches')).body)).toContain(
        'La recherche est supprimée, ses alertes aussi.',
      );
    });

    it('lists several searches with the same criteria without repeating an element id', async () => {
      const browser = await browserFor(await newAccount(t));
      for (const name of ['Sénégal, chaque jour', 'Sénégal, chaque semaine']) {
        await browser.get('/mon-espace/recherches');
        const created = await browser.post('/mon-espace/recherches', {
          name,
          frequency: 'daily',
          q: 'mangues',
          category: 'grant',
          targetCountry: 'SN',
        });
        expect(created.status).toBe(303);
      }
      const list = await browser.get('/mon-espace/recherches');
      expect(visibleText(list.body)).toContain('Pays du projet Sénégal');
      const ids = [...list.body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });

    it('names an unnamed search after its criteria; the form page shows them first', async () => {
      const awa = await newAccount(t);
      const browser = await browserFor(awa);
      const form = await browser.get(
        '/mon-espace/recherches/nouvelle?category=grant&targetCountry=SN',
      );
      expect(form.status).toBe(200);
      expect(visibleText(form.body)).toContain('Enregistrer cette recherche');
      expect(form.body).toContain('value="Catégorie : Subvention · Pays du projet : Sénégal"');
      expect(form.body).toContain('<input type="hidden" name="category" value="grant">');
      const saved = await browser.post('/mon-espace/recherches', {
        category: 'grant',
        targetCountry: 'SN',
        name: '',
      });
      expect(saved.status).toBe(303);
      expect(await savedSearchesOf(awa)).toMatchObject([
        {
          name: 'Catégorie : Subvention · Pays du projet : Sénégal',
          frequency: 'daily',
          search: { category: ['grant'], targetCountry: ['SN'] },
        },
      ]);
    });

    it('answers unknown values with a 400 page naming the field, and a too-long name next to it', async () => {
      const awa = await newAccount(t);
      const browser = await browserFor(awa);
      await browser.get('/mon-espace/recherches');
      const unknown = await browser.post('/mon-espace/recherches', {
        name: 'Inconnue',
        category: 'not_a_category',
      });
      expect(unknown.status).toBe(400);
      expect(unknown.headers['content-type']).toContain('text/html');
      expect(visibleText(unknown.body)).toContain('Cette recherche ne peut pas être enregistrée');
      expect(visibleText(unknown.body)).toContain('Catégorie ( category )');
      expect(unknown.body).toContain('not_a_category');

      for (const [field, value, label] of [
        ['free', 'maybe', 'Gratuit uniquement'],
        ['minAmount', 'beaucoup', 'Montant'],
        ['sort', 'random', 'Tri'],
        ['targetCountry', 'ZZ', 'Pays'],
      ]) {
        const res = await browser.post('/mon-espace/recherches', { name: 'X', [field]: value });
        expect({ field, status: res.status }).toEqual({ field, status: 400 });
        expect(visibleText(res.body)).toContain(label);
      }

      const long = await browser.post('/mon-espace/recherches', {
        name: 'x'.repeat(121),
        category: 'grant',
      });
      expect(long.status).toBe(400);
      expect(long.body).toMatch(/id="f-name-error"><span>Donnez un nom de 1 à 120 caractères\./);
      expect(long.body).toContain('<input type="hidden" name="category" value="grant">');
      expect(await savedSearchesOf(awa)).toHaveLength(0);

      const noToken = await browser.post('/mon-espace/recherches', { name: 'X', _csrf: '' });
      expect(noToken.status).toBe(403);
    });

    it('says clearly when the limit is reached', async () => {
      const awa = await newAccount(t);
      const service = t.app.get(SavedSearchesService);
      for (let i = 0; i < MAX_SAVED_SEARCHES_PER_USER; i += 1)
        await service.create(awa.id, { name: `Recherche ${i}`, search: { q: `mot${i}` } });
      const browser = await browserFor(awa);
      const list = await browser.get('/mon-espace/recherches');
      expect(visibleText(list.body)).toContain('Vous avez atteint la limite de 50 recherches');
      expect(visibleText(list.body)).toContain('Page 1 sur 3');
      const res = await browser.post('/mon-espace/recherches', { name: 'Une de trop', q: 'x' });
      expect(res.status).toBe(409);
      expect(visibleText(res.body)).toContain(
        'Vous avez atteint la limite de 50 recherches enregistrées : supprimez-en une avant d’en enregistrer une autre.',
      );
    });
  });

  describe('alerts without an account', () => {
    it('ask, confirm by a button (not by following the link), then stop from the alert e-mail', async () => {
      const word = 'baobabalerte';
      const email = uniqueEmail('visitor');
      const visitor = new BrowserSession(t);
      const form = await visitor.get(`/alertes?q=${word}&category=grant`);
      expect(form.status).toBe(200);
      expect(form.body).toContain('<meta name="robots" content="noindex">');
      expect(visibleText(form.body)).toContain('Votre adresse e-mail');
      expect(visibleText(form.body)).toContain('Catégorie Subvention');

      const bad = await visitor.post('/alertes', { email: 'pas-une-adresse', q: word });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatch(/id="f-email-error"><span>Saisissez une adresse e-mail valide/);
      expect(bad.body).toContain(`<input type="hidden" name="q" value="${word}">`);

      const asked = await visitor.post('/alertes', {
        email,
        frequency: 'daily',
        q: word,
        category: 'grant',
      });
      expect(asked.status).toBe(303);
      expect(asked.location).toBe('/alertes/envoyee');
      // Any other address gets exactly the same answer.
      const other = await new BrowserSession(t).submit('/alertes', {
        email: uniqueEmail('someone'),
        frequency: 'weekly',
        q: word,
      });
      expect([other.status, other.location]).toEqual([303, '/alertes/envoyee']);
      const sent = await visitor.get('/alertes/envoyee');
      expect(visibleText(sent.body)).toContain('Vérifiez votre boîte e-mail');

      const mail = await t.mailbox.waitFor(email, { subject: /Confirmez votre alerte/ });
      const link = mail.links.find((l) => l.includes('/alertes/confirmer?token='))!;
      expect(link).toBeDefined();
      const path = new URL(link).pathname + new URL(link).search;
      const confirmed = async () =>
        (
          await db.query(
            `SELECT confirmed_at IS NOT NULL AS c FROM saved_searches WHERE email = $1`,
            [email],
          )
        )[0].c as boolean;

      // Opening the link (as a mail scanner would) confirms nothing.
      const landing = await new BrowserSession(t).get(path);
      expect(landing.status).toBe(200);
      expect(visibleText(landing.body)).toContain('Confirmer l’alerte');
      expect(await confirmed()).toBe(false);

      const browser = new BrowserSession(t, 'en');
      await browser.get(path);
      const done = await browser.post('/alertes/confirmer', {
        token: new URL(link).searchParams.get('token')!,
      });
      expect(done.status).toBe(303);
      expect(done.location).toBe('/alertes/confirmer?statut=confirmee');
      expect(await confirmed()).toBe(true);
      const confirmedPage = await browser.get(done.location!);
      // Said once: by the page, not by a flash message on top of it.
      expect(confirmedPage.body).not.toContain('class="flash"');
      expect(mainText(confirmedPage.body).split('Your alert is confirmed.')).toHaveLength(2);
      const again = await browser.post('/alertes/confirmer', {
        token: new URL(link).searchParams.get('token')!,
      });
      expect(again.status).toBe(400);
      expect(visibleText(again.body)).toContain('This link is invalid, expired or already used.');

      // A new matching offer, the alert job: the e-mail links to the unsubscribe page.
      const admin = await newAdmin(t);
      const { owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Fonds Alerte');
      const created = await t.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${organisationId}/offers`,
        headers: owner.auth(),
        payload: offerContent({
          translations: {
            fr: {
              title: `Subvention ${word}`,
              summary: 'Une subvention pour tester les alertes du portail.',
              description:
                'Une description assez longue pour que l’offre soit complète et publiable.',
            },
          },
        }),
      });
      const offerId = created.json().id as string;
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${organisationId}/offers/${offerId}/submit`,
        headers: owner.auth(),
      });
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/offers/${offerId}/decision`,
        headers: admin.auth(),
        payload: { decision: 'publish' },
      });
      await t.app.get(SearchIndexer).syncOffer(offerId);
      await t.app.get(AlertsService).runDue(new Date());
      const alert = await t.mailbox.waitFor(email, { subject: /nouvelle offre/ });
      const stop = alert.links.find((l) => l.includes('/alertes/desabonner?token='))!;
      expect(stop).toMatch(/^https:\/\/passerelle\.test\/alertes\/desabonner\?token=/);
      const stopPath = new URL(stop).pathname + new URL(stop).search;

      const count = async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM saved_searches WHERE email = $1 AND confirmed_at IS NOT NULL`,
            [email],
          )
        )[0].n as number;
      const stopPage = await visitor.get(stopPath);
      expect(stopPage.status).toBe(200);
      expect(visibleText(stopPage.body)).toContain('Ne plus recevoir cette alerte');
      expect(await count()).toBe(1);
      const stopped = await visitor.post('/alertes/desabonner', {
        token: new URL(stop).searchParams.get('token')!,
      });
      expect(stopped.status).toBe(303);
      expect(await count()).toBe(0);
      const stoppedPage = await visitor.get(stopped.location!);
      expect(stoppedPage.body).not.toContain('class="flash"');
      const stoppedText = mainText(stoppedPage.body);
      expect(stoppedText.split('C’est fait : vous ne recevrez plus cette alerte.')).toHaveLength(2);
      expect(stoppedText).toContain(
        'Vous pouvez créer d’autres alertes depuis la page de recherche.',
      );
      // The API route takes the same token and still answers.
      const api = await t.app.inject({
        method: 'GET',
        url: `/api/v1/alerts/unsubscribe?token=${new URL(stop).searchParams.get('token')}`,
      });
      expect(api.statusCode).toBe(200);

      const forged = await visitor.submit(
        stopPath,
        { token: 'unsubscribe.forged.token' },
        '/alertes/desabonner',
      );
      expect(forged.status).toBe(400);
      expect((await visitor.get('/alertes/desabonner')).status).toBe(400);
      expect(
        (await visitor.post('/alertes/desabonner', { token: 'x'.repeat(20), _csrf: '' })).status,
      ).toBe(403);
    });

    it('refuses an unknown search value with a page naming the field', async () => {
      const visitor = new BrowserSession(t);
      await visitor.get('/alertes');
      const res = await visitor.post('/alertes', {
        email: uniqueEmail('visitor'),
        frequency: 'daily',
        stage: 'not_a_stage',
      });
      expect(res.status).toBe(400);
      expect(visibleText(res.body)).toContain('Stade du projet ( stage )');
    });
  });
});
