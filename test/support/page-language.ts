import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { AnyNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Proof that a page is written in one language: what a reader sees outside user content
 * holds no sentence of the French catalogue that the page's own catalogue words
 * differently, and an Arabic page no Latin word outside an allow-list.
 */
type Catalogue = Record<string, Record<string, string>>;

const LOCALES_DIR = path.join(__dirname, '../../libs/core/src/i18n/locales');
const catalogue = (locale: string): Catalogue =>
  JSON.parse(readFileSync(path.join(LOCALES_DIR, `${locale}.json`), 'utf8')) as Catalogue;

/** Whitespace (no-break spaces included) collapsed, so text and catalogue compare alike. */
function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Text isolated inside a sentence (FSI … PDI, what <bdi> is in plain text) is user content. */
const ISOLATED = /\u2068[^\u2069]*\u2069/g;

/** The literal runs of an ICU message: the text between its arguments, plural forms apart. */
function literalRuns(message: string): string[] {
  const runs: string[] = [];
  let current = '';
  const cut = () => {
    runs.push(current);
    current = '';
  };
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal) {
        current += element.value;
        continue;
      }
      cut();
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) {
          walk(option.value);
          cut();
        }
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  cut();
  return runs.map(normalise);
}

const wordCount = (text: string) => text.split(' ').filter((w) => /\p{L}/u.test(w)).length;

/**
 * The French texts (two words or more, arguments removed) that must not appear on a page
 * in `locale`: every French sentence the locale writes differently, or not at all.
 */
export function foreignSentences(locale: string): Set<string> {
  const fr = catalogue('fr');
  const other = catalogue(locale);
  const found = new Set<string>();
  for (const [section, messages] of Object.entries(fr)) {
    for (const [key, text] of Object.entries(messages)) {
      if (normalise(other[section]?.[key] ?? '') === normalise(text)) continue;
      for (const run of literalRuns(text)) if (wordCount(run) >= 2) found.add(run);
    }
  }
  return found;
}

/** Attributes whose text people read (screen readers, tooltips, empty fields). */
const READ_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];

/**
 * The text a reader of `html` sees outside user content, as separate runs: text nodes and
 * read attributes, without script/style, elements marked `dir="auto"`, `<bdi>` (and text
 * isolated by FSI … PDI), elements in another language than the page's or not to be
 * translated (`translate="no"`: file headers to type as they are), and the language switch.
 */
export function pageRuns(html: string): { lang: string; dir: string; runs: string[] } {
  const document = parseDocument(html);
  const root = document.children.find(
    (node): node is Element => node.type === 'tag' && node.name === 'html',
  );
  const lang = root?.attribs.lang ?? '';
  const runs: string[] = [];
  const skip = (element: Element) =>
    ['script', 'style', 'bdi', 'template'].includes(element.name) ||
    element.attribs.dir === 'auto' ||
    element.attribs.translate === 'no' ||
    (element.attribs.lang !== undefined && element.attribs.lang !== lang) ||
    /\blang-switch\b/.test(element.attribs.class ?? '');
  const walk = (nodes: readonly AnyNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const text = normalise(node.data.replace(ISOLATED, ' '));
        if (text) runs.push(text);
      } else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const element = node as Element;
        if (skip(element)) continue;
        for (const name of READ_ATTRIBUTES) {
          const value = normalise((element.attribs[name] ?? '').replace(ISOLATED, ' '));
          if (value) runs.push(value);
        }
        walk(element.children);
      }
    }
  };
  walk(root ? root.children : document.children);
  return { lang, dir: root?.attribs.dir ?? '', runs };
}

/** Latin words an Arabic page may show: names, file formats and encodings, keyboard keys. */
export const LATIN_ALLOWED = new Set([
  'Passerelle',
  // Standards and their publishers, named as they name themselves.
  'Open',
  'Referral',
  'OpenAPI',
  'CSV',
  'XLSX',
  'HSDS',
  'JSON',
  'API',
  'Windows',
  'Excel',
  // Feed and calendar formats, named beside their links as feed readers and calendars name them.
  'Atom',
  'iCalendar',
  // Calendar applications, named where the bookmarks page says how to subscribe.
  'Google',
  'Outlook',
  'Apple',
  'Ctrl',
  'Cmd',
  // Company registers named in the organisation form's hint (OHADA, France, Senegal).
  'RCCM',
  'SIREN',
  'NINEA',
]);

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const URL_LIKE = /\bhttps?:\/\/[^\s]*/g;

/** What is wrong with a page in `locale`: French sentences, and Latin words in Arabic. */
export function languageProblems(html: string, locale: string, forbidden: Set<string>): string[] {
  const { runs } = pageRuns(html);
  const text = ` ${runs.join(' ')} `;
  const problems: string[] = [];
  for (const sentence of forbidden) {
    // Whole words only: "E-mail de contact" is not inside Portuguese "E-mail de contacto".
    const escaped = sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text))
      problems.push(`French sentence: «${sentence}»`);
  }
  if (locale === 'ar') {
    const latin = text
      .replace(EMAIL, ' ')
      .replace(URL_LIKE, ' ')
      .match(/\p{Script=Latin}{4,}/gu);
    for (const word of new Set(latin ?? [])) {
      // File extensions (.xlsx, .csv) are the acronyms in lower case.
      if (!LATIN_ALLOWED.has(word) && !LATIN_ALLOWED.has(word.toUpperCase()))
        problems.push(`Latin word: ${word}`);
    }
  }
  return problems;
}

/** The languages whose pages the language tests read, with the direction they are written in. */
export const CHECKED_LANGUAGES = [
  { lang: 'pt', dir: 'ltr' },
  { lang: 'ar', dir: 'rtl' },
] as const;

/** `url` asking for the page in `lang` (`?lang=`, which the language switch uses too). */
export function withLang(url: string, lang: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;
}

/**
 * The assertion the language tests make on every page: its status, `lang` and `dir` on <html>
 * and Content-Language, and no word of another language outside people's content.
 */
export function pageLanguageCheck(lang: string, dir: string) {
  const forbidden = foreignSentences(lang);
  return (
    where: string,
    page: { status: number; body: string; headers: Record<string, unknown> },
    status = 200,
  ): void => {
    expect([where, page.status]).toEqual([where, status]);
    const { lang: shown, dir: direction } = pageRuns(page.body);
    expect([where, shown, direction, page.headers['content-language']]).toEqual([
      where,
      lang,
      dir,
      lang,
    ]);
    expect([where, languageProblems(page.body, lang, forbidden)]).toEqual([where, []]);
  };
}
