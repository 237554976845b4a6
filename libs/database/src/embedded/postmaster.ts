import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A postmaster this process started (our child, so we learn at once when it exits). */
export interface RunningPostmaster {
  readonly pid: number;
  /** Settles when the process has exited, for whatever reason. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Fast shutdown (SIGINT: roll back, checkpoint), immediate (SIGQUIT) if that hangs. */
  stop(): Promise<void>;
}

export interface PostmasterCommand {
  readonly postgres: string;
  readonly clusterDir: string;
  readonly args: readonly string[];
  readonly uid?: number;
  readonly gid?: number;
  readonly env: NodeJS.ProcessEnv;
}

const READY_TIMEOUT_MS = 60_000;
const POLL_MS = 50;
const FAST_SHUTDOWN_GRACE_MS = 30_000;

/**
 * Starts `postgres` as our own child rather than through `pg_ctl start`, which leaves it to
 * PID 1: a killed postmaster stays a zombie until its parent reaps it, PostgreSQL refuses to
 * start while the pid in postmaster.pid exists, and not every PID 1 reaps promptly (measured:
 * ~1.6 s here; never in a container without an init). It still runs in its own session, so
 * Ctrl-C reaches the launcher first. Resolves once it accepts connections.
 */
export async function startPostmaster(command: PostmasterCommand): Promise<RunningPostmaster> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const started = await spawnUntilReady(command, deadline);
    if ('running' in started) return started.running;
    // The previous postmaster, just killed, is still a zombie: try again once it is reaped.
    const holder = await postmasterPid(command.clusterDir);
    const lockHeldByTheDead =
      /lock file "postmaster.pid" already exists/.test(started.log) &&
      holder !== undefined &&
      !processAlive(holder);
    if (!lockHeldByTheDead || Date.now() > deadline)
      throw new Error(started.log || 'the server exited before accepting connections');
    await sleep(250);
  }
}

async function spawnUntilReady(
  command: PostmasterCommand,
  deadline: number,
): Promise<{ running: RunningPostmaster } | { log: string }> {
  const serverLog = path.join(command.clusterDir, 'server.log');
  const logStart = await fileSize(serverLog);
  const child = spawnLoggingTo(serverLog, command);
  child.unref();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: null, signal: null }));
  });
  let done = false;
  void exited.then(() => (done = true));
  const pid = child.pid ?? -1;
  const stop = async () => {
    if (done) return;
    child.kill('SIGINT');
    const escalate = setTimeout(() => child.kill('SIGQUIT'), FAST_SHUTDOWN_GRACE_MS);
    await exited;
    clearTimeout(escalate);
  };
  while (!done) {
    if (await isReady(command.clusterDir, pid)) return { running: { pid, exited, stop } };
    if (Date.now() > deadline) {
      await stop();
      break;
    }
    await sleep(POLL_MS);
  }
  return { log: await readFrom(serverLog, logStart) };
}

/** The server writes its log through a descriptor of ours (as root, it runs as `postgres`). */
function spawnLoggingTo(serverLog: string, command: PostmasterCommand): ChildProcess {
  const logFd = openSync(serverLog, 'a');
  try {
    return spawn(command.postgres, ['-D', command.clusterDir, ...command.args], {
      uid: command.uid,
      gid: command.gid,
      detached: true,
      stdio: ['ignore', logFd, logFd],
      env: command.env,
    });
  } finally {
    closeSync(logFd);
  }
}

/** postmaster.pid names this process and its status line (8th) says "ready". */
async function isReady(clusterDir: string, pid: number): Promise<boolean> {
  const lines = (
    await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '')
  ).split('\n');
  return Number(lines[0]) === pid && lines[7]?.trim() === 'ready';
}

/** The pid in `<clusterDir>/postmaster.pid`, alive or not; undefined without the file. */
export async function postmasterPid(clusterDir: string): Promise<number | undefined> {
  const text = await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Whether a process runs. An orphan that died stays a zombie until PID 1 reaps it, and
 * `kill(pid, 0)` still finds a zombie: on Linux a zombie counts as gone.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  if (process.platform !== 'linux') return false;
  try {
    // "pid (command) state …": the command may hold spaces and parentheses; the state follows the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const end = stat.lastIndexOf(')');
    return stat.slice(end + 2, end + 3) === 'Z';
  } catch {
    return false;
  }
}

/** The last `lines` lines of a file, reading at most its last 4 KiB. */
export async function tail(file: string, lines: number): Promise<string[]> {
  const size = await fileSize(file);
  const text = await readFrom(file, Math.max(0, size - 4096));
  return text ? text.split('\n').slice(-lines) : [];
}

async function readFrom(file: string, start: number): Promise<string> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return '';
  try {
    const { size } = await handle.stat();
    const length = Math.max(0, Math.min(size - start, 16_384));
    const { buffer } = await handle.read(Buffer.alloc(length), 0, length, start);
    return buffer.toString('utf8').trimEnd();
  } finally {
    await handle.close();
  }
}

async function fileSize(file: string): Promise<number> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return 0;
  try {
    return (await handle.stat()).size;
  } finally {
    await handle.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
