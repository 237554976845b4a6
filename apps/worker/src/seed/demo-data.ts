import {
  FINANCING_CATEGORIES,
  titleIn,
  type ContentLanguage,
  type OfferContent,
  type OfferState,
} from '@app/catalogue';
import { languageName, minorUnits, slugify } from '@app/core';
import type { OrganisationKind } from '@app/support-organisation';
import { country, EUROPE, SECTORS, STAGE_CODES, type DemoCountry } from './demo-places';
import { DEMO_ORGANISATIONS, type DemoOrganisationSpec } from './demo-organisations';
import {
  CHANGE_REQUESTS,
  PROGRAMMES,
  type ProgrammeText,
  type ProgrammeVariant,
} from './demo-texts';

/**
 * The demo catalogue `npm start` seeds into an empty database: about forty invented support
 * organisations and 300 offers in every category, state and language the product handles.
 *
 * Pure and deterministic: the same seed and the same `now` give the same catalogue (a
 * mulberry32 generator, never Math.random). Dates are offsets from `now`, and the random
 * draws never depend on `now`, so every run has the same shape whatever the day.
 * Identifiers are given by the seeder, not here.
 */

export const DEMO_PASSWORD = 'Passerelle-demo-2026';

export const DEMO_ACCOUNTS = {
  admin: {
    email: 'admin@passerelle.demo',
    displayName: 'Équipe Passerelle (démo)',
    kind: 'admin',
  },
  organisation: {
    email: 'organisation@passerelle.demo',
    displayName: 'Awa N. (démo)',
    kind: 'organisation_member',
  },
  entrepreneur: {
    email: 'entrepreneur@passerelle.demo',
    displayName: 'Kwame A. (démo)',
    kind: 'entrepreneur',
  },
} as const;

/**
 * The demo entrepreneur's profile, filled in so that search results and "For you" show real
 * verdicts from the first sign-in: a Ghanaian living in France (diaspora), with a food
 * processing project at the creation stage in Ghana and Senegal (many demo offers target them).
 */
export const DEMO_ENTREPRENEUR_PROFILE = {
  residenceCountry: 'FR',
  originCountries: ['GH'],
  targetCountries: ['SN', 'GH'],
  sectorCodes: ['agriculture_agrifood'],
  stageCode: 'creation',
  needCodes: ['grant', 'mentoring'],
  languages: ['fr', 'en'],
  businessName: 'Kwame Agro (démo)',
  businessDescription:
    'Transformation de mangues et d’ananas séchés à Thiès et Kumasi, vendus en France et dans la sous-région.',
} as const;

export const DEMO_OFFER_COUNT = 300;
const DEFAULT_SEED = 0x5eed2026;

export type DemoActor = 'organisation' | 'admin' | 'system';

export interface DemoOrganisation {
  readonly index: number;
  readonly name: string;
  readonly slug: string;
  readonly kind: OrganisationKind;
  readonly legalCountry: string | null;
  readonly legalRegistrationNumber: string | null;
  readonly countriesOfOperation: string[];
  readonly description: Partial<Record<ContentLanguage, string>>;
  readonly website: string;
  readonly contactEmail: string;
  readonly contactPhone: string | null;
  readonly verificationStatus: 'pending' | 'verified' | 'rejected';
  readonly createdAt: Date;
  readonly verificationRequestedAt: Date;
  /** When an admin verified or rejected it. */
  readonly decidedAt: Date | null;
  readonly rejectionReason: string | null;
  /** The demo organisation account's role in it, if any. */
  readonly demoMemberRole: 'owner' | 'editor' | null;
}

/** One line of the catalogue audit log, as the services would have written it. */
export interface DemoEvent {
  readonly at: Date;
  readonly actorRole: DemoActor;
  readonly action: string;
  readonly fromState: OfferState | null;
  readonly toState: OfferState | null;
  readonly reason: string | null;
  /** The event concerns the offer's pending revision. */
  readonly revision: boolean;
}

export interface DemoOffer {
  readonly organisationIndex: number;
  readonly slug: string;
  readonly state: Extract<
    OfferState,
    'draft' | 'submitted' | 'changes_requested' | 'published' | 'expired'
  >;
  readonly version: number;
  readonly content: OfferContent;
  readonly viewCount: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly submittedAt: Date | null;
  readonly publishedAt: Date | null;
  readonly decidedAt: Date | null;
  readonly expiredAt: Date | null;
  readonly lastVerifiedAt: Date | null;
  readonly moderationComment: string | null;
  /** A proposed change of a published offer waiting for review. */
  readonly revision: { readonly content: OfferContent; readonly submittedAt: Date } | null;
  /** Set on submissions that repeat an existing offer of the organisation. */
  readonly duplicateOf: string | null;
  readonly events: readonly DemoEvent[];
}

export interface DemoCatalogue {
  readonly organisations: readonly DemoOrganisation[];
  readonly offers: readonly DemoOffer[];
}

// ---------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a small, fast, well-distributed 32-bit generator (public domain). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }
  /** k distinct items, in their original order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const keys = items.map((item, i) => ({ item, i, key: this.next() }));
    return keys
      .sort((a, b) => a.key - b.key)
      .slice(0, Math.min(k, items.length))
      .sort((a, b) => a.i - b.i)
      .map((x) => x.item);
  }
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += this.int(0, 15).toString(16);
    return out;
  }
}

// ---------------------------------------------------------------------------------------
// Vocabulary

const DAY = 86_400_000;
const LANGS: readonly ContentLanguage[] = ['fr', 'en', 'pt', 'ar'];
const LOCALE: Record<ContentLanguage, string> = {
  fr: 'fr-FR',
  en: 'en-GB',
  pt: 'pt-PT',
  ar: 'ar-MA',
};

const DISCLAIMER: Record<ContentLanguage, { organisation: string; offer: string }> = {
  fr: {
    organisation: 'Organisation fictive — données de démonstration.',
    offer: 'Offre fictive — données de démonstration de Passerelle.',
  },
  en: {
    organisation: 'Fictitious organisation — demo data.',
    offer: 'Fictitious offer — Passerelle demo data.',
  },
  pt: {
    organisation: 'Organização fictícia — dados de demonstração.',
    offer: 'Oferta fictícia — dados de demonstração da Passerelle.',
  },
  ar: {
    organisation: 'مؤسسة وهمية — بيانات تجريبية.',
    offer: 'عرض وهمي — بيانات تجريبية لمنصة Passerelle.',
  },
};

const STAGE_LABELS: Record<ContentLanguage, Record<string, string>> = {
  fr: {
    idea: 'idée',
    creation: 'création',
    early: 'jeune entreprise',
    growth: 'croissance',
    established: 'entreprise établie',
  },
  en: {
    idea: 'idea',
    creation: 'start-up',
    early: 'early stage',
    growth: 'growth',
    established: 'established business',
  },
  pt: {
    idea: 'ideia',
    creation: 'criação',
    early: 'fase inicial',
    growth: 'crescimento',
    established: 'empresa consolidada',
  },
  ar: {
    idea: 'مرحلة الفكرة',
    creation: 'مرحلة التأسيس',
    early: 'المرحلة الأولى من النشاط',
    growth: 'مرحلة النمو',
    established: 'مؤسسة قائمة',
  },
};

/** What each kind of organisation typically offers, with relative weights. */
const KIND_CATEGORIES: Record<OrganisationKind, ReadonlyArray<readonly [string, number]>> = {
  incubator: [
    ['incubation', 4],
    ['training', 3],
    ['mentoring', 3],
    ['networking', 2],
    ['grant', 2],
    ['legal', 1],
    ['information', 1],
    ['market_access', 1],
  ],
  accelerator: [
    ['acceleration', 4],
    ['equity', 3],
    ['mentoring', 2],
    ['networking', 2],
    ['market_access', 2],
    ['investment_facilitation', 1],
    ['training', 1],
    ['financing', 1],
  ],
  bank: [
    ['loan', 5],
    ['guarantee', 3],
    ['financing', 2],
    ['information', 1],
    ['investment_facilitation', 1],
  ],
  microfinance: [
    ['loan', 5],
    ['training', 2],
    ['guarantee', 1],
    ['information', 1],
    ['financing', 1],
  ],
  public_agency: [
    ['grant', 3],
    ['information', 3],
    ['investment_facilitation', 3],
    ['return_reintegration', 2],
    ['guarantee', 1],
    ['market_access', 1],
    ['legal', 1],
    ['financing', 1],
  ],
  ngo: [
    ['return_reintegration', 4],
    ['training', 2],
    ['mentoring', 2],
    ['grant', 2],
    ['information', 1],
    ['crowdfunding', 1],
  ],
  diaspora_association: [
    ['networking', 4],
    ['mentoring', 3],
    ['information', 2],
    ['training', 2],
    ['return_reintegration', 1],
    ['crowdfunding', 1],
  ],
  chamber_of_commerce: [
    ['market_access', 4],
    ['networking', 3],
    ['legal', 2],
    ['information', 2],
    ['training', 1],
  ],
  consultancy: [
    ['legal', 4],
    ['market_access', 2],
    ['training', 2],
    ['investment_facilitation', 2],
    ['mentoring', 1],
  ],
  university: [
    ['training', 4],
    ['incubation', 2],
    ['mentoring', 2],
    ['information', 1],
    ['grant', 1],
  ],
  other: [
    ['crowdfunding', 5],
    ['equity', 1],
    ['networking', 1],
    ['financing', 1],
    ['grant', 1],
  ],
};

