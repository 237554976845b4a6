import { PASSWORD_MESSAGES, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it.each([
    ['short', undefined, 'tooShort'],
    ['x'.repeat(129), undefined, 'tooLong'],
    ['password', undefined, 'common'],
    ['Azerty123', undefined, 'common'],
    ['motdepasse', undefined, 'common'],
    ['awa.diop@example.sn', 'Awa.Diop@example.sn', 'sameAsEmail'],
    ['awa.diop', 'awa.diop@example.sn', 'sameAsEmail'],
    ['  Password  ', undefined, 'common'],
    [' awa.diop@example.sn ', '  AWA.DIOP@example.sn ', 'sameAsEmail'],
  ])('%s → %s', (password, email, problem) => {
    expect(passwordProblem(password, email)).toBe(problem);
  });

  it.each([
    'le baobab de Thiès fleurit',
    'correct horse battery staple',
    'كلمة سر طويلة جدا',
    'x'.repeat(128),
  ])('accepts %s (no composition rules; any script)', (password) => {
    expect(passwordProblem(password, 'someone@example.org')).toBeUndefined();
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblem('éééééééé')).toBeUndefined();
    expect(passwordProblem('ééééééé')).toBe('tooShort');
  });

  it('explains each problem in English and French, naming the bounds', () => {
    expect(PASSWORD_MESSAGES).toEqual({
      tooShort: {
        en: 'Use at least 8 characters.',
        fr: 'Utilisez au moins 8 caractères.',
      },
      tooLong: { en: 'Use at most 128 characters.', fr: 'Utilisez au plus 128 caractères.' },
      common: {
        en: 'This password is too common: choose another one (a short sentence works well).',
        fr: 'Ce mot de passe est trop courant : choisissez-en un autre (une courte phrase convient bien).',
      },
      sameAsEmail: {
        en: 'The password must not be your e-mail address.',
        fr: 'Le mot de passe ne doit pas être votre adresse e-mail.',
      },
    });
  });
});
