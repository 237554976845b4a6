import type { INestApplicationContext } from '@nestjs/common';
import { gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { createLogger } from '@app/core';
import { SearchQueryRecorder } from '@app/search';
import { createWorkerApp } from '../../../apps/worker/src/create-worker-app';
import { BrowserSession, visibleText } from '../../support/browser-session';
import { eventually, searchIndexHolds } from '../../support/eventually';
import {
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

type Json = Record<string, unknown>;
type Offer = { id: string; slug: string };

const SCRIPT = '<script>alert(1)</script>';

describe('public pages: home, search, offers, organisations, sitemap', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let db: DataSource;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;
  let organisationSlug: string;
  let grant: Offer;
  let xss: Offer;
  let arabic: Offer;
  let draft: Offer;
  let submitted: Offer;
  let expired: Offer;
  const fillers: Offer[] = [];

  const call = (method: 'GET' | 'POST', url: string, who?: TestAccount, payload?: Json) =>
    t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  const offersUrl = () => `/api/v1/organisations/${organisationId}/offers`;
  const create = async (content: Json): Promise<Offer> => {
    const res = await call('POST', offersUrl(), owner, content);
    if (res.statusCode !== 201) throw new Error(`create failed: ${res.payload}`);
    return res.json() as Offer;
  };
  const publish = async (content: Json): Promise<Offer> => {
    const offer = await create(content);
    await call('POST', `${offersUrl()}/${offer.id}/submit`, owner);
    const res = await call('POST', `/api/v1/admin/offers/${offer.id}/decision`, admin, {
      decision: 'publish',
    });
    if (res.statusCode !== 200) throw new Error(`publish failed: ${res.payload}`);
    return offer;
  };
  const fr = (title: string, summary: string, description?: string) => ({
    fr: {
      title,
      summary,
      description:
        description ??
        'Une description assez longue pour que l’offre soit complète et indexée par la recherche.',
    },
  });
  const page = (url: string, lang = 'fr') => new BrowserSession(t, lang).get(url);

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    worker = await createWorkerApp({
      config: t.config,
      databaseUrl: t.database.url,
      logger: createLogger({ level: 'silent', name: 'worker' }),
    });
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Fonds Kora Démo'));
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${organisationId}`,
      headers: owner.auth(),
      payload: {
        description: { fr: 'Un fonds d’amorçage pour la diaspora.', en: 'A seed fund.' },
        countriesOfOperation: ['SN', 'FR'],
        website: 'https://kora.example.org',
      },
    });
    if (patched.statusCode !== 200) throw new Error(`profile failed: ${patched.payload}`);
    organisationSlug = (await call('GET', `/api/v1/public/organisations/${organisationId}`)).json()
      .slug as string;

    grant = await publish(
      offerContent({
        translations: fr(
          'Bourse zanzibarique pour les coopératives agricoles',
          'Une subvention de démarrage pour les coopératives au Sénégal.',
        ),
        sectorCodes: ['agriculture_agrifood'],
        tags: ['coopérative', 'amorçage'],
        dates: {
          opensOn: '2026-01-01',
          deadline: '2099-12-31',
          rolling: false,
          startsOn: '2099-01-01',
        },
        contact: { name: 'Équipe Kora', email: 'kora@example.org', phone: '+221 33 000 00 00' },
        apply: { url: 'https://example.org/postuler', email: 'candidatures@example.org' },
      }),
    );
    arabic = await publish(
      offerContent({
        translations: {
          ar: {
            title: 'برنامج تمويل المشاريع الناشئة في المغرب',
            summary: 'منحة لدعم رواد الأعمال من المغتربين الذين يطلقون مشاريعهم في المغرب.',
            description:
              'يقدم هذا البرنامج تمويلاً أولياً ومرافقة لمدة ستة أشهر لرواد الأعمال من الجالية المغربية في أوروبا.',
          },
        },
        eligibility: {
          residenceCountries: [],
          targetCountries: ['MA'],
          diasporaOnly: true,
          genderFocus: 'any',
        },
        location: { city: 'الدار البيضاء', countryCode: 'MA' },
        funding: { minMinor: 1_000_000, maxMinor: 5_000_000, currency: 'MAD' },
      }),
    );
    expired = await publish(
      offerContent({
        translations: fr(
          'Concours périmé des jeunes pousses',
          'Un concours dont la date limite est passée depuis longtemps.',
        ),
      }),
    );
    draft = await create(
      offerContent({
        translations: fr('Brouillon secret du fonds', 'Un brouillon jamais soumis.'),
      }),
    );
    submitted = await create(
      offerContent({
        translations: fr('Offre soumise en attente', 'Une offre en cours de revue.'),
      }),
    );
    await call('POST', `${offersUrl()}/${submitted.id}/submit`, owner);
    // A realistic page of results for the page-weight measure: 22 complete offers.
    for (let i = 1; i <= 22; i += 1) {
      fillers.push(
        await publish(
          offerContent({
            translations: fr(
              `Programme pondérable d’accompagnement numéro ${i} pour la diaspora`,
              'Un programme de six mois qui accompagne les entrepreneurs de la diaspora dans la création ' +
                'et le financement de leur entreprise, avec un mentor et des ateliers collectifs.',
              'Description détaillée du programme pondérable. '.repeat(20),
            ),
            categoryCode: i % 2 ? 'grant' : 'loan',
            sectorCodes: ['agriculture_agrifood'],
          }),
        ),
      );
    }
    // Published last, so that it is among the latest offers of the home page.
    xss = await publish(
      offerContent({
        translations: fr(
          `${SCRIPT} Mentorat pirate`,
          `Un résumé ${SCRIPT} qui ne doit jamais s’exécuter dans une page.`,
        ),
        categoryCode: 'mentoring',
        funding: null,
        tags: [SCRIPT],
      }),
    );
    await db.query(
      `UPDATE offers SET deadline = '2020-01-01',
         content = jsonb_set(content, '{dates,deadline}', '"2020-01-01"') WHERE id = $1`,
      [expired.id],
    );
    const { CatalogueJobsService } = await import('@app/catalogue');
    await t.app.get(CatalogueJobsService).expireDueOffers();
    await searchIndexHolds(t.app, 3 + fillers.length);
  }, 180_000);
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  describe('home', () => {
    it('shows the search box, the categories with financing’s kinds, countries and the latest offers', async () => {
      const res = await page('/');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      const text = visibleText(res.body);
      expect(res.body).toMatch(/<form method="get" action="\/recherche" role="search"/);
      expect(res.body).toContain('<label for="home-q">Rechercher un service</label>');
      expect(res.body).toContain('href="/recherche?category=financing"');
      expect(res.body).toContain('href="/recherche?category=grant"');
      expect(res.body).toContain('href="/recherche?category=mentoring"');
      expect(res.body).toContain('href="/recherche?targetCountry=SN"');
      expect(text).toContain('Sénégal');
      expect(text).toContain('Dernières offres publiées');
      expect(res.body).toContain(`href="/offres/${fillers[fillers.length - 1].slug}"`);
      expect(text).toContain('Fonds Kora Démo');
      expect(res.body).toContain('<meta name="description"');
      expect(res.body).toContain('<link rel="canonical" href="https://passerelle.test/">');
      expect((res.body.match(/<h1[\s>]/g) ?? []).length).toBe(1);
    });

    it('is written in English, Portuguese and Arabic too', async () => {
      const res = await page('/', 'en');
      expect(res.body).toContain('<html lang="en" dir="ltr">');
      expect(res.body).toContain('<label for="home-q">Search for a service</label>');
      expect(visibleText(res.body)).toContain('Senegal');
      const pt = await page('/?lang=pt');
      expect(pt.body).toContain('<html lang="pt" dir="ltr">');
      expect(pt.body).toContain('<label for="home-q">Pesquisar um serviço</label>');
      const ar = await page('/?lang=ar');
      expect(ar.body).toContain('<html lang="ar" dir="rtl">');
      expect(visibleText(ar.body)).toContain('السنغال');
    });
  });

  describe('search without JavaScript', () => {
    it('finds the offer from words and a filter, with facet counts and highlights', async () => {
      const res = await page('/recherche?q=zanzibarique&targetCountry=SN');
      expect(res.status).toBe(200);
      expect(res.body).toContain('<html lang="fr" dir="ltr">');
      const text = visibleText(res.body);
      expect(text).toContain('1 résultat');
      expect(res.body).toContain(`href="/offres/${grant.slug}"`);
      expect(res.body).toMatch(/<mark>zanzibarique<\/mark>/i);
      // The country filter is ticked, its facet counts the one match.
      expect(res.body).toMatch(
        /id="f-targetCountry-SN" name="targetCountry" value="SN" checked> <span>Sénégal <span class="count">\(1\)<\/span>/,
      );
      expect(res.body).toMatch(
        /name="category" value="grant"> <span>Subvention <span class="count">\(1\)<\/span>/,
      );
      expect(text).toContain('Fonds Kora Démo');
      expect(text).toContain('Organisation vérifiée');
      // The organisation by its readable address, not its id.
      expect(res.body).toContain(`href="/organisations/${organisationSlug}"`);
      expect(res.body).not.toContain(`href="/organisations/${organisationId}"`);
      expect(res.body).toContain('<meta name="robots" content="noindex">');
      // The results script, and only on this page.
      expect(res.body).toMatch(/<script src="\/assets\/search\.js\?v=[0-9a-f]+" defer><\/script>/);
      expect((await page('/')).body).not.toContain('search.js');
      // No inline script or style anywhere.
      expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
      expect(res.body).not.toMatch(/\sstyle=|\son[a-z]+=/);
    });

    it('combines filters, paginates and sorts', async () => {
      const res = await page('/recherche?category=grant&sector=agriculture_agrifood&sort=newest');
      expect(res.status).toBe(200);
      const text = visibleText(res.body);
      // 11 fillers are grants, plus the zanzibarique grant.
      expect(text).toContain('12 résultats');
      expect(res.body).toMatch(/<option value="newest" selected>/);
      const all = await page('/recherche?sort=newest');
      expect(visibleText(all.body)).toContain('25 résultats');
      expect(all.body).toContain('Page 1 sur 2');
      // Crawlers are not invited through the pages of results.
      expect(all.body).toContain('href="/recherche?sort=newest&amp;page=2" rel="next nofollow"');
      const second = await page('/recherche?sort=newest&page=2');
      expect(second.body).toContain('Page 2 sur 2');
      expect(second.body).toContain('href="/recherche?sort=newest" rel="prev nofollow"');
    });

    it('shows an empty state that suggests removing filters', async () => {
      const res = await page('/recherche?q=zanzibarique&targetCountry=MA');
      expect(res.status).toBe(200);
      const text = visibleText(res.body);
      expect(text).toContain('Aucun résultat');
      expect(text).toContain('Aucune offre ne correspond à « zanzibarique »');
      expect(text).toContain('retirez un ou plusieurs filtres');
      // Each filter in force has a link that removes it, not for crawlers to follow.
      expect(res.body).toContain('class="chip" href="/recherche?q=zanzibarique" rel="nofollow"');
      expect(res.body).toContain('<a href="/recherche" rel="nofollow">');
    });

    it('logs the searches of visitors, not those of admins (the back office links here)', async () => {
      const logged = async (word: string) => {
        await t.app.get(SearchQueryRecorder).flush();
        return (
          await db.query(`SELECT count(*)::int AS n FROM search_query_log WHERE query = $1`, [word])
        )[0].n as number;
      };
      const back = await new BrowserSession(t).signIn(admin.email, admin.password);
      expect((await back.get('/recherche?q=baobabadmin')).status).toBe(200);
      expect((await back.get('/recherche?q=baobabadmin&category=grant')).status).toBe(200);
      expect(await logged('baobabadmin')).toBe(0);
      expect((await page('/recherche?q=baobabvisiteur')).status).toBe(200);
      expect(await logged('baobabvisiteur')).toBe(1);
    });

    it('suggests organisations with their slug, which the script links to', async () => {
      await eventually(async () => {
        const res = await call('GET', '/api/v1/search/suggest?q=kora');
        expect(res.json()).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              kind: 'organisation',
              value: organisationId,
              slug: organisationSlug,
            }),
          ]),
        );
      });
      const search = await page('/recherche');
      const src = /<script src="(\/assets\/search\.js\?v=[0-9a-f]+)"/.exec(search.body)![1];
      const script = await t.app.inject({ method: 'GET', url: src });
      expect(script.body).toContain("'/organisations/' + encodeURIComponent(s.slug || s.value)");
    });

    it('still finds the offer when a word has a typo', async () => {
      const res = await page('/recherche?q=zanzibarike');
      expect(res.status).toBe(200);
      expect(res.body).toContain(`href="/offres/${grant.slug}"`);
    });

    it('answers ?partial=1 with the regions only', async () => {
      const res = await page('/recherche?q=zanzibarique&partial=1');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['x-robots-tag']).toBe('noindex');
      expect(res.body).not.toContain('<html');
      expect(res.body).not.toContain('site-header');
      for (const region of ['messages', 'filters', 'results', 'save'])
        expect(res.body).toContain(`data-region="${region}"`);
      expect(res.body).toContain(`href="/offres/${grant.slug}"`);
      expect(res.body).toContain('data-count-text="1 résultat"');
    });

    it.each([
      ['category=astrology', 'Type de service', 'astrology'],
      ['targetCountry=ZZ', 'Pays du projet', 'ZZ'],
      ['language=klingon', 'Langue du service', 'klingon'],
      ['minAmount=beaucoup', 'Montant minimum (en euros)', 'nombre entier'],
      ['sort=popular', 'Trier par', 'Choisissez une valeur'],
      ['free=oui', 'Gratuit', 'Cochez'],
      ['deadlineBefore=31-12-2099', 'Date limite au plus tard le', 'date'],
    ])('answers an invalid %s with a 400 page naming the field', async (qs, label, detail) => {
      const res = await page(`/recherche?q=zanzibarique&${qs}`);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('id="error-summary"');
      const summary = visibleText(/<div class="error-summary"[\s\S]*?<\/div>/.exec(res.body)![0]);
      expect(summary).toContain(label);
      expect(summary).toContain(detail);
      // The rest of the search still ran.
      expect(res.body).toContain(`href="/offres/${grant.slug}"`);
    });

    it('offers visitors an e-mail alert carrying the search', async () => {
      const res = await page('/recherche?q=zanzibarique&targetCountry=SN&free=true');
      const form = /<form method="post" action="\/alertes">[\s\S]*?<\/form>/.exec(res.body)?.[0];
      expect(form).toBeDefined();
      expect(form).toContain('name="_csrf"');
      expect(form).toContain('<input type="hidden" name="q" value="zanzibarique">');
      expect(form).toContain('<input type="hidden" name="targetCountry" value="SN">');
      expect(form).toContain('<input type="hidden" name="free" value="true">');
      expect(form).toContain('<label for="alert-email">Votre adresse e-mail</label>');
      expect(form).toContain('name="frequency" value="daily"');
      expect(form).toContain('name="frequency" value="weekly" checked');
      expect(res.body).not.toContain('action="/mon-espace/recherches"');
    });

    it('is written in English too', async () => {
      const res = await page('/recherche?q=zanzibarique', 'en');
      expect(res.body).toContain('<label for="f-q">Search for a service</label>');
      expect(visibleText(res.body)).toContain('1 result');
      expect(res.body).toContain('Apply filters');
    });

    it('weighs well under 150 KB with a full page of results (HTML, CSS and JS)', async () => {
      const res = await page('/recherche?q=pondérable');
      expect(visibleText(res.body)).toContain('22 résultats');
      const assets = [...res.body.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
      expect(assets.length).toBe(4);
      let raw = Buffer.byteLength(res.body);
      let gzipped = gzipSync(res.body).length;
      for (const url of assets) {
        const asset = await t.app.inject({ method: 'GET', url });
        raw += asset.rawPayload.length;
        gzipped += gzipSync(asset.rawPayload).length;
      }
      process.stdout.write(
        `search page with 20 results: ${raw} bytes (HTML ${Buffer.byteLength(res.body)}), ${gzipped} bytes gzipped\n`,
      );
      expect(raw).toBeLessThan(150 * 1024);
    });
  });

  describe('offer page', () => {
    it('shows every public field, with title, description and Open Graph', async () => {
      const res = await page(`/offres/${grant.slug}`);
      expect(res.status).toBe(200);
      const body = res.body;
      expect(body).toContain(
        // The title is the organisation's words: isolated (FSI … PDI) from the site's name.
        '<title>\u2068Bourse zanzibarique pour les coopératives agricoles\u2069 · Passerelle</title>',
      );
      expect(body).toContain(
        '<meta name="description" content="Une subvention de démarrage pour les coopératives au Sénégal.">',
      );
      expect(body).toContain('<meta property="og:type" content="article">');
      expect(body).toContain(
        `<meta property="og:url" content="https://passerelle.test/offres/${grant.slug}">`,
      );
      expect(body).toContain(
        `<link rel="canonical" href="https://passerelle.test/offres/${grant.slug}">`,
      );
      const text = visibleText(body);
      for (const expected of [
        'Subvention',
        'Proposé par Fonds Kora Démo',
        'Organisation vérifiée',
        'Une subvention de démarrage pour les coopératives au Sénégal.',
        'Une description assez longue',
        'Belgique, France',
        'Sénégal',
        'Réservé aux membres de la diaspora',
        'De 18 à 40 ans',
        'Création',
        'Agriculture',
        'Hybride',
        'Dakar, Sénégal',
        'français',
        'Gratuit',
        '31 décembre 2099',
        '1 janvier 2026',
        '1 janvier 2099',
        'Candidater sur le site de l’organisation',
        'candidatures@example.org',
        'Équipe Kora',
        'kora@example.org',
        '+221 33 000 00 00',
        'coopérative',
        'Dernière vérification',
        'Dernière modification',
      ])
        expect(text).toContain(expected);
      // Amounts with their currency, in the page language.
      expect(text).toMatch(/De 100\s000\s000\sF\sCFA à 1\s500\s000\s000\sF\sCFA/);
      expect(body).toContain(`href="/organisations/${organisationSlug}"`);
      // Through the counting redirect (test/e2e/analytics.e2e-spec.ts follows it).
      expect(body).toContain(`href="/offres/${grant.slug}/postuler"`);
      expect(body).toContain('href="mailto:kora@example.org"');
      // A visitor is invited to sign in and come back.
      expect(body).toContain(`href="/connexion?next=%2Foffres%2F${grant.slug}"`);
      expect(text).toContain('Se connecter pour vérifier mon éligibilité');
    });

    it('moves an address by id to the readable one (301, query kept), in English too', async () => {
      const moved = await page(`/offres/${grant.id}?lang=en`);
      expect(moved.status).toBe(301);
      expect(moved.location).toBe(`/offres/${grant.slug}?lang=en`);
      expect((await page(`/offres/${grant.id.toUpperCase()}`)).location).toBe(
        `/offres/${grant.slug}`,
      );
      const res = await page(moved.location!, 'en');
      expect(res.status).toBe(200);
      const text = visibleText(res.body);
      expect(text).toContain('Offered by Fonds Kora Démo');
      expect(text).toContain('Belgium, France');
      expect(text).toContain('From F CFA 100,000,000 to F CFA 1,500,000,000');
      // The content exists in French only: marked so.
      expect(res.body).toMatch(/<h1 id="offer-title" dir="auto" lang="fr">/);
    });

    it('marks an expired offer', async () => {
      const res = await page(`/offres/${expired.slug}`);
      expect(res.status).toBe(200);
      expect(visibleText(res.body)).toContain('Cette offre a expiré');
    });

    it.each([
      ['a draft', () => draft],
      ['a submitted offer', () => submitted],
    ])('answers %s with a 404 page', async (_label, offer) => {
      for (const key of [offer().slug, offer().id]) {
        const res = await page(`/offres/${key}`);
        expect(res.status).toBe(404);
        expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(visibleText(res.body)).toContain('Page introuvable');
      }
      expect((await page('/offres/nothing-here')).status).toBe(404);
    });

    it('shows Arabic content right to left', async () => {
      const ar = await page(`/offres/${arabic.slug}?lang=ar`);
      expect(ar.status).toBe(200);
      expect(ar.body).toContain('<html lang="ar" dir="rtl">');
      expect(ar.body).toContain(
        '<h1 id="offer-title" dir="auto">برنامج تمويل المشاريع الناشئة في المغرب</h1>',
      );
      // On a French page the Arabic text keeps its language and direction.
      const frPage = await page(`/offres/${arabic.slug}`);
      expect(frPage.body).toContain(
        '<h1 id="offer-title" dir="auto" lang="ar">برنامج تمويل المشاريع الناشئة في المغرب</h1>',
      );
      expect(visibleText(frPage.body)).toContain('Maroc');
      const search = await page('/recherche?targetCountry=MA');
      expect(search.body).toMatch(/<h3 class="result-title" dir="auto" lang="ar">/);
    });
  });

  describe('escaping', () => {
    it('never lets an offer’s markup through: search, offer page, home', async () => {
      const pages = [
        await page('/recherche?q=pirate'),
        await page('/recherche?q=mentorat&partial=1'),
        await page(`/offres/${xss.slug}`),
        await page('/'),
        await page(`/organisations/${organisationSlug}`),
      ];
      for (const res of pages) {
        expect(res.status).toBe(200);
        expect(res.body).not.toContain(SCRIPT);
        expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      }
      expect(pages[2].body).toContain(
        '<title>\u2068&lt;script&gt;alert(1)&lt;/script&gt; Mentorat pirate\u2069 · Passerelle</title>',
      );
    });

    it('escapes the words of a search everywhere they are shown back', async () => {
      const res = await page(
        `/recherche?q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
      );
      expect(res.body).not.toContain('<img src=x');
      expect(res.body).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    });
  });

  describe('organisation page', () => {
    it('shows the public profile and the published offers, paginated', async () => {
      const res = await page(`/organisations/${organisationSlug}`);
      expect(res.status).toBe(200);
      const text = visibleText(res.body);
      expect(text).toContain('Fonds Kora Démo');
      expect(text).toContain('Organisation vérifiée');
      expect(text).toContain('Un fonds d’amorçage pour la diaspora.');
      expect(text).toContain('France, Sénégal');
      expect(res.body).toContain('href="https://kora.example.org/"');
      // 25 published (the expired one is not), 10 a page.
      expect(text).toContain('Offres publiées (25)');
      expect(res.body).toContain('Page 1 sur 3');
      // Its own pages stay followable (unlike the search's).
      expect(res.body).toContain(`href="/organisations/${organisationSlug}?page=2" rel="next"`);
      expect(res.body).not.toContain(draft.slug);
      const en = await page(`/organisations/${organisationSlug}?page=3`, 'en');
      expect(en.status).toBe(200);
      expect(visibleText(en.body)).toContain('A seed fund.');
      expect(en.body).toContain('Page 3 of 3');
    });

    it('moves an address by id to the readable one (301), keeping the query string', async () => {
      const moved = await page(`/organisations/${organisationId}?page=2&lang=en`);
      expect(moved.status).toBe(301);
      expect(moved.location).toBe(`/organisations/${organisationSlug}?page=2&lang=en`);
      const followed = await page(moved.location!);
      expect(followed.status).toBe(200);
      expect(followed.body).toContain('Page 2 of 3');
      expect((await page(`/organisations/${organisationSlug.toUpperCase()}`)).location).toBe(
        `/organisations/${organisationSlug}`,
      );
    });

    it('answers an unknown organisation with 404 and a bad page number with 400', async () => {
      expect((await page('/organisations/nobody-here')).status).toBe(404);
      expect((await page(`/organisations/${organisationSlug}?page=zero`)).status).toBe(400);
    });
  });

  describe('sitemap and robots.txt', () => {
    it('lists the published offers only, with absolute URLs and dates', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/sitemap.xml' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
      expect(res.body).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      expect(res.body).toContain('<loc>https://passerelle.test/</loc>');
      // Disallowed in robots.txt: not listed either.
      expect(res.body).not.toContain('<loc>https://passerelle.test/recherche');
      expect(res.body).toContain(
        `<loc>https://passerelle.test/organisations/${organisationSlug}</loc>`,
      );
      expect(res.body).toMatch(
        new RegExp(
          `<url><loc>https://passerelle.test/offres/${grant.slug}</loc><lastmod>\\d{4}-\\d\\d-\\d\\dT`,
        ),
      );
      for (const hidden of [draft, submitted, expired]) expect(res.body).not.toContain(hidden.slug);
      expect(res.body.match(/\/offres\//g)?.length).toBe(25);
    });

    it('leaves out the page of an organisation that is no longer verified (noindex)', async () => {
      await db.query(`UPDATE organisations SET verification_status = 'pending' WHERE id = $1`, [
        organisationId,
      ]);
      try {
        const res = await t.app.inject({ method: 'GET', url: '/sitemap.xml' });
        expect(res.statusCode).toBe(200);
        expect(res.body).not.toContain('/organisations/');
        // Its published offers stay listed.
        expect(res.body).toContain(`<loc>https://passerelle.test/offres/${grant.slug}</loc>`);
        const profile = await page(`/organisations/${organisationSlug}`);
        expect(profile.body).toContain('<meta name="robots" content="noindex">');
      } finally {
        await db.query(`UPDATE organisations SET verification_status = 'verified' WHERE id = $1`, [
          organisationId,
        ]);
      }
    });

    it('keeps private spaces and search results out and points to the sitemap', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/robots.txt' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      for (const line of [
        'User-agent: *',
        'Disallow: /mon-espace',
        'Disallow: /espace',
        'Disallow: /admin',
        'Disallow: /recherche',
        'Sitemap: https://passerelle.test/sitemap.xml',
      ])
        expect(res.body).toContain(line);
    });
  });
});
