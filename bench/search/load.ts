/**
 * Load generation (loopback only) and what the machine does meanwhile.
 *
 * - `closedLoop`: autocannon, N connections each sending its next request when the last
 *   answer arrives — for the maximum throughput, and autocannon's own `overallRate` mode.
 * - `timedGet`: one request, for the one-at-a-time loops (main.ts interleaves the targets).
 * - `openLoop`: requests sent on a fixed schedule (constant arrival rate, as wrk2 or k6's
 *   constant-arrival-rate do), latency counted from the moment each request was *due*, so a
 *   stalled server cannot hide its queue (no coordinated omission). autocannon's
 *   `overallRate` gives every connection a per-second quota that it spends back-to-back at
 *   the start of each second (all connections' one-second timers are aligned), which measures
 *   saturation latency for most of every second rather than latency at a steady 80 % load.
 * - `ProcessSampler`: resident memory of the target, CPU time of target, PostgreSQL and the
 *   load generator over a run, from /proc.
 */
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { Samples, summarise, type Summary } from './stats';

export interface LoadResult {
  readonly connections: number;
  readonly completed: number;
  readonly seconds: number;
  readonly rps: number;
  readonly latency: Summary;
  readonly errors: number;
  readonly non2xx: number;
  /** Open loop only: how late the generator sent requests (its own lag), ms. */
  readonly sendLag?: Summary;
  /** Open loop only: latency from the actual send (what the server alone added), ms. */
  readonly service?: Summary;
  readonly requestedRate?: number;
}

export interface Target {
  readonly host: string;
  readonly port: number;
}

/** autocannon with N connections; paths are taken in turn across all connections. */
export function closedLoop(options: {
  target: Target;
  paths: readonly string[];
  connections: number;
  seconds: number;
  overallRate?: number;
}): Promise<LoadResult> {
  let next = 0;
  const latencies = new Samples();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://${options.target.host}:${options.target.port}`,
        connections: options.connections,
        duration: options.seconds,
        timeout: 60,
        overallRate: options.overallRate,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => ({
              ...request,
              path: options.paths[next++ % options.paths.length],
            }),
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const values = latencies.values();
        resolve({
          connections: options.connections,
          completed: result['2xx'],
          seconds: result.duration,
          rps: result['2xx'] / result.duration,
          latency: summarise(values),
          errors: result.errors,
          non2xx: result.non2xx,
          requestedRate: options.overallRate,
        });
      },
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
}

/** Requests at a constant rate for `seconds`; latency measured from each request's due time. */
export function openLoop(options: {
  target: Target;
  paths: readonly string[];
  rate: number;
  seconds: number;
  maxSockets: number;
}): Promise<LoadResult> {
  const { target, paths, rate, seconds } = options;
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: options.maxSockets,
    maxFreeSockets: options.maxSockets,
  });
  const total = Math.max(1, Math.round(rate * seconds));
  const interval = 1000 / rate;
  const latencies = new Samples();
  const service = new Samples();
  const lag = new Samples();
  let sent = 0;
  let finished = 0;
  let errors = 0;
  let non2xx = 0;
  let lastEnd = 0;
  const start = performance.now() + 20;
  return new Promise((resolve) => {
    const finish = () => {
      finished++;
      if (finished === total) {
        agent.destroy();
        resolve({
          connections: options.maxSockets,
          completed: latencies.length,
          seconds: (lastEnd - start) / 1000,
          rps: latencies.length / ((lastEnd - start) / 1000),
          latency: summarise(latencies.values()),
          service: summarise(service.values()),
          sendLag: summarise(lag.values()),
          errors,
          non2xx,
          requestedRate: rate,
        });
      }
    };
    const fire = (i: number) => {
      const due = start + i * interval;
      const sentAt = performance.now();
      lag.push(sentAt - due);
      const request = http.get(
        { host: target.host, port: target.port, path: paths[i % paths.length], agent },
        (response) => {
          response.resume();
          response.on('end', () => {
            const end = performance.now();
            lastEnd = Math.max(lastEnd, end);
            if (response.statusCode === 200) {
              latencies.push(end - due);
              service.push(end - sentAt);
            } else {
              non2xx++;
            }
            finish();
          });
        },
      );
      request.setTimeout(60_000, () => request.destroy(new Error('timeout')));
      request.on('error', () => {
        errors++;
        lastEnd = Math.max(lastEnd, performance.now());
        finish();
      });
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) fire(sent++);
      if (sent < total) {
        setTimeout(tick, Math.max(0, start + sent * interval - performance.now() - 0.5));
      }
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
}

/** One GET; resolves to the latency in ms, -1 for a non-200 answer, -2 for an error. */
export function timedGet(agent: http.Agent, target: Target, path: string): Promise<number> {
  return new Promise<number>((resolve) => {
    const start = performance.now();
    const request = http.get({ host: target.host, port: target.port, path, agent }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve(response.statusCode === 200 ? performance.now() - start : -1),
      );
    });
    request.setTimeout(60_000, () => request.destroy(new Error('timeout')));
    request.on('error', () => resolve(-2));
  });
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime (clock ticks) and parent pid of a process, or undefined when it is gone. */
function processTicks(pid: number): { ticks: number; ppid: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

function postgresTicks(postmaster: number | undefined): Map<number, number> {
  const out = new Map<number, number>();
  if (!postmaster) return out;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const stat = processTicks(pid);
    if (stat && (pid === postmaster || stat.ppid === postmaster)) out.set(pid, stat.ticks);
  }
  return out;
}

