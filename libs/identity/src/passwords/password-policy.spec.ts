import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it.each([
    ['short', undefined, 'tooShort'],
    ['x'.repeat(129), undefined, 'tooLong'],
    ['password', undefined, 'common'],
    ['Azerty123', undefined, 'common'],
    ['motdepasse', undefined, 'common'],
    ['awa.diop@example.sn', 'Awa.Diop@example.sn', 'sameAsEmail'],
    ['awa.diop', 'awa.diop@example.sn', 'sameAsEmail'],
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
});
