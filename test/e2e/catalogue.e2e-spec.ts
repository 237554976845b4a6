import { DataSource } from 'typeorm';
import { CatalogueJobsService } from '@app/catalogue';
import {
  newAccount,
  newAdmin,
  newOrganisationOwner,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

type Json = Record<string, unknown>;

describe('catalogue: offers and moderation', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin));
  });
  afterAll(() => t.close());

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    who?: TestAccount,
    payload?: Json,
  ) => t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  const base = (orgId = organisationId) => `/api/v1/organisations/${orgId}/offers`;
  const create = async (content: Json = offerContent(), who = owner, orgId = organisationId) => {
    const res = await call('POST', base(orgId), who, content);
    if (res.statusCode !== 201) throw new Error(`create failed ${res.statusCode}: ${res.payload}`);
    return res.json() as Json & { id: string; version: number; slug: string };
  };
  const submit = (id: string, who = owner, orgId = organisationId) =>
    call('POST', `${base(orgId)}/${id}/submit`, who);
  const decide = (id: string, decision: string, reason?: string) =>
    call('POST', `/api/v1/admin/offers/${id}/decision`, admin, {
      decision,
      ...(reason ? { reason } : {}),
    });
  const publishNew = async (content: Json = offerContent()) => {
    const offer = await create(content);
    expect((await submit(offer.id)).statusCode).toBe(200);
    const res = await decide(offer.id, 'publish');
    expect(res.statusCode).toBe(200);
    return res.json() as Json & { id: string; version: number; slug: string };
  };
  const jobsFor = async (offerId: string) =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'search.offer-changed' AND data->>'offerId' = $1`,
        [offerId],
      )
    )[0].n as number;

  describe('writing offers', () => {
    it('creates a draft with the whole content, a slug and a quality score', async () => {
      const offer = await create();
      expect(offer).toMatchObject({
        state: 'draft',
        version: 1,
        organisationId,
        pendingRevision: null,
        lastVerifiedAt: null,
      });
      expect(offer.slug).toMatch(
        /^bourse-damorcage-pour-entrepreneurs-de-la-diaspora-au-senegal-[0-9a-f]{6}$/,
      );
      expect((offer.content as Json).eligibility).toMatchObject({
        residenceCountries: ['FR', 'BE'],
        targetCountries: ['SN'],
      });
      expect(offer.qualityScore).toBeGreaterThan(0);
    });

    it.each([
      [
        'a deadline before the opening date',
        { dates: { opensOn: '2026-05-01', deadline: '2026-04-01', rolling: false } },
        'dates.deadline',
        'deadlineAfterOpening',
      ],
      [
        'min amount above max',
        { funding: { minMinor: 10, maxMinor: 5, currency: 'EUR' } },
        'funding.minMinor',
        'amountRange',
      ],
      [
        'no complete language',
        { translations: { en: { title: 'Short' } } },
        'translations',
        'oneLanguageComplete',
      ],
      [
        'neither deadline nor rolling',
        { dates: { rolling: false } },
        'dates.deadline',
        'deadlineOrRolling',
      ],
      ['an unknown category', { categoryCode: 'astrology' }, 'categoryCode', 'taxonomy.unknown'],
      [
        'an unknown country',
        {
          eligibility: {
            residenceCountries: ['XX'],
            targetCountries: [],
            diasporaOnly: false,
            genderFocus: 'any',
          },
        },
        'eligibility.residenceCountries',
        'isCountryCode',
      ],
      [
        'a bad date format',
        { dates: { deadline: '31/12/2026', rolling: false } },
        'dates.deadline',
        'isIso8601',
      ],
      [
        'in person without a place',
        { format: 'in_person', location: null },
        'location.countryCode',
        'locationForInPerson',
      ],
      ['no way to apply', { apply: {} }, 'apply', 'howToApply'],
      ['an amount range on a training', { categoryCode: 'training' }, 'funding', 'financingOnly'],
    ])('400 for %s, naming the field and rule', async (_label, change, field, rule) => {
      const res = await call('POST', base(), owner, offerContent(change));
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, rule })]),
      );
    });

    it.each([
      ['state', 'published'],
      ['lastVerifiedAt', '2026-01-01T00:00:00Z'],
      ['qualityScore', 100],
      ['organisationId', '00000000-0000-4000-8000-000000000000'],
      ['verifiedAt', '2026-01-01T00:00:00Z'],
    ])('refuses mass assignment of %s', async (field, value) => {
      const before = await db.query(`SELECT count(*)::int AS n FROM offers`);
      const res = await call('POST', base(), owner, { ...offerContent(), [field]: value });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([
        expect.objectContaining({ field, rule: 'unknownProperty' }),
      ]);
      expect(await db.query(`SELECT count(*)::int AS n FROM offers`)).toEqual(before);
    });

    it('an entrepreneur or another organisation cannot read, edit, submit or audit the offer (404, unchanged)', async () => {
      const offer = await create();
      const other = await newOrganisationOwner(t, 'Autre Structure');
      const entrepreneur = await newAccount(t);
      for (const who of [other.owner, entrepreneur]) {
        expect((await call('GET', `${base()}/${offer.id}`, who)).statusCode).toBe(404);
        expect(
          (await call('PATCH', `${base()}/${offer.id}`, who, offerContent({ tags: ['x'] })))
            .statusCode,
        ).toBe(404);
        expect((await submit(offer.id, who)).statusCode).toBe(404);
        expect((await call('GET', `${base()}/${offer.id}/audit`, who)).statusCode).toBe(404);
      }
      // Through their own organisation's path, the offer does not exist either.
      expect(
        (await call('GET', `${base(other.organisationId)}/${offer.id}`, other.owner)).statusCode,
      ).toBe(404);
      expect((await submit(offer.id, other.owner, other.organisationId)).statusCode).toBe(404);
      const [row] = await db.query(
        `SELECT state, version, content->'tags' AS tags FROM offers WHERE id = $1`,
        [offer.id],
      );
      expect(row).toEqual({ state: 'draft', version: 1, tags: ['diaspora', 'amorçage'] });
    });

    it('a stale expectedVersion gets 409 instead of overwriting', async () => {
      const offer = await create();
      const first = await call('PATCH', `${base()}/${offer.id}`, owner, {
        ...offerContent({ tags: ['a'] }),
        expectedVersion: 1,
      });
      expect(first.statusCode).toBe(200);
      expect(first.json().version).toBe(2);
      const stale = await call('PATCH', `${base()}/${offer.id}`, owner, {
        ...offerContent({ tags: ['b'] }),
        expectedVersion: 1,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({
        code: 'CATALOGUE.STALE_VERSION',
        currentVersion: 2,
        currentState: 'draft',
      });
    });
  });

  describe('moderation', () => {
    it('draft → submitted → changes requested (reason) → submitted → published, e-mailing the members', async () => {
      const offer = await create();
      const submitted = await submit(offer.id);
      expect(submitted.json().state).toBe('submitted');
      const locked = await call('PATCH', `${base()}/${offer.id}`, owner, offerContent());
      expect(locked.statusCode).toBe(409);
      expect(locked.json()).toMatchObject({
        code: 'CATALOGUE.ILLEGAL_TRANSITION',
        currentState: 'submitted',
      });

      const noReason = await decide(offer.id, 'request_changes');
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().errors[0]).toMatchObject({ field: 'reason' });
      const changes = await decide(
        offer.id,
        'request_changes',
        'Précisez les pays de résidence acceptés.',
      );
      expect(changes.json()).toMatchObject({
        state: 'changes_requested',
        moderationComment: 'Précisez les pays de résidence acceptés.',
      });
      await t.mailbox.waitFor(owner.email, { subject: /demande des modifications/ });

      const edited = await call(
        'PATCH',
        `${base()}/${offer.id}`,
        owner,
        offerContent({ tags: ['corrigé'] }),
      );
      expect(edited.json().state).toBe('changes_requested');
      expect((await submit(offer.id)).json().state).toBe('submitted');
      const published = await decide(offer.id, 'publish');
      expect(published.json()).toMatchObject({ state: 'published' });
      expect(published.json().lastVerifiedAt).not.toBeNull();
      await t.mailbox.waitFor(owner.email, { subject: /est publiée/ });

      const audit = await call('GET', `${base()}/${offer.id}/audit?pageSize=50`, owner);
      const moves = audit
        .json()
        .items.map(
          (e: Json) => `${e.action}:${e.fromState ?? ''}>${e.toState ?? ''}:${e.actorRole}`,
        )
        .reverse();
      expect(moves).toEqual([
        'offer.created:>draft:organisation',
        'offer.submitted:draft>submitted:organisation',
        'offer.changes_requested:submitted>changes_requested:admin',
        'offer.updated:changes_requested>changes_requested:organisation',
        'offer.submitted:changes_requested>submitted:organisation',
        'offer.published:submitted>published:admin',
      ]);
    });

    it('reject needs a reason and is final', async () => {
      const offer = await create();
      await submit(offer.id);
      const rejected = await decide(offer.id, 'reject', 'Hors du champ de la plateforme.');
      expect(rejected.json().state).toBe('rejected');
      expect((await submit(offer.id)).statusCode).toBe(409);
      expect((await call('POST', `${base()}/${offer.id}/reopen`, owner)).statusCode).toBe(409);
    });

    it.each([
      ['publish a draft', async (id: string) => decide(id, 'publish'), 'draft'],
      [
        'archive a draft',
        async (id: string) => call('POST', `${base()}/${id}/archive`, owner),
        'draft',
      ],
      [
        'reconfirm a draft',
        async (id: string) => call('POST', `${base()}/${id}/reconfirm`, owner),
        'draft',
      ],
      [
        'reopen a draft',
        async (id: string) => call('POST', `${base()}/${id}/reopen`, owner),
        'draft',
      ],
    ])('409 with the current state: %s', async (_label, act, state) => {
      const offer = await create();
      const res = await act(offer.id);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({
        code: 'CATALOGUE.ILLEGAL_TRANSITION',
        currentState: state,
      });
    });

    it('organisations cannot decide; entrepreneurs cannot either', async () => {
      const offer = await create();
      await submit(offer.id);
      for (const who of [owner, await newAccount(t)]) {
        const res = await call('POST', `/api/v1/admin/offers/${offer.id}/decision`, who, {
          decision: 'publish',
        });
        expect(res.statusCode).toBe(403);
      }
    });

    it('an unverified organisation cannot get an offer published', async () => {
      const unverified = await newOrganisationOwner(t, 'Structure En Attente');
      const offer = await create(offerContent(), unverified.owner, unverified.organisationId);
      await submit(offer.id, unverified.owner, unverified.organisationId);
      const res = await decide(offer.id, 'publish');
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('CATALOGUE.ORGANISATION_NOT_VERIFIED');
      const [row] = await db.query(`SELECT state FROM offers WHERE id = $1`, [offer.id]);
      expect(row.state).toBe('submitted');
    });

    it('two admins deciding at once: exactly one wins, the other gets 409', async () => {
      const other = await newAdmin(t);
      const offer = await create();
      await submit(offer.id);
      const [a, b] = await Promise.all([
        call('POST', `/api/v1/admin/offers/${offer.id}/decision`, admin, { decision: 'publish' }),
        call('POST', `/api/v1/admin/offers/${offer.id}/decision`, other, {
          decision: 'reject',
          reason: 'Doublon.',
        }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const loser = a.statusCode === 409 ? a : b;
      expect(loser.json().currentState).toMatch(/published|rejected/);
      const decisions = await db.query(
        `SELECT count(*)::int AS n FROM catalogue_audit_events WHERE offer_id = $1 AND actor_role = 'admin'`,
        [offer.id],
      );
      expect(decisions[0].n).toBe(1);
    });
  });

  describe('a published offer being edited', () => {
    it('stays online while the revision waits; approving it replaces the live version', async () => {
      const offer = await publishNew();
      const edit = await call(
        'PATCH',
        `${base()}/${offer.id}`,
        owner,
        offerContent({ tags: ['nouvelle version'] }),
      );
      expect(edit.statusCode).toBe(200);
      expect(edit.json().state).toBe('published');
      expect(edit.json().pendingRevision).toMatchObject({ state: 'submitted' });
      expect((edit.json().content as Json).tags).toEqual(['diaspora', 'amorçage']);

      const live = await call('GET', `/api/v1/offers/${offer.id}`);
      expect(live.json().content.tags).toEqual(['diaspora', 'amorçage']);
      expect(live.payload).not.toContain('nouvelle version');

      const queue = await call('GET', '/api/v1/admin/review-queue?kind=revision', admin);
      expect(queue.json().items.map((i: Json) => i.offerId)).toContain(offer.id);

      const jobsBefore = await jobsFor(offer.id);
      const approved = await decide(offer.id, 'publish');
      expect(approved.json()).toMatchObject({ state: 'published', pendingRevision: null });
      expect((await call('GET', `/api/v1/offers/${offer.id}`)).json().content.tags).toEqual([
        'nouvelle version',
      ]);
      expect(await jobsFor(offer.id)).toBe(jobsBefore + 1);
    });

    it('a rejected revision leaves the live version; changes requested can be edited and resubmitted', async () => {
      const offer = await publishNew();
      await call('PATCH', `${base()}/${offer.id}`, owner, offerContent({ tags: ['v2'] }));
      const changes = await decide(offer.id, 'request_changes', 'Ajoutez le montant maximum.');
      expect(changes.json().pendingRevision).toMatchObject({
        state: 'changes_requested',
        comment: 'Ajoutez le montant maximum.',
      });
      await call('PATCH', `${base()}/${offer.id}`, owner, offerContent({ tags: ['v3'] }));
      const rejected = await decide(offer.id, 'reject', 'Non conforme.');
      expect(rejected.json()).toMatchObject({ state: 'published', pendingRevision: null });
      expect((await call('GET', `/api/v1/offers/${offer.id}`)).json().content.tags).toEqual([
        'diaspora',
        'amorçage',
      ]);
    });
  });

  describe('public API', () => {
    it('never shows drafts, submitted, rejected offers or pending revisions; hides private fields', async () => {
      const draft = await create();
      const submitted = await create();
      await submit(submitted.id);
      const rejected = await create();
      await submit(rejected.id);
      await decide(rejected.id, 'reject', 'Non.');
      for (const o of [draft, submitted, rejected]) {
        expect((await call('GET', `/api/v1/offers/${o.id}`)).statusCode).toBe(404);
        expect((await call('GET', `/api/v1/offers/${o.slug}`)).statusCode).toBe(404);
      }
      const published = await publishNew();
      const res = await call('GET', `/api/v1/offers/${published.slug}`);
      expect(res.statusCode).toBe(200);
      expect(Object.keys(res.json()).sort()).toEqual(
        [
          'content',
          'id',
          'lastVerifiedAt',
          'organisationId',
          'publishedAt',
          'slug',
          'state',
          'updatedAt',
        ].sort(),
      );
      const list = await call(
        'GET',
        `/api/v1/offers?organisationId=${organisationId}&pageSize=100`,
      );
      expect(list.json()).toMatchObject({ page: 1 });
      const ids = list.json().items.map((i: Json) => i.id);
      expect(ids).toContain(published.id);
      for (const o of [draft, submitted, rejected]) expect(ids).not.toContain(o.id);
    });
  });

  describe('freshness, expiry and jobs', () => {
    it('publishing enqueues the search job in the same transaction', async () => {
      const offer = await create();
      await submit(offer.id);
      expect(await jobsFor(offer.id)).toBe(0);
      await decide(offer.id, 'publish');
      expect(await jobsFor(offer.id)).toBe(1);
    });

    it('expires published offers once their deadline passes, with an audit row and a search job', async () => {
      const offer = await publishNew();
      const rolling = await publishNew(offerContent({ dates: { rolling: true } }));
      await db.query(
        `UPDATE offers SET deadline = '2026-01-10', content = jsonb_set(content, '{dates,deadline}', '"2026-01-10"') WHERE id = $1`,
        [offer.id],
      );
      const expired = await t.app.get(CatalogueJobsService).expireDueOffers('2026-01-11');
      expect(expired).toContain(offer.id);
      expect(expired).not.toContain(rolling.id);
      const pub = await call('GET', `/api/v1/offers/${offer.id}`);
      expect(pub.json().state).toBe('expired');
      const [audit] = await db.query(
        `SELECT actor_role, from_state, to_state FROM catalogue_audit_events WHERE offer_id = $1 AND action = 'offer.expired'`,
        [offer.id],
      );
      expect(audit).toEqual({ actor_role: 'system', from_state: 'published', to_state: 'expired' });
      expect(await jobsFor(offer.id)).toBe(2);
      // Running again changes nothing.
      expect(await t.app.get(CatalogueJobsService).expireDueOffers('2026-01-11')).not.toContain(
        offer.id,
      );
      // The organisation can bring it back as a draft.
      expect((await call('POST', `${base()}/${offer.id}/reopen`, owner)).json().state).toBe(
        'draft',
      );
    });

    it('re-confirming sets the last-verified date; stale offers get one reminder a month', async () => {
      const offer = await publishNew();
      await db.query(
        `UPDATE offers SET last_verified_at = now() - interval '7 months' WHERE id = $1`,
        [offer.id],
      );
      const jobs = t.app.get(CatalogueJobsService);
      const before = (await t.mailbox.to(owner.email)).length;
      expect(await jobs.sendFreshnessReminders()).toBeGreaterThanOrEqual(1);
      const reminder = await t.mailbox.waitFor(owner.email, { count: before + 1 });
      expect(reminder.subject).toMatch(/toujours à jour/);
      expect(reminder.text).toContain(offer.id);
      expect(await jobs.sendFreshnessReminders()).toBe(0); // not again within the month

      // Stamped while the request ran: bracketed by the clock before and after, not by a delay.
      const asked = Date.now();
      const reconfirmed = await call('POST', `${base()}/${offer.id}/reconfirm`, owner);
      const answered = Date.now();
      expect(reconfirmed.statusCode).toBe(200);
      const verifiedAt = Date.parse(reconfirmed.json().lastVerifiedAt);
      expect(verifiedAt).toBeGreaterThanOrEqual(asked);
      expect(verifiedAt).toBeLessThanOrEqual(answered);
    });

    it('the admin sees near-duplicate titles of the same organisation in the review queue', async () => {
      const first = await publishNew(
        offerContent({
          translations: {
            fr: {
              ...((offerContent().translations as Json).fr as Json),
              title: 'Prêt d’honneur pour créateurs au Cameroun',
            },
          },
        }),
      );
      const second = await create(
        offerContent({
          translations: {
            fr: {
              ...((offerContent().translations as Json).fr as Json),
              title: 'Prêt d’honneur pour les créateurs au Cameroun',
            },
          },
        }),
      );
      await submit(second.id);
      const queue = await call(
        'GET',
        `/api/v1/admin/review-queue?organisationId=${organisationId}&pageSize=100`,
        admin,
      );
      const item = queue.json().items.find((i: Json) => i.offerId === second.id);
      expect(item.duplicateCandidates.map((c: Json) => c.id)).toContain(first.id);
      expect(item.duplicateCandidates[0].similarity).toBeGreaterThan(0.55);
    });

    it('the review queue is oldest first and filters by kind, category and country', async () => {
      const older = await create(offerContent({ categoryCode: 'training', funding: null }));
      await submit(older.id);
      const newer = await create();
      await submit(newer.id);
      await db.query(`UPDATE offers SET submitted_at = now() - interval '3 days' WHERE id = $1`, [
        older.id,
      ]);
      const all = (await call('GET', '/api/v1/admin/review-queue?pageSize=100', admin))
        .json()
        .items.map((i: Json) => i.offerId);
      expect(all.indexOf(older.id)).toBeLessThan(all.indexOf(newer.id));
      const training = (
        await call('GET', '/api/v1/admin/review-queue?category=training&pageSize=100', admin)
      ).json().items;
      expect(training.every((i: Json) => i.categoryCode === 'training')).toBe(true);
      const senegal = (
        await call('GET', '/api/v1/admin/review-queue?country=sn&pageSize=100', admin)
      )
        .json()
        .items.map((i: Json) => i.offerId);
      expect(senegal).toContain(newer.id);
      const old = (
        await call('GET', '/api/v1/admin/review-queue?minAgeHours=48&pageSize=100', admin)
      )
        .json()
        .items.map((i: Json) => i.offerId);
      expect(old).toContain(older.id);
      expect(old).not.toContain(newer.id);
      const bad = await call('GET', '/api/v1/admin/review-queue?kind=everything', admin);
      expect(bad.statusCode).toBe(400);
    });

    it('the audit log is append-only, and admins can filter it', async () => {
      const offer = await publishNew();
      await expect(
        db.query(`UPDATE catalogue_audit_events SET reason = 'x' WHERE offer_id = $1`, [offer.id]),
      ).rejects.toThrow(/append-only/);
      await expect(
        db.query(`DELETE FROM catalogue_audit_events WHERE offer_id = $1`, [offer.id]),
      ).rejects.toThrow(/append-only/);
      const res = await call(
        'GET',
        `/api/v1/admin/audit?offerId=${offer.id}&action=offer.published`,
        admin,
      );
      expect(res.json().items).toEqual([
        expect.objectContaining({
          action: 'offer.published',
          actorId: admin.id,
          actorRole: 'admin',
        }),
      ]);
    });
  });
});
