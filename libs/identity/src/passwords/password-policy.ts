import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * NIST SP 800-63B style: length 8–128, no composition rules, refuse well-known passwords
 * and the account's own e-mail. The list ships with the code (common-passwords.txt:
 * the most frequent breached passwords of 8+ characters, plus French and Portuguese ones).
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(path.join(__dirname, 'common-passwords.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
  );
  return common;
}

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'sameAsEmail';

export function passwordProblem(password: string, email?: string): PasswordProblem | undefined {
  const length = [...password].length; // code points, so accents and emoji count once
  if (length < PASSWORD_MIN) return 'tooShort';
  if (length > PASSWORD_MAX) return 'tooLong';
  const lower = password.trim().toLowerCase();
  if (commonPasswords().has(lower)) return 'common';
  if (
    email &&
    (lower === email.trim().toLowerCase() || lower === email.split('@')[0].toLowerCase())
  ) {
    return 'sameAsEmail';
  }
  return undefined;
}

export const PASSWORD_MESSAGES: Record<PasswordProblem, { en: string; fr: string }> = {
  tooShort: {
    en: `Use at least ${PASSWORD_MIN} characters.`,
    fr: `Utilisez au moins ${PASSWORD_MIN} caractères.`,
  },
  tooLong: {
    en: `Use at most ${PASSWORD_MAX} characters.`,
    fr: `Utilisez au plus ${PASSWORD_MAX} caractères.`,
  },
  common: {
    en: 'This password is too common: choose another one (a short sentence works well).',
    fr: 'Ce mot de passe est trop courant : choisissez-en un autre (une courte phrase convient bien).',
  },
  sameAsEmail: {
    en: 'The password must not be your e-mail address.',
    fr: 'Le mot de passe ne doit pas être votre adresse e-mail.',
  },
};
