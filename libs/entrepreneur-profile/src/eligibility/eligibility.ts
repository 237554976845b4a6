/**
 * Does this offer fit this entrepreneur? A pure function: the same facts give the same
 * verdict, with structured reasons (code + parameters) that are rendered in fr/en.
 *
 * Hard criteria (residence, target country, diaspora-only, stage, age, gender, deadline) can
 * make an offer not eligible; the sector is a focus, so a mismatch only makes it "partly".
 */
export type Verdict = 'eligible' | 'partly' | 'not_eligible' | 'unknown';
export type CriterionStatus = 'met' | 'unmet' | 'unknown';
export type CriterionCode =
  'residence' | 'target' | 'diaspora' | 'stage' | 'sector' | 'age' | 'gender' | 'deadline';

export interface EligibilityReason {
  readonly code: CriterionCode;
  readonly status: CriterionStatus;
  readonly params: Record<string, string | number | string[]>;
}

export interface EligibilityResult {
  readonly verdict: Verdict;
  readonly reasons: EligibilityReason[];
}

/** What the offer requires (from its content or its search document). */
export interface OfferFacts {
  readonly residenceCountries: readonly string[];
  readonly targetCountries: readonly string[];
  readonly diasporaOnly: boolean;
  readonly stageCodes: readonly string[];
  readonly sectorCodes: readonly string[];
  readonly ageMin: number | null;
  readonly ageMax: number | null;
  readonly genderFocus: string;
  readonly rolling: boolean;
  readonly deadline: string | null;
}

/** What the entrepreneur said (any field may be missing). */
export interface ProfileFacts {
  readonly residenceCountry: string | null;
  readonly originCountries: readonly string[];
  readonly targetCountries: readonly string[];
  readonly stageCode: string | null;
  readonly sectorCodes: readonly string[];
  readonly dateOfBirth: string | null;
  readonly gender: 'woman' | 'man' | 'other' | null;
}

const HARD: readonly CriterionCode[] = [
  'residence',
  'target',
  'diaspora',
  'stage',
  'age',
  'gender',
  'deadline',
];

export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function checkEligibility(
  offer: OfferFacts,
  profile: ProfileFacts,
  today: string,
): EligibilityResult {
  const reasons: EligibilityReason[] = [];
  const add = (
    code: CriterionCode,
    status: CriterionStatus,
    params: EligibilityReason['params'] = {},
  ) => reasons.push({ code, status, params });

  if (offer.residenceCountries.length) {
    const allowed = [...offer.residenceCountries];
    if (!profile.residenceCountry) add('residence', 'unknown', { allowed });
    else
      add('residence', allowed.includes(profile.residenceCountry) ? 'met' : 'unmet', {
        allowed,
        yours: profile.residenceCountry,
      });
  }
  if (offer.targetCountries.length) {
    const allowed = [...offer.targetCountries];
    const overlap = profile.targetCountries.filter((c) => allowed.includes(c));
    if (!profile.targetCountries.length) add('target', 'unknown', { allowed });
    else add('target', overlap.length ? 'met' : 'unmet', { allowed, matching: overlap });
  }
  if (offer.diasporaOnly) {
    // Diaspora: an origin country other than the country of residence.
    if (!profile.originCountries.length || !profile.residenceCountry) add('diaspora', 'unknown');
    else
      add(
        'diaspora',
        profile.originCountries.some((c) => c !== profile.residenceCountry) ? 'met' : 'unmet',
      );
  }
  if (offer.stageCodes.length) {
    const allowed = [...offer.stageCodes];
    if (!profile.stageCode) add('stage', 'unknown', { allowed });
    else
      add('stage', allowed.includes(profile.stageCode) ? 'met' : 'unmet', {
        allowed,
        yours: profile.stageCode,
      });
  }
  if (offer.sectorCodes.length) {
    const allowed = [...offer.sectorCodes];
    const overlap = profile.sectorCodes.filter((s) => allowed.includes(s));
    if (!profile.sectorCodes.length) add('sector', 'unknown', { allowed });
    else add('sector', overlap.length ? 'met' : 'unmet', { allowed, matching: overlap });
  }
  if (offer.ageMin != null || offer.ageMax != null) {
    const range = { min: offer.ageMin ?? 0, max: offer.ageMax ?? 120 };
    if (!profile.dateOfBirth) add('age', 'unknown', range);
    else {
      const age = ageOn(profile.dateOfBirth, today);
      add('age', age >= range.min && age <= range.max ? 'met' : 'unmet', { ...range, yours: age });
    }
  }
  if (offer.genderFocus !== 'any') {
    const wanted = offer.genderFocus === 'women' ? 'woman' : 'man';
    if (!profile.gender) add('gender', 'unknown', { focus: offer.genderFocus });
    else add('gender', profile.gender === wanted ? 'met' : 'unmet', { focus: offer.genderFocus });
  }
  if (!offer.rolling && offer.deadline) {
    add('deadline', offer.deadline >= today ? 'met' : 'unmet', { deadline: offer.deadline });
  }

  return { verdict: verdictOf(reasons), reasons };
}

function verdictOf(reasons: readonly EligibilityReason[]): Verdict {
  const hard = reasons.filter((r) => HARD.includes(r.code));
  if (hard.some((r) => r.status === 'unmet')) return 'not_eligible';
  const softUnmet = reasons.some((r) => !HARD.includes(r.code) && r.status === 'unmet');
  const unknown = hard.filter((r) => r.status === 'unknown').length;
  const known = hard.length - unknown;
  if (unknown === 0) return softUnmet ? 'partly' : 'eligible';
  return known > 0 || softUnmet ? 'partly' : 'unknown';
}
