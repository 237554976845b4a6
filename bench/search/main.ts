/**
 * `npm run bench:search`: the search engine the API runs (`app.get(SEARCH_ENGINE)`, whatever
 * the default is) side by side with the previous engine (baseline/, PostgreSQL full-text), in
 * the same run, on synthetic catalogues of 10k then 100k offers. Three targets:
 *   baseline — BaselineSearchEngine.search in this process (its index lives in PostgreSQL);
 *   engine   — the API's engine, `engine.search` inside the API process (no HTTP);
 *   api      — the same engine through GET /api/v1/search.
 * Writes BENCHMARKS.md and bench/results/search.json.
 *
 * Options: --quick (small catalogue, short runs, report in the temp folder), --sizes=10000,100000,
 * --out=FILE (markdown), --json=FILE, --keep (leave the last database running for inspection;
 * Ctrl-C ends it).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import http from 'node:http';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@app/database';
import type { SearchQuery } from '@app/search';
import { BaselineSearchEngine } from './baseline/baseline-search.engine';
import { BASELINE_TABLES } from './baseline/baseline-schema';
import {
  CatalogueGenerator,
  OFFERS_PER_ORGANISATION,
  type GeneratedOffer,
  type GeneratedOrganisation,
} from './catalogue';
import {
  BenchDatabase,
  DATABASE_PREFIX,
  postmasterPid,
  startServer,
  type BenchServer,
} from './database';
import { callsClosedLoop, callsOpenLoop } from './inproc';
import { EngineClient, type Notice } from './ipc';
import {
  busyProcesses,
  closedLoop,
  machineLoad,
  openLoop,
  ProcessSampler,
  rssMegabytes,
  timedGet,
  type LoadResult,
  type Target,
} from './load';
import { pathOf, QUERY_MIX, SUGGEST_PREFIXES, suggestPathOf, toSearchQuery } from './queries';
import {
  goalLines,
  writeReport,
  type DatasetFigures,
  type MachineFigures,
  type Measured,
  type RunPlan,
  type SizeFigures,
  type TargetFigures,
  type TargetKey,
} from './report';
import type { BaselineStarted } from './server';
import { summarise } from './stats';

const ROOT = process.env.BENCH_ROOT ?? path.resolve(__dirname, '../../../../..');
const SERVER_SCRIPT = path.join(__dirname, 'server.js');
const BATCH = 2_000;
/** How long a start (process, health, first search) may take before the run gives up. */
const START_LIMIT_MS = 30 * 60_000;
/** Tables whose size the report shows (the project's search tables may change: missing ones are skipped). */
const CATALOGUE_TABLES = ['organisations', 'offers'];
const ENGINE_TABLES = ['search_documents', 'search_vocabulary'];

/**
 * Durations adapt to each target's speed so that a slow one still gets enough answers
 * (`minSamples` per phase) without the run lasting hours: each load phase lasts between
 * `minSeconds` and `maxSeconds`. One-at-a-time loops run as many rounds as fit in their budget.
 */
const FULL_PLAN: RunPlan = {
  sequentialBudget: 45,
  suggestBudget: 15,
  minPerItem: 20,
  minSeconds: 10,
  maxSeconds: 40,
  minSamples: 40,
  connections: 16,
  quick: false,
};

function parseArgs(argv: string[]) {
  const quick = argv.includes('--quick');
  const value = (name: string) =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const sizes = (value('sizes') ?? (quick ? '2000,6000' : '10000,100000')).split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--sizes: whole numbers');
  const out =
    value('out') ??
    (quick ? path.join(tmpdir(), 'BENCHMARKS.quick.md') : path.join(ROOT, 'BENCHMARKS.md'));
  const json =
    value('json') ??
    (quick
      ? path.join(tmpdir(), 'search.quick.json')
      : path.join(ROOT, 'bench', 'results', 'search.json'));
  const plan: RunPlan = quick
    ? {
        ...FULL_PLAN,
        sequentialBudget: 8,
        suggestBudget: 3,
        minPerItem: 5,
        minSeconds: 3,
        maxSeconds: 8,
        minSamples: 10,
        quick,
      }
    : FULL_PLAN;
  return { sizes, out, json, plan, keep: argv.includes('--keep') };
}

