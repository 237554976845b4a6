import type { InjectOptions } from 'fastify';
import { DataSource } from 'typeorm';
import {
  newAccount,
  newAdmin,
  newOrganisationOwner,
  uniqueEmail,
  type TestAccount,
} from '../support/factories';
import { tokenFrom } from '../support/mailbox';
import { createTestApp, type TestApp } from '../support/test-app';

const NOWHERE = '00000000-0000-4000-8000-000000000000';

interface Profile {
  id: string;
  name: string;
  slug: string;
  kind: string;
  legalIdentifier: { country: string; registrationNumber: string } | null;
  countriesOfOperation: string[];
  description: Record<string, string>;
  website: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  logoUrl: string | null;
  verification: {
    status: 'pending' | 'verified' | 'rejected';
    requestedAt: string;
    verifiedAt: string | null;
    rejectionReason: string | null;
  };
  createdAt: string;
  updatedAt: string;
  myRole?: string;
}

interface HistoryEvent {
  occurredAt: string;
  actorId: string | null;
  fromStatus: string;
  toStatus: string;
  reason: string | null;
}

const FULL_PROFILE = {
  name: 'Diaspora Invest Dakar (DID)',
  kind: 'incubator',
  legalIdentifier: { country: 'sn', registrationNumber: ' SN-DKR-2019-B-12345 ' },
  countriesOfOperation: ['SN', 'fr', 'CI'],
  description: {
    fr: 'Incubateur pour les entrepreneurs de la diaspora sénégalaise.',
    en: 'Incubator for Senegalese diaspora entrepreneurs.',
    ar: 'حاضنة لرواد الأعمال من الجالية السنغالية.',
  },
  website: 'https://diaspora-invest.example',
  contactEmail: 'contact@diaspora-invest.example',
  contactPhone: '+221 33 800 00 00',
  logoUrl: 'https://diaspora-invest.example/logo.png',
};

