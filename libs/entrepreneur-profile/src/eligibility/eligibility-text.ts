import { countryName, formatDay } from '@app/core';
import type { EligibilityReason } from './eligibility';

type Lang = 'fr' | 'en';
type Labels = { stage: (code: string) => string; sector: (code: string) => string };

const countries = (codes: unknown, lang: Lang) =>
  (codes as string[]).map((c) => countryName(c, lang) ?? c).join(', ');

/** The reason as a sentence for the reader (structured data stays in `code` and `params`). */
export function reasonText(reason: EligibilityReason, lang: Lang, labels: Labels): string {
  const p = reason.params;
  const s = reason.status;
  const fr = lang === 'fr';
  switch (reason.code) {
    case 'residence':
      return s === 'met'
        ? fr
          ? `Ouvert aux résidents de : ${countries([p.yours], lang)}`
          : `Open to residents of ${countries([p.yours], lang)}`
        : s === 'unmet'
          ? fr
            ? `Réservé aux résidents de : ${countries(p.allowed, lang)}`
            : `Only for residents of ${countries(p.allowed, lang)}`
          : fr
            ? `Réservé aux résidents de : ${countries(p.allowed, lang)} (indiquez votre pays)`
            : `Only for residents of ${countries(p.allowed, lang)} (add your country)`;
    case 'target':
      return s === 'met'
        ? fr
          ? `Pour des projets dans ce pays : ${countries(p.matching, lang)}`
          : `For projects in ${countries(p.matching, lang)}`
        : fr
          ? `Pour des projets dans ces pays : ${countries(p.allowed, lang)}`
          : `For projects in ${countries(p.allowed, lang)}`;
    case 'diaspora':
      return s === 'met'
        ? fr
          ? 'Réservé à la diaspora : c’est votre cas'
          : 'For the diaspora: that is you'
        : s === 'unmet'
          ? fr
            ? 'Réservé aux membres de la diaspora'
            : 'Only for members of the diaspora'
          : fr
            ? 'Réservé à la diaspora (indiquez vos pays d’origine)'
            : 'For the diaspora (add your countries of origin)';
    case 'stage': {
      const allowed = (p.allowed as string[]).map(labels.stage).join(', ');
      return fr ? `Stade du projet : ${allowed}` : `Project stage: ${allowed}`;
    }
    case 'sector': {
      const allowed = (p.allowed as string[]).map(labels.sector).join(', ');
      return fr ? `Secteurs visés : ${allowed}` : `Sectors: ${allowed}`;
    }
    case 'age':
      return fr ? `Âge : de ${p.min} à ${p.max} ans` : `Age: ${p.min} to ${p.max}`;
    case 'gender':
      return p.focus === 'women'
        ? fr
          ? 'Réservé aux femmes entrepreneures'
          : 'For women entrepreneurs'
        : fr
          ? 'Réservé aux hommes entrepreneurs'
          : 'For men entrepreneurs';
    case 'deadline': {
      // The reason carries the ISO day; people read it written out in their language.
      const deadline = formatDay(p.deadline as string, lang);
      return s === 'met'
        ? fr
          ? `Candidatures jusqu’au ${deadline}`
          : `Applications until ${deadline}`
        : fr
          ? `Date limite passée (${deadline})`
          : `Deadline passed (${deadline})`;
    }
    default: {
      const unreachable: never = reason.code;
      return unreachable;
    }
  }
}