const started = performance.now();
function log(message: string): void {
  const s = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench:search ${s}s] ${message}\n`);
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

interface Child {
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

function forkChild(args: string[], env: Record<string, string>): Child {
  const child = fork(SERVER_SCRIPT, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      if (child.connected) child.send({ type: 'stop' });
      else child.kill('SIGTERM');
    });
  cleanups.push(stop);
  return { child, stop };
}

/** Resolves with the first message `accept` takes; rejects when the child exits or times out. */
function firstMessage<T>(
  child: ChildProcess,
  accept: (message: unknown) => T | undefined,
  what: string,
  timeoutS = START_LIMIT_MS / 1000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${what}: nothing in ${timeoutS} s`)),
      timeoutS * 1000,
    );
    const onExit = (code: number | null) => reject(new Error(`${what}: exited (${code})`));
    child.once('exit', onExit);
    const onMessage = (message: unknown) => {
      const value = accept(message);
      if (value === undefined) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('message', onMessage);
      resolve(value);
    };
    child.on('message', onMessage);
  });
}

interface RunningApi extends Target, Child {
  readonly client: EngineClient;
  readonly pid: number;
}

/** A fresh API process; resolves once it listens. */
async function startApi(env: Record<string, string>): Promise<RunningApi> {
  const running = forkChild(['api'], env);
  const client = new EngineClient(running.child);
  running.child.on('message', (message: Notice) => {
    if ('type' in message && message.type === 'progress')
      log(`  engine: ${message.done} documents upserted`);
  });
  const port = await firstMessage(
    running.child,
    (m) => ((m as Notice).type === 'ready' ? (m as { port: number }).port : undefined),
    'the API process',
  );
  return { ...running, client, host: '127.0.0.1', port, pid: running.child.pid! };
}

/** One GET on a new connection; status and body. No client timeout below 30 minutes: a first
 * search may load a whole index (fetch would give up after 300 s). */
function get(target: Target, p: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: target.host, port: target.port, path: p, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.setTimeout(START_LIMIT_MS, () => request.destroy(new Error('timeout')));
    request.on('error', reject);
  });
}

type Timer = (i: number) => Promise<number>;

/**
 * One request at a time, the targets interleaved item by item so they share the machine's
 * state: for each item, the slow target once, then each fast target `repeat` times in turn.
 * Rounds of all items fit in `budgetS` (2 to 25); `repeat` gives the fast targets at least
 * `minPerItem` samples per item when the slow one leaves room for few rounds. A negative time
 * is a failed request.
 */
async function interleave(
  n: number,
  slow: Timer,
  fast: readonly Timer[],
  budgetS: number,
  minPerItem: number,
): Promise<{ samples: number[][][]; errors: number[]; rounds: number; repeat: number }> {
  const timers = [slow, ...fast];
  const samples = timers.map(() => Array.from({ length: n }, () => [] as number[]));
  const errors = timers.map(() => 0);
  const record = async (t: number, i: number) => {
    const ms = await timers[t](i);
    if (ms < 0) errors[t]++;
    else samples[t][i].push(ms);
  };
  // Warm-up pass (caches, plans, JIT); its length sets the rounds.
  const w0 = performance.now();
  for (let i = 0; i < n; i++) await timers[0](i);
  const slowPass = (performance.now() - w0) / 1000;
  const w1 = performance.now();
  for (let i = 0; i < n; i++) for (const timer of fast) await timer(i);
  const fastPass = Math.max(1e-3, (performance.now() - w1) / 1000);
  const rounds = Math.max(2, Math.min(25, Math.floor(budgetS / (slowPass + fastPass))));
  const repeat = Math.max(
    1,
    Math.min(Math.ceil(minPerItem / rounds), Math.floor(budgetS / (rounds * fastPass))),
  );
  log(
    `  a pass takes ${slowPass.toFixed(2)} s (baseline) + ${fastPass.toFixed(2)} s (others): ` +
      `${rounds} rounds, the others ${repeat}× per item`,
  );
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < n; i++) {
      await record(0, i);
      for (let r = 0; r < repeat; r++) for (let t = 1; t < timers.length; t++) await record(t, i);
    }
  }
  return { samples, errors, rounds, repeat };
}

