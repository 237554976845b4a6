import type { INestApplicationContext } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { createLogger } from '@app/core';
import { JobQueue } from '@app/database';
import { AlertsService, ENTREPRENEUR_ALERTS_JOB } from '@app/entrepreneur-profile';
import { SearchIndexer } from '@app/search';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  uniqueEmail,
  type TestAccount,
} from '../support/factories';
import { tokenFrom, type ReceivedMail } from '../support/mailbox';
import { createTestApp, type TestApp } from '../support/test-app';
import { eventually } from '../support/eventually';

type Json = Record<string, unknown>;
const HOUR = 3600_000;

describe('saved searches and e-mail alerts (real worker, PostgreSQL search)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let db: DataSource;
  let alerts: AlertsService;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;
  /** The alert job's schedule as the worker registered it (then removed, see below). */
  let schedule: unknown;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    alerts = t.app.get(AlertsService);
    worker = await createWorkerApp({
      config: t.config,
      databaseUrl: t.database.url,
      logger: createLogger({ level: 'silent', name: 'worker' }),
    });
    // The tests call the job's service with an explicit `now`; a cron run at hh:20 in the middle
    // of a test would be a second, unplanned run.
    [schedule] = await db.query(`SELECT cron FROM pgboss.schedule WHERE name = $1`, [
      ENTREPRENEUR_ALERTS_JOB,
    ]);
    await worker.get(JobQueue).instance.unschedule(ENTREPRENEUR_ALERTS_JOB);
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Fonds Kora Alertes'));
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    who?: TestAccount,
    payload?: unknown,
  ) =>
    t.app.inject({
      method,
      url,
      headers: who ? who.auth() : {},
      payload: payload as Json | undefined,
    });
  const offersUrl = () => `/api/v1/organisations/${organisationId}/offers`;

  /** Publishes an offer and waits until the worker indexed it (searchable by `word`). */
  const publish = async (word: string, title: string, extra: Json = {}) => {
    const created = await call(
      'POST',
      offersUrl(),
      owner,
      offerContent({
        translations: {
          fr: {
            title: `${title} ${word}`,
            summary: 'Un programme de démonstration pour les alertes.',
            description: 'Description assez longue pour une offre complète, indexée puis alertée.',
          },
        },
        ...extra,
      }),
    );
    expect(created.statusCode).toBe(201);
    const offer = created.json() as { id: string; slug: string };
    await call('POST', `${offersUrl()}/${offer.id}/submit`, owner);
    const decided = await call('POST', `/api/v1/admin/offers/${offer.id}/decision`, admin, {
      decision: 'publish',
    });
    expect(decided.statusCode).toBe(200);
    await eventually(async () => {
      const res = await call('GET', `/api/v1/search?q=${word}&pageSize=50`);
      expect((res.json() as { hits: Array<{ id: string }> }).hits.map((h) => h.id)).toContain(
        offer.id,
      );
    }, 60_000); // the worker's job, then the API's index: the suite's bound (searchIndexHolds)
    return offer;
  };
  /** Makes an indexed offer look published long ago (database row and search document). */
  const backdate = async (offerId: string, days: number) => {
    await db.query(
      `UPDATE offers SET published_at = published_at - make_interval(days => $2) WHERE id = $1`,
      [offerId, days],
    );
    await t.app.get(SearchIndexer).syncOffer(offerId);
  };
  const saveSearch = async (who: TestAccount, body: Json) => {
    const res = await call('POST', '/api/v1/me/saved-searches', who, body);
    expect(res.statusCode).toBe(201);
    return res.json() as Json & { id: string };
  };
  const alertMails = async (email: string): Promise<ReceivedMail[]> =>
    (await t.mailbox.to(email)).filter((m) => /nouvelles? offres?|new offers?/.test(m.subject));
  const offerLink = (slug: string) => `https://passerelle.test/offres/${slug}`;

  describe('saved searches API', () => {
    it('create, read, rename, change, delete; newest first', async () => {
      const awa = await newAccount(t);
      const first = await saveSearch(awa, {
        name: '  Subventions au Sénégal ',
        search: { q: 'énergie', category: ['grant'], targetCountry: 'sn,ci', free: true },
      });
      expect(first).toMatchObject({
        name: 'Subventions au Sénégal',
        search: { q: 'énergie', category: ['grant'], targetCountry: ['SN', 'CI'], free: true },
        frequency: 'daily',
        lastAlertAt: null,
      });
      const second = await saveSearch(awa, {
        name: 'Prêts',
        search: { category: 'loan', minAmount: 5000, deadlineBefore: '2099-01-31' },
        frequency: 'off',
      });
      expect(second.search).toEqual({
        category: ['loan'],
        minAmount: 5000,
        deadlineBefore: '2099-01-31',
      });

      const list = await call('GET', '/api/v1/me/saved-searches', awa);
      expect(list.statusCode).toBe(200);
      expect(list.json()).toMatchObject({ total: 2, page: 1, pageSize: 20 });
      expect((list.json().items as Json[]).map((s) => s.id)).toEqual([second.id, first.id]);

      const patched = await call('PATCH', `/api/v1/me/saved-searches/${first.id}`, awa, {
        name: 'Subventions énergie',
        frequency: 'weekly',
        search: { category: ['grant'], sector: ['renewable_energy'] },
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json()).toMatchObject({
        id: first.id,
        name: 'Subventions énergie',
        frequency: 'weekly',
        search: { category: ['grant'], sector: ['renewable_energy'] },
      });
      expect(patched.json().search).not.toHaveProperty('q');
      const read = await call('GET', `/api/v1/me/saved-searches/${first.id}`, awa);
      expect(read.json()).toEqual(patched.json());

      expect((await call('DELETE', `/api/v1/me/saved-searches/${first.id}`, awa)).statusCode).toBe(
        204,
      );
      expect((await call('GET', `/api/v1/me/saved-searches/${first.id}`, awa)).statusCode).toBe(
        404,
      );
    });

    it('validates the search exactly as GET /api/v1/search does', async () => {
      const awa = await newAccount(t);
      const save = (search: Json, extra: Json = {}) =>
        call('POST', '/api/v1/me/saved-searches', awa, { name: 'Test', search, ...extra });
      const errorsOf = (res: { json(): unknown }) =>
        (res.json() as { errors: Array<{ field: string; rule: string; message: string }> }).errors;

      for (const [query, search] of [
        ['category=nope', { category: ['nope'] }],
        ['sector=grant', { sector: ['grant'] }],
        ['targetCountry=XX', { targetCountry: ['XX'] }],
        ['language=zz', { language: ['zz'] }],
        ['format=sometimes', { format: ['sometimes'] }],
        ['minAmount=-5', { minAmount: -5 }],
        ['deadlineBefore=31/12/2026', { deadlineBefore: '31/12/2026' }],
        ['free=yes', { free: 'yes' }],
        ['unknown=1', { unknown: 1 }],
      ] as const) {
        const viaSearch = await call('GET', `/api/v1/search?${query}`);
        const viaSaved = await save(search);
        expect({ query, status: viaSaved.statusCode }).toEqual({ query, status: 400 });
        expect(viaSearch.statusCode).toBe(400);
        expect(viaSaved.json().code).toBe(viaSearch.json().code);
        // Same rules and messages; the field sits under `search` in the body.
        expect(errorsOf(viaSaved)).toEqual(
          errorsOf(viaSearch).map((e) => ({
            ...e,
            field: `search.${e.field}`,
            message: e.rule === 'unknownProperty' ? `search.${e.message}` : e.message,
          })),
        );
      }
      expect((await save({}, { name: '' })).statusCode).toBe(400);
      expect((await save({}, { name: '   ' })).statusCode).toBe(400);
      expect((await save({}, { name: 'x'.repeat(121) })).statusCode).toBe(400);
      expect((await save({}, { frequency: 'hourly' })).statusCode).toBe(400);
      expect((await save(['grant'] as unknown as Json)).statusCode).toBe(400);
      expect(
        (await call('POST', '/api/v1/me/saved-searches', awa, { name: 'Sans recherche' }))
          .statusCode,
      ).toBe(400);
      expect((await call('GET', '/api/v1/me/saved-searches', awa)).json().total).toBe(0);
    });

    it('someone else’s saved search is a 404; organisation accounts get 403', async () => {
      const awa = await newAccount(t);
      const ben = await newAccount(t);
      const mine = await saveSearch(awa, { name: 'À moi', search: { category: ['loan'] } });
      expect((await call('GET', '/api/v1/me/saved-searches', ben)).json().total).toBe(0);
      for (const [method, payload] of [
        ['GET', undefined],
        ['PATCH', { name: 'Volé' }],
        ['DELETE', undefined],
      ] as const) {
        const res = await call(method, `/api/v1/me/saved-searches/${mine.id}`, ben, payload);
        expect({ method, status: res.statusCode }).toEqual({ method, status: 404 });
        expect(res.json().code).toBe('SAVED_SEARCHES.NOT_FOUND');
      }
      const still = await call('GET', `/api/v1/me/saved-searches/${mine.id}`, awa);
      expect(still.json().name).toBe('À moi');

      const member = await newAccount(t, { kind: 'organisation' });
      expect((await call('GET', '/api/v1/me/saved-searches', member)).statusCode).toBe(403);
      expect(
        (
          await call('POST', '/api/v1/me/saved-searches', member, {
            name: 'x',
            search: {},
          })
        ).statusCode,
      ).toBe(403);
    });
  });

  describe('the alert job', () => {
    it('is scheduled hourly in the worker and runs through pg-boss', async () => {
      expect(schedule).toEqual({ cron: '20 * * * *' });
      const jobId = await worker.get(JobQueue).send(ENTREPRENEUR_ALERTS_JOB, {});
      await eventually(async () => {
        const [job] = await db.query(`SELECT state::text AS state FROM pgboss.job WHERE id = $1`, [
          jobId,
        ]);
        expect(job).toEqual({ state: 'completed' });
      });
    });

    it('e-mails exactly the new matching offers, once; nothing on the next runs', async () => {
      const word = 'zorglubien';
      const awa = await newAccount(t, { language: 'fr' });
      const old = await publish(word, 'Subvention ancienne');
      await backdate(old.id, 3);
      const saved = await saveSearch(awa, {
        name: 'Subventions au Sénégal',
        search: { q: word, category: ['grant'], targetCountry: ['SN'] },
      });
      const a = await publish(word, 'Subvention A');
      const b = await publish(word, 'Subvention B');
      const loan = await publish(word, 'Prêt', { categoryCode: 'loan' });
      const elsewhere = await publish(word, 'Subvention ivoirienne', {
        eligibility: {
          residenceCountries: ['FR'],
          targetCountries: ['CI'],
          diasporaOnly: true,
          genderFocus: 'any',
        },
      });

      const now = new Date();
      const first = await alerts.runDue(now);
      expect(first.failed).toBe(0);
      const mails = await alertMails(awa.email);
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      expect(mail.subject).toBe('2 nouvelles offres pour « Subventions au Sénégal »');
      expect(mail.text).toContain('Votre recherche enregistrée « Subventions au Sénégal »');
      expect(mail.text).toContain(
        `Recherche : Mots-clés : « ${word} » · Catégorie : Subvention · Pays du projet : Sénégal`,
      );
      expect(mail.links).toEqual(expect.arrayContaining([offerLink(a.slug), offerLink(b.slug)]));
      for (const other of [old, loan, elsewhere])
        expect(mail.links).not.toContain(offerLink(other.slug));
      expect(mail.text).toContain(`Subvention A ${word} — Fonds Kora Alertes`);
      // Unsubscribe without signing in (the portal page), in the body and as a header.
      const unsubscribe = mail.links.find((l) => l.includes('/alertes/desabonner?token='));
      expect(unsubscribe).toBeDefined();
      const raw = (await readFile(mail.file, 'utf8')).replace(/\r?\n[ \t]+/g, ' ');
      expect(raw).toMatch(
        /^List-Unsubscribe: <https:\/\/passerelle\.test\/alertes\/desabonner\?token=[^>]+>$/m,
      );

      const read = await call('GET', `/api/v1/me/saved-searches/${saved.id}`, awa);
      expect(read.json().lastAlertAt).toBe(now.toISOString());

      // An hour later: not due, nothing sent.
      await alerts.runDue(new Date(now.getTime() + HOUR));
      expect(await alertMails(awa.email)).toHaveLength(1);

      // A day later: only the offer published since.
      const c = await publish(word, 'Subvention C');
      await alerts.runDue(new Date(now.getTime() + 25 * HOUR));
      const after = await alertMails(awa.email);
      expect(after).toHaveLength(2);
      expect(after[1].subject).toBe('1 nouvelle offre pour « Subventions au Sénégal »');
      expect(after[1].links).toContain(offerLink(c.slug));
      for (const sent of [a, b]) expect(after[1].links).not.toContain(offerLink(sent.slug));

      // Another day, nothing new: no e-mail.
      await alerts.runDue(new Date(now.getTime() + 50 * HOUR));
      expect(await alertMails(awa.email)).toHaveLength(2);
      // Even forced to look again from the start, an offer already sent is never sent twice.
      await db.query(`UPDATE saved_searches SET last_checked_at = NULL WHERE id = $1`, [saved.id]);
      await alerts.runDue(new Date(now.getTime() + 51 * HOUR));
      expect(await alertMails(awa.email)).toHaveLength(2);
      const sentRows: Array<{ offer_id: string }> = await db.query(
        `SELECT offer_id FROM saved_search_sent_offers WHERE saved_search_id = $1`,
        [saved.id],
      );
      expect(sentRows.map((r) => r.offer_id).sort()).toEqual([a.id, b.id, c.id].sort());
    });

    it('sends nothing when nothing is new; weekly searches wait a week; English readers get English', async () => {
      const word = 'quokkaesque';
      const ben = await newAccount(t, { language: 'en' });
      const quiet = await saveSearch(ben, {
        name: 'Nothing yet',
        search: { q: 'inexistantissime', targetCountry: ['SN'] },
      });
      const weekly = await saveSearch(ben, {
        name: 'Weekly grants',
        search: { q: word, category: ['grant'] },
        frequency: 'weekly',
      });

      const now = new Date();
      await alerts.runDue(now);
      expect(await alertMails(ben.email)).toHaveLength(0);
      const checked: Array<{ id: string; last_checked_at: Date | null }> = await db.query(
        `SELECT id, last_checked_at FROM saved_searches WHERE id = ANY($1) ORDER BY id`,
        [[quiet.id, weekly.id]],
      );
      expect(checked.map((r) => r.last_checked_at?.toISOString())).toEqual([
        now.toISOString(),
        now.toISOString(),
      ]);

      const offer = await publish(word, 'Grant');
      await alerts.runDue(new Date(now.getTime() + 25 * HOUR));
      expect(await alertMails(ben.email)).toHaveLength(0);

      await alerts.runDue(new Date(now.getTime() + 7 * 24 * HOUR + HOUR));
      const mails = await alertMails(ben.email);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe('1 new offer for “Weekly grants”');
      expect(mails[0].text).toContain(`Search: Keywords: “${word}” · Category: Grant`);
      expect(mails[0].text).toContain('at most once a week');
      expect(mails[0].links).toContain(offerLink(offer.slug));
      const quietNow = await call('GET', `/api/v1/me/saved-searches/${quiet.id}`, ben);
      expect(quietNow.json().lastAlertAt).toBeNull();
    });

    it('the unsubscribe link works without signing in, again and again; a tampered one is refused', async () => {
      const word = 'wapitique';
      const chloe = await newAccount(t);
      const saved = await saveSearch(chloe, { name: 'Incubation', search: { q: word } });
      await publish(word, 'Incubateur');
      await alerts.runDue(new Date());
      const [mail] = await alertMails(chloe.email);
      const token = tokenFrom(mail);

      const tamperedId = token.replace(
        /\.([0-9a-f])/,
        (_m, c: string) => `.${c === 'a' ? 'b' : 'a'}`,
      );
      const signature = token.split('.')[2];
      const tamperedSignature = token.replace(
        signature,
        `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`,
      );
      for (const bad of [tamperedId, tamperedSignature, `${token}x`, 'garbage-token']) {
        const res = await call(
          'GET',
          `/api/v1/alerts/unsubscribe?token=${encodeURIComponent(bad)}`,
        );
        expect({ bad, status: res.statusCode }).toEqual({ bad, status: 400 });
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json().code).toBe('ALERTS.INVALID_TOKEN');
      }
      expect((await call('GET', '/api/v1/alerts/unsubscribe')).statusCode).toBe(400);
      expect(
        (await call('GET', `/api/v1/me/saved-searches/${saved.id}`, chloe)).json().frequency,
      ).toBe('daily');

      const done = await call('GET', `/api/v1/alerts/unsubscribe?token=${token}`);
      expect(done.statusCode).toBe(200);
      expect(done.json()).toMatchObject({ unsubscribed: true, name: 'Incubation' });
      const again = await call('GET', `/api/v1/alerts/unsubscribe?token=${token}`);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ unsubscribed: true, name: 'Incubation' });
      // The search stays, silent.
      const read = await call('GET', `/api/v1/me/saved-searches/${saved.id}`, chloe);
      expect(read.json()).toMatchObject({ name: 'Incubation', frequency: 'off' });
      await publish(word, 'Autre incubateur');
      await alerts.runDue(new Date(Date.now() + 30 * 24 * HOUR));
      expect(await alertMails(chloe.email)).toHaveLength(1);
    });
  });

  describe('alerts without an account', () => {
    it('need confirmation first; same answer for any address; the job then handles them', async () => {
      const word = 'ornithorynque';
      const email = uniqueEmail('visitor');
      const request = (payload: Json) => call('POST', '/api/v1/alerts', undefined, payload);
      const body = { email, search: { q: word, category: ['grant'] }, frequency: 'daily' };

      const accepted = await request(body);
      expect(accepted.statusCode).toBe(202);
      const confirmMail = await t.mailbox.waitFor(email, { subject: /Confirmez votre alerte/ });
      expect(confirmMail.text).toContain(`Mots-clés : « ${word} » · Catégorie : Subvention`);
      // A second request for the same address answers exactly the same.
      const second = await request({ ...body, frequency: 'weekly', name: 'Deuxième' });
      expect(second.statusCode).toBe(202);
      expect(second.json()).toEqual(accepted.json());
      const fresh = await request({ ...body, email: uniqueEmail('nobody') });
      expect(fresh.json()).toEqual(accepted.json());
      // Invalid searches: the same 400 as the search API.
      const invalid = await request({ ...body, search: { category: ['nope'] } });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().errors[0]).toMatchObject({ field: 'search.category' });
      expect((await request({ ...body, frequency: 'off' })).statusCode).toBe(400);
      expect((await request({ ...body, email: 'not-an-address' })).statusCode).toBe(400);

      // Not confirmed yet: nothing but the confirmation.
      const offer = await publish(word, 'Subvention');
      await alerts.runDue(new Date());
      await backdate(offer.id, 1); // published well before the confirmation below
      expect(await alertMails(email)).toHaveLength(0);

      const token = tokenFrom(confirmMail);
      const confirmed = await call('POST', '/api/v1/alerts/confirm', undefined, { token });
      expect(confirmed.statusCode).toBe(200);
      expect(confirmed.json()).toEqual({
        confirmed: true,
        name: `Mots-clés : « ${word} » · Catégorie : Subvention`,
        frequency: 'daily',
      });
      const reused = await call('POST', '/api/v1/alerts/confirm', undefined, { token });
      expect(reused.statusCode).toBe(400);
      expect(reused.json().code).toBe('ALERTS.INVALID_TOKEN');

      // Watching starts at confirmation: the next offer is sent, the earlier one is not.
      const later = await publish(word, 'Subvention suivante');
      await alerts.runDue(new Date());
      const [alert, ...rest] = await alertMails(email);
      expect(rest).toHaveLength(0);
      expect(alert.subject).toBe(
        `1 nouvelle offre pour « Mots-clés : « ${word} » · Catégorie : Subvention »`,
      );
      expect(alert.links).toContain(offerLink(later.slug));
      expect(alert.links).not.toContain(offerLink(offer.slug));

      // Unsubscribing deletes it with its address.
      const off = await call('GET', `/api/v1/alerts/unsubscribe?token=${tokenFrom(alert)}`);
      expect(off.statusCode).toBe(200);
      const left: Array<{ confirmed: boolean }> = await db.query(
        `SELECT confirmed_at IS NOT NULL AS confirmed FROM saved_searches WHERE email = $1`,
        [email],
      );
      expect(left).toEqual([{ confirmed: false }]); // only the second, never confirmed, request
      const gone = await call('GET', `/api/v1/alerts/unsubscribe?token=${tokenFrom(alert)}`);
      expect(gone.json()).toMatchObject({ unsubscribed: true, name: null });
    });

    it('unconfirmed requests expire after 48 hours; the link then fails', async () => {
      const email = uniqueEmail('late');
      await call('POST', '/api/v1/alerts', undefined, {
        email,
        search: { targetCountry: ['SN'] },
        frequency: 'weekly',
        language: 'en',
      });
      const mail = await t.mailbox.waitFor(email, { subject: /Confirm your alert/ });
      expect(mail.subject).toBe('Confirm your alert “Project country: Senegal”');
      const report = await alerts.runDue(new Date(Date.now() + 49 * HOUR));
      expect(report.purgedPending).toBeGreaterThanOrEqual(1);
      expect(await db.query(`SELECT 1 FROM saved_searches WHERE email = $1`, [email])).toEqual([]);
      const res = await call('POST', '/api/v1/alerts/confirm', undefined, {
        token: tokenFrom(mail),
      });
      expect(res.statusCode).toBe(400);
    });
  });

  it('personal data: saved searches and what was sent are exported, and erased with the account', async () => {
    const word = 'axolotlien';
    const eve = await newAccount(t);
    const saved = await saveSearch(eve, {
      name: 'Tout sur les axolotls',
      search: { q: word },
      frequency: 'weekly',
    });
    const offer = await publish(word, 'Accélérateur');
    await alerts.runDue(new Date());
    expect(await alertMails(eve.email)).toHaveLength(1);

    const exported = await call('GET', '/api/v1/me/export', eve);
    expect(exported.statusCode).toBe(200);
    expect(exported.json().savedSearches).toEqual([
      {
        id: saved.id,
        name: 'Tout sur les axolotls',
        search: { q: word },
        frequency: 'weekly',
        lastAlertAt: expect.any(String),
        lastCheckedAt: expect.any(String),
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        offersAlerted: [{ offerId: offer.id, sentAt: expect.any(String) }],
      },
    ]);

    expect((await call('DELETE', '/api/v1/me', eve, { password: eve.password })).statusCode).toBe(
      204,
    );
    expect(await db.query(`SELECT 1 FROM saved_searches WHERE user_id = $1`, [eve.id])).toEqual([]);
    expect(
      await db.query(`SELECT 1 FROM saved_search_sent_offers WHERE saved_search_id = $1`, [
        saved.id,
      ]),
    ).toEqual([]);
  });
});

describe('alerts without an account: abuse limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: { AUTH_IP_LIMIT_PER_MINUTE: '3', AUTH_ACCOUNT_LIMIT_PER_MINUTE: '2' },
    });
  });
  afterAll(() => t.close());

  const ask = (email: string, remoteAddress: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/alerts',
      payload: { email, search: { category: ['grant'] }, frequency: 'daily' },
      remoteAddress,
    });

  it('limits requests per address and per IP (429 with Retry-After)', async () => {
    const target = uniqueEmail('target');
    expect((await ask(target, '198.51.100.1')).statusCode).toBe(202);
    expect((await ask(target, '198.51.100.2')).statusCode).toBe(202);
    const perAddress = await ask(target.toUpperCase(), '198.51.100.3');
    expect(perAddress.statusCode).toBe(429);
    expect(perAddress.json().code).toBe('IDENTITY.TOO_MANY_ATTEMPTS');
    expect(Number(perAddress.headers['retry-after'])).toBeGreaterThan(0);

    for (let i = 0; i < 3; i++)
      expect((await ask(uniqueEmail('spray'), '192.0.2.77')).statusCode).toBe(202);
    expect((await ask(uniqueEmail('spray'), '192.0.2.77')).statusCode).toBe(429);
  });
});
