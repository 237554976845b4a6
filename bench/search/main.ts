/**
 * `npm run bench:search`: search latency and throughput on a synthetic catalogue of 10k then
 * 100k offers, through the real API, a bare node:http server answering the same bytes, and
 * the raw engine (PostgresSearchEngine.search, no HTTP). Writes BENCHMARKS.md.
 *
 * Options: --quick (small catalogue, short runs, for trying the script), --sizes=10000,100000,
 * --out=FILE (default BENCHMARKS.md at the repository root; --quick writes to a temp file),
 * --keep (leave the database running after the report, for EXPLAIN sessions; Ctrl-C ends it).
 */
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@app/database';
import { PostgresSearchEngine, type SearchQuery } from '@app/search';
import {
  CatalogueGenerator,
  OFFERS_PER_ORGANISATION,
  type GeneratedOffer,
  type GeneratedOrganisation,
} from './catalogue';
import { BenchDatabase, postmasterPid, startServer, type BenchServer } from './database';
import {
  closedLoop,
  openLoop,
  machineLoad,
  ProcessSampler,
  rssMegabytes,
  SequentialRecorder,
  sequential,
  timedGet,
  type LoadResult,
  type ProcessFigures,
  type Target,
} from './load';
import { pathOf, QUERY_MIX, toSearchQuery } from './queries';
import {
  writeReport,
  type DatasetFigures,
  type MachineFigures,
  type Measured,
  type QueryFigures,
  type RawFigures,
  type RunPlan,
  type SizeFigures,
  type StatementKind,
  type TargetFigures,
} from './report';
import type { PrecomputedResponse } from './server';
import { summarise } from './stats';

const ROOT = process.env.BENCH_ROOT ?? path.resolve(__dirname, '../../../../..');
const SERVER_SCRIPT = path.join(__dirname, 'server.js');
const BATCH = 2_000;

function parseArgs(argv: string[]) {
  const quick = argv.includes('--quick');
  const value = (name: string) =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const sizes = (value('sizes') ?? (quick ? '2000,6000' : '10000,100000')).split(',').map(Number);
  const out =
    value('out') ??
    (quick ? path.join(tmpdir(), 'BENCHMARKS.quick.md') : path.join(ROOT, 'BENCHMARKS.md'));
  const plan: RunPlan = quick
    ? { ...FULL_PLAN, rawBudget: 8, minSeconds: 3, maxSeconds: 8, minSamples: 10, quick }
    : FULL_PLAN;
  return { sizes, out, plan, keep: argv.includes('--keep') };
}

/**
 * Durations adapt to the target's speed so that a slow search still gets enough answers
 * (`minSamples` per phase) without the run lasting hours: each phase lasts between
 * `minSeconds` and `maxSeconds`. The paired raw/API loop runs as many rounds of the mix as
 * fit in `rawBudget` seconds (2 to 25).
 */
const FULL_PLAN: RunPlan = {
  rawBudget: 45,
  minSeconds: 10,
  maxSeconds: 40,
  minSamples: 40,
  apiConnections: 16,
  bareConnections: 64,
  quick: false,
};

const started = performance.now();
function log(message: string): void {
  const s = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench:search ${s}s] ${message}\n`);
}

/** Everything to undo, newest first; run once, on success, failure or Ctrl-C. */
const cleanups: Array<() => Promise<unknown>> = [];
let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const undo of cleanups.reverse()) await undo().catch(() => undefined);
  })();
  return cleaning;
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping targets and the database…`);
    void cleanup().finally(() => process.exit(130));
  });
}

