// `npm run soak -- [--url=http://127.0.0.1:3000] [--rate=20] [--minutes=30] [--pid=N] [--record]`
//
// Mixed traffic at a steady rate against a running platform (`npm start`): searches, suggestions,
// offer pages (JSON and HTML), the home page, and an entrepreneur's bookmarks (writes). Prints,
// for each minute, the answers, errors, p50/p95 and the platform process's RSS; at the end the
// memory growth: the median RSS of the last 5 minutes against that of minutes 6–10. The first
// 5 minutes are warm-up: bounded caches (result documents, templates, compiled code) fill up.
// --record writes the figures to BENCHMARKS.md (its soak section) and bench/results/soak.json.
// All traffic comes from one address: start the platform with a high anonymous allowance
// (`PUBLIC_API_ANONYMOUS_LIMIT_PER_MINUTE=1000000 npm start`), or public API reads get 429.
// Open loop: a request starts when it is due, whatever the ones before it are doing, and its
// latency counts from then, so a stall shows instead of slowing the load down.
import http from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, URL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const base = new URL(arg('url', 'http://127.0.0.1:3000'));
const rate = Number(arg('rate', '20'));
const minutes = Number(arg('minutes', '30'));
const record = process.argv.includes('--record');
const DEMO = { email: 'entrepreneur@passerelle.demo', password: 'Passerelle-demo-2026' };
const WORDS = [
  'financement',
  'formation',
  'incubateur',
  'subvention',
  'mentorat',
  'export',
  'agriculture',
  'numérique',
  'sénégal',
  'maroc',
  'prêt',
  'business',
  'funding',
  'تمويل',
  'financiamento',
  'diaspora',
  'femmes',
  'jeunes',
  'accompagnement',
  'investissement',
];
const FILTERS = ['', '', '&category=grant', '&targetCountry=SN', '&openNow=true', '&lang=en'];

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function request(method, pathname, { body, token, accept } = {}) {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path: pathname,
        method,
        agent,
        timeout: 30_000,
        headers: {
          accept: accept ?? 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(payload ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, text: '' }));
    req.end(payload);
  });
}

const pick = (items) => items[Math.floor(Math.random() * items.length)];

/** The platform process: --pid, else the process running dist/apps/platform (npm start). */
function platformPid() {
  if (arg('pid')) return Number(arg('pid'));
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The node process itself, not the shell npm runs it from.
      const [program, script] = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (/(^|\/)node$/.test(program) && script?.endsWith('dist/apps/platform/src/main.js'))
        return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}
