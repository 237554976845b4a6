import { countryName } from '@app/core';
import type { SearchProfile } from './engine/search-engine';
import type { SearchDocument, SearchLanguage } from './search-document';

/** Why a result fits the entrepreneur: a stable code and parameters, plus the sentence in their language. */
export interface FitReason {
  readonly code: 'residence' | 'target' | 'sector' | 'stage' | 'language';
  readonly params: Record<string, string>;
  readonly text: string;
}

type Lang = 'fr' | 'en';
const SENTENCES: Record<FitReason['code'], Record<Lang, (p: Record<string, string>) => string>> = {
  residence: {
    fr: (p) => `Ouvert aux résidents de : ${p.country}`,
    en: (p) => `Open to residents of ${p.country}`,
  },
  target: {
    fr: (p) => `Pour des projets dans ce pays : ${p.country}`,
    en: (p) => `For projects in ${p.country}`,
  },
  sector: { fr: (p) => `Votre secteur : ${p.sector}`, en: (p) => `Your sector: ${p.sector}` },
  stage: { fr: (p) => `Votre stade : ${p.stage}`, en: (p) => `Your stage: ${p.stage}` },
  language: { fr: (p) => `Proposé en ${p.language}`, en: (p) => `Offered in ${p.language}` },
};

export function fitReasons(
  profile: SearchProfile | undefined,
  document: SearchDocument,
  lang: SearchLanguage,
  labels: {
    sector: (code: string) => string;
    stage: (code: string) => string;
    language: (code: string) => string;
  },
): FitReason[] {
  if (!profile) return [];
  const l: Lang = lang === 'en' ? 'en' : 'fr';
  const reasons: FitReason[] = [];
  const add = (code: FitReason['code'], params: Record<string, string>) =>
    reasons.push({ code, params, text: SENTENCES[code][l](params) });
  const country = (code: string) => countryName(code, lang) ?? code;
  if (profile.residenceCountry && document.residenceCountries.includes(profile.residenceCountry)) {
    add('residence', { country: country(profile.residenceCountry) });
  }
  for (const target of profile.targetCountries ?? []) {
    if (document.targetCountries.includes(target)) add('target', { country: country(target) });
  }
  for (const sector of profile.sectors ?? []) {
    if (document.sectorCodes.includes(sector)) add('sector', { sector: labels.sector(sector) });
  }
  if (profile.stage && document.stageCodes.includes(profile.stage))
    add('stage', { stage: labels.stage(profile.stage) });
  for (const language of profile.languages ?? []) {
    if (document.deliveryLanguages.includes(language))
      add('language', { language: labels.language(language) });
  }
  return reasons;
}
