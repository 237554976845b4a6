import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BrowserSession, visibleText } from '../../support/browser-session';
import { GOOD_PASSWORD, newAccount, newAdmin, type TestAccount } from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

type Json = Record<string, unknown>;

/** One app for the file (its limits are low on purpose), made by the first block that runs. */
let created: Promise<TestApp> | undefined;
const app = () =>
  (created ??= createTestApp({
    env: { PUBLIC_API_ANONYMOUS_LIMIT_PER_MINUTE: '3', PUBLIC_API_KEY_LIMIT_PER_MINUTE: '5' },
  }));
afterAll(async () => (await created)?.close());

/** Partner API keys (issued and revoked by admins, read-only) and the public API's rate limits. */
describe('partner API keys and rate limits', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestAccount;
  let ipCounter = 0;
  /** Each test its own client address: its own anonymous bucket. */
  const freshIp = () => `198.51.100.${++ipCounter}`;

  beforeAll(async () => {
    t = await app();
    db = t.app.get(DataSource);
    admin = await newAdmin(t);
  });

  const issue = async (name = 'Miroir DORA', scopes?: string[]) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/api-keys',
      headers: admin.auth(),
      payload: { name, ...(scopes ? { scopes } : {}) },
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; key: string; prefix: string; scopes: string[] };
  };
  const get = (url: string, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
    t.app.inject({ method: 'GET', url, headers, remoteAddress });

  it('an admin issues a key shown once, stored as its SHA-256 only, and lists it without it', async () => {
    const issued = await issue();
    expect(issued.key).toMatch(/^psk_[A-Za-z0-9_-]{43}$/);
    expect(issued.scopes).toEqual(['catalogue:read']);
    expect(issued.key.startsWith(issued.prefix)).toBe(true);

    const [row] = await db.query(`SELECT * FROM partner_api_keys WHERE id = $1`, [issued.id]);
    expect(row.key_hash).toBe(createHash('sha256').update(issued.key).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(issued.key);

    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/api-keys',
      headers: admin.auth(),
    });
    expect(list.statusCode).toBe(200);
    expect(list.payload).not.toContain(issued.key);
    expect(list.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: issued.id, revokedAt: null })]),
    );
  });

  it('only admins issue keys, with known scopes only', async () => {
    const someone = await newAccount(t, { kind: 'organisation' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/api-keys',
      headers: someone.auth(),
      payload: { name: 'Moi' },
    });
    expect(res.statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/api-keys',
      headers: admin.auth(),
      payload: { name: 'Écriture', scopes: ['catalogue:write'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'scopes' });
  });

  it('a key reads public routes (Bearer or X-Api-Key) under its own quota, with RateLimit fields', async () => {
    const { key } = await issue('Quota partenaire');
    const first = await get('/api/v1/offers', { authorization: `Bearer ${key}` });
    expect(first.statusCode).toBe(200);
    expect(first.headers['ratelimit-policy']).toBe('"partner";q=5;w=60');
    expect(first.headers['ratelimit']).toMatch(/^"partner";r=4;t=([1-9]|[1-5]\d|60)$/);
    // The same key by the other header counts against the same quota.
    const second = await get('/api/v1/public/organisations', { 'x-api-key': key });
    expect(second.statusCode).toBe(200);
    expect(second.headers['ratelimit']).toMatch(/^"partner";r=3;t=\d+$/);
    for (let i = 0; i < 3; i++)
      expect((await get('/api/v1/offers', { 'x-api-key': key })).statusCode).toBe(200);

    const over = await get('/api/v1/offers', { 'x-api-key': key });
    expect(over.statusCode).toBe(429);
    expect(over.headers['content-type']).toContain('application/problem+json');
    expect(over.json()).toMatchObject({ code: 'IDENTITY.RATE_LIMITED', status: 429 });
    expect(Number(over.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(over.headers['ratelimit']).toMatch(/^"partner";r=0;t=\d+$/);

    // Another key, and anonymous callers, have their own buckets.
    const other = await issue('Autre partenaire');
    expect((await get('/api/v1/offers', { 'x-api-key': other.key })).statusCode).toBe(200);
    expect((await get('/api/v1/offers', {}, freshIp())).statusCode).toBe(200);
  });

  it('anonymous callers get the lower limit per address, then 429 with Retry-After', async () => {
    const ip = freshIp();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await get('/api/v1/offers', {}, ip);
      expect(res.statusCode).toBe(200);
      expect(res.headers['ratelimit-policy']).toBe('"anonymous";q=3;w=60');
      seen.push(String(res.headers['ratelimit']).split(';')[1]);
    }
    expect(seen).toEqual(['r=2', 'r=1', 'r=0']);
    const over = await get('/api/v1/offers', {}, ip);
    expect(over.statusCode).toBe(429);
    expect(over.headers['retry-after']).toMatch(/^\d+$/);
    // Another address is not affected; routes outside the public API are not counted.
    expect((await get('/api/v1/offers', {}, freshIp())).statusCode).toBe(200);
    expect((await get('/health/live', {}, ip)).statusCode).toBe(200);
  });

  it('a key never writes and never reads private routes', async () => {
    const { key } = await issue('Lecture seule');
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { authorization: `Bearer ${key}` },
      payload: { name: 'Organisation pirate' },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().code).toBe('IDENTITY.API_KEY_READ_ONLY');
    const me = await get('/api/v1/me', { 'x-api-key': key });
    expect(me.statusCode).toBe(403);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'x-api-key': key },
      payload: { email: admin.email, password: 'x' },
    });
    expect(signIn.statusCode).toBe(403);
  });

  it('a revoked or unknown key is refused with 401, even on public routes', async () => {
    const { id, key } = await issue('Bientôt révoquée');
    expect((await get('/api/v1/offers', { 'x-api-key': key })).statusCode).toBe(200);
    const revoke = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/api-keys/${id}/revoke`,
      headers: admin.auth(),
    });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json().revokedAt).toEqual(expect.any(String));
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/api-keys/${id}/revoke`,
      headers: admin.auth(),
    });
    expect(again.json().revokedAt).toBe(revoke.json().revokedAt);

    const ways: Array<Record<string, string>> = [
      { 'x-api-key': key },
      { authorization: `Bearer ${key}` },
    ];
    for (const headers of ways) {
      const res = await get('/api/v1/offers', headers);
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const forged = `psk_${'A'.repeat(43)}`;
    expect((await get('/api/v1/offers', { 'x-api-key': forged })).statusCode).toBe(401);
    expect((await get('/api/v1/offers', { 'x-api-key': 'nonsense' })).statusCode).toBe(401);
  });
});

