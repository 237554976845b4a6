import { ConflictError } from '@app/core';
import { VerificationService } from '@app/support-organisation';
import { BrowserSession, visibleText } from '../../support/browser-session';
import {
  GOOD_PASSWORD,
  newAccount,
  newAccountOfKind,
  newAdmin,
  newOrganisationOwner,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

const PAGES = [
  '/admin',
  '/admin/organisations',
  '/admin/offres',
  '/admin/taxonomie',
  '/admin/utilisateurs',
  '/admin/cles-api',
  '/admin/journal',
];
const SCRIPT = '<script>alert(1)</script>';
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;';

describe('portal back office: dashboard, organisations, taxonomy, accounts, journal', () => {
  let t: TestApp;
  let admin: TestAccount;
  let browser: BrowserSession;

  const api = (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    who?: TestAccount,
    payload?: object,
  ) => t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  /** The error message shown next to a field (field partial: `<p id="f-x-error">`). */
  const fieldError = (html: string, id: string) =>
    visibleText(
      new RegExp(`<p class="error-message" id="${id}-error">([\\s\\S]*?)</p>`).exec(html)?.[1] ??
        '',
    );

  beforeAll(async () => {
    t = await createTestApp();
    admin = await newAdmin(t);
    browser = await new BrowserSession(t).signIn(admin.email, GOOD_PASSWORD);
    // Test admins prefer English: the language switch makes this session French.
    await browser.get('/admin?lang=fr');
  });
  afterAll(() => t.close());

  describe('access', () => {
    it.each(PAGES)('sends a visitor of %s to sign in', async (page) => {
      const res = await new BrowserSession(t).get(page);
      expect(res.status).toBe(303);
      expect(res.location).toBe(`/connexion?next=${encodeURIComponent(page)}`);
    });

    it('refuses entrepreneurs and organisation members with a 403 page', async () => {
      const entrepreneur = await newAccount(t);
      const member = await newAccountOfKind(t, 'organisation_member');
      for (const account of [entrepreneur, member]) {
        const session = await new BrowserSession(t).signIn(account.email, account.password);
        await session.get('/?lang=fr');
        for (const page of PAGES) {
          const res = await session.get(page);
          expect(res.status).toBe(403);
          expect(res.headers['content-type']).toContain('text/html');
          expect(res.body).toContain('Votre compte ne donne pas accès à cette page.');
        }
      }
    });

    it.each(PAGES)('renders %s for an admin, in French and English, not indexed', async (page) => {
      const fr = await browser.get(page);
      expect(fr.status).toBe(200);
      expect(fr.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(fr.body).toContain('<html lang="fr" dir="ltr">');
      expect(fr.body).toContain('<meta name="robots" content="noindex">');
      expect(fr.body.match(/<h1[ >]/g)).toHaveLength(1);
      expect(fr.body).toContain('aria-current="page"');
      expect(fr.body).not.toMatch(/\sstyle="/);
      expect(fr.body).not.toMatch(/<script>(?!alert)/);
      const en = await new BrowserSession(t, 'en')
        .signIn(admin.email, GOOD_PASSWORD)
        .then((s) => s.get(page));
      expect(en.status).toBe(200);
      expect(en.body).toContain('<html lang="en" dir="ltr">');
      expect(en.body).toContain('Back office');
      // The back office is written in French and English only: an Arabic reader gets French,
      // never a page of mixed languages, and the switch offers only what exists.
      const ar = await browser.get(`${page}?lang=ar`);
      expect(ar.body).toContain('<html lang="fr" dir="ltr">');
      expect(ar.body).not.toContain('hreflang="ar"');
      await browser.get(`${page}?lang=fr`);
    });

    it('refuses a form without its CSRF token', async () => {
      const { organisationId } = await newOrganisationOwner(t, 'Sans jeton');
      await browser.get(`/admin/organisations/${organisationId}`);
      const res = await browser.post(`/admin/organisations/${organisationId}/verifier`, {
        _csrf: '',
      });
      expect(res.status).toBe(403);
      expect(res.body).toContain('Le formulaire a expiré');
      const still = await api('GET', `/api/v1/admin/organisations/${organisationId}`, admin);
      expect(still.json().organisation.verification.status).toBe('pending');
    });
  });

  describe('organisation verification', () => {
    it('lists pending organisations oldest first, escaped, with their legal identifier', async () => {
      const first = await newOrganisationOwner(t, 'Alpha Incubation Dakar');
      const second = await newOrganisationOwner(t, SCRIPT);
      const patched = await api(
        'PATCH',
        `/api/v1/organisations/${first.organisationId}`,
        first.owner,
        {
          legalIdentifier: { country: 'SN', registrationNumber: 'SN-DKR-2024-B-777' },
        },
      );
      expect(patched.statusCode).toBe(200);

      const res = await browser.get('/admin/organisations?pageSize=100');
      expect(res.status).toBe(200);
      const firstAt = res.body.indexOf(`/admin/organisations/${first.organisationId}`);
      const secondAt = res.body.indexOf(`/admin/organisations/${second.organisationId}`);
      expect(firstAt).toBeGreaterThan(0);
      expect(secondAt).toBeGreaterThan(firstAt);
      expect(res.body).toContain('SN-DKR-2024-B-777');
      expect(res.body).toContain(ESCAPED);
      expect(res.body).not.toContain(SCRIPT);

      const file = await browser.get(`/admin/organisations/${second.organisationId}`);
      expect(file.status).toBe(200);
      expect(file.body).toContain(`<h1 dir="auto">${ESCAPED}</h1>`);
      expect(file.body).not.toContain(SCRIPT);
    });

    it('verifies an organisation through the page, then shows the second decision as a conflict', async () => {
      const { organisationId } = await newOrganisationOwner(t, 'Bêta Accélérateur');
      const res = await browser.submit(
        `/admin/organisations/${organisationId}`,
        {},
        `/admin/organisations/${organisationId}/verifier`,
      );
      expect(res.status).toBe(303);
      expect(res.location).toBe(`/admin/organisations/${organisationId}`);
      const api1 = await api('GET', `/api/v1/admin/organisations/${organisationId}`, admin);
      expect(api1.json().organisation.verification.status).toBe('verified');

      const after = await browser.get(`/admin/organisations/${organisationId}`);
      expect(visibleText(after.body)).toContain(
        'Organisation vérifiée. Ses membres sont prévenus par e-mail.',
      );
      expect(visibleText(after.body)).toContain('À vérifier → Vérifiée');
      expect(visibleText(after.body)).toContain('Test admin');

      // A second admin who loaded the page before the decision.
      const other = await newAdmin(t);
      const second = await new BrowserSession(t).signIn(other.email, GOOD_PASSWORD);
      const conflict = await second.post(`/admin/organisations/${organisationId}/rejeter`, {
        _csrf: await csrfOf(second, `/admin/organisations/${organisationId}`),
        reason: 'Numéro introuvable',
      });
      expect(conflict.status).toBe(409);
      // This admin reads English (the account's preference).
      expect(visibleText(conflict.body)).toContain(
        'Another team member already decided: current status “Verified”. Your decision was not recorded.',
      );
      const again = await second.post(`/admin/organisations/${organisationId}/verifier`);
      expect(again.status).toBe(409);
    });

    it('needs a reason to reject, shown next to the field, then records it', async () => {
      const { organisationId } = await newOrganisationOwner(t, 'Gamma Microfinance');
      const empty = await browser.submit(
        `/admin/organisations/${organisationId}`,
        { reason: '  ' },
        `/admin/organisations/${organisationId}/rejeter`,
      );
      expect(empty.status).toBe(400);
      expect(fieldError(empty.body, 'f-reason')).toBe(
        'Donnez un motif : les membres de l’organisation le liront.',
      );
      expect(empty.body).toContain('href="#f-reason"');
      expect(empty.body).toContain('aria-invalid="true"');

      const rejected = await browser.submit(
        `/admin/organisations/${organisationId}`,
        { reason: 'Le numéro RCCM ne correspond à aucune entreprise.' },
        `/admin/organisations/${organisationId}/rejeter`,
      );
      expect(rejected.status).toBe(303);
      const view = await api('GET', `/api/v1/admin/organisations/${organisationId}`, admin);
      expect(view.json().organisation.verification.status).toBe('rejected');
      const page = await browser.get(`/admin/organisations/${organisationId}`);
      expect(visibleText(page.body)).toContain('Le numéro RCCM ne correspond à aucune entreprise.');
      expect(page.body).not.toContain('/verifier"');

      const rejectedList = await browser.get(
        '/admin/organisations?verification=rejected&pageSize=100',
      );
      expect(rejectedList.body).toContain(`/admin/organisations/${organisationId}`);
      const bad = await browser.get('/admin/organisations?verification=nope');
      expect(bad.status).toBe(400);
    });

    it('names a status it does not know “unknown” when a decision comes second', async () => {
      const { organisationId } = await newOrganisationOwner(t, 'Delta Statut');
      const verify = jest
        .spyOn(t.app.get(VerificationService), 'verify')
        .mockRejectedValue(
          new ConflictError('ORGANISATION.VERIFICATION_CONFLICT', 'Someone else decided.', {}),
        );
      try {
        const res = await browser.submit(
          `/admin/organisations/${organisationId}`,
          {},
          `/admin/organisations/${organisationId}/verifier`,
        );
        expect(res.status).toBe(409);
        expect(visibleText(res.body)).toContain(
          'Un autre membre de l’équipe a déjà décidé : statut actuel « inconnu ».',
        );
        expect(res.body).not.toContain('admin.verification.');
      } finally {
        verify.mockRestore();
      }
    });

    it('answers an unknown organisation and a malformed id with the 404 page', async () => {
      const res = await browser.get('/admin/organisations/00000000-0000-4000-8000-000000000000');
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain('text/html');
      // Not the API's 400 "id must be a UUID": the page-not-found page, in French.
      const malformed = await browser.get('/admin/organisations/pas-un-id');
      expect(malformed.status).toBe(404);
      expect(visibleText(malformed.body)).toContain('Page introuvable');
      expect(malformed.body).not.toContain('must be a UUID');
      await browser.get('/admin/utilisateurs');
      expect((await browser.post('/admin/utilisateurs/pas-un-id/desactiver')).status).toBe(404);
      await browser.get('/admin/organisations');
      expect((await browser.post('/admin/organisations/pas-un-id/verifier')).status).toBe(404);
    });
  });

  describe('accounts', () => {
    it('finds an account by e-mail, disables it (its token stops working) and enables it again', async () => {
      const person = await newAccount(t);
      expect((await api('GET', '/api/v1/me', person)).statusCode).toBe(200);
      const list = await browser.get(
        `/admin/utilisateurs?email=${encodeURIComponent(person.email)}`,
      );
      expect(list.status).toBe(200);
      expect(visibleText(list.body)).toContain(person.email);
      expect(list.body).toContain(`/admin/utilisateurs/${person.id}/desactiver`);
      expect(list.body).toContain('data-confirm="Désactiver le compte');

      const back = `/admin/utilisateurs?email=${encodeURIComponent(person.email)}`;
      const disabled = await browser.post(`/admin/utilisateurs/${person.id}/desactiver`, { back });
      expect(disabled.status).toBe(303);
      expect(disabled.location).toBe(back);
      expect((await api('GET', '/api/v1/me', person)).statusCode).toBe(401);
      const shown = await browser.get(back);
      expect(visibleText(shown.body)).toContain('Compte désactivé : ses sessions sont fermées.');
      expect(visibleText(shown.body)).toContain('Désactivé');

      const enabled = await browser.post(`/admin/utilisateurs/${person.id}/activer`, {
        back: 'https://evil.example/',
      });
      expect(enabled.status).toBe(303);
      expect(enabled.location).toBe('/admin/utilisateurs');
      const signIn = await api('POST', '/api/v1/auth/sign-in', undefined, {
        email: person.email,
        password: person.password,
      });
      expect(signIn.statusCode).toBe(200);
    });

    it('promotes an account to admin behind a confirmation, and refuses to disable oneself', async () => {
      const person = await newAccount(t);
      const list = await browser.get(
        `/admin/utilisateurs?email=${encodeURIComponent(person.email)}&kind=entrepreneur&status=active`,
      );
      expect(list.body).toMatch(
        /action="\/admin\/utilisateurs\/[^"]+\/promouvoir"[\s\S]*?data-confirm="Faire de/,
      );
      const promoted = await browser.post(`/admin/utilisateurs/${person.id}/promouvoir`);
      expect(promoted.status).toBe(303);
      const view = await api('GET', `/api/v1/admin/users/${person.id}`, admin);
      expect(view.json().kind).toBe('admin');

      const self = await browser.post(`/admin/utilisateurs/${admin.id}/desactiver`);
      expect(self.status).toBe(409);
      expect(visibleText(self.body)).toContain(
        'Vous ne pouvez pas désactiver votre propre compte.',
      );

      const bad = await browser.get('/admin/utilisateurs?kind=robot');
      expect(bad.status).toBe(400);
      expect(fieldError(bad.body, 'f-kind')).toBe('Choisissez une valeur de la liste.');
    });

    it('escapes display names', async () => {
      const email = `xss.${Date.now()}@example.test`;
      const signUp = await api('POST', '/api/v1/auth/sign-up', undefined, {
        email,
        password: GOOD_PASSWORD,
        displayName: SCRIPT,
        preferredLanguage: 'fr',
        accountType: 'entrepreneur',
      });
      expect(signUp.statusCode).toBe(202);
      const list = await browser.get(`/admin/utilisateurs?email=${encodeURIComponent(email)}`);
      expect(list.body).toContain(ESCAPED);
      expect(list.body).not.toContain(SCRIPT);
    });
  });

  describe('taxonomy', () => {
    it('creates a term, shows the errors of a bad one next to its fields, and refuses a taken code', async () => {
      const created = await browser.submit('/admin/taxonomie', {
        vocabulary: 'sector',
        code: 'apiculture_durable',
        'labels.fr': 'Apiculture durable',
        'labels.en': 'Sustainable beekeeping',
        'labels.pt': 'Apicultura sustentável',
        'labels.ar': '',
        position: '',
      });
      expect(created.status).toBe(303);
      expect(created.location).toBe('/admin/taxonomie#sector');
      const terms = await api('GET', '/api/v1/taxonomy?vocabulary=sector');
      const term = terms.json().find((x: { code: string }) => x.code === 'apiculture_durable');
      expect(term.labels).toEqual({
        fr: 'Apiculture durable',
        en: 'Sustainable beekeeping',
        pt: 'Apicultura sustentável',
      });
      const page = await browser.get('/admin/taxonomie');
      expect(visibleText(page.body)).toContain('Terme ajouté.');
      expect(page.body).toContain('id="term-sector-apiculture_durable"');

      const bad = await browser.submit('/admin/taxonomie', {
        vocabulary: 'sector',
        code: 'Pas Bon',
        'labels.fr': '',
        'labels.en': 'Fine',
      });
      expect(bad.status).toBe(400);
      expect(fieldError(bad.body, 'f-code')).toContain('Le code s’écrit en minuscules');
      expect(fieldError(bad.body, 'f-labels-fr')).toBe(
        'Donnez le libellé en français (200 caractères au plus).',
      );
      expect(bad.body).toContain('value="Pas Bon"');

      const taken = await browser.submit('/admin/taxonomie', {
        vocabulary: 'sector',
        code: 'apiculture_durable',
        'labels.fr': 'Encore',
        'labels.en': 'Again',
      });
      expect(taken.status).toBe(409);
      expect(fieldError(taken.body, 'f-code')).toBe(
        'Ce code est déjà pris dans ce vocabulaire : choisissez-en un autre ou renommez ce terme.',
      );
    });

    it('renames a term, retires it and restores it', async () => {
      await browser.submit('/admin/taxonomie', {
        vocabulary: 'category',
        code: 'diaspora_bonds',
        parentCode: 'financing',
        'labels.fr': 'Obligations diaspora',
        'labels.en': 'Diaspora bonds',
      });
      const edit = await browser.get('/admin/taxonomie/category/diaspora_bonds');
      expect(edit.status).toBe(200);
      expect(edit.body).toContain('value="Obligations diaspora"');

      const empty = await browser.post('/admin/taxonomie/category/diaspora_bonds', {
        'labels.fr': 'Obligations de la diaspora',
        'labels.en': '',
      });
      expect(empty.status).toBe(400);
      expect(fieldError(empty.body, 'f-labels-en')).toBe(
        'Donnez le libellé en anglais (200 caractères au plus).',
      );

      const renamed = await browser.submit('/admin/taxonomie/category/diaspora_bonds', {
        'labels.fr': 'Obligations de la diaspora',
        'labels.en': 'Diaspora bonds',
        'labels.ar': 'سندات المغتربين',
        position: '50',
      });
      expect(renamed.status).toBe(303);
      const admins = await api('GET', '/api/v1/admin/taxonomy?vocabulary=category', admin);
      const term = admins.json().find((x: { code: string }) => x.code === 'diaspora_bonds');
      expect(term.labels).toEqual({
        fr: 'Obligations de la diaspora',
        en: 'Diaspora bonds',
        ar: 'سندات المغتربين',
      });
      expect(term.parentCode).toBe('financing');
      expect(term.position).toBe(50);

      const retired = await browser.submit(
        '/admin/taxonomie',
        {},
        '/admin/taxonomie/category/diaspora_bonds/retirer',
      );
      expect(retired.status).toBe(303);
      const publicList = await api('GET', '/api/v1/taxonomy?vocabulary=category');
      expect(publicList.json().map((x: { code: string }) => x.code)).not.toContain(
        'diaspora_bonds',
      );
      const listed = await browser.get('/admin/taxonomie');
      expect(listed.body).toContain('/admin/taxonomie/category/diaspora_bonds/retablir');

      const restored = await browser.post('/admin/taxonomie/category/diaspora_bonds/retablir');
      expect(restored.status).toBe(303);
      const again = await api('GET', '/api/v1/taxonomy?vocabulary=category');
      expect(again.json().map((x: { code: string }) => x.code)).toContain('diaspora_bonds');

      expect((await browser.get('/admin/taxonomie/category/nope_nope')).status).toBe(404);
      expect((await browser.get('/admin/taxonomie/planets/grant')).status).toBe(404);
    });
  });

  describe('journal and dashboard', () => {
    let organisationId: string;
    let owner: TestAccount;
    let offerId: string;

    beforeAll(async () => {
      ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Delta Finance'));
      const created = await api(
        'POST',
        `/api/v1/organisations/${organisationId}/offers`,
        owner,
        offerContent(),
      );
      expect(created.statusCode).toBe(201);
      offerId = created.json().id;
      await api('POST', `/api/v1/organisations/${organisationId}/offers/${offerId}/submit`, owner);
      const decided = await api('POST', `/api/v1/admin/offers/${offerId}/decision`, admin, {
        decision: 'request_changes',
        reason: 'Précisez le montant.',
      });
      expect(decided.statusCode).toBe(200);
    });

    it('filters the audit log by offer, organisation and action', async () => {
      const byOffer = await browser.get(`/admin/journal?offerId=${offerId}`);
      expect(byOffer.status).toBe(200);
      const text = visibleText(byOffer.body);
      expect(text).toContain('Offre créée');
      expect(text).toContain('Offre soumise');
      expect(text).toContain('Modifications demandées');
      expect(text).toContain('Précisez le montant.');
      expect(text).toContain('3 résultats');
      expect(byOffer.body).toContain('Delta Finance');

      const byAction = await browser.get(
        `/admin/journal?organisationId=${organisationId}&action=offer.changes_requested`,
      );
      expect(visibleText(byAction.body)).toContain('1 résultat');

      // A hand-edited page number falls back to the first page.
      expect((await browser.get('/admin/journal?page=abc&pageSize=1000')).status).toBe(200);
      const bad = await browser.get('/admin/journal?offerId=abc');
      expect(bad.status).toBe(400);
      expect(fieldError(bad.body, 'f-offerId')).toBe(
        'Saisissez un identifiant complet (36 caractères).',
      );
    });

    it('shows counts by state, the queues and a search that found nothing', async () => {
      const search = await api('GET', '/api/v1/search?q=apiculture%20lunaire%20Zanzibar');
      expect(search.statusCode).toBe(200);
      expect(search.json().total).toBe(0);
      const res = await browser.get('/admin');
      expect(res.status).toBe(200);
      expect(res.body).toMatch(
        /data-state="changes_requested"><th scope="row">Modifications demandées<\/th><td class="num">1<\/td>/,
      );
      const text = visibleText(res.body);
      expect(text).toContain('Recherches sans résultat les plus fréquentes');
      expect(text).toContain('apiculture lunaire zanzibar');
      expect(res.body).toContain('href="/recherche?q=apiculture%20lunaire%20zanzibar"');
      expect(text).toContain('à vérifier');
      expect(text).toContain('Délais de décision');
      expect(res.body).toContain('href="/admin/organisations"');

      const en = await browser.get('/admin?lang=en&days=7&decisionDays=365');
      expect(visibleText(en.body)).toContain('Most frequent searches without results');
      await browser.get('/admin?lang=fr');
      const bad = await browser.get('/admin?days=1000');
      expect(bad.status).toBe(400);
    });
  });
});

/** A fresh CSRF token from `page` for `session`. */
async function csrfOf(session: BrowserSession, page: string): Promise<string> {
  const res = await session.get(page);
  return /name="_csrf" value="([^"]+)"/.exec(res.body)![1];
}
