/**
 * A load target, run as a child process of the benchmark so it has its own event loop and its
 * own memory figures:
 *   server.js api          — the real API (createApiApp) on the benchmark's database;
 *   server.js bare <file>  — a bare node:http server answering the same URLs with the same
 *                            bytes, precomputed from the real API (the HTTP floor).
 * Tells the parent its port over IPC, and stops when the parent says so or goes away.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseConfig } from '@app/core';
import { createApiApp } from '../../apps/api/src/create-api-app';

export interface PrecomputedResponse {
  readonly path: string;
  readonly contentType: string;
  readonly body: string;
}

type Stop = () => Promise<void>;

async function startApi(): Promise<{ port: number; stop: Stop }> {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) throw new Error('BENCH_DATABASE_URL is not set');
  const config = parseConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATA_DIR: process.env.BENCH_DATA_DIR,
  });
  const app = await createApiApp({ config, databaseUrl });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { port, stop: () => app.close() };
}

async function startBare(file: string): Promise<{ port: number; stop: Stop }> {
  const responses: PrecomputedResponse[] = JSON.parse(await readFile(file, 'utf8'));
  const byPath = new Map(
    responses.map((r) => [r.path, { type: r.contentType, body: Buffer.from(r.body, 'utf8') }]),
  );
  const server = http.createServer((req, res) => {
    const found = byPath.get(req.url ?? '');
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': found.type, 'content-length': found.body.length });
    res.end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  const target = mode === 'api' ? await startApi() : await startBare(file);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await target.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('message', (message: { type?: string }) => {
    if (message?.type === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  process.send?.({ type: 'ready', port: target.port });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench target failed: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
