import type { INestApplicationContext } from '@nestjs/common';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { createLogger } from '@app/core';
import { createWorkerApp } from '../../../apps/worker/src/create-worker-app';
import { searchIndexHolds } from '../../support/eventually';
import {
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

type Json = Record<string, unknown>;
type Offer = { id: string; slug: string };

const BREAKOUT = '</script><script>alert(1)</script>';
const EVIL_TITLE = `Subvention export ${BREAKOUT} & <b>gras</b>`;

/** Every <script type="application/ld+json"> of a page, parsed. */
function jsonLdOf(html: string): Json[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]) as Json,
  );
}

interface AtomEntry {
  id: string;
  title: { '#text': string; '@_type': string } | string;
  link: { '@_href': string };
  updated: string;
  summary?: { '#text': string };
  author: { name: string; uri?: string };
  category:
    Array<{ '@_term': string; '@_label': string }> | { '@_term': string; '@_label': string };
}

/** The text a reader shows for an Atom text construct (type="html" holds escaped HTML). */
function atomText(value: AtomEntry['title']): string {
  const raw = typeof value === 'string' ? value : value['#text'];
  const type = typeof value === 'string' ? 'text' : value['@_type'];
  if (type !== 'html') return raw;
  return raw
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('search feeds (Atom, iCalendar) and schema.org data', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: TestAccount;
  let agency: { owner: TestAccount; organisationId: string; slug: string };
  let fund: { owner: TestAccount; organisationId: string; slug: string };
  let evil: Offer;
  let rolling: Offer;
  let english: Offer;
  let soonest: Offer;

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, who?: TestAccount, payload?: Json) =>
    t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  const publish = async (organisation: typeof agency, content: Json): Promise<Offer> => {
    const base = `/api/v1/organisations/${organisation.organisationId}/offers`;
    const created = await call('POST', base, organisation.owner, content);
    if (created.statusCode !== 201) throw new Error(`create failed: ${created.payload}`);
    const offer = created.json() as Offer;
    await call('POST', `${base}/${offer.id}/submit`, organisation.owner);
    const res = await call('POST', `/api/v1/admin/offers/${offer.id}/decision`, admin, {
      decision: 'publish',
    });
    if (res.statusCode !== 200) throw new Error(`publish failed: ${res.payload}`);
    return offer;
  };
  const organisation = async (name: string, profile: Json) => {
    const made = await newVerifiedOrganisation(t, admin, name);
    const res = await call(
      'PATCH',
      `/api/v1/organisations/${made.organisationId}`,
      made.owner,
      profile,
    );
    if (res.statusCode !== 200) throw new Error(`profile failed: ${res.payload}`);
    return { ...made, slug: res.json().slug as string };
  };
  const fr = (title: string, summary: string) => ({
    title,
    summary,
    description: 'Une description assez longue pour que l’offre soit complète et publiable.',
  });

  beforeAll(async () => {
    t = await createTestApp();
    worker = await createWorkerApp({
      config: t.config,
      databaseUrl: t.database.url,
      logger: createLogger({ level: 'silent', name: 'worker' }),
    });
    admin = await newAdmin(t);
    agency = await organisation('Agence publique <Export>', {
      kind: 'public_agency',
      countriesOfOperation: ['SN'],
      website: 'https://agence.example.org',
    });
    fund = await organisation('Fonds Baobab', {
      kind: 'ngo',
      description: { fr: 'Un fonds pour les créatrices. </script><b>x</b>' },
      countriesOfOperation: ['SN', 'CI'],
      website: 'https://baobab.example.org',
      logoUrl: 'https://baobab.example.org/logo.png',
    });
    evil = await publish(
      agency,
      offerContent({
        translations: { fr: fr(EVIL_TITLE, 'Un résumé avec <i>balises</i> & esperluette.') },
        categoryCode: 'grant',
        sectorCodes: ['agriculture_agrifood'],
        deliveryLanguages: ['fr', 'wo'],
        cost: { type: 'free' },
        dates: { opensOn: '2026-01-01', deadline: '2099-06-30', rolling: false },
      }),
    );
    rolling = await publish(
      fund,
      offerContent({
        translations: {
          fr: fr('Mentorat comptable permanent', 'Un mentorat ouvert toute l’année.'),
        },
        categoryCode: 'mentoring',
        funding: null,
        cost: { type: 'paid', amountMinor: 15_050, currency: 'EUR' },
        dates: { rolling: true },
      }),
    );
    english = await publish(
      fund,
      offerContent({
        translations: {
          fr: fr('Prêt bilingue pour créatrices', 'Un prêt pour les créatrices au Sénégal.'),
          en: {
            title: 'Bilingual loan for women founders',
            summary: 'A loan for women founders in Senegal.',
            description: 'A description long enough for the offer to be complete and publishable.',
          },
        },
        categoryCode: 'loan',
        dates: { opensOn: '2026-01-01', deadline: '2098-03-01', rolling: false },
      }),
    );
    soonest = await publish(
      fund,
      offerContent({
        translations: { fr: fr('Subvention au plus tôt', 'La date limite la plus proche.') },
        categoryCode: 'grant',
        dates: { opensOn: '2026-01-01', deadline: '2097-01-15', rolling: false },
      }),
    );
    await searchIndexHolds(t.app, 4);
  }, 180_000);
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  describe('Atom', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });
    const atom = async (query: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/recherche.atom${query}`,
        headers: { accept: 'application/atom+xml' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      expect(XMLValidator.validate(res.body)).toBe(true);
      const feed = parser.parse(res.body).feed as Json & { entry?: AtomEntry | AtomEntry[] };
      const entries = feed.entry === undefined ? [] : ([] as AtomEntry[]).concat(feed.entry);
      return { feed, entries, body: res.body };
    };

    it('lists the search’s offers, newest first, with links, authors and categories', async () => {
      const { feed, entries } = await atom('');
      expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      // The same offers in the same order as the search API's newest first.
      const api = await call('GET', '/api/v1/search?sort=newest&pageSize=50');
      const newest = (api.json() as { hits: Array<{ id: string }> }).hits.map((h) => h.id);
      expect([...newest].sort()).toEqual([soonest, english, rolling, evil].map((o) => o.id).sort());
      expect(entries.map((e) => e.id)).toEqual(newest.map((id) => `urn:uuid:${id}`));
      const links = ([] as Array<Json>).concat(feed.link as Json);
      expect(links).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            '@_rel': 'self',
            '@_href': 'https://passerelle.test/recherche.atom?lang=fr',
          }),
          expect.objectContaining({
            '@_rel': 'alternate',
            '@_href': 'https://passerelle.test/recherche',
          }),
        ]),
      );
      const first = entries.find((e) => e.id === `urn:uuid:${evil.id}`)!;
      // Markup in a title is text: shown as written, never interpreted.
      expect(atomText(first.title)).toBe(EVIL_TITLE);
      expect(atomText(first.summary as AtomEntry['title'])).toBe(
        'Un résumé avec <i>balises</i> & esperluette.',
      );
      expect(first.link['@_href']).toBe(`https://passerelle.test/offres/${evil.slug}`);
      expect(first.author).toEqual({
        name: 'Agence publique <Export>',
        uri: `https://passerelle.test/organisations/${agency.slug}`,
      });
      const categories = ([] as Array<{ '@_term': string; '@_label': string }>).concat(
        first.category,
      );
      expect(categories.map((c) => c['@_term'])).toEqual(
        expect.arrayContaining(['grant', 'agriculture_agrifood']),
      );
      expect(categories.find((c) => c['@_term'] === 'grant')!['@_label']).toBe('Subvention');
      expect(Date.parse(first.updated)).not.toBeNaN();
    });

    it('takes the search page’s parameters: words, filters, sort, language', async () => {
      const grants = await atom('?category=grant');
      expect(grants.entries.map((e) => e.id).sort()).toEqual(
        [evil, soonest].map((o) => `urn:uuid:${o.id}`).sort(),
      );
      const words = await atom('?q=bilingue');
      expect(words.entries.map((e) => e.id)).toEqual([`urn:uuid:${english.id}`]);
      const bySort = await atom('?category=grant&sort=deadline');
      expect(bySort.entries.map((e) => e.id)).toEqual(
        [soonest, evil].map((o) => `urn:uuid:${o.id}`),
      );
      const inEnglish = await atom('?q=bilingue&lang=en');
      expect(atomText(inEnglish.entries[0].title)).toBe('Bilingual loan for women founders');
      expect(inEnglish.body).toContain(
        'href="https://passerelle.test/recherche.atom?q=bilingue&amp;lang=en"',
      );
      const none = await atom('?q=zzzintrouvable');
      expect(none.entries).toEqual([]);
    });

    it('answers a 400 problem naming a bad parameter, never a feed of something else', async () => {
      for (const [query, field] of [
        ['?minAmount=beaucoup', 'minAmount'],
        ['?category=astrology', 'category'],
        ['?lang=xx', 'lang'],
        ['?deadlineBefore=demain', 'deadlineBefore'],
      ]) {
        const res = await t.app.inject({ method: 'GET', url: `/recherche.atom${query}` });
        expect({ query, status: res.statusCode }).toEqual({ query, status: 400 });
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(JSON.stringify(res.json())).toContain(field);
      }
    });

    it('is linked from the search page, in the head and in the page', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/recherche?category=grant',
        headers: { accept: 'text/html' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(
        '<link rel="alternate" type="application/atom+xml" href="/recherche.atom?category=grant&amp;lang=fr"',
      );
      expect(res.body).toContain(
        '<a href="/recherche.atom?category=grant&amp;lang=fr" type="application/atom+xml"',
      );
      expect(res.body).toContain(
        '<a href="/recherche.ics?category=grant&amp;lang=fr" type="text/calendar"',
      );
    });
  });

  it('answers a feed or a 4xx problem to any query, never a 5xx', async () => {
    const fields = [
      ...['q', 'category', 'sector', 'stage', 'targetCountry', 'residenceCountry', 'language'],
      ...['format', 'free', 'openNow', 'verified', 'diasporaOnly', 'minAmount'],
      ...['deadlineBefore', 'sort', 'page', 'lang', 'partial', 'unknown'],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...fields), fc.string({ maxLength: 12 })), {
          maxLength: 4,
        }),
        fc.constantFrom('atom', 'ics'),
        async (pairs, format) => {
          const url = `/recherche.${format}?${new URLSearchParams(pairs)}`;
          const res = await t.app.inject({ method: 'GET', url });
          expect({ url, status: res.statusCode < 500 }).toEqual({ url, status: true });
          if (res.statusCode >= 400)
            expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        },
      ),
      { numRuns: 30 },
    );
  });

  describe('iCalendar', () => {
    const ics = async (query: string) => {
      const res = await t.app.inject({ method: 'GET', url: `/recherche.ics${query}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      const calendar = new ICAL.Component(ICAL.parse(res.body));
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      return { calendar, events, body: res.body };
    };

    it('has one all-day event per deadline, soonest first, with the offer’s address', async () => {
      const { calendar, events } = await ics('');
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      // The rolling offer has no deadline, so no event.
      expect(events.map((e) => e.uid)).toEqual(
        [soonest, english, evil].map((o) => `deadline-${o.id}@passerelle.test`),
      );
      const first = events.find((e) => e.uid === `deadline-${evil.id}@passerelle.test`)!;
      expect(first.startDate.isDate).toBe(true);
      expect(first.startDate.toString()).toBe('2099-06-30');
      expect(first.endDate.toString()).toBe('2099-07-01');
      expect(first.summary).toBe(`Date limite : ${EVIL_TITLE}`);
      expect(first.component.getFirstPropertyValue('url')).toBe(
        `https://passerelle.test/offres/${evil.slug}`,
      );
      expect(first.description).toContain('Agence publique <Export>');
    });

    it('keeps the same UIDs from one download to the next, and follows the filters', async () => {
      const once = await ics('?category=grant');
      const again = await ics('?category=grant');
      expect(once.events.map((e) => e.uid)).toEqual(again.events.map((e) => e.uid));
      expect(once.events.map((e) => e.uid)).toEqual(
        [soonest, evil].map((o) => `deadline-${o.id}@passerelle.test`),
      );
      const english = await ics('?q=bilingue&lang=en');
      expect(english.events.map((e) => e.summary)).toEqual([
        'Deadline: Bilingual loan for women founders',
      ]);
    });
  });

  describe('schema.org JSON-LD', () => {
    it('describes an offer of a public body as a GovernmentService, safely embedded', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/offres/${evil.slug}`,
        headers: { accept: 'text/html' },
      });
      expect(res.statusCode).toBe(200);
      const blocks = [
        ...res.body.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
      ];
      expect(blocks).toHaveLength(1);
      // The title's "</script><script>" cannot end the element or start another script.
      expect(blocks[0][1]).not.toMatch(/[<>]/);
      expect(res.body).not.toContain(BREAKOUT);
      const [data] = jsonLdOf(res.body);
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'GovernmentService',
        name: EVIL_TITLE,
        url: `https://passerelle.test/offres/${evil.slug}`,
        serviceType: 'Subvention',
        provider: {
          '@type': 'GovernmentOrganization',
          name: 'Agence publique <Export>',
          url: `https://passerelle.test/organisations/${agency.slug}`,
        },
        areaServed: [{ '@type': 'Country', name: 'Sénégal', identifier: 'SN' }],
        audience: {
          '@type': 'BusinessAudience',
          geographicArea: [
            { '@type': 'Country', name: 'France', identifier: 'FR' },
            { '@type': 'Country', name: 'Belgique', identifier: 'BE' },
          ],
        },
        availableLanguage: [
          { '@type': 'Language', name: 'français', alternateName: 'fr' },
          { '@type': 'Language', alternateName: 'wo' },
        ],
        offers: { '@type': 'Offer', price: 0, validThrough: '2099-06-30T23:59:59Z' },
      });
      expect(typeof data.description).toBe('string');
    });

    it('describes other offers as a Service with their price', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/offres/${rolling.slug}`,
        headers: { accept: 'text/html' },
      });
      const [data] = jsonLdOf(res.body);
      expect(data).toMatchObject({
        '@type': 'Service',
        provider: { '@type': 'Organization', name: 'Fonds Baobab' },
        offers: { '@type': 'Offer', price: 150.5, priceCurrency: 'EUR' },
      });
      expect((data.offers as Json).validThrough).toBeUndefined();
    });

    it('describes an organisation page as an Organization', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/organisations/${fund.slug}`,
        headers: { accept: 'text/html' },
      });
      expect(res.statusCode).toBe(200);
      const [data] = jsonLdOf(res.body);
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Organization',
        name: 'Fonds Baobab',
        url: `https://passerelle.test/organisations/${fund.slug}`,
        logo: 'https://baobab.example.org/logo.png',
        sameAs: ['https://baobab.example.org/'],
        description: 'Un fonds pour les créatrices. </script><b>x</b>',
      });
      expect(data.areaServed).toEqual(
        expect.arrayContaining([{ '@type': 'Country', name: 'Sénégal', identifier: 'SN' }]),
      );
      expect(res.body).not.toContain('</script><b>x</b>');
    });
  });
});
