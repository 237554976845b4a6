import path from 'node:path';
import { tail, type RunningPostmaster } from './postmaster';

export interface SupervisedPostmasterOptions {
  readonly clusterDir: string;
  /** Starts a postmaster and resolves once it accepts connections. */
  readonly start: () => Promise<RunningPostmaster>;
  /** Start it again when it dies (false: one start, no restart). */
  readonly supervise: boolean;
  /** The server died, came back, or cannot come back yet: for the log, as a warning. */
  readonly onIncident: (message: string, details: Record<string, unknown>) => void;
}

const RETRY_DELAY_MS = 500;

/**
 * The embedded PostgreSQL, started again when its postmaster dies (killed, out of memory,
 * crashed) while this process lives. The API and the worker need no restart: their pools
 * reconnect on the next query, and meanwhile requests answer 503.
 */
export class SupervisedPostmaster {
  private current?: RunningPostmaster;
  private restarting?: Promise<void>;
  private stopping = false;

  constructor(private readonly options: SupervisedPostmasterOptions) {}

  get pid(): number | undefined {
    return this.current?.pid;
  }

  async start(): Promise<void> {
    this.watch(await this.options.start());
  }

  /** No more restarts (the process is exiting and stops the server itself). */
  detach(): void {
    this.stopping = true;
  }

  /** Stops the server, after a restart under way so that the two do not race. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.restarting;
    await this.current?.stop();
  }

  private watch(postmaster: RunningPostmaster): void {
    this.current = postmaster;
    if (!this.options.supervise) return;
    void postmaster.exited.then((exit) => {
      if (this.stopping || postmaster !== this.current) return;
      this.restarting = this.restart(postmaster.pid, exit).finally(
        () => (this.restarting = undefined),
      );
    });
  }

  private async restart(pid: number, exit: Awaited<RunningPostmaster['exited']>): Promise<void> {
    const since = Date.now();
    this.options.onIncident('embedded PostgreSQL stopped unexpectedly: restarting it', {
      pid,
      exitCode: exit.code,
      signal: exit.signal,
      // A crash or a PANIC says why here; SIGKILL (the OOM killer, kill -9) leaves no line.
      lastServerLog: await tail(path.join(this.options.clusterDir, 'server.log'), 5),
    });
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        this.watch(await this.options.start());
        this.options.onIncident('embedded PostgreSQL restarted', {
          pid: this.current?.pid,
          ms: Date.now() - since,
          attempts: attempt,
        });
        return;
      } catch (error) {
        if (attempt === 1 || attempt % 10 === 0) {
          this.options.onIncident('embedded PostgreSQL did not restart yet: retrying', {
            attempt,
            error: error instanceof Error ? error.message : String(error),
          });
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
      }
    }
  }
}