describe('organisation profile and verification', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestAccount;
  let otherAdmin: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    admin = await newAdmin(t);
    otherAdmin = await newAdmin(t);
  });
  afterAll(() => t.close());

  function call(
    method: InjectOptions['method'],
    url: string,
    who?: TestAccount,
    payload?: Record<string, unknown>,
  ) {
    return t.app.inject({ method, url, headers: who?.auth() ?? {}, payload });
  }

  const org = (id: string) => `/api/v1/organisations/${id}`;
  const adminOrg = (id: string) => `/api/v1/admin/organisations/${id}`;

  async function profile(organisationId: string, who: TestAccount): Promise<Profile> {
    const res = await call('GET', org(organisationId), who);
    expect(res.statusCode).toBe(200);
    return res.json();
  }

  async function edit(organisationId: string, who: TestAccount, payload: Record<string, unknown>) {
    const res = await call('PATCH', org(organisationId), who, payload);
    expect({ status: res.statusCode, body: res.json() }).toMatchObject({ status: 200 });
    return res.json() as Profile;
  }

  async function decide(
    organisationId: string,
    decision: 'verify' | 'reject',
    by: TestAccount = admin,
    reason = 'The registration number is not in the register.',
  ) {
    const res = await call(
      'POST',
      `${adminOrg(organisationId)}/${decision}`,
      by,
      decision === 'reject' ? { reason } : undefined,
    );
    expect({ status: res.statusCode, body: res.json() }).toMatchObject({ status: 200 });
    return res.json() as Profile;
  }

  async function history(organisationId: string): Promise<HistoryEvent[]> {
    const res = await call('GET', adminOrg(organisationId), admin);
    expect(res.statusCode).toBe(200);
    return res.json().history;
  }

  /** `?verification=…` through every page, as ids in the order the API gives them. */
  async function queue(status?: string): Promise<string[]> {
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const query = new URLSearchParams({ page: String(page), pageSize: '20' });
      if (status) query.set('verification', status);
      const res = await call('GET', `/api/v1/admin/organisations?${query}`, admin);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      ids.push(...body.items.map((o: Profile) => o.id));
      if (body.items.length < body.pageSize) {
        expect(ids).toHaveLength(body.total);
        return ids;
      }
    }
  }

  async function jobsFor(organisationId: string): Promise<number> {
    const [row] = await db.query(
      `SELECT count(*)::int AS n FROM pgboss.job
        WHERE name = 'search.organisation-changed' AND data->>'organisationId' = $1`,
      [organisationId],
    );
    return row.n;
  }

  /** A new organisation account that joined through an e-mailed invitation. */
  async function newMember(organisationId: string, owner: TestAccount, role = 'editor') {
    const email = uniqueEmail('member');
    const res = await call('POST', `${org(organisationId)}/invitations`, owner, { email, role });
    expect(res.statusCode).toBe(201);
    const token = tokenFrom(await t.mailbox.waitFor(email, { subject: /invitation/i }));
    const member = await newAccount(t, { kind: 'organisation', email });
    const accepted = await call('POST', '/api/v1/invitations/accept', member, { token });
    expect(accepted.statusCode).toBe(200);
    return member;
  }

  describe('editing the profile', () => {
    it('the owner sets every field; values are normalised; members read the full profile', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Diaspora Invest Dakar');
      const before = await profile(organisationId, owner);
      expect(before).toMatchObject({
        kind: 'other',
        legalIdentifier: null,
        countriesOfOperation: [],
        description: {},
        verification: { status: 'pending', verifiedAt: null, rejectionReason: null },
        myRole: 'owner',
      });

      const updated = await edit(organisationId, owner, FULL_PROFILE);
      expect(updated).toMatchObject({
        id: organisationId,
        name: 'Diaspora Invest Dakar (DID)',
        // The slug stays: links to the public page keep working after a rename.
        slug: 'diaspora-invest-dakar',
        kind: 'incubator',
        legalIdentifier: { country: 'SN', registrationNumber: 'SN-DKR-2019-B-12345' },
        countriesOfOperation: ['SN', 'FR', 'CI'],
        description: FULL_PROFILE.description,
        website: 'https://diaspora-invest.example',
        contactEmail: 'contact@diaspora-invest.example',
        contactPhone: '+221338000000',
        logoUrl: 'https://diaspora-invest.example/logo.png',
        verification: { status: 'pending' },
        myRole: 'owner',
      });
      expect(new Date(updated.updatedAt) > new Date(before.updatedAt)).toBe(true);
      expect(await profile(organisationId, owner)).toEqual(updated);
    });

    it('absent fields stay; null and "" clear optional ones; description is replaced', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Coopérative Thiès');
      await edit(organisationId, owner, FULL_PROFILE);
      const updated = await edit(organisationId, owner, {
        website: null,
        contactPhone: '',
        description: { pt: 'Incubadora para a diáspora.' },
      });
      expect(updated).toMatchObject({
        name: FULL_PROFILE.name,
        kind: 'incubator',
        website: null,
        contactPhone: null,
        contactEmail: FULL_PROFILE.contactEmail,
        description: { pt: 'Incubadora para a diáspora.' },
      });
    });

    it('an editor edits the profile too', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Réseau Entreprendre Dakar');
      const editor = await newMember(organisationId, owner, 'editor');
      const updated = await edit(organisationId, editor, {
        kind: 'diaspora_association',
        countriesOfOperation: ['SN', 'BE'],
      });
      expect(updated).toMatchObject({
        kind: 'diaspora_association',
        countriesOfOperation: ['SN', 'BE'],
        myRole: 'editor',
      });
      expect(await profile(organisationId, owner)).toMatchObject({
        kind: 'diaspora_association',
      });
    });

    it("a member of another organisation gets 404 for everything, and B's row is unchanged", async () => {
      const a = await newOrganisationOwner(t, 'Organisation Alpha');
      const b = await newOrganisationOwner(t, 'Organisation Bravo');
      await edit(b.organisationId, b.owner, FULL_PROFILE);
      const before = await profile(b.organisationId, b.owner);
      const jobsBefore = await jobsFor(b.organisationId);
      const entrepreneur = await newAccount(t, { kind: 'entrepreneur' });

      for (const outsider of [a.owner, entrepreneur]) {
        const attempts = [
          await call('GET', org(b.organisationId), outsider),
          await call('PATCH', org(b.organisationId), outsider, { name: 'Taken over' }),
          await call('PATCH', org(b.organisationId), outsider, {
            legalIdentifier: { country: 'FR', registrationNumber: '123 456 789' },
          }),
          await call('POST', `${org(b.organisationId)}/request-verification`, outsider),
        ];
        for (const res of attempts) {
          expect(res.statusCode).toBe(404);
          expect(res.json().code).toBe('ORGANISATION.NOT_FOUND');
        }
      }
      // Indistinguishable from an organisation that does not exist.
      const missing = await call('PATCH', org(NOWHERE), a.owner, { name: 'Nowhere' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('ORGANISATION.NOT_FOUND');

      expect(await profile(b.organisationId, b.owner)).toEqual(before);
      expect(await jobsFor(b.organisationId)).toBe(jobsBefore);
      expect(await history(b.organisationId)).toEqual([]);
    });

    it('needs a signed-in account (401)', async () => {
      const { organisationId } = await newOrganisationOwner(t, 'Organisation Anonyme');
      const res = await call('PATCH', org(organisationId), undefined, { name: 'Anonymous' });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('400 names every invalid field and changes nothing', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Organisation Invalide');
      const before = await profile(organisationId, owner);
      const res = await call('PATCH', org(organisationId), owner, {
        name: 'A',
        kind: 'bakery',
        legalIdentifier: { country: 'XX', registrationNumber: '' },
        countriesOfOperation: ['SN', 'ZZ'],
        description: { fr: 'x'.repeat(5001), en: 'fine' },
        website: 'http://insecure.example',
        contactEmail: 'not-an-email',
        contactPhone: '06 12',
        logoUrl: 'ftp://files.example/logo.png',
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code).toBe('CORE.VALIDATION_FAILED');
      const errors: Array<{ field: string; message: string }> = res.json().errors;
      expect([...new Set(errors.map((e) => e.field))].sort()).toEqual(
        [
          'name',
          'kind',
          'legalIdentifier.country',
          'legalIdentifier.registrationNumber',
          'countriesOfOperation',
          'description.fr',
          'website',
          'contactEmail',
          'contactPhone',
          'logoUrl',
        ].sort(),
      );
      // Each message names its field, for people reading it.
      for (const e of errors) expect(e.message).toContain(e.field.split('.').pop());
      expect(await profile(organisationId, owner)).toEqual(before);
    });

    it.each([
      ['a repeated country', { countriesOfOperation: ['SN', 'sn'] }, 'countriesOfOperation'],
      [
        'more than 60 countries',
        { countriesOfOperation: Array.from({ length: 61 }, () => 'SN') },
        'countriesOfOperation',
      ],
      ['a null name', { name: null }, 'name'],
      ['a name of spaces', { name: '   ' }, 'name'],
      ['an unknown description language', { description: { de: 'Hallo' } }, 'description.de'],
      [
        'a legal identifier without number',
        { legalIdentifier: { country: 'SN' } },
        'legalIdentifier.registrationNumber',
      ],
      [
        'a registration number over 64 characters',
        { legalIdentifier: { country: 'SN', registrationNumber: '9'.repeat(65) } },
        'legalIdentifier.registrationNumber',
      ],
      ['a phone number with letters', { contactPhone: '+221 33 CALL ME' }, 'contactPhone'],
    ])('400 for %s', async (_label, payload, field) => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Organisation Stricte');
      const res = await call('PATCH', org(organisationId), owner, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it.each([
      ['verificationStatus', { verificationStatus: 'verified' }],
      ['verifiedAt', { verifiedAt: '2025-01-01T00:00:00Z' }],
      ['verifiedBy', { verifiedBy: NOWHERE }],
      ['verification', { verification: { status: 'verified' } }],
      ['slug', { slug: 'someone-else' }],
      ['createdBy', { createdBy: NOWHERE }],
    ])('mass assignment: %s is refused (400) and nothing changes', async (field, payload) => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Organisation Prudente');
      const before = await profile(organisationId, owner);
      const res = await call('PATCH', org(organisationId), owner, {
        name: 'Organisation Vérifiée',
        ...payload,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([
        expect.objectContaining({ field, rule: 'unknownProperty' }),
      ]);
      expect(await profile(organisationId, owner)).toEqual(before);
    });

    it('creation and each change are queued for the search index (outbox); an edit that changes nothing is not', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Organisation Indexée');
      // Created: its public page exists.
      expect(await jobsFor(organisationId)).toBe(1);
      await edit(organisationId, owner, { kind: 'bank' });
      expect(await jobsFor(organisationId)).toBe(2);
      await edit(organisationId, owner, { kind: 'bank', name: ' Organisation Indexée ' });
      expect(await jobsFor(organisationId)).toBe(2);
    });
  });

  describe('verification by admins', () => {
    it('changing the legal identifier of a verified organisation sends it back to pending', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Banque Régionale');
      await edit(organisationId, owner, FULL_PROFILE);
      const verified = await decide(organisationId, 'verify');
      expect(verified.verification).toMatchObject({
        status: 'verified',
        verifiedAt: expect.any(String),
      });

      // Other fields, or the same identifier written differently, keep the verification.
      await edit(organisationId, owner, { description: { fr: 'Banque de la diaspora.' } });
      await edit(organisationId, owner, {
        legalIdentifier: { country: 'sn', registrationNumber: 'SN-DKR-2019-B-12345 ' },
      });
      expect((await profile(organisationId, owner)).verification.status).toBe('verified');

      const changed = await edit(organisationId, owner, {
        legalIdentifier: { country: 'SN', registrationNumber: 'SN-DKR-2024-A-00001' },
      });
      expect(changed.verification).toMatchObject({
        status: 'pending',
        verifiedAt: null,
        rejectionReason: null,
      });
      expect(
        new Date(changed.verification.requestedAt) > new Date(verified.verification.requestedAt),
      ).toBe(true);
      const page = await call('GET', `/api/v1/public/organisations/${organisationId}`);
      expect(page.json()).toMatchObject({ verified: false, verifiedAt: null });

      expect(await history(organisationId)).toEqual([
        expect.objectContaining({ fromStatus: 'pending', toStatus: 'verified', actorId: admin.id }),
        expect.objectContaining({ fromStatus: 'verified', toStatus: 'pending', actorId: owner.id }),
      ]);
      // Verified again, after a new decision only.
      expect((await decide(organisationId, 'verify')).verification.status).toBe('verified');
    });

    it('changing the legal identifier of a rejected organisation sends it back to pending too', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Microfinance Kaolack');
      await edit(organisationId, owner, FULL_PROFILE);
      await decide(organisationId, 'reject');
      const changed = await edit(organisationId, owner, {
        legalIdentifier: { country: 'SN', registrationNumber: 'SN-KLK-2020-C-77' },
      });
      expect(changed.verification).toMatchObject({ status: 'pending', rejectionReason: null });
      expect((await history(organisationId)).map((e) => `${e.fromStatus}>${e.toStatus}`)).toEqual([
        'pending>rejected',
        'rejected>pending',
      ]);
    });

    it('the queue lists the oldest request first, filters by status and pages', async () => {
      const a = await newOrganisationOwner(t, 'Queue Alpha');
      const b = await newOrganisationOwner(t, 'Queue Bravo');
      const c = await newOrganisationOwner(t, 'Queue Charlie');
      const d = await newOrganisationOwner(t, 'Queue Delta');
      const mine = (ids: string[]) =>
        ids.filter((id) => [a, b, c, d].map((o) => o.organisationId).includes(id));

      expect(mine(await queue('pending'))).toEqual([a, b, c, d].map((o) => o.organisationId));
      // A is rejected, then re-submitted: it goes to the back of the queue.
      await decide(a.organisationId, 'reject');
      expect(mine(await queue('rejected'))).toEqual([a.organisationId]);
      await call('POST', `${org(a.organisationId)}/request-verification`, a.owner);
      await decide(d.organisationId, 'verify');

      expect(mine(await queue('pending'))).toEqual([b, c, a].map((o) => o.organisationId));
      expect(mine(await queue('verified'))).toEqual([d.organisationId]);
      expect(mine(await queue('rejected'))).toEqual([]);
      expect(mine(await queue())).toEqual([b, c, d, a].map((o) => o.organisationId));

      // Pages are consecutive windows of the same order.
      const all = await queue('pending');
      const second = await call(
        'GET',
        '/api/v1/admin/organisations?verification=pending&page=2&pageSize=1',
        admin,
      );
      expect(second.json()).toMatchObject({ page: 2, pageSize: 1, total: all.length });
      expect(second.json().items.map((o: Profile) => o.id)).toEqual([all[1]]);
    });

    it.each([
      ['a page size over the cap', 'pageSize=101', 'pageSize'],
      ['an unknown status', 'verification=approved', 'verification'],
      ['page 0', 'page=0', 'page'],
    ])('the queue refuses %s (400)', async (_label, query, field) => {
      const res = await call('GET', `/api/v1/admin/organisations?${query}`, admin);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([field]);
    });

    it('only admins decide (403 for an organisation owner)', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Organisation Ambitieuse');
      for (const res of [
        await call('GET', '/api/v1/admin/organisations', owner),
        await call('GET', adminOrg(organisationId), owner),
        await call('POST', `${adminOrg(organisationId)}/verify`, owner),
        await call('POST', `${adminOrg(organisationId)}/reject`, owner, { reason: 'no' }),
      ]) {
        expect(res.statusCode).toBe(403);
      }
      expect((await profile(organisationId, owner)).verification.status).toBe('pending');
    });

    it('rejecting needs a reason of 1 to 2000 characters; members read it, the public does not', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Organisation Douteuse');
      for (const payload of [{}, { reason: '   ' }, { reason: 'x'.repeat(2001) }, { reason: 42 }]) {
        const res = await call('POST', `${adminOrg(organisationId)}/reject`, admin, payload);
        expect(res.statusCode).toBe(400);
        expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('reason');
      }
      expect((await profile(organisationId, owner)).verification.status).toBe('pending');
      expect(await history(organisationId)).toEqual([]);

      const rejected = await decide(organisationId, 'reject', admin, '  Registration unknown.  ');
      expect(rejected.verification).toMatchObject({
        status: 'rejected',
        verifiedAt: null,
        rejectionReason: 'Registration unknown.',
      });
      expect((await profile(organisationId, owner)).verification.rejectionReason).toBe(
        'Registration unknown.',
      );
      const page = await call('GET', `/api/v1/public/organisations/${organisationId}`);
      expect(page.payload).not.toContain('Registration unknown');
      expect(await history(organisationId)).toEqual([
        {
          occurredAt: expect.any(String),
          actorId: admin.id,
          fromStatus: 'pending',
          toStatus: 'rejected',
          reason: 'Registration unknown.',
        },
      ]);
    });

    it('illegal transitions answer 409 with the current status and change nothing', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Organisation Têtue');
      const expectConflict = async (
        res: Awaited<ReturnType<typeof call>>,
        currentStatus: string,
      ) => {
        expect(res.statusCode).toBe(409);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json()).toMatchObject({
          status: 409,
          code: 'ORGANISATION.VERIFICATION_CONFLICT',
          currentStatus,
        });
      };

      // Pending: asking again changes nothing.
      const again = await call('POST', `${org(organisationId)}/request-verification`, owner);
      expect(again.statusCode).toBe(200);
      expect(again.json().verification.status).toBe('pending');

      await decide(organisationId, 'reject');
      // Rejected → verified only after a re-submission.
      await expectConflict(
        await call('POST', `${adminOrg(organisationId)}/verify`, admin),
        'rejected',
      );
      await expectConflict(
        await call('POST', `${adminOrg(organisationId)}/reject`, admin, { reason: 'Again.' }),
        'rejected',
      );
      const resubmitted = await call('POST', `${org(organisationId)}/request-verification`, owner);
      expect(resubmitted.statusCode).toBe(200);
      expect(resubmitted.json().verification).toMatchObject({
        status: 'pending',
        rejectionReason: null,
      });
      await decide(organisationId, 'verify');

      await expectConflict(
        await call('POST', `${adminOrg(organisationId)}/verify`, admin),
        'verified',
      );
      await expectConflict(
        await call('POST', `${adminOrg(organisationId)}/reject`, admin, {
          reason: 'Changed my mind.',
        }),
        'verified',
      );
      await expectConflict(
        await call('POST', `${org(organisationId)}/request-verification`, owner),
        'verified',
      );

      expect((await profile(organisationId, owner)).verification.status).toBe('verified');
      expect((await history(organisationId)).map((e) => `${e.fromStatus}>${e.toStatus}`)).toEqual([
        'pending>rejected',
        'rejected>pending',
        'pending>verified',
      ]);

      const unknown = await call('POST', `${adminOrg(NOWHERE)}/verify`, admin);
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('ORGANISATION.NOT_FOUND');
    });

    it.each([
      ['verify', 'reject'],
      ['verify', 'verify'],
      ['reject', 'reject'],
    ] as const)(
      'two admins deciding at once (%s, %s): exactly one wins, the other gets 409',
      async (first, second) => {
        const { owner, organisationId } = await newOrganisationOwner(t, 'Organisation Disputée');
        const send = (decision: 'verify' | 'reject', by: TestAccount) =>
          call(
            'POST',
            `${adminOrg(organisationId)}/${decision}`,
            by,
            decision === 'reject' ? { reason: `Rejected by ${by.id}` } : undefined,
          );
        const results = await Promise.all([send(first, admin), send(second, otherAdmin)]);
        expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
        const winner = results.find((r) => r.statusCode === 200)!.json() as Profile;
        const loser = results.find((r) => r.statusCode === 409)!.json();
        expect(loser.currentStatus).toBe(winner.verification.status);

        expect((await profile(organisationId, owner)).verification).toEqual(winner.verification);
        const events = await history(organisationId);
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({
          fromStatus: 'pending',
          toStatus: winner.verification.status,
        });
      },
    );

    it('each decision is e-mailed to every active member', async () => {
      const { owner, organisationId } = await newOrganisationOwner(
        t,
        'Chambre de Commerce Lyon-Dakar',
      );
      const editor = await newMember(organisationId, owner, 'editor');
      const disabled = await newMember(organisationId, owner, 'editor');
      const off = await call('POST', `/api/v1/admin/users/${disabled.id}/disable`, admin);
      expect(off.statusCode).toBe(200);

      await decide(organisationId, 'reject', admin, 'The registry lists another address.');
      // Each member reads it in their own language, and only in it.
      for (const member of [owner, editor]) {
        const mail = await t.mailbox.waitFor(member.email, {
          subject: /n’a pas été vérifiée|was not verified/,
        });
        expect(mail.subject).toContain('Chambre de Commerce Lyon-Dakar');
        const french = mail.subject.includes('n’a pas été vérifiée');
        expect(mail.text).toContain(french ? 'n’a pas pu vérifier' : 'could not verify');
        expect(mail.text).not.toContain(french ? 'could not verify' : 'n’a pas pu vérifier');
        expect(mail.text).toContain('The registry lists another address.');
      }

      await call('POST', `${org(organisationId)}/request-verification`, editor);
      await decide(organisationId, 'verify');
      for (const member of [owner, editor]) {
        const mail = await t.mailbox.waitFor(member.email, { subject: /est vérifiée|is verified/ });
        expect(mail.subject).toContain('Chambre de Commerce Lyon-Dakar');
      }
      // Decisions are mailed before the response: nothing more is coming for the disabled one.
      expect(
        (await t.mailbox.to(disabled.email)).filter((m) => /verified|vérifiée/.test(m.subject)),
      ).toEqual([]);
    });

    it('the verification history is stored append-only', async () => {
      const { organisationId } = await newOrganisationOwner(t, 'Organisation Historique');
      await decide(organisationId, 'verify');
      const rows = await db.query(
        `SELECT organisation_id, actor_id, from_status, to_status, reason
           FROM organisation_verification_events WHERE organisation_id = $1`,
        [organisationId],
      );
      expect(rows).toEqual([
        {
          organisation_id: organisationId,
          actor_id: admin.id,
          from_status: 'pending',
          to_status: 'verified',
          reason: null,
        },
      ]);
      await expect(
        db.query(
          `UPDATE organisation_verification_events SET to_status = 'rejected' WHERE organisation_id = $1`,
          [organisationId],
        ),
      ).rejects.toThrow(/append-only/);
      await expect(
        db.query(`DELETE FROM organisation_verification_events WHERE organisation_id = $1`, [
          organisationId,
        ]),
      ).rejects.toThrow(/append-only/);
      expect(await history(organisationId)).toHaveLength(1);
    });
  });

  describe('public page', () => {
    it('shows public fields and the badge, by slug or id, without signing in', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Incubateur Public');
      await newMember(organisationId, owner, 'editor');
      await edit(organisationId, owner, FULL_PROFILE);
      const verified = await decide(organisationId, 'verify');

      const bySlug = await call('GET', '/api/v1/public/organisations/incubateur-public');
      const byId = await call('GET', `/api/v1/public/organisations/${organisationId}`);
      expect(bySlug.statusCode).toBe(200);
      expect(byId.json()).toEqual(bySlug.json());
      expect(bySlug.json()).toEqual({
        id: organisationId,
        name: FULL_PROFILE.name,
        slug: 'incubateur-public',
        kind: 'incubator',
        countriesOfOperation: ['SN', 'FR', 'CI'],
        description: FULL_PROFILE.description,
        website: FULL_PROFILE.website,
        logoUrl: FULL_PROFILE.logoUrl,
        contactEmail: FULL_PROFILE.contactEmail,
        contactPhone: '+221338000000',
        verified: true,
        verifiedAt: verified.verification.verifiedAt,
        updatedAt: expect.any(String),
      });
      // Nothing private, under any name.
      expect(bySlug.payload).not.toContain('SN-DKR-2019-B-12345');
      expect(bySlug.payload).not.toContain(owner.id);
      expect(bySlug.payload).not.toContain(owner.email);
      for (const key of ['legalIdentifier', 'rejectionReason', 'members', 'createdBy', 'myRole'])
        expect(bySlug.json()).not.toHaveProperty(key);
    });

    it('an organisation not yet verified shows no badge', async () => {
      const { organisationId } = await newOrganisationOwner(t, 'Organisation Nouvelle');
      const res = await call('GET', `/api/v1/public/organisations/${organisationId}`);
      expect(res.json()).toMatchObject({ verified: false, verifiedAt: null });
    });

    it.each([NOWHERE, 'no-such-organisation', 'Not a slug!', "x'; DROP TABLE organisations; --"])(
      '404 for an unknown organisation (%s)',
      async (idOrSlug) => {
        const res = await call(
          'GET',
          `/api/v1/public/organisations/${encodeURIComponent(idOrSlug)}`,
        );
        expect(res.statusCode).toBe(404);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json().code).toBe('ORGANISATION.NOT_FOUND');
      },
    );
  });
});
