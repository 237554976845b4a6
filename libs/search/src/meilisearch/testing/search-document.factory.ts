import { ROLLING_DEADLINE_TS, type SearchDocument } from '../../search-document';

/** A published offer's search document with plain defaults; `n` makes ids and slugs unique. */
export function makeDocument(n: number, overrides: Partial<SearchDocument> = {}): SearchDocument {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    slug: `offer-${n}`,
    organisationId: `10000000-0000-4000-8000-${String(n % 7).padStart(12, '0')}`,
    organisationName: `Organisation ${n % 7}`,
    organisationKind: 'association',
    organisationVerified: true,
    categoryCode: 'training',
    categoryCodes: ['training'],
    categoryLabels: ['Formation', 'Training'],
    sectorCodes: ['agriculture'],
    sectorLabels: ['Agriculture'],
    stageCodes: ['idea'],
    stageLabels: ['Idée', 'Idea'],
    residenceCountries: ['FR'],
    targetCountries: ['SN'],
    countryNames: ['France', 'Sénégal', 'Senegal'],
    languages: ['fr', 'en'],
    title_fr: `Offre ${n}`,
    summary_fr: `Résumé de l'offre ${n}`,
    description_fr: null,
    title_en: `Offer ${n}`,
    summary_en: `Summary of offer ${n}`,
    description_en: null,
    title_pt: null,
    summary_pt: null,
    description_pt: null,
    title_ar: null,
    summary_ar: null,
    description_ar: null,
    deliveryLanguages: ['fr'],
    format: 'online',
    costType: 'free',
    free: true,
    fundingCurrency: null,
    fundingMinMinor: null,
    fundingMaxMinor: null,
    fundingMaxEur: null,
    diasporaOnly: false,
    genderFocus: 'any',
    ageMin: null,
    ageMax: null,
    rolling: true,
    opensOn: null,
    deadline: null,
    deadlineTs: ROLLING_DEADLINE_TS,
    opensTs: 0,
    publishedTs: 1_735_689_600 + n,
    lastVerifiedAt: null,
    qualityScore: 50,
    tags: [],
    fingerprint: `fp-${n}`,
    ...overrides,
  };
}

export async function* batchesOf<T>(items: T[], size: number): AsyncGenerator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
