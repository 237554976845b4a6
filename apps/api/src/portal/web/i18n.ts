import type { UiLanguage } from './language';

/** One sentence in every language we have it in; French and English are required. */
export interface Message {
  readonly fr: string;
  readonly en: string;
  readonly pt?: string;
  readonly ar?: string;
}
export type MessageCatalogue = Readonly<Record<string, Message>>;
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: Params) => string;

/** Keeps the literal keys of a section's catalogue while checking its shape. */
export function defineMessages<T extends MessageCatalogue>(messages: T): T {
  return messages;
}

/**
 * A lookup over several catalogues. Portuguese and Arabic fall back to French then
 * English sentence by sentence, so a partly translated page is still readable.
 * An unknown key shows as itself: visible in review, never a crash.
 */
export function translator(lang: UiLanguage, catalogues: readonly MessageCatalogue[]): Translate {
  return (key, params) => {
    let entry: Message | undefined;
    for (const catalogue of catalogues) {
      entry = catalogue[key];
      if (entry) break;
    }
    const text = entry ? (entry[lang] ?? entry.fr ?? entry.en) : key;
    return params ? interpolate(text, params) : text;
  };
}

export function interpolate(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const completeIn = new WeakMap<MessageCatalogue, readonly UiLanguage[]>();

/**
 * The languages every sentence of these catalogues is written in: French and English
 * always (required), Portuguese and Arabic only where a whole section is translated, so
 * a page is never a patchwork of languages under one `lang` attribute.
 */
export function languagesOf(catalogues: readonly MessageCatalogue[]): UiLanguage[] {
  const sets = catalogues.map((catalogue) => {
    let languages = completeIn.get(catalogue);
    if (!languages) {
      const entries = Object.values(catalogue);
      languages = (['fr', 'en', 'pt', 'ar'] as const).filter((lang) =>
        entries.every((entry) => Boolean(entry[lang])),
      );
      completeIn.set(catalogue, languages);
    }
    return languages;
  });
  return (['fr', 'en', 'pt', 'ar'] as const).filter((lang) => sets.every((s) => s.includes(lang)));
}
