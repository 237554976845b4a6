/**
 * `npm start` (dist/apps/platform) under the two accidents of issue 12, on its own embedded
 * PostgreSQL in a temporary DATA_DIR (never the server the other test files share):
 * - SIGTERM while the demo catalogue's indexing jobs run: API, worker and database stop,
 *   nothing is left running;
 * - the postmaster killed (SIGKILL) while writes go through the API: every request answers
 *   2xx or 503, never 500; every acknowledged write is there afterwards; the launcher starts
 *   the database again by itself and the API and the worker carry on without a restart.
 * Durations are recorded, not asserted (bounds are generous): RESILIENCE_FIGURES=1 prints them.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventually } from '../support/eventually';
import { offerContent } from '../support/factories';
import { platformSql, postmasterPid, processGone } from '../support/platform-data';
import { startNode, type Running } from '../support/spawn-node';

const LAUNCHER = 'dist/apps/platform/src/main.js';
// initdb, migrations and the demo seed on a loaded 2-core machine.
const SLOW = 180_000;
const DEMO_PASSWORD = 'Passerelle-demo-2026';
const figures: Record<string, unknown> = {};

type Json = Record<string, unknown>;

describe('the platform under accidents (npm start)', () => {
  let dataDir: string;
  const running: Running[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'passerelle-resilience-'));
    await chmod(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach it
  });
  afterAll(async () => {
    if (process.env.RESILIENCE_FIGURES) {
      process.stdout.write(`platform-resilience figures: ${JSON.stringify(figures)}\n`);
    }
    for (const r of running) r.child.kill('SIGKILL');
    const pid = await postmasterPid(dataDir);
    if (pid && !processGone(pid)) process.kill(pid, 'SIGINT');
    await rm(dataDir, { recursive: true, force: true });
  });

  const start = () => {
    const r = startNode(LAUNCHER, {
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'info',
      // It polls the search API every 100 ms while the worker recovers: more than an
      // anonymous caller's default allowance.
      PUBLIC_API_ANONYMOUS_LIMIT_PER_MINUTE: '100000',
    });
    running.push(r);
    return r;
  };
  const baseUrl = async (r: Running) =>
    (await r.waitFor(/running at (http:\/\/\S+)/, SLOW))[1].replace('localhost', '127.0.0.1');
  const within = <T>(promise: Promise<T>, ms: number, what: string) => {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
      promise.finally(() => clearTimeout(timer)),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
      }),
    ]);
  };

  it(
    'SIGTERM with indexing jobs under way stops API, worker and database, leaving nothing behind',
    async () => {
      const platform = start();
      await baseUrl(platform);
      // The fresh demo catalogue's indexing jobs start with the worker: stop while they run.
      let active = 0;
      const lookUntil = Date.now() + 5_000;
      while (active === 0 && Date.now() < lookUntil) {
        const [row] = await platformSql<{ n: number }>(
          dataDir,
          "SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'active'",
        );
        active = row.n;
        if (active === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const server = await postmasterPid(dataDir);
      const sent = Date.now();
      platform.child.kill('SIGTERM');
      expect(await within(platform.exited(), 15_000, 'stopping')).toBe(0);
      figures.sigtermToExitMs = Date.now() - sent;
      figures.jobsActiveAtSigterm = active;

      expect(processGone(server!)).toBe(true);
      expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
      expect(existsSync(path.join(dataDir, 'passerelle.lock'))).toBe(false);
      expect(platform.output()).toMatch(/"msg":"stopped"/);
    },
    SLOW,
  );

  it(
    'the postmaster killed under writes: 2xx or 503 only, no acknowledged write lost, back by itself',
    async () => {
      const platform = start();
      const url = await baseUrl(platform);
      const owner = await signIn(url, 'organisation@passerelle.demo');
      const admin = await signIn(url, 'admin@passerelle.demo');
      const organisations = (await call(url, 'GET', '/api/v1/organisations/mine', owner))
        .body as unknown as Array<{ id: string; name: string }>;
      const organisationId = organisations.find(
        (o) => o.name === 'Incubateur Pont-Neuf Diaspora',
      )!.id;
      const offers = `/api/v1/organisations/${organisationId}/offers`;

      // Writers create draft offers one after another until told to stop.
      const statuses: Record<number, number> = {};
      const unexpected: string[] = [];
      const acknowledged: string[] = [];
      let stop = false;
      let written = 0;
      const writer = async () => {
        while (!stop) {
          const res = await call(url, 'POST', offers, owner, draft(`Offre écrite ${written++}`));
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (res.status === 201) acknowledged.push(res.body.id as string);
          else if ((res.status !== 503 || res.retryAfter !== '5') && unexpected.length < 5)
            unexpected.push(
              `${res.status} (Retry-After ${res.retryAfter}) ${JSON.stringify(res.body)}`,
            );
        }
      };
      const writers = [writer(), writer(), writer()];
      const acknowledgedAtLeast = (n: number) =>
        eventually(async () => expect(acknowledged.length).toBeGreaterThanOrEqual(n), 60_000);

      await acknowledgedAtLeast(10);
      const killed = (await postmasterPid(dataDir))!;
      process.kill(killed, 'SIGKILL');
      const killedAt = Date.now();
      const restarted = await platform.waitFor(
        /"ms":(\d+),"attempts":\d+\},"msg":"embedded PostgreSQL restarted"/,
        60_000,
      );
      figures.restartSeenAfterKillMs = Date.now() - killedAt;
      figures.supervisorRestartMs = Number(restarted[1]);
      await eventually(async () => {
        expect((await fetch(`${url}/health/ready`)).status).toBe(200);
      }, 30_000);
      figures.readyAfterKillMs = Date.now() - killedAt;
      await acknowledgedAtLeast(acknowledged.length + 10);
      stop = true;
      await Promise.all(writers);
      figures.writeStatuses = statuses;

      expect(unexpected).toEqual([]);
      expect(Object.keys(statuses).sort()).toEqual(['201', '503']);
      const found = await platformSql<{ id: string }>(
        dataDir,
        'SELECT id::text FROM offers WHERE id = ANY($1::uuid[])',
        [acknowledged],
      );
      expect(found.map((r) => r.id).sort()).toEqual([...acknowledged].sort());

      // The launcher said why and did it by itself; the process never stopped.
      expect(platform.output()).toMatch(
        /"signal":"SIGKILL".*"msg":"embedded PostgreSQL stopped unexpectedly: restarting it"/,
      );
      expect(await postmasterPid(dataDir)).not.toBe(killed);
      expect(platform.child.exitCode).toBeNull();

      // The worker is back too: an offer published now reaches search through its job.
      const word = randomLetters(10);
      const created = await call(url, 'POST', offers, owner, draft(`Programme ${word}`));
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      expect((await call(url, 'POST', `${offers}/${id}/submit`, owner)).status).toBe(200);
      const decision = await call(url, 'POST', `/api/v1/admin/offers/${id}/decision`, admin, {
        decision: 'publish',
      });
      expect(decision.status).toBe(200);
      await eventually(async () => {
        const found = await call(url, 'GET', `/api/v1/search?q=${word}`);
        expect(found.body.total).toBe(1);
      }, 60_000);

      platform.child.kill('SIGTERM');
      expect(await within(platform.exited(), 15_000, 'stopping')).toBe(0);
    },
    SLOW,
  );
});

interface Account {
  readonly token: string;
}

async function signIn(url: string, email: string): Promise<Account> {
  const res = await call(url, 'POST', '/api/v1/auth/sign-in', undefined, {
    email,
    password: DEMO_PASSWORD,
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return { token: res.body.accessToken as string };
}

async function call(
  url: string,
  method: 'GET' | 'POST',
  route: string,
  who?: Account,
  body?: Json,
): Promise<{ status: number; body: Json; retryAfter: string | null }> {
  const res = await fetch(`${url}${route}`, {
    method,
    headers: {
      ...(who ? { authorization: `Bearer ${who.token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? (JSON.parse(text) as Json) : {},
    retryAfter: res.headers.get('retry-after'),
  };
}

function draft(title: string): Json {
  const { fr } = offerContent().translations as { fr: Json };
  return offerContent({ translations: { fr: { ...fr, title } } });
}

function randomLetters(n: number): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return [...randomBytes(n)].map((b) => letters[b % letters.length]).join('');
}
