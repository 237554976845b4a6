import { escapeHtml } from '@app/core';
import type { Params, Translate } from './i18n';

/**
 * Text a person typed, isolated from the sentence around it (Unicode FSI … PDI, the plain
 * text form of <bdi>): a French title inside an Arabic sentence or <title> keeps its own
 * order and does not reorder the words around it. For places where an element cannot be
 * used: an <option>, the page title (in HTML sentences, `isolatingTranslator` puts a <bdi>).
 */
export function isolate(text: string): string {
  return text ? `\u2068${text}\u2069` : text;
}

/** Translates a sentence that quotes people's words (names, titles, a search), as HTML. */
export type IsolatingTranslate = (
  key: string,
  words: Readonly<Record<string, string>>,
  params?: Params,
) => string;

/**
 * The sentence escaped, each of `words` inside a <bdi>: a Latin title quoted in Arabic (or
 * an Arabic name in French) keeps its own order instead of being reordered by its neighbours.
 * Templates print the result raw (`<%~ it.tb(...) %>`).
 */
export function isolatingTranslator(t: Translate): IsolatingTranslate {
  return (key, words, params = {}) => {
    const values = Object.values(words);
    const marks = Object.fromEntries(
      Object.keys(words).map((name, i) => [name, `\uE000${i}\uE000`]),
    );
    return escapeHtml(t(key, { ...params, ...marks })).replace(
      /\uE000(\d+)\uE000/g,
      (_, i: string) => `<bdi>${escapeHtml(values[Number(i)] ?? '')}</bdi>`,
    );
  };
}
