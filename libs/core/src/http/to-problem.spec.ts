import { NotFoundException } from '@nestjs/common';
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
});
