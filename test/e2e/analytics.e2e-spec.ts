import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OfferStatsRecorder, weekOf } from '@app/analytics';
import { createLogger } from '@app/core';
import { SEARCH_DAYS, SearchQueryRecorder } from '@app/search';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { BrowserSession } from '../support/browser-session';
import { eventually } from '../support/eventually';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

type Json = Record<string, unknown>;

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const METRICS = ['views', 'applies', 'bookmarks', 'contacts', 'impressions'] as const;
const WORD = 'zébrelune';

/** The figures of a statistics table: row key (data-week or data-offer) → metric → value. */
function tableFigures(html: string, tableId: string, rowAttr: 'data-week' | 'data-offer') {
  const table = new RegExp(`<table[^>]*id="${tableId}"[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
  const rows: Record<string, Record<string, string>> = {};
  for (const row of table.matchAll(new RegExp(`<tr ${rowAttr}="([^"]+)"[\\s\\S]*?</tr>`, 'g'))) {
    rows[row[1]] = Object.fromEntries(
      [...row[0].matchAll(/data-metric="([^"]+)" data-value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
  }
  return rows;
}

/** RFC 4180 as our files write it: comma-separated, quoted when needed, CRLF lines. */
function parseCsv(body: string): string[][] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = body.slice(1);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += c;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('offer statistics: counting, the organisation page, CSV and the admin dashboard', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let db: DataSource;
  let admin: TestAccount;
  let owner: TestAccount;
  let otherOwner: TestAccount;
  let entrepreneur: TestAccount;
  let organisationId: string;
  let first: { id: string; slug: string };
  let second: { id: string; slug: string };

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: TestAccount, payload?: Json) =>
    t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  const visit = (url: string, agent: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'GET',
      url,
      headers: { 'user-agent': agent, accept: 'text/html', ...headers },
    });
  const flush = () => t.app.get(OfferStatsRecorder).flush();
  const counted = async (offerId: string, metric: string) => {
    const [row]: Array<{ count: number; positions: number }> = await db.query(
      `SELECT coalesce(sum(count), 0)::int AS count, coalesce(sum(position_sum), 0)::int AS positions
         FROM offer_weekly_stats WHERE offer_id = $1 AND metric = $2`,
      [offerId, metric],
    );
    return row;
  };
  const viewCount = async (offerId: string) =>
    ((await db.query(`SELECT view_count FROM offers WHERE id = $1`, [offerId])) as Json[])[0]
      .view_count as number;
  const publish = async (title: string) => {
    const created = await call('POST', `/api/v1/organisations/${organisationId}/offers`, owner, {
      ...offerContent({
        translations: {
          fr: {
            title,
            summary: 'Un accompagnement de six mois pour créer son entreprise au Sénégal.',
            description: 'Mentorat, ateliers et réseau d’investisseurs pour la diaspora.',
          },
        },
      }),
    });
    if (created.statusCode !== 201) throw new Error(`create failed: ${created.payload}`);
    const offer = created.json() as { id: string; slug: string };
    await call('POST', `/api/v1/organisations/${organisationId}/offers/${offer.id}/submit`, owner);
    const decided = await call('POST', `/api/v1/admin/offers/${offer.id}/decision`, admin, {
      decision: 'publish',
    });
    if (decided.statusCode !== 200) throw new Error(`publish failed: ${decided.payload}`);
    return offer;
  };

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    worker = await createWorkerApp({
      config: t.config,
      databaseUrl: t.database.url,
      logger: createLogger({ level: 'silent', name: 'worker' }),
    });
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Fonds Zèbre'));
    ({ owner: otherOwner } = await newVerifiedOrganisation(t, admin, 'Incubateur Voisin'));
    entrepreneur = await newAccount(t);
    first = await publish(`Incubateur ${WORD} pour la diaspora`);
    second = await publish(`Bourse ${WORD} d’amorçage`);
    await eventually(async () => {
      const res = await call('GET', `/api/v1/search?q=${encodeURIComponent(WORD)}&lang=fr`);
      expect(res.json().total).toBe(2);
    }, 60_000);
  }, 120_000);
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it('does not count crawlers, HEAD requests, prefetches or the address by id', async () => {
    const before = await viewCount(first.id);
    expect((await visit(`/offres/${first.slug}`, GOOGLEBOT)).statusCode).toBe(200);
    const head = await t.app.inject({
      method: 'HEAD',
      url: `/offres/${first.slug}`,
      headers: { 'user-agent': FIREFOX },
    });
    expect(head.statusCode).toBe(200);
    expect(
      (await visit(`/offres/${first.slug}`, FIREFOX, { 'sec-purpose': 'prefetch' })).statusCode,
    ).toBe(200);
    expect((await visit(`/offres/${first.id}`, FIREFOX)).statusCode).toBe(301);
    await flush();
    expect((await counted(first.id, 'view')).count).toBe(0);
    expect(await viewCount(first.id)).toBe(before);
  });

  it('counts a browser’s views of the page and of the API, in this ISO week, after a flush', async () => {
    const before = await viewCount(first.id);
    // The server stamps each view with its own clock: bracket it, so a run across Monday
    // 00:00 UTC knows both weeks a view may fall in.
    const weekBefore = weekOf(new Date());
    expect((await visit(`/offres/${first.slug}`, FIREFOX)).statusCode).toBe(200);
    expect((await visit(`/offres/${first.slug}`, FIREFOX)).statusCode).toBe(200);
    expect((await visit(`/api/v1/offers/${first.id}`, FIREFOX)).statusCode).toBe(200);
    const weekAfter = weekOf(new Date());
    await flush();
    const rows: Array<{ week: string; count: string }> = await db.query(
      `SELECT to_char(week, 'YYYY-MM-DD') AS week, count FROM offer_weekly_stats
        WHERE offer_id = $1 AND metric = 'view' ORDER BY week`,
      [first.id],
    );
    if (weekBefore === weekAfter) expect(rows).toEqual([{ week: weekBefore, count: '3' }]);
    else {
      expect(rows.every((r) => r.week === weekBefore || r.week === weekAfter)).toBe(true);
      expect(rows.reduce((sum, r) => sum + Number(r.count), 0)).toBe(3);
    }
    // The quality score's popularity reads the same views.
    expect(await viewCount(first.id)).toBe(before + 3);
  });

  it('counts clicks on "apply" and redirects to the offer’s own http(s) link only', async () => {
    const page = await visit(`/offres/${first.slug}`, FIREFOX);
    expect(page.body).toContain(`href="/offres/${first.slug}/postuler"`);
    const res = await visit(`/offres/${first.slug}/postuler?to=https://evil.example/`, FIREFOX);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('https://example.org/postuler');
    expect((await visit(`/offres/${first.slug}/postuler`, GOOGLEBOT)).statusCode).toBe(302);
    await flush();
    expect((await counted(first.id, 'apply')).count).toBe(1);

    // A link that is not http(s) (written before validation, or imported) is never followed.
    await db.query(
      `UPDATE offers SET content = jsonb_set(content, '{apply,url}', '"javascript:alert(1)"') WHERE id = $1`,
      [second.id],
    );
    const refused = await visit(`/offres/${second.slug}/postuler`, FIREFOX);
    expect(refused.statusCode).toBe(404);
    expect(refused.headers.location).toBeUndefined();
    expect((await visit(`/offres/${second.slug}`, FIREFOX)).body).not.toContain('/postuler"');
    expect((await visit('/offres/pas-une-offre/postuler', FIREFOX)).statusCode).toBe(404);
    await flush();
    expect((await counted(second.id, 'apply')).count).toBe(0);
  });

  it('writes what waits in memory when the API stops (a second API process on the same database)', async () => {
    const otherApi = await createApiApp({ config: t.config, databaseUrl: t.database.url });
    await otherApi.init();
    const before = (await counted(second.id, 'view')).count;
    const res = await otherApi.inject({
      method: 'GET',
      url: `/offres/${second.slug}`,
      headers: { 'user-agent': FIREFOX, accept: 'text/html' },
    });
    expect(res.statusCode).toBe(200);
    expect((await counted(second.id, 'view')).count).toBe(before);
    await otherApi.close();
    expect((await counted(second.id, 'view')).count).toBe(before + 1);
  });

  it('records an impression per offer shown on a results page, with its rank', async () => {
    const search = `/recherche?q=${encodeURIComponent(WORD)}`;
    const res = await visit(search, FIREFOX);
    expect(res.statusCode).toBe(200);
    // Crawlers and as-you-type result lists are not impressions.
    await visit(search, GOOGLEBOT);
    await visit(`${search}&partial=1&typing=1`, FIREFOX);
    await flush();
    const order = [first, second].sort(
      (a, b) => res.body.indexOf(`/offres/${a.slug}"`) - res.body.indexOf(`/offres/${b.slug}"`),
    );
    expect(await counted(order[0].id, 'impression')).toEqual({ count: 1, positions: 1 });
    expect(await counted(order[1].id, 'impression')).toEqual({ count: 1, positions: 2 });
  });

  describe('the organisation’s statistics page', () => {
    let html: string;
    /** The ISO weeks of the clock just before and just after the page was drawn. */
    let drawnIn: string[];

    beforeAll(async () => {
      expect(
        (await call('PUT', `/api/v1/me/bookmarks/${second.id}`, entrepreneur)).statusCode,
      ).toBeLessThan(300);
      const sent = await call('POST', `/api/v1/offers/${first.id}/contact-requests`, entrepreneur, {
        message: 'Bonjour, votre incubateur m’intéresse pour mon projet à Thiès.',
      });
      expect(sent.statusCode).toBe(201);
      // A view still waiting in memory: the page flushes before reading.
      await visit(`/offres/${second.slug}`, FIREFOX);
      const browser = await new BrowserSession(t).signIn(owner.email, owner.password);
      const weekBefore = weekOf(new Date());
      const page = await browser.get(`/espace/organisations/${organisationId}/statistiques`);
      drawnIn = [weekBefore, weekOf(new Date())];
      expect(page.status).toBe(200);
      html = page.body;
    });

    it('is linked from the organisation space and shows one chart per figure', async () => {
      const browser = await new BrowserSession(t).signIn(owner.email, owner.password);
      const space = await browser.get(`/espace?organisation=${organisationId}`);
      expect(space.body).toContain(`href="/espace/organisations/${organisationId}/statistiques"`);
      expect(html).toContain('aria-current="page">Statistiques<');
      for (const metric of METRICS) {
        expect(html).toMatch(
          new RegExp(
            `<svg [^>]*id="chart-${metric}" role="img" aria-labelledby="chart-${metric}-title chart-${metric}-desc"`,
          ),
        );
      }
      expect(html).toContain('<title id="chart-views-title">Vues de la page par semaine</title>');
    });

    it('shows per week exactly what the database holds', async () => {
      const weeks = tableFigures(html, 'weeks-table', 'data-week');
      expect(Object.keys(weeks)).toHaveLength(13); // 12 weeks and the total
      const expected: Array<{ week: string; metric: string; count: number }> = await db.query(
        `SELECT to_char(s.week, 'YYYY-MM-DD') AS week,
                CASE s.metric WHEN 'view' THEN 'views' WHEN 'apply' THEN 'applies' ELSE 'impressions' END AS metric,
                sum(s.count)::int AS count
           FROM offer_weekly_stats s JOIN offers o ON o.id = s.offer_id
          WHERE o.organisation_id = $1 GROUP BY 1, 2
         UNION ALL
         SELECT to_char(date_trunc('week', b.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD'), 'bookmarks', count(*)::int
           FROM bookmarks b JOIN offers o ON o.id = b.offer_id WHERE o.organisation_id = $1 GROUP BY 1
         UNION ALL
         SELECT to_char(date_trunc('week', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD'), 'contacts', count(*)::int
           FROM contact_requests WHERE organisation_id = $1 GROUP BY 1`,
        [organisationId],
      );
      // The week the server drew last, compared with the database week by week: this file's
      // events may fall on both sides of a Monday 00:00 UTC.
      const shown = Object.keys(weeks).filter((w) => w !== 'total');
      expect(drawnIn).toContain(shown[shown.length - 1]);
      expect(expected.every((r) => shown.includes(r.week))).toBe(true);
      for (const metric of METRICS) {
        const rows = expected.filter((r) => r.metric === metric);
        for (const week of shown) {
          const count = rows.find((r) => r.week === week)?.count ?? 0;
          expect([metric, week, weeks[week][metric]]).toEqual([metric, week, String(count)]);
        }
        const total = rows.reduce((sum, r) => sum + r.count, 0);
        expect([metric, weeks.total[metric]]).toEqual([metric, String(total)]);
      }
      // Made in this block's setup: one bookmark, one contact request.
      expect(weeks.total).toMatchObject({ bookmarks: '1', contacts: '1' });
      expect(Number(weeks.total.views)).toBeGreaterThan(0);
    });

    it('shows per offer what the database holds', async () => {
      const offers = tableFigures(html, 'offers-table', 'data-offer');
      for (const offer of [first, second]) {
        const [expected]: Array<Record<string, string>> = await db.query(
          `SELECT (SELECT coalesce(sum(count), 0) FROM offer_weekly_stats WHERE offer_id = $1 AND metric = 'view')::text AS views,
                  (SELECT coalesce(sum(count), 0) FROM offer_weekly_stats WHERE offer_id = $1 AND metric = 'apply')::text AS applies,
                  (SELECT count(*) FROM bookmarks WHERE offer_id = $1)::text AS bookmarks,
                  (SELECT count(*) FROM contact_requests WHERE offer_id = $1)::text AS contacts,
                  (SELECT coalesce(sum(count), 0) FROM offer_weekly_stats WHERE offer_id = $1 AND metric = 'impression')::text AS impressions`,
          [offer.id],
        );
        expect(offers[offer.id]).toMatchObject(expected);
      }
      expect(offers[first.id].contacts).toBe('1');
      expect(offers[second.id].bookmarks).toBe('1');
    });

    it('offers both tables as CSV with the same figures (UTF-8 BOM, no formula cells)', async () => {
      // A title a spreadsheet would run as a formula.
      await db.query(
        `UPDATE offers SET content = jsonb_set(content, '{translations,fr,title}', '"=1+1 Bourse"') WHERE id = $1`,
        [second.id],
      );
      const browser = await new BrowserSession(t).signIn(owner.email, owner.password);
      const base = `/espace/organisations/${organisationId}/statistiques`;
      const weeksCsv = await browser.get(`${base}/semaines.csv`);
      expect(weeksCsv.status).toBe(200);
      expect(weeksCsv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(String(weeksCsv.headers['content-disposition'])).toMatch(/^attachment; filename=/);
      const weekRows = parseCsv(weeksCsv.body);
      expect(weekRows[0]).toEqual([
        'Semaine du',
        'Vues de la page',
        'Clics sur « Candidater »',
        'Ajouts aux favoris',
        'Demandes de contact',
        'Affichages en recherche',
        'Position moyenne en recherche',
      ]);
      const table = tableFigures(html, 'weeks-table', 'data-week');
      expect(weekRows.slice(1)).toEqual(
        Object.entries(table)
          .filter(([week]) => week !== 'total')
          .map(([week, f]) => [week, ...METRICS.map((m) => f[m]), f.averagePosition]),
      );

      const offersCsv = parseCsv((await browser.get(`${base}/offres.csv`)).body);
      const byOffer = tableFigures(html, 'offers-table', 'data-offer');
      const rowOf = (slug: string) => offersCsv.find((r) => r[1].endsWith(`/offres/${slug}`))!;
      expect(rowOf(first.slug).slice(2)).toEqual([
        ...METRICS.map((m) => byOffer[first.id][m]),
        byOffer[first.id].averagePosition,
      ]);
      expect(rowOf(first.slug)[1]).toBe(`https://passerelle.test/offres/${first.slug}`);
      expect(rowOf(second.slug)[0]).toBe("'=1+1 Bourse");
    });

    it('is not readable by another organisation’s member; an admin may read it', async () => {
      const other = await new BrowserSession(t).signIn(otherOwner.email, otherOwner.password);
      const base = `/espace/organisations/${organisationId}/statistiques`;
      for (const url of [base, `${base}/semaines.csv`, `${base}/offres.csv`]) {
        const res = await other.get(url);
        expect([url, res.status]).toEqual([url, 404]);
        expect(res.body).not.toContain('data-metric');
      }
      const visitor = await new BrowserSession(t).signIn(entrepreneur.email, entrepreneur.password);
      expect((await visitor.get(base)).status).toBe(403);
      const staff = await new BrowserSession(t).signIn(admin.email, admin.password);
      const page = await staff.get(base);
      expect(page.status).toBe(200);
      expect(tableFigures(page.body, 'weeks-table', 'data-week')).toEqual(
        tableFigures(html, 'weeks-table', 'data-week'),
      );
    });

    it('reads in English too', async () => {
      const browser = await new BrowserSession(t, 'en').signIn(owner.email, owner.password);
      const page = await browser.get(
        `/espace/organisations/${organisationId}/statistiques?lang=en`,
      );
      expect(page.status).toBe(200);
      expect(page.body).toContain('<title id="chart-views-title">Page views per week</title>');
    });
  });

  it('shows the platform’s figures and searches per day on the admin dashboard', async () => {
    const staff = await new BrowserSession(t).signIn(admin.email, admin.password);
    // Searches still waiting in the log's buffer count too: the dashboard writes them first.
    for (const q of [WORD, 'aucunmotpareil']) {
      expect((await call('GET', `/api/v1/search?q=${q}&lang=fr`)).statusCode).toBe(200);
    }
    const today = (at: Date) => at.toISOString().slice(0, 10);
    const before = new Date();
    const page = await staff.get('/admin');
    const after = new Date();
    expect(page.status).toBe(200);
    const weeks = tableFigures(page.body, 'platform-weeks-table', 'data-week');
    const [views]: Array<{ n: number }> = await db.query(
      `SELECT coalesce(sum(count), 0)::int AS n FROM offer_weekly_stats WHERE metric = 'view'`,
    );
    expect(weeks.total.views).toBe(String(views.n));
    // Day by day against the table, read after the page: the server's "today" (the last row)
    // is the day of its own clock, which may be past midnight UTC already.
    const shown = [
      ...page.body.matchAll(
        /<tr data-day="([^"]+)">[\s\S]*?data-metric="searches" data-value="(\d+)"[\s\S]*?data-metric="zeroResults" data-value="(\d+)"/g,
      ),
    ].map((m) => ({ day: m[1], searches: Number(m[2]), zeroResults: Number(m[3]) }));
    expect(shown).toHaveLength(SEARCH_DAYS);
    expect([today(before), today(after)]).toContain(shown[shown.length - 1].day);
    // Whatever the page wrote or not, the table now holds every search so far.
    await t.app.get(SearchQueryRecorder).flush();
    const logged: Array<{ day: string; n: number; zero: number }> = await db.query(
      `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS n,
              count(*) FILTER (WHERE result_count = 0)::int AS zero
         FROM search_query_log GROUP BY 1`,
    );
    expect(logged.every((l) => shown.some((d) => d.day === l.day))).toBe(true);
    expect(shown).toEqual(
      shown.map(({ day }) => {
        const l = logged.find((x) => x.day === day);
        return { day, searches: l?.n ?? 0, zeroResults: l?.zero ?? 0 };
      }),
    );
    expect(shown.reduce((sum, d) => sum + d.zeroResults, 0)).toBeGreaterThanOrEqual(1);
    expect(page.body).toMatch(/<svg [^>]*id="chart-searches" role="img"/);
    expect(page.body).toMatch(/<svg [^>]*id="chart-zero-results" role="img"/);
  });
});
