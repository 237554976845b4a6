import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { createLogger } from '@app/core';
import { DEADLINE_REMINDERS_JOB, DeadlineRemindersService } from '@app/entrepreneur-profile';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { BrowserSession, visibleText } from '../support/browser-session';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../support/factories';
import type { ReceivedMail } from '../support/mailbox';
import { createTestApp, type TestApp } from '../support/test-app';

const DAY = 86_400_000;
/** The job's clock on the day `days` before `deadline`, mid-morning UTC. */
const daysBefore = (deadline: string, days: number) =>
  new Date(Date.parse(`${deadline}T07:00:00Z`) - days * DAY);

/** Deadline reminders (issue 15.2): the daily job run with an explicit clock, read in the file mailbox. */
describe('deadline reminders of saved offers', () => {
  let t: TestApp;
  let db: DataSource;
  let reminders: DeadlineRemindersService;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    reminders = t.app.get(DeadlineRemindersService);
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Fonds Rappel Teranga'));
  });
  afterAll(() => t.close());

  /** A published offer closing on `deadline` (YYYY-MM-DD). */
  const publish = async (title: string, deadline: string) => {
    const url = `/api/v1/organisations/${organisationId}/offers`;
    const created = await t.app.inject({
      method: 'POST',
      url,
      headers: owner.auth(),
      payload: offerContent({
        translations: {
          fr: {
            title,
            summary: 'Une offre pour tester les rappels de date limite.',
            description: 'Description assez longue pour une offre complète, avec une date limite.',
          },
        },
        dates: { opensOn: '2026-01-01', deadline, rolling: false },
      }),
    });
    expect(created.statusCode).toBe(201);
    const offer = created.json() as { id: string; slug: string };
    await t.app.inject({ method: 'POST', url: `${url}/${offer.id}/submit`, headers: owner.auth() });
    const decided = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/offers/${offer.id}/decision`,
      headers: admin.auth(),
      payload: { decision: 'publish' },
    });
    expect(decided.statusCode).toBe(200);
    return offer;
  };
  const bookmark = async (who: TestAccount, offerId: string) => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/me/bookmarks/${offerId}`,
      headers: who.auth(),
    });
    expect(res.statusCode).toBeLessThan(300);
  };
  const reminderMails = async (email: string, title: string): Promise<ReceivedMail[]> =>
    (await t.mailbox.to(email)).filter((m) => m.subject.includes(title));
  /** A deadline far enough ahead that the offer stays open whatever the real date. */
  const deadlineIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

  it('14 and 3 days before, once each, in the account’s language, with working stop links', async () => {
    const deadline = deadlineIn(60);
    const offer = await publish('Bourse Rappel Casamance', deadline);
    const awa = await newAccount(t, { language: 'pt' });
    await bookmark(awa, offer.id);
    const mails = () => reminderMails(awa.email, 'Bourse Rappel Casamance');

    await reminders.runDue(daysBefore(deadline, 15));
    expect(await mails()).toHaveLength(0);

    await reminders.runDue(daysBefore(deadline, 14));
    const [first, ...others] = await mails();
    expect(others).toHaveLength(0);
    expect(first.subject).toBe('Faltam 14 dias para «Bourse Rappel Casamance»');
    expect(first.text).toContain('Fonds Rappel Teranga');
    expect(first.links).toContain(`https://passerelle.test/offres/${offer.slug}`);
    expect(first.html).toContain('<html lang="pt" dir="ltr"');
    const raw = await readFile(first.file, 'utf8');
    // Headers unfolded (long ones continue on the next line).
    expect(raw.replace(/\r?\n[ \t]+/g, ' ')).toMatch(
      /^List-Unsubscribe: <https:\/\/passerelle\.test\/rappels\/arreter\?token=all\./m,
    );

    // The same day again, and the next day: nothing new.
    await reminders.runDue(daysBefore(deadline, 14));
    await reminders.runDue(daysBefore(deadline, 13));
    expect(await mails()).toHaveLength(1);

    await reminders.runDue(daysBefore(deadline, 3));
    expect((await mails()).map((m) => m.subject)).toEqual([
      'Faltam 14 dias para «Bourse Rappel Casamance»',
      'Faltam 3 dias para «Bourse Rappel Casamance»',
    ]);
    await reminders.runDue(daysBefore(deadline, 3));
    await reminders.runDue(daysBefore(deadline, 1));
    expect(await mails()).toHaveLength(2);

    // Once the deadline has passed, its records go.
    const sent = () =>
      db.query(`SELECT threshold_days FROM deadline_reminders_sent WHERE offer_id = $1`, [
        offer.id,
      ]);
    expect(await sent()).toHaveLength(2);
    await reminders.runDue(daysBefore(deadline, -1));
    expect(await sent()).toEqual([]);
  });

  it('stops for one offer through the e-mail’s link (a GET only shows a button)', async () => {
    const deadline = deadlineIn(61);
    const offer = await publish('Prêt Rappel Thiès', deadline);
    const ben = await newAccount(t, { language: 'ar' });
    await bookmark(ben, offer.id);
    await reminders.runDue(daysBefore(deadline, 14));
    const [mail] = await reminderMails(ben.email, 'Prêt Rappel Thiès');
    expect(mail.subject).toBe('14 يومًا متبقيًا على «Prêt Rappel Thiès»');
    expect(mail.html).toContain('<html lang="ar" dir="rtl"');
    const link = mail.links.find((l) => l.includes('token=offer.'))!;
    const path = link.replace('https://passerelle.test', '');

    const visitor = new BrowserSession(t);
    const page = await visitor.get(path);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="ar" dir="rtl">');
    const [saved] = await db.query(`SELECT reminders FROM bookmarks WHERE offer_id = $1`, [
      offer.id,
    ]);
    expect(saved.reminders).toBe(true); // nothing changed on GET
    const token = new URL(link).searchParams.get('token')!;
    const done = await visitor.post('/rappels/arreter', { token });
    expect(done.status).toBe(303);
    expect(visibleText((await visitor.get(done.location!)).body)).toContain(
      'لن تصلك بعد الآن تذكيرات لهذا العرض',
    );

    await reminders.runDue(daysBefore(deadline, 3));
    expect(await reminderMails(ben.email, 'Prêt Rappel Thiès')).toHaveLength(1);
    // A forged token is a 400 page, not an error.
    expect((await visitor.post('/rappels/arreter', { token: `${token}x` })).status).toBe(400);
  });

  it('sends nothing to an account that turned reminders off, nor to an unverified address', async () => {
    const deadline = deadlineIn(62);
    const offer = await publish('Subvention Rappel Kaolack', deadline);
    const chloe = await newAccount(t, { language: 'en' });
    await bookmark(chloe, offer.id);
    // The switch on the account page.
    const browser = await new BrowserSession(t).signIn(chloe.email, chloe.password);
    const account = await browser.get('/mon-espace/compte?lang=en');
    expect(visibleText(account.body)).toContain('Reminders are on.');
    const saved = await browser.post('/mon-espace/compte/rappels', { reminders: 'off' });
    expect(saved.status).toBe(303);
    expect(visibleText((await browser.get('/mon-espace/compte')).body)).toContain(
      'Reminders are off for your whole account.',
    );

    // An address never confirmed (the bookmark is written directly: the API needs a session).
    const [unverified] = await db.query(
      `INSERT INTO users (email, display_name, preferred_language, kind, status)
       VALUES ('unverified-reminder@example.test', 'Dana', 'fr', 'entrepreneur', 'active')
       RETURNING id`,
    );
    await db.query(`INSERT INTO bookmarks (user_id, offer_id) VALUES ($1, $2)`, [
      unverified.id,
      offer.id,
    ]);

    await reminders.runDue(daysBefore(deadline, 14));
    expect(await reminderMails(chloe.email, 'Subvention Rappel Kaolack')).toHaveLength(0);
    expect(await t.mailbox.to('unverified-reminder@example.test')).toHaveLength(0);

    // Turned back on: the next threshold comes.
    await browser.get('/mon-espace/compte');
    await browser.post('/mon-espace/compte/rappels', { reminders: 'on' });
    await reminders.runDue(daysBefore(deadline, 3));
    expect(
      (await reminderMails(chloe.email, 'Subvention Rappel Kaolack')).map((m) => m.subject),
    ).toEqual(['3 days left for “Subvention Rappel Kaolack”']);
  });

  it('the per-offer switch on the saved offers page', async () => {
    const deadline = deadlineIn(63);
    const offer = await publish('Mentorat Rappel Ziguinchor', deadline);
    const dia = await newAccount(t);
    await bookmark(dia, offer.id);
    const browser = await new BrowserSession(t).signIn(dia.email, dia.password);
    const page = await browser.get('/mon-espace/favoris');
    expect(visibleText(page.body)).toContain('Rappel de date limite activé');
    const off = await browser.post(`/mon-espace/favoris/${offer.id}/rappels`, { reminders: 'off' });
    expect(off.status).toBe(303);
    expect(visibleText((await browser.get('/mon-espace/favoris')).body)).toContain(
      'Rappel de date limite désactivé',
    );
    await reminders.runDue(daysBefore(deadline, 14));
    expect(await reminderMails(dia.email, 'Mentorat Rappel Ziguinchor')).toHaveLength(0);
  });

  it('the worker schedules the job daily', async () => {
    const worker = await createWorkerApp({
      config: t.config,
      databaseUrl: t.database.url,
      logger: createLogger({ level: 'silent', name: 'worker' }),
    });
    try {
      expect(
        await db.query(`SELECT cron, options->>'tz' AS tz FROM pgboss.schedule WHERE name = $1`, [
          DEADLINE_REMINDERS_JOB,
        ]),
      ).toEqual([{ cron: '0 7 * * *', tz: 'UTC' }]);
    } finally {
      await worker.close();
    }
  });
});
