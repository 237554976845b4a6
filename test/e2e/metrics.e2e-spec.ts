import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createLogger, MetricsEndpoint } from '@app/core';
import { OFFER_CHANGED_JOB } from '@app/catalogue';
import { JOB_SCHEMA } from '@app/database';
import { DataSource } from 'typeorm';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { eventually } from '../support/eventually';
import { newAdmin, newVerifiedOrganisation, offerContent } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

interface Sample {
  readonly name: string;
  readonly labels: Record<string, string>;
  readonly value: number;
}

/** The samples of a Prometheus text exposition (comments skipped). */
function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
      labels[key] = value;
    }
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

/** The samples named `name` whose labels include `labels`. */
function find(samples: Sample[], name: string, labels: Record<string, string> = {}): Sample[] {
  return samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
}

const silent = () => createLogger({ level: 'silent', name: 'worker' });

describe('metrics', () => {
  describe('with neither METRICS_PORT nor METRICS_TOKEN', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('/metrics is an unknown route: 404 problem+json, with or without a bearer token', async () => {
      for (const headers of [{}, { authorization: 'Bearer anything-at-all' }]) {
        const res = await t.app.inject({ method: 'GET', url: '/metrics', headers });
        expect(res.statusCode).toBe(404);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json()).toMatchObject({ code: 'CORE.ROUTE_NOT_FOUND' });
      }
      expect(t.app.get(MetricsEndpoint).url).toBeUndefined();
    });
  });

  describe('behind METRICS_TOKEN, API and worker in one process', () => {
    const token = randomBytes(24).toString('hex');
    let t: TestApp;
    let worker: INestApplicationContext;
    let offerId: string;

    beforeAll(async () => {
      t = await createTestApp({ env: { METRICS_TOKEN: token, METRICS_PORT: '0' } });
      worker = await createWorkerApp({
        config: t.config,
        databaseUrl: t.database.url,
        logger: silent(),
      });
      const admin = await newAdmin(t);
      const { owner, organisationId } = await newVerifiedOrganisation(t, admin);
      const base = `/api/v1/organisations/${organisationId}/offers`;
      const created = await t.app.inject({
        method: 'POST',
        url: base,
        headers: owner.auth(),
        payload: offerContent(),
      });
      offerId = created.json().id;
      await t.app.inject({
        method: 'POST',
        url: `${base}/${offerId}/submit`,
        headers: owner.auth(),
      });
      const decided = await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/offers/${offerId}/decision`,
        headers: admin.auth(),
        payload: { decision: 'publish' },
      });
      expect(decided.statusCode).toBe(200);
      // The worker's sync job has run once the API's index holds the offer.
      await eventually(async () => {
        const res = await t.app.inject({ method: 'GET', url: '/api/v1/search?q=amorçage' });
        expect(res.json().total).toBe(1);
      }, 60_000);
      await t.app.inject({ method: 'GET', url: `/api/v1/offers/${offerId}` });
      await t.app.inject({ method: 'GET', url: '/api/v1/search/suggest?q=bour' });
      await t.app.inject({ method: 'GET', url: `/api/v1/no-such-route/${offerId}` });
    }, 90_000);
    afterAll(async () => {
      await worker.close();
      await t.close();
    });

    const scrape = async (headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'GET', url: '/metrics', headers });

    it('answers 401 problem+json without the token, with a wrong one and with a user session', async () => {
      const admin = await newAdmin(t);
      for (const headers of [
        {},
        { authorization: `Bearer ${token.slice(0, -1)}x` },
        { authorization: `Bearer ${token}-and-more` },
        { authorization: token },
        admin.auth(),
      ]) {
        const res = await scrape(headers);
        expect(res.statusCode).toBe(401);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.payload).not.toContain('passerelle_');
      }
    });

    it('serves the Prometheus text format with the token', async () => {
      const res = await scrape({ authorization: `Bearer ${token}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(res.payload).toContain('# TYPE passerelle_http_request_duration_seconds histogram');
    });

    it('holds every named series after a search and an offer read', async () => {
      const samples = parse((await scrape({ authorization: `Bearer ${token}` })).payload);
      const present = (name: string, labels: Record<string, string> = {}) =>
        expect({ name, labels, found: find(samples, name, labels).length > 0 }).toEqual({
          name,
          labels,
          found: true,
        });

      present('passerelle_http_request_duration_seconds_bucket', {
        method: 'GET',
        route: '/api/v1/search',
        status: '200',
      });
      for (const pool of ['api', 'worker']) {
        present('passerelle_db_pool_connections', { pool, state: 'in_use' });
        present('passerelle_db_pool_connections', { pool, state: 'idle' });
        present('passerelle_db_pool_waiting', { pool });
        present('passerelle_db_pool_max', { pool });
      }
      for (const name of [
        'passerelle_job_queue_depth',
        'passerelle_job_queue_retrying',
        'passerelle_job_queue_active',
        'passerelle_job_queue_failed',
      ]) {
        present(name, { queue: OFFER_CHANGED_JOB });
      }
      present('passerelle_job_attempts_total', { queue: OFFER_CHANGED_JOB, outcome: 'completed' });
      present('passerelle_search_duration_seconds_count', {
        engine: 'embedded',
        operation: 'search',
      });
      present('passerelle_search_duration_seconds_count', {
        engine: 'embedded',
        operation: 'suggest',
      });
      present('process_resident_memory_bytes');
      present('nodejs_eventloop_lag_seconds');

      const [lag] = find(samples, 'passerelle_search_index_lag_seconds');
      expect(Number.isFinite(lag.value)).toBe(true);
      expect(lag.value).toBeGreaterThanOrEqual(0);
      const [max] = find(samples, 'passerelle_db_pool_max', { pool: 'api' });
      expect(max.value).toBe(t.config.DATABASE_POOL_SIZE);
    });

    it('labels requests by route template, never by raw URL; unknown routes are one series', async () => {
      const res = await scrape({ authorization: `Bearer ${token}` });
      const samples = parse(res.payload);
      expect(
        find(samples, 'passerelle_http_request_duration_seconds_count', {
          method: 'GET',
          route: '/api/v1/offers/:idOrSlug',
          status: '200',
        }),
      ).toHaveLength(1);
      expect(
        find(samples, 'passerelle_http_request_duration_seconds_count', {
          route: 'unmatched',
          status: '404',
        }).length,
      ).toBeGreaterThan(0);
      expect(res.payload).not.toContain(offerId);
      expect(res.payload).not.toContain('no-such-route');
      expect(res.payload).not.toContain('amorçage');
    });

    it('does not wait for a stuck database: queue gauges are left out and the lag is NaN', async () => {
      const runner = t.app.get(DataSource).createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query(`LOCK TABLE ${JOB_SCHEMA}.queue IN ACCESS EXCLUSIVE MODE`);
        const res = await scrape({ authorization: `Bearer ${token}` });
        expect(res.statusCode).toBe(200);
        const samples = parse(res.payload);
        expect(find(samples, 'passerelle_job_queue_depth')).toEqual([]);
        expect(find(samples, 'passerelle_search_index_lag_seconds')[0].value).toBeNaN();
        expect(find(samples, 'passerelle_db_pool_connections', { pool: 'api' })).toHaveLength(2);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
      const after = parse((await scrape({ authorization: `Bearer ${token}` })).payload);
      expect(find(after, 'passerelle_job_queue_depth', { queue: OFFER_CHANGED_JOB })).toHaveLength(
        1,
      );
    });

    it('serves METRICS_PORT once for the whole process, asking for the token there too', async () => {
      const url = t.app.get(MetricsEndpoint).url!;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      expect(worker.get(MetricsEndpoint).url).toBe(url);
      expect((await fetch(url)).status).toBe(401);
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('passerelle_db_pool_connections{pool="worker"');
    });
  });

  describe('on METRICS_PORT alone', () => {
    let t: TestApp;
    let url: string;
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      await t.close();
    };
    beforeAll(async () => {
      t = await createTestApp({ env: { METRICS_PORT: '0' } });
      url = t.app.get(MetricsEndpoint).url!;
    });
    afterAll(close);

    it('serves /metrics on its own port without a token, and nothing else there', async () => {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(await res.text()).toContain('passerelle_db_pool_connections{pool="api"');
      expect((await fetch(url.replace(/\/metrics$/, '/health/live'))).status).toBe(404);
      expect((await fetch(url, { method: 'POST' })).status).toBe(404);
    });

    it('leaves /metrics on the API port an unknown route', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/metrics' });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'CORE.ROUTE_NOT_FOUND' });
    });

    it('closes its port with the app', async () => {
      await close();
      await expect(fetch(url)).rejects.toThrow();
    });
  });
});
