// `node bench/analytics/record-view.mjs [iterations]` (after `node scripts/build.mjs`): what
// counting one offer view costs in the request path, the old way (an UPDATE of the offer row
// per view) beside the new one (OfferStatsRecorder.view: a Map update; the sums are written
// later, one upsert per offer, week and metric). Runs on its own embedded PostgreSQL.
import { createRequire } from 'node:module';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const database = require(path.join(root, 'dist/libs/database/src/index.js'));
const { OfferStatsRecorder } = require(
  path.join(root, 'dist/libs/analytics/src/offer-stats-recorder.js'),
);
const { OfferStatsRepository } = require(
  path.join(root, 'dist/libs/analytics/src/offer-stats.repository.js'),
);

const ITERATIONS = Number(process.argv[2] ?? 5000);
const OFFERS = 100;

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
function summary(label, samplesNs) {
  const sorted = [...samplesNs].sort((a, b) => a - b);
  const total = samplesNs.reduce((a, b) => a + b, 0);
  const us = (ns) => (ns / 1000).toFixed(2);
  return {
    label,
    n: samplesNs.length,
    meanUs: us(total / samplesNs.length),
    p50Us: us(quantile(sorted, 0.5)),
    p95Us: us(quantile(sorted, 0.95)),
    p99Us: us(quantile(sorted, 0.99)),
  };
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'passerelle-bench-analytics-'));
await chmod(dataDir, 0o755);
const server = await database.startEmbeddedDatabase({ dataDir, persistent: false });
try {
  await database.ensureDatabase(server.adminUrl, 'bench_analytics');
  const url = server.urlFor('bench_analytics');
  await database.runPendingMigrations(url);
  const db = database.createDataSource({ url, poolSize: 4, applicationName: 'bench-analytics' });
  await db.initialize();
  const [org] = await db.query(
    `INSERT INTO organisations (name, slug) VALUES ('Bench', 'bench') RETURNING id`,
  );
  const ids = (
    await db.query(
      `INSERT INTO offers (organisation_id, slug, state, content, category_code)
       SELECT $1, 'offre-' || g, 'published', '{"translations":{"fr":{"title":"Offre"}}}', 'grant'
         FROM generate_series(1, $2) g RETURNING id`,
      [org.id, OFFERS],
    )
  ).map((r) => r.id);

  // Warm up both paths (JIT, connection, plans).
  for (let i = 0; i < 200; i++)
    await db.query(`UPDATE offers SET view_count = view_count + 1 WHERE id = $1`, [
      ids[i % OFFERS],
    ]);
  const recorder = new OfferStatsRecorder(new OfferStatsRepository(db));
  for (let i = 0; i < 200; i++) recorder.view(ids[i % OFFERS]);
  await recorder.flush();

  // Old: one UPDATE per view (awaited here to time it; the old code fired it without waiting,
  // but it still held a pooled connection and wrote a new row version per view).
  const oldNs = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const start = process.hrtime.bigint();
    await db.query(`UPDATE offers SET view_count = view_count + 1 WHERE id = $1`, [
      ids[i % OFFERS],
    ]);
    oldNs.push(Number(process.hrtime.bigint() - start));
  }

  // New: the call the page makes.
  const newNs = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const start = process.hrtime.bigint();
    recorder.view(ids[i % OFFERS]);
    newNs.push(Number(process.hrtime.bigint() - start));
  }
  // …and the write that replaces ITERATIONS updates, off the request path.
  const flushStart = process.hrtime.bigint();
  await recorder.flush();
  const flushMs = Number(process.hrtime.bigint() - flushStart) / 1e6;
  const [check] = await db.query(
    `SELECT sum(count)::int AS n FROM offer_weekly_stats WHERE metric = 'view'`,
  );

  const result = {
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
    iterations: ITERATIONS,
    offers: OFFERS,
    old: summary('UPDATE offers SET view_count = view_count + 1 (per view)', oldNs),
    new: summary('OfferStatsRecorder.view (per view, in memory)', newNs),
    flush: { rows: OFFERS, ms: flushMs.toFixed(2), viewsWritten: check.n - 200 },
    oldTotalMs: (oldNs.reduce((a, b) => a + b, 0) / 1e6).toFixed(1),
  };
  console.log(JSON.stringify(result, null, 2));
  await db.destroy();
} finally {
  await server.stop?.();
  await rm(dataDir, { recursive: true, force: true });
}