/** Stages each category usually serves, in order: an offer takes a contiguous run. */
const CATEGORY_STAGES: Record<string, readonly string[]> = {
  financing: ['creation', 'early'],
  grant: ['idea', 'creation', 'early'],
  loan: ['creation', 'early', 'growth', 'established'],
  equity: ['early', 'growth'],
  guarantee: ['creation', 'early', 'growth', 'established'],
  crowdfunding: ['creation', 'early', 'growth'],
  training: ['idea', 'creation', 'early'],
  mentoring: ['creation', 'early', 'growth'],
  incubation: ['idea', 'creation'],
  acceleration: ['early', 'growth'],
  legal: ['idea', 'creation', 'early', 'growth'],
  market_access: ['early', 'growth', 'established'],
  networking: [...STAGE_CODES],
  information: ['idea', 'creation'],
  investment_facilitation: ['creation', 'growth', 'established'],
  return_reintegration: ['idea', 'creation'],
};

/** Typical amount ranges, in euros (converted to each currency and rounded). */
const FUNDING_EUR: Record<string, readonly number[]> = {
  financing: [15_000, 30_000, 50_000, 80_000],
  grant: [5_000, 10_000, 15_000, 20_000, 30_000, 50_000],
  loan: [10_000, 25_000, 50_000, 100_000, 150_000],
  equity: [50_000, 100_000, 250_000, 500_000],
  guarantee: [50_000, 100_000, 200_000, 300_000],
  crowdfunding: [5_000, 10_000, 30_000, 50_000, 100_000],
};
const MICROLOAN_EUR = [1_000, 3_000, 5_000, 8_000];
const HONOUR_LOAN_EUR = [5_000, 8_000, 15_000, 30_000];

/** Prices of paid offers, in euros. */
const PRICE_EUR: Record<string, readonly number[]> = {
  training: [90, 150, 250, 450, 900],
  mentoring: [300, 600, 1_200],
  legal: [60, 90, 150, 250],
  market_access: [600, 1_200, 1_900],
  networking: [10, 20, 35, 80],
  acceleration: [500, 1_500],
  incubation: [300, 900],
  investment_facilitation: [500, 1_500],
};
/** Categories that are rarely paid for. */
const FREE_LEANING = new Set([
  'information',
  'return_reintegration',
  'grant',
  'financing',
  'loan',
  'guarantee',
  'equity',
  'crowdfunding',
]);

const DURATION: Record<string, { unit: 'hours' | 'weeks' | 'months'; values: number[] }> = {
  training: { unit: 'weeks', values: [2, 4, 6, 8, 10, 12] },
  mentoring: { unit: 'months', values: [3, 4, 6] },
  incubation: { unit: 'months', values: [6, 9, 12] },
  acceleration: { unit: 'months', values: [3, 4, 6] },
  legal: { unit: 'hours', values: [3, 4] },
  market_access: { unit: 'months', values: [3, 6] },
  return_reintegration: { unit: 'months', values: [3, 6] },
};
const UNIT_WORDS: Record<ContentLanguage, Record<'hours' | 'weeks' | 'months', string>> = {
  fr: { hours: 'heures', weeks: 'semaines', months: 'mois' },
  en: { hours: 'hours', weeks: 'weeks', months: 'months' },
  pt: { hours: 'horas', weeks: 'semanas', months: 'meses' },
  ar: { hours: 'ساعات', weeks: 'أسابيع', months: 'أشهر' },
};

/** Sectors with a heavier weight in some countries (agrifood in the Sahel, tech in Lagos…). */
const SECTOR_BOOST: Record<string, Record<string, number>> = {
  SN: { agriculture_agrifood: 4, digital_tech: 2, tourism_hospitality: 1.5, textile_fashion: 1.5 },
  CI: { agriculture_agrifood: 4, commerce_retail: 2, construction_real_estate: 1.5 },
  CM: { agriculture_agrifood: 3, digital_tech: 2, transport_logistics: 1.5 },
  ML: { agriculture_agrifood: 5, renewable_energy: 2, water_sanitation: 2 },
  MA: { tourism_hospitality: 3, manufacturing: 2, digital_tech: 2, agriculture_agrifood: 2 },
  TN: { digital_tech: 3, manufacturing: 2, health: 2, textile_fashion: 2 },
  NG: { fintech_financial_services: 4, digital_tech: 3, creative_cultural_industries: 2 },
  GH: { agriculture_agrifood: 2, fintech_financial_services: 2, commerce_retail: 2 },
  KE: { digital_tech: 3, renewable_energy: 3, health: 2, fintech_financial_services: 2 },
  CV: { tourism_hospitality: 4, renewable_energy: 2, transport_logistics: 1.5 },
  AO: { construction_real_estate: 3, agriculture_agrifood: 2, commerce_retail: 2 },
  MZ: { agriculture_agrifood: 3, transport_logistics: 2 },
  GW: { agriculture_agrifood: 4, commerce_retail: 2 },
  EG: { digital_tech: 3, manufacturing: 2, tourism_hospitality: 2 },
};

const OTHER_CONDITIONS: ReadonlyArray<Record<ContentLanguage, string>> = [
  {
    fr: 'Avoir une entreprise immatriculée depuis moins de trois ans.',
    en: 'The company must have been registered less than three years ago.',
    pt: 'Empresa registada há menos de três anos.',
    ar: 'أن تكون المقاولة مسجلة منذ أقل من ثلاث سنوات.',
  },
  {
    fr: 'Présenter un business plan et un budget prévisionnel.',
    en: 'Submit a business plan and a budget forecast.',
    pt: 'Apresentar um plano de negócios e um orçamento previsional.',
    ar: 'تقديم مخطط أعمال وميزانية توقعية.',
  },
  {
    fr: 'Disposer d’un apport personnel d’au moins 10 % du coût du projet.',
    en: 'Bring own funds of at least 10% of the project cost.',
    pt: 'Dispor de capitais próprios de pelo menos 10 % do custo do projeto.',
    ar: 'توفير مساهمة شخصية لا تقل عن 10 في المائة من كلفة المشروع.',
  },
  {
    fr: 'Être disponible pour une séance par semaine pendant toute la durée du programme.',
    en: 'Be available for one session a week throughout the programme.',
    pt: 'Estar disponível para uma sessão por semana durante todo o programa.',
    ar: 'التفرغ لحصة واحدة في الأسبوع طوال مدة البرنامج.',
  },
];