const flat = (perItem: number[][]) => perItem.flat();

/** Runs `run` while sampling CPU and the target's memory. */
async function measure<R extends LoadResult>(
  targetPid: number,
  postmaster: number | undefined,
  run: () => Promise<R>,
): Promise<R & Measured> {
  const sampler = new ProcessSampler(targetPid, postmaster);
  sampler.start();
  const result = await run();
  const figures = sampler.stop();
  // When the target is this process, its CPU is not also the load generator's.
  const cpu = targetPid === process.pid ? { ...figures.cpu, generator: 0 } : figures.cpu;
  return { ...result, ...figures, cpu };
}

interface LoadPhases {
  readonly warmup: () => Promise<unknown>;
  readonly max: (seconds: number) => Promise<LoadResult>;
  readonly paced: (rate: number, seconds: number) => Promise<LoadResult>;
}

/** Maximum throughput (closed loop), then an open loop at 80 % of it. */
async function maxThenPaced(
  label: string,
  pid: number,
  postmaster: number | undefined,
  meanMs: number,
  plan: RunPlan,
  phases: LoadPhases,
): Promise<{ max: Measured; paced: Measured }> {
  const within = (seconds: number) =>
    Math.max(plan.minSeconds, Math.min(plan.maxSeconds, Math.ceil(seconds)));
  // What a target that runs one search per core could reach: only sizes the phase.
  const expected = Math.max(0.2, os.cpus().length / (meanMs / 1000));
  await phases.warmup();
  const maxS = within(plan.minSamples / expected);
  log(`${label}: maximum throughput, ${plan.connections} in flight, ${maxS} s`);
  const max = await measure(pid, postmaster, () => phases.max(maxS));
  warnErrors(label, 'max', max);
  const rate = Math.max(0.2, Math.round(max.rps * 0.8 * 10) / 10);
  const pacedS = within(plan.minSamples / rate);
  log(`${label}: max ${max.rps.toFixed(1)} req/s; open loop at ${rate} req/s for ${pacedS} s`);
  const paced = await measure(pid, postmaster, () => phases.paced(rate, pacedS));
  warnErrors(label, 'paced', paced);
  return { max, paced };
}

function warnErrors(label: string, what: string, r: LoadResult): void {
  if (r.errors || r.non2xx) log(`  ${label} ${what}: ${r.errors} errors, ${r.non2xx} non-2xx!`);
}

/**
 * The commit measured, read when the run starts (run.mjs has just built and copied the code):
 * edits made in the work tree while the benchmark runs are not in the measured build.
 */
const CODE_MEASURED = (() => {
  try {
    let commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT })
      .toString()
      .trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--', 'apps', 'libs', 'bench'], {
      cwd: ROOT,
    })
      .toString()
      .split('\n')
      .filter(Boolean).length;
    if (changed) commit += ` + ${changed} uncommitted changes under apps/, libs/ and bench/`;
    return commit;
  } catch {
    return 'unknown'; // not a git checkout
  }
})();

