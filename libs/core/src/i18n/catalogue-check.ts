import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { declaredComplete, LOCALES, type Locale } from './locale';
import { localeKeys, messageKeys, messageSections, messageText } from './messages';

/** What `npm run i18n:check` and the catalogue test find wrong with the catalogues. */
export interface CatalogueProblem {
  readonly locale: Locale;
  readonly section: string;
  readonly key: string;
  readonly problem: string;
}

export interface SectionCoverage {
  readonly section: string;
  readonly keys: number;
  readonly translated: Readonly<Record<Locale, number>>;
  readonly declared: readonly Locale[];
}

/** The argument names a message uses, plural and select ones included, sorted. */
export function argumentsOf(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        walk(element.children);
        continue;
      }
      names.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(text, { ignoreTag: true }));
  return [...names].sort();
}

/**
 * Messages that may read exactly as in French: borrowed terms. Any other sentence of two words
 * or more left identical to French in another language is a copy waiting for its translation.
 */
const SAME_AS_FRENCH = new Set(['common/nav.admin', 'admin/admin.nav.label']);

/** Words with letters in a message, arguments left out. */
const wordsOf = (text: string): number =>
  text
    .replace(/\{[^{}]*\}/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}{2}/u.test(w)).length;

export function coverage(): SectionCoverage[] {
  return messageSections().map((section) => {
    const keys = messageKeys(section);
    const translated = Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        keys.filter((key) => messageText(locale, section, key) !== undefined).length,
      ]),
    ) as Record<Locale, number>;
    return { section, keys: keys.length, translated, declared: declaredComplete(section) };
  });
}

/**
 * Every problem: a key missing in a locale its section is declared complete in, a message
 * that does not parse, arguments that differ from French's, a key French does not have, a
 * sentence copied from French without being translated.
 */
export function catalogueProblems(): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  for (const section of messageSections()) {
    const declared = declaredComplete(section);
    const source = new Set(messageKeys(section));
    for (const locale of LOCALES) {
      for (const key of localeKeys(locale, section)) {
        if (!source.has(key)) problems.push({ locale, section, key, problem: 'not in French' });
      }
    }
    for (const key of source) {
      const expected = argumentsOf(messageText('fr', section, key) ?? '');
      for (const locale of LOCALES) {
        const text = messageText(locale, section, key);
        if (text === undefined) {
          if (declared.includes(locale))
            problems.push({ locale, section, key, problem: 'missing' });
          continue;
        }
        let found: string[];
        try {
          found = argumentsOf(text);
        } catch (error) {
          problems.push({ locale, section, key, problem: `does not parse: ${String(error)}` });
          continue;
        }
        const french = messageText('fr', section, key)!;
        if (
          locale !== 'fr' &&
          text === french &&
          wordsOf(text) >= 2 &&
          !SAME_AS_FRENCH.has(`${section}/${key}`)
        ) {
          problems.push({ locale, section, key, problem: 'same as French: not translated' });
        }
        if (found.join(',') !== expected.join(',')) {
          problems.push({
            locale,
            section,
            key,
            problem: `arguments {${found.join('}, {')}} instead of {${expected.join('}, {')}}`,
          });
        }
      }
    }
  }
  return problems;
}