const FIRST_NAMES = [
  'Awa',
  'Moussa',
  'Fatou',
  'Ibrahima',
  'Aïcha',
  'Kofi',
  'Ama',
  'Chinedu',
  'Ngozi',
  'Wanjiru',
  'Otieno',
  'Youssef',
  'Salma',
  'Karim',
  'Leïla',
  'Mariama',
  'Amadou',
  'Djeneba',
  'Joana',
  'Nuno',
  'Edson',
  'Luísa',
  'Yasmine',
  'Sami',
  'Inès',
  'Clarisse',
];
const INITIALS = 'BCDFGKLMNSTY';

const REJECTION_REASON =
  'Le numéro d’immatriculation indiqué ne figure pas au registre des personnes morales et aucun justificatif d’activité n’a été joint. Merci de fournir un extrait récent du registre avant une nouvelle demande.';

// ---------------------------------------------------------------------------------------
// Generation

interface Plan {
  readonly organisationIndex: number;
  readonly state: DemoOffer['state'];
  readonly revision?: boolean;
  readonly duplicate?: boolean;
}

/**
 * Which organisations get which non-public offers (the review queue and the drafts), by
 * position in DEMO_ORGANISATIONS: 0 is the demo account's own, 11/15/17/28/34/39 are
 * pending verification, 40 is the rejected one. The unit test checks the resulting mix.
 */
const FIXED_PLANS: readonly Plan[] = [
  { organisationIndex: 0, state: 'draft' },
  { organisationIndex: 0, state: 'submitted', duplicate: true },
  { organisationIndex: 0, state: 'changes_requested' },
  { organisationIndex: 1, state: 'submitted' },
  { organisationIndex: 3, state: 'submitted', duplicate: true },
  { organisationIndex: 22, state: 'submitted', duplicate: true },
  { organisationIndex: 29, state: 'submitted', duplicate: true },
  { organisationIndex: 9, state: 'changes_requested' },
  { organisationIndex: 19, state: 'changes_requested' },
  // Organisations still waiting for verification: their first offers wait too.
  { organisationIndex: 11, state: 'submitted' },
  { organisationIndex: 17, state: 'submitted' },
  { organisationIndex: 39, state: 'submitted' },
  { organisationIndex: 15, state: 'draft' },
  { organisationIndex: 28, state: 'draft' },
  { organisationIndex: 34, state: 'draft' },
  // The rejected organisation keeps a draft it cannot have published.
  { organisationIndex: 40, state: 'draft' },
];
const EXPIRED_COUNT = 10;
/** Published offers with a change waiting for review. */
const REVISION_ORGANISATIONS = [0, 19];

export function generateDemoCatalogue(now: Date, seed = DEFAULT_SEED): DemoCatalogue {
  const rng = new Random(seed);
  const organisations = DEMO_ORGANISATIONS.map((spec, index) =>
    makeOrganisation(rng, spec, index, now),
  );
  const plans = planOffers(rng, organisations);
  const offers: DemoOffer[] = [];
  const slugs = new Set<string>();
  const titlesByOrganisation = new Map<number, Set<string>>();
  for (const plan of plans) {
    const organisation = organisations[plan.organisationIndex];
    const spec = DEMO_ORGANISATIONS[plan.organisationIndex];
    const titles = titlesByOrganisation.get(plan.organisationIndex) ?? new Set<string>();
    titlesByOrganisation.set(plan.organisationIndex, titles);
    let content: OfferContent;
    let duplicateOf: string | null = null;
    const original = plan.duplicate
      ? offers.findLast(
          (o) => o.organisationIndex === plan.organisationIndex && o.state === 'published',
        )
      : undefined;
    if (original) {
      content = duplicateContent(original.content);
      duplicateOf = original.slug;
    } else {
      content = makeContent(rng, spec, organisation, plan, now, titles);
    }
    for (const t of Object.values(content.translations)) if (t.title) titles.add(t.title);
    let slug: string;
    do {
      slug = `${slugify(titleIn(content)).slice(0, 100).replace(/-+$/, '') || 'offre'}-${rng.hex(6)}`;
    } while (slugs.has(slug));
    slugs.add(slug);
    offers.push(makeOffer(rng, plan, organisation, content, slug, duplicateOf, now));
  }
  return { organisations, offers };
}

function makeOrganisation(
  rng: Random,
  spec: DemoOrganisationSpec,
  index: number,
  now: Date,
): DemoOrganisation {
  const description: Partial<Record<ContentLanguage, string>> = {};
  for (const lang of LANGS) {
    const about = spec.about[lang];
    if (about) description[lang] = `${about}\n\n${DISCLAIMER[lang].organisation}`;
  }
  const createdDaysAgo =
    spec.status === 'verified'
      ? rng.int(330, 900)
      : spec.status === 'rejected'
        ? rng.int(80, 120)
        : rng.int(25, 60);
  const createdAt = timeAgo(now, createdDaysAgo, rng);
  const decidedAt =
    spec.status === 'pending' ? null : new Date(createdAt.getTime() + rng.int(2, 15) * DAY);
  const registered = spec.status !== 'pending' || rng.chance(0.7);
  const phone =
    spec.country === 'FR'
      ? `+3319900${String(rng.int(1000, 9999))}`
      : spec.country === 'GB'
        ? `+4420794600${String(rng.int(10, 99))}`
        : null;
  return {
    index,
    name: spec.name,
    slug: slugify(spec.name),
    kind: spec.kind,
    legalCountry: registered ? spec.country : null,
    legalRegistrationNumber: registered
      ? `DEMO-${spec.country}-${String(rng.int(100000, 999999))}`
      : null,
    countriesOfOperation: [...spec.operates],
    description,
    website: `https://example.org/${spec.handle}`,
    contactEmail: `contact.${spec.handle}@example.org`,
    contactPhone: phone,
    verificationStatus: spec.status,
    createdAt,
    verificationRequestedAt: createdAt,
    decidedAt,
    rejectionReason: spec.status === 'rejected' ? REJECTION_REASON : null,
    demoMemberRole: index === 0 ? 'owner' : index === 1 || index === 2 ? 'editor' : null,
  };
}

/** Every offer's organisation and state: the fixed review queue, then the public catalogue. */
function planOffers(rng: Random, organisations: readonly DemoOrganisation[]): Plan[] {
  const publicTotal = DEMO_OFFER_COUNT - FIXED_PLANS.length;
  const verified = organisations.filter((o) => o.verificationStatus === 'verified');
  const weights: number[] = verified.map((o) => DEMO_ORGANISATIONS[o.index].size);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  // Largest remainder: shares proportional to size that add up exactly.
  const exact = weights.map((w) => (w / totalWeight) * publicTotal);
  const counts = exact.map(Math.floor);
  let left = publicTotal - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    counts[i]++;
  }
  const expiredOrganisations = new Set([
    0,
    ...rng.sample(
      verified.filter((o) => o.index !== 0).map((o) => o.index),
      EXPIRED_COUNT - 1,
    ),
  ]);
  const plans: Plan[] = [];
  verified.forEach((organisation, i) => {
    for (let n = 0; n < counts[i]; n++) {
      const last = n === counts[i] - 1;
      plans.push({
        organisationIndex: organisation.index,
        state: last && expiredOrganisations.has(organisation.index) ? 'expired' : 'published',
        revision: n === 0 && REVISION_ORGANISATIONS.includes(organisation.index),
      });
    }
  });
  // Non-public offers come after the published ones they may repeat.
  return [...plans, ...FIXED_PLANS];
}

