/**
 * Processes the benchmark forks, so each has its own event loop and its own memory figures:
 *   server.js api       — the real API (createApiApp) on the benchmark's database. It also
 *                         answers the benchmark's IPC commands (ipc.ts) with the engine the API
 *                         itself uses (`app.get(SEARCH_ENGINE)`): building its index through
 *                         the real SearchIndexer, and timing `engine.search` in-process.
 *   server.js baseline  — a fresh process running the baseline engine's first search, to time
 *                         a start on existing data for the engine that lives in PostgreSQL.
 * Tells the parent when it is ready over IPC, and stops when the parent says so or goes away.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { parseConfig } from '@app/core';
import { createDataSource } from '@app/database';
import type { SearchEngine, SearchLanguage } from '@app/search';
import { BaselineSearchEngine } from './baseline/baseline-search.engine';
import { callsClosedLoop, callsOpenLoop } from './inproc';
import type { BuildResult, Command, Notice, Reply, Request } from './ipc';
import { QUERY_MIX, toSearchQuery } from './queries';

const mib = () => process.memoryUsage().rss / 2 ** 20;
const send = (message: Notice | Reply | BaselineStarted) => process.send?.(message);

/** The baseline process's one answer. */
export interface BaselineStarted {
  type: 'baseline-started';
  connectMs: number;
  firstSearchMs: number;
  total: number;
  rssMiB: number;
}

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function queries() {
  const today = process.env.BENCH_TODAY ?? new Date().toISOString().slice(0, 10);
  return QUERY_MIX.map((q) => toSearchQuery(q, today));
}

async function startApi(): Promise<() => Promise<void>> {
  // Loaded here only: the baseline process must not pay for the API's modules at its start.
  const { createApiApp } = await import('../../apps/api/src/create-api-app');
  const { SEARCH_ENGINE, SearchIndexer } = await import('@app/search');
  const databaseUrl = setting('BENCH_DATABASE_URL');
  // BENCH_API_<NAME>=value sets <NAME> in the API's configuration (to pick an engine by hand).
  const extra = Object.fromEntries(
    Object.entries(process.env)
      .filter(([key]) => key.startsWith('BENCH_API_'))
      .map(([key, value]) => [key.slice('BENCH_API_'.length), value]),
  );
  const config = parseConfig({
    ...extra,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATA_DIR: setting('BENCH_DATA_DIR'),
    // One client sends every request: the anonymous per-IP limit would answer 429. Reads are
    // still counted (one upsert into the unlogged buckets table), so its cost is measured.
    PUBLIC_API_ANONYMOUS_LIMIT_PER_MINUTE: '1000000',
  });
  const app = await createApiApp({ config, databaseUrl });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  const engine = app.get<SearchEngine>(SEARCH_ENGINE);
  const mix = queries();
  const search = (i: number) => engine.search(mix[i % mix.length]);

  const build = async (batchSize: number): Promise<BuildResult> => {
    const indexer = app.get(SearchIndexer);
    const rssBeforeMiB = mib();
    const t0 = performance.now();
    // What SearchIndexer.rebuild does first; a no-op for engines without settings.
    await engine.prepare();
    const prepareMs = performance.now() - t0;
    let readMs = 0;
    let upsertMs = 0;
    let documents = 0;
    let lastNotice = performance.now();
    let mark = performance.now();
    for await (const batch of indexer.allDocuments(batchSize)) {
      const t1 = performance.now();
      readMs += t1 - mark;
      await engine.upsert(batch);
      mark = performance.now();
      upsertMs += mark - t1;
      documents += batch.length;
      if (mark - lastNotice > 10_000) {
        lastNotice = mark;
        send({ type: 'progress', done: documents });
      }
    }
    return {
      documents,
      prepareMs,
      readMs,
      upsertMs,
      totalMs: performance.now() - t0,
      rssBeforeMiB,
      rssAfterMiB: mib(),
    };
  };

  const handle = async (command: Command): Promise<unknown> => {
    switch (command.cmd) {
      case 'info':
        return {
          engine: engine.name,
          rssMiB: mib(),
          heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20,
        };
      case 'build':
        return build(command.batchSize);
      case 'search': {
        const t0 = performance.now();
        const result = await search(command.index);
        return { ms: performance.now() - t0, total: result.total };
      }
      case 'suggest': {
        const t0 = performance.now();
        const found = await engine.suggest(command.prefix, command.lang as SearchLanguage, 8);
        return { ms: performance.now() - t0, count: found.length };
      }
      case 'closed':
        return callsClosedLoop({
          call: search,
          concurrency: command.concurrency,
          seconds: command.seconds,
        });
      case 'open':
        return callsOpenLoop({ call: search, rate: command.rate, seconds: command.seconds });
      case 'fingerprints':
        return [...(await engine.indexedFingerprints())];
    }
  };
  process.on('message', (message: Request | { type?: string }) => {
    if (!('id' in message)) return;
    handle(message).then(
      (value) => send({ id: message.id, ok: true, value }),
      (error: unknown) =>
        send({ id: message.id, ok: false, error: (error as Error)?.stack ?? String(error) }),
    );
  });
  send({ type: 'ready', port });
  return () => app.close();
}

async function startBaseline(): Promise<() => Promise<void>> {
  const t0 = performance.now();
  const db = createDataSource({
    url: setting('BENCH_DATABASE_URL'),
    poolSize: 10,
    applicationName: 'bench-baseline-start',
  });
  await db.initialize();
  const t1 = performance.now();
  const result = await new BaselineSearchEngine(db).search(queries()[0]);
  send({
    type: 'baseline-started',
    connectMs: t1 - t0,
    firstSearchMs: performance.now() - t1,
    total: result.total,
    rssMiB: mib(),
  });
  return () => db.destroy();
}

async function main(): Promise<void> {
  const [mode] = process.argv.slice(2);
  let stopping = false;
  // Set once started; a stop asked for during the start finds it empty.
  const target: { stop?: () => Promise<void> } = {};
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await target.stop?.().catch(() => undefined);
    process.exit(0);
  };
  process.on('message', (message: { type?: string }) => {
    if (message?.type === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  target.stop = mode === 'api' ? await startApi() : await startBaseline();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench target failed: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
