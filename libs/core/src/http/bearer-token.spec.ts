import { bearerToken, secretMatches } from './bearer-token';

describe('bearerToken', () => {
  it.each([
    ['Bearer abc.def', 'abc.def'],
    ['bearer  abc ', 'abc'],
    ['Basic abc', undefined],
    ['Bearer a b', undefined],
    ['abc', undefined],
    [undefined, undefined],
    [['Bearer a', 'Bearer b'], undefined],
  ])('%j → %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});

describe('secretMatches', () => {
  const secret = 'a-metrics-token-of-at-least-32-characters';

  it('accepts only the exact secret, whatever the lengths', () => {
    expect(secretMatches(secret, secret)).toBe(true);
    expect(secretMatches(`${secret}x`, secret)).toBe(false);
    expect(secretMatches(secret.slice(0, -1), secret)).toBe(false);
    expect(secretMatches('', secret)).toBe(false);
  });

  it('never matches when nothing is presented or nothing is configured', () => {
    expect(secretMatches(undefined, secret)).toBe(false);
    expect(secretMatches(secret, undefined)).toBe(false);
    expect(secretMatches('', '')).toBe(false);
  });
});