interface Audience {
  readonly genderFocus: 'any' | 'women';
  readonly ageMin: number | null;
  readonly ageMax: number | null;
  readonly diasporaOnly: boolean;
  readonly kind: 'general' | 'women' | 'youth';
}

function makeContent(
  rng: Random,
  spec: DemoOrganisationSpec,
  organisation: DemoOrganisation,
  plan: Plan,
  now: Date,
  titlesOfOrganisation: Set<string>,
): OfferContent {
  const home = country(spec.country);
  const africanOperations = spec.operates.filter((c) => country(c).region === 'africa');
  const europeanOperations = spec.operates.filter((c) => country(c).region === 'europe');

  // Category, then a variant this organisation has used least, so its offers differ.
  const categoryCode = rng.weighted(KIND_CATEGORIES[spec.kind]);
  const variants = PROGRAMMES[categoryCode];

  // Where the business must be, and where the entrepreneur must live.
  let targets: string[];
  if (home.region === 'africa') {
    targets =
      africanOperations.length > 1 && rng.chance(0.25)
        ? rng.sample(africanOperations, 2)
        : [spec.country];
  } else {
    const k = rng.weighted([
      [1, 5],
      [2, 3],
      [3, 1],
    ] as const);
    targets = rng.chance(0.08) ? [] : rng.sample(africanOperations, k);
    // Put the first target first at random, so a European organisation's offers vary.
    if (targets.length > 1 && rng.chance(0.5)) targets.reverse();
  }
  let residences: string[];
  if (home.region === 'europe') {
    residences = rng.chance(0.15)
      ? []
      : rng.chance(0.6)
        ? [spec.country]
        : rng.sample(
            [
              ...new Set([
                spec.country,
                ...europeanOperations,
                ...rng.sample(EUROPE, 2).map((c) => c.code),
              ]),
            ],
            rng.int(2, 3),
          );
  } else {
    residences = rng.chance(0.45)
      ? []
      : europeanOperations.length > 0
        ? rng.sample(europeanOperations, rng.int(1, europeanOperations.length))
        : rng.sample(
            EUROPE.map((c) => c.code),
            rng.int(2, 4),
          );
  }
  const primary = targets.length > 0 ? country(targets[0]) : null;

  // Languages of the text.
  const languages = textLanguages(rng, home, targets);
  let variant: ProgrammeVariant = rng.pick(variants);
  const needsPtOrAr = languages.includes('pt') || languages.includes('ar');
  if (needsPtOrAr) variant = variants[0];

  // Audience.
  const audienceKind = rng.weighted([
    ['general', 76],
    ['women', 12],
    ['youth', 12],
  ] as const);
  const audience: Audience = {
    kind: audienceKind,
    genderFocus: audienceKind === 'women' ? 'women' : 'any',
    ageMin: audienceKind === 'youth' ? 18 : rng.chance(0.08) ? 21 : null,
    ageMax: audienceKind === 'youth' ? 35 : null,
    diasporaOnly: categoryCode === 'return_reintegration' || rng.chance(0.5),
  };

  // Sectors and stages.
  const sectorCodes = pickSectors(rng, primary?.code ?? spec.country, categoryCode);
  const stagePool = CATEGORY_STAGES[categoryCode];
  const stageStart = rng.int(0, stagePool.length - 1);
  const stageCodes = stagePool.slice(
    stageStart,
    Math.min(stagePool.length, stageStart + rng.int(1, 3)),
  );

  // Format and place.
  // Meet-ups and trade missions happen somewhere.
  const format = rng.weighted([
    ['online', categoryCode === 'networking' || categoryCode === 'market_access' ? 0 : 35],
    ['in_person', 35],
    ['hybrid', 30],
  ] as const);
  const placeCountry =
    categoryCode === 'market_access' && primary
      ? primary
      : home.region === 'africa' || !primary || rng.chance(0.65)
        ? home
        : primary;
  const city = placeCountry === home ? spec.city : rng.pick(placeCountry.cities);
  const location =
    format === 'online'
      ? null
      : {
          city,
          countryCode: placeCountry.code,
          ...(rng.chance(0.4)
            ? {
                address: `${rng.int(2, 120)} ${rng.pick(STREET[placeCountry.sphere] ?? STREET.other)}`,
              }
            : {}),
        };

  // Money.
  const isFinancing = FINANCING_CATEGORIES.includes(categoryCode);
  // A European lender may state amounts in the currency of the country it lends in.
  const moneyCountry = home.region === 'europe' && primary && rng.chance(0.35) ? primary : home;
  const currency = moneyCountry.currency;
  const funding = isFinancing
    ? fundingRange(rng, categoryCode, variants.indexOf(variant), moneyCountry)
    : null;
  const cost = makeCost(rng, categoryCode, home, isFinancing);

  // Dates.
  const rolling =
    plan.state !== 'expired' &&
    rng.chance(
      ['information', 'legal', 'loan', 'guarantee', 'investment_facilitation'].includes(
        categoryCode,
      )
        ? 0.75
        : categoryCode === 'networking'
          ? 0.5
          : 0.2,
    );
  const dates = makeDates(rng, categoryCode, rolling, plan.state, now);
  const durationSpec = DURATION[categoryCode] ?? DURATION.training;
  const durationValue = rng.pick(durationSpec.values);
  if (dates.startsOn && !dates.endsOn && durationSpec.unit !== 'hours') {
    const days = durationSpec.unit === 'weeks' ? durationValue * 7 : durationValue * 30;
    dates.endsOn = addDays(dates.startsOn, days);
  }

  // Texts.
  const otherCondition = rng.chance(0.3) ? rng.pick(OTHER_CONDITIONS) : null;
  const filled = (lang: ContentLanguage, text: string) =>
    fill(text, {
      org: spec.name,
      country: primary ? (lang === 'fr' ? primary.frThe : primary[lang]) : AFRICA_WORD[lang].name,
      inCountry: primary ? inCountry(primary, lang) : AFRICA_WORD[lang].in,
      sector: SECTORS[sectorCodes[0]][lang],
      city,
      amount: funding ? amountText(lang, funding.minMinor, funding.maxMinor, currency) : '',
      duration: `${durationValue} ${UNIT_WORDS[lang][durationSpec.unit]}`,
      year: String((dates.startsOn ?? dates.deadline ?? isoDate(now)).slice(0, 4)),
    });
  const deliveryLanguages: string[] = [...languages];
  const local = [...(primary?.localLanguages ?? []), ...home.localLanguages];
  if (local.length > 0 && format !== 'online' && rng.chance(0.45)) {
    deliveryLanguages.push(rng.pick(local));
  }
  const applyUrl = rng.chance(0.88);
  const applyEmail = !applyUrl || rng.chance(0.45);
  const contactName = rng.chance(0.7)
    ? `${rng.pick(FIRST_NAMES)} ${INITIALS[rng.int(0, INITIALS.length - 1)]}.`
    : null;
  const withPhone = organisation.contactPhone !== null && rng.chance(0.5);

  // Titles: an organisation never lists the same title twice, so a repeated programme
  // says what sets it apart (the country, the sector, or which session it is).
  const baseTitle = (lang: ContentLanguage) =>
    capitalise(filled(lang, (variant[lang] ?? variant.en).title)) + audienceSuffix(lang, audience);
  const qualified = (lang: ContentLanguage, level: number): string => {
    const base = baseTitle(lang);
    if (level === 0) return base;
    if (level === 1 && primary && !base.includes(primary[lang]))
      return `${base} — ${primary[lang]}`;
    if (level <= 2) return `${base} — ${capitalise(SECTORS[sectorCodes[0]][lang])}`;
    return `${base} — ${SESSION_WORD[lang]} ${level - 1}`;
  };
  let level = 0;
  while (languages.some((l) => titlesOfOrganisation.has(qualified(l, level)))) level++;

  const translations: OfferContent['translations'] = {};
  for (const lang of languages) {
    const text: ProgrammeText = variant[lang] ?? variant.en;
    const title = qualified(lang, level);
    const description = [
      filled(lang, text.body),
      audienceParagraph(lang, audience),
      eligibilityParagraph(lang, residences, targets, audience.diasporaOnly, stageCodes),
      practicalParagraph(lang, {
        format,
        city,
        placeCountry,
        cost,
        rolling,
        dates,
        isFinancing,
        languages: deliveryLanguages,
      }),
      DISCLAIMER[lang].offer,
    ]
      .filter(Boolean)
      .join('\n\n');
    translations[lang] = {
      title: title.slice(0, 160),
      summary: filled(lang, text.summary),
      description,
    };
  }
  const slugBase = slugify(
    titleIn({ translations } as OfferContent, languages[0] === 'ar' ? 'fr' : languages[0]),
  ).slice(0, 60);
  const handle = spec.handle;
  const tags = [
    ...variant.tags,
    ...(audience.kind === 'women' ? ['femmes'] : []),
    ...(audience.kind === 'youth' ? ['jeunes'] : []),
    ...(audience.diasporaOnly ? ['diaspora'] : []),
    ...(categoryCode === 'return_reintegration' ? ['retour'] : []),
    ...(primary ? [slugify(primary.fr)] : ['afrique']),
    SECTOR_TAG[sectorCodes[0]],
  ];
  return {
    translations,
    categoryCode,
    sectorCodes,
    stageCodes,
    eligibility: {
      residenceCountries: residences,
      targetCountries: targets,
      diasporaOnly: audience.diasporaOnly,
      genderFocus: audience.genderFocus,
      ageMin: audience.ageMin,
      ageMax: audience.ageMax,
      ...(otherCondition
        ? {
            otherConditions: Object.fromEntries(
              languages.map((l) => [l, otherCondition[l]]),
            ) as Partial<Record<ContentLanguage, string>>,
          }
        : {}),
    },
    deliveryLanguages,
    format,
    location,
    cost: { ...cost, ...(cost.type === 'paid' ? {} : { currency: null }) },
    funding: funding ? { minMinor: funding.minMinor, maxMinor: funding.maxMinor, currency } : null,
    dates,
    apply: {
      url: applyUrl ? `https://example.org/${handle}/${slugBase || 'candidature'}` : null,
      email: applyEmail ? `candidatures.${handle}@example.org` : null,
    },
    contact:
      contactName || withPhone
        ? {
            name: contactName,
            email: contactName
              ? `${slugify(contactName.split(' ')[0])}.${handle}@example.org`
              : `contact.${handle}@example.org`,
            phone: withPhone ? organisation.contactPhone : null,
          }
        : null,
    tags: [...new Set(tags.map((t) => t.toLowerCase().slice(0, 40)))].slice(0, 8),
  };
}

