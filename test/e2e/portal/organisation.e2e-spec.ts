import { DataSource } from 'typeorm';
import { BrowserSession, visibleText, type PageResponse } from '../../support/browser-session';
import {
  newAccount,
  newAdmin,
  newOrganisationOwner,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../../support/factories';
import { tokenFrom } from '../../support/mailbox';
import { createTestApp, type TestApp } from '../../support/test-app';

/** The text of the error shown next to a field (`<p class="error-message" id="f-…-error">`). */
function fieldError(html: string, field: string): string {
  const id = `f-${field.replace(/[^A-Za-z0-9_-]/g, '-')}-error`;
  const match = new RegExp(`<p class="error-message" id="${id}">([\\s\\S]*?)</p>`).exec(html);
  return match ? visibleText(match[1]) : '';
}

const ORGANISATION_FORM = {
  name: 'Teranga Invest',
  kind: 'incubator',
  'legalIdentifier.country': 'SN',
  'legalIdentifier.registrationNumber': 'SN-DKR-2019-B-12345',
  countriesOfOperation: ['SN', 'FR'],
  'description.fr': 'Incubateur de la diaspora sénégalaise à Dakar.',
  'description.ar': 'حاضنة أعمال للمغتربين السنغاليين في داكار.',
  website: 'https://teranga.example',
  contactEmail: 'contact@teranga.example',
  contactPhone: '+221 33 800 00 00',
};

describe('portal: organisation space, profile and members', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    admin = await newAdmin(t);
  });
  afterAll(() => t.close());

  /** Signed in; the page language is switched like the layout's links do (`?lang=`). */
  const browserFor = async (account: TestAccount, language = 'fr') => {
    const browser = await new BrowserSession(t, language).signIn(account.email, account.password);
    if (language !== 'fr') await browser.get(`/?lang=${language}`);
    return browser;
  };
  const api = (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    who: TestAccount,
    payload?: Record<string, unknown>,
  ) => t.app.inject({ method, url, headers: who.auth(), payload });

  describe('access', () => {
    it('shows the dashboard to organisation members in French and English, with noindex', async () => {
      const { owner } = await newOrganisationOwner(t, 'Accès Diaspora');
      const fr = await (await browserFor(owner, 'fr')).get('/espace');
      expect(fr.status).toBe(200);
      expect(fr.headers['content-type']).toContain('text/html');
      expect(fr.body).toContain('<meta name="robots" content="noindex">');
      expect(visibleText(fr.body)).toContain('Tableau de bord');
      expect(visibleText(fr.body)).toContain('Accès Diaspora');
      const en = await (await browserFor(owner, 'en')).get('/espace');
      expect(en.status).toBe(200);
      expect(visibleText(en.body)).toContain('Dashboard');
      expect(visibleText(en.body)).toContain('Verification pending');
    });

    it('refuses other account kinds (403) and sends visitors to sign in (303)', async () => {
      const entrepreneur = await newAccount(t);
      const { organisationId } = await newOrganisationOwner(t);
      const pages = [
        '/espace',
        '/espace/organisations/nouvelle',
        `/espace/organisations/${organisationId}`,
        `/espace/organisations/${organisationId}/membres`,
        `/espace/organisations/${organisationId}/demandes`,
        '/espace/offres',
        '/espace/offres/nouvelle',
      ];
      const asEntrepreneur = await browserFor(entrepreneur);
      const asAdmin = await browserFor(admin);
      const visitor = new BrowserSession(t);
      for (const page of pages) {
        const e = await asEntrepreneur.get(page);
        expect([page, e.status]).toEqual([page, 403]);
        expect(e.headers['content-type']).toContain('text/html');
        expect((await asAdmin.get(page)).status).toBe(403);
        const v = await visitor.get(page);
        expect(v.status).toBe(303);
        expect(v.location).toBe(`/connexion?next=${encodeURIComponent(page)}`);
      }
    });

    it('invites a member without an organisation to create one', async () => {
      const lonely = await newAccount(t, { kind: 'organisation' });
      const page = await (await browserFor(lonely)).get('/espace');
      expect(page.status).toBe(200);
      expect(visibleText(page.body)).toContain('Vous n’appartenez encore à aucune organisation');
      expect(page.body).toContain('href="/espace/organisations/nouvelle"');
    });
  });

  describe('creating and editing the organisation', () => {
    let owner: TestAccount;
    let browser: BrowserSession;
    let organisationId: string;

    beforeAll(async () => {
      owner = await newAccount(t, { kind: 'organisation' });
      browser = await browserFor(owner);
    });

    it('shows the API rules next to the fields and keeps what was entered', async () => {
      const res = await browser.submit('/espace/organisations/nouvelle', {
        ...ORGANISATION_FORM,
        name: 'T',
        website: 'http://teranga.example',
        contactPhone: '33 800',
      });
      expect(res.status).toBe(400);
      expect(fieldError(res.body, 'name')).toBe('Le nom doit compter de 2 à 200 caractères.');
      expect(fieldError(res.body, 'website')).toBe(
        'Saisissez une adresse commençant par https://.',
      );
      expect(fieldError(res.body, 'contactPhone')).toContain('+ puis 6 à 15 chiffres');
      expect(res.body).toContain('id="error-summary"');
      expect(res.body).toContain('href="#f-name"');
      // What was entered stays in the form.
      expect(res.body).toContain('value="http://teranga.example"');
      expect(res.body).toContain('حاضنة أعمال للمغتربين السنغاليين في داكار.');
      expect(res.body).toMatch(/<option value="SN" selected>/);
      const mine = await api('GET', '/api/v1/organisations/mine', owner);
      expect(mine.json()).toEqual([]);
    });

    it('creates the organisation through the page, owned by the member', async () => {
      const res = await browser.submit('/espace/organisations/nouvelle', ORGANISATION_FORM);
      expect(res.status).toBe(303);
      expect(res.location).toMatch(/^\/espace\?organisation=[0-9a-f-]{36}$/);
      organisationId = res.location!.split('=')[1];
      const profile = (await api('GET', `/api/v1/organisations/${organisationId}`, owner)).json();
      expect(profile).toMatchObject({
        name: 'Teranga Invest',
        kind: 'incubator',
        legalIdentifier: { country: 'SN', registrationNumber: 'SN-DKR-2019-B-12345' },
        countriesOfOperation: ['SN', 'FR'],
        description: {
          fr: 'Incubateur de la diaspora sénégalaise à Dakar.',
          ar: 'حاضنة أعمال للمغتربين السنغاليين في داكار.',
        },
        website: 'https://teranga.example',
        contactEmail: 'contact@teranga.example',
        contactPhone: '+221338000000',
        myRole: 'owner',
        verification: { status: 'pending' },
      });
      const dashboard = await browser.get(res.location!);
      expect(visibleText(dashboard.body)).toContain('Organisation créée.');
      expect(visibleText(dashboard.body)).toContain('Vérification en attente');
    });

    it('edits the profile, with the Arabic description right-to-left', async () => {
      const page = await browser.get(`/espace/organisations/${organisationId}`);
      expect(page.status).toBe(200);
      expect(page.body).toMatch(/<textarea id="f-description-ar"[^>]* dir="rtl"[^>]* lang="ar">/);
      expect(page.body).toContain('value="SN-DKR-2019-B-12345"');
      const res = await browser.post(`/espace/organisations/${organisationId}`, {
        ...ORGANISATION_FORM,
        name: 'Teranga Invest Dakar',
        'description.en': 'Diaspora incubator in Dakar.',
        contactPhone: '',
      });
      expect(res.status).toBe(303);
      expect(res.location).toBe(`/espace/organisations/${organisationId}`);
      const profile = (await api('GET', `/api/v1/organisations/${organisationId}`, owner)).json();
      expect(profile.name).toBe('Teranga Invest Dakar');
      expect(profile.description.en).toBe('Diaspora incubator in Dakar.');
      expect(profile.contactPhone).toBeNull();
      expect(visibleText((await browser.get(res.location!)).body)).toContain('Profil enregistré.');
      const en = await (await browserFor(owner, 'en')).get(res.location!);
      expect(en.status).toBe(200);
      expect(visibleText(en.body)).toContain('Organisation profile');
      expect(visibleText(en.body)).toContain('Registration number');
    });

    it('answers 400 with the message next to the field when an edit breaks a rule', async () => {
      await browser.get(`/espace/organisations/${organisationId}`);
      const res = await browser.post(`/espace/organisations/${organisationId}`, {
        ...ORGANISATION_FORM,
        contactEmail: 'pas-une-adresse',
      });
      expect(res.status).toBe(400);
      expect(fieldError(res.body, 'contactEmail')).toBe(
        'Saisissez une adresse e-mail valide (nom@exemple.org).',
      );
      expect(res.body).toContain('value="pas-une-adresse"');
    });

    it('sends a verified organisation back to pending when its legal identifier changes, and says so', async () => {
      await api('POST', `/api/v1/admin/organisations/${organisationId}/verify`, admin);
      const page = await browser.get(`/espace/organisations/${organisationId}`);
      expect(visibleText(page.body)).toContain(
        'changer l’identifiant légal renvoie l’organisation en attente de vérification',
      );
      const res = await browser.post(`/espace/organisations/${organisationId}`, {
        ...ORGANISATION_FORM,
        'legalIdentifier.registrationNumber': 'SN-DKR-2020-B-99999',
      });
      expect(res.status).toBe(303);
      const profile = (await api('GET', `/api/v1/organisations/${organisationId}`, owner)).json();
      expect(profile.verification.status).toBe('pending');
      expect(visibleText((await browser.get(res.location!)).body)).toContain(
        'l’organisation est de nouveau en attente de vérification',
      );
    });

    it('shows a rejection with its reason and lets the members ask again', async () => {
      const rejected = await api(
        'POST',
        `/api/v1/admin/organisations/${organisationId}/reject`,
        admin,
        { reason: 'Le numéro ne correspond pas au registre RCCM.' },
      );
      expect(rejected.statusCode).toBe(200);
      const dashboard = await browser.get(`/espace?organisation=${organisationId}`);
      const text = visibleText(dashboard.body);
      expect(text).toContain('Vérification refusée');
      expect(text).toContain('Le numéro ne correspond pas au registre RCCM.');
      expect(text).toContain('Demander à nouveau la vérification');
      const res = await browser.post(`/espace/organisations/${organisationId}/verification`);
      expect(res.status).toBe(303);
      const profile = (await api('GET', `/api/v1/organisations/${organisationId}`, owner)).json();
      expect(profile.verification.status).toBe('pending');
      expect(visibleText((await browser.get(res.location!)).body)).not.toContain(
        'Demander à nouveau la vérification',
      );
    });

    it('refuses a form posted without a CSRF token (403)', async () => {
      await browser.get(`/espace/organisations/${organisationId}`);
      const res = await browser.post(`/espace/organisations/${organisationId}`, {
        ...ORGANISATION_FORM,
        _csrf: '',
      });
      expect(res.status).toBe(403);
      expect(visibleText(res.body)).toContain('Le formulaire a expiré');
    });

    it('escapes what the organisation typed', async () => {
      const res = await browser.submit('/espace/organisations/nouvelle', {
        name: '<script>alert(1)</script>',
        kind: 'other',
      });
      expect(res.status).toBe(303);
      const page = await browser.get(res.location!);
      expect(page.body).not.toContain('<script>alert(1)</script>');
      expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    it('switches between the member’s organisations and keeps the current one in the URL', async () => {
      const list = (await api('GET', '/api/v1/organisations/mine', owner)).json() as Array<{
        id: string;
        name: string;
      }>;
      expect(list.length).toBe(2);
      const other = list.find((o) => o.id !== organisationId)!;
      const page = await browser.get(`/espace?organisation=${other.id}`);
      expect(page.status).toBe(200);
      expect(page.body).toContain(`<option value="${other.id}" selected dir="auto">`);
      expect(page.body).toContain(`href="/espace/offres?organisation=${other.id}"`);
    });
  });

  describe('ownership', () => {
    it('answers 404 for another organisation’s pages and for a malformed id', async () => {
      const { organisationId: theirs } = await newOrganisationOwner(t, 'Leur organisation');
      const { owner: me, organisationId: mine } = await newOrganisationOwner(t, 'Mon organisation');
      const browser = await browserFor(me);
      for (const page of [
        `/espace?organisation=${theirs}`,
        `/espace/organisations/${theirs}`,
        `/espace/organisations/${theirs}/membres`,
        `/espace/organisations/${theirs}/demandes`,
        `/espace/offres?organisation=${theirs}`,
        `/espace/offres/nouvelle?organisation=${theirs}`,
      ]) {
        const res = await browser.get(page);
        expect([page, res.status]).toEqual([page, 404]);
        expect(visibleText(res.body)).toContain('Page introuvable');
        expect(visibleText(res.body)).not.toContain('Leur organisation');
      }
      await browser.get('/espace');
      const edit = await browser.post(`/espace/organisations/${theirs}`, ORGANISATION_FORM);
      expect(edit.status).toBe(404);
      const profile = (await api('GET', `/api/v1/organisations/${theirs}`, admin)).statusCode;
      expect(profile).toBe(404);
      // A malformed id is the same 404 page (not the API's 400 "must be a UUID").
      for (const page of [
        '/espace/organisations/pas-un-id',
        '/espace/organisations/pas-un-id/membres',
        `/espace/organisations/${mine}/demandes/pas-un-id`,
      ]) {
        const res = await browser.get(page);
        expect([page, res.status]).toEqual([page, 404]);
        expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(visibleText(res.body)).toContain('Page introuvable');
      }
      await browser.get(`/espace/organisations/${mine}/membres`);
      const removal = await browser.post(`/espace/organisations/${mine}/membres/pas-un-id/retirer`);
      expect(removal.status).toBe(404);
      expect(visibleText(removal.body)).not.toContain('must be a UUID');
    });
  });

  describe('members and invitations', () => {
    let owner: TestAccount;
    let organisationId: string;
    let browser: BrowserSession;

    beforeAll(async () => {
      ({ owner, organisationId } = await newOrganisationOwner(t, 'Réseau Membres'));
      browser = await browserFor(owner);
    });

    const members = () => `/espace/organisations/${organisationId}/membres`;

    it('lists the members with their roles', async () => {
      const page = await browser.get(members());
      expect(page.status).toBe(200);
      const text = visibleText(page.body);
      expect(text).toContain(owner.email);
      expect(text).toContain('Propriétaire');
      expect(text).toContain('Inviter une personne');
      const en = await (await browserFor(owner, 'en')).get(members());
      expect(visibleText(en.body)).toContain('Pending invitations');
    });

    it('refuses an invalid invitation with the message next to the field', async () => {
      await browser.get(members());
      const res = await browser.post(`${members()}/invitations`, {
        email: 'pas-une-adresse',
        role: 'editor',
      });
      expect(res.status).toBe(400);
      expect(fieldError(res.body, 'email')).toBe(
        'Saisissez une adresse e-mail valide (nom@exemple.org).',
      );
      expect(res.body).toContain('value="pas-une-adresse"');
    });

    it('invites a member by e-mail, lists the invitation and lets the owner revoke it', async () => {
      const invited = 'binta.invitee@example.test';
      const res = await browser.submit(
        members(),
        { email: invited, role: 'editor' },
        `${members()}/invitations`,
      );
      expect(res.status).toBe(303);
      expect(res.location).toBe(members());
      const mail = await t.mailbox.waitFor(invited);
      expect(mail.text).toContain('Réseau Membres');
      const page = await browser.get(members());
      expect(visibleText(page.body)).toContain('Invitation envoyée.');
      expect(visibleText(page.body)).toContain(invited);
      const pending = (
        await api('GET', `/api/v1/organisations/${organisationId}/invitations`, owner)
      ).json() as Array<{ id: string; email: string }>;
      expect(pending.map((i) => i.email)).toEqual([invited]);
      const revoke = await browser.post(`${members()}/invitations/${pending[0].id}/revoquer`);
      expect(revoke.status).toBe(303);
      const after = await api('GET', `/api/v1/organisations/${organisationId}/invitations`, owner);
      expect(after.json()).toEqual([]);
    });

    it('keeps the last owner: the service’s 409 sentence is shown', async () => {
      await browser.get(members());
      const res = await browser.post(`${members()}/${owner.id}/role`, { role: 'editor' });
      expect(res.status).toBe(409);
      expect(visibleText(res.body)).toContain(
        'Une organisation doit garder au moins un propriétaire',
      );
      const en = await browserFor(owner, 'en');
      await en.get(members());
      const leave = await en.post(`${members()}/${owner.id}/retirer`);
      expect(leave.status).toBe(409);
      expect(visibleText(leave.body)).toContain(
        'An organisation needs at least one owner: make another member owner first.',
      );
    });

    it('lets an owner change a role and remove a member; an editor manages nobody', async () => {
      const colleague = await newAccount(t, { kind: 'organisation' });
      await browser.submit(
        members(),
        { email: colleague.email, role: 'editor' },
        `${members()}/invitations`,
      );
      const mail = await t.mailbox.waitFor(colleague.email, { subject: /invit/i });
      const accepted = await api('POST', '/api/v1/invitations/accept', colleague, {
        token: tokenFrom(mail),
      });
      expect(accepted.statusCode).toBe(200);

      const asEditor = await browserFor(colleague);
      const editorPage = await asEditor.get(members());
      expect(editorPage.status).toBe(200);
      expect(visibleText(editorPage.body)).toContain(
        'Seuls les propriétaires gèrent les membres et les invitations.',
      );
      expect(editorPage.body).not.toContain(`${members()}/invitations"`);
      const forbidden = await asEditor.post(`${members()}/invitations`, {
        email: 'someone@example.test',
        role: 'owner',
      });
      expect(forbidden.status).toBe(403);

      await browser.get(members());
      const promote = await browser.post(`${members()}/${colleague.id}/role`, { role: 'owner' });
      expect(promote.status).toBe(303);
      let list = (
        await api('GET', `/api/v1/organisations/${organisationId}/members`, owner)
      ).json();
      expect(list.find((m: { userId: string }) => m.userId === colleague.id).role).toBe('owner');

      await browser.get(members());
      const remove = await browser.post(`${members()}/${colleague.id}/retirer`);
      expect(remove.status).toBe(303);
      list = (await api('GET', `/api/v1/organisations/${organisationId}/members`, owner)).json();
      expect(list.map((m: { userId: string }) => m.userId)).toEqual([owner.id]);
      expect((await asEditor.get(members())).status).toBe(404);
    });
  });

  describe('dashboard figures', () => {
    it('counts offers by state, lists offers to re-confirm and the new contact requests', async () => {
      const { owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Tableau Diaspora');
      const created = await api(
        'POST',
        `/api/v1/organisations/${organisationId}/offers`,
        owner,
        offerContent(),
      );
      const offerId = created.json().id as string;
      await api('POST', `/api/v1/organisations/${organisationId}/offers/${offerId}/submit`, owner);
      await api('POST', `/api/v1/admin/offers/${offerId}/decision`, admin, { decision: 'publish' });
      await api('POST', `/api/v1/organisations/${organisationId}/offers`, owner, offerContent());
      // Last verified seven months ago: past the freshness reminders' threshold.
      await db.query(
        `UPDATE offers SET last_verified_at = now() - interval '7 months' WHERE id = $1`,
        [offerId],
      );
      const entrepreneur = await newAccount(t);
      const sent = await api('POST', `/api/v1/offers/${offerId}/contact-requests`, entrepreneur, {
        subject: 'Question sur la bourse',
        message: 'Bonjour, pouvons-nous en parler cette semaine ?',
      });
      expect(sent.statusCode).toBe(201);

      const page: PageResponse = await (await browserFor(owner)).get('/espace');
      expect(page.status).toBe(200);
      const text = visibleText(page.body);
      expect(page.body).toContain(
        `href="/espace/offres?organisation=${organisationId}&amp;state=published"`,
      );
      expect(text).toMatch(/Publiée 1/);
      expect(text).toMatch(/Brouillon 1/);
      expect(text).toContain('1 offre(s) publiée(s) non vérifiée(s) depuis plus de 6 mois');
      expect(page.body).toContain(`href="/espace/offres/${offerId}"`);
      expect(text).toContain('Nouvelles demandes : 1');
      expect(text).toContain('Question sur la bourse');
      expect(text).toContain('Organisation vérifiée');
    });
  });
});
