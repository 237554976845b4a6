import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { ROOT } from '../support/spawn-node';
import { checkA11y, newPage, screenshot } from './support/browser';
import { usePlatform } from './support/platform';

// Issue 15.1: an organisation member opens the statistics of their organisation, after people
// looked at its offers. The chart and the table must say what the platform's database holds.

const DEMO_PASSWORD = 'Passerelle-demo-2026';
const MEMBER = 'organisation@passerelle.demo';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const METRICS = ['views', 'applies', 'bookmarks', 'contacts', 'impressions'] as const;

describe('offer statistics page (issue 15.1)', () => {
  const platform = usePlatform();
  let db: Client;

  /** The platform's own embedded PostgreSQL (its port and password are in its data folder). */
  beforeAll(async () => {
    const dataDir = platform.dataDir;
    const password = (await readFile(path.join(dataDir, 'pg-password'), 'utf8')).trim();
    const port = (await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split(
      '\n',
    )[3];
    db = new Client({
      connectionString: `postgres://passerelle:${encodeURIComponent(password)}@127.0.0.1:${port.trim()}/passerelle`,
    });
    // The platform stops after this file: its PostgreSQL then ends this connection.
    db.on('error', () => undefined);
    await db.connect();
  });

  it('shows a member the figures of their offers, as a chart and a table that agree with the database', async () => {
    const { rows: orgs } = await db.query<{ id: string }>(
      `SELECT m.organisation_id AS id FROM organisation_memberships m JOIN users u ON u.id = m.user_id
        WHERE u.email = $1 ORDER BY m.created_at LIMIT 1`,
      [MEMBER],
    );
    const organisationId = orgs[0].id;
    const { rows: offers } = await db.query<{ slug: string }>(
      `SELECT slug FROM offers WHERE organisation_id = $1 AND state = 'published' ORDER BY slug LIMIT 2`,
      [organisationId],
    );
    expect(offers.length).toBeGreaterThan(0);

    // Earlier weeks, as the recorder would have written them (the demo has no history).
    await db.query(
      `INSERT INTO offer_weekly_stats (offer_id, week, metric, count, position_sum)
       SELECT o.id, date_trunc('week', now() AT TIME ZONE 'UTC')::date - 7 * w, m.metric,
              (w * 7 + length(o.slug)) % m.spread + m.base,
              CASE m.metric WHEN 'impression' THEN 4 * ((w * 7 + length(o.slug)) % m.spread + m.base) ELSE 0 END
         FROM offers o, generate_series(1, 11) w,
              (VALUES ('view', 9, 3), ('apply', 3, 0), ('impression', 19, 12)) m(metric, spread, base)
        WHERE o.organisation_id = $1 AND o.state = 'published'
       ON CONFLICT DO NOTHING`,
      [organisationId],
    );

    // People read the offers and follow an "apply" link. (Headless Chromium names itself
    // HeadlessChrome, which the bot list rightly leaves uncounted: these come with a desktop
    // browser's user agent.)
    const person = { 'user-agent': FIREFOX };
    for (const offer of offers) {
      expect((await fetch(platform.url(`/offres/${offer.slug}`), { headers: person })).status).toBe(
        200,
      );
    }
    await fetch(platform.url(`/offres/${offers[0].slug}/postuler`), {
      headers: person,
      redirect: 'manual',
    });

    // The member finds the page through the space's navigation.
    const page = await newPage({ baseURL: platform.baseUrl });
    await page.goto('/connexion');
    await page.getByLabel(/^Adresse e-mail/).fill(MEMBER);
    await page.getByLabel(/^Mot de passe/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/espace/);
    await page.goto(`/espace?organisation=${organisationId}`);
    await page
      .getByRole('navigation', { name: 'Espace organisation' })
      .getByRole('link', { name: 'Statistiques' })
      .click();
    await page.waitForURL(`**/espace/organisations/${organisationId}/statistiques`);
    await page.getByRole('heading', { level: 1, name: 'Statistiques des offres' }).waitFor();
    await checkA11y(page, 'statistics');

    // The table, as shown, against the database, week by week.
    const table = await page.locator('#weeks-table tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        week: row.getAttribute('data-week')!,
        values: Object.fromEntries(
          [...row.querySelectorAll('td[data-metric]')].map((td) => [
            td.getAttribute('data-metric')!,
            td.getAttribute('data-value')!,
          ]),
        ),
      })),
    );
    expect(table).toHaveLength(12);
    const { rows: counted } = await db.query<{ week: string; metric: string; count: number }>(
      `SELECT to_char(s.week, 'YYYY-MM-DD') AS week, s.metric, sum(s.count)::int AS count
         FROM offer_weekly_stats s JOIN offers o ON o.id = s.offer_id
        WHERE o.organisation_id = $1 GROUP BY 1, 2
       UNION ALL
       SELECT to_char(date_trunc('week', b.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD'), 'bookmark', count(*)::int
         FROM bookmarks b JOIN offers o ON o.id = b.offer_id WHERE o.organisation_id = $1 GROUP BY 1
       UNION ALL
       SELECT to_char(date_trunc('week', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD'), 'contact', count(*)::int
         FROM contact_requests WHERE organisation_id = $1 GROUP BY 1`,
      [organisationId],
    );
    const names = {
      views: 'view',
      applies: 'apply',
      bookmarks: 'bookmark',
      contacts: 'contact',
      impressions: 'impression',
    };
    for (const { week, values } of table)
      for (const metric of METRICS) {
        const expected =
          counted.find((r) => r.week === week && r.metric === names[metric])?.count ?? 0;
        expect([week, metric, values[metric]]).toEqual([week, metric, String(expected)]);
      }
    const thisWeek = table[table.length - 1];
    expect(Number(thisWeek.values.views)).toBeGreaterThanOrEqual(offers.length);

    // Each chart draws the table's figures: one bar per week, in order, with the same values.
    for (const metric of METRICS) {
      const chart = page
        .getByRole('img', { name: new RegExp(`par semaine`) })
        .and(page.locator(`#chart-${metric}`));
      const bars = await chart
        .locator('rect.bar')
        .evaluateAll((rects) => rects.map((r) => r.getAttribute('data-value')));
      expect([metric, bars]).toEqual([metric, table.map((row) => row.values[metric])]);
    }

    await screenshot(page, 'analytics-statistics');
    // The README picture: the charts, from their heading down.
    await page.evaluate("document.getElementById('charts-title').scrollIntoView()");
    const docs = path.join(ROOT, 'docs', 'screenshots');
    await mkdir(docs, { recursive: true });
    await page.screenshot({
      path: path.join(docs, 'analytics.png'),
      fullPage: false,
      animations: 'disabled',
    });
    expect((await stat(path.join(docs, 'analytics.png'))).size).toBeLessThan(300 * 1024);
  });

  it('shows admins the platform’s figures and searches per day, accessibly', async () => {
    const page = await newPage({ baseURL: platform.baseUrl });
    await page.goto('/connexion');
    await page.getByLabel(/^Adresse e-mail/).fill('admin@passerelle.demo');
    await page.getByLabel(/^Mot de passe/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/admin$/);
    await page.getByRole('img', { name: /^Recherches par jour/ }).waitFor();
    await checkA11y(page, 'admin dashboard with statistics');
    const { rows } = await db.query<{ n: number }>(
      `SELECT coalesce(sum(count), 0)::int AS n FROM offer_weekly_stats WHERE metric = 'view'`,
    );
    const total = await page
      .locator('#platform-weeks-table tfoot td[data-metric="views"]')
      .getAttribute('data-value');
    expect(total).toBe(String(rows[0].n));
    await screenshot(page, 'analytics-admin');
    await db.end();
  });
});