/** The same offer entered a second time, its title re-typed: what duplicate detection is for. */
function duplicateContent(original: OfferContent): OfferContent {
  const copy = structuredClone(original);
  for (const lang of LANGS) {
    const t = copy.translations[lang];
    if (!t?.title) continue;
    t.title = `${t.title} ${NEW_INTAKE[lang]}`.slice(0, 160);
  }
  return copy;
}

function makeOffer(
  rng: Random,
  plan: Plan,
  organisation: DemoOrganisation,
  content: OfferContent,
  slug: string,
  duplicateOf: string | null,
  now: Date,
): DemoOffer {
  const events: DemoEvent[] = [];
  const event = (
    at: Date,
    actorRole: DemoActor,
    action: string,
    fromState: OfferState | null,
    toState: OfferState | null,
    reason: string | null = null,
    revision = false,
  ) => events.push({ at, actorRole, action, fromState, toState, reason, revision });
  const hours = (n: number) => n * 3_600_000;
  const notBefore = organisation.createdAt.getTime() + DAY;

  let createdAt: Date;
  let submittedAt: Date | null = null;
  let publishedAt: Date | null = null;
  let decidedAt: Date | null = null;
  let expiredAt: Date | null = null;
  let lastVerifiedAt: Date | null = null;
  let moderationComment: string | null = null;
  let revision: DemoOffer['revision'] = null;
  let viewCount = 0;

  switch (plan.state) {
    case 'draft': {
      createdAt = new Date(Math.max(timeAgo(now, rng.int(1, 20), rng).getTime(), notBefore));
      event(createdAt, 'organisation', 'offer.created', null, 'draft');
      break;
    }
    case 'submitted':
    case 'changes_requested': {
      createdAt = new Date(Math.max(timeAgo(now, rng.int(6, 24), rng).getTime(), notBefore));
      // Between one hour and five days in the queue (or before the admin's answer).
      submittedAt = new Date(
        Math.min(
          createdAt.getTime() + hours(rng.int(2, 72)),
          now.getTime() - hours(rng.int(1, 120)),
        ),
      );
      if (submittedAt <= createdAt) submittedAt = new Date(createdAt.getTime() + hours(1));
      event(createdAt, 'organisation', 'offer.created', null, 'draft');
      event(submittedAt, 'organisation', 'offer.submitted', 'draft', 'submitted');
      if (plan.state === 'changes_requested') {
        decidedAt = new Date(
          Math.min(submittedAt.getTime() + hours(rng.int(3, 48)), now.getTime() - hours(1)),
        );
        moderationComment = rng.pick(CHANGE_REQUESTS);
        event(
          decidedAt,
          'admin',
          'offer.changes_requested',
          'submitted',
          'changes_requested',
          moderationComment,
        );
      }
      break;
    }
    case 'published':
    case 'expired': {
      let publishedDaysAgo: number;
      if (plan.state === 'expired') {
        const deadlineMs = Date.parse(`${content.dates.deadline}T00:00:00Z`);
        const daysBeforeDeadline = rng.int(30, 150);
        publishedDaysAgo = Math.round((now.getTime() - deadlineMs) / DAY) + daysBeforeDeadline;
        expiredAt = new Date(deadlineMs + DAY + hours(1) + rng.int(1, 50) * 60_000);
      } else {
        // Skewed toward recent: most offers were checked lately, some months ago (stale).
        publishedDaysAgo = 3 + Math.floor(Math.pow(rng.float(), 1.4) * 270);
      }
      publishedAt = timeAgo(now, publishedDaysAgo, rng);
      const verifiedAt = organisation.decidedAt!.getTime();
      if (publishedAt.getTime() < verifiedAt + DAY) {
        publishedAt = new Date(verifiedAt + DAY + hours(rng.int(1, 20)));
      }
      submittedAt = new Date(publishedAt.getTime() - hours(rng.int(4, 96)));
      createdAt = new Date(submittedAt.getTime() - hours(rng.int(2, 24 * 20)));
      if (createdAt.getTime() < notBefore) createdAt = new Date(notBefore);
      if (submittedAt <= createdAt) submittedAt = new Date(createdAt.getTime() + hours(1));
      decidedAt = publishedAt;
      lastVerifiedAt = publishedAt;
      event(createdAt, 'organisation', 'offer.created', null, 'draft');
      event(submittedAt, 'organisation', 'offer.submitted', 'draft', 'submitted');
      event(publishedAt, 'admin', 'offer.published', 'submitted', 'published');
      const reconfirmed = plan.state === 'published' && publishedDaysAgo > 40 && rng.chance(0.35);
      if (reconfirmed) {
        const daysAgo = rng.int(3, Math.max(4, publishedDaysAgo - 20));
        lastVerifiedAt = timeAgo(now, daysAgo, rng);
        if (lastVerifiedAt <= publishedAt) lastVerifiedAt = new Date(publishedAt.getTime() + DAY);
        event(lastVerifiedAt, 'organisation', 'offer.reconfirmed', 'published', 'published');
      }
      if (expiredAt) {
        event(expiredAt, 'system', 'offer.expired', 'published', 'expired', 'deadline passed');
      }
      viewCount = Math.max(0, Math.floor(Math.exp(rng.float() * Math.log(2_500))) - 1);
      if (plan.revision) {
        const submitted = new Date(now.getTime() - hours(rng.int(5, 60)));
        revision = { content: revisedContent(content), submittedAt: submitted };
        event(
          submitted,
          'organisation',
          'revision.submitted',
          'published',
          'published',
          null,
          true,
        );
      }
      break;
    }
  }
  const changes = events.filter((e) => !e.revision && e.action !== 'offer.created');
  const last = events.filter((e) => !e.revision).at(-1)!;
  return {
    organisationIndex: plan.organisationIndex,
    slug,
    state: plan.state,
    version: 1 + changes.length,
    content,
    viewCount,
    createdAt,
    updatedAt: last.at,
    submittedAt,
    publishedAt,
    decidedAt,
    expiredAt,
    lastVerifiedAt,
    moderationComment,
    revision,
    duplicateOf,
    events,
  };
}

