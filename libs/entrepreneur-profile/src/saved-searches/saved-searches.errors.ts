import { ConflictError, NotFoundError } from '@app/core';

export const savedSearchNotFound = () =>
  new NotFoundError('SAVED_SEARCHES.NOT_FOUND', 'No such saved search.');

export const tooManySavedSearches = (max: number) =>
  new ConflictError(
    'SAVED_SEARCHES.LIMIT_REACHED',
    `You can keep up to ${max} saved searches: delete one before saving another.`,
    { max },
  );
