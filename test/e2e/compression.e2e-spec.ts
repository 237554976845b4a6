import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { JobQueue } from '@app/database';
import { AuthService } from '@app/identity';
import { seedDemoCatalogue } from '../../apps/worker/src/seed/demo-seed';
import { createTestApp, type TestApp } from '../support/test-app';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  wireBytes: number;
}

// Over a real socket, not inject: compression once sent empty bodies that inject did not show.
describe('answers travel compressed', () => {
  let t: TestApp;
  let port: number;
  let offerPath: string;

  beforeAll(async () => {
    t = await createTestApp();
    // Real page sizes: compressing a 40 KB page takes several turns of the event loop, which
    // is when a second send used to cut the answer short.
    const db = t.app.get(DataSource);
    await seedDemoCatalogue(db, { auth: t.app.get(AuthService), jobs: t.app.get(JobQueue) });
    const [offer] = (await db.query(
      `SELECT slug FROM offers WHERE state = 'published' ORDER BY length(content::text) DESC LIMIT 1`,
    )) as Array<{ slug: string }>;
    offerPath = `/offres/${offer.slug}`;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  const get = (path: string, headers: Record<string, string>) =>
    new Promise<Answer>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const raw = Buffer.concat(chunks);
            const encoding = res.headers['content-encoding'];
            const body =
              encoding === 'br'
                ? brotliDecompressSync(raw)
                : encoding === 'gzip'
                  ? gunzipSync(raw)
                  : raw;
            resolve({
              status: res.statusCode!,
              headers: res.headers,
              body: body.toString('utf8'),
              wireBytes: raw.length,
            });
          });
        })
        .on('error', reject);
    });

  it.each([
    ['br', 'the search page', '/recherche?q=financement', 'text/html', /<main[\s>]/],
    ['gzip', 'the search page', '/recherche?q=financement', 'text/html', /<main[\s>]/],
    ['br', 'the home page', '/', 'text/html', /<main[\s>]/],
    ['gzip', 'the taxonomy API', '/api/v1/taxonomy', 'application/json', /"code"/],
    ['br', 'the OpenAPI document', '/api/openapi.json', 'application/json', /"paths"/],
    ['gzip', 'a style sheet', '/assets/site.css', 'text/css', /\{/],
  ])('%s: %s arrives whole and smaller', async (encoding, _what, path, accept, content) => {
    const res = await get(path, { 'accept-encoding': encoding, accept });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.body).toMatch(content);
    expect(res.wireBytes).toBeLessThan(Buffer.byteLength(res.body) / 2);
    // Caches keep one copy per encoding.
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
  });

  it.each(['br', 'gzip'])('%s: a large offer page arrives whole', async (encoding) => {
    const res = await get(offerPath, { 'accept-encoding': encoding, accept: 'text/html' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.body).toMatch(/<\/html>\s*$/);
  });

  it('keeps the status of an error page and of a problem document', async () => {
    const page = await get('/offres/cette-offre-nexiste-pas', {
      'accept-encoding': 'br',
      accept: 'text/html',
    });
    expect(page.status).toBe(404);
    expect(page.body).toMatch(/<main[\s>]/);
    const problem = await get(`/api/v1/search?category=${'x'.repeat(2000)}`, {
      'accept-encoding': 'gzip',
    });
    expect(problem.status).toBe(400);
    expect(JSON.parse(problem.body)).toMatchObject({ status: 400 });
  });

  it('answers a redirect with its location and no body', async () => {
    const res = await get('/espace', { 'accept-encoding': 'br', accept: 'text/html' });
    expect([302, 303]).toContain(res.status);
    expect(res.headers.location).toMatch(/^\//);
  });

  it('sends plain bytes to a client that asks for no encoding', async () => {
    const res = await get('/recherche?q=financement', { accept: 'text/html' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toMatch(/<main[\s>]/);
  });
});
