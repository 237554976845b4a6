import { Injectable } from '@nestjs/common';
import { SearchService, type SearchDocument, type SearchLanguage } from '@app/search';
import {
  EligibilityService,
  factsFromDocument,
  factsFromProfile,
  todayUtc,
} from '../eligibility/eligibility.service';
import { checkEligibility, type Verdict } from '../eligibility/eligibility';
import { reasonText } from '../eligibility/eligibility-text';
import { ProfileService } from '../profile/profile.service';

const CANDIDATES = 200;
const RANK: Record<Verdict, number> = { eligible: 0, partly: 1, unknown: 2, not_eligible: 3 };

export interface Recommendation {
  readonly document: SearchDocument;
  readonly verdict: Verdict;
  readonly needMatch: boolean;
  readonly reasons: Array<{
    code: string;
    status: string;
    params: Record<string, unknown>;
    text: string;
  }>;
}

/**
 * "For you": offers ranked for the profile — eligible first, then those matching a stated
 * need, then the nearest deadline, then quality — never one the profile is clearly not
 * eligible for. Computed from the profile at every call, so an edit shows at once.
 */
@Injectable()
export class RecommendationService {
  constructor(
    private readonly profiles: ProfileService,
    private readonly search: SearchService,
    private readonly eligibility: EligibilityService,
  ) {}

  async forUser(
    userId: string,
    lang: SearchLanguage,
    limit: number,
    today = todayUtc(),
  ): Promise<Recommendation[]> {
    const profile = await this.profiles.get(userId);
    // Candidates: the best-ranked offers for the profile (fit, then quality), from the search engine.
    const { hits } = await this.search.search(
      {
        lang,
        sort: 'relevance',
        page: 1,
        pageSize: CANDIDATES,
        filters: {},
        profile: {
          residenceCountry: profile.residenceCountry ?? undefined,
          targetCountries: profile.targetCountries,
          sectors: profile.sectorCodes,
          stage: profile.stageCode ?? undefined,
        },
      },
      today,
    );
    const facts = factsFromProfile(profile);
    const labels = await this.eligibility.labels(lang);
    return hits
      .map((hit) => {
        const result = checkEligibility(factsFromDocument(hit.document), facts, today);
        return {
          document: hit.document,
          verdict: result.verdict,
          needMatch: hit.document.categoryCodes.some((c) => profile.needCodes.includes(c)),
          reasons: result.reasons.map((r) => ({ ...r, text: reasonText(r, lang, labels) })),
        };
      })
      .filter((r) => r.verdict !== 'not_eligible')
      .sort(
        (a, b) =>
          RANK[a.verdict] - RANK[b.verdict] ||
          Number(b.needMatch) - Number(a.needMatch) ||
          a.document.deadlineTs - b.document.deadlineTs ||
          b.document.qualityScore - a.document.qualityScore,
      )
      .slice(0, limit);
  }
}
