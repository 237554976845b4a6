import type { Task } from 'meilisearch';
import { uncatalogued } from '@app/core';
import { primaryKeyMismatch, taskFailed, taskTimedOut } from './meilisearch.errors';

describe('search engine errors in the problem catalogue', () => {
  it('say what the code says, with or without the engine’s error', () => {
    const task = { uid: 7, type: 'documentAdditionOrUpdate', status: 'failed' } as unknown as Task;
    const failed = {
      ...task,
      error: { code: 'invalid_document_id', message: 'Bad id.', type: 'invalid_request', link: '' },
    } as unknown as Task;
    expect(
      uncatalogued([
        taskFailed('add documents', task),
        taskFailed('add documents', failed),
        taskTimedOut('swap indexes', 9, 30_000),
        primaryKeyMismatch('offers', 'uid', 'id'),
      ]),
    ).toEqual([]);
  });
});
