import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createLogger } from '@app/core';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { searchIndexHolds } from '../support/eventually';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('entrepreneur profiles, eligibility and recommendations', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let db: DataSource;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;
  const offers: Record<string, string> = {};

  const call = (
    method: 'GET' | 'PUT' | 'POST' | 'DELETE',
    url: string,
    who?: TestAccount,
    payload?: Json,
  ) => t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  const publish = async (name: string, content: Json) => {
    const created = (
      await call('POST', `/api/v1/organisations/${organisationId}/offers`, owner, content)
    ).json();
    await call(
      'POST',
      `/api/v1/organisations/${organisationId}/offers/${created.id}/submit`,
      owner,
    );
    expect(
      (
        await call('POST', `/api/v1/admin/offers/${created.id}/decision`, admin, {
          decision: 'publish',
        })
      ).statusCode,
    ).toBe(200);
    offers[name] = created.id;
  };
  const titled = (title: string) => ({
    fr: {
      title,
      summary: 'Un programme de démonstration pour les profils.',
      description: 'Description assez longue pour être complète, pour les tests de profil.',
    },
  });

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    worker = await createWorkerApp({
      config: t.config,
      databaseUrl: t.database.url,
      logger: createLogger({ level: 'silent', name: 'w' }),
    });
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin));
    // For residents of France with projects in Senegal (the factory's default offer).
    await publish(
      'franceSenegal',
      offerContent({
        translations: titled('Bourse Sénégal pour résidents de France'),
        stageCodes: [],
        eligibility: {
          residenceCountries: ['FR'],
          targetCountries: ['SN'],
          diasporaOnly: false,
          genderFocus: 'any',
        },
      }),
    );
    await publish(
      'italyOnly',
      offerContent({
        translations: titled('Prêt réservé aux résidents italiens'),
        stageCodes: [],
        eligibility: {
          residenceCountries: ['IT'],
          targetCountries: [],
          diasporaOnly: false,
          genderFocus: 'any',
        },
      }),
    );
    await publish(
      'womenUnder35',
      offerContent({
        translations: titled('Programme femmes de moins de 35 ans'),
        stageCodes: [],
        eligibility: {
          residenceCountries: [],
          targetCountries: [],
          diasporaOnly: false,
          genderFocus: 'women',
          ageMin: 18,
          ageMax: 35,
        },
      }),
    );
    await publish(
      'mentoring',
      offerContent({
        translations: titled('Mentorat ouvert à tous'),
        categoryCode: 'mentoring',
        funding: null,
        stageCodes: [],
        eligibility: {
          residenceCountries: [],
          targetCountries: [],
          diasporaOnly: false,
          genderFocus: 'any',
        },
      }),
    );
    await searchIndexHolds(t.app, 4);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it('stores the profile, shows completeness, validates codes; organisation accounts have none', async () => {
    const awa = await newAccount(t);
    const empty = (await call('GET', '/api/v1/me/profile', awa)).json();
    expect(empty).toMatchObject({
      residenceCountry: null,
      completeness: 0,
      sensitiveConsent: { granted: false },
    });
    const saved = await call('PUT', '/api/v1/me/profile', awa, {
      residenceCountry: 'fr',
      originCountries: ['SN'],
      targetCountries: ['SN'],
      sectorCodes: ['agriculture_agrifood'],
      stageCode: 'creation',
      needCodes: ['grant'],
      languages: ['fr', 'wo'],
      businessName: 'Thiéboudienne & Co',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      residenceCountry: 'FR',
      businessName: 'Thiéboudienne & Co',
    });
    expect(saved.json().completeness).toBeGreaterThanOrEqual(80);
    const bad = await call('PUT', '/api/v1/me/profile', awa, {
      residenceCountry: 'XX',
      sectorCodes: ['astrology'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: Json) => e.field)).toContain('residenceCountry');
    const org = await newAccount(t, { kind: 'organisation' });
    expect((await call('GET', '/api/v1/me/profile', org)).statusCode).toBe(403);
  });

  it('sensitive fields need consent first; withdrawing it erases them; consents are recorded', async () => {
    const awa = await newAccount(t);
    const refused = await call('PUT', '/api/v1/me/profile', awa, {
      dateOfBirth: '1995-03-10',
      gender: 'woman',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('PROFILE.CONSENT_REQUIRED');
    expect(
      await db.query(
        `SELECT 1 FROM entrepreneur_profiles WHERE user_id = $1 AND date_of_birth IS NOT NULL`,
        [awa.id],
      ),
    ).toEqual([]);

    expect(
      (await call('PUT', '/api/v1/me/profile/consent', awa, { granted: true })).json()
        .sensitiveConsent,
    ).toMatchObject({ granted: true, version: expect.any(String) });
    const stored = await call('PUT', '/api/v1/me/profile', awa, {
      dateOfBirth: '1995-03-10',
      gender: 'woman',
    });
    expect(stored.json()).toMatchObject({ dateOfBirth: '1995-03-10', gender: 'woman' });

    const withdrawn = await call('PUT', '/api/v1/me/profile/consent', awa, { granted: false });
    expect(withdrawn.json()).toMatchObject({
      dateOfBirth: null,
      gender: null,
      sensitiveConsent: { granted: false },
    });
    const [row] = await db.query(
      `SELECT date_of_birth, gender FROM entrepreneur_profiles WHERE user_id = $1`,
      [awa.id],
    );
    expect(row).toEqual({ date_of_birth: null, gender: null });
    const history = await db.query(
      `SELECT granted FROM profile_consents WHERE user_id = $1 ORDER BY id`,
      [awa.id],
    );
    expect(history.map((h: Json) => h.granted)).toEqual([true, false]);
  });

  it('the offer page tells a signed-in entrepreneur the verdict and the reasons', async () => {
    const awa = await newAccount(t);
    await call('PUT', '/api/v1/me/profile', awa, {
      residenceCountry: 'FR',
      originCountries: ['SN'],
      targetCountries: ['SN'],
    });
    const page = (await call('GET', `/api/v1/offers/${offers.franceSenegal}`, awa)).json();
    expect(page.eligibility.verdict).toBe('eligible');
    expect(page.eligibility.reasons.map((r: Json) => r.text)).toEqual(
      expect.arrayContaining([
        'Ouvert aux résidents de : France',
        'Pour des projets dans ce pays : Sénégal',
      ]),
    );
    const italy = (await call('GET', `/api/v1/offers/${offers.italyOnly}`, awa)).json();
    expect(italy.eligibility).toMatchObject({
      verdict: 'not_eligible',
      reasons: expect.arrayContaining([
        expect.objectContaining({
          code: 'residence',
          status: 'unmet',
          text: 'Réservé aux résidents de : Italie',
        }),
      ]),
    });
    const anonymous = (await call('GET', `/api/v1/offers/${offers.franceSenegal}`)).json();
    expect(anonymous.eligibility).toBeUndefined();
  });

  it('recommendations never hold an offer the profile is not eligible for, and follow a profile edit at once', async () => {
    const awa = await newAccount(t);
    await call('PUT', '/api/v1/me/profile', awa, {
      residenceCountry: 'FR',
      targetCountries: ['SN'],
      needCodes: ['mentoring'],
    });
    const first = (await call('GET', '/api/v1/me/recommendations', awa)).json() as Json[];
    const ids = first.map((r) => r.id);
    expect(ids).toContain(offers.franceSenegal);
    expect(ids).not.toContain(offers.italyOnly);
    expect(first.every((r) => r.verdict !== 'not_eligible')).toBe(true);
    // Eligible before unknown; among those, the stated need first.
    const verdicts = first.map((r) => r.verdict);
    expect(verdicts.indexOf('eligible')).toBeLessThan(
      Math.max(verdicts.lastIndexOf('unknown'), verdicts.lastIndexOf('partly'), 0) + 1,
    );
    expect(first.find((r) => r.id === offers.mentoring)).toMatchObject({
      needMatch: true,
      verdict: 'eligible',
    });

    await call('PUT', '/api/v1/me/profile', awa, {
      residenceCountry: 'IT',
      targetCountries: ['SN'],
    });
    const after = (await call('GET', '/api/v1/me/recommendations', awa))
      .json()
      .map((r: Json) => r.id);
    expect(after).toContain(offers.italyOnly);
    expect(after).not.toContain(offers.franceSenegal);
  });

  it('a signed-in entrepreneur’s search is ranked and explained by the stored profile', async () => {
    const awa = await newAccount(t);
    await call('PUT', '/api/v1/me/profile', awa, {
      residenceCountry: 'FR',
      targetCountries: ['SN'],
    });
    const result = (await call('GET', '/api/v1/search?q=bourse', awa)).json();
    const hit = result.hits.find((h: Json) => h.id === offers.franceSenegal);
    expect(hit.profileMatch).toBe(true);
    expect(hit.reasons.map((r: Json) => r.code)).toEqual(['residence', 'target']);
  });

  it('export includes the profile and consents; erasure removes them', async () => {
    const awa = await newAccount(t);
    await call('PUT', '/api/v1/me/profile/consent', awa, { granted: true });
    await call('PUT', '/api/v1/me/profile', awa, {
      residenceCountry: 'BE',
      businessName: 'Atelier Wax',
      dateOfBirth: '1990-01-01',
    });
    const data = (await call('GET', '/api/v1/me/export', awa)).json();
    expect(data.entrepreneurProfile.profile).toMatchObject({
      residenceCountry: 'BE',
      businessName: 'Atelier Wax',
      dateOfBirth: '1990-01-01',
    });
    expect(data.entrepreneurProfile.consents).toEqual([expect.objectContaining({ granted: true })]);
    expect((await call('DELETE', '/api/v1/me', awa, { password: awa.password })).statusCode).toBe(
      204,
    );
    expect(
      await db.query(`SELECT 1 FROM entrepreneur_profiles WHERE user_id = $1`, [awa.id]),
    ).toEqual([]);
    expect(await db.query(`SELECT 1 FROM profile_consents WHERE user_id = $1`, [awa.id])).toEqual(
      [],
    );
  });
});
