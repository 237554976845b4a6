import { isLocale, type Locale } from '../i18n/locale';
import { argumentsOf } from '../i18n/catalogue-check';
import { formatMessage, messageText, type MessageParams } from '../i18n/messages';
import { AppError, type ErrorKind, type FieldViolation } from './app-error';

/** RFC 9457 problem details, with our stable `code` and the request id. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  requestId?: string;
  errors?: readonly FieldViolation[];
  [extension: string]: unknown;
}

export function statusOf(kind: ErrorKind): number {
  switch (kind) {
    case 'validation':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'rate_limited':
      return 429;
    case 'unavailable':
      return 503;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** The languages problem documents are written in: those of the message catalogues. */
export type Language = Locale;

/** The API answers in English unless Accept-Language asks for another of our languages. */
export const DEFAULT_PROBLEM_LANGUAGE: Language = 'en';

/** Titles, details and rule sentences live in this section of the catalogues. */
const SECTION = ['problem'] as const;

export function titleFor(status: number, lang: Language): string {
  const key = messageText('fr', 'problem', `title.${status}`)
    ? `title.${status}`
    : `title.${status >= 500 ? 500 : 400}`;
  return formatMessage(lang, SECTION, key);
}

/** Picks fr, en, pt or ar from an Accept-Language header by weight; English when none matches. */
export function negotiateLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return DEFAULT_PROBLEM_LANGUAGE;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return {
        tag: tag.trim().toLowerCase(),
        q: q ? Number(q.slice(2)) || 0 : 1,
      };
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_PROBLEM_LANGUAGE;
}

/**
 * The catalogue's sentence for `key` in `lang`, provided its English (with these arguments)
 * is the sentence the code wrote. Otherwise the code said something the catalogue does not
 * know (a reason computed at run time): its English is kept rather than a translation that
 * would say something else. English answers are thus always the code's own sentence.
 */
export function catalogued(
  key: string,
  lang: Language,
  english: string,
  params: MessageParams = {},
): string {
  if (lang === 'en' || messageText('en', 'problem', key) === undefined) return english;
  const args = completed(key, params);
  if (formatMessage('en', SECTION, key, args) !== english) return english;
  return formatMessage(lang, SECTION, key, args);
}

const argumentNames = new Map<string, readonly string[]>();

/** Arguments a sentence names but the error lacks are empty, so a select takes `other`. */
function completed(key: string, params: MessageParams): MessageParams {
  let names = argumentNames.get(key);
  if (!names) {
    names = argumentsOf(messageText('en', 'problem', key) ?? '');
    argumentNames.set(key, names);
  }
  return { ...Object.fromEntries(names.map((name) => [name, ''])), ...params };
}

/**
 * The errors whose English detail the catalogue does not render (with their details and
 * params), so other languages would get English: for each lib's test of its error factories.
 */
export function uncatalogued(errors: readonly AppError[]): string[] {
  return errors
    .filter((e) => {
      const key = `detail.${e.code}`;
      const params = completed(key, { ...primitives(e.extra.details), ...e.extra.params });
      return formatMessage('en', SECTION, key, params) !== e.message;
    })
    .map((e) => `${e.code}: ${e.message}`);
}

/**
 * A violation's sentence in `lang`: the field's own sentence for the rule, else the rule's,
 * with its values; else as the code wrote it. English keeps the code's sentence, which often
 * names more (the codes refused, the field) than the rule's general one.
 */
export function violationMessage(violation: FieldViolation, lang: Language): string {
  return lang === 'en' ? violation.message : (ruleSentence(violation, lang) ?? violation.message);
}

/**
 * The catalogue's sentence for a violation (`rule.<field>.<rule>`, then `rule.<rule>`) in
 * `lang`, or undefined when there is none or the violation lacks one of its values.
 */
export function ruleSentence(violation: FieldViolation, lang: Language): string | undefined {
  const key = [`rule.${violation.field}.${violation.rule}`, `rule.${violation.rule}`].find(
    (k) => messageText('fr', 'problem', k) !== undefined,
  );
  if (!key) return undefined;
  const params: MessageParams = { field: violation.field, ...violation.params };
  const needed = argumentsOf(messageText('fr', 'problem', key) ?? '');
  if (needed.some((name) => params[name] === undefined)) return undefined;
  return formatMessage(lang, SECTION, key, params);
}

/** The violations as the API shows them: the sentence in `lang`, the values left out. */
export function localisedViolations(
  violations: readonly FieldViolation[],
  lang: Language,
): FieldViolation[] {
  return violations.map((v) => ({
    field: v.field,
    rule: v.rule,
    message: violationMessage(v, lang),
  }));
}

export function problemFromAppError(error: AppError, lang: Language): ProblemDetails {
  const status = statusOf(error.kind);
  const { details, violations, params } = error.extra;
  let detail = catalogued(`detail.${error.code}`, lang, error.message, {
    ...primitives(details),
    ...params,
  });
  // Services often say the first violation's sentence as the detail: it translates with it.
  if (detail === error.message && violations?.length && error.message === violations[0].message) {
    detail = violationMessage(violations[0], lang);
  }
  // Details first: an extension member can never overwrite the standard ones or our code.
  const problem: ProblemDetails = {
    ...details,
    type: problemType(error.code),
    title: titleFor(status, lang),
    status,
    detail,
    code: error.code,
  };
  if (violations) problem.errors = localisedViolations(violations, lang);
  return problem;
}

/** The string and number members of an error's details, usable as ICU arguments. */
function primitives(details: Record<string, unknown> | undefined): MessageParams {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(details ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') out[name] = value;
  }
  return out;
}

export function problemType(code: string): string {
  return `urn:passerelle:problem:${code}`;
}
