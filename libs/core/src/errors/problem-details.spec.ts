import { negotiateLanguage, statusOf } from './problem-details';
import type { ErrorKind } from './app-error';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['en-GB,fr;q=0.5', 'en'],
    ['pt-PT,fr;q=0.4,en;q=0.3', 'fr'],
    ['ar', 'en'],
    ['en;q=0.2, fr;q=0.9', 'fr'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});

describe('statusOf', () => {
  it('maps every error kind to a 4xx/5xx status', () => {
    const kinds: ErrorKind[] = [
      'validation',
      'unauthenticated',
      'forbidden',
      'not_found',
      'conflict',
      'payload_too_large',
      'unsupported_media_type',
      'rate_limited',
      'unavailable',
    ];
    expect(kinds.map(statusOf)).toEqual([400, 401, 403, 404, 409, 413, 415, 429, 503]);
  });
});
