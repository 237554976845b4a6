import fc from 'fast-check';
import {
  newAdmin,
  newOrganisationOwner,
  newAccount,
  offerContent,
  type TestAccount,
} from '../support/factories';
import {
  ArbitraryFactory,
  operationsOf,
  type OpenApiDocument,
  type Operation,
} from '../support/fuzz/openapi-arbitraries';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Property: whatever a client sends to any operation of the OpenAPI document, as anonymous or
 * as any role, the answer is never a 5xx, and every 4xx is application/problem+json.
 * FUZZ_RUNS sets the cases per role (default 750, so 3,000 in `npm test`); FUZZ_SEED replays
 * a run (fast-check prints the seed and the shrunk request of a failure).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 750);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);

describe('API fuzzing from the OpenAPI document', () => {
  let t: TestApp;
  let operations: Operation[];
  let factory: ArbitraryFactory;
  const roles: Array<[string, TestAccount | undefined]> = [];

  beforeAll(async () => {
    t = await createTestApp();
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as OpenApiDocument;
    operations = operationsOf(doc);
    const admin = await newAdmin(t);
    const entrepreneur = await newAccount(t);
    const { owner, organisationId } = await newOrganisationOwner(t, 'Fuzz Solidarité');
    const offer = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisationId}/offers`,
      headers: owner.auth(),
      payload: offerContent(),
    });
    factory = new ArbitraryFactory(doc, [
      organisationId,
      offer.json().id as string,
      entrepreneur.id,
      owner.id,
      'financement',
      'grant',
    ]);
    roles.push(
      ['anonymous', undefined],
      ['entrepreneur', entrepreneur],
      ['organisation', owner],
      ['admin', admin],
    );
  });
  const statuses = new Map<string, number>();
  afterAll(async () => {
    // What the cases reached, so a change that makes every request bounce at the door shows.
    console.log(
      `fuzz: answers by role and status\n${[...statuses]
        .sort()
        .map(([k, n]) => `  ${k}: ${n}`)
        .join('\n')}`,
    );
    await t.close();
  });

  it('covers every operation of the document', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it.each(['anonymous', 'entrepreneur', 'organisation', 'admin'])(
    'as %s: no 5xx, and every 4xx is problem+json',
    async (role) => {
      let account = roles.find(([name]) => name === role)![1];
      // A case may sign the account out, change its password or erase it: then the next
      // cases get a fresh account of the same role, so they reach past authentication.
      const stillValid = async () =>
        !account ||
        (
          await t.app.inject({
            url: '/api/v1/me',
            headers: { authorization: `Bearer ${account.accessToken}` },
          })
        ).statusCode === 200;
      const renew = async () => {
        if (role === 'admin') account = await newAdmin(t);
        else if (role === 'entrepreneur') account = await newAccount(t);
        else account = (await newOrganisationOwner(t, `Fuzz ${Math.random()}`)).owner;
      };
      const request = fc
        .constantFrom(...operations)
        .chain((op) => factory.request(op).map((r) => ({ ...r, method: op.method })));
      await fc.assert(
        fc.asyncProperty(request, async ({ method, url, body }) => {
          const res = await t.app.inject({
            method: method as 'GET',
            url,
            headers: {
              ...(account ? { authorization: `Bearer ${account.accessToken}` } : {}),
              ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
          });
          if (res.statusCode === 401 && !(await stillValid())) await renew();
          const key = `${role} ${res.statusCode}`;
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
          const where = `${method} ${url} → ${res.statusCode} ${res.payload.slice(0, 300)}`;
          if (res.statusCode >= 500) throw new Error(`5xx: ${where}`);
          if (
            res.statusCode >= 400 &&
            !/^application\/problem\+json/.test(String(res.headers['content-type']))
          )
            throw new Error(`4xx without problem+json: ${where}`);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    },
    600_000,
  );
});
