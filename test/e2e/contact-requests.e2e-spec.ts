import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { CatalogueJobsService } from '@app/catalogue';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

type Json = Record<string, unknown>;

const MESSAGE =
  'Bonjour, je développe une activité de transformation de mangues à Thiès et votre bourse ' +
  'm’intéresse. Pouvons-nous en parler ?';

describe('contact requests', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestAccount;
  let ownerA: TestAccount;
  let orgA: string;
  let ownerB: TestAccount;
  let orgB: string;
  let offerCount = 0;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    admin = await newAdmin(t);
    ({ owner: ownerA, organisationId: orgA } = await newVerifiedOrganisation(
      t,
      admin,
      'Réseau Entreprendre Diaspora',
    ));
    ({ owner: ownerB, organisationId: orgB } = await newVerifiedOrganisation(
      t,
      admin,
      'Incubateur Teranga',
    ));
  });
  afterAll(() => t.close());

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    who?: TestAccount,
    payload?: Json,
  ) => t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });

  const draft = async (owner = ownerA, organisationId = orgA) => {
    offerCount += 1;
    const res = await call(
      'POST',
      `/api/v1/organisations/${organisationId}/offers`,
      owner,
      offerContent({
        translations: {
          fr: {
            title: `Programme d’accompagnement numéro ${offerCount} pour la diaspora`,
            summary: 'Un accompagnement pour créer votre entreprise au Sénégal.',
            description:
              'Ce programme finance les premiers mois de votre projet : étude de marché, prototype, ' +
              'premières embauches. Un accompagnement de six mois est inclus.',
          },
        },
      }),
    );
    if (res.statusCode !== 201) throw new Error(`create failed: ${res.payload}`);
    return res.json() as { id: string; content: { translations: { fr: { title: string } } } };
  };
  const publish = async (owner = ownerA, organisationId = orgA) => {
    const offer = await draft(owner, organisationId);
    const submitted = await call(
      'POST',
      `/api/v1/organisations/${organisationId}/offers/${offer.id}/submit`,
      owner,
    );
    if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.payload}`);
    const decided = await call('POST', `/api/v1/admin/offers/${offer.id}/decision`, admin, {
      decision: 'publish',
    });
    if (decided.statusCode !== 200) throw new Error(`publish failed: ${decided.payload}`);
    return { id: offer.id, title: offer.content.translations.fr.title };
  };
  const send = (offerId: string, who: TestAccount, body: Json = { message: MESSAGE }) =>
    call('POST', `/api/v1/offers/${offerId}/contact-requests`, who, body);
  const sent = async (offerId: string, who: TestAccount, body: Json = { message: MESSAGE }) => {
    const res = await send(offerId, who, body);
    if (res.statusCode !== 201) throw new Error(`send failed ${res.statusCode}: ${res.payload}`);
    return res.json() as Json & { id: string };
  };
  const inbox = (organisationId = orgA) =>
    `/api/v1/organisations/${organisationId}/contact-requests`;
  const move = (id: string, payload: Json, who = ownerA, organisationId = orgA) =>
    call('PATCH', `${inbox(organisationId)}/${id}/status`, who, payload);
  const setProfile = async (who: TestAccount, profile: Json) => {
    const res = await call('PUT', '/api/v1/me/profile', who, profile);
    if (res.statusCode !== 200) throw new Error(`profile failed: ${res.payload}`);
  };
  const rawMail = (file: string) => readFile(file, 'utf8');

  describe('the whole exchange', () => {
    let awa: TestAccount;
    let offer: { id: string; title: string };
    let requestId: string;

    beforeAll(async () => {
      awa = await newAccount(t);
      offer = await publish();
      await setProfile(awa, {
        residenceCountry: 'FR',
        originCountries: ['SN'],
        targetCountries: ['SN'],
        sectorCodes: ['agriculture_agrifood'],
        stageCode: 'creation',
        languages: ['fr', 'wo'],
        businessName: 'Thiès Mangues',
        businessDescription: 'Séchage et transformation de mangues.',
      });
    });

    it('sends a request with a snapshot of exactly the chosen profile fields', async () => {
      const res = await send(offer.id, awa, {
        subject: 'Candidature pour la cohorte de mars',
        message: `  ${MESSAGE}  `,
        sharedFields: ['businessName', 'residenceCountry', 'sectorCodes'],
        shareEmail: true,
      });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      requestId = body.id;
      expect(body).toMatchObject({
        organisation: { id: orgA, name: 'Réseau Entreprendre Diaspora' },
        offer: { id: offer.id, title: offer.title },
        subject: 'Candidature pour la cohorte de mars',
        message: MESSAGE,
        emailShared: true,
        status: 'new',
        declineReason: null,
        statusChangedAt: null,
      });
      expect(body.sharedFields).toEqual({
        residenceCountry: 'FR',
        sectorCodes: ['agriculture_agrifood'],
        businessName: 'Thiès Mangues',
      });
    });

    it('e-mails the organisation’s members: message, shared fields by name, Reply-To', async () => {
      const mail = await t.mailbox.waitFor(ownerA.email, { subject: /demande de contact/ });
      expect(mail.subject).toContain(offer.title);
      expect(mail.text).toContain('> Candidature pour la cohorte de mars');
      expect(mail.text).toContain('Thiès Mangues');
      expect(mail.text).toContain('Pays de résidence : France');
      // In the member's language only (French here), as HTML and text.
      expect(mail.text).not.toContain('Country of residence');
      expect(mail.html).toContain('<html lang="fr" dir="ltr"');
      expect(mail.text).toContain('Secteurs : ');
      expect(mail.text).not.toContain('agriculture_agrifood'); // the taxonomy label is shown
      expect(mail.text).not.toContain('Séchage'); // not shared
      expect(mail.text).toContain(awa.email);
      expect(mail.links.some((l) => l.includes(`/demandes/${requestId}`))).toBe(true);
      expect(await rawMail(mail.file)).toMatch(new RegExp(`^Reply-To: ${awa.email}`, 'mi'));
      // Organisation B heard nothing.
      expect(await t.mailbox.to(ownerB.email)).not.toContainEqual(
        expect.objectContaining({ subject: expect.stringMatching(/demande de contact/) }),
      );
    });

    it('what the organisation received does not change when the profile changes', async () => {
      await setProfile(awa, { residenceCountry: 'BE', businessName: 'Autre nom' });
      const res = await call('GET', `${inbox()}/${requestId}`, ownerA);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        id: requestId,
        organisationId: orgA,
        offer: { id: offer.id, title: offer.title },
        sender: { displayName: 'Awa Diop', email: awa.email, accountErased: false },
        status: 'new',
      });
      expect(res.json().sharedFields).toEqual({
        residenceCountry: 'FR',
        sectorCodes: ['agriculture_agrifood'],
        businessName: 'Thiès Mangues',
      });
    });

    it('the organisation lists its requests newest first, filtered by status', async () => {
      const second = await sent((await publish()).id, awa);
      const all = await call('GET', inbox(), ownerA);
      expect(all.statusCode).toBe(200);
      expect(all.json()).toMatchObject({ page: 1, pageSize: 20 });
      const ids = (all.json().items as Json[]).map((i) => i.id);
      expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(requestId));
      const paged = await call('GET', `${inbox()}?pageSize=1&page=2`, ownerA);
      expect(paged.json().items).toHaveLength(1);
      expect(paged.json().total).toBe(all.json().total);
      const onlyNew = await call('GET', `${inbox()}?status=new`, ownerA);
      expect((onlyNew.json().items as Json[]).every((i) => i.status === 'new')).toBe(true);
      const accepted = await call('GET', `${inbox()}?status=accepted`, ownerA);
      expect(accepted.json()).toMatchObject({ items: [], total: 0 });
      expect((await call('GET', `${inbox()}?status=lost`, ownerA)).statusCode).toBe(400);
    });

    it('new → in_progress → declined (with a reason), the entrepreneur e-mailed each time', async () => {
      const handling = await move(requestId, { status: 'in_progress' });
      expect(handling.statusCode).toBe(200);
      expect(handling.json()).toMatchObject({ status: 'in_progress', declineReason: null });
      expect(handling.json().statusChangedAt).toEqual(expect.any(String));
      const first = await t.mailbox.waitFor(awa.email, { subject: /en cours de traitement/ });
      expect(first.subject).not.toContain('is being handled');
      expect(first.text).toContain('Réseau Entreprendre Diaspora');

      const noReason = await move(requestId, { status: 'declined' });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().errors).toEqual([expect.objectContaining({ field: 'reason' })]);

      const declined = await move(requestId, {
        status: 'declined',
        reason: 'Le programme est réservé aux projets dans le numérique.',
      });
      expect(declined.statusCode).toBe(200);
      expect(declined.json()).toMatchObject({
        status: 'declined',
        declineReason: 'Le programme est réservé aux projets dans le numérique.',
      });
      const second = await t.mailbox.waitFor(awa.email, { subject: /pas été retenue/ });
      expect(second.subject).not.toContain('was declined');
      expect(second.text).toContain('Le programme est réservé aux projets dans le numérique.');
    });

    it('the entrepreneur sees the status and the reason', async () => {
      const list = await call('GET', '/api/v1/me/contact-requests', awa);
      expect(list.statusCode).toBe(200);
      expect(list.json().total).toBe(2);
      const one = await call('GET', `/api/v1/me/contact-requests/${requestId}`, awa);
      expect(one.statusCode).toBe(200);
      expect(one.json()).toMatchObject({
        id: requestId,
        organisation: { id: orgA, name: 'Réseau Entreprendre Diaspora' },
        status: 'declined',
        declineReason: 'Le programme est réservé aux projets dans le numérique.',
      });
      const declined = await call('GET', '/api/v1/me/contact-requests?status=declined', awa);
      expect((declined.json().items as Json[]).map((i) => i.id)).toEqual([requestId]);
    });

    it('without shared fields or e-mail the snapshot is empty and there is no Reply-To', async () => {
      const other = await newAccount(t);
      const target = await publish(ownerB, orgB);
      const res = await sent(target.id, other);
      expect(res.sharedFields).toEqual({});
      expect(res.emailShared).toBe(false);
      const mail = await t.mailbox.waitFor(ownerB.email, { subject: /demande de contact/ });
      expect(mail.text).not.toContain(other.email);
      expect(await rawMail(mail.file)).not.toMatch(/^Reply-To:/im);
      const received = await call('GET', `${inbox(orgB)}/${res.id}`, ownerB);
      expect(received.json().sender).toEqual({
        displayName: 'Awa Diop',
        email: null,
        accountErased: false,
      });
    });
  });

  describe('who sees and answers what', () => {
    let awa: TestAccount;
    let binta: TestAccount;
    let requestA: string;
    let requestB: string;

    beforeAll(async () => {
      awa = await newAccount(t);
      binta = await newAccount(t);
      requestA = (await sent((await publish()).id, awa)).id;
      requestB = (await sent((await publish(ownerB, orgB)).id, binta)).id;
    });

    it('organisation B never sees A’s requests, in its list or by id', async () => {
      const listB = await call('GET', inbox(orgB), ownerB);
      expect(listB.statusCode).toBe(200);
      const idsB = (listB.json().items as Json[]).map((i) => i.id);
      expect(idsB).toContain(requestB);
      expect(idsB).not.toContain(requestA);

      const throughB = await call('GET', `${inbox(orgB)}/${requestA}`, ownerB);
      expect(throughB.statusCode).toBe(404);
      expect(throughB.json().code).toBe('CONTACT_REQUEST.NOT_FOUND');
      const throughA = await call('GET', `${inbox(orgA)}/${requestA}`, ownerB);
      expect(throughA.statusCode).toBe(404);
      expect(throughA.json().code).toBe('ORGANISATION.NOT_FOUND');
      const listA = await call('GET', inbox(orgA), ownerB);
      expect(listA.statusCode).toBe(404);
      expect(listA.json().code).toBe('ORGANISATION.NOT_FOUND');
    });

    it('organisation B cannot change the status of A’s requests; the row is unchanged', async () => {
      const before = await db.query(`SELECT * FROM contact_requests WHERE id = $1`, [requestA]);
      const viaB = await move(requestA, { status: 'accepted' }, ownerB, orgB);
      expect(viaB.statusCode).toBe(404);
      expect(viaB.json().code).toBe('CONTACT_REQUEST.NOT_FOUND');
      const viaA = await move(requestA, { status: 'accepted' }, ownerB, orgA);
      expect(viaA.statusCode).toBe(404);
      expect(viaA.json().code).toBe('ORGANISATION.NOT_FOUND');
      const after = await db.query(`SELECT * FROM contact_requests WHERE id = $1`, [requestA]);
      expect(after).toEqual(before);
      expect(after[0].status).toBe('new');
    });

    it('an admin is not a member: 404 on the organisation’s requests', async () => {
      expect((await call('GET', inbox(orgA), admin)).statusCode).toBe(404);
      expect((await move(requestA, { status: 'accepted' }, admin)).statusCode).toBe(404);
    });

    it('an entrepreneur never sees another’s request', async () => {
      const other = await call('GET', `/api/v1/me/contact-requests/${requestA}`, binta);
      expect(other.statusCode).toBe(404);
      expect(other.json().code).toBe('CONTACT_REQUEST.NOT_FOUND');
      const list = await call('GET', '/api/v1/me/contact-requests', binta);
      expect((list.json().items as Json[]).map((i) => i.id)).toEqual([requestB]);
      expect((await call('GET', '/api/v1/me/contact-requests/not-a-uuid', binta)).statusCode).toBe(
        400,
      );
    });

    it('organisation accounts and admins cannot send (403); nobody anonymous (401)', async () => {
      const offer = await publish();
      for (const who of [ownerA, ownerB, admin]) {
        const res = await send(offer.id, who);
        expect(res.statusCode).toBe(403);
        expect(res.json().code).toBe('IDENTITY.FORBIDDEN');
      }
      expect((await send(offer.id, undefined as never)).statusCode).toBe(401);
      expect((await call('GET', '/api/v1/me/contact-requests', ownerA)).statusCode).toBe(403);
      const count = await db.query(
        `SELECT count(*)::int AS n FROM contact_requests WHERE offer_id = $1`,
        [offer.id],
      );
      expect(count[0].n).toBe(0);
    });

    it('only published offers can be contacted: drafts, archived, expired and unknown ones 404', async () => {
      const unpublished = await draft();
      const archived = await publish();
      expect(
        (await call('POST', `/api/v1/organisations/${orgA}/offers/${archived.id}/archive`, ownerA))
          .statusCode,
      ).toBe(200);
      const expired = await publish();
      await db.query(
        `UPDATE offers SET deadline = '2026-01-10', content = jsonb_set(content, '{dates,deadline}', '"2026-01-10"') WHERE id = $1`,
        [expired.id],
      );
      expect(await t.app.get(CatalogueJobsService).expireDueOffers('2026-01-11')).toContain(
        expired.id,
      );
      for (const id of [
        unpublished.id,
        archived.id,
        expired.id,
        '0b7f9a43-6f0e-4c7a-9d43-2f3e0c1d9b10',
      ]) {
        const res = await send(id, awa);
        expect(res.statusCode).toBe(404);
        expect(res.json().code).toBe('CATALOGUE.OFFER_NOT_FOUND');
      }
      expect((await send('not-a-uuid', awa)).statusCode).toBe(400);
    });

    it.each([
      ['a message under 10 characters', { message: '  court   ' }, 'message'],
      ['a message over 4,000 characters', { message: 'x'.repeat(4001) }, 'message'],
      ['a subject over 200 characters', { message: MESSAGE, subject: 's'.repeat(201) }, 'subject'],
      ['a subject on two lines', { message: MESSAGE, subject: 'a\r\nBcc: x@y.z' }, 'subject'],
      [
        'a field that cannot be shared',
        { message: MESSAGE, sharedFields: ['gender'] },
        'sharedFields',
      ],
      ['shareEmail as a string', { message: MESSAGE, shareEmail: 'yes' }, 'shareEmail'],
      ['an unknown property', { message: MESSAGE, phone: '+221' }, 'phone'],
    ])('400 for %s', async (_label, body, field) => {
      const res = await send((await publish()).id, binta, body);
      expect(res.statusCode).toBe(400);
      expect((res.json().errors as Json[]).map((e) => e.field)).toContain(field);
    });
  });

  describe('status changes', () => {
    let awa: TestAccount;
    beforeAll(async () => {
      awa = await newAccount(t);
    });
    const fresh = async () => (await sent((await publish()).id, awa)).id;

    it('new → accepted directly; then nothing moves it any more (409 with the current status)', async () => {
      const id = await fresh();
      const accepted = await move(id, { status: 'accepted' });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json().status).toBe('accepted');
      await t.mailbox.waitFor(awa.email, { subject: /a été acceptée/ });
      for (const payload of [
        { status: 'in_progress' },
        { status: 'accepted' },
        { status: 'declined', reason: 'Finalement non.' },
      ]) {
        const res = await move(id, payload);
        expect(res.statusCode).toBe(409);
        expect(res.json()).toMatchObject({
          code: 'CONTACT_REQUEST.ILLEGAL_STATUS_CHANGE',
          currentStatus: 'accepted',
        });
      }
    });

    it('new → declined directly; in_progress cannot go back; new is never a target', async () => {
      const declined = await fresh();
      expect((await move(declined, { status: 'declined', reason: 'Complet.' })).statusCode).toBe(
        200,
      );
      const reopened = await move(declined, { status: 'in_progress' });
      expect(reopened.statusCode).toBe(409);
      expect(reopened.json().currentStatus).toBe('declined');

      const handling = await fresh();
      expect((await move(handling, { status: 'in_progress' })).statusCode).toBe(200);
      const again = await move(handling, { status: 'in_progress' });
      expect(again.statusCode).toBe(409);
      expect(again.json().currentStatus).toBe('in_progress');
      expect((await move(handling, { status: 'new' })).statusCode).toBe(400);
      const reasonOnAccept = await move(handling, { status: 'accepted', reason: 'Bienvenue' });
      expect(reasonOnAccept.statusCode).toBe(400);
      expect(reasonOnAccept.json().errors[0]).toMatchObject({
        field: 'reason',
        rule: 'reasonOnlyWhenDeclined',
      });
    });

    it('of two members answering at once, one wins and the other gets 409', async () => {
      const id = await fresh();
      const [a, b] = await Promise.all([
        move(id, { status: 'accepted' }),
        move(id, { status: 'declined', reason: 'Pas pour nous.' }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const winner = a.statusCode === 200 ? a.json().status : b.json().status;
      const loser = a.statusCode === 409 ? a.json() : b.json();
      expect(loser.currentStatus).toBe(winner);
      const row = await db.query(
        `SELECT status, decline_reason FROM contact_requests WHERE id = $1`,
        [id],
      );
      expect(row[0].status).toBe(winner);
      expect(row[0].decline_reason).toBe(winner === 'declined' ? 'Pas pour nous.' : null);
    });

    it('a written answer goes with any move: stored as given, shown to the entrepreneur, e-mailed', async () => {
      const fatou = await newAccount(t);
      const id = (await sent((await publish()).id, fatou)).id;
      const answer = '  Bonjour Fatou,\n\nNous vous appelons lundi. <b>Merci</b> & à bientôt !\n';

      const tooLong = await move(id, { status: 'accepted', answer: 'x'.repeat(4001) });
      expect(tooLong.statusCode).toBe(400);
      expect((tooLong.json().errors as Json[]).map((e) => e.field)).toEqual(['answer']);
      const blank = await move(id, { status: 'accepted', answer: ' \n ' });
      expect(blank.statusCode).toBe(400);
      expect(blank.json().errors).toEqual([
        expect.objectContaining({ field: 'answer', rule: 'answerEmpty' }),
      ]);
      const noReason = await move(id, { status: 'declined', answer });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      const [untouched] = await db.query(
        `SELECT status, answer, answered_at FROM contact_requests WHERE id = $1`,
        [id],
      );
      expect(untouched).toEqual({ status: 'new', answer: null, answered_at: null });

      const handling = await move(id, { status: 'in_progress', answer });
      expect(handling.statusCode).toBe(200);
      expect(handling.json()).toMatchObject({ status: 'in_progress', answer });
      expect(handling.json().answeredAt).toEqual(expect.any(String));

      const mine = await call('GET', `/api/v1/me/contact-requests/${id}`, fatou);
      expect(mine.statusCode).toBe(200);
      expect(mine.json()).toMatchObject({ status: 'in_progress', answer, declineReason: null });
      expect(mine.json().answeredAt).toBe(handling.json().answeredAt);

      const mail = await t.mailbox.waitFor(fatou.email, { subject: /en cours de traitement/ });
      const quote = '> Bonjour Fatou,\n>\n> Nous vous appelons lundi. <b>Merci</b> & à bientôt !';
      expect(mail.text).toContain(`Réseau Entreprendre Diaspora vous répond :\n\n${quote}`);
      expect(mail.text).not.toContain('answered you');
      expect(mail.html).toContain('&lt;b&gt;Merci&lt;/b&gt; &amp; à bientôt');

      // A later move without an answer keeps it, and the mail does not repeat it.
      const declined = await move(id, { status: 'declined', reason: 'Cohorte complète.' });
      expect(declined.statusCode).toBe(200);
      expect(declined.json()).toMatchObject({ declineReason: 'Cohorte complète.', answer });
      expect(declined.json().answeredAt).toBe(handling.json().answeredAt);
      const last = await t.mailbox.waitFor(fatou.email, { subject: /pas été retenue/ });
      expect(last.text).toContain('Cohorte complète.');
      expect(last.text).not.toContain('Nous vous appelons lundi');
    });

    it('an unknown request is a 404 for a member', async () => {
      const res = await move('0b7f9a43-6f0e-4c7a-9d43-2f3e0c1d9b10', { status: 'accepted' });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('CONTACT_REQUEST.NOT_FOUND');
    });
  });

  describe('rate limits', () => {
    it('one request per offer per day, 429 with Retry-After', async () => {
      const fatou = await newAccount(t);
      const offer = await publish();
      await sent(offer.id, fatou);
      const again = await send(offer.id, fatou);
      expect(again.statusCode).toBe(429);
      expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(again.json()).toMatchObject({
        code: 'CONTACT_REQUEST.OFFER_ALREADY_CONTACTED',
        limit: 1,
        windowSeconds: 86_400,
      });
      const retryAfter = Number(again.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(3600);
      expect(retryAfter).toBeLessThanOrEqual(86_400);
      // Another entrepreneur may still write about it.
      await sent(offer.id, await newAccount(t));
    });

    it('at most 5 requests per hour in all; refused attempts do not count', async () => {
      const moussa = await newAccount(t);
      const offers = [];
      for (let i = 0; i < 6; i++) offers.push(await publish());
      expect((await send(offers[0].id, moussa, { message: 'court' })).statusCode).toBe(400);
      for (const offer of offers.slice(0, 5)) await sent(offer.id, moussa);
      const sixth = await send(offers[5].id, moussa);
      expect(sixth.statusCode).toBe(429);
      expect(sixth.json()).toMatchObject({
        code: 'CONTACT_REQUEST.TOO_MANY_REQUESTS',
        limit: 5,
        windowSeconds: 3600,
      });
      const retryAfter = Number(sixth.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      const stored = await call('GET', '/api/v1/me/contact-requests', moussa);
      expect(stored.json().total).toBe(5);
    });

    it('concurrent sends about one offer store exactly one request', async () => {
      const ibrahima = await newAccount(t);
      const offer = await publish();
      const results = await Promise.all(Array.from({ length: 6 }, () => send(offer.id, ibrahima)));
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 429, 429, 429, 429, 429]);
      const count = await db.query(
        `SELECT count(*)::int AS n FROM contact_requests WHERE offer_id = $1`,
        [offer.id],
      );
      expect(count[0].n).toBe(1);
    });
  });

  describe('personal data', () => {
    let khady: TestAccount;
    let requestId: string;

    beforeAll(async () => {
      khady = await newAccount(t);
      await setProfile(khady, {
        residenceCountry: 'BE',
        businessName: 'Khady Couture',
        languages: ['fr'],
      });
      requestId = (
        await sent((await publish()).id, khady, {
          subject: 'Question sur l’éligibilité',
          message: MESSAGE,
          sharedFields: ['residenceCountry', 'businessName'],
          shareEmail: true,
        })
      ).id;
      const handling = await move(requestId, {
        status: 'in_progress',
        answer: 'Nous étudions votre dossier.',
      });
      expect(handling.statusCode).toBe(200);
    });

    it('the export holds the entrepreneur’s requests, with status and shared fields', async () => {
      const res = await call('GET', '/api/v1/me/export', khady);
      expect(res.statusCode).toBe(200);
      expect(res.json().contactRequests).toEqual([
        expect.objectContaining({
          id: requestId,
          organisation: { id: orgA, name: 'Réseau Entreprendre Diaspora' },
          subject: 'Question sur l’éligibilité',
          message: MESSAGE,
          sharedFields: { residenceCountry: 'BE', businessName: 'Khady Couture' },
          emailShared: true,
          status: 'in_progress',
          answer: 'Nous étudions votre dossier.',
          answeredAt: expect.any(String),
        }),
      ]);
    });

    it('after erasure the organisation keeps the message, with the sender anonymised', async () => {
      const erased = await call('DELETE', '/api/v1/me', khady, { password: khady.password });
      expect(erased.statusCode).toBe(204);

      const res = await call('GET', `${inbox()}/${requestId}`, ownerA);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        id: requestId,
        subject: 'Question sur l’éligibilité',
        message: MESSAGE,
        status: 'in_progress',
        sender: {
          displayName: 'Compte supprimé / Deleted account',
          email: null,
          accountErased: true,
        },
        sharedFields: {},
      });
      const [row] = await db.query(
        `SELECT sender_id, sender_email, shared_fields, sender_erased_at FROM contact_requests WHERE id = $1`,
        [requestId],
      );
      expect(row).toMatchObject({ sender_id: null, sender_email: null, shared_fields: {} });
      expect(row.sender_erased_at).toBeInstanceOf(Date);
      const leftovers = await db.query(
        `SELECT count(*)::int AS n FROM contact_requests
          WHERE sender_display_name = 'Awa Diop' AND id = $1
             OR shared_fields::text LIKE '%Khady%' OR sender_email = $2`,
        [requestId, khady.email],
      );
      expect(leftovers[0].n).toBe(0);
    });

    it('the organisation can still answer; nobody is e-mailed', async () => {
      const before = (await t.mailbox.to(khady.email)).length;
      const res = await move(requestId, { status: 'accepted' });
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe('accepted');
      expect(await t.mailbox.to(khady.email)).toHaveLength(before);
    });
  });
});
