import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, startNode, type Running } from '../../support/spawn-node';

// The browser suites run against the real thing a newcomer gets from `npm start`:
// dist/apps/platform (embedded PostgreSQL, migrations, demo catalogue, worker, API),
// one fresh copy per test file, in a temporary DATA_DIR.
const LAUNCHER = 'dist/apps/platform/src/main.js';
export const RESULTS_DIR = path.join(ROOT, 'test-results');
const ORPHAN_GUARD = path.join(__dirname, 'orphan-guard.cjs');

export interface Platform {
  /** `http://127.0.0.1:<port>`, also the platform's PUBLIC_URL (so e-mailed links point here). */
  readonly baseUrl: string;
  readonly dataDir: string;
  /** Where the platform writes e-mails as .eml files (no SMTP_URL). */
  readonly mailDir: string;
  /** Absolute URL of a path on the platform. */
  url(pathAndQuery: string): string;
  /** Everything the platform printed so far (also in test-results/<label>.platform.log). */
  output(): string;
  /** Stops the platform and its PostgreSQL, then deletes the data folder. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartPlatformOptions {
  /** Names the log file test-results/<label>.platform.log; defaults to the test file's name. */
  readonly label?: string;
  /** Extra or overriding environment variables for the platform. */
  readonly env?: Record<string, string>;
  readonly readyTimeoutMs?: number;
}

/**
 * Starts `node dist/apps/platform/src/main.js` (build first: `npm run test:browser` does)
 * with NODE_ENV=development, so the demo catalogue and its three accounts are seeded,
 * and resolves once /health/ready answers 200. On any failure it cleans up before throwing.
 */
export async function startPlatform(options: StartPlatformOptions = {}): Promise<Platform> {
  if (!existsSync(path.join(ROOT, LAUNCHER)))
    throw new Error(`${LAUNCHER} is missing: run \`node scripts/build.mjs\` first.`);
  const label = safeName(options.label ?? currentTestFileLabel());
  const dataDir = await mkdtemp(path.join(tmpdir(), 'passerelle-browser-'));
  await chmod(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach it
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  await mkdir(RESULTS_DIR, { recursive: true });
  const logFile = path.join(RESULTS_DIR, `${label}.platform.log`);
  const log = createWriteStream(logFile);

  const running = startNode(LAUNCHER, {
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    // Every page of a test file comes from 127.0.0.1: the production limit (20 a minute)
    // would make a file with a few sign-in journeys fail depending on its speed.
    AUTH_IP_LIMIT_PER_MINUTE: '1000',
    ...options.env,
    // If this test process dies without stop(), the platform stops and cleans up by itself.
    NODE_OPTIONS: `--require "${ORPHAN_GUARD}"`,
    PASSERELLE_BROWSER_TEMP_DATA_DIR: dataDir,
  });
  running.child.stdout?.pipe(log, { end: false });
  running.child.stderr?.pipe(log, { end: false });

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await shutDown(running, dataDir);
      await closeLog(log);
      await rm(dataDir, { recursive: true, force: true });
    })());

  try {
    await waitUntilReady(baseUrl, running, options.readyTimeoutMs ?? 90_000);
  } catch (error) {
    await stop();
    if (error instanceof Error) error.message += `\n(full log: ${path.relative(ROOT, logFile)})`;
    throw error;
  }
  return {
    baseUrl,
    dataDir,
    mailDir: path.join(dataDir, 'mail'),
    url: (p) => new URL(p, baseUrl).toString(),
    output: running.output,
    stop,
  };
}

/**
 * Starts one platform for the enclosing describe block (or file) and stops it afterwards,
 * whatever happened. The returned object is filled in before the first test runs.
 */
export function usePlatform(options: StartPlatformOptions = {}): Platform {
  let platform: Platform | undefined;
  const get = (): Platform => {
    if (!platform) throw new Error('the platform is not started yet (use it inside a test)');
    return platform;
  };
  beforeAll(async () => {
    platform = await startPlatform(options);
  }, 120_000);
  afterAll(async () => {
    await platform?.stop();
  }, 60_000);
  return {
    get baseUrl() {
      return get().baseUrl;
    },
    get dataDir() {
      return get().dataDir;
    },
    get mailDir() {
      return get().mailDir;
    },
    url: (p) => get().url(p),
    output: () => get().output(),
    stop: () => get().stop(),
  };
}

async function waitUntilReady(baseUrl: string, running: Running, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void running.exited().then((code) => (exitCode = code));
  for (;;) {
    if (exitCode !== undefined)
      throw new Error(
        `the platform exited (code ${exitCode}) before it was ready:\n${tail(running)}`,
      );
    const status = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2000) })
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) return;
    if (Date.now() > deadline)
      throw new Error(`the platform was not ready within ${timeoutMs} ms:\n${tail(running)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** SIGTERM (the platform stops API, worker and PostgreSQL itself), then force. */
async function shutDown(running: Running, dataDir: string) {
  const { child } = running;
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const exited = await Promise.race([
      running.exited().then(() => true),
      new Promise<false>((r) => (timer = setTimeout(() => r(false), 25_000))),
    ]);
    clearTimeout(timer);
    if (!exited) {
      child.kill('SIGKILL');
      await running.exited();
    }
  }
  // A platform killed hard leaves its PostgreSQL running: stop that one too.
  const pid = await postmasterPid(dataDir);
  if (pid && alive(pid)) {
    process.kill(pid, 'SIGINT'); // fast shutdown
    const deadline = Date.now() + 10_000;
    while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
}

async function postmasterPid(dataDir: string): Promise<number | undefined> {
  const text = await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  return pid > 0 ? pid : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function closeLog(log: WriteStream): Promise<void> {
  return new Promise((resolve) => log.end(resolve));
}

/** The error lines and the last few lines of the platform's output (the rest is in the log file). */
function tail(running: Running): string {
  const lines = running.output().trimEnd().split('\n');
  const errors = lines.filter((l) => /"level":"(error|fatal)"/.test(l)).slice(0, 5);
  const last = lines.slice(-10).filter((l) => !errors.includes(l));
  return [...errors, '…', ...last]
    .map((l) => (l.length > 2000 ? `${l.slice(0, 2000)}…` : l))
    .join('\n');
}

function currentTestFileLabel(): string {
  const testPath = expect.getState().testPath;
  return testPath ? path.basename(testPath).replace(/\.browser-spec\.ts$/, '') : 'platform';
}

export function safeName(name: string): string {
  return name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed';
}
