import { ValidationFailedError } from '../errors/app-error';
import { assertWellFormedText, illFormedTextViolations } from './well-formed-text';

describe('illFormedTextViolations', () => {
  it('names each field holding a NUL or a lone surrogate, nested ones by path', () => {
    const found = illFormedTextViolations({
      params: { id: 'abc\u0000' },
      query: { q: 'ok', country: ['SN', 'C\uDC00I'] },
      body: { translations: { fr: { title: 'x\uD800' } }, tags: ['fine'], 'k\u0000': 1 },
    });
    expect(found.map((v) => `${v.field}:${v.rule}`)).toEqual([
      'id:wellFormedText',
      'country[1]:wellFormedText',
      'translations.fr.title:wellFormedText',
      'k\u0000:wellFormedText',
    ]);
  });

  it('accepts real characters beyond the BMP, accents and Arabic', () => {
    expect(
      illFormedTextViolations({ query: { q: 'Sénégal 🚀 تمويل' }, body: Buffer.from([0, 0xd8]) }),
    ).toEqual([]);
  });

  it('throws a validation error (400) only when something is wrong', () => {
    expect(() => assertWellFormedText({ query: { q: 'prêt' } })).not.toThrow();
    expect(() => assertWellFormedText({ query: { q: '\u0000' } })).toThrow(ValidationFailedError);
  });
});
