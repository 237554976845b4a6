import transliterate from '@sindresorhus/transliterate';

/**
 * A URL slug: Latin letters without accents, digits and dashes. Other scripts are transliterated
 * first (Arabic "منحة الابتكار" → "mnht-alabtkar", Cyrillic, Greek…) so that a title in Arabic
 * only still gets a readable address; scripts the table does not know (CJK) are dropped and the
 * caller falls back to a generic word. Latin text gives the same slug as before transliteration
 * was added, so existing addresses keep their form.
 *
 * Why @sindresorhus/transliterate (the table behind @sindresorhus/slugify) rather than
 * `transliteration`: it keeps Arabic long vowels and the article ("alabtkar", "almghrb") where
 * `transliteration` drops them ("lbtkr", "lmgrb"), which reads far better; it knows no CJK.
 */
export function slugify(text: string, maxLength = 80): string {
  return transliterate(text.normalize('NFKC'))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}

/** True when the text has letters of a script other than Latin (its old slug lost them). */
export function hasNonLatinLetters(text: string): boolean {
  return /(?!\p{Script=Latin})\p{L}/u.test(text);
}
