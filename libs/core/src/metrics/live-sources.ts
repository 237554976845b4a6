/**
 * What scrape-time gauges read from: each live app instance adds its source at start and
 * removes it at shutdown, so a closed app is never read and two apps in one process
 * (`npm start`, tests) never register a metric twice.
 */
export class LiveSources<T> {
  private readonly live = new Set<T>();

  add(source: T): () => void {
    this.live.add(source);
    return () => this.live.delete(source);
  }

  all(): T[] {
    return [...this.live];
  }

  /** Sources describing the shared database give the same answer: asking one is enough. */
  first(): T | undefined {
    return this.live.values().next().value;
  }
}

export class CollectTimeoutError extends Error {}

/** Rejects when `promise` takes longer than `ms`; the work itself is left to finish or fail. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CollectTimeoutError(`no answer within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