interface RunningTarget extends Target {
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

function startTarget(args: string[], env: Record<string, string>): Promise<RunningTarget> {
  const child = fork(SERVER_SCRIPT, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      if (child.connected) child.send({ type: 'stop' });
      else child.kill('SIGTERM');
    });
  cleanups.push(stop);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args[0]} did not start in 120 s`)), 120_000);
    child.once('exit', (code) => reject(new Error(`${args[0]} exited (${code}) before ready`)));
    child.on('message', (message: { type?: string; port?: number }) => {
      if (message.type === 'ready' && message.port) {
        clearTimeout(timer);
        resolve({ host: '127.0.0.1', port: message.port, child, stop });
      }
    });
  });
}

/** The raw engine, timed statement by statement (the engine's data source is wrapped). */
class RawEngine {
  readonly engine: PostgresSearchEngine;
  private recording?: Array<{ kind: StatementKind; ms: number; sql: string; params: unknown[] }>;

  constructor(readonly db: DataSource) {
    const query = db.query.bind(db);
    db.query = (async (sql: string, params?: unknown[]) => {
      const t0 = performance.now();
      try {
        return await query(sql, params);
      } finally {
        this.recording?.push({
          kind: statementKind(sql),
          ms: performance.now() - t0,
          sql,
          params: params ?? [],
        });
      }
    }) as DataSource['query'];
    this.engine = new PostgresSearchEngine(db);
  }

  async timed(query: SearchQuery) {
    this.recording = [];
    const t0 = performance.now();
    const result = await this.engine.search(query);
    const ms = performance.now() - t0;
    const statements = this.recording;
    this.recording = undefined;
    return { ms, total: result.total, statements };
  }
}

function statementKind(sql: string): StatementKind {
  if (sql.includes('search_vocabulary')) return 'typo';
  if (sql.includes('matched AS')) return 'hits';
  if (sql.includes(' AS facet')) return 'facets';
  if (sql.includes('ts_headline')) return 'highlight';
  return 'other';
}

/**
 * The raw engine and the API, one request at a time, in pairs: each query of the mix through
 * PostgresSearchEngine.search (no HTTP), then the same URL through the API. Pairing keeps the
 * two under the same conditions on a machine shared with other work, so the difference per
 * query is what the API adds. Then EXPLAIN (ANALYZE, BUFFERS) of the slowest query's slowest
 * statements.
 */
async function pairedPath(
  raw: RawEngine,
  api: RunningTarget,
  paths: readonly string[],
  budgetS: number,
  bench: BenchDatabase,
  postmaster: number | undefined,
): Promise<{ raw: RawFigures; api: Measured; perQuery: Record<string, number> }> {
  const today = new Date().toISOString().slice(0, 10);
  const queries = QUERY_MIX.map((q) => toSearchQuery(q, today));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  // Warm-up pass (caches, plans); its length sets how many rounds fit in the budget.
  const w0 = performance.now();
  for (const [i, q] of queries.entries()) {
    await raw.timed(q);
    await timedGet(agent, api, paths[i]);
  }
  const passS = (performance.now() - w0) / 1000;
  const rounds = Math.max(2, Math.min(25, Math.floor(budgetS / passS)));
  log(`  one pass of the mix (raw + API) takes ${passS.toFixed(1)} s; ${rounds} rounds`);
  const all: number[] = [];
  const perQuery = QUERY_MIX.map(() => ({
    ms: [] as number[],
    total: 0,
    statements: new Map<StatementKind, number[]>(),
    last: [] as Array<{ kind: StatementKind; ms: number; sql: string; params: unknown[] }>,
  }));
  const recorder = new SequentialRecorder();
  const sampler = new ProcessSampler(api.child.pid!, postmaster);
  sampler.start();
  let apiMs = 0;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < queries.length; i++) {
      const { ms, total, statements } = await raw.timed(queries[i]);
      all.push(ms);
      const q = perQuery[i];
      q.ms.push(ms);
      q.total = total;
      q.last = statements;
      for (const s of statements) {
        q.statements.set(s.kind, [...(q.statements.get(s.kind) ?? []), s.ms]);
      }
      const t0 = performance.now();
      recorder.record(paths[i], await timedGet(agent, api, paths[i]));
      apiMs += performance.now() - t0;
    }
  }
  const figures = sampler.stop();
  agent.destroy();
  const rawFigures: RawFigures = {
    overall: summarise(all),
    queries: QUERY_MIX.map((query, i) => ({
      name: query.name,
      shape: query.shape,
      latency: summarise(perQuery[i].ms),
      total: perQuery[i].total,
      statements: Object.fromEntries(
        [...perQuery[i].statements].map(([kind, values]) => [kind, summarise(values).p50]),
      ) as Partial<Record<StatementKind, number>>,
    })),
    explain: [],
    cpu: figures.cpu,
  };
  const slowest = [...rawFigures.queries.keys()].sort(
    (a, b) => rawFigures.queries[b].latency.p50 - rawFigures.queries[a].latency.p50,
  )[0];
  const statements = [...perQuery[slowest].last].sort((a, b) => b.ms - a.ms).slice(0, 2);
  for (const s of statements) {
    rawFigures.explain.push({
      query: QUERY_MIX[slowest].name,
      kind: s.kind,
      ms: s.ms,
      plan: await bench.explain(s.sql, s.params),
    });
  }
  return {
    raw: rawFigures,
    api: { ...recorder.result(apiMs), ...figures },
    perQuery: Object.fromEntries(
      [...recorder.perPath].map(([path, values]) => [path, summarise(values).p50]),
    ),
  };
}

interface Phases {
  readonly warmup: number;
  readonly max: number;
  readonly connections: number;
  /** Seconds of the open-loop phase at `rate`. */
  readonly paced: (rate: number) => number;
  /** Open-loop rate; default 80 % of the maximum just measured. */
  readonly rate?: number;
  /** Seconds of the one-at-a-time phase; 0 when measured elsewhere (the paired loop). */
  readonly sequential: number;
  /** autocannon's own overallRate run, for comparison (only where the rate allows it). */
  readonly autocannonRate: boolean;
}

async function loadTargets(
  label: 'api' | 'bare',
  target: RunningTarget,
  paths: readonly string[],
  phases: Phases,
  postmaster: number | undefined,
): Promise<Omit<TargetFigures, 'sequential'> & { sequential?: Measured }> {
  const pid = target.child.pid!;
  const measure = async <R extends LoadResult>(run: () => Promise<R>) => {
    const sampler = new ProcessSampler(pid, postmaster);
    sampler.start();
    const result = await run();
    const figures: ProcessFigures = sampler.stop();
    return { ...result, ...figures };
  };
  const check = (what: string, r: LoadResult) => {
    if (r.errors || r.non2xx) log(`  ${label} ${what}: ${r.errors} errors, ${r.non2xx} non-2xx!`);
  };
  const idleRss = rssMegabytes(pid)?.rss ?? 0;
  const { connections } = phases;
  log(`${label}: warm-up ${phases.warmup} s`);
  await closedLoop({ target, paths, connections: 4, seconds: phases.warmup });
  log(`${label}: maximum throughput, ${connections} connections, ${phases.max} s`);
  const max = await measure(() => closedLoop({ target, paths, connections, seconds: phases.max }));
  check('max', max);
  const rate = phases.rate ?? Math.max(0.2, Math.round(max.rps * 0.8 * 10) / 10);
  const pacedS = phases.paced(rate);
  log(`${label}: max ${max.rps.toFixed(1)} req/s; open loop at ${rate} req/s for ${pacedS} s`);
  const paced = await measure(() =>
    openLoop({ target, paths, rate, seconds: pacedS, maxSockets: connections }),
  );
  check('paced', paced);
  let oneByOne: Measured | undefined;
  let perQuery: Record<string, number> = {};
  if (phases.sequential > 0) {
    log(`${label}: sequential (1 connection), ${phases.sequential} s`);
    const { perPath, ...result } = await measure(() =>
      sequential({ target, paths, rounds: 1, seconds: phases.sequential }),
    );
    check('sequential', result);
    oneByOne = result;
    perQuery = Object.fromEntries([...perPath].map(([p, values]) => [p, summarise(values).p50]));
  }
  let autocannonRate: TargetFigures['autocannonRate'];
  if (phases.autocannonRate && rate >= 5) {
    const seconds = Math.min(phases.max, 10);
    log(
      `${label}: autocannon overallRate=${Math.round(rate)}, ${connections} connections, ${seconds} s`,
    );
    autocannonRate = await measure(() =>
      closedLoop({ target, paths, connections, seconds, overallRate: Math.round(rate) }),
    );
    check('overallRate', autocannonRate);
  }
  return { idleRss, max, paced, sequential: oneByOne, autocannonRate, perQuery };
}

async function precompute(target: Target, paths: readonly string[]) {
  const responses: PrecomputedResponse[] = [];
  for (const p of paths) {
    const response = await fetch(`http://${target.host}:${target.port}${p}`);
    const body = await response.text();
    if (response.status !== 200) {
      throw new Error(`GET ${p} answered ${response.status}: ${body.slice(0, 300)}`);
    }
    responses.push({
      path: p,
      contentType: response.headers.get('content-type') ?? 'application/json',
      body,
    });
  }
  return responses;
}

