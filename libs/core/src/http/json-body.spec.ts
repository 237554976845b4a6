import { InvalidJsonError, jsonDepthExceeds, MAX_JSON_DEPTH, parseJsonBody } from './json-body';

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('parseJsonBody', () => {
  it('parses a body nested exactly to the limit, refuses one level more', () => {
    expect(() => parseJsonBody(nested(MAX_JSON_DEPTH))).not.toThrow();
    expect(() => parseJsonBody(nested(MAX_JSON_DEPTH + 1))).toThrow(/deeper than 32 levels/);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ a: '[[[[{{{{'.repeat(20), b: 'say \\"[[[[[[[[[[[[[[[[[[[["' });
    expect(jsonDepthExceeds(text, 2)).toBe(false);
    expect(parseJsonBody(text)).toEqual(JSON.parse(text));
  });

  it('stops at the first level past the limit (a 10,000-level body costs nothing)', () => {
    expect(jsonDepthExceeds('['.repeat(10_000), 32)).toBe(true);
  });

  it.each([
    ['', 'jsonSyntax'],
    ['  ', 'jsonSyntax'],
    ['{"a": ', 'jsonSyntax'],
    ['{"__proto__": {"x": 1}}', 'jsonForbiddenKey'],
    ['{"a": {"constructor": {"prototype": {"x": 1}}}}', 'jsonForbiddenKey'],
  ])('%j → 400 %s', (text, rule) => {
    let thrown: unknown;
    try {
      parseJsonBody(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidJsonError);
    expect((thrown as InvalidJsonError).code).toBe('CORE.INVALID_JSON');
    expect((thrown as InvalidJsonError).extra.violations).toEqual([
      expect.objectContaining({ field: 'body', rule }),
    ]);
  });

  it('keeps a harmless "constructor" text or key', () => {
    expect(parseJsonBody('{"constructor": "Kora", "role": "constructor"}')).toEqual({
      constructor: 'Kora',
      role: 'constructor',
    });
  });
});
