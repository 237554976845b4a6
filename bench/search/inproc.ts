/**
 * Load on an engine called in-process (no HTTP): the same three shapes as load.ts, over
 * `call(i)` (the i-th request of the mix, taken in turn).
 *
 * - `callsClosedLoop`: N callers, each calling again as soon as its last call returned.
 * - `callsOpenLoop`: calls started on a fixed schedule, latency counted from the moment each was
 *   due, so an engine that blocks the event loop cannot hide the queue it causes.
 */
import type { LoadResult } from './load';
import { Samples, summarise } from './stats';

export type Call = (i: number) => Promise<unknown>;

export async function callsClosedLoop(options: {
  call: Call;
  concurrency: number;
  seconds: number;
}): Promise<LoadResult> {
  const latencies = new Samples();
  let next = 0;
  let errors = 0;
  const start = performance.now();
  const deadline = start + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await options.call(next++);
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  return {
    connections: options.concurrency,
    completed: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    latency: summarise(latencies.values()),
    errors,
    non2xx: 0,
  };
}

export function callsOpenLoop(options: {
  call: Call;
  rate: number;
  seconds: number;
}): Promise<LoadResult> {
  const { rate, seconds } = options;
  const total = Math.max(1, Math.round(rate * seconds));
  const interval = 1000 / rate;
  const latencies = new Samples();
  const service = new Samples();
  const lag = new Samples();
  let sent = 0;
  let finished = 0;
  let errors = 0;
  let lastEnd = 0;
  const start = performance.now() + 20;
  return new Promise((resolve) => {
    const finish = () => {
      finished++;
      if (finished < total) return;
      resolve({
        connections: 0,
        completed: latencies.length,
        seconds: (lastEnd - start) / 1000,
        rps: latencies.length / ((lastEnd - start) / 1000),
        latency: summarise(latencies.values()),
        service: summarise(service.values()),
        sendLag: summarise(lag.values()),
        errors,
        non2xx: 0,
        requestedRate: rate,
      });
    };
    const fire = (i: number) => {
      const due = start + i * interval;
      const sentAt = performance.now();
      lag.push(sentAt - due);
      options.call(i).then(
        () => {
          const end = performance.now();
          lastEnd = Math.max(lastEnd, end);
          latencies.push(end - due);
          service.push(end - sentAt);
          finish();
        },
        () => {
          errors++;
          lastEnd = Math.max(lastEnd, performance.now());
          finish();
        },
      );
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
