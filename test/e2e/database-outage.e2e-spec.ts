/**
 * The database going away and coming back, as the API sees it: every request answers at once
 * with 503 problem+json and Retry-After (never a 500, never a hang), readiness names what is
 * down, and everything works again when the database is back, without restarting the app.
 * The app reaches its real database through a TCP proxy that the test cuts and restores (the
 * kill of a real postmaster is in platform-resilience.e2e-spec.ts).
 */
import { eventually } from '../support/eventually';
import { newAccount, type TestAccount } from '../support/factories';
import { TcpProxy } from '../support/tcp-proxy';
import { createTestApp, type TestApp } from '../support/test-app';

describe('database outage', () => {
  let proxy: TcpProxy;
  let t: TestApp;
  let member: TestAccount;

  beforeAll(async () => {
    const shared = new URL(process.env.PASSERELLE_TEST_ADMIN_URL ?? 'postgres://missing');
    proxy = await TcpProxy.to(shared.hostname, Number(shared.port));
    t = await createTestApp({ routeDatabase: (url) => proxy.route(url) });
    member = await newAccount(t, { kind: 'organisation' });
  });
  afterAll(async () => {
    await proxy?.restore();
    await t?.close();
    await proxy?.stop();
  });

  const createOrganisation = (name: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: member.auth(),
      payload: { name },
    });
  const expectUnavailable = (res: { statusCode: number; headers: Record<string, unknown> }) => {
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['retry-after']).toBe('5');
  };

  it('answers 503 CORE.UNAVAILABLE while the database is unreachable, and recovers alone', async () => {
    expect((await createOrganisation('Avant la coupure')).statusCode).toBe(201);
    await proxy.cut();

    const write = await createOrganisation('Pendant la coupure');
    expectUnavailable(write);
    expect(write.json()).toMatchObject({
      type: 'urn:passerelle:problem:CORE.UNAVAILABLE',
      status: 503,
      code: 'CORE.UNAVAILABLE',
      requestId: write.headers['x-request-id'],
    });
    expect(write.payload).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminated/);
    const read = await t.app.inject({
      method: 'GET',
      url: '/api/v1/organisations/mine',
      headers: member.auth(),
    });
    expectUnavailable(read);

    const live = await t.app.inject({ method: 'GET', url: '/health/live' });
    expect(live.statusCode).toBe(200);
    const ready = await t.app.inject({ method: 'GET', url: '/health/ready' });
    expectUnavailable(ready);
    expect(ready.json()).toMatchObject({
      code: 'CORE.UNAVAILABLE',
      detail: 'Not ready: database and search are down.',
      checks: { database: 'down', search: 'down' },
    });
    const inPortuguese = await t.app.inject({
      method: 'GET',
      url: '/health/ready',
      headers: { 'accept-language': 'pt-PT' },
    });
    expect(inPortuguese.json()).toMatchObject({
      title: 'Serviço indisponível',
      detail: 'Não está pronto: a base de dados e a pesquisa estão indisponíveis.',
    });

    // A person's browser gets the error page, with the same status.
    const page = await t.app.inject({
      method: 'GET',
      url: '/espace',
      headers: {
        accept: 'text/html',
        'accept-language': 'en',
        cookie: `passerelle_access=${member.accessToken}`,
      },
    });
    expect(page.statusCode).toBe(503);
    expect(page.headers['retry-after']).toBe('5');
    expect(page.payload).toContain('The service is unavailable for a moment.');

    await proxy.restore();
    await eventually(async () => {
      expect((await t.app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    });
    expect((await createOrganisation('Après la coupure')).statusCode).toBe(201);
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/organisations/mine',
      headers: member.auth(),
    });
    expect(
      mine
        .json()
        .map((o: { name: string }) => o.name)
        .sort(),
    ).toEqual(['Après la coupure', 'Avant la coupure']);
  });

  it('gives up on a server that accepts connections but never answers (503, no hang)', async () => {
    await proxy.stall();
    const mine = () =>
      t.app.inject({ method: 'GET', url: '/api/v1/organisations/mine', headers: member.auth() });
    // The first queries may still meet a pooled connection the stall just dropped.
    const [first, ready] = await Promise.all([
      mine(),
      t.app.inject({ method: 'GET', url: '/health/ready' }),
    ]);
    expectUnavailable(first);
    expectUnavailable(ready);
    expect(ready.json().checks).toMatchObject({ database: 'down' });
    // This one needs a new connection: it waits the pool's connection timeout (5 s), not Jest's.
    expectUnavailable(await mine());

    await proxy.restore();
    await eventually(async () => {
      expect((await t.app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    });
  });
});
