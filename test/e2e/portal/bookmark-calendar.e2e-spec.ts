import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { DataSource } from 'typeorm';
import { BrowserSession, visibleText } from '../../support/browser-session';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

type Offer = { id: string; slug: string };

/** The address shown once on the bookmarks page after making it. */
const SHOWN_URL = /id="calendar-url" type="url" readonly dir="ltr" value="([^"]+)"/;

describe('calendar of saved offers (secret, revocable address)', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;
  let dated: Offer;
  let other: Offer;
  let rolling: Offer;
  let archived: Offer;

  const offersUrl = () => `/api/v1/organisations/${organisationId}/offers`;
  const publish = async (title: string, dates: Record<string, unknown>): Promise<Offer> => {
    const created = await t.app.inject({
      method: 'POST',
      url: offersUrl(),
      headers: owner.auth(),
      payload: offerContent({
        translations: {
          fr: {
            title,
            summary: 'Un programme pour tester le calendrier des favoris.',
            description:
              'Une description assez longue pour que l’offre soit complète et publiable.',
          },
        },
        dates,
      }),
    });
    if (created.statusCode !== 201) throw new Error(`create failed: ${created.payload}`);
    const offer = created.json() as Offer;
    await t.app.inject({
      method: 'POST',
      url: `${offersUrl()}/${offer.id}/submit`,
      headers: owner.auth(),
    });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/offers/${offer.id}/decision`,
      headers: admin.auth(),
      payload: { decision: 'publish' },
    });
    if (res.statusCode !== 200) throw new Error(`publish failed: ${res.payload}`);
    return offer;
  };
  const save = async (who: TestAccount, offer: Offer) => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/me/bookmarks/${offer.id}`,
      headers: who.auth(),
    });
    expect(res.statusCode).toBe(200);
  };
  /** Signs in on the pages and makes (or replaces) the address; returns it and the session. */
  const makeAddress = async (who: TestAccount, session?: BrowserSession) => {
    const browser = session ?? (await new BrowserSession(t).signIn(who.email, who.password));
    const made = await browser.submit('/mon-espace/favoris', {}, '/mon-espace/favoris/calendrier');
    expect(made.status).toBe(303);
    expect(made.location).toBe('/mon-espace/favoris#agenda');
    const page = await browser.get('/mon-espace/favoris');
    expect(page.status).toBe(200);
    const url = SHOWN_URL.exec(page.body)?.[1];
    expect(url).toBeDefined();
    return { browser, page, url: url!, path: new URL(url!).pathname + new URL(url!).search };
  };
  const feed = (path: string) => t.app.inject({ method: 'GET', url: path });
  const events = (body: string) =>
    new ICAL.Component(ICAL.parse(body))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Incubateur Kola'));
    dated = await publish('Bourse des créatrices de Thiès', {
      opensOn: '2026-01-01',
      deadline: '2099-05-31',
      rolling: false,
    });
    other = await publish('Concours des artisans de Ziguinchor', {
      opensOn: '2026-01-01',
      deadline: '2099-09-15',
      rolling: false,
    });
    rolling = await publish('Mentorat ouvert toute l’année', { rolling: true });
    archived = await publish('Prêt archivé de Kaolack', {
      opensOn: '2026-01-01',
      deadline: '2099-02-01',
      rolling: false,
    });
  }, 120_000);
  afterAll(() => t.close());

  it('makes an address shown once, whose calendar lists the saved deadlines; only its hash is kept', async () => {
    const awa = await newAccount(t);
    for (const offer of [dated, rolling, archived]) await save(awa, offer);
    const archivedRes = await t.app.inject({
      method: 'POST',
      url: `${offersUrl()}/${archived.id}/archive`,
      headers: owner.auth(),
    });
    expect(archivedRes.statusCode).toBe(200);

    const browser = await new BrowserSession(t).signIn(awa.email, awa.password);
    const before = await browser.get('/mon-espace/favoris');
    expect(visibleText(before.body)).toContain('Vous n’avez pas d’adresse d’agenda active.');
    expect(before.body).toContain('action="/mon-espace/favoris/calendrier"');

    const { page, url, path } = await makeAddress(awa, browser);
    expect(url).toMatch(
      /^https:\/\/passerelle\.test\/calendrier\/favoris\/[A-Za-z0-9_-]{43}\.ics\?lang=fr$/,
    );
    expect(visibleText(page.body)).toContain('Copiez-la maintenant');
    expect(page.body).toContain('copy-link.js');
    // Shown once: the next visit only says an address is active.
    const later = await browser.get('/mon-espace/favoris');
    expect(later.body).not.toMatch(SHOWN_URL);
    expect(visibleText(later.body)).toContain('Une adresse secrète est active depuis le');
    expect(later.body).toContain('action="/mon-espace/favoris/calendrier/revoquer"');

    const res = await feed(path);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-store');
    const list = events(res.body);
    // The rolling offer has no deadline; the archived one left public view.
    expect(list.map((e) => e.uid)).toEqual([`bookmark-deadline-${dated.id}@passerelle.test`]);
    expect(list[0].summary).toBe('Date limite : Bourse des créatrices de Thiès');
    expect(list[0].startDate.isDate).toBe(true);
    expect(list[0].startDate.toString()).toBe('2099-05-31');
    expect(list[0].component.getFirstPropertyValue('url')).toBe(
      `https://passerelle.test/offres/${dated.slug}`,
    );
    // Without the .ics ending too, and in English.
    const token = /favoris\/([A-Za-z0-9_-]{43})\.ics/.exec(url)![1];
    const english = await feed(`/calendrier/favoris/${token}?lang=en`);
    expect(events(english.body)[0].summary).toBe('Deadline: Bourse des créatrices de Thiès');

    // Stored as its SHA-256, never in clear.
    const rows: Array<{ token_hash: string }> = await db.query(
      `SELECT token_hash FROM bookmark_calendar_tokens WHERE user_id = $1`,
      [awa.id],
    );
    expect(rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
    const clear: Array<{ n: number }> = await db.query(
      `SELECT count(*)::int AS n FROM bookmark_calendar_tokens t WHERE row_to_json(t)::text LIKE $1`,
      [`%${token}%`],
    );
    expect(clear).toEqual([{ n: 0 }]);
  });

  it('replacing the address revokes the old one; revoking answers 404 for good', async () => {
    const awa = await newAccount(t);
    await save(awa, dated);
    const first = await makeAddress(awa);
    expect((await feed(first.path)).statusCode).toBe(200);

    const second = await makeAddress(awa, first.browser);
    expect(second.url).not.toBe(first.url);
    expect((await feed(first.path)).statusCode).toBe(404);
    expect((await feed(second.path)).statusCode).toBe(200);

    const revoked = await second.browser.submit(
      '/mon-espace/favoris',
      {},
      '/mon-espace/favoris/calendrier/revoquer',
    );
    expect(revoked.status).toBe(303);
    const gone = await feed(second.path);
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(gone.json()).toMatchObject({ code: 'FEEDS.CALENDAR_NOT_FOUND' });
    expect(visibleText((await second.browser.get('/mon-espace/favoris')).body)).toContain(
      'Vous n’avez pas d’adresse d’agenda active.',
    );
  });

  it('never shows one person’s saved offers through another’s address; unknown tokens are 404', async () => {
    const awa = await newAccount(t);
    const binta = await newAccount(t);
    await save(awa, dated);
    await save(binta, other);
    const mine = await makeAddress(awa);
    const hers = await makeAddress(binta);
    expect(events((await feed(mine.path)).body).map((e) => e.uid)).toEqual([
      `bookmark-deadline-${dated.id}@passerelle.test`,
    ]);
    expect(events((await feed(hers.path)).body).map((e) => e.uid)).toEqual([
      `bookmark-deadline-${other.id}@passerelle.test`,
    ]);
    for (const path of [
      `/calendrier/favoris/${'A'.repeat(43)}.ics`,
      '/calendrier/favoris/court.ics',
      `/calendrier/favoris/${'x'.repeat(90)}`,
    ])
      expect({ path, status: (await feed(path)).statusCode }).toEqual({ path, status: 404 });
    const badLanguage = await feed(`${mine.path.replace(/\?.*$/, '')}?lang=xx`);
    expect(badLanguage.statusCode).toBe(400);
  });

  it('belongs to entrepreneurs: other accounts cannot make one', async () => {
    const browser = await new BrowserSession(t).signIn(owner.email, owner.password);
    await browser.get('/');
    const res = await browser.post('/mon-espace/favoris/calendrier');
    expect(res.status).toBe(403);
  });
});
