import type { INestApplicationContext } from '@nestjs/common';
import { createLogger } from '@app/core';
import { DeadlineRemindersService } from '@app/entrepreneur-profile';
import { createWorkerApp } from '../../../apps/worker/src/create-worker-app';
import { BrowserSession, type PageResponse } from '../../support/browser-session';
import { eventually, searchIndexHolds } from '../../support/eventually';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerTitled,
  publishOffer,
  uniqueEmail,
  type TestAccount,
} from '../../support/factories';
import { CHECKED_LANGUAGES, pageLanguageCheck, withLang } from '../../support/page-language';
import { createTestApp, type TestApp } from '../../support/test-app';

/**
 * Issue 14, the other half of organisation-languages: every page a visitor or an entrepreneur
 * can reach (public pages, account pages, the entrepreneur space, the pages e-mailed links
 * open), read in Portuguese or Arabic, shows no word of another language outside what people
 * typed. Checked against the catalogues themselves (test/support/page-language.ts), so a
 * sentence added later in French only fails here.
 *
 * User content is French on purpose (titles, names, messages): it must be marked as such.
 */

type Json = Record<string, unknown>;

const DAY = 86_400_000;
/** The saved offer's deadline, 60 days ahead: its reminders are sent 14 and 3 days before. */
const DEADLINE = new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10);
const daysBefore = (deadline: string, days: number) =>
  new Date(Date.parse(`${deadline}T07:00:00Z`) - days * DAY);

const PROFILE = {
  residenceCountry: 'FR',
  originCountries: ['SN'],
  targetCountries: ['SN'],
  sectorCodes: ['agriculture_agrifood'],
  stageCode: 'creation',
  languages: ['fr', 'wo'],
  businessName: 'Thiès Mangues',
  businessDescription: 'Séchage et transformation de mangues.',
};

