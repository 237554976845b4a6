import { Injectable } from '@nestjs/common';
import type { Locale } from '@app/core';
import { TaxonomyService, type OfferContent } from '@app/catalogue';
import type { SearchDocument } from '@app/search';
import type { EntrepreneurProfileView } from '../profile/profile.types';
import {
  checkEligibility,
  type EligibilityReason,
  type OfferFacts,
  type ProfileFacts,
  type Verdict,
} from './eligibility';
import { reasonText, type ReasonLabels } from './eligibility-text';

export interface ExplainedEligibility {
  readonly verdict: Verdict;
  readonly reasons: Array<EligibilityReason & { text: string }>;
}

export function factsFromContent(content: OfferContent): OfferFacts {
  return {
    residenceCountries: content.eligibility.residenceCountries,
    targetCountries: content.eligibility.targetCountries,
    diasporaOnly: content.eligibility.diasporaOnly,
    stageCodes: content.stageCodes,
    sectorCodes: content.sectorCodes,
    ageMin: content.eligibility.ageMin ?? null,
    ageMax: content.eligibility.ageMax ?? null,
    genderFocus: content.eligibility.genderFocus,
    rolling: content.dates.rolling,
    deadline: content.dates.deadline ?? null,
  };
}

export function factsFromDocument(d: SearchDocument): OfferFacts {
  return {
    residenceCountries: d.residenceCountries,
    targetCountries: d.targetCountries,
    diasporaOnly: d.diasporaOnly,
    stageCodes: d.stageCodes,
    sectorCodes: d.sectorCodes,
    ageMin: d.ageMin,
    ageMax: d.ageMax,
    genderFocus: d.genderFocus,
    rolling: d.rolling,
    deadline: d.deadline,
  };
}

export function factsFromProfile(p: EntrepreneurProfileView): ProfileFacts {
  return {
    residenceCountry: p.residenceCountry,
    originCountries: p.originCountries,
    targetCountries: p.targetCountries,
    stageCode: p.stageCode,
    sectorCodes: p.sectorCodes,
    dateOfBirth: p.dateOfBirth,
    gender: p.gender,
  };
}

/** Eligibility with its reasons written out in the reader's language. */
@Injectable()
export class EligibilityService {
  constructor(private readonly taxonomy: TaxonomyService) {}

  async explain(
    offer: OfferFacts,
    profile: EntrepreneurProfileView,
    lang: Locale,
    today = todayUtc(),
  ) {
    const result = checkEligibility(offer, factsFromProfile(profile), today);
    const labels = await this.labels(lang);
    return {
      verdict: result.verdict,
      reasons: result.reasons.map((r) => ({ ...r, text: reasonText(r, lang, labels) })),
    } satisfies ExplainedEligibility;
  }

  /** Stage and sector labels in `lang`; a term without one falls back to French, then English. */
  async labels(lang: Locale): Promise<ReasonLabels> {
    const terms = await this.taxonomy.list(undefined, { includeRetired: true });
    const find = (vocabulary: string) => (code: string) => {
      const labels = terms.find((t) => t.vocabulary === vocabulary && t.code === code)?.labels;
      return labels?.[lang] ?? labels?.fr ?? labels?.en ?? code;
    };
    return { stage: find('stage'), sector: find('sector') };
  }
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
