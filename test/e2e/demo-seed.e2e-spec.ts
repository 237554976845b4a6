import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { contentViolations, OFFER_CHANGED_JOB, type OfferContent } from '@app/catalogue';
import { JobQueue } from '@app/database';
import { AuthService } from '@app/identity';
import { ORGANISATION_KINDS } from '@app/support-organisation';
import { OfferContentDto } from '../../apps/api/src/catalogue/offer.dto';
import {
  DEMO_ACCOUNTS,
  DEMO_ENTREPRENEUR_PROFILE,
  DEMO_PASSWORD,
} from '../../apps/worker/src/seed/demo-data';
import { seedDemoCatalogue, type DemoSeedResult } from '../../apps/worker/src/seed/demo-seed';
import { signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

interface OfferRow {
  id: string;
  organisation_id: string;
  state: string;
  version: number;
  content: OfferContent;
  category_code: string;
  residence_countries: string[];
  target_countries: string[];
  rolling: boolean;
  deadline: string | null;
  quality_score: number;
  last_verified_at: Date | null;
}

describe('demo catalogue seed (npm start on an empty database)', () => {
  let t: TestApp;
  let db: DataSource;
  let first: DemoSeedResult;
  let offers: OfferRow[];

  const seed = () =>
    seedDemoCatalogue(db, { auth: t.app.get(AuthService), jobs: t.app.get(JobQueue) });
  const scalar = async (sql: string, params: unknown[] = []) =>
    Number((await db.query<Array<{ n: string }>>(sql, params))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    first = await seed();
    offers = await db.query(
      `SELECT id, organisation_id, state, version, content, category_code, residence_countries,
              target_countries, rolling, deadline::text AS deadline, quality_score, last_verified_at
         FROM offers ORDER BY created_at`,
    );
  }, 60_000);
  afterAll(() => t.close());

  it('fills the empty database with about forty organisations and 300 offers', async () => {
    expect(first).toMatchObject({ seeded: true, offers: 300 });
    const organisations = await scalar(`SELECT count(*) AS n FROM organisations`);
    expect(organisations).toBeGreaterThanOrEqual(38);
    expect(organisations).toBeLessThanOrEqual(45);
    expect(offers).toHaveLength(300);
    const kinds = await db.query<Array<{ kind: string }>>(
      `SELECT DISTINCT kind FROM organisations`,
    );
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(ORGANISATION_KINDS));
  });

  it('has the states of a live catalogue, with pending revisions and verification decisions', async () => {
    const states: Record<string, number> = {};
    for (const o of offers) states[o.state] = (states[o.state] ?? 0) + 1;
    expect(states).toEqual({
      published: 274,
      expired: 10,
      submitted: 8,
      draft: 5,
      changes_requested: 3,
    });
    expect(
      await scalar(`SELECT count(*) AS n FROM offer_revisions WHERE state = 'submitted'`),
    ).toBe(2);
    const verification = await db.query<Array<{ verification_status: string; n: string }>>(
      `SELECT verification_status, count(*) AS n FROM organisations GROUP BY 1`,
    );
    const byStatus = Object.fromEntries(verification.map((v) => [v.verification_status, +v.n]));
    expect(byStatus.verified).toBeGreaterThanOrEqual(28);
    expect(byStatus.rejected).toBe(1);
    expect(byStatus.pending).toBeGreaterThanOrEqual(6);
    expect(
      await scalar(
        `SELECT count(*) AS n FROM organisations WHERE verification_status = 'rejected' AND length(rejection_reason) > 20`,
      ),
    ).toBe(1);
    // Public offers come only from verified organisations.
    expect(
      await scalar(
        `SELECT count(*) AS n FROM offers o JOIN organisations g ON g.id = o.organisation_id
          WHERE o.state IN ('published', 'expired') AND g.verification_status <> 'verified'`,
      ),
    ).toBe(0);
    // Expired offers are past their deadline; published ones are not.
    expect(offers.filter((o) => o.state === 'expired').every((o) => o.deadline! < today())).toBe(
      true,
    );
    expect(
      offers
        .filter((o) => o.state === 'published')
        .every((o) => o.rolling || o.deadline! >= today()),
    ).toBe(true);
  });

  it('stores content every offer rule and the API’s own validation accept', async () => {
    const revisions = await db.query<Array<{ content: OfferContent }>>(
      `SELECT content FROM offer_revisions`,
    );
    for (const content of [...offers.map((o) => o.content), ...revisions.map((r) => r.content)]) {
      expect(contentViolations(content)).toEqual([]);
      const dto = plainToInstance(OfferContentDto, content);
      const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
      expect(errors.map((e) => e.toString())).toEqual([]);
    }
  });

  it('keeps the derived columns in step with the content', () => {
    for (const o of offers) {
      expect(o.category_code).toBe(o.content.categoryCode);
      expect(o.residence_countries).toEqual(o.content.eligibility.residenceCountries);
      expect(o.target_countries).toEqual(o.content.eligibility.targetCountries);
      expect(o.rolling).toBe(o.content.dates.rolling);
      expect(o.deadline).toBe(o.content.dates.deadline ?? null);
      expect(o.quality_score).toBeGreaterThanOrEqual(0);
      expect(o.quality_score).toBeLessThanOrEqual(100);
    }
    const published = offers.filter((o) => o.state === 'published');
    const mean = published.reduce((s, o) => s + o.quality_score, 0) / published.length;
    expect(mean).toBeGreaterThan(50);
  });

  it('uses only taxonomy codes that exist, and every category', async () => {
    const terms = await db.query<Array<{ vocabulary: string; code: string }>>(
      `SELECT vocabulary, code FROM taxonomy_terms WHERE retired_at IS NULL`,
    );
    const known = new Set(terms.map((x) => `${x.vocabulary}:${x.code}`));
    for (const { content } of offers) {
      expect(known).toContain(`category:${content.categoryCode}`);
      for (const s of content.sectorCodes) expect(known).toContain(`sector:${s}`);
      for (const s of content.stageCodes) expect(known).toContain(`stage:${s}`);
    }
    const categories = terms.filter((x) => x.vocabulary === 'category').map((x) => x.code);
    expect(new Set(offers.map((o) => o.category_code))).toEqual(new Set(categories));
  });

  it('speaks French and English for most offers, Portuguese and Arabic for some', () => {
    const has = (o: OfferRow, lang: 'fr' | 'en' | 'pt' | 'ar') => !!o.content.translations[lang];
    const both = offers.filter((o) => has(o, 'fr') && has(o, 'en')).length;
    expect(both / offers.length).toBeGreaterThan(0.6);
    expect(offers.filter((o) => has(o, 'pt')).length).toBeGreaterThanOrEqual(15);
    expect(offers.filter((o) => has(o, 'ar')).length).toBeGreaterThanOrEqual(15);
  });

  it('spreads "last verified" from days to months ago, so some offers are stale', () => {
    const ages = offers
      .filter((o) => o.state === 'published')
      .map((o) => (Date.now() - new Date(o.last_verified_at!).getTime()) / 86_400_000);
    expect(Math.min(...ages)).toBeLessThan(10);
    expect(ages.filter((a) => a > 183).length).toBeGreaterThanOrEqual(10);
  });

  it('puts near-duplicates of existing offers in the review queue', async () => {
    const rows = await db.query<Array<{ id: string }>>(
      `SELECT DISTINCT me.id FROM offers me
         JOIN offers o ON o.organisation_id = me.organisation_id AND o.id <> me.id
        WHERE me.state = 'submitted' AND o.state = 'published'
          AND similarity(o.title_fingerprint, me.title_fingerprint) >= 0.55`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it('writes one audit row per state reached, by the right actor', async () => {
    const audit = await db.query<
      Array<{ offer_id: string; action: string; actor_role: string; actor_id: string | null }>
    >(`SELECT offer_id, action, actor_role, actor_id FROM catalogue_audit_events ORDER BY id`);
    const admin = (
      await db.query<Array<{ id: string }>>(`SELECT id FROM users WHERE email = $1`, [
        DEMO_ACCOUNTS.admin.email,
      ])
    )[0].id;
    const byOffer = new Map<string, string[]>();
    for (const a of audit) byOffer.set(a.offer_id, [...(byOffer.get(a.offer_id) ?? []), a.action]);
    expect(byOffer.size).toBe(300);
    for (const o of offers) {
      const actions = byOffer.get(o.id)!.filter((a) => a.startsWith('offer.'));
      expect(actions[0]).toBe('offer.created');
      const last = actions.filter((a) => a !== 'offer.reconfirmed').at(-1);
      expect(last).toBe(o.state === 'draft' ? 'offer.created' : `offer.${o.state}`);
    }
    for (const a of audit.filter((x) => x.action === 'offer.published')) {
      expect(a).toMatchObject({ actor_role: 'admin', actor_id: admin });
    }
    expect(audit.filter((a) => a.action === 'revision.submitted')).toHaveLength(2);
    // The log's ids follow time.
    const times = await db.query<Array<{ ordered: boolean }>>(
      `SELECT bool_and(prev IS NULL OR prev <= occurred_at) AS ordered
         FROM (SELECT occurred_at, lag(occurred_at) OVER (ORDER BY id) AS prev FROM catalogue_audit_events) x`,
    );
    expect(times[0].ordered).toBe(true);
  });

  it('enqueues the search job of every public offer in the same transaction', async () => {
    const jobs = await db.query<Array<{ offer_id: string }>>(
      `SELECT data->>'offerId' AS offer_id FROM pgboss.job WHERE name = $1`,
      [OFFER_CHANGED_JOB],
    );
    const expected = offers
      .filter((o) => ['published', 'expired'].includes(o.state))
      .map((o) => o.id);
    expect(jobs.map((j) => j.offer_id).sort()).toEqual(expected.sort());
  });

  it('lets the three demo accounts sign in with the documented password', async () => {
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      const signedIn = await signIn(t, account.email, DEMO_PASSWORD);
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: signedIn.auth() });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ email: account.email, kind: account.kind });
    }
  });

  it('gives the demo entrepreneur a filled profile (codes that exist), set-up done', async () => {
    const kwame = await signIn(t, DEMO_ACCOUNTS.entrepreneur.email, DEMO_PASSWORD);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/profile',
      headers: kwame.auth(),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      residenceCountry: DEMO_ENTREPRENEUR_PROFILE.residenceCountry,
      originCountries: [...DEMO_ENTREPRENEUR_PROFILE.originCountries],
      targetCountries: [...DEMO_ENTREPRENEUR_PROFILE.targetCountries],
      stageCode: DEMO_ENTREPRENEUR_PROFILE.stageCode,
      sectorCodes: [...DEMO_ENTREPRENEUR_PROFILE.sectorCodes],
      needCodes: [...DEMO_ENTREPRENEUR_PROFILE.needCodes],
    });
    const unknown = await scalar(
      `SELECT count(*) AS n FROM unnest($1::text[]) AS c(code)
        WHERE NOT EXISTS (SELECT 1 FROM taxonomy_terms t WHERE t.code = c.code AND t.retired_at IS NULL)`,
      [
        [
          ...DEMO_ENTREPRENEUR_PROFILE.sectorCodes,
          DEMO_ENTREPRENEUR_PROFILE.stageCode,
          ...DEMO_ENTREPRENEUR_PROFILE.needCodes,
        ],
      ],
    );
    expect(unknown).toBe(0);
    // The guided set-up is for new accounts: the demo one goes straight to its space.
    expect(
      await scalar(
        `SELECT count(*) AS n FROM entrepreneur_profile_setups WHERE user_id = $1 AND outcome = 'completed'`,
        [kwame.id],
      ),
    ).toBe(1);
  });

  it('makes the organisation account owner of its organisation and editor of two more', async () => {
    const member = await signIn(t, DEMO_ACCOUNTS.organisation.email, DEMO_PASSWORD);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/organisations/mine',
      headers: member.auth(),
    });
    expect(res.statusCode).toBe(200);
    const mine = res.json() as Array<{ id: string; name: string; myRole: string }>;
    expect(mine.map((o) => o.myRole).sort()).toEqual(['editor', 'editor', 'owner']);
    const owned = mine.find((o) => o.myRole === 'owner')!;
    const profile = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${owned.id}`,
      headers: member.auth(),
    });
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({ verification: { status: 'verified' } });
    // Its organisation shows every moderation state, for the demo.
    const states = await db.query<Array<{ state: string }>>(
      `SELECT DISTINCT state FROM offers WHERE organisation_id = $1`,
      [owned.id],
    );
    expect(new Set(states.map((s) => s.state))).toEqual(
      new Set(['published', 'expired', 'submitted', 'draft', 'changes_requested']),
    );
  });

  it('serves the published offers publicly, and never the drafts', async () => {
    const published = offers.filter((o) => o.state === 'published');
    for (const o of published) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/offers/${o.id}` });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: o.id, state: 'published' });
    }
    for (const o of offers.filter((x) => ['draft', 'submitted'].includes(x.state))) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/offers/${o.id}` });
      expect(res.statusCode).toBe(404);
    }
  });

  it('does nothing the second time, and says so', async () => {
    const counts = () =>
      db.query(
        `SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM organisations) AS organisations,
                (SELECT count(*) FROM offers) AS offers, (SELECT count(*) FROM catalogue_audit_events) AS audit`,
      );
    const before = await counts();
    const again = await seed();
    expect(again).toEqual({ seeded: false, reason: expect.stringMatching(/already/) });
    expect(await counts()).toEqual(before);
  });
});

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
