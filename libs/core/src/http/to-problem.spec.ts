import { NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { AppError, NotFoundError, ValidationFailedError } from '../errors/app-error';
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
