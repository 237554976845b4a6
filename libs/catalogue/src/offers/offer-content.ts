import type { FieldViolation } from '@app/core';

/** The content of an offer: what an organisation writes and a moderator reviews. */
export const CONTENT_LANGUAGES = ['fr', 'en', 'pt', 'ar'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
export const FORMATS = ['online', 'in_person', 'hybrid'] as const;
export const COST_TYPES = ['free', 'paid', 'on_application'] as const;
export const GENDER_FOCUS = ['any', 'women', 'men'] as const;
/** Categories that are financing: they carry an amount range. */
export const FINANCING_CATEGORIES = [
  'financing',
  'grant',
  'loan',
  'equity',
  'guarantee',
  'crowdfunding',
];

export interface OfferTranslation {
  title?: string;
  summary?: string;
  description?: string;
}

export interface OfferContent {
  translations: Partial<Record<ContentLanguage, OfferTranslation>>;
  categoryCode: string;
  sectorCodes: string[];
  stageCodes: string[];
  eligibility: {
    residenceCountries: string[];
    targetCountries: string[];
    diasporaOnly: boolean;
    genderFocus: (typeof GENDER_FOCUS)[number];
    ageMin?: number | null;
    ageMax?: number | null;
    otherConditions?: Partial<Record<ContentLanguage, string>>;
  };
  deliveryLanguages: string[];
  format: (typeof FORMATS)[number];
  location?: { city?: string; countryCode?: string; address?: string } | null;
  cost: {
    type: (typeof COST_TYPES)[number];
    amountMinor?: number | null;
    currency?: string | null;
  };
  funding?: { minMinor?: number | null; maxMinor?: number | null; currency: string } | null;
  dates: {
    opensOn?: string | null;
    deadline?: string | null;
    rolling: boolean;
    startsOn?: string | null;
    endsOn?: string | null;
  };
  apply: { url?: string | null; email?: string | null };
  contact?: { name?: string | null; email?: string | null; phone?: string | null } | null;
  tags: string[];
}

const TITLE_MIN = 5;
const SUMMARY_MIN = 20;
const DESCRIPTION_MIN = 50;

export function isCompleteTranslation(t: OfferTranslation | undefined): boolean {
  return (
    !!t &&
    (t.title?.trim().length ?? 0) >= TITLE_MIN &&
    (t.summary?.trim().length ?? 0) >= SUMMARY_MIN &&
    (t.description?.trim().length ?? 0) >= DESCRIPTION_MIN
  );
}

export function completeLanguages(content: OfferContent): ContentLanguage[] {
  return CONTENT_LANGUAGES.filter((l) => isCompleteTranslation(content.translations[l]));
}

/**
 * Rules across fields, in words a person understands. Shapes and formats are checked by
 * the DTO; this is what only the whole offer can tell.
 */
export function contentViolations(content: OfferContent): FieldViolation[] {
  const out: FieldViolation[] = [];
  const add = (field: string, rule: string, message: string) => out.push({ field, rule, message });

  if (completeLanguages(content).length === 0) {
    add(
      'translations',
      'oneLanguageComplete',
      `At least one language needs a title (${TITLE_MIN}+ characters), a summary (${SUMMARY_MIN}+) and a description (${DESCRIPTION_MIN}+).`,
    );
  }
  const { dates } = content;
  if (dates.rolling && dates.deadline) {
    add(
      'dates.deadline',
      'noDeadlineWhenRolling',
      'A rolling offer has no deadline: remove the deadline or untick rolling.',
    );
  }
  if (!dates.rolling && !dates.deadline) {
    add(
      'dates.deadline',
      'deadlineOrRolling',
      'Give a deadline, or mark the offer as rolling (open all year).',
    );
  }
  if (dates.opensOn && dates.deadline && dates.deadline < dates.opensOn) {
    add(
      'dates.deadline',
      'deadlineAfterOpening',
      'The deadline must be on or after the opening date.',
    );
  }
  if (dates.startsOn && dates.endsOn && dates.endsOn < dates.startsOn) {
    add('dates.endsOn', 'endAfterStart', 'The end date must be on or after the start date.');
  }
  const { ageMin, ageMax } = content.eligibility;
  if (ageMin != null && ageMax != null && ageMin > ageMax) {
    add('eligibility.ageMax', 'ageRange', 'The maximum age must not be below the minimum age.');
  }
  const isFinancing = FINANCING_CATEGORIES.includes(content.categoryCode);
  if (content.funding) {
    const { minMinor, maxMinor } = content.funding;
    if (minMinor != null && maxMinor != null && minMinor > maxMinor) {
      add(
        'funding.minMinor',
        'amountRange',
        'The minimum amount must not exceed the maximum amount.',
      );
    }
    if (minMinor == null && maxMinor == null) {
      add(
        'funding',
        'amountGiven',
        'Give a minimum or a maximum amount, or leave the amount range out.',
      );
    }
    if (!isFinancing)
      add('funding', 'financingOnly', 'An amount range is only for financing offers.');
  }
  if (
    content.cost.type === 'paid' &&
    (content.cost.amountMinor == null || !content.cost.currency)
  ) {
    add('cost.amountMinor', 'priceForPaid', 'A paid offer needs its price and currency.');
  }
  if (content.cost.type !== 'paid' && content.cost.amountMinor != null) {
    add('cost.amountMinor', 'priceOnlyWhenPaid', 'Only a paid offer has a price.');
  }
  if (content.format !== 'online' && !content.location?.countryCode) {
    add(
      'location.countryCode',
      'locationForInPerson',
      'An in-person or hybrid offer needs at least the country where it takes place.',
    );
  }
  if (!content.apply.url && !content.apply.email) {
    add('apply', 'howToApply', 'Say how to apply: a web address, an e-mail address, or both.');
  }
  return out;
}

/** A description this long (characters, in any language) counts as a full one. */
export const LONG_DESCRIPTION = 300;

/** The optional information the completeness share counts, one named check each. */
export const COMPLETENESS_CHECKS = [
  'twoLanguages',
  'sectors',
  'stages',
  'countries',
  'deliveryLanguages',
  'applyUrl',
  'email',
  'contactPerson',
  'opening',
  'startDate',
  'tags',
  'funding',
  'longDescription',
] as const;
export type CompletenessCheck = (typeof COMPLETENESS_CHECKS)[number];

/** Each check of the completeness share, met or not (the review page lists them). */
export function completenessChecks(
  content: OfferContent,
): Array<{ check: CompletenessCheck; met: boolean }> {
  const met: Record<CompletenessCheck, boolean> = {
    twoLanguages: completeLanguages(content).length >= 2,
    sectors: content.sectorCodes.length > 0,
    stages: content.stageCodes.length > 0,
    countries:
      content.eligibility.residenceCountries.length > 0 ||
      content.eligibility.targetCountries.length > 0,
    deliveryLanguages: content.deliveryLanguages.length > 0,
    applyUrl: !!content.apply.url,
    email: !!content.apply.email || !!content.contact?.email,
    contactPerson: !!content.contact?.name || !!content.contact?.phone,
    opening: !!content.dates.opensOn || content.dates.rolling,
    startDate: !!content.dates.startsOn,
    tags: content.tags.length > 0,
    funding: !FINANCING_CATEGORIES.includes(content.categoryCode) || !!content.funding,
    longDescription: Object.values(content.translations).some(
      (t) => (t?.description?.length ?? 0) >= LONG_DESCRIPTION,
    ),
  };
  return COMPLETENESS_CHECKS.map((check) => ({ check, met: met[check] }));
}

/** Share of the optional information an organisation filled in, 0..1 (feeds the quality score). */
export function completeness(content: OfferContent): number {
  const checks = completenessChecks(content);
  return checks.filter((c) => c.met).length / checks.length;
}

/** The title to show when one language is wanted, falling back through the others. */
export function titleIn(content: OfferContent, preferred: ContentLanguage = 'fr'): string {
  const order = [preferred, ...CONTENT_LANGUAGES.filter((l) => l !== preferred)];
  for (const l of order) {
    const title = content.translations[l]?.title?.trim();
    if (title) return title;
  }
  return '';
}
