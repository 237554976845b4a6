import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  newAccount,
  newOrganisationOwner,
  offerContent,
  type TestAccount,
} from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

type Json = Record<string, unknown>;
type Violation = { field: string; rule: string; message: string };

// Input that used to reach a 500 (issue 12): each is a 4xx problem+json naming what is wrong.
describe('no input reaches a 500', () => {
  let t: TestApp;
  let owner: TestAccount;
  let organisationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    ({ owner, organisationId } = await newOrganisationOwner(t, 'Kora Solidarité'));
  });
  afterAll(() => t.close());

  const send = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload?: string | Json,
    headers = {},
  ) =>
    t.app.inject({
      method,
      url,
      headers: { 'content-type': 'application/json', ...headers },
      ...(payload === undefined ? {} : { payload }),
    });
  const problem = (res: {
    statusCode: number;
    headers: Record<string, unknown>;
    json(): unknown;
  }) => {
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    return res.json() as Json & { errors?: Violation[] };
  };
  const fields = (body: { errors?: Violation[] }) =>
    (body.errors ?? []).map((e) => `${e.field}:${e.rule}`);

  describe('deeply nested JSON', () => {
    it.each([
      ['objects', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`],
      ['arrays', '['.repeat(10_000)],
    ])(
      '5,000+ levels of %s on a public route: 400 CORE.INVALID_JSON with the reason',
      async (_, body) => {
        const res = await send('POST', '/api/v1/auth/sign-in', body);
        expect(res.statusCode).toBe(400);
        const p = problem(res);
        expect(p.code).toBe('CORE.INVALID_JSON');
        expect(p.detail).toMatch(/deeper than 32 levels/);
        expect(fields(p)).toEqual(['body:jsonDepth']);
      },
    );

    it('malformed JSON says where, and a prototype key is refused', async () => {
      const res = await send('POST', '/api/v1/auth/sign-in', '{"email": ');
      expect(res.statusCode).toBe(400);
      expect(problem(res)).toMatchObject({ code: 'CORE.INVALID_JSON' });
      expect(fields(problem(res))).toEqual(['body:jsonSyntax']);
      const proto = await send('POST', '/api/v1/auth/sign-in', '{"__proto__": {"admin": true}}');
      expect(proto.statusCode).toBe(400);
      expect(fields(problem(proto))).toEqual(['body:jsonForbiddenKey']);
    });
  });

  describe('NUL and ill-formed UTF-16', () => {
    it.each([
      ['/api/v1/search?q=%00', 'q'],
      ['/api/v1/search?q=pr%C3%AAt&targetCountry=S%00N', 'targetCountry'],
      ['/api/v1/offers/%00', 'idOrSlug'],
      ['/api/v1/search/suggest?q=fin%00', 'q'],
    ])('GET %s: 400 naming %s', async (url, field) => {
      const res = await send('GET', url);
      expect(res.statusCode).toBe(400);
      const p = problem(res);
      expect(p.code).toBe('CORE.VALIDATION_FAILED');
      expect(fields(p)).toEqual([`${field}:wellFormedText`]);
    });

    it.each(['/recherche?q=%00', '/offres/%00'])(
      'the page %s answers an HTML 400, not a 500',
      async (url) => {
        const res = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
        expect(res.statusCode).toBe(400);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
      },
    );

    it('a lone surrogate or a NUL in a body field: 400 naming the field by its path', async () => {
      const signUp = await send(
        'POST',
        '/api/v1/auth/sign-up',
        '{"email":"x\\ud800@example.org","password":"le baobab de Thiès fleurit","kind":"entrepreneur"}',
      );
      expect(signUp.statusCode).toBe(400);
      expect(fields(problem(signUp))).toEqual(['email:wellFormedText']);

      const content = offerContent() as { translations: { fr: Json } };
      content.translations.fr.title = 'Bourse\u0000 cachée';
      const offer = await send(
        'POST',
        `/api/v1/organisations/${organisationId}/offers`,
        content,
        owner.auth(),
      );
      expect(offer.statusCode).toBe(400);
      expect(fields(problem(offer))).toEqual(['translations.fr.title:wellFormedText']);
    });

    it('a pair that forms a real character is fine', async () => {
      const res = await send('GET', '/api/v1/search?q=%F0%9F%9A%80');
      expect(res.statusCode).toBe(200);
    });
  });

  describe('nested objects', () => {
    it.each(['dates', 'apply', 'eligibility', 'cost', 'translations'])(
      'an offer without %s: 400 naming it',
      async (part) => {
        const content = offerContent();
        delete content[part];
        const res = await send(
          'POST',
          `/api/v1/organisations/${organisationId}/offers`,
          content,
          owner.auth(),
        );
        expect(res.statusCode).toBe(400);
        expect(fields(problem(res))).toContain(`${part}:isObject`);
      },
    );

    it('an array where an object is expected: 400, on create and on update', async () => {
      const create = await send(
        'POST',
        `/api/v1/organisations/${organisationId}/offers`,
        offerContent({ eligibility: [] }),
        owner.auth(),
      );
      expect(create.statusCode).toBe(400);
      expect(fields(problem(create))).toContain('eligibility:isObject');
    });

    it('an organisation whose country of registration is a list: 400 naming it', async () => {
      const res = await send(
        'PATCH',
        `/api/v1/organisations/${organisationId}`,
        { legalIdentifier: { country: [], registrationNumber: 'SN-DKR-1' } },
        owner.auth(),
      );
      expect(res.statusCode).toBe(400);
      expect(fields(problem(res))).toEqual(['legalIdentifier.country:isCountryCode']);
    });

    it('a profile whose country is a list of one: 400, not taken for its item', async () => {
      const entrepreneur = await newAccount(t);
      const res = await send(
        'PUT',
        '/api/v1/me/profile',
        { residenceCountry: ['FR'] },
        entrepreneur.auth(),
      );
      expect(res.statusCode).toBe(400);
      expect(fields(problem(res))).toContain('residenceCountry:isCountryCode');
    });
  });

  describe('over a real socket', () => {
    let port: number;
    beforeAll(async () => {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      port = (t.app.getHttpServer().address() as AddressInfo).port;
    });
    const raw = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port, path, headers }, (res) => {
            let body = '';
            res.setEncoding('utf8').on('data', (c: string) => (body += c));
            res.on('end', () =>
              resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }),
            );
          })
          .on('error', reject);
      });

    it('a 100 KB address or header: 431 problem+json', async () => {
      for (const res of [
        await raw(`/api/v1/search?q=${'a'.repeat(100_000)}`),
        await raw('/api/v1/search', { 'x-filler': 'b'.repeat(100_000) }),
      ]) {
        expect(res.status).toBe(431);
        expect(res.type).toMatch(/^application\/problem\+json/);
        expect(JSON.parse(res.body)).toMatchObject({ status: 431, code: 'CORE.HEADERS_TOO_LARGE' });
      }
      // The server is still there.
      expect((await raw('/health/live')).status).toBe(200);
    });
  });
});
