import type { LabelLanguage, LocalizedNames } from './label-language';

/**
 * Languages an offer can be delivered in: ISO 639-1 codes, with names in the four label
 * languages (lower-case in French and Portuguese, as those languages write them).
 * European languages of the diaspora's countries of residence, then African languages
 * widely used in business. Berber/Tamazight has no ISO 639-1 code and is left out.
 */
const LANGUAGES: Readonly<Record<string, LocalizedNames>> = {
  fr: { fr: 'français', en: 'French', pt: 'francês', ar: 'الفرنسية' },
  en: { fr: 'anglais', en: 'English', pt: 'inglês', ar: 'الإنجليزية' },
  pt: { fr: 'portugais', en: 'Portuguese', pt: 'português', ar: 'البرتغالية' },
  ar: { fr: 'arabe', en: 'Arabic', pt: 'árabe', ar: 'العربية' },
  es: { fr: 'espagnol', en: 'Spanish', pt: 'espanhol', ar: 'الإسبانية' },
  de: { fr: 'allemand', en: 'German', pt: 'alemão', ar: 'الألمانية' },
  it: { fr: 'italien', en: 'Italian', pt: 'italiano', ar: 'الإيطالية' },
  nl: { fr: 'néerlandais', en: 'Dutch', pt: 'neerlandês', ar: 'الهولندية' },
  wo: { fr: 'wolof', en: 'Wolof', pt: 'uolofe', ar: 'الولوفية' },
  ff: { fr: 'peul', en: 'Fula', pt: 'fula', ar: 'الفولانية' },
  bm: { fr: 'bambara', en: 'Bambara', pt: 'bambara', ar: 'البامبارا' },
  sw: { fr: 'swahili', en: 'Swahili', pt: 'suaíli', ar: 'السواحلية' },
  ha: { fr: 'haoussa', en: 'Hausa', pt: 'haúça', ar: 'الهوسا' },
  yo: { fr: 'yoruba', en: 'Yoruba', pt: 'iorubá', ar: 'اليوروبا' },
  ig: { fr: 'igbo', en: 'Igbo', pt: 'igbo', ar: 'الإيغبو' },
  am: { fr: 'amharique', en: 'Amharic', pt: 'amárico', ar: 'الأمهرية' },
  ln: { fr: 'lingala', en: 'Lingala', pt: 'lingala', ar: 'اللينغالا' },
  kg: { fr: 'kikongo', en: 'Kongo', pt: 'quicongo', ar: 'الكيكونغو' },
  sg: { fr: 'sango', en: 'Sango', pt: 'sango', ar: 'السانغو' },
  rw: { fr: 'kinyarwanda', en: 'Kinyarwanda', pt: 'quiniaruanda', ar: 'الكينيارواندا' },
  rn: { fr: 'kirundi', en: 'Kirundi', pt: 'kirundi', ar: 'الكيروندي' },
  mg: { fr: 'malgache', en: 'Malagasy', pt: 'malgaxe', ar: 'الملغاشية' },
  so: { fr: 'somali', en: 'Somali', pt: 'somali', ar: 'الصومالية' },
  ti: { fr: 'tigrigna', en: 'Tigrinya', pt: 'tigrínia', ar: 'التغرينية' },
  om: { fr: 'oromo', en: 'Oromo', pt: 'oromo', ar: 'الأورومية' },
  ak: { fr: 'akan', en: 'Akan', pt: 'akan', ar: 'الأكانية' },
  ee: { fr: 'éwé', en: 'Ewe', pt: 'ewe', ar: 'الإيوي' },
  zu: { fr: 'zoulou', en: 'Zulu', pt: 'zulu', ar: 'الزولو' },
  xh: { fr: 'xhosa', en: 'Xhosa', pt: 'xhosa', ar: 'الخوسا' },
  sn: { fr: 'shona', en: 'Shona', pt: 'xona', ar: 'الشونا' },
  ny: { fr: 'chichewa', en: 'Chichewa', pt: 'nianja', ar: 'التشيتشيوا' },
};

/** ISO 639-1 codes of the delivery languages, lower case, in the order above. */
export const LANGUAGE_CODES: readonly string[] = Object.freeze(Object.keys(LANGUAGES));

/** True for one of the supported ISO 639-1 codes, written in lower case (`wo`, not `WO`). */
export function isLanguageCode(code: unknown): code is string {
  return typeof code === 'string' && Object.hasOwn(LANGUAGES, code);
}

/** The name of a language in one label language, or undefined for an unknown code. */
export function languageName(code: string, lang: LabelLanguage): string | undefined {
  return isLanguageCode(code) ? LANGUAGES[code][lang] : undefined;
}

/** The names of a language in the four label languages, or undefined for an unknown code. */
export function languageNames(code: string): LocalizedNames | undefined {
  return isLanguageCode(code) ? LANGUAGES[code] : undefined;
}

/** Every delivery language with its name in one label language, sorted by that name. */
export function languageList(lang: LabelLanguage): Array<{ code: string; name: string }> {
  const collator = new Intl.Collator(lang);
  return LANGUAGE_CODES.map((code) => ({ code, name: LANGUAGES[code][lang] })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}
