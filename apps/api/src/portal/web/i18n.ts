import { formatMessage, localesOf, type MessageParams } from '@app/core';
import type { UiLanguage } from './language';

/** A section of the message catalogues (libs/core/src/i18n/locales/<locale>.json). */
export interface MessageCatalogue {
  readonly section: string;
}
export type Params = MessageParams;
export type Translate = ((key: string, params?: Params) => string) & {
  /** The language it writes, for sentences looked up outside its sections. */
  readonly locale?: UiLanguage;
};

export function messageSection(section: string): MessageCatalogue {
  return { section };
}

/**
 * A lookup over several sections, first match wins. Portuguese and Arabic fall back to
 * French then English sentence by sentence; an unknown key shows as itself.
 */
export function translator(lang: UiLanguage, catalogues: readonly MessageCatalogue[]): Translate {
  const sections = catalogues.map((c) => c.section);
  return Object.assign(
    (key: string, params?: Params) => formatMessage(lang, sections, key, params),
    {
      locale: lang,
    },
  );
}

/**
 * The languages every sentence of these sections is written in, so a page is never a
 * patchwork of languages under one `lang` attribute.
 */
export function languagesOf(catalogues: readonly MessageCatalogue[]): UiLanguage[] {
  return localesOf(catalogues.map((c) => c.section));
}
