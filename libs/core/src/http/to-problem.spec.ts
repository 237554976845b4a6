import {
  BadRequestException,
  HttpException,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import { AppError, NotFoundError, ValidationFailedError } from '../errors/app-error';
import { titleFor } from '../errors/problem-details';
import { toProblem } from './to-problem';

const request = { id: 'req-1', url: '/api/v1/offers/42?lang=fr', headers: {} };

describe('toProblem', () => {
  it('maps an AppError by its kind and keeps its stable code', () => {
    const { problem, unexpected } = toProblem(
      new NotFoundError('CATALOGUE.OFFER_NOT_FOUND', 'No offer 42.'),
      request,
    );
    expect(unexpected).toBe(false);
    expect(problem).toEqual({
      type: 'urn:passerelle:problem:CATALOGUE.OFFER_NOT_FOUND',
      title: 'Not found',
      status: 404,
      detail: 'No offer 42.',
      code: 'CATALOGUE.OFFER_NOT_FOUND',
      instance: '/api/v1/offers/42',
      requestId: 'req-1',
    });
  });

  it('carries field violations and Retry-After', () => {
    const v = toProblem(
      new ValidationFailedError([{ field: 'email', rule: 'isEmail', message: 'bad' }]),
      request,
    );
    expect(v.problem.errors).toEqual([{ field: 'email', rule: 'isEmail', message: 'bad' }]);
    const r = toProblem(
      new AppError('rate_limited', 'IDENTITY.TOO_MANY_ATTEMPTS', 'Slow down.', {
        retryAfterSeconds: 30.2,
      }),
      request,
    );
    expect(r.problem.status).toBe(429);
    expect(r.headers).toEqual({ 'retry-after': '31' });
  });

  it('unwraps Fastify client errors that Nest wrapped', () => {
    const fastifyError = Object.assign(new Error('Request body is too large'), {
      statusCode: 413,
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
    });
    const { problem } = toProblem(fastifyError, request);
    expect(problem).toMatchObject({ status: 413, code: 'CORE.PAYLOAD_TOO_LARGE' });
    expect(toProblem(new NotFoundException(), request).problem.code).toBe('CORE.ROUTE_NOT_FOUND');
  });

  it('hides unknown errors behind a generic 500 in the asked language', () => {
    const { problem, unexpected } = toProblem(new TypeError('x is undefined at secret.ts:12'), {
      ...request,
      headers: { 'accept-language': 'fr' },
    });
    expect(unexpected).toBe(true);
    expect(problem.status).toBe(500);
    expect(problem.title).toBe('Erreur interne');
    expect(JSON.stringify(problem)).not.toContain('secret');
    expect(problem.detail).toContain('req-1');
  });

  describe('a dependency that is down is a 503 with Retry-After, not a 500', () => {
    // Shapes as node-postgres, pg-pool and TypeORM produce them.
    const sqlState = (code: string, message: string) =>
      Object.assign(new Error(message), { code, severity: 'FATAL' });
    const queryFailed = (driverError: Error) =>
      Object.assign(new Error(driverError.message), { name: 'QueryFailedError', driverError });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
      errno: -111,
      syscall: 'connect',
    });
    const cases: Record<string, unknown> = {
      'connection refused': refused,
      'connection refused to every address of a host': new AggregateError([refused], ''),
      'connection reset': Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      'admin shutdown (57P01)': queryFailed(
        sqlState('57P01', 'terminating connection due to administrator command'),
      ),
      'cannot connect now (57P03)': sqlState('57P03', 'the database system is starting up'),
      'connection exception (08006)': sqlState('08006', 'connection failure'),
      'statement timeout (57014)': queryFailed(
        sqlState('57014', 'canceling statement due to statement timeout'),
      ),
      'connection terminated': queryFailed(new Error('Connection terminated unexpectedly')),
      'a transaction whose connection broke between two queries': Object.assign(
        new Error('Query runner already released. Cannot run queries anymore.'),
        { name: 'QueryRunnerAlreadyReleasedError' },
      ),
      'the entity manager of that transaction': Object.assign(
        new Error('Database connection provided by a query runner was already released'),
        { name: 'QueryRunnerProviderAlreadyReleasedError' },
      ),
      'connect timeout': new Error('Connection terminated due to connection timeout', {
        cause: new Error('timeout'),
      }),
      'pool timeout': new Error('timeout exceeded when trying to connect'),
      'broken client': new Error('Client has encountered a connection error and is not queryable'),
      'a 503 from a library (Terminus)': new ServiceUnavailableException({ status: 'error' }),
    };

    it.each(Object.entries(cases))('%s', (_name, error) => {
      const outcome = toProblem(error, request);
      expect(outcome).toMatchObject({ unexpected: false, unavailable: true });
      expect(outcome.headers).toEqual({ 'retry-after': '5' });
      expect(outcome.problem).toMatchObject({
        type: 'urn:passerelle:problem:CORE.UNAVAILABLE',
        title: 'Service unavailable',
        status: 503,
        code: 'CORE.UNAVAILABLE',
        requestId: 'req-1',
      });
      // Nothing about hosts, ports or SQL reaches the client.
      expect(JSON.stringify(outcome.problem)).not.toMatch(/127\.0\.0\.1|5432|statement|FATAL/);
    });

    it('speaks French when asked', () => {
      const { problem } = toProblem(refused, { ...request, headers: { 'accept-language': 'fr' } });
      expect(problem.title).toBe('Service indisponible');
      expect(problem.detail).toMatch(/Réessayez/);
    });

    it('keeps other database errors (a bug in a query) as 500', () => {
      for (const error of [
        queryFailed(sqlState('42P01', 'relation "offerz" does not exist')),
        queryFailed(sqlState('23505', 'duplicate key value violates unique constraint')),
        new Error('Connection string is missing a password'),
      ]) {
        expect(toProblem(error, request)).toMatchObject({
          unexpected: true,
          unavailable: false,
          problem: { status: 500, code: 'CORE.INTERNAL_ERROR' },
        });
      }
    });
  });
});

