import { AppError } from '@app/core';
import { MeilisearchApiError, type Task } from 'meilisearch';

/** The search engine refused or did not finish a write: searches may be stale until it does. */
export class MeilisearchTaskError extends AppError {
  constructor(
    code: string,
    message: string,
    details: Record<string, unknown>,
    params?: Record<string, string | number>,
  ) {
    super('unavailable', code, message, { details, params });
  }
}

export const taskFailed = (what: string, task: Task) =>
  new MeilisearchTaskError(
    'SEARCH.ENGINE_TASK_FAILED',
    `Meilisearch task ${task.uid} (${what}) ended ${task.status}` +
      (task.error ? `: ${task.error.code} — ${task.error.message}` : '.'),
    { taskUid: task.uid, type: task.type, status: task.status, error: task.error ?? null },
    task.error
      ? { what, failure: 'error', errorCode: task.error.code, errorMessage: task.error.message }
      : { what, failure: 'none' },
  );

export const taskTimedOut = (what: string, taskUid: number, timeoutMs: number) =>
  new MeilisearchTaskError(
    'SEARCH.ENGINE_TASK_TIMEOUT',
    `Meilisearch task ${taskUid} (${what}) did not succeed within ${timeoutMs} ms.`,
    { taskUid, timeoutMs },
    { what },
  );

export const primaryKeyMismatch = (index: string, found: string, wanted: string) =>
  new MeilisearchTaskError(
    'SEARCH.ENGINE_PRIMARY_KEY',
    `Meilisearch index "${index}" has primary key "${found}", not "${wanted}": rebuild it.`,
    { index, found, wanted },
  );

/**
 * The Meilisearch error code (`index_not_found`…) behind an error, if any. The client throws
 * `MeilisearchApiError` itself, or wraps what a custom `httpClient` threw in a request error.
 */
export function apiErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (e instanceof MeilisearchApiError) return e.cause?.code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