describe('back office page for API keys', () => {
  it('an admin issues a key on the page (shown once), sees it listed, then revokes it', async () => {
    const t = await app();
    const admin = await newAdmin(t);
    const browser = await new BrowserSession(t).signIn(admin.email, GOOD_PASSWORD);
    const page = await browser.get('/admin/cles-api?lang=fr');
    expect(page.status).toBe(200);
    expect(page.body).toContain('href="/admin/cles-api" aria-current="page"');

    const refused = await browser.post('/admin/cles-api', { name: '' });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('id="f-name-error"');

    const issued = await browser.post('/admin/cles-api', { name: 'Portail <partenaire>' });
    expect(issued.status).toBe(201);
    expect(issued.headers['cache-control']).toBe('private, no-store');
    expect(issued.body).toContain('Portail &lt;partenaire&gt;');
    const key = /value="(psk_[A-Za-z0-9_-]{43})"/.exec(issued.body)?.[1];
    expect(key).toBeDefined();
    const read = await t.app.inject({
      method: 'GET',
      url: '/api/v1/offers',
      headers: { 'x-api-key': key! },
    });
    expect(read.statusCode).toBe(200);

    const list = await browser.get('/admin/cles-api');
    expect(list.body).not.toContain(key!);
    expect(visibleText(list.body)).toContain('Portail &lt;partenaire&gt;');
    const id = /action="\/admin\/cles-api\/([0-9a-f-]{36})\/revoquer"/.exec(list.body)?.[1];
    const revoked = await browser.post(`/admin/cles-api/${id}/revoquer`);
    expect(revoked.status).toBe(303);
    expect(visibleText((await browser.get('/admin/cles-api')).body)).toContain('Clé révoquée.');
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/v1/offers',
      headers: { 'x-api-key': key! },
    });
    expect(after.statusCode).toBe(401);
  });
});

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * The published OpenAPI document is 3.1 and complete enough for a partner to write a client
 * from it alone: every operation has a readable operationId, a description and an example
 * of what it returns.
 */
describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: Json;

  beforeAll(async () => {
    t = await app();
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });

  const operations = () =>
    Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((m) => ({
        name: `${m.toUpperCase()} ${path}`,
        op: item[m] as Json,
      })),
    );

  it('is OpenAPI 3.1 with servers from PUBLIC_URL and no 3.0-only keywords', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([expect.objectContaining({ url: 'https://passerelle.test' })]);
    expect(JSON.stringify(doc)).not.toMatch(/"nullable":/);
  });

  it('every operation has a readable, unique operationId, a description and an example', () => {
    const problems: string[] = [];
    const ids = new Map<string, string>();
    for (const { name, op } of operations()) {
      const id = op.operationId;
      if (typeof id !== 'string' || !/^[a-z]+[A-Z0-9][A-Za-z0-9]*$/.test(id))
        problems.push(`${name}: operationId ${String(id)} is not a camelCase verb phrase`);
      else if (ids.has(id)) problems.push(`${name}: operationId ${id} also on ${ids.get(id)}`);
      else ids.set(id, name);
      if (typeof op.description !== 'string' || op.description.trim().length < 10)
        problems.push(`${name}: no description`);
      const successes = Object.entries(op.responses as Record<string, Json>).filter(([s]) =>
        s.startsWith('2'),
      );
      if (successes.length === 0) problems.push(`${name}: no success response documented`);
      for (const [status, response] of successes)
        for (const [type, media] of Object.entries(
          (response.content ?? {}) as Record<string, Json>,
        ))
          if (media.example === undefined && media.examples === undefined)
            problems.push(`${name}: ${status} ${type} has no example`);
    }
    expect(problems).toEqual([]);
  });

  it('nullable fields are type unions with null (JSON Schema 2020-12)', () => {
    const schemas = (doc.components as Json).schemas as Record<string, Json>;
    const lastVerifiedAt = (schemas.PublicOfferResponse.properties as Record<string, Json>)
      .lastVerifiedAt;
    expect(lastVerifiedAt.type).toEqual(['string', 'null']);
  });
});
