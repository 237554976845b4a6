import { ConflictError, NotFoundError, ValidationFailedError } from '@app/core';
import type { TaxonomyVocabulary } from './taxonomy.types';

export const termNotFound = (vocabulary: TaxonomyVocabulary, code: string) =>
  new NotFoundError('TAXONOMY.TERM_NOT_FOUND', `No ${vocabulary} term has the code "${code}".`, {
    vocabulary,
    termCode: code,
  });

export const termExists = (vocabulary: TaxonomyVocabulary, code: string, retired: boolean) =>
  new ConflictError(
    'TAXONOMY.TERM_EXISTS',
    retired
      ? `The ${vocabulary} code "${code}" is taken by a retired term: unretire it instead.`
      : `The ${vocabulary} code "${code}" is taken: choose another code or rename that term.`,
    // Not `code`: problem details carry their own stable `code`.
    { vocabulary, termCode: code },
    { retired: retired ? 'yes' : 'no' },
  );

export const invalidInput = (field: string, rule: string, message: string) =>
  new ValidationFailedError([{ field, rule, message }], message);
