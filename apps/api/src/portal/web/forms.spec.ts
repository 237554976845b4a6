import { FormErrors } from './forms';
import { translator } from './i18n';
import { commonMessages, entrepreneurMessages } from '../messages';

describe('FormErrors', () => {
  const tooLong = {
    field: 'bio',
    rule: 'arrayMaxSize',
    message: 'bio must contain no more than 3 elements',
    params: { max: 3 },
  };
  const unknown = { field: 'x', rule: 'somethingNew', message: 'As the API said.' };

  it('reads the page’s sentence, then the API’s rule sentence of the same catalogues', () => {
    const pt = new FormErrors(
      [{ field: 'email', rule: 'isEmail', message: 'email must be an email' }, tooLong, unknown],
      translator('pt', [entrepreneurMessages, commonMessages]),
    );
    expect(pt.for('email')).toEqual(['Introduza um endereço de e-mail válido (nome@exemplo.org).']);
    // The page's own wording wins where it has one (entrepreneur's rule.arrayMaxSize)…
    expect(pt.for('bio')).toEqual([translator('pt', [entrepreneurMessages])('rule.arrayMaxSize')]);
    expect(pt.for('x')).toEqual(['As the API said.']);
    // …and a page without it gets the rule's sentence with its value.
    const bare = new FormErrors([tooLong], translator('ar', [{ section: 'openData' }]));
    expect(bare.for('bio')).toEqual(['اختر 3 قيم على الأكثر.']);
  });
});
