import { DataSource } from 'typeorm';
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

const ANY = {
  residenceCountries: [],
  targetCountries: [],
  diasporaOnly: false,
  genderFocus: 'any',
};
/** A title that cuts a badly encoded address short (`&`, `#`, `?`) and needs escaping (`<`). */
const TRICKY_TITLE = 'Prêt & garantie #2 : pour qui ? <Dakar>';

/** Issue 15.5–15.6: profile set-up, "For you" without a profile, verdicts, sharing, home. */
describe('portal: discovery (set-up, verdicts on results, sharing, home figures and map)', () => {
  let t: TestApp;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;
  let open: { id: string; slug: string };
  let belgium: { id: string; slug: string };
  let tricky: { id: string; slug: string };

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: TestAccount, payload?: Json) =>
    t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });

  const publish = async (title: string, extra: Json = {}) => {
    const created = await call(
      'POST',
      `/api/v1/organisations/${organisationId}/offers`,
      owner,
      offerContent({
        translations: {
          fr: {
            title,
            summary: 'Une offre pour tester la découverte : verdicts, partage et carte.',
            description:
              'Une description assez longue pour que l’offre soit complète et publiable, avec ses critères.',
          },
        },
        ...extra,
      }),
    );
    if (created.statusCode !== 201) throw new Error(`create failed: ${created.payload}`);
    const offer = created.json() as { id: string };
    await call('POST', `/api/v1/organisations/${organisationId}/offers/${offer.id}/submit`, owner);
    const decided = await call('POST', `/api/v1/admin/offers/${offer.id}/decision`, admin, {
      decision: 'publish',
    });
    if (decided.statusCode !== 200) throw new Error(`publish failed: ${decided.payload}`);
    await t.app.get(SearchIndexer).syncOffer(offer.id);
    const published = (await call('GET', `/api/v1/offers/${offer.id}`)).json() as { slug: string };
    return { id: offer.id, slug: published.slug };
  };

  const browserFor = (who: TestAccount, language = 'fr') =>
    new BrowserSession(t, language).signIn(who.email, who.password);
  const profileOf = async (who: TestAccount) =>
    (await call('GET', '/api/v1/me/profile', who)).json() as Json;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Fonds Baobab'));
    open = await publish('Mentorat sénégalais ouvert', {
      categoryCode: 'mentoring',
      funding: null,
      stageCodes: [],
      eligibility: { ...ANY, targetCountries: ['SN'] },
    });
    belgium = await publish('Prêt réservé aux résidents belges', {
      stageCodes: [],
      eligibility: { ...ANY, residenceCountries: ['BE'], targetCountries: ['SN'] },
    });
    tricky = await publish(TRICKY_TITLE, {
      stageCodes: ['growth'],
      eligibility: { ...ANY, targetCountries: ['CI'] },
    });
  });
  afterAll(() => t.close());

  describe('profile set-up after sign-up', () => {
    it('goes through three steps, each saved, and ends on "For you"', async () => {
      const awa = await newAccount(t);
      const browser = await browserFor(awa);
      // The first visit of the space starts the set-up.
      const first = await browser.get('/mon-espace');
      expect(first.status).toBe(303);
      expect(first.location).toBe('/mon-espace/demarrage/1');

      const step1 = await browser.get('/mon-espace/demarrage/1');
      expect(step1.status).toBe(200);
      expect(step1.body).toContain('<meta name="robots" content="noindex">');
      const text1 = visibleText(step1.body);
      expect(text1).toContain('Étape 1 sur 3');
      expect(text1).toContain('Votre pays de résidence');
      expect(step1.body).toContain('<li class="current" aria-current="step">');
      expect(step1.body).toContain('<label for="f-residenceCountry">');
      expect(step1.body).toContain('action="/mon-espace/demarrage/passer"');

      const next1 = await browser.post('/mon-espace/demarrage/1', {
        action: 'next',
        residenceCountry: 'FR',
      });
      expect(next1.status).toBe(303);
      expect(next1.location).toBe('/mon-espace/demarrage/2');
      expect(visibleText((await browser.get('/mon-espace/demarrage/2')).body)).toContain(
        'Étape 2 sur 3',
      );
      const next2 = await browser.post('/mon-espace/demarrage/2', {
        action: 'next',
        targetCountry: 'SN',
      });
      expect(next2.location).toBe('/mon-espace/demarrage/3');
      const step3 = await browser.get('/mon-espace/demarrage/3');
      expect(visibleText(step3.body)).toContain('Étape 3 sur 3');
      expect(visibleText(step3.body)).toContain('Terminer et voir les offres pour moi');
      const done = await browser.post('/mon-espace/demarrage/3', {
        action: 'next',
        stageCode: 'creation',
        sectorCodes: ['agriculture_agrifood'],
      });
      expect(done.status).toBe(303);
      expect(done.location).toBe('/mon-espace#for-you');

      expect(await profileOf(awa)).toMatchObject({
        residenceCountry: 'FR',
        targetCountries: ['SN'],
        stageCode: 'creation',
        sectorCodes: ['agriculture_agrifood'],
        originCountries: [],
      });
      const space = await browser.get('/mon-espace');
      expect(space.status).toBe(200);
      const text = visibleText(space.body);
      expect(text).toContain('Profil enregistré : voici les offres pour vous.');
      expect(space.body).toContain(`href="/offres/${open.slug}"`);
      // Shown once: the space no longer sends there, the profile page links to it.
      expect((await browser.get('/mon-espace')).status).toBe(200);
      const profile = await browser.get('/mon-espace/profil');
      expect(profile.body).toContain('href="/mon-espace/demarrage/1"');
      expect(visibleText(profile.body)).toContain('Répondre aux trois questions de démarrage');
    });

    it('skips a step without saving it, and keeps what the other steps do not ask', async () => {
      const moussa = await newAccount(t);
      await call('PUT', '/api/v1/me/profile', moussa, {
        residenceCountry: 'IT',
        targetCountries: ['ML', 'SN'],
        needCodes: ['mentoring'],
      });
      const browser = await browserFor(moussa);
      await browser.get('/mon-espace/demarrage/1');
      const skipped = await browser.post('/mon-espace/demarrage/1', {
        action: 'skip',
        residenceCountry: 'FR',
      });
      expect(skipped.location).toBe('/mon-espace/demarrage/2');
      // Step 2 shows the first project country and keeps the others after the new one.
      const step2 = await browser.get('/mon-espace/demarrage/2');
      expect(step2.body).toContain('<option value="ML" selected>Mali</option>');
      await browser.post('/mon-espace/demarrage/2', { action: 'next', targetCountry: 'SN' });
      expect(await profileOf(moussa)).toMatchObject({
        residenceCountry: 'IT',
        targetCountries: ['SN', 'ML'],
        needCodes: ['mentoring'],
      });
    });

    it('refuses an unknown country or stage with the form again (400), and unknown steps (404)', async () => {
      const fatou = await newAccount(t);
      const browser = await browserFor(fatou);
      await browser.get('/mon-espace/demarrage/1');
      const bad = await browser.post('/mon-espace/demarrage/1', {
        action: 'next',
        residenceCountry: 'ZZ',
      });
      expect(bad.status).toBe(400);
      expect(bad.body).toContain('aria-invalid="true"');
      expect(visibleText(bad.body)).toContain('Étape 1 sur 3');
      const badStage = await browser.post('/mon-espace/demarrage/3', {
        action: 'next',
        stageCode: 'nonexistent',
      });
      expect(badStage.status).toBe(400);
      expect((await profileOf(fatou)).residenceCountry).toBeNull();
      for (const step of ['0', '4', 'abc'])
        expect((await browser.get(`/mon-espace/demarrage/${step}`)).status).toBe(404);
      expect((await browser.get('/mon-espace/demarrage')).location).toBe('/mon-espace/demarrage/1');
    });

    it('is for entrepreneurs signed in only', async () => {
      const visitor = await new BrowserSession(t).get('/mon-espace/demarrage/1');
      expect(visitor.status).toBe(303);
      expect(visitor.location).toBe('/connexion?next=%2Fmon-espace%2Fdemarrage%2F1');
      expect((await (await browserFor(owner)).get('/mon-espace/demarrage/1')).status).toBe(403);
    });
  });

  describe('"For you" with an empty profile', () => {
    it('asks to complete the profile, with a link to the set-up, instead of cards', async () => {
      const empty = await newAccount(t);
      const browser = await browserFor(empty);
      await browser.get('/mon-espace/demarrage/1');
      const skipped = await browser.post('/mon-espace/demarrage/passer');
      expect(skipped.status).toBe(303);
      expect(skipped.location).toBe('/mon-espace#for-you');

      const fr = await browser.get('/mon-espace');
      expect(fr.status).toBe(200);
      const text = visibleText(fr.body);
      expect(text).toContain('Configuration passée.');
      expect(text).toContain(
        'Pour vous proposer des offres, nous devons savoir où vous vivez, où est votre projet et où il en est.',
      );
      expect(fr.body).toContain('href="/mon-espace/demarrage/1"');
      expect(fr.body).not.toContain('class="cards recommendations"');
      expect(text).not.toContain('Correspond en partie');
      const en = await browser.get('/mon-espace?lang=en');
      expect(visibleText(en.body)).toContain('Complete it in three steps');
      const ar = await browser.get('/mon-espace?lang=ar');
      expect(ar.body).toContain('<html lang="ar" dir="rtl">');
      expect(visibleText(ar.body)).toContain('أكمل ملفك في ثلاث خطوات');
    });
  });

  describe('eligibility on search results', () => {
    it('shows a signed-in entrepreneur the verdict of each result with its short reason', async () => {
      const kofi = await newAccount(t);
      await call('PUT', '/api/v1/me/profile', kofi, {
        residenceCountry: 'FR',
        targetCountries: ['SN'],
        stageCode: 'creation',
      });
      const browser = await browserFor(kofi);
      const res = await browser.get('/recherche');
      expect(res.status).toBe(200);
      const article = (slug: string) => {
        const at = res.body.indexOf(`href="/offres/${slug}"`);
        expect(at).toBeGreaterThan(-1);
        return visibleText(res.body.slice(at, res.body.indexOf('</article>', at)));
      };
      expect(article(open.slug)).toContain('Votre éligibilité : Éligible');
      expect(article(belgium.slug)).toContain(
        'Votre éligibilité : Non éligible Réservé aux résidents de : Belgique',
      );
      expect(article(tricky.slug)).toContain("Non éligible Pour des projets dans : Côte d'Ivoire");

      const en = await browser.get('/recherche?lang=en');
      expect(visibleText(en.body)).toContain('Not eligible Only for residents of Belgium');
      const pt = await browser.get('/recherche?lang=pt');
      expect(visibleText(pt.body)).toContain('Não elegível Reservado a residentes de: Bélgica');
      // The partial page (swapped in by search.js) shows them too.
      const partial = await browser.get('/recherche?partial=1&lang=fr');
      expect(visibleText(partial.body)).toContain('Non éligible');
    });

    it('shows none to visitors, organisations, or an entrepreneur whose profile says nothing', async () => {
      const visitor = await new BrowserSession(t).get('/recherche');
      expect(visitor.body).not.toContain('result-verdict');
      const member = await (await browserFor(owner)).get('/recherche');
      expect(member.body).not.toContain('result-verdict');
      const blank = await newAccount(t);
      const page = await (await browserFor(blank)).get('/recherche');
      expect(page.status).toBe(200);
      expect(page.body).not.toContain('result-verdict');
    });
  });

  describe('offer page: sharing and print', () => {
    it('offers e-mail, WhatsApp and LinkedIn links, encoded, with no third-party script', async () => {
      const res = await new BrowserSession(t).get(`/offres/${tricky.slug}`);
      expect(res.status).toBe(200);
      const pageUrl = `https://passerelle.test/offres/${tricky.slug}`;
      const hrefs = [...res.body.matchAll(/<a href="([^"]+)" class="share-(\w+)"/g)].map((m) => ({
        service: m[2],
        href: m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      }));
      expect(hrefs.map((h) => h.service)).toEqual(['email', 'whatsapp', 'linkedin']);
      const [email, whatsapp, linkedin] = hrefs.map((h) => h.href);

      // Nothing unencoded: the raw title's &, # and ? never reach an address.
      for (const href of [email, whatsapp, linkedin]) {
        expect(href).not.toMatch(/[ <>#]/);
        expect(href).not.toContain('Prêt');
      }
      const mail = new URL(email);
      expect(mail.protocol).toBe('mailto:');
      expect(mail.searchParams.get('subject')).toBe(TRICKY_TITLE);
      expect(mail.searchParams.get('body')).toContain(`${TRICKY_TITLE}\r\n${pageUrl}`);
      const wa = new URL(whatsapp);
      expect(`${wa.origin}${wa.pathname}`).toBe('https://wa.me/');
      expect(wa.searchParams.get('text')).toBe(`${TRICKY_TITLE} ${pageUrl}`);
      const li = new URL(linkedin);
      expect(`${li.origin}${li.pathname}`).toBe('https://www.linkedin.com/sharing/share-offsite/');
      expect([...li.searchParams.keys()]).toEqual(['url']);
      expect(li.searchParams.get('url')).toBe(pageUrl);

      // Plain links: no script from elsewhere, and the page says where it can be found on paper.
      expect(res.body).not.toMatch(/<script[^>]+src="https?:/);
      expect(res.body).not.toContain('<iframe');
      expect(visibleText(res.body)).toContain(`Adresse de cette offre : ${pageUrl}`);
    });

    it('prints on A4 without navigation, forms or share links, with link addresses', async () => {
      const res = await new BrowserSession(t).get(`/offres/${open.slug}`);
      const href = /<link rel="stylesheet" href="(\/assets\/public\.css[^"]*)"/.exec(res.body)?.[1];
      expect(href).toBeDefined();
      const css = (await t.app.inject({ method: 'GET', url: href! })).body;
      const print = css.slice(css.indexOf('@media print'));
      expect(print).toContain('size: A4');
      for (const hidden of ['.site-header', '.share', 'form', 'nav'])
        expect(print).toContain(hidden);
      expect(print).toContain("content: ' (' attr(href) ')'");
    });
  });

  describe('home', () => {
    it('shows live figures equal to the database counts, the map and the call to organisations', async () => {
      const db = t.app.get(DataSource);
      const [truth] = await db.query<
        Array<{ offers: number; organisations: number; countries: number }>
      >(
        `SELECT (SELECT count(*) FROM offers WHERE state = 'published')::int AS offers,
                (SELECT count(*) FROM organisations WHERE verification_status = 'verified')::int AS organisations,
                (SELECT count(DISTINCT c) FROM offers, unnest(target_countries) AS c
                  WHERE state = 'published')::int AS countries`,
      );
      expect(truth).toEqual({ offers: 3, organisations: 1, countries: 2 });
      const res = await new BrowserSession(t).get('/');
      expect(res.status).toBe(200);
      const figures = [
        ...res.body.matchAll(
          /<strong class="figure-number">([^<]+)<\/strong> <span class="figure-text">([^<]+)</g,
        ),
      ].map((m) => `${m[1]} ${m[2]}`);
      expect(figures).toEqual([
        `${truth.offers} offres publiées`,
        `${truth.organisations} organisation vérifiée`,
        `${truth.countries} pays couverts`,
      ]);

      // The call to organisations.
      expect(res.body).toContain('href="/inscription?type=organisation"');
      expect(visibleText(res.body)).toContain('Publier vos offres');

      // The map: every country a link to its search, shaded by its offers; hidden from
      // assistive technology, whose way is the list (same links, with the counts).
      expect(res.body).toContain('<figure class="africa-map" aria-hidden="true">');
      expect(res.body).toMatch(
        /<a href="\/recherche\?targetCountry=SN" tabindex="-1" data-country="SN"><path class="shade-4" d="M[^"]+"><title>Sénégal\s:\s2 offres<\/title>/,
      );
      expect(res.body).toMatch(/data-country="CI"><path class="shade-2"/);
      expect(res.body).toMatch(/data-country="KE"><path class="shade-0"/);
      expect(res.body).toContain(
        '<li><a href="/recherche?targetCountry=SN">Sénégal</a> <span class="count">(2)</span></li>',
      );
      expect(res.body).toContain(
        '<li><a href="/recherche?targetCountry=CI">Côte d&#39;Ivoire</a> <span class="count">(1)</span></li>',
      );
      const legend = visibleText(res.body.slice(res.body.indexOf('<ul class="map-legend"')));
      expect(legend).toMatch(/^Aucune offre 1 2/);
      // No inline style anywhere (the colours are classes).
      expect(res.body).not.toMatch(/\sstyle=/);

      const en = await new BrowserSession(t, 'en').get('/?lang=en');
      expect(visibleText(en.body)).toContain('3 published offers');
      expect(visibleText(en.body)).toContain('Publish your offers');
      const ar = await new BrowserSession(t).get('/?lang=ar');
      expect(ar.body).toContain('<html lang="ar" dir="rtl">');
      expect(visibleText(ar.body)).toContain('انشروا عروضكم');
    });
  });
});