/**
 * The pending change of a published offer: the deadline a month later (or a higher ceiling,
 * or a contact added), with the description saying so and its dates and amounts updated.
 */
function revisedContent(content: OfferContent): OfferContent {
  const next = structuredClone(content);
  const replacements: Array<(lang: ContentLanguage, text: string) => string> = [];
  const notes: Record<ContentLanguage, string[]> = { fr: [], en: [], pt: [], ar: [] };
  const moveDate = (field: 'deadline' | 'startsOn' | 'endsOn') => {
    const before = next.dates[field];
    if (!before) return;
    const after = addDays(before, 30);
    next.dates[field] = after;
    replacements.push((lang, text) => text.replace(longDate(lang, before), longDate(lang, after)));
  };
  if (next.dates.deadline) {
    moveDate('deadline');
    moveDate('startsOn');
    moveDate('endsOn');
    for (const lang of LANGS) {
      notes[lang].push(UPDATE_NOTE[lang].deadline(longDate(lang, next.dates.deadline!)));
    }
  }
  if (next.funding?.maxMinor) {
    const { currency } = next.funding;
    const unit = 10 ** minorUnits(currency);
    const before = next.funding.maxMinor;
    const after = niceRound((before / unit) * 1.2) * unit;
    next.funding.maxMinor = after;
    replacements.push((lang, text) =>
      text.replace(money(lang, before, currency), money(lang, after, currency)),
    );
    for (const lang of LANGS)
      notes[lang].push(UPDATE_NOTE[lang].ceiling(money(lang, after, currency)));
  }
  if (notes.fr.length === 0) {
    next.apply.email ??= next.contact?.email ?? null;
    for (const lang of LANGS) notes[lang].push(UPDATE_NOTE[lang].contact);
  }
  for (const lang of LANGS) {
    const t = next.translations[lang];
    if (!t?.description) continue;
    let description = t.description;
    for (const replace of replacements) description = replace(lang, description);
    t.description = `${UPDATE_NOTE[lang].prefix} ${notes[lang].join(' ')}\n\n${description}`;
  }
  return next;
}

// ---------------------------------------------------------------------------------------
// Pieces of content

function textLanguages(rng: Random, home: DemoCountry, targets: string[]): ContentLanguage[] {
  const spheres = new Set([home.sphere, ...targets.map((t) => country(t).sphere)]);
  const lusophoneTarget = targets.some((t) => country(t).sphere === 'pt');
  if (lusophoneTarget && (home.sphere === 'pt' || rng.chance(0.7))) {
    return rng.chance(0.6) ? ['pt', 'en'] : rng.chance(0.5) ? ['pt', 'fr', 'en'] : ['pt'];
  }
  if (spheres.has('ar') && rng.chance(home.sphere === 'ar' ? 0.7 : 0.4)) {
    return rng.chance(0.5) ? ['ar', 'fr'] : ['fr', 'ar', 'en'];
  }
  if (home.sphere === 'en') return rng.chance(0.55) ? ['en', 'fr'] : ['en'];
  const r = rng.float();
  if (r < 0.1) return ['fr'];
  if (r < 0.14) return ['en'];
  return rng.chance(0.7) ? ['fr', 'en'] : ['en', 'fr'];
}

function pickSectors(rng: Random, countryCode: string, categoryCode: string): string[] {
  const boost = SECTOR_BOOST[countryCode] ?? {};
  const weighted = Object.keys(SECTORS).map((code) => [code, boost[code] ?? 1] as const);
  // Information and networking are usually open to every sector: a few codes at most.
  const count = rng.weighted([
    [1, categoryCode === 'acceleration' || categoryCode === 'equity' ? 5 : 4],
    [2, 3],
    [3, 2],
  ] as const);
  const out: string[] = [];
  for (let tries = 0; out.length < count && tries < 20; tries++) {
    const code = rng.weighted(weighted);
    if (!out.includes(code)) out.push(code);
  }
  return out;
}

function fundingRange(
  rng: Random,
  categoryCode: string,
  variantIndex: number,
  home: DemoCountry,
): { minMinor: number | null; maxMinor: number } {
  const scale =
    categoryCode === 'loan' && variantIndex === 1
      ? MICROLOAN_EUR
      : categoryCode === 'loan' && variantIndex === 2
        ? HONOUR_LOAN_EUR
        : FUNDING_EUR[categoryCode];
  const maxEur = rng.pick(scale);
  const minEur = rng.chance(0.6) ? maxEur / rng.pick([4, 5, 10]) : null;
  const toMinor = (eur: number) => niceRound(eur / home.perEuro) * 10 ** minorUnits(home.currency);
  return { minMinor: minEur === null ? null : toMinor(minEur), maxMinor: toMinor(maxEur) };
}

function makeCost(
  rng: Random,
  categoryCode: string,
  home: DemoCountry,
  isFinancing: boolean,
): OfferContent['cost'] {
  if (isFinancing) {
    return rng.chance(0.75) ? { type: 'free' } : { type: 'on_application' };
  }
  const prices = PRICE_EUR[categoryCode];
  const r = rng.float();
  if (prices && !FREE_LEANING.has(categoryCode) && r < 0.3) {
    const eur = rng.pick(prices);
    return {
      type: 'paid',
      amountMinor: niceRound(eur / home.perEuro) * 10 ** minorUnits(home.currency),
      currency: home.currency,
    };
  }
  if (r > 0.88) return { type: 'on_application' };
  return { type: 'free' };
}

