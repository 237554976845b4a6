import type { INestApplicationContext } from '@nestjs/common';
import { createLogger } from '@app/core';
import { createWorkerApp } from '../../../apps/worker/src/create-worker-app';
import { BrowserSession, visibleText } from '../../support/browser-session';
import { eventually } from '../../support/eventually';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

type Json = Record<string, unknown>;
type Match = { field: string; codes?: string[]; label: string };

/**
 * The search page says why each result matched and, to admins who ask, how it ranked.
 * What an engine reports as matches varies (the PostgreSQL engine reports none), so the
 * page is checked against what the API says for the same search; the wording itself is
 * checked with constructed results in portal/public/search-results-view.spec.ts.
 */
describe('search page: why a result matched, estimated counts, admin explain', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: TestAccount;
  let offer: { id: string; slug: string };

  const call = (method: 'GET' | 'POST', url: string, who?: TestAccount, payload?: Json) =>
    t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  const apiHit = async (q: string, lang: string) => {
    const res = await call('GET', `/api/v1/search?q=${encodeURIComponent(q)}&lang=${lang}`);
    const hits = res.json().hits as Array<{ id: string; matches: Match[] }>;
    return hits.find((h) => h.id === offer.id)!;
  };

  beforeAll(async () => {
    t = await createTestApp();
    worker = await createWorkerApp({
      config: t.config,
      databaseUrl: t.database.url,
      logger: createLogger({ level: 'silent', name: 'worker' }),
    });
    admin = await newAdmin(t);
    const { owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Fonds Baobab');
    const created = await call('POST', `/api/v1/organisations/${organisationId}/offers`, owner, {
      ...offerContent({
        translations: {
          fr: {
            title: 'Incubateur baobabique pour la diaspora',
            summary: 'Six mois d’accompagnement pour créer son entreprise en Côte d’Ivoire.',
            description:
              'Un programme d’incubation complet, avec un mentor, des ateliers et un réseau d’investisseurs.',
          },
        },
      }),
    });
    if (created.statusCode !== 201) throw new Error(`create failed: ${created.payload}`);
    offer = created.json();
    await call('POST', `/api/v1/organisations/${organisationId}/offers/${offer.id}/submit`, owner);
    const published = await call('POST', `/api/v1/admin/offers/${offer.id}/decision`, admin, {
      decision: 'publish',
    });
    if (published.statusCode !== 200) throw new Error(`publish failed: ${published.payload}`);
    await eventually(async () => expect(await apiHit('baobabique', 'fr')).toBeDefined(), 60_000);
  }, 120_000);
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it('shows why a hit whose title matches was found, in French, with an exact count', async () => {
    const res = await new BrowserSession(t).get('/recherche?q=baobabique');
    expect(res.status).toBe(200);
    expect(res.body).toContain(`href="/offres/${offer.slug}"`);
    const text = visibleText(res.body);
    // One offer: the engine counts exactly, so no "≈".
    expect(text).toContain('1 résultat');
    expect(res.body).not.toContain('<span aria-hidden="true">≈ </span>');
    const { matches } = await apiHit('baobabique', 'fr');
    if (matches.length) {
      expect(text).toContain('Pourquoi ce résultat');
      expect(matches.map((m) => m.field)).toContain('title');
      expect(text).toContain('Dans le titre');
    } else {
      expect(text).not.toContain('Pourquoi ce résultat');
    }
  });

  it('says it in Arabic on the right-to-left page', async () => {
    const res = await new BrowserSession(t, 'ar').get('/recherche?q=baobabique&lang=ar');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<html lang="ar" dir="rtl">');
    expect(res.body).toContain(`href="/offres/${offer.slug}"`);
    // The French title keeps its own language and direction inside the Arabic page.
    expect(res.body).toMatch(/<h3 class="result-title" dir="auto" lang="fr">/);
    if ((await apiHit('baobabique', 'ar')).matches.length)
      expect(visibleText(res.body)).toContain('في العنوان');
  });

  it('gives admins a switch that shows each hit’s ranking buckets, kept across links', async () => {
    const session = await new BrowserSession(t).signIn(admin.email, admin.password);
    const plain = await session.get('/recherche?q=baobabique&lang=fr');
    expect(plain.body).toContain('<input type="checkbox" id="f-explain" name="explain" value="1">');
    expect(plain.body).not.toContain('class="ranking"');

    const res = await session.get('/recherche?q=baobabique&category=grant&explain=1&lang=fr');
    expect(res.status).toBe(200);
    expect(res.body).toContain(
      '<input type="checkbox" id="f-explain" name="explain" value="1" checked>',
    );
    expect(visibleText(res.body)).toContain('Classement, règle par règle');
    // Either the buckets, or a sentence saying the engine gave none: never a blank.
    expect(res.body).toMatch(
      /<dl class="ranking-rules"|Le moteur de recherche n’a pas expliqué ce résultat\./,
    );
    // Removing a filter keeps the explanation on.
    expect(res.body).toContain('class="chip" href="/recherche?q=baobabique&amp;explain=1"');
  });

  it('ignores explain for visitors and entrepreneurs (no switch, no buckets)', async () => {
    const entrepreneur = await newAccount(t);
    for (const session of [
      new BrowserSession(t),
      await new BrowserSession(t).signIn(entrepreneur.email, entrepreneur.password),
    ]) {
      const res = await session.get('/recherche?q=baobabique&explain=1&lang=fr');
      expect(res.status).toBe(200);
      expect(res.body).toContain(`href="/offres/${offer.slug}"`);
      expect(res.body).not.toContain('f-explain');
      expect(res.body).not.toContain('class="ranking"');
    }
  });
});
