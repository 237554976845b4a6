/** The languages content and reference names are given in (interface and offer texts). */
export const LABEL_LANGUAGES = ['fr', 'en', 'pt', 'ar'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

/** One name per label language. */
export type LocalizedNames = Readonly<Record<LabelLanguage, string>>;

export function isLabelLanguage(value: unknown): value is LabelLanguage {
  return typeof value === 'string' && (LABEL_LANGUAGES as readonly string[]).includes(value);
}
