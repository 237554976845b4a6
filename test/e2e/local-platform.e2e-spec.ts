import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventually } from '../support/eventually';
import { platformSql, postmasterPid, processGone } from '../support/platform-data';
import { runNode, startNode, type Running } from '../support/spawn-node';

// `npm start` as a newcomer runs it: embedded PostgreSQL under DATA_DIR, API and worker.
const LAUNCHER = 'dist/apps/platform/src/main.js';
// Each case runs initdb, migrations and the demo seed more than once: on a loaded 2-core CI
// machine that takes longer than Jest's default 30 s.
const SLOW = 90_000;

describe('local platform launcher (npm start)', () => {
  let dataDir: string;
  const running: Running[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'passerelle-start-'));
    await chmod(dataDir, 0o755);
  });
  afterAll(async () => {
    for (const r of running) r.child.kill('SIGKILL');
    const pid = await postmasterPid(dataDir);
    if (pid && !processGone(pid)) process.kill(pid, 'SIGINT');
    await rm(dataDir, { recursive: true, force: true });
  });

  const env = () => ({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' });
  const start = (extra: Record<string, string> = {}) => {
    const r = startNode(LAUNCHER, { ...env(), ...extra });
    running.push(r);
    return r;
  };
  const baseUrl = async (r: Running) => (await r.waitFor(/running at (http:\/\/\S+)/))[1];
  const cluster = () => path.join(dataDir, 'pg');
  const sql = (query: string) => platformSql(dataDir, query);

  it(
    'starts, refuses a second copy, stops cleanly and keeps the data',
    async () => {
      const first = start();
      const url = await baseUrl(first);
      const ready = await fetch(`${url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(first.output()).toContain('migrations applied');
      await sql(
        'CREATE TABLE kept_marker (note text); INSERT INTO kept_marker VALUES ($$Sénégal — السنغال$$)',
      );

      const second = await runNode(LAUNCHER, env());
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/already running .* \(process \d+\)/);

      first.child.kill('SIGTERM');
      expect(await first.exited()).toBe(0);
      expect(existsSync(path.join(cluster(), 'postmaster.pid'))).toBe(false); // the server stopped too
      expect(existsSync(path.join(dataDir, 'passerelle.lock'))).toBe(false);

      const again = start();
      await baseUrl(again);
      expect(again.output()).toContain('database schema up to date');
      expect(await sql('SELECT note FROM kept_marker')).toEqual([{ note: 'Sénégal — السنغال' }]);
      again.child.kill('SIGINT');
      expect(await again.exited()).toBe(0);
    },
    SLOW,
  );

  it(
    'killed with SIGKILL, leaves no PostgreSQL behind, and the next start takes the stale lock over',
    async () => {
      const killed = start();
      await baseUrl(killed);
      const server = await postmasterPid(dataDir);
      expect(server).toBeGreaterThan(0);
      killed.child.kill('SIGKILL');
      await killed.exited();
      // Its watchdog stops the server (SIGKILL gives the launcher no chance to).
      await eventually(async () => expect(processGone(server!)).toBe(true), 30_000);
      expect(existsSync(path.join(cluster(), 'postmaster.pid'))).toBe(false);
      expect(existsSync(path.join(dataDir, 'passerelle.lock'))).toBe(true);

      const next = start({ METRICS_PORT: '0' });
      const url = await baseUrl(next);
      expect((await fetch(`${url}/health/ready`)).status).toBe(200);
      expect(await postmasterPid(dataDir)).not.toBe(server);

      // API and worker share this process, one metrics server and one registry: both pools
      // are there, and every series is declared once.
      const metricsUrl = (await next.waitFor(/"metricsUrl":"(http:[^"]+)"/))[1];
      const metrics = await (await fetch(metricsUrl)).text();
      expect(metrics).toContain('passerelle_db_pool_connections{pool="api"');
      expect(metrics).toContain('passerelle_db_pool_connections{pool="worker"');
      const declared = [...metrics.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]);
      expect(declared.length).toBeGreaterThan(20);
      expect(new Set(declared).size).toBe(declared.length);
      expect((await fetch(`${url}/metrics`)).status).toBe(404);
      next.child.kill('SIGTERM');
      expect(await next.exited()).toBe(0);
    },
    SLOW,
  );
});
