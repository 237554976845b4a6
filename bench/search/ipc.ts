/**
 * What the benchmark asks of the API process over IPC. The engine under test lives in that
 * process (it holds the index), so in-process figures are taken there and sent back: the IPC
 * round trip is never inside a timing.
 */
import type { ChildProcess } from 'node:child_process';
import type { LoadResult } from './load';

export type Command =
  | { cmd: 'info' }
  /** Every published offer through the real SearchIndexer into the engine's `upsert`. */
  | { cmd: 'build'; batchSize: number }
  | { cmd: 'search'; index: number }
  | { cmd: 'suggest'; prefix: string; lang: string }
  | { cmd: 'closed'; concurrency: number; seconds: number }
  | { cmd: 'open'; rate: number; seconds: number }
  | { cmd: 'fingerprints' };

export interface EngineInfo {
  readonly engine: string;
  readonly rssMiB: number;
  readonly heapUsedMiB: number;
}

export interface BuildResult {
  readonly documents: number;
  readonly prepareMs: number;
  /** Reading offers and building documents (the SearchIndexer's part). */
  readonly readMs: number;
  /** The engine's `upsert` calls. */
  readonly upsertMs: number;
  readonly totalMs: number;
  readonly rssBeforeMiB: number;
  readonly rssAfterMiB: number;
}

export interface Replies {
  info: EngineInfo;
  build: BuildResult;
  search: { ms: number; total: number };
  suggest: { ms: number; count: number };
  closed: LoadResult;
  open: LoadResult;
  fingerprints: Array<[string, string]>;
}

export type Request = Command & { id: number };
export type Reply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
export type Notice = { type: 'ready'; port: number } | { type: 'progress'; done: number };

/** The parent's side: one request at a time or several, matched by id. */
export class EngineClient {
  private next = 1;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();

  constructor(private readonly child: ChildProcess) {
    child.on('message', (message: Reply | Notice) => {
      if (!('id' in message)) return;
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.ok) waiting.resolve(message.value);
      else waiting.reject(new Error(message.error));
    });
    child.once('exit', (code) => {
      for (const waiting of this.pending.values()) {
        waiting.reject(new Error(`the API process exited (${code})`));
      }
      this.pending.clear();
    });
  }

  call<C extends Command>(command: C): Promise<Replies[C['cmd']]> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.child.send({ ...command, id } satisfies Request);
    });
  }
}
