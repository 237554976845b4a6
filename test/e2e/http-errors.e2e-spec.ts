import { Writable } from 'node:stream';
import { createLogger } from '@app/core';
import { ProbeModule } from '../support/probe.module';
import { createTestApp, type TestApp } from '../support/test-app';

const valid = { title: 'Bourse', email: 'a@b.sn', language: 'fr', ageRange: { min: 18, max: 35 } };

describe('errors are application/problem+json', () => {
  let t: TestApp;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean))
          lines.push(JSON.parse(line));
        done();
      },
    });
    t = await createTestApp({
      env: { BODY_LIMIT_BYTES: '2048' },
      imports: [ProbeModule],
      logger: createLogger({ level: 'info', name: 'api', destination: sink }),
    });
  });
  afterAll(() => t.close());

  it('accepts a valid body and turns it into the DTO class', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/probe', payload: valid });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ ok: true, title: 'Bourse', isDto: true });
  });

  it('400 lists each bad field with its rule, nested ones by path', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/probe',
      payload: { ...valid, email: 'nope', title: 'x'.repeat(30), ageRange: { min: -1, max: 200 } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body).toMatchObject({ status: 400, code: 'CORE.VALIDATION_FAILED', instance: '/probe' });
    const pairs = body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`);
    expect(pairs.sort()).toEqual(
      ['ageRange.max:max', 'ageRange.min:min', 'email:isEmail', 'title:maxLength'].sort(),
    );
    for (const e of body.errors) expect(e.message).toEqual(expect.any(String));
  });

  it('400 names unknown properties (mass assignment is refused, not ignored)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/probe',
      payload: { ...valid, role: 'admin' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'role', rule: 'unknownProperty', message: 'role is not an accepted property' },
    ]);
  });

  it('400 on malformed JSON, with no parser internals', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/probe',
      headers: { 'content-type': 'application/json' },
      payload: '{"title": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().code).toBe('CORE.INVALID_JSON');
  });

  it('404 problem for an unknown route, title in the requested language', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/nowhere?x=1',
      headers: { 'accept-language': 'fr-FR,fr;q=0.9' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      status: 404,
      code: 'CORE.ROUTE_NOT_FOUND',
      title: 'Introuvable',
      instance: '/nowhere',
    });
  });

  it('413 problem when the body is over the limit', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/probe',
      payload: { ...valid, title: 'x'.repeat(5000) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 413, code: 'CORE.PAYLOAD_TOO_LARGE' });
  });

  it('414 problem for an over-long path parameter, 400 for a malformed URL', async () => {
    const long = await t.app.inject({ method: 'GET', url: `/api/v1/offers/${'x'.repeat(500)}` });
    expect(long.statusCode).toBe(414);
    expect(long.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(long.json().code).toBe('CORE.URI_TOO_LONG');
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/offers/%E0%A4%A' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('415 problem for a body type the API does not read', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/probe',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('CORE.UNSUPPORTED_MEDIA_TYPE');
  });

  it('500 is generic: a correlation id for the user, the stack only in the log', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/probe/boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body).toMatchObject({ status: 500, code: 'CORE.INTERNAL_ERROR' });
    expect(res.payload).not.toMatch(/hunter2|secret|at .*\.ts/);
    expect(body.requestId).toBe(res.headers['x-request-id']);
    expect(body.detail).toContain(body.requestId);
    const logged = lines.find((l) => l.msg === 'unexpected error while serving request');
    expect(logged).toMatchObject({ requestId: body.requestId });
    expect(JSON.stringify(logged)).toContain('hunter2'); // the stack is kept for operators
    // Lines written by application code during the request carry its id too.
    expect(lines.find((l) => l.msg === 'about to fail')).toMatchObject({
      requestId: body.requestId,
    });
    expect(
      lines.find((l) => l.msg === 'request completed' && l.requestId === body.requestId),
    ).toMatchObject({
      status: 500,
    });
  });

  it('keeps a well-formed incoming request id, replaces a malformed one', async () => {
    const kept = await t.app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(kept.headers['x-request-id']).toBe('abc-123');
    const replaced = await t.app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
