import { escapeHtml } from '@app/core';
import type { SearchLanguage } from '../search-document';
import type { PlatformVocabulary } from '../vocabulary/platform-vocabulary';
import { stemToken } from './inverted-index';
import { stem, tokenize, type Token } from './text';

export interface Marked {
  /** Folded words that matched (typed, corrected or completed). */
  readonly words: ReadonlySet<string>;
  /** Stem tokens (`~fr:financ`) that matched. */
  readonly stems: ReadonlySet<string>;
  /** Countries that matched through the vocabulary: their names and cities in the text are marked. */
  readonly countries: ReadonlySet<string>;
}

/** A text read once for highlighting: its words and their stem tokens, reusable across queries. */
export interface AnalysedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The stem token (`~fr:financ`) of each word, in the text's language. */
  readonly stems: readonly string[];
}

export function analyseText(text: string, lang: SearchLanguage): AnalysedText {
  const tokens = text ? tokenize(text) : [];
  return { text, tokens, stems: tokens.map((t) => stemToken(lang, stem(t.word, lang))) };
}

/** The text HTML-escaped, with every matching word wrapped in <mark>…</mark>. */
export function highlightText(
  text: string,
  lang: SearchLanguage,
  marked: Marked,
  vocabulary: PlatformVocabulary,
): string {
  return highlightAnalysed(analyseText(text, lang), marked, vocabulary);
}

/** `highlightText` on a text already analysed. */
export function highlightAnalysed(
  analysed: AnalysedText,
  marked: Marked,
  vocabulary: PlatformVocabulary,
): string {
  const { text, tokens, stems } = analysed;
  if (!text) return '';
  const hit = new Uint8Array(tokens.length);
  let any = false;
  tokens.forEach((t, i) => {
    if (marked.words.has(t.word) || marked.stems.has(stems[i])) {
      hit[i] = 1;
      any = true;
    }
  });
  if (marked.countries.size) {
    for (const place of vocabulary.places(tokens.map((t) => t.word))) {
      if (!marked.countries.has(place.country)) continue;
      hit.fill(1, place.index, place.index + place.length);
      any = true;
    }
  }
  if (!any) return escapeHtml(text);
  let out = '';
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!hit[i]) continue;
    let j = i;
    // Adjacent marked words (a place name) share one <mark>.
    while (
      j + 1 < tokens.length &&
      hit[j + 1] &&
      /^[\s'’-]*$/u.test(text.slice(tokens[j].end, tokens[j + 1].start))
    )
      j++;
    out +=
      escapeHtml(text.slice(at, tokens[i].start)) +
      '<mark>' +
      escapeHtml(text.slice(tokens[i].start, tokens[j].end)) +
      '</mark>';
    at = tokens[j].end;
    i = j;
  }
  return out + escapeHtml(text.slice(at));
}
