import { argumentsOf, catalogueProblems, coverage } from './catalogue-check';
import { declaredComplete } from './locale';
import { formatMessage, localesOf } from './messages';

describe('message catalogues', () => {
  it('have no missing key in a declared-complete locale, no unparsable message, no differing argument', () => {
    expect(catalogueProblems()).toEqual([]);
  });

  it('declare every section but the back office complete in fr, en, pt and ar', () => {
    for (const { section, declared } of coverage()) {
      if (section === 'admin') expect(declared).toEqual(['fr', 'en']);
      else expect(declared).toEqual(['fr', 'en', 'pt', 'ar']);
      expect(declaredComplete(section)).toBe(declared);
    }
  });

  it('reads the argument names of plural, select and simple arguments', () => {
    expect(
      argumentsOf('{n, plural, one {# {what}} other {# {what}s}} {who, select, a {x} other {y}}'),
    ).toEqual(['n', 'what', 'who']);
  });

  it('formats Arabic counts with their six forms', () => {
    const forms = [0, 1, 2, 5, 11, 100].map((count) =>
      formatMessage('ar', ['public'], 'count.offers', { count }),
    );
    expect(forms).toEqual(['لا عروض', 'عرض واحد', 'عرضان', '5 عروض', '11 عرضًا', '100 عرض']);
    expect(formatMessage('fr', ['public'], 'count.offers', { count: 1234 })).toBe(
      '1\u202f234 offres',
    );
  });

  it('falls back to French for a missing sentence and shows an unknown key as itself', () => {
    expect(formatMessage('pt', ['nothing'], 'no.such.key')).toBe('no.such.key');
    expect(localesOf(['admin'])).toEqual(['fr', 'en']);
  });
});
