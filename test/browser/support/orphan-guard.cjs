// Preloaded (NODE_OPTIONS=--require) into each platform the browser tests start.
// The platform's stdin is a pipe from the test process. If that process goes away without
// stopping the platform (Ctrl-C, a CI time-out, SIGKILL), the pipe ends: the platform then
// stops itself as on Ctrl-C (API, worker, then its PostgreSQL), and removes its temporary
// DATA_DIR on the way out. Nothing happens while the test process is alive.
const { rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const dataDir = process.env.PASSERELLE_BROWSER_TEMP_DATA_DIR;
// For this process only: a Node process the platform might start must not inherit the guard.
delete process.env.PASSERELLE_BROWSER_TEMP_DATA_DIR;
delete process.env.NODE_OPTIONS;

process.stdin.on('error', () => undefined);
process.stdin.on('end', () => {
  // Nobody reads our output any more: writing to it must not crash the shutdown.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  // Registered now, so after the embedded database's own 'exit' hook, which stops PostgreSQL
  // if the platform exits before closing it: the folder goes only once the server is down.
  process.once('exit', () => {
    const temporary =
      dataDir && dataDir === process.env.DATA_DIR && path.dirname(dataDir) === tmpdir();
    if (temporary) rmSync(dataDir, { recursive: true, force: true });
  });
  process.kill(process.pid, 'SIGTERM');
});
process.stdin.resume();
