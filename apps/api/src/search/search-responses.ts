import type { SearchResponseHit, SearchService } from '@app/search';
import type { SearchHitResponse, SearchResponse } from './search.dto';

type ServiceResult = Awaited<ReturnType<SearchService['search']>>;

/** The JSON answer of GET /api/v1/search, from what SearchService found. */
export function toSearchResponse(
  result: ServiceResult,
  meta: { page: number; pageSize: number; engine: string; explain: boolean },
): SearchResponse {
  return {
    hits: result.hits.map((hit) => toSearchHitResponse(hit, meta.explain)),
    total: result.total,
    totalIsExact: result.totalIsExact,
    page: meta.page,
    pageSize: meta.pageSize,
    facets: result.facets,
    facetsAreExact: result.facetsAreExact,
    engine: meta.engine,
  };
}

export function toSearchHitResponse(hit: SearchResponseHit, explain: boolean): SearchHitResponse {
  const d = hit.document;
  const l = hit.matchedLanguage;
  const response: SearchHitResponse = {
    id: d.id,
    slug: d.slug,
    title: d[`title_${l}`] ?? '',
    summary: d[`summary_${l}`] ?? '',
    highlight: hit.highlight,
    matchedLanguage: l,
    organisation: {
      id: d.organisationId,
      name: d.organisationName,
      verified: d.organisationVerified,
    },
    categoryCode: d.categoryCode,
    targetCountries: d.targetCountries,
    residenceCountries: d.residenceCountries,
    deadline: d.deadline,
    rolling: d.rolling,
    free: d.free,
    lastVerifiedAt: d.lastVerifiedAt,
    qualityScore: d.qualityScore,
    profileMatch: hit.profileMatch,
    reasons: hit.reasons,
    matches: hit.matches.map((m) =>
      m.codes
        ? { field: m.field, codes: m.codes, label: m.label }
        : { field: m.field, label: m.label },
    ),
  };
  // Asked for: always present, null when the engine could not explain this hit.
  if (explain) response.ranking = hit.ranking ? { ...hit.ranking } : null;
  return response;
}
