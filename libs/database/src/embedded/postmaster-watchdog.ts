import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';

/**
 * The watchdog's program, plain JavaScript run by `node -e` (the same from dist/ and from the
 * TypeScript sources under Jest). Its stdin is a pipe from the launcher, which nobody else
 * holds: end of input means the launcher is gone, even SIGKILLed. It then asks the postmaster
 * for a fast shutdown (SIGINT: roll back, checkpoint), escalates to SIGQUIT (immediate) if
 * that hangs, and exits. On a normal exit the launcher has already stopped the server, and
 * the watchdog finds nothing to do.
 */
const WATCHDOG = `
process.title = 'passerelle-postgres-watchdog';
const fs = require('node:fs');
const path = require('node:path');
const [clusterDir, removeCluster] = JSON.parse(process.argv[1]);
const alive = (pid) => {
  try { process.kill(pid, 0); return true; } catch (error) { return error.code === 'EPERM'; }
};
const postmaster = () => {
  try {
    const pid = Number(fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\\n')[0]);
    return pid > 0 && alive(pid) ? pid : 0;
  } catch { return 0; }
};
const stopServer = () => {
  const started = Date.now();
  let signalled = 0;
  let quit = false;
  const tick = () => {
    const pid = postmaster();
    if (!pid) {
      if (removeCluster) fs.rmSync(clusterDir, { recursive: true, force: true });
      process.exit(0);
    }
    try {
      if (pid !== signalled) { process.kill(pid, 'SIGINT'); signalled = pid; }
      else if (!quit && Date.now() - started > 10000) { process.kill(pid, 'SIGQUIT'); quit = true; }
    } catch {}
    if (Date.now() - started > 20000) process.exit(1);
    setTimeout(tick, 100);
  };
  tick();
};
process.stdin.on('end', stopServer);
process.stdin.on('error', stopServer);
process.stdin.resume();
`;

export interface PostmasterWatchdog {
  /** The launcher stops the server itself: the watchdog goes first. */
  stop(): void;
}

/** Starts a watchdog that stops the server in `clusterDir` if this process dies without doing so. */
export function startPostmasterWatchdog(options: {
  readonly clusterDir: string;
  /** Also delete the cluster (throw-away test clusters). */
  readonly removeCluster: boolean;
}): PostmasterWatchdog {
  const child = spawn(
    process.execPath,
    ['-e', WATCHDOG, JSON.stringify([options.clusterDir, options.removeCluster])],
    {
      // Its own session: Ctrl-C in the terminal reaches the launcher, which stops in order.
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore'],
      env: {}, // nothing inherited: no NODE_OPTIONS preloads in a process that must stay tiny
    },
  );
  child.on('error', () => undefined); // without a watchdog, the exit hook still stops the server
  const stdin = child.stdin as Writable & { unref?: () => void };
  stdin.on('error', () => undefined);
  // Neither the child nor the pipe keeps this process alive.
  child.unref();
  stdin.unref?.();
  return {
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