function machine(
  settings: Record<string, string>,
  backgroundLoad: number,
  others: MachineFigures['otherProcesses'],
): MachineFigures {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: os.totalmem() / 2 ** 30,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: settings.server_version,
    settings,
    date: new Date().toISOString(),
    commit: CODE_MEASURED,
    backgroundLoad,
    otherProcesses: others,
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

/** Organisations, then offers in multi-row INSERTs, one transaction. */
async function loadCatalogue(bench: BenchDatabase, size: number) {
  const generator = new CatalogueGenerator(bench.taxonomy());
  const dataset: DatasetFigures = { languages: {}, lengths: {}, offers: size };
  const wanted = Math.ceil(size / OFFERS_PER_ORGANISATION);
  const ids: string[] = [];
  let generateMs = 0;
  let insertMs = 0;
  await bench.transaction(async (m) => {
    const organisations: GeneratedOrganisation[] = [];
    for (let i = 0; i < wanted; i++) organisations.push(generator.organisation(i));
    await bench.insertOrganisations(m, organisations);
    const organisationIds = organisations.map((o) => o.id);
    for (let from = 0; from < size; from += BATCH) {
      const g0 = performance.now();
      const batch: GeneratedOffer[] = [];
      for (let i = from; i < Math.min(size, from + BATCH); i++) {
        const offer = generator.offer(i, wanted);
        batch.push(offer);
        tally(dataset, offer);
      }
      const g1 = performance.now();
      await bench.insertOffers(m, batch, organisationIds);
      generateMs += g1 - g0;
      insertMs += performance.now() - g1;
      ids.push(...batch.map((o) => o.id));
    }
  });
  return { ids, organisations: wanted, generateMs, insertMs, dataset };
}

/** Waits for GET `p` to answer 200 (polling); returns its body. */
async function until200(target: Target, p: string, limitMs: number): Promise<string> {
  const t0 = performance.now();
  for (;;) {
    const answer = await get(target, p).catch(() => ({ status: 0, body: '' }));
    if (answer.status === 200) return answer.body;
    if (performance.now() - t0 > limitMs) {
      throw new Error(
        `GET ${p}: ${answer.status} after ${limitMs / 1000} s: ${answer.body.slice(0, 300)}`,
      );
    }
    await sleep(20);
  }
}

async function measureSize(
  server: BenchServer,
  size: number,
  plan: RunPlan,
  postmaster: number | undefined,
  keep: boolean,
): Promise<{ figures: SizeFigures; dataset: DatasetFigures; settings: Record<string, string> }> {
  const database = `${DATABASE_PREFIX}${size}`;
  const url = await server.createDatabase(database);
  const undo: Array<() => Promise<unknown>> = [];
  const later = (f: () => Promise<unknown>) => {
    undo.push(f);
    cleanups.push(f);
  };
  try {
    const bench = await BenchDatabase.open(url);
    later(() => bench.close());
    const settings = await bench.settings();
    const today = new Date().toISOString().slice(0, 10);

    // 1. The catalogue.
    const catalogue = await loadCatalogue(bench, size);
    log(
      `${size}: ${size} offers generated in ${(catalogue.generateMs / 1000).toFixed(1)} s, ` +
        `inserted in ${(catalogue.insertMs / 1000).toFixed(1)} s`,
    );
    await bench.vacuumAnalyze(CATALOGUE_TABLES);

    // 2. The baseline's index, from empty, with the benchmark's copy of the document builder.
    const baselineDb: DataSource = createDataSource({
      url,
      poolSize: 10,
      applicationName: 'bench-baseline',
    });
    await baselineDb.initialize();
    later(() => baselineDb.destroy());
    const baseline = new BaselineSearchEngine(baselineDb);
    log(`${size}: baseline index (PostgreSQL full-text, ${BATCH} documents per upsert)`);
    const b0 = performance.now();
    let lastLog = b0;
    const baselineSplit = await bench.index(baseline, catalogue.ids, BATCH, (done) => {
      if (performance.now() - lastLog > 10_000 || done === catalogue.ids.length) {
        lastLog = performance.now();
        log(
          `  baseline: ${done}/${catalogue.ids.length} (${(done / ((lastLog - b0) / 1000)).toFixed(0)}/s)`,
        );
      }
    });
    const baselineIndexMs = performance.now() - b0;
    const v0 = performance.now();
    await bench.vacuumAnalyze(BASELINE_TABLES);
    const baselineVacuumMs = performance.now() - v0;
    await bench.db.query('CHECKPOINT');

    // 3. The API's engine, from an empty process on an empty index: the real SearchIndexer
    //    feeding the engine's upsert. A folder of its own, so no earlier snapshot can help.
    const apiDataDir = path.join(server.dataDir, `api-${size}`);
    await mkdir(apiDataDir, { recursive: true });
    const env = { BENCH_DATABASE_URL: url, BENCH_DATA_DIR: apiDataDir, BENCH_TODAY: today };
    const f0 = performance.now();
    const builder = await startApi(env);
    const processStartMs = performance.now() - f0;
    const info = await builder.client.call({ cmd: 'info' });
    log(`${size}: the API's engine is '${info.engine}'; building its index from empty`);
    const built = await builder.client.call({ cmd: 'build', batchSize: BATCH });
    const buildFromForkMs = performance.now() - f0;
    const afterBuild = await builder.client.call({ cmd: 'info' });
    log(
      `${size}: engine built ${built.documents} documents in ${(built.totalMs / 1000).toFixed(1)} s ` +
        `(read ${(built.readMs / 1000).toFixed(1)} s, upsert ${(built.upsertMs / 1000).toFixed(1)} s); ` +
        `RSS ${built.rssBeforeMiB.toFixed(0)} → ${afterBuild.rssMiB.toFixed(0)} MiB`,
    );
    // Both engines got the same documents? (their builders are separate code)
    const engineFingerprints = new Map(await builder.client.call({ cmd: 'fingerprints' }));
    const baselineFingerprints = await baseline.indexedFingerprints();
    let missing = 0;
    let differing = 0;
    for (const [id, fingerprint] of baselineFingerprints) {
      const other = engineFingerprints.get(id);
      if (other === undefined) missing++;
      else if (other !== fingerprint) differing++;
    }
    const extra = [...engineFingerprints.keys()].filter(
      (id) => !baselineFingerprints.has(id),
    ).length;
    if (missing || differing || extra) {
      log(
        `  ⚠ documents differ: ${missing} missing, ${extra} extra, ${differing} with another fingerprint`,
      );
    }
    await builder.stop();
    const v1 = performance.now();
    await bench.vacuumAnalyze(ENGINE_TABLES);
    const engineVacuumMs = performance.now() - v1;
    await bench.db.query('CHECKPOINT');
    const tables = await bench.tableSizes([
      ...CATALOGUE_TABLES,
      ...ENGINE_TABLES,
      ...BASELINE_TABLES,
    ]);

    // 4. Starts on existing data: the baseline's first search in a fresh process, then a fresh
    //    API process until /health/ready answers and its first search answers.
    const s0 = performance.now();
    const probe = forkChild(['baseline'], { BENCH_DATABASE_URL: url, BENCH_TODAY: today });
    const baselineStarted = await firstMessage(
      probe.child,
      (m) =>
        (m as BaselineStarted).type === 'baseline-started' ? (m as BaselineStarted) : undefined,
      'the baseline start probe',
    );
    const baselineStartMs = performance.now() - s0;
    await probe.stop();
    const a0 = performance.now();
    const api = await startApi(env);
    const listeningMs = performance.now() - a0;
    later(() => api.stop());
    await until200(api, '/health/ready', START_LIMIT_MS);
    const readyMs = performance.now() - a0;
    const firstBody = await until200(api, pathOf(QUERY_MIX[0]), START_LIMIT_MS);
    const firstSearchMs = performance.now() - a0;
    const firstTotal = (JSON.parse(firstBody) as { total: number }).total;
    const afterStartMiB = rssMegabytes(api.pid)?.rss ?? NaN;
    log(
      `${size}: start on existing data — baseline ${(baselineStartMs / 1000).toFixed(2)} s; API listening ` +
        `${(listeningMs / 1000).toFixed(2)} s, ready ${(readyMs / 1000).toFixed(2)} s, first search ` +
        `${(firstSearchMs / 1000).toFixed(2)} s; RSS ${afterStartMiB.toFixed(0)} MiB`,
    );
    const serving = new ProcessSampler(api.pid, postmaster);
    serving.start();

    // 5. One request at a time, the three targets interleaved query by query.
    const queries: SearchQuery[] = QUERY_MIX.map((q) => toSearchQuery(q, today));
    const paths = QUERY_MIX.map(pathOf);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const totals: Record<'baseline' | 'engine', number[]> = { baseline: [], engine: [] };
    log(`${size}: one request at a time (baseline, engine in-process, API), interleaved`);
    const sequential = await interleave(
      queries.length,
      async (i) => {
        const t0 = performance.now();
        const result = await baseline.search(queries[i]);
        totals.baseline[i] = result.total;
        return performance.now() - t0;
      },
      [
        async (i) => {
          const { ms, total } = await api.client.call({ cmd: 'search', index: i });
          totals.engine[i] = total;
          return ms;
        },
        (i) => timedGet(agent, api, paths[i]),
      ],
      plan.sequentialBudget,
      plan.minPerItem,
    );
    const [baselineSeq, engineSeq, apiSeq] = sequential.samples;
    if (sequential.errors.some(Boolean)) log(`  ⚠ errors: ${sequential.errors.join(' / ')}`);
    log(
      `${size}: p95 baseline ${summarise(flat(baselineSeq)).p95.toFixed(1)} ms, engine ` +
        `${summarise(flat(engineSeq)).p95.toFixed(2)} ms, API ${summarise(flat(apiSeq)).p95.toFixed(2)} ms`,
    );

    // 6. Maximum throughput and 80 % of it, target after target.
    const n = queries.length;
    const baselineLoad = await maxThenPaced(
      'baseline',
      process.pid,
      postmaster,
      summarise(flat(baselineSeq)).mean,
      plan,
      {
        warmup: () =>
          callsClosedLoop({
            call: (i) => baseline.search(queries[i % n]),
            concurrency: 4,
            seconds: 2,
          }),
        max: (seconds) =>
          callsClosedLoop({
            call: (i) => baseline.search(queries[i % n]),
            concurrency: plan.connections,
            seconds,
          }),
        paced: (rate, seconds) =>
          callsOpenLoop({ call: (i) => baseline.search(queries[i % n]), rate, seconds }),
      },
    );
    const engineLoad = await maxThenPaced(
      'engine',
      api.pid,
      postmaster,
      summarise(flat(engineSeq)).mean,
      plan,
      {
        warmup: () => api.client.call({ cmd: 'closed', concurrency: 4, seconds: 2 }),
        max: (seconds) =>
          api.client.call({ cmd: 'closed', concurrency: plan.connections, seconds }),
        paced: (rate, seconds) => api.client.call({ cmd: 'open', rate, seconds }),
      },
    );
    const apiLoad = await maxThenPaced(
      'api',
      api.pid,
      postmaster,
      summarise(flat(apiSeq)).mean,
      plan,
      {
        warmup: () =>
          closedLoop({ target: api, paths, connections: 4, seconds: Math.min(plan.minSeconds, 5) }),
        max: (seconds) =>
          closedLoop({ target: api, paths, connections: plan.connections, seconds }),
        paced: (rate, seconds) =>
          openLoop({ target: api, paths, rate, seconds, maxSockets: plan.connections }),
      },
    );

    // 7. Suggestions, interleaved the same way.
    log(`${size}: suggestions (${SUGGEST_PREFIXES.length} prefixes), interleaved`);
    const suggest = await interleave(
      SUGGEST_PREFIXES.length,
      async (i) => {
        const t0 = performance.now();
        await baseline.suggest(SUGGEST_PREFIXES[i], 'fr', 8);
        return performance.now() - t0;
      },
      [
        async (i) =>
          (await api.client.call({ cmd: 'suggest', prefix: SUGGEST_PREFIXES[i], lang: 'fr' })).ms,
        (i) => timedGet(agent, api, suggestPathOf(SUGGEST_PREFIXES[i])),
      ],
      plan.suggestBudget,
      plan.minPerItem,
    );
    agent.destroy();
    const servingFigures = serving.stop();

    const target = (
      label: string,
      engine: string,
      seq: number[][],
      load: { max: Measured; paced: Measured },
      sugg: number[][],
    ): TargetFigures => ({
      label,
      engine,
      oneAtATime: summarise(flat(seq)),
      perQuery: seq.map((values) => summarise(values)),
      max: load.max,
      paced: load.paced,
      suggest: summarise(flat(sugg)),
      suggestPerPrefix: sugg.map((values) => summarise(values)),
    });
    const [baselineSug, engineSug, apiSug] = suggest.samples;
    const targets: Record<TargetKey, TargetFigures> = {
      baseline: target('baseline', baseline.name, baselineSeq, baselineLoad, baselineSug),
      engine: target('engine', info.engine, engineSeq, engineLoad, engineSug),
      api: target('api', info.engine, apiSeq, apiLoad, apiSug),
    };
    const figures: SizeFigures = {
      size,
      organisations: catalogue.organisations,
      generateMs: catalogue.generateMs,
      insertMs: catalogue.insertMs,
      engine: info.engine,
      documents: {
        baseline: baselineFingerprints.size,
        engine: engineFingerprints.size,
        missing,
        extra,
        differing,
      },
      build: {
        baseline: {
          totalMs: baselineIndexMs + baselineVacuumMs,
          readMs: baselineSplit.buildMs,
          upsertMs: baselineSplit.upsertMs,
          vacuumMs: baselineVacuumMs,
        },
        engine: {
          ...built,
          processStartMs,
          fromForkMs: buildFromForkMs,
          vacuumMs: engineVacuumMs,
        },
      },
      start: {
        baseline: {
          totalMs: baselineStartMs,
          connectMs: baselineStarted.connectMs,
          firstSearchMs: baselineStarted.firstSearchMs,
          rssMiB: baselineStarted.rssMiB,
        },
        api: {
          listeningMs,
          readyMs,
          totalMs: firstSearchMs,
          firstSearchTotal: firstTotal,
          expectedTotal: totals.engine[0],
        },
      },
      rss: {
        emptyMiB: built.rssBeforeMiB,
        afterBuildMiB: afterBuild.rssMiB,
        afterStartMiB,
        peakMiB: servingFigures.rssPeak,
        endMiB: servingFigures.rssEnd,
      },
      tables,
      sequential: {
        rounds: sequential.rounds,
        repeat: sequential.repeat,
        errors: sequential.errors,
      },
      suggestRounds: { rounds: suggest.rounds, repeat: suggest.repeat, errors: suggest.errors },
      totals,
      targets,
    };
    return { figures, dataset: catalogue.dataset, settings };
  } finally {
    for (const f of undo.reverse()) {
      await f().catch(() => undefined);
      const at = cleanups.indexOf(f);
      if (at >= 0) cleanups.splice(at, 1);
    }
    if (!keep) await server.dropDatabase(database).catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const { sizes, out, json, plan, keep } = parseArgs(process.argv.slice(2));
  log(`sizes ${sizes.join(', ')}; report → ${out}, ${json}`);
  const backgroundLoad = await quietMachine();
  const others = await busyProcesses(2_000, (pid) => pid === process.pid);
  const server: BenchServer = await startServer((line) => log(line));
  cleanups.push(() => server.stop());
  process.once('exit', () => server.removeSync());
  const postmaster = await postmasterPid(server.clusterDir);

  const results: SizeFigures[] = [];
  let dataset: DatasetFigures | undefined;
  let settings: Record<string, string> = {};
  for (const [k, size] of sizes.entries()) {
    if (interrupted) break;
    const measured = await measureSize(
      server,
      size,
      plan,
      postmaster,
      keep && k === sizes.length - 1,
    );
    results.push(measured.figures);
    dataset = measured.dataset;
    settings = measured.settings;
  }
  if (interrupted || !dataset) return;
  await writeReport(out, json, {
    machine: machine(settings, backgroundLoad, others),
    plan,
    dataset,
    sizes: results,
    elapsedS: (performance.now() - started) / 1000,
  });
  log(`report written to ${out} and ${json}`);
  for (const line of goalLines(results)) log(line);
  if (keep) {
    log(
      `--keep: the database stays up at ${server.urlFor(`${DATABASE_PREFIX}${sizes.at(-1)}`)}; Ctrl-C to stop it`,
    );
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
