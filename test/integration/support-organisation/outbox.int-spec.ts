import { DataSource } from 'typeorm';
import {
  ORGANISATION_CHANGED_JOB,
  OrganisationService,
  VerificationService,
} from '@app/support-organisation';
import { createTestApp, type TestApp } from '../../support/test-app';
import { newCaller } from './helpers';

/**
 * Profile edits and verification decisions enqueue `search.organisation-changed` in their own
 * transaction (pg-boss `send` with the transaction's connection): committed together, or
 * not at all.
 */
describe('support organisation outbox', () => {
  let t: TestApp;
  let db: DataSource;
  let organisations: OrganisationService;
  let verification: VerificationService;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    organisations = t.app.get(OrganisationService);
    verification = t.app.get(VerificationService);
    // Makes a transaction fail at COMMIT, after every statement in it (the job insert too)
    // has run: any UPDATE of an organisation whose name starts with "Boom".
    await db.query(`
      CREATE FUNCTION test_fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected failure at commit'; END $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER test_fail_at_commit AFTER UPDATE ON organisations
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
        WHEN (NEW.name LIKE 'Boom%') EXECUTE FUNCTION test_fail_at_commit()`);
  });
  afterAll(() => t.close());

  async function jobs(organisationId: string): Promise<Array<Record<string, unknown>>> {
    const rows: Array<{ data: Record<string, unknown> }> = await db.query(
      `SELECT data FROM pgboss.job WHERE name = $1 AND data->>'organisationId' = $2`,
      [ORGANISATION_CHANGED_JOB, organisationId],
    );
    return rows.map((r) => r.data);
  }

  async function newOrganisation(name: string) {
    const owner = await newCaller(t);
    const organisation = await organisations.create(owner, { name });
    return { owner, id: organisation.id };
  }

  it('the job name is the one the search worker consumes', () => {
    expect(ORGANISATION_CHANGED_JOB).toBe('search.organisation-changed');
  });

  it('creation and a committed profile edit leave one job each, carrying the id only', async () => {
    const { owner, id } = await newOrganisation('Incubateur Commit');
    expect(await jobs(id)).toEqual([{ organisationId: id }]);
    await organisations.updateProfile(id, owner, {
      kind: 'incubator',
      countriesOfOperation: ['SN'],
    });
    expect(await jobs(id)).toEqual([{ organisationId: id }, { organisationId: id }]);
  });

  it('a profile edit rolled back at commit leaves no job and no change', async () => {
    const { owner, id } = await newOrganisation('Organisation Rollback');
    const before = await organisations.get(id, owner);
    const jobsBefore = await jobs(id);
    await expect(
      organisations.updateProfile(id, owner, { name: 'Boom Organisation', kind: 'bank' }),
    ).rejects.toThrow(/injected failure at commit/);
    expect(await jobs(id)).toEqual(jobsBefore);
    expect(await organisations.get(id, owner)).toEqual(before);
  });

  it('a re-verification rolled back leaves no job and no history', async () => {
    const { owner, id } = await newOrganisation('Organisation Vérifiée');
    const admin = await newCaller(t, 'admin');
    await organisations.updateProfile(id, owner, {
      legalIdentifier: { country: 'SN', registrationNumber: 'SN-DKR-1' },
    });
    await verification.verify(id, admin);
    const jobsBefore = (await jobs(id)).length;
    await expect(
      organisations.updateProfile(id, owner, {
        name: 'Boom Renamed',
        legalIdentifier: { country: 'SN', registrationNumber: 'SN-DKR-2' },
      }),
    ).rejects.toThrow(/injected failure at commit/);
    expect(await jobs(id)).toHaveLength(jobsBefore);
    expect((await organisations.get(id, owner)).verification.status).toBe('verified');
    expect((await verification.adminView(id)).history).toHaveLength(1);
  });

  it('a decision commits its job; a decision rolled back leaves none, no history, no e-mail', async () => {
    const admin = await newCaller(t, 'admin');
    const ok = await newOrganisation('Organisation Décidée');
    const okBefore = (await jobs(ok.id)).length;
    await verification.verify(ok.id, admin);
    expect(await jobs(ok.id)).toHaveLength(okBefore + 1);

    const { owner, id } = await newOrganisation('Boom Décision');
    const jobsBefore = await jobs(id);
    await expect(verification.reject(id, admin, 'Unknown registration.')).rejects.toThrow(
      /injected failure at commit/,
    );
    expect(await jobs(id)).toEqual(jobsBefore);
    expect((await verification.adminView(id)).history).toEqual([]);
    expect((await organisations.get(id, owner)).verification.status).toBe('pending');
    expect(await t.mailbox.to(owner.email)).toEqual([]);
  });

  it('refused transitions and re-submissions enqueue nothing (nothing public changed)', async () => {
    const admin = await newCaller(t, 'admin');
    const { owner, id } = await newOrganisation('Organisation Refusée');
    await verification.reject(id, admin, 'Incomplete.');
    const afterDecision = (await jobs(id)).length;
    await expect(verification.verify(id, admin)).rejects.toMatchObject({
      code: 'ORGANISATION.VERIFICATION_CONFLICT',
      extra: { details: { currentStatus: 'rejected' } },
    });
    await verification.requestVerification(id, owner);
    expect(await jobs(id)).toHaveLength(afterDecision);
  });
});