function machine(settings: Record<string, string>, backgroundLoad: number): MachineFigures {
  const cpus = os.cpus();
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    // The code measured is the working tree's: say when it differs from the commit.
    const changed = execFileSync('git', ['status', '--porcelain', '--', 'apps', 'libs'], {
      cwd: ROOT,
    })
      .toString()
      .split('\n')
      .filter(Boolean).length;
    if (changed) commit += ` + ${changed} uncommitted changes under apps/ and libs/`;
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: os.totalmem() / 2 ** 30,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: settings.server_version,
    settings,
    date: new Date().toISOString(),
    commit,
    backgroundLoad,
  };
}

/** Waits (up to two minutes) for other work on the machine to calm down; returns its load. */
async function quietMachine(): Promise<number> {
  let load = await machineLoad(2_000);
  for (let waited = 0; load > 0.3 && waited < 120; waited += 10) {
    log(`the machine is busy with other work (${load.toFixed(2)} cores); waiting…`);
    load = await machineLoad(10_000);
  }
  log(`background load before the run: ${load.toFixed(2)} cores`);
  return load;
}

async function main(): Promise<void> {
  const { sizes, out, plan, keep } = parseArgs(process.argv.slice(2));
  log(`sizes ${sizes.join(', ')}; report → ${out}`);
  const backgroundLoad = await quietMachine();
  const server: BenchServer = await startServer((line) => log(line));
  cleanups.push(() => server.stop());
  process.once('exit', () => server.removeSync());
  const bench = await BenchDatabase.open(server.url);
  cleanups.push(() => bench.close());
  const engineDb = createDataSource({ url: server.url, poolSize: 2, applicationName: 'bench-raw' });
  await engineDb.initialize();
  cleanups.push(() => engineDb.destroy());
  const raw = new RawEngine(engineDb);
  const postmaster = await postmasterPid(server.clusterDir);
  const settings = await bench.settings();
  const generator = new CatalogueGenerator(bench.taxonomy());
  const paths = QUERY_MIX.map(pathOf);

  const organisations: GeneratedOrganisation[] = [];
  let offers = 0;
  const dataset: DatasetFigures = { languages: {}, lengths: {}, offers: 0 };
  const results: SizeFigures[] = [];
  for (const size of sizes) {
    if (interrupted) break;
    // 1. Catalogue rows: organisations, then offers in multi-row INSERTs, one transaction.
    const wantedOrganisations = Math.ceil(size / OFFERS_PER_ORGANISATION);
    const newIds: string[] = [];
    let generateMs = 0;
    let insertMs = 0;
    const t0 = performance.now();
    await bench.transaction(async (m) => {
      const orgs: GeneratedOrganisation[] = [];
      for (let i = organisations.length; i < wantedOrganisations; i++) {
        orgs.push(generator.organisation(i));
      }
      await bench.insertOrganisations(m, orgs);
      organisations.push(...orgs);
      const ids = organisations.map((o) => o.id);
      for (let from = offers; from < size; from += BATCH) {
        const g0 = performance.now();
        const batch: GeneratedOffer[] = [];
        for (let i = from; i < Math.min(size, from + BATCH); i++) {
          const offer = generator.offer(i, wantedOrganisations);
          batch.push(offer);
          tally(dataset, offer);
        }
        const g1 = performance.now();
        await bench.insertOffers(m, batch, ids);
        generateMs += g1 - g0;
        insertMs += performance.now() - g1;
        newIds.push(...batch.map((o) => o.id));
      }
    });
    offers = size;
    const loadMs = performance.now() - t0;
    log(
      `${size}: ${newIds.length} offers generated in ${(generateMs / 1000).toFixed(1)} s, ` +
        `inserted in ${(insertMs / 1000).toFixed(1)} s`,
    );
    // 2. The search index, with the real document builder and engine.
    const i0 = performance.now();
    let lastLog = i0;
    const split = await bench.index(raw.engine, newIds, BATCH, (done) => {
      if (performance.now() - lastLog > 10_000 || done === newIds.length) {
        lastLog = performance.now();
        const rate = done / ((lastLog - i0) / 1000);
        log(`  indexed ${done}/${newIds.length} (${rate.toFixed(0)} documents/s)`);
      }
    });
    const indexMs = performance.now() - i0;
    const v0 = performance.now();
    await bench.vacuumAnalyze();
    const vacuumMs = performance.now() - v0;
    // Flush the load's dirty pages now rather than during the measurements.
    await bench.db.query('CHECKPOINT');
    const tables = await bench.tableSizes();
    const indexes = await bench.indexSizes();
    const vocabulary = await bench.count('search_vocabulary');
    const documents = await bench.count('search_documents');
    log(
      `${size}: index ${(indexMs / 1000).toFixed(1)} s, VACUUM ANALYZE ${(vacuumMs / 1000).toFixed(1)} s`,
    );

    // 3. The real API in its own process; the raw engine and the API one query at a time.
    const api = await startTarget(['api'], {
      BENCH_DATABASE_URL: server.url,
      BENCH_DATA_DIR: server.dataDir,
    });
    const responses = await precompute(api, paths);
    log(`${size}: raw engine (PostgresSearchEngine.search, no HTTP) and API, one at a time`);
    const paired = await pairedPath(raw, api, paths, plan.rawBudget, bench, postmaster);
    const rawFigures = paired.raw;
    log(
      `${size}: raw p50 ${rawFigures.overall.p50.toFixed(1)} ms, p95 ${rawFigures.overall.p95.toFixed(1)} ms; ` +
        `API p50 ${paired.api.latency.p50.toFixed(1)} ms, p95 ${paired.api.latency.p95.toFixed(1)} ms`,
    );

    // 4. The API under load.
    // PostgreSQL does one search per core at best: what the API can reach, roughly.
    const expectedRps = Math.max(0.2, os.cpus().length / (rawFigures.overall.mean / 1000));
    const within = (seconds: number) =>
      Math.max(plan.minSeconds, Math.min(plan.maxSeconds, Math.ceil(seconds)));
    const apiLoad = await loadTargets(
      'api',
      api,
      paths,
      {
        warmup: Math.min(plan.minSeconds, 5),
        max: within(plan.minSamples / expectedRps),
        connections: plan.apiConnections,
        paced: (rate) => within(plan.minSamples / rate),
        sequential: 0,
        autocannonRate: true,
      },
      postmaster,
    );
    const apiFigures: TargetFigures = {
      ...apiLoad,
      sequential: paired.api,
      perQuery: paired.perQuery,
    };
    await api.stop();
    const responsesFile = path.join(server.dataDir, `responses-${size}.json`);
    await writeFile(responsesFile, JSON.stringify(responses));
    const bare = await startTarget(['bare', responsesFile], {});
    const bareLoad = await loadTargets(
      'bare',
      bare,
      paths,
      {
        warmup: 2,
        max: plan.minSeconds,
        connections: plan.bareConnections,
        // The API's own 80 % rate: HTTP alone under the same offered load.
        paced: () => plan.minSeconds,
        rate: apiFigures.paced.requestedRate,
        sequential: Math.ceil(plan.minSeconds / 2),
        autocannonRate: false,
      },
      undefined,
    );
    await bare.stop();
    if (!bareLoad.sequential) throw new Error('the bare server has no sequential figures');
    const bareFigures: TargetFigures = { ...bareLoad, sequential: bareLoad.sequential };

    const queries: QueryFigures[] = QUERY_MIX.map((q, i) => ({
      name: q.name,
      shape: q.shape,
      path: paths[i],
      bytes: Buffer.byteLength(responses[i].body),
      total: (JSON.parse(responses[i].body) as { total: number }).total,
    }));
    results.push({
      size,
      documents,
      organisations: organisations.length,
      generateMs,
      insertMs,
      loadMs,
      indexMs,
      indexedNow: newIds.length,
      indexSplit: split,
      vacuumMs,
      tables,
      indexes,
      vocabulary,
      raw: rawFigures,
      api: apiFigures,
      bare: bareFigures,
      queries,
    });
  }
  if (interrupted) return;
  dataset.offers = offers;
  await writeReport(out, {
    machine: machine(settings, backgroundLoad),
    plan,
    dataset,
    sizes: results,
    elapsedS: (performance.now() - started) / 1000,
  });
  log(`report written to ${out}`);
  if (keep) {
    log(`--keep: the database stays up for inspection at ${server.url}; Ctrl-C to stop it`);
    // A timer keeps the process (and so the database) alive until the signal handler ends it.
    await new Promise(() => setInterval(() => undefined, 60_000));
  }
}

function tally(dataset: DatasetFigures, offer: GeneratedOffer): void {
  for (const [lang, t] of Object.entries(offer.content.translations)) {
    dataset.languages[lang] = (dataset.languages[lang] ?? 0) + 1;
    const l = (dataset.lengths[lang] ??= { title: 0, summary: 0, description: 0 });
    l.title += t?.title?.length ?? 0;
    l.summary += t?.summary?.length ?? 0;
    l.description += t?.description?.length ?? 0;
  }
}

main()
  .catch((error: unknown) => {
    if (!interrupted) {
      process.stderr.write(`bench:search failed: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 1;
    }
  })
  .finally(async () => {
    await cleanup();
    log('database stopped and removed');
    if (!interrupted) process.exit();
  });
