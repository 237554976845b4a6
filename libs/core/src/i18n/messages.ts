import { IntlMessageFormat } from 'intl-messageformat';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, type Locale } from './locale';

/**
 * The message catalogues: one JSON file per locale under `locales/`, sections at the top
 * (`common`, `organisation`, `mail`…), ICU MessageFormat sentences inside. French is the
 * source: a key exists when French has it; other locales fall back to French, then English,
 * sentence by sentence, so a partly translated section is still readable.
 */
export type MessageParams = Readonly<Record<string, string | number>>;
type Catalogue = Readonly<Record<string, Readonly<Record<string, string>>>>;

export const LOCALES_DIR = path.join(__dirname, 'locales');

const catalogues: Readonly<Record<Locale, Catalogue>> = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    JSON.parse(readFileSync(path.join(LOCALES_DIR, `${locale}.json`), 'utf8')) as Catalogue,
  ]),
) as Record<Locale, Catalogue>;

const compiled = new Map<string, IntlMessageFormat>();

/** The raw ICU text of a sentence in one locale, or undefined when that locale lacks it. */
export function messageText(locale: Locale, section: string, key: string): string | undefined {
  const text = catalogues[locale][section]?.[key];
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

/** The sections of the catalogues (French, the source, has them all). */
export function messageSections(): string[] {
  return Object.keys(catalogues.fr);
}

/** The keys one locale's file has in a section (a stale one may be missing from French). */
export function localeKeys(locale: Locale, section: string): string[] {
  return Object.keys(catalogues[locale][section] ?? {});
}

/** Every key of a section, from French. */
export function messageKeys(section: string): string[] {
  return Object.keys(catalogues.fr[section] ?? {});
}

/**
 * A sentence in `locale`, looked up in the first of `sections` that has the key.
 * HTML-like text is kept as text (`ignoreTag`): templates escape what they print.
 * An unknown key shows as itself: visible in review, never a crash.
 */
export function formatMessage(
  locale: Locale,
  sections: readonly string[],
  key: string,
  params?: MessageParams,
): string {
  for (const section of sections) {
    if (catalogues.fr[section]?.[key] === undefined) continue;
    const [used, text] = pick(locale, section, key);
    const id = `${used}\u0000${section}\u0000${key}`;
    let format = compiled.get(id);
    if (!format) {
      format = new IntlMessageFormat(text, used, undefined, { ignoreTag: true });
      compiled.set(id, format);
    }
    try {
      return String(format.format(params ?? {}));
    } catch {
      // A missing argument: show the sentence with its placeholder rather than fail a page.
      return text;
    }
  }
  return key;
}

function pick(locale: Locale, section: string, key: string): [Locale, string] {
  for (const candidate of [locale, 'fr', 'en'] as const) {
    const text = messageText(candidate, section, key);
    if (text !== undefined) return [candidate, text];
  }
  return ['fr', key];
}

const completeIn = new Map<string, readonly Locale[]>();

/** The locales in which every sentence of these sections is written. */
export function localesOf(sections: readonly string[]): Locale[] {
  return LOCALES.filter((locale) => sections.every((section) => isComplete(section, locale)));
}

function isComplete(section: string, locale: Locale): boolean {
  let locales = completeIn.get(section);
  if (!locales) {
    const keys = messageKeys(section);
    locales = LOCALES.filter((l) =>
      keys.every((key) => messageText(l, section, key) !== undefined),
    );
    completeIn.set(section, locales);
  }
  return locales.includes(locale);
}