function machineTicks(): { busy: number; total: number } {
  const [line] = readFileSync('/proc/stat', 'utf8').split('\n');
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const total = values.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = values[3] + (values[4] ?? 0);
  return { busy: total - idle, total };
}

export function rssMegabytes(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

/**
 * Processes other than ours that kept a CPU busy over `ms` milliseconds (name and cores), for
 * the report's "what else was running". Names only: other processes' arguments are not ours.
 */
export async function busyProcesses(
  ms: number,
  ours: (pid: number, ppid: number) => boolean,
): Promise<Array<{ name: string; cores: number }>> {
  const snapshot = () => {
    const out = new Map<number, { ticks: number; ppid: number; name: string }>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out.set(Number(entry), {
          name,
          ppid: Number(fields[1]),
          ticks: Number(fields[11]) + Number(fields[12]),
        });
      } catch {
        // gone meanwhile
      }
    }
    return out;
  };
  const before = snapshot();
  const t0 = performance.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = snapshot();
  const seconds = (performance.now() - t0) / 1000;
  const byName = new Map<string, number>();
  for (const [pid, now] of after) {
    if (ours(pid, now.ppid)) continue;
    const ticks = now.ticks - (before.get(pid)?.ticks ?? now.ticks);
    if (ticks > 0)
      byName.set(now.name, (byName.get(now.name) ?? 0) + ticks / CLOCK_TICKS / seconds);
  }
  return [...byName]
    .map(([name, cores]) => ({ name, cores }))
    .filter((p) => p.cores >= 0.05)
    .sort((a, b) => b.cores - a.cores)
    .slice(0, 8);
}

/** Cores used over a run: each figure is CPU seconds per wall second. */
export interface CpuSplit {
  readonly target: number;
  readonly postgres: number;
  readonly generator: number;
  /** Every process of the machine, ours and others' (other sessions, the OS). */
  readonly machine: number;
}

/** Cores the machine keeps busy over `ms` milliseconds (ours included). */
export async function machineLoad(ms: number): Promise<number> {
  const before = machineTicks();
  const t0 = performance.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = machineTicks();
  return (after.busy - before.busy) / CLOCK_TICKS / ((performance.now() - t0) / 1000);
}

export interface ProcessFigures {
  readonly cpu: CpuSplit;
  /** Highest resident set size of the target seen during the run, MiB. */
  readonly rssPeak: number;
  readonly rssEnd: number;
}

export class ProcessSampler {
  private startedAt = 0;
  private target0 = 0;
  private postgres0 = new Map<number, number>();
  private self0 = process.cpuUsage();
  private machine0 = machineTicks();
  private rssPeak = 0;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly targetPid: number,
    private readonly postmaster: number | undefined,
  ) {}

  start(): void {
    this.startedAt = performance.now();
    this.target0 = processTicks(this.targetPid)?.ticks ?? 0;
    this.postgres0 = postgresTicks(this.postmaster);
    this.self0 = process.cpuUsage();
    this.machine0 = machineTicks();
    this.rssPeak = rssMegabytes(this.targetPid)?.rss ?? 0;
    this.timer = setInterval(() => {
      this.rssPeak = Math.max(this.rssPeak, rssMegabytes(this.targetPid)?.rss ?? 0);
    }, 200);
  }

  stop(): ProcessFigures {
    clearInterval(this.timer);
    const seconds = (performance.now() - this.startedAt) / 1000;
    const cores = (ticks: number) => ticks / CLOCK_TICKS / seconds;
    let postgres = 0;
    for (const [pid, ticks] of postgresTicks(this.postmaster)) {
      postgres += ticks - (this.postgres0.get(pid) ?? 0);
    }
    const self = process.cpuUsage(this.self0);
    const machine = machineTicks();
    const rss = rssMegabytes(this.targetPid)?.rss ?? 0;
    return {
      cpu: {
        target: cores((processTicks(this.targetPid)?.ticks ?? this.target0) - this.target0),
        postgres: cores(postgres),
        generator: (self.user + self.system) / 1e6 / seconds,
        machine: cores(machine.busy - this.machine0.busy),
      },
      rssPeak: Math.max(this.rssPeak, rss),
      rssEnd: rss,
    };
  }
}
