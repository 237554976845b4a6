import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createLogger } from '@app/core';
import { createWorkerApp } from '../../../apps/worker/src/create-worker-app';
import { undirectedUserContent } from '../../support/bidi';
import { BrowserSession } from '../../support/browser-session';
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

/**
 * Issue 14.4: a Latin title inside an Arabic page must not be reordered by its neighbours.
 * Every piece of content people typed starts with MARK; on each page, in Arabic where the
 * section is translated, each place it is printed must carry its own direction.
 */
const MARK = 'Zq';

describe('bidirectional text: people’s words keep their own direction', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: TestAccount;
  let owner: TestAccount;
  let awa: TestAccount;
  let organisationId: string;
  let organisationSlug: string;
  let offer: { id: string; slug: string };
  let requestId: string;

  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    who?: TestAccount,
    payload?: Json,
  ) => t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  const arabic = async (account?: TestAccount) => {
    const browser = new BrowserSession(t, 'ar');
    if (account) await browser.signIn(account.email, account.password);
    await browser.get('/?lang=ar');
    return browser;
  };
  const expectDirected = async (browser: BrowserSession, url: string) => {
    const page = await browser.get(url);
    expect(page.status).toBe(200);
    expect(page.body).toContain(MARK);
    expect({ url, undirected: undirectedUserContent(page.body, MARK) }).toEqual({
      url,
      undirected: [],
    });
    return page;
  };

  beforeAll(async () => {
    t = await createTestApp();
    worker = await createWorkerApp({
      config: t.config,
      databaseUrl: t.database.url,
      logger: createLogger({ level: 'silent', name: 'worker' }),
    });
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, `${MARK} Fonds Kora`));
    const profile = await call('PATCH', `/api/v1/organisations/${organisationId}`, owner, {
      description: { fr: `${MARK} Un fonds d’amorçage pour la diaspora.` },
      countriesOfOperation: ['SN'],
    });
    if (profile.statusCode !== 200) throw new Error(profile.payload);
    organisationSlug = (await call('GET', `/api/v1/public/organisations/${organisationId}`)).json()
      .slug as string;

    const created = await call(
      'POST',
      `/api/v1/organisations/${organisationId}/offers`,
      owner,
      offerContent({
        translations: {
          fr: {
            title: `${MARK} Bourse des coopératives Kenya 2027`,
            summary: `${MARK} Une subvention de démarrage pour les coopératives.`,
            description: `${MARK} Ce programme finance les premiers mois de votre projet, avec un accompagnement.`,
          },
        },
        location: { city: `${MARK} Nairobi`, countryCode: 'KE' },
        contact: { name: `${MARK} Équipe programme`, email: 'programme@example.org' },
        tags: [`${MARK} coopérative`],
      }),
    );
    offer = created.json();
    await call('POST', `/api/v1/organisations/${organisationId}/offers/${offer.id}/submit`, owner);
    const decided = await call('POST', `/api/v1/admin/offers/${offer.id}/decision`, admin, {
      decision: 'publish',
    });
    if (decided.statusCode !== 200) throw new Error(decided.payload);

    awa = await newAccount(t);
    await t.app
      .get(DataSource)
      .query(`UPDATE users SET display_name = $2 WHERE email = $1`, [
        awa.email,
        `${MARK} Awa Diop`,
      ]);
    await call('PUT', `/api/v1/me/bookmarks/${offer.id}`, awa);
    const sent = await call('POST', `/api/v1/offers/${offer.id}/contact-requests`, awa, {
      subject: `${MARK} Candidature`,
      message: `${MARK} Bonjour, je souhaite candidater avec ma coopérative de Nairobi.`,
    });
    if (sent.statusCode !== 201) throw new Error(sent.payload);
    requestId = sent.json().id;
    await searchIndexHolds(t.app, 1);
  });

  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it('public pages: the offer, search results and the query, the organisation', async () => {
    const visitor = await arabic();
    const offerPage = await expectDirected(visitor, `/offres/${offer.slug}`);
    expect(offerPage.body).toContain('<html lang="ar" dir="rtl">');
    await expectDirected(visitor, `/recherche?q=${MARK}`);
    // No result: the query is quoted back inside the sentence.
    const none = await expectDirected(visitor, `/recherche?q=${MARK}wxyvut`);
    expect(none.body).toContain(`<bdi>${MARK}wxyvut</bdi>`);
    await expectDirected(visitor, `/organisations/${organisationSlug}`);
  });

  it('the entrepreneur space: dashboard, saved offers, requests, saved searches', async () => {
    const browser = await arabic(awa);
    const saved = await browser.post('/mon-espace/recherches', {
      name: `${MARK} Mes subventions`,
      frequency: 'weekly',
      q: `${MARK} coopérative`,
    });
    expect(saved.status).toBe(303);
    // A new entrepreneur is first offered the profile set-up: skip it.
    await browser.submit('/mon-espace/demarrage/1', {}, '/mon-espace/demarrage/passer');
    await expectDirected(browser, '/mon-espace');
    await expectDirected(browser, '/mon-espace/favoris');
    await expectDirected(browser, '/mon-espace/demandes');
    await expectDirected(browser, `/mon-espace/demandes/${requestId}`);
    await expectDirected(browser, '/mon-espace/recherches');
    // Signed in, the offer page adds the eligibility card and the contact form.
    await expectDirected(browser, `/offres/${offer.slug}`);
  });

  it('the organisation space: dashboard, offers, an offer, inbox, a request, profile, members', async () => {
    const browser = await arabic(owner);
    await expectDirected(browser, `/espace?organisation=${organisationId}`);
    await expectDirected(browser, `/espace/offres?organisation=${organisationId}`);
    await expectDirected(browser, `/espace/offres/${offer.id}`);
    await expectDirected(browser, `/espace/organisations/${organisationId}/demandes`);
    await expectDirected(browser, `/espace/organisations/${organisationId}/demandes/${requestId}`);
    await expectDirected(browser, `/espace/organisations/${organisationId}`);
    await expectDirected(browser, `/espace/organisations/${organisationId}/membres`);
  });

  it('the back office: offers, organisations, an organisation, users', async () => {
    const browser = await arabic(admin);
    await expectDirected(browser, `/admin/offres/${offer.id}`);
    await expectDirected(browser, '/admin/organisations?verification=verified');
    await expectDirected(browser, `/admin/organisations/${organisationId}`);
    await expectDirected(browser, `/admin/utilisateurs?q=${encodeURIComponent(awa.email)}`);
  });
});