describe('portal: public pages, account pages and the entrepreneur space in Portuguese and Arabic', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;
  let organisationSlug: string;
  let offer: { id: string; slug: string };
  let closed: { id: string; slug: string };

  const call = async (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    who: TestAccount,
    payload?: Json,
  ) => {
    const res = await t.app.inject({ method, url, headers: who.auth(), payload });
    if (res.statusCode >= 300)
      throw new Error(`${method} ${url}: ${res.statusCode} ${res.payload}`);
    return res.statusCode === 204 ? {} : (res.json() as Json);
  };
  const publish = (title: string, extra: Json = {}) =>
    publishOffer(
      t,
      { owner, admin, organisationId },
      offerTitled(title, { sectorCodes: ['agriculture_agrifood'], ...extra }),
    );

  /** The newest link starting with `start` in the mails sent to `email`. */
  const linkSentTo = async (email: string, start: string): Promise<string> => {
    let link: string | undefined;
    await eventually(async () => {
      const mails = await t.mailbox.to(email);
      link = mails.flatMap((m) => m.links).findLast((l) => l.includes(start));
      expect(link).toBeDefined();
    });
    return link!;
  };

  beforeAll(async () => {
    t = await createTestApp();
    worker = await createWorkerApp({
      config: t.config,
      databaseUrl: t.database.url,
      logger: createLogger({ level: 'silent', name: 'worker' }),
    });
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Réseau Kora Diaspora'));
    organisationSlug = (
      (await call('GET', `/api/v1/organisations/${organisationId}`, owner)) as {
        slug: string;
      }
    ).slug;
    offer = await publish('Bourse d’amorçage Téranga pour les créatrices', {
      dates: { opensOn: '2026-01-01', deadline: DEADLINE, rolling: false },
      eligibility: {
        residenceCountries: ['FR'],
        targetCountries: ['SN'],
        diasporaOnly: false,
        genderFocus: 'any',
      },
    });
    closed = await publish('Prêt d’honneur Téranga réservé à l’Italie', {
      categoryCode: 'loan',
      eligibility: {
        residenceCountries: ['IT'],
        targetCountries: [],
        diasporaOnly: false,
        genderFocus: 'any',
      },
    });
    await searchIndexHolds(t.app, 2);
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  describe.each(CHECKED_LANGUAGES)('in $lang', ({ lang, dir }) => {
    let visitor: BrowserSession;
    let entrepreneur: TestAccount;
    let browser: BrowserSession;
    let requestId: string;

    /** The page is in `lang` with its direction, and says nothing in another language. */
    const expectInLanguage = pageLanguageCheck(lang, dir);
    const inLang = (url: string) => withLang(url, lang);
    const readAs = async (session: BrowserSession, url: string, status = 200) =>
      expectInLanguage(url, await session.get(inLang(url)), status);
    /** Follows a redirect answered to a form and checks the page it leads to. */
    const landing = async (session: BrowserSession, where: string, answer: PageResponse) => {
      expect([where, answer.status]).toEqual([where, 303]);
      expectInLanguage(`${where} → ${answer.location}`, await session.get(answer.location!));
    };

    beforeAll(async () => {
      visitor = new BrowserSession(t, lang);
      entrepreneur = await newAccount(t, { language: lang });
      await call('PUT', '/api/v1/me/profile', entrepreneur, PROFILE);
      await call('PUT', `/api/v1/me/bookmarks/${offer.id}`, entrepreneur);
      await call('PUT', `/api/v1/me/bookmarks/${closed.id}`, entrepreneur);
      requestId = (
        (await call('POST', `/api/v1/offers/${offer.id}/contact-requests`, entrepreneur, {
          subject: 'Question sur le calendrier',
          message: 'Bonjour, votre programme m’intéresse beaucoup. Pouvons-nous en parler ?',
          sharedFields: ['businessName', 'residenceCountry'],
          shareEmail: true,
        })) as { id: string }
      ).id;
      browser = await new BrowserSession(t, lang).signIn(entrepreneur.email, entrepreneur.password);
    });

    it('the public pages: home, search with and without results, an offer, an organisation, open data, 404', async () => {
      await readAs(visitor, '/');
      await readAs(visitor, '/recherche');
      await readAs(visitor, '/recherche?q=Téranga');
      await readAs(visitor, '/recherche?q=Téranga&categories=loan&sort=deadline');
      await readAs(visitor, '/recherche?q=introuvablexyz');
      await readAs(visitor, `/offres/${offer.slug}`);
      await readAs(visitor, `/organisations/${organisationSlug}`);
      await readAs(visitor, '/donnees-ouvertes');
      await readAs(visitor, '/offres/une-offre-qui-n-existe-pas', 404);
      await readAs(visitor, '/une-page-qui-n-existe-pas', 404);
    });

    it('the account pages, and what they answer to a wrong form', async () => {
      for (const url of [
        '/connexion',
        '/inscription',
        '/inscription/confirmation',
        '/mot-de-passe-oublie',
        '/mot-de-passe-oublie/envoye',
        '/verify-email/confirmee',
      ]) {
        await readAs(visitor, url);
      }
      // Links with a token that does not work: each page explains it.
      for (const url of [
        '/reset-password?token=abc',
        '/verify-email?token=abc',
        '/invitations/accept?token=abc',
        '/alertes/confirmer?token=abc',
        '/alertes/desabonner?token=abc',
        '/rappels/arreter?token=abc',
      ]) {
        const page = await visitor.get(inLang(url));
        expectInLanguage(url, page, page.status);
        expect([url, page.status < 500]).toEqual([url, true]);
      }
      const session = new BrowserSession(t, lang);
      await session.get(inLang('/connexion'));
      const wrong = await session.post('/connexion', {
        email: entrepreneur.email,
        password: 'pas le bon mot de passe',
      });
      expectInLanguage('sign-in, wrong password', wrong, wrong.status);
      expect(wrong.status).toBeGreaterThanOrEqual(400);
      await session.get(inLang('/inscription'));
      const signUp = await session.post('/inscription', {
        email: 'pas-une-adresse',
        password: 'court',
        displayName: '',
        accountType: 'entrepreneur',
      });
      expectInLanguage('sign-up, 400', signUp, 400);
      await session.get(inLang('/mot-de-passe-oublie'));
      expectInLanguage(
        'forgotten password, 400',
        await session.post('/mot-de-passe-oublie', { email: 'nope' }),
        400,
      );
    });

    it('a new entrepreneur without a profile: the set-up, "for you" and search ask for one', async () => {
      const newcomer = await newAccount(t, { language: lang });
      const session = await new BrowserSession(t, lang).signIn(newcomer.email, newcomer.password);
      // The space sends a newcomer to the profile set-up first.
      const space = await session.get(inLang('/mon-espace'));
      await landing(session, '/mon-espace', space);
      await readAs(session, '/recherche?q=Téranga');
      await readAs(session, `/offres/${offer.slug}`);
      await session.get(inLang('/mon-espace/demarrage/1'));
      expectInLanguage(
        'set-up step 1, 400',
        await session.post('/mon-espace/demarrage/1', { residenceCountry: 'XX' }),
        400,
      );
      await landing(
        session,
        'set-up step 1',
        await session.post('/mon-espace/demarrage/1', { residenceCountry: 'FR' }),
      );
    });

    it('the page of a password reset link', async () => {
      const session = new BrowserSession(t, lang);
      await session.get(inLang('/mot-de-passe-oublie'));
      const asked = await session.post('/mot-de-passe-oublie', { email: entrepreneur.email });
      await landing(session, 'reset asked', asked);
      const link = new URL(await linkSentTo(entrepreneur.email, '/reset-password?token='));
      await readAs(session, link.pathname + link.search);
      expectInLanguage(
        'reset, 400',
        await session.post('/reset-password', {
          token: link.searchParams.get('token')!,
          password: 'court',
        }),
        400,
      );
    });

    it('an e-mail alert, from the form to its confirmation and its end', async () => {
      await readAs(visitor, '/alertes?q=Téranga');
      await readAs(visitor, '/alertes/envoyee');
      await visitor.get(inLang('/alertes?q=Téranga'));
      expectInLanguage(
        'alert form, 400',
        await visitor.post('/alertes', { q: 'Téranga', email: 'pas-une-adresse' }),
        400,
      );
      const email = uniqueEmail(`alert-${lang}`);
      await visitor.get(inLang('/alertes?q=Téranga'));
      const asked = await visitor.post('/alertes', { q: 'Téranga', email, frequency: 'weekly' });
      await landing(visitor, 'alert form', asked);
      const mail = await t.mailbox.waitFor(email, {});
      const confirm = mail.links.find((l) => l.includes('/alertes/confirmer?token='))!;
      const confirmPath = new URL(confirm).pathname + new URL(confirm).search;
      await readAs(visitor, confirmPath);
      const token = new URL(confirm).searchParams.get('token')!;
      await landing(
        visitor,
        'alert confirmed',
        await visitor.post('/alertes/confirmer', { token }),
      );
    });

    it('the entrepreneur space, every page with content', async () => {
      for (const url of [
        '/mon-espace',
        '/mon-espace/profil',
        '/mon-espace/demarrage/1',
        '/mon-espace/demarrage/2',
        '/mon-espace/demarrage/3',
        '/mon-espace/favoris',
        '/mon-espace/recherches',
        '/mon-espace/recherches/nouvelle?q=Téranga',
        '/mon-espace/demandes',
        `/mon-espace/demandes/${requestId}`,
        '/mon-espace/compte',
        // Public pages read by a signed-in entrepreneur: verdicts, reasons, the contact form.
        '/recherche?q=Téranga',
        `/offres/${offer.slug}`,
        `/offres/${closed.slug}`,
      ]) {
        await readAs(browser, url);
      }
    });

    it('the page of a deadline reminder’s stop link', async () => {
      await t.app.get(DeadlineRemindersService).runDue(daysBefore(DEADLINE, 14));
      const link = new URL(await linkSentTo(entrepreneur.email, '/rappels/arreter?token='));
      await readAs(visitor, link.pathname + link.search);
      await visitor.get(inLang(link.pathname + link.search));
      await landing(
        visitor,
        'reminders stopped',
        await visitor.post('/rappels/arreter', { token: link.searchParams.get('token')! }),
      );
    });

    it('the entrepreneur space after a wrong form, and after each action with its message', async () => {
      await browser.get(inLang('/mon-espace/profil'));
      expectInLanguage(
        'profile, 400',
        await browser.post('/mon-espace/profil', {
          residenceCountry: 'XX',
          sectorCodes: ['pas_un_secteur'],
          dateOfBirth: '31/02/1990',
        }),
        400,
      );
      await browser.get(inLang('/mon-espace/profil'));
      await landing(browser, 'profile saved', await browser.post('/mon-espace/profil', PROFILE));

      await browser.get(inLang('/mon-espace/recherches/nouvelle?q=Téranga'));
      expectInLanguage(
        'saved search, 400',
        await browser.post('/mon-espace/recherches', {
          name: '',
          q: 'Téranga',
          frequency: 'jamais',
        }),
        400,
      );
      await browser.get(inLang('/mon-espace/recherches/nouvelle?q=Téranga'));
      await landing(
        browser,
        'search saved',
        await browser.post('/mon-espace/recherches', {
          name: 'Bourses Téranga',
          q: 'Téranga',
          frequency: 'weekly',
        }),
      );

      await browser.get(inLang(`/offres/${offer.slug}`));
      expectInLanguage(
        'contact form, 400',
        await browser.post(`/offres/${offer.slug}/contact`, { subject: '', message: 'Court' }),
        400,
      );

      await browser.get(inLang('/mon-espace/compte'));
      for (const [where, form] of [
        [
          'wrong password',
          { currentPassword: 'pas le bon mot de passe', newPassword: 'un baobab à Dakar' },
        ],
        ['weak password', { currentPassword: entrepreneur.password, newPassword: 'court' }],
      ] as const) {
        expectInLanguage(
          `account, ${where}, 400`,
          await browser.post('/mon-espace/compte/mot-de-passe', form),
          400,
        );
      }

      await browser.get(inLang('/mon-espace/favoris'));
      await landing(
        browser,
        'calendar link made',
        await browser.post('/mon-espace/favoris/calendrier'),
      );
      await browser.get(inLang('/mon-espace/favoris'));
      await landing(
        browser,
        'bookmark removed',
        await browser.post(`/mon-espace/favoris/${closed.id}/retirer`),
      );
      await call('PUT', `/api/v1/me/bookmarks/${closed.id}`, entrepreneur);
    });
  });
});