function makeDates(
  rng: Random,
  categoryCode: string,
  rolling: boolean,
  state: DemoOffer['state'],
  now: Date,
): OfferContent['dates'] {
  const today = isoDate(now);
  const programme = [
    'training',
    'incubation',
    'acceleration',
    'mentoring',
    'market_access',
    'return_reintegration',
  ].includes(categoryCode);
  if (rolling) {
    return {
      rolling: true,
      deadline: null,
      opensOn: rng.chance(0.5) ? addDays(today, -rng.int(30, 400)) : null,
      startsOn: null,
      endsOn: null,
    };
  }
  let deadline: string;
  if (state === 'expired') deadline = addDays(today, -rng.int(2, 75));
  else if (state === 'published') deadline = addDays(today, rng.int(7, 360));
  else deadline = addDays(today, rng.int(35, 300));
  const opensOn = addDays(deadline, -rng.int(21, 150));
  const startsOn = programme || rng.chance(0.3) ? addDays(deadline, rng.int(10, 45)) : null;
  return { rolling: false, opensOn, deadline, startsOn, endsOn: null };
}

function audienceSuffix(lang: ContentLanguage, audience: Audience): string {
  if (audience.kind === 'women') {
    return {
      fr: ' — femmes entrepreneures',
      en: ' for women founders',
      pt: ' para mulheres empreendedoras',
      ar: ' للنساء رائدات الأعمال',
    }[lang];
  }
  if (audience.kind === 'youth') {
    return {
      fr: ' — moins de 35 ans',
      en: ' for under-35s',
      pt: ' para jovens até 35 anos',
      ar: ' للشباب دون 35 سنة',
    }[lang];
  }
  return '';
}

function audienceParagraph(lang: ContentLanguage, audience: Audience): string {
  const parts: string[] = [];
  if (audience.genderFocus === 'women') {
    parts.push(
      {
        fr: 'Ce programme est réservé aux femmes qui créent ou dirigent une entreprise, seules ou avec des associées.',
        en: 'This programme is reserved for women who start or run a business, alone or with partners.',
        pt: 'Este programa destina-se exclusivamente a mulheres que criam ou gerem uma empresa, sozinhas ou com sócias.',
        ar: 'هذا البرنامج مخصص للنساء اللواتي يحدثن مقاولة أو يسيرنها، منفردات أو مع شريكات.',
      }[lang],
    );
  }
  if (audience.ageMin !== null || audience.ageMax !== null) {
    const min = audience.ageMin ?? 18;
    parts.push(
      audience.ageMax !== null
        ? {
            fr: `Il s’adresse aux porteurs de projet âgés de ${min} à ${audience.ageMax} ans.`,
            en: `It is open to project holders aged ${min} to ${audience.ageMax}.`,
            pt: `Destina-se a promotores com idades entre ${min} e ${audience.ageMax} anos.`,
            ar: `يستهدف حاملي المشاريع الذين تتراوح أعمارهم بين ${min} و${audience.ageMax} سنة.`,
          }[lang]
        : {
            fr: `Âge minimum : ${min} ans.`,
            en: `Minimum age: ${min}.`,
            pt: `Idade mínima: ${min} anos.`,
            ar: `السن الأدنى: ${min} سنة.`,
          }[lang],
    );
  }
  return parts.join(' ');
}

function eligibilityParagraph(
  lang: ContentLanguage,
  residences: string[],
  targets: string[],
  diasporaOnly: boolean,
  stages: string[],
): string {
  const stageList = join(
    lang,
    stages.map((s) => STAGE_LABELS[lang][s]),
  );
  const residenceIn = inCountries(lang, residences);
  const targetIn = targets.length ? inCountries(lang, targets) : AFRICA_WORD[lang].in;
  switch (lang) {
    case 'fr':
      return `Public : ${diasporaOnly ? 'membres de la diaspora africaine' : 'entrepreneurs'} ${residences.length ? `résidant ${residenceIn}` : 'quel que soit leur pays de résidence'}, pour un projet ${targetIn}. Stades : ${stageList}.`;
    case 'en':
      return `Who can apply: ${diasporaOnly ? 'members of the African diaspora' : 'entrepreneurs'} ${residences.length ? `living ${residenceIn}` : 'wherever they live'}, for a project ${targetIn}. Stages: ${stageList}.`;
    case 'pt':
      return `Destinatários: ${diasporaOnly ? 'membros da diáspora africana' : 'empreendedores'} ${residences.length ? `residentes ${residenceIn}` : 'independentemente do país de residência'}, para um projeto ${targetIn}. Fases: ${stageList}.`;
    case 'ar':
      return `الفئة المستهدفة: ${diasporaOnly ? 'أفراد الجالية الأفريقية' : 'رواد الأعمال'} ${residences.length ? `المقيمون ${residenceIn}` : 'أينما كان بلد إقامتهم'}، لمشروع ${targetIn}. المراحل: ${stageList}.`;
  }
}

function practicalParagraph(
  lang: ContentLanguage,
  p: {
    format: OfferContent['format'];
    city: string;
    placeCountry: DemoCountry;
    cost: OfferContent['cost'];
    rolling: boolean;
    dates: OfferContent['dates'];
    isFinancing: boolean;
    languages: string[];
  },
): string {
  const where = `${p.city} (${p.placeCountry[lang]})`;
  const format = {
    fr: {
      online: p.isFinancing
        ? 'Dossier déposé et instruit entièrement en ligne.'
        : 'Se déroule entièrement en ligne.',
      in_person: p.isFinancing
        ? `Entretien dans nos locaux de ${where}.`
        : `Sessions en présentiel à ${where}.`,
      hybrid: `Format hybride : en ligne et en présentiel à ${where}.`,
    },
    en: {
      online: p.isFinancing
        ? 'Applications are filed and reviewed entirely online.'
        : 'Takes place entirely online.',
      in_person: p.isFinancing
        ? `Interview at our office in ${where}.`
        : `In-person sessions in ${where}.`,
      hybrid: `Hybrid format: online and in person in ${where}.`,
    },
    pt: {
      online: p.isFinancing
        ? 'Candidatura apresentada e analisada inteiramente online.'
        : 'Decorre inteiramente online.',
      in_person: p.isFinancing
        ? `Entrevista nas nossas instalações em ${where}.`
        : `Sessões presenciais em ${where}.`,
      hybrid: `Formato híbrido: online e presencial em ${where}.`,
    },
    ar: {
      online: p.isFinancing ? 'يُودع الملف ويُدرس عن بعد بالكامل.' : 'يجري البرنامج عن بعد بالكامل.',
      in_person: p.isFinancing ? `مقابلة بمقرنا في ${where}.` : `حصص حضورية في ${where}.`,
      hybrid: `صيغة مختلطة: عن بعد وحضوريا في ${where}.`,
    },
  }[lang][p.format];
  const price =
    p.cost.type === 'paid' && p.cost.amountMinor != null && p.cost.currency
      ? money(lang, p.cost.amountMinor, p.cost.currency)
      : '';
  const cost = {
    fr: {
      free: p.isFinancing ? 'Aucuns frais de dossier.' : 'Participation gratuite.',
      paid: `Tarif : ${price} par participant.`,
      on_application: 'Tarif sur demande, selon le projet.',
    },
    en: {
      free: p.isFinancing ? 'No application fee.' : 'Free of charge.',
      paid: `Fee: ${price} per participant.`,
      on_application: 'Price on request, depending on the project.',
    },
    pt: {
      free: p.isFinancing ? 'Sem custos de candidatura.' : 'Participação gratuita.',
      paid: `Preço: ${price} por participante.`,
      on_application: 'Preço sob consulta, consoante o projeto.',
    },
    ar: {
      free: p.isFinancing ? 'بدون رسوم ملف.' : 'المشاركة مجانية.',
      paid: `التعريفة: ${price} لكل مشارك.`,
      on_application: 'التعريفة عند الطلب حسب المشروع.',
    },
  }[lang][p.cost.type];
  const date = (d: string) => longDate(lang, d);
  let when: string;
  if (p.rolling) {
    when = {
      fr: 'Candidatures ouvertes toute l’année, étudiées au fil de l’eau.',
      en: 'Applications are open all year and reviewed as they come.',
      pt: 'Candidaturas abertas todo o ano, analisadas à medida que chegam.',
      ar: 'الترشيحات مفتوحة طوال السنة وتُدرس حسب ورودها.',
    }[lang];
  } else {
    const deadline = date(p.dates.deadline!);
    when = {
      fr: `Date limite de candidature : ${deadline}.`,
      en: `Application deadline: ${deadline}.`,
      pt: `Prazo de candidatura: ${deadline}.`,
      ar: `آخر أجل للترشيح: ${deadline}.`,
    }[lang];
    if (p.dates.startsOn) {
      const starts = date(p.dates.startsOn);
      when += {
        fr: ` Démarrage le ${starts}.`,
        en: ` Starts on ${starts}.`,
        pt: ` Início a ${starts}.`,
        ar: ` الانطلاق يوم ${starts}.`,
      }[lang];
    }
  }
  const names = join(
    lang,
    p.languages.map((code) => languageName(code, lang) ?? code),
    'and',
  );
  const spoken = {
    fr: `Langues : ${names}.`,
    en: `Languages: ${names}.`,
    pt: `Línguas: ${names}.`,
    ar: `اللغات: ${names}.`,
  }[lang];
  return `${format} ${cost} ${when} ${spoken}`;
}