describe('toProblem: every client error keeps its status, code and detail', () => {
  const fastify = (statusCode: number, code?: string) =>
    Object.assign(new Error('from Fastify'), { statusCode, ...(code ? { code } : {}) });

  it.each<[string, number, string, string]>([
    [
      'FST_ERR_CTP_BODY_TOO_LARGE',
      413,
      'CORE.PAYLOAD_TOO_LARGE',
      'The request body is larger than the server accepts.',
    ],
    [
      'FST_ERR_CTP_INVALID_MEDIA_TYPE',
      415,
      'CORE.UNSUPPORTED_MEDIA_TYPE',
      'Send the body as application/json.',
    ],
    [
      'FST_ERR_CTP_EMPTY_JSON_BODY',
      400,
      'CORE.MALFORMED_BODY',
      'The body is empty but Content-Type says application/json.',
    ],
    ['FST_ERR_CTP_INVALID_JSON_BODY', 400, 'CORE.MALFORMED_BODY', 'The body is not valid JSON.'],
    ['FST_ERR_MAX_PARAM_LENGTH', 414, 'CORE.URI_TOO_LONG', 'A part of the address is too long.'],
    ['FST_ERR_BAD_URL', 400, 'CORE.BAD_URL', 'The address is not valid.'],
    [
      'FST_ERR_CTP_INVALID_CONTENT_LENGTH',
      400,
      'CORE.MALFORMED_BODY',
      'Content-Length does not match the body.',
    ],
  ])('Fastify %s → %i %s', (fastifyCode, status, code, detail) => {
    // Fastify's own status may differ: ours wins.
    const outcome = toProblem(fastify(400, fastifyCode), request);
    expect(outcome).toEqual({
      problem: {
        type: `urn:passerelle:problem:${code}`,
        title: titleFor(status, 'en'),
        status,
        detail,
        code,
        instance: '/api/v1/offers/42',
        requestId: 'req-1',
      },
      unexpected: false,
      unavailable: false,
      headers: {},
      language: 'en',
    });
  });

  it('an unlisted Fastify client error keeps its status, with the code and title of that status', () => {
    expect(toProblem(fastify(405, 'FST_ERR_OTHER'), request).problem).toMatchObject({
      status: 405,
      code: 'CORE.METHOD_NOT_ALLOWED',
      detail: 'Method not allowed',
      title: 'Method not allowed',
    });
    expect(toProblem(fastify(431), request).problem).toMatchObject({
      status: 431,
      code: 'CORE.HTTP_431',
      type: 'urn:passerelle:problem:CORE.HTTP_431',
      detail: titleFor(431, 'en'),
    });
  });

  it('only 4xx errors count as client errors: 399 and 500 are unexpected', () => {
    expect(toProblem(fastify(400), request).problem.code).toBe('CORE.BAD_REQUEST');
    expect(toProblem(fastify(499), request).problem.code).toBe('CORE.HTTP_499');
    for (const statusCode of [399, 500, 503]) {
      const outcome = toProblem(fastify(statusCode), request);
      expect(outcome.unexpected).toBe(true);
      expect(outcome.problem.status).toBe(500);
    }
    expect(toProblem({ statusCode: '404' }, request).unexpected).toBe(true);
    expect(toProblem('a thrown string', request).unexpected).toBe(true);
    expect(toProblem(null, request).unexpected).toBe(true);
  });

  it.each<[number, string]>([
    [400, 'CORE.BAD_REQUEST'],
    [401, 'CORE.UNAUTHENTICATED'],
    [403, 'CORE.FORBIDDEN'],
    [404, 'CORE.ROUTE_NOT_FOUND'],
    [405, 'CORE.METHOD_NOT_ALLOWED'],
    [406, 'CORE.NOT_ACCEPTABLE'],
    [413, 'CORE.PAYLOAD_TOO_LARGE'],
    [415, 'CORE.UNSUPPORTED_MEDIA_TYPE'],
    [429, 'CORE.RATE_LIMITED'],
    [418, 'CORE.HTTP_418'],
  ])('Nest HttpException %i → %s', (status, code) => {
    const { problem, unexpected } = toProblem(new HttpException('Said by the guard.', status), {
      ...request,
      headers: { 'accept-language': ['fr-FR', 'en'] },
    });
    expect(unexpected).toBe(false);
    expect(problem).toEqual({
      type: `urn:passerelle:problem:${code}`,
      title: titleFor(status, 'fr'),
      status,
      // The route's sentence is ours, so it is in French; the guard's own sentence is not.
      detail:
        status === 404 ? 'Aucune route ne correspond à /api/v1/offers/42.' : 'Said by the guard.',
      code,
      instance: '/api/v1/offers/42',
      requestId: 'req-1',
    });
  });

  it('an HttpException detail: its message, or the exception message when the body has none', () => {
    const detail = (error: HttpException) => toProblem(error, request).problem.detail;
    expect(detail(new BadRequestException('Bad page number.'))).toBe('Bad page number.');
    expect(detail(new BadRequestException(['a', 'b']))).toBe('Bad Request Exception');
    expect(detail(new HttpException({ reason: 'no message' }, 409))).toBe('Http Exception');
  });

  it('an HttpException of 500 or more is unexpected, with no internals', () => {
    for (const status of [500, 502]) {
      const outcome = toProblem(new HttpException('db password wrong', status), request);
      expect(outcome.unexpected).toBe(true);
      expect(outcome.problem.detail).not.toContain('password');
    }
  });

  it('a Fastify error Nest wrapped is answered from the Fastify error', () => {
    const wrapped = new HttpException('Wrapped', 500, {
      cause: fastify(413, 'FST_ERR_CTP_BODY_TOO_LARGE'),
    });
    expect(toProblem(wrapped, request)).toMatchObject({
      unexpected: false,
      unavailable: false,
      problem: { status: 413, code: 'CORE.PAYLOAD_TOO_LARGE' },
    });
    // A wrapped cause that is not a client error leaves the exception as it is.
    const other = new HttpException('Wrapped', 400, { cause: new Error('inner') });
    expect(toProblem(other, request).problem).toMatchObject({
      status: 400,
      code: 'CORE.BAD_REQUEST',
      detail: 'Wrapped',
    });
  });

  it('the generic 500 in English names the request id, under its own code', () => {
    expect(toProblem(new Error('boom'), request)).toEqual({
      problem: {
        type: 'urn:passerelle:problem:CORE.INTERNAL_ERROR',
        title: titleFor(500, 'en'),
        status: 500,
        detail: 'An unexpected error occurred. Quote req-1 when contacting support.',
        code: 'CORE.INTERNAL_ERROR',
        instance: '/api/v1/offers/42',
        requestId: 'req-1',
      },
      unexpected: true,
      unavailable: false,
      headers: {},
      language: 'en',
    });
    expect(
      toProblem(new Error('boom'), { ...request, headers: { 'accept-language': 'fr' } }).problem
        .detail,
    ).toBe('Une erreur inattendue s’est produite. Communiquez l’identifiant req-1 au support.');
  });
});

describe('toProblem, a dependency unavailable in English', () => {
  it('says in English to try again in a few seconds', () => {
    const { problem } = toProblem(new ServiceUnavailableException(), request);
    expect(problem).toMatchObject({ title: 'Service unavailable', status: 503 });
    expect(problem.detail).toBe(
      'A service the platform depends on is unavailable for the moment. Try again in a few seconds.',
    );
  });
});