function rssMiB(pid) {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

let token;
let tokenAt = 0;
async function signIn() {
  const res = await request('POST', '/api/v1/auth/sign-in', { body: DEMO });
  if (res.status !== 200)
    throw new Error(`demo sign-in failed (${res.status}): is the demo catalogue loaded?`);
  token = JSON.parse(res.text).accessToken;
  tokenAt = Date.now();
}

const slugs = [];
const ids = [];
async function learnOffers() {
  const res = await request('GET', '/api/v1/search?pageSize=50');
  for (const hit of JSON.parse(res.text).hits ?? []) {
    slugs.push(hit.slug);
    ids.push(hit.id);
  }
  if (!slugs.length) throw new Error('no published offer to visit');
}

const query = () => encodeURIComponent(pick(WORDS));
/** The mix: weight, name, and the request it sends. */
const MIX = [
  [30, 'search', () => request('GET', `/api/v1/search?q=${query()}${pick(FILTERS)}`)],
  [15, 'suggest', () => request('GET', `/api/v1/search/suggest?q=${query().slice(0, 3)}`)],
  [15, 'offer', () => request('GET', `/api/v1/offers/${pick(slugs)}`)],
  [10, 'search page', () => request('GET', `/recherche?q=${query()}`, { accept: 'text/html' })],
  [10, 'offer page', () => request('GET', `/offres/${pick(slugs)}`, { accept: 'text/html' })],
  [5, 'home', () => request('GET', '/', { accept: 'text/html' })],
  [5, 'profile', () => request('GET', '/api/v1/me/profile', { token })],
  [
    5,
    'bookmark',
    () => request(pick(['PUT', 'DELETE']), `/api/v1/me/bookmarks/${pick(ids)}`, { token }),
  ],
  [5, 'health', () => request('GET', '/health/ready')],
];
const TOTAL_WEIGHT = MIX.reduce((n, [w]) => n + w, 0);
/** One request of the mix, drawn by weight. */
function next() {
  let r = Math.random() * TOTAL_WEIGHT;
  for (const [w, name, send] of MIX) if ((r -= w) < 0) return [name, send()];
  return [MIX[0][1], MIX[0][2]()];
}

const WARM_UP_MINUTES = 5;

const quantile = (sorted, q) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;

async function main() {
  await signIn();
  await learnOffers();
  const pid = platformPid();
  console.log(
    `soak: ${rate} req/s for ${minutes} min against ${base.origin}; platform pid ${pid ?? 'not found (RSS not measured)'}`,
  );
  const rows = [];
  const errorStatuses = {};
  let minute = { latencies: [], errors: 0, byKind: {} };
  const started = Date.now();
  let due = started;
  const interval = 1000 / rate;
  const inFlight = new Set();
  let nextMinute = started + 60_000;
  while (Date.now() < started + minutes * 60_000) {
    if (Date.now() - tokenAt > 10 * 60_000) await signIn(); // access tokens last 15 minutes
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
    const scheduled = due;
    due += interval;
    const [kind, pending] = next();
    const current = minute;
    const p = pending.then(({ status }) => {
      current.latencies.push(performance.timeOrigin + performance.now() - scheduled);
      const ok = status >= 200 && status < 400;
      if (!ok) {
        current.errors++;
        errorStatuses[status] = (errorStatuses[status] ?? 0) + 1;
      }
      current.byKind[kind] = (current.byKind[kind] ?? 0) + 1;
    });
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    if (Date.now() >= nextMinute) {
      nextMinute += 60_000;
      const sorted = minute.latencies.sort((a, b) => a - b);
      const row = {
        minute: rows.length + 1,
        answers: sorted.length,
        errors: minute.errors,
        p50: quantile(sorted, 0.5),
        p95: quantile(sorted, 0.95),
        rssMiB: pid ? rssMiB(pid) : undefined,
      };
      rows.push(row);
      console.log(
        `minute ${String(row.minute).padStart(2)}: ${row.answers} answers, ${row.errors} errors, p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, RSS ${row.rssMiB?.toFixed(0) ?? '?'} MiB`,
      );
      minute = { latencies: [], errors: 0, byKind: {} };
    }
  }
  await Promise.all(inFlight);
  const median = (values) => {
    const known = values.filter((v) => v !== undefined).sort((a, b) => a - b);
    return known.length ? known[Math.floor(known.length / 2)] : undefined;
  };
  const first = median(rows.slice(WARM_UP_MINUTES, WARM_UP_MINUTES + 5).map((r) => r.rssMiB));
  const last = median(rows.slice(-5).map((r) => r.rssMiB));
  const growth =
    first && last && rows.length >= WARM_UP_MINUTES + 10 ? (last - first) / first : undefined;
  const errors = rows.reduce((n, r) => n + r.errors, 0);
  console.log(
    `soak done: ${rows.reduce((n, r) => n + r.answers, 0)} answers, ${errors} errors (${JSON.stringify(errorStatuses)}); RSS median ${first?.toFixed(0)} MiB in minutes 6–10 → ${last?.toFixed(0)} MiB in the last 5: ${growth === undefined ? '? (run at least 15 minutes)' : `${(growth * 100).toFixed(1)} %`}`,
  );
  if (record) await writeRecord({ rows, growth, errors, first, last, errorStatuses });
  agent.destroy();
}

async function writeRecord({ rows, growth, errors, first, last, errorStatuses }) {
  const cpus = os.cpus();
  const result = {
    date: new Date().toISOString(),
    target: base.origin,
    rate,
    minutes,
    machine: { cpu: cpus[0]?.model, cores: cpus.length, node: process.version },
    mix: Object.fromEntries(MIX.map(([w, name]) => [name, w])),
    errors,
    errorStatuses,
    rssMedianMinutes6to10MiB: first,
    rssMedianLast5MiB: last,
    rssGrowth: growth,
    rows,
  };
  await mkdir(path.join(ROOT, 'bench', 'results'), { recursive: true });
  await writeFile(
    path.join(ROOT, 'bench', 'results', 'soak.json'),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  const table = [
    '| minute | answers | errors | p50 ms | p95 ms | RSS MiB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.minute} | ${r.answers} | ${r.errors} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.rssMiB?.toFixed(0) ?? '?'} |`,
    ),
  ].join('\n');
  const section = [
    '<!-- soak:begin — generated by `npm run soak -- --record`; edits here are overwritten -->',
    '',
    `_Generated ${result.date.slice(0, 16).replace('T', ' ')} UTC: ${rate} req/s for ${minutes} minutes against \`npm start\` (demo catalogue), ${cpus.length} cores, Node ${process.version}._`,
    '',
    `- Memory: RSS of the platform process (API, worker and their search indexes; PostgreSQL apart), median ${first?.toFixed(0)} MiB in minutes 6–10 (after 5 minutes of warm-up) and ${last?.toFixed(0)} MiB in the last 5 minutes: **${growth === undefined ? '?' : `${(growth * 100).toFixed(1)} %`}** growth (goal < 5 %); peak ${Math.max(...rows.map((r) => r.rssMiB ?? 0)).toFixed(0)} MiB.`,
    `- ${errors} answers outside 2xx/3xx (${JSON.stringify(errorStatuses)}). Mix (weights): ${MIX.map(([w, name]) => `${name} ${w}`).join(', ')}.`,
    '',
    table,
    '',
    '<!-- soak:end -->',
  ].join('\n');
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const existing = await readFile(file, 'utf8');
  const begin = existing.indexOf('<!-- soak:begin');
  const end = existing.indexOf('<!-- soak:end -->');
  const updated =
    begin >= 0 && end > begin
      ? existing.slice(0, begin) + section + existing.slice(end + '<!-- soak:end -->'.length)
      : `${existing.trimEnd()}\n\n## Soak — \`npm run soak\`\n\n${section}\n`;
  await writeFile(file, updated);
}

main().catch((error) => {
  console.error(`soak: ${error.message}`);
  process.exit(1);
});