const AFRICA_WORD: Record<ContentLanguage, { name: string; in: string }> = {
  fr: { name: 'l’Afrique', in: 'en Afrique' },
  en: { name: 'Africa', in: 'in Africa' },
  pt: { name: 'África', in: 'em África' },
  ar: { name: 'أفريقيا', in: 'في أفريقيا' },
};

const SESSION_WORD: Record<ContentLanguage, string> = {
  fr: 'session',
  en: 'session',
  pt: 'sessão',
  ar: 'الدورة',
};
const NEW_INTAKE: Record<ContentLanguage, string> = {
  fr: '(nouvelle session)',
  en: '(new intake)',
  pt: '(nova edição)',
  ar: '(دورة جديدة)',
};
const UPDATE_NOTE: Record<
  ContentLanguage,
  {
    prefix: string;
    deadline: (date: string) => string;
    ceiling: (amount: string) => string;
    contact: string;
  }
> = {
  fr: {
    prefix: 'Mise à jour :',
    deadline: (d) => `la date limite est repoussée au ${d}.`,
    ceiling: (a) => `Le plafond passe à ${a}.`,
    contact: 'les candidatures sont aussi reçues par e-mail.',
  },
  en: {
    prefix: 'Update:',
    deadline: (d) => `the deadline moves to ${d}.`,
    ceiling: (a) => `The ceiling rises to ${a}.`,
    contact: 'applications are now also accepted by e-mail.',
  },
  pt: {
    prefix: 'Atualização:',
    deadline: (d) => `o prazo é prorrogado até ${d}.`,
    ceiling: (a) => `O limite passa para ${a}.`,
    contact: 'as candidaturas também são aceites por e-mail.',
  },
  ar: {
    prefix: 'تحديث:',
    deadline: (d) => `تم تمديد آخر أجل إلى ${d}.`,
    ceiling: (a) => `يرتفع السقف إلى ${a}.`,
    contact: 'تُقبل الترشيحات أيضا عبر البريد الإلكتروني.',
  },
};

const SECTOR_TAG: Record<string, string> = {
  agriculture_agrifood: 'agroalimentaire',
  fintech_financial_services: 'fintech',
  digital_tech: 'numérique',
  renewable_energy: 'énergies renouvelables',
  health: 'santé',
  education: 'éducation',
  tourism_hospitality: 'tourisme',
  commerce_retail: 'commerce',
  manufacturing: 'industrie',
  construction_real_estate: 'btp',
  transport_logistics: 'logistique',
  creative_cultural_industries: 'industries créatives',
  textile_fashion: 'mode',
  water_sanitation: 'eau',
  business_services: 'services aux entreprises',
};

const STREET: Record<string, readonly string[]> = {
  fr: ['rue des Tisserands', 'avenue de la Liberté', 'boulevard du Port', 'rue du Marché'],
  en: ['Harbour Road', 'Market Street', 'Independence Avenue', 'Station Lane'],
  pt: ['Rua da Liberdade', 'Avenida Marginal', 'Rua do Mercado'],
  // Business addresses in the Maghreb and Egypt are commonly written in Latin script.
  ar: ['boulevard de la Corniche', 'avenue de la Liberté', 'rue du Port'],
  other: ['Via del Porto', 'Calle del Mercado', 'Hafenstraße'],
};

function inCountry(c: DemoCountry, lang: ContentLanguage): string {
  switch (lang) {
    case 'fr':
      return c.frIn;
    case 'en':
      return `in ${c.en}`;
    case 'pt':
      return c.ptIn;
    case 'ar':
      return `في ${c.ar}`;
  }
}

/** "en France, en Espagne ou en Allemagne", "in France, Spain or Germany". */
function inCountries(lang: ContentLanguage, codes: string[]): string {
  const places = codes.map(country);
  if (lang === 'en')
    return `in ${join(
      lang,
      places.map((c) => c.en),
    )}`;
  if (lang === 'ar')
    return `في ${join(
      lang,
      places.map((c) => c.ar),
    )}`;
  return join(
    lang,
    places.map((c) => inCountry(c, lang)),
  );
}

function join(lang: ContentLanguage, items: string[], conjunction: 'or' | 'and' = 'or'): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  const head = items.slice(0, -1);
  const and = conjunction === 'and';
  switch (lang) {
    case 'fr':
      return `${head.join(', ')} ${and ? 'et' : 'ou'} ${last}`;
    case 'en':
      return `${head.join(', ')} ${and ? 'and' : 'or'} ${last}`;
    case 'pt':
      return `${head.join(', ')} ${and ? 'e' : 'ou'} ${last}`;
    case 'ar':
      return `${head.join('، ')} ${and ? 'و' : 'أو '}${last}`;
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<ContentLanguage, Intl.DateTimeFormat>();

function money(lang: ContentLanguage, minor: number, currency: string): string {
  const key = `${lang}/${currency}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    });
    numberFormats.set(key, format);
  }
  return format.format(minor / 10 ** minorUnits(currency));
}

function amountText(
  lang: ContentLanguage,
  min: number | null,
  max: number,
  currency: string,
): string {
  const hi = money(lang, max, currency);
  if (min === null) {
    return { fr: `jusqu’à ${hi}`, en: `up to ${hi}`, pt: `até ${hi}`, ar: `حتى ${hi}` }[lang];
  }
  const lo = money(lang, min, currency);
  return {
    fr: `de ${lo} à ${hi}`,
    en: `from ${lo} to ${hi}`,
    pt: `de ${lo} a ${hi}`,
    ar: `من ${lo} إلى ${hi}`,
  }[lang];
}

function longDate(lang: ContentLanguage, isoDay: string): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  const text = format.format(new Date(`${isoDay}T00:00:00Z`));
  // French writes the first of the month as an ordinal: « 1er avril ».
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

/** Two significant digits: 9 839 355 → 9 800 000; 1 170 → 1 200. */
function niceRound(value: number): number {
  if (value <= 0) return 0;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/** A moment `days` ago, at a working hour, with some minutes of jitter. */
function timeAgo(now: Date, days: number, rng: Random): Date {
  const base = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - days * DAY;
  const at = new Date(base + rng.int(7, 18) * 3_600_000 + rng.int(0, 59) * 60_000);
  // Never in the future (an offset of zero days lands on today's working hours).
  return at.getTime() > now.getTime() ? new Date(now.getTime() - 3_600_000) : at;
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY));
}
