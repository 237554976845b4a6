/** What an entrepreneur tells Passerelle about themself and their project. */
export interface EntrepreneurProfileView {
  readonly userId: string;
  readonly residenceCountry: string | null;
  readonly originCountries: string[];
  readonly targetCountries: string[];
  readonly sectorCodes: string[];
  readonly stageCode: string | null;
  /** Category codes of what they look for (financing, training…). */
  readonly needCodes: string[];
  readonly languages: string[];
  readonly businessName: string | null;
  readonly businessDescription: string | null;
  /** Only stored while the sensitive-fields consent is granted. */
  readonly dateOfBirth: string | null;
  readonly gender: 'woman' | 'man' | 'other' | null;
  readonly sensitiveConsent: { granted: boolean; version: string | null; recordedAt: Date | null };
  /** 0..100: share of the profile filled in. */
  readonly completeness: number;
  readonly updatedAt: Date | null;
}

export const PROFILE_SHAREABLE_FIELDS = [
  'residenceCountry',
  'originCountries',
  'targetCountries',
  'sectorCodes',
  'stageCode',
  'businessName',
  'businessDescription',
  'languages',
] as const;
export type ShareableProfileField = (typeof PROFILE_SHAREABLE_FIELDS)[number];

/** How the guided set-up after sign-up ended: gone through to the end, or skipped. */
export type ProfileSetupOutcome = 'completed' | 'skipped';
export interface ProfileSetupState {
  readonly outcome: ProfileSetupOutcome;
  readonly finishedAt: Date;
}

/**
 * True when the profile says anything eligibility can use (countries, stage, sectors):
 * without it every verdict would be "partly" or "unknown", which tells the reader nothing.
 */
export function hasMatchingFacts(p: EntrepreneurProfileView): boolean {
  return (
    !!p.residenceCountry ||
    p.originCountries.length > 0 ||
    p.targetCountries.length > 0 ||
    !!p.stageCode ||
    p.sectorCodes.length > 0
  );
}
