/**
 * A deterministic synthetic catalogue: organisations and published offers whose texts are
 * drawn from a Zipf-distributed vocabulary per language (words.ts). Every item is built from
 * its own index with its own seeded generator, so offer #n is the same whatever the batch
 * size or catalogue size: the 100k catalogue is the 10k one plus 90k more offers.
 */
import type { ContentLanguage, OfferContent } from '@app/catalogue';
import { vocabulary } from './words';

export const CATALOGUE_SEED = 20_260_115;
/** The catalogue's "today": dates are relative to it, so the data never depends on the clock. */
export const BASE_DATE = Date.UTC(2026, 0, 15);
const DAY = 86_400_000;

type Rng = () => number;

/** sfc32 (public domain): 128 bits of state, so the streams of different items never overlap. */
function sfc32(a: number, b: number, c: number, d: number): Rng {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** The generator of item `index` of stream `stream` (1 organisations, 2 offers, 99 words). */
export function generatorOf(stream: number, index: number): Rng {
  const r = sfc32(CATALOGUE_SEED, stream, index, 0x9e3779b9);
  for (let i = 0; i < 16; i++) r(); // mix the plain seed words
  return r;
}

const int = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)];
const chance = (r: Rng, p: number) => r() < p;

function shuffled<T>(r: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Draws items with probability ∝ 1 / rank^s (rank 1 = first item). */
export class Zipf<T> {
  private readonly cumulative: Float64Array;
  constructor(
    readonly items: readonly T[],
    s = 1,
  ) {
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      total += 1 / Math.pow(i + 1, s);
      this.cumulative[i] = total;
    }
  }
  draw(r: Rng): T {
    const u = r() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo];
  }
  /** `n` distinct items (n is small next to the list). */
  distinct(r: Rng, n: number): T[] {
    const out = new Set<T>();
    for (let guard = 0; out.size < Math.min(n, this.items.length) && guard < n * 20; guard++) {
      out.add(this.draw(r));
    }
    return [...out];
  }
}

function weighted<T extends string>(r: Rng, weights: Readonly<Record<T, number>>): T {
  const entries = Object.entries(weights) as Array<[T, number]>;
  let u = r() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of entries) {
    u -= w;
    if (u < 0) return key;
  }
  return entries[entries.length - 1][0];
}

export interface Taxonomy {
  readonly categories: readonly string[];
  readonly sectors: readonly string[];
  readonly stages: readonly string[];
  /** Labels by `vocabulary/code`, whose words offers use in their texts. */
  readonly labels: ReadonlyMap<string, Partial<Record<ContentLanguage, string>>>;
}

export interface GeneratedOrganisation {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly kind: string;
  readonly legalCountry: string;
  readonly createdAt: Date;
}

export interface GeneratedOffer {
  readonly id: string;
  readonly organisationIndex: number;
  readonly slug: string;
  readonly content: OfferContent;
  readonly qualityScore: number;
  readonly publishedAt: Date;
  readonly lastVerifiedAt: Date | null;
}

/** One organisation per this many offers (some publish many offers, most a few). */
export const OFFERS_PER_ORGANISATION = 25;

const ORGANISATION_KINDS: Record<string, { weight: number; names: string[] }> = {
  incubator: { weight: 14, names: ['Incubateur', 'Incubator', 'Incubadora', 'حاضنة'] },
  accelerator: { weight: 8, names: ['Accélérateur', 'Accelerator', 'Aceleradora', 'مسرعة'] },
  bank: { weight: 6, names: ['Banque', 'Bank', 'Banco', 'بنك'] },
  microfinance: { weight: 8, names: ['Microfinance', 'Caisse', 'Microfinanças', 'صندوق'] },
  public_agency: { weight: 10, names: ['Agence', 'Agency', 'Agência', 'وكالة'] },
  ngo: { weight: 12, names: ['Fondation', 'Foundation', 'Fundação', 'مؤسسة'] },
  diaspora_association: {
    weight: 16,
    names: ['Association', 'Network', 'Associação', 'جمعية'],
  },
  chamber_of_commerce: { weight: 5, names: ['Chambre', 'Chamber', 'Câmara', 'غرفة'] },
  consultancy: { weight: 9, names: ['Cabinet', 'Consulting', 'Consultoria', 'مكتب'] },
  university: { weight: 6, names: ['Université', 'University', 'Universidade', 'جامعة'] },
  other: { weight: 6, names: ['Collectif', 'Hub', 'Coletivo', 'مركز'] },
};
const NAME_CORES = [
  'Baobab',
  'Teranga',
  'Sahel',
  'Kora',
  'Ubuntu',
  'Akwaba',
  'Jambo',
  'Sankofa',
  'Harmattan',
  'Djoliba',
  'Atlas',
  'Oasis',
  'Kilimandjaro',
  'Zambèze',
  'Morabeza',
  'Kizomba',
  'Ndar',
  'Horizon',
  'Passerelle',
  'Karité',
  'Acacia',
  'Lagune',
  'Savane',
  'Tamarin',
  'Hibiscus',
  'Mangrove',
  'Djembé',
  'Wax',
  'Bogolan',
  'Sirocco',
];
const CITIES = [
  'Paris',
  'Lyon',
  'Marseille',
  'Bruxelles',
  'Liège',
  'Lisboa',
  'London',
  'Montréal',
  'Dakar',
  'Abidjan',
  'Douala',
  'Bamako',
  'Casablanca',
  'Tunis',
  'Lomé',
  'Cotonou',
  'Praia',
  'Luanda',
  'Maputo',
  'Lagos',
  'Nairobi',
  'Accra',
  'Kigali',
  'Rabat',
];
const LEGAL_COUNTRIES = ['FR', 'FR', 'FR', 'BE', 'PT', 'GB', 'CA', 'SN', 'CI', 'CM', 'MA', 'TN'];

/** Target countries by the language offers there are written in, most frequent first. */
const TARGETS: Record<ContentLanguage, string[]> = {
  fr: ['SN', 'CI', 'CM', 'ML', 'BF', 'BJ', 'TG', 'GN', 'CD', 'NE', 'GA', 'CG', 'MG', 'TD', 'MR'],
  en: ['NG', 'GH', 'KE', 'RW', 'ZA', 'UG', 'ET', 'TZ', 'GM', 'SL', 'LR', 'ZM', 'ZW'],
  pt: ['CV', 'AO', 'MZ', 'GW', 'ST'],
  ar: ['MA', 'TN', 'DZ', 'EG', 'MR', 'LY', 'SD'],
};
const RESIDENCES = ['FR', 'BE', 'DE', 'IT', 'ES', 'PT', 'GB', 'NL', 'CH', 'CA', 'US', 'SE'];
const CURRENCIES: Record<string, { weight: number; eurPerUnit: number; digits: number }> = {
  EUR: { weight: 50, eurPerUnit: 1, digits: 2 },
  XOF: { weight: 20, eurPerUnit: 1 / 655.957, digits: 0 },
  USD: { weight: 10, eurPerUnit: 0.92, digits: 2 },
  MAD: { weight: 5, eurPerUnit: 0.092, digits: 2 },
  XAF: { weight: 5, eurPerUnit: 1 / 655.957, digits: 0 },
  NGN: { weight: 5, eurPerUnit: 0.00058, digits: 2 },
  CVE: { weight: 5, eurPerUnit: 1 / 110.265, digits: 2 },
};
const CATEGORY_WEIGHTS: Record<string, number> = {
  financing: 7,
  grant: 12,
  loan: 10,
  equity: 5,
  guarantee: 3,
  crowdfunding: 3,
  training: 14,
  mentoring: 9,
  incubation: 7,
  acceleration: 5,
  legal: 4,
  market_access: 5,
  networking: 5,
  information: 4,
  investment_facilitation: 3,
  return_reintegration: 4,
};
const FINANCING = ['financing', 'grant', 'loan', 'equity', 'guarantee', 'crowdfunding'];
const LOCAL_LANGUAGES = ['wo', 'bm', 'ln', 'sw', 'ha', 'yo', 'ff', 'kg'];
const TAGS = [
  'diaspora',
  'femmes',
  'jeunes',
  'agritech',
  'fintech',
  'export',
  'impact',
  'climat',
  'numérique',
  'startups',
  'women',
  'youth',
  'green',
  'retour',
  'mulheres',
  'jovens',
  'الشباب',
  'المرأة',
];

const SEEDS: Record<ContentLanguage, number> = { fr: 1, en: 2, pt: 3, ar: 4 };

/**
 * Draws text in one language: sentences of Zipf words, lengths within the asked range, with
 * the words of the offer's own category and sector now and then (offers speak of their topic).
 */
class TextWriter {
  private readonly all: Zipf<string>;
  private readonly content: Zipf<string>;
  private readonly functionWords: Zipf<string>;
  constructor(private readonly lang: ContentLanguage) {
    const words = vocabulary(lang, generatorOf(99, SEEDS[lang]));
    this.all = new Zipf(words, 1);
    // Titles read as noun phrases: content words, with a function word now and then.
    const firstContent = words.findIndex((w) => w === DOMAIN_HEAD[lang]);
    this.content = new Zipf(words.slice(firstContent), 0.9);
    this.functionWords = new Zipf(words.slice(0, firstContent), 1);
  }

  title(r: Rng, topical: readonly string[]): string {
    const target = 40 + Math.floor(80 * Math.pow(r(), 1.3));
    const parts: string[] = [];
    if (topical.length && chance(r, 0.6)) parts.push(pick(r, topical));
    let length = parts.join(' ').length;
    while (length < target) {
      const word = this.content.draw(r);
      parts.push(word);
      length += word.length + 1;
      if (length < target - 8 && chance(r, 0.35)) {
        const fw = this.functionWords.draw(r);
        parts.push(fw);
        length += fw.length + 1;
      }
    }
    return this.fit(this.capitalise(parts.join(' ')), 40, 120, r);
  }

  /** Running text: sentences of 6–18 words, `min`–`max` characters long. */
  prose(r: Rng, min: number, max: number, skew: number, topical: readonly string[]): string {
    const target = min + Math.floor((max - min) * Math.pow(r(), skew));
    const sentences: string[] = [];
    let length = 0;
    while (length < target) {
      const n = int(r, 6, 18);
      const words: string[] = [];
      for (let i = 0; i < n; i++) words.push(this.all.draw(r));
      if (topical.length && chance(r, 0.2)) words[int(r, 0, n - 1)] = pick(r, topical);
      const sentence = `${this.capitalise(words.join(' '))}.`;
      sentences.push(sentence);
      length += sentence.length + 1;
    }
    return this.fit(sentences.join(' '), min, max, r);
  }

  /** Cuts at a word boundary to at most `max` characters; pads with words below `min`. */
  private fit(text: string, min: number, max: number, r: Rng): string {
    let out = text;
    while (out.length < min) out = `${out} ${this.all.draw(r)}`;
    if (out.length > max) {
      const cut = out.lastIndexOf(' ', max);
      out = out.slice(0, cut > min ? cut : max).replace(/[\s,]+$/u, '');
    }
    return out;
  }

  private capitalise(text: string): string {
    return this.lang === 'ar' ? text : text.charAt(0).toUpperCase() + text.slice(1);
  }
}

/** First domain word of each list (where function words end). */
const DOMAIN_HEAD: Record<ContentLanguage, string> = {
  fr: 'entreprise',
  en: 'business',
  pt: 'empresa',
  ar: 'تمويل',
};

export class CatalogueGenerator {
  private readonly writers: Record<ContentLanguage, TextWriter>;
  private readonly categories: Zipf<string>;
  private readonly sectors: Zipf<string>;
  private readonly stages: readonly string[];
  private readonly targets: Record<ContentLanguage, Zipf<string>>;
  private readonly residences = new Zipf(RESIDENCES, 1.2);
  private readonly tags = new Zipf(TAGS, 0.8);

  constructor(private readonly taxonomy: Taxonomy) {
    this.writers = {
      fr: new TextWriter('fr'),
      en: new TextWriter('en'),
      pt: new TextWriter('pt'),
      ar: new TextWriter('ar'),
    };
    // Categories by their launch weights; any term added later gets a small share.
    const byWeight = [...taxonomy.categories].sort(
      (a, b) => (CATEGORY_WEIGHTS[b] ?? 2) - (CATEGORY_WEIGHTS[a] ?? 2) || a.localeCompare(b),
    );
    this.categories = new Zipf(byWeight, 0.9);
    this.sectors = new Zipf(taxonomy.sectors, 0.7);
    this.stages = taxonomy.stages;
    this.targets = {
      fr: new Zipf(TARGETS.fr, 1),
      en: new Zipf(TARGETS.en, 1),
      pt: new Zipf(TARGETS.pt, 1),
      ar: new Zipf(TARGETS.ar, 1),
    };
  }

  /** Content words of a taxonomy label ("Agriculture et agroalimentaire" → two words). */
  private topicWords(key: string, lang: ContentLanguage): string[] {
    const label = this.taxonomy.labels.get(key)?.[lang] ?? '';
    return (label.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 3);
  }

  organisation(index: number): GeneratedOrganisation {
    const r = generatorOf(1, index);
    const kind = weighted(
      r,
      Object.fromEntries(Object.entries(ORGANISATION_KINDS).map(([k, v]) => [k, v.weight])),
    );
    const label = pick(r, ORGANISATION_KINDS[kind].names);
    const name = `${label} ${pick(r, NAME_CORES)} ${pick(r, CITIES)}`;
    return {
      id: uuid(r),
      name,
      slug: `bench-org-${index}`,
      kind,
      legalCountry: pick(r, LEGAL_COUNTRIES),
      createdAt: new Date(BASE_DATE - int(r, 200, 2000) * DAY),
    };
  }

  /** Offer #index; `organisations` is how many organisations exist when it is made. */
  offer(index: number, organisations: number): GeneratedOffer {
    const r = generatorOf(2, index);
    // Most organisations publish a few offers, some a lot (skewed draw, no single giant).
    const organisationIndex = Math.floor(Math.pow(r(), 1.6) * organisations);
    const primary = weighted<ContentLanguage>(r, { fr: 55, en: 25, pt: 10, ar: 10 });
    const languages = new Set<ContentLanguage>([primary]);
    const second: Record<ContentLanguage, Partial<Record<ContentLanguage, number>>> = {
      fr: { en: 0.45 },
      en: { fr: 0.35 },
      pt: { fr: 0.4, en: 0.2 },
      ar: { fr: 0.6, en: 0.15 },
    };
    const u = r();
    let acc = 0;
    for (const [lang, p] of Object.entries(second[primary]) as Array<[ContentLanguage, number]>) {
      acc += p;
      if (u < acc) {
        languages.add(lang);
        break;
      }
    }
    if (chance(r, 0.04)) languages.add(pick(r, ['fr', 'en', 'pt', 'ar'] as const));

    const categoryCode = this.categories.draw(r);
    const sectorCodes = this.sectors.distinct(r, int(r, 1, 3));
    const translations: OfferContent['translations'] = {};
    for (const lang of languages) {
      const w = this.writers[lang];
      const topical = [
        ...this.topicWords(`category/${categoryCode}`, lang),
        ...this.topicWords(`sector/${sectorCodes[0]}`, lang),
      ];
      translations[lang] = {
        title: w.title(r, topical),
        summary: w.prose(r, 100, 400, 1.2, topical),
        description: w.prose(r, 300, 2000, 1.6, topical),
      };
    }

    const isFinancing = FINANCING.includes(categoryCode);
    const panAfrican = chance(r, 0.06);
    const targetCountries = panAfrican
      ? shuffled(r, [...TARGETS.fr, ...TARGETS.en, ...TARGETS.pt, ...TARGETS.ar]).slice(
          0,
          int(r, 5, 12),
        )
      : this.targets[primary].distinct(r, int(r, 1, 3));
    const residenceCountries = chance(r, 0.6) ? this.residences.distinct(r, int(r, 1, 3)) : [];
    const rolling = chance(r, 0.35);
    const opens = BASE_DATE + int(r, -240, 60) * DAY;
    const format = weighted(r, { online: 45, in_person: 30, hybrid: 25 } as const);
    const costType = isFinancing
      ? weighted(r, { free: 85, on_application: 15 } as const)
      : weighted(r, { free: 60, paid: 12, on_application: 28 } as const);
    let funding: OfferContent['funding'] = null;
    if (isFinancing && chance(r, 0.8)) {
      const currency = weighted(
        r,
        Object.fromEntries(Object.entries(CURRENCIES).map(([k, v]) => [k, v.weight])),
      );
      const { eurPerUnit, digits } = CURRENCIES[currency];
      const maxEur = Math.exp(Math.log(2_000) + r() * (Math.log(500_000) - Math.log(2_000)));
      const minEur = maxEur * (0.05 + 0.45 * r());
      const minor = (eur: number) => Math.round((eur / eurPerUnit) * 10 ** digits);
      funding = { currency, minMinor: minor(minEur), maxMinor: minor(maxEur) };
    }
    const deliveryLanguages: string[] = [...languages];
    if (chance(r, 0.1)) deliveryLanguages.push(pick(r, LOCAL_LANGUAGES));
    const slug = `bench-offer-${index}`;
    const publishedAt = new Date(BASE_DATE - int(r, 0, 730) * DAY - int(r, 0, 86_399) * 1000);
    const content: OfferContent = {
      translations,
      categoryCode,
      sectorCodes,
      stageCodes: shuffled(r, this.stages).slice(0, int(r, 1, 3)),
      eligibility: {
        residenceCountries,
        targetCountries,
        diasporaOnly: chance(r, 0.3),
        genderFocus: weighted(r, { any: 85, women: 13, men: 2 } as const),
        ageMin: chance(r, 0.2) ? 18 : null,
        ageMax: chance(r, 0.2) ? pick(r, [30, 35, 40]) : null,
      },
      deliveryLanguages,
      format,
      location:
        format === 'online'
          ? null
          : { city: pick(r, CITIES), countryCode: pick(r, targetCountries) },
      cost:
        costType === 'paid'
          ? { type: 'paid', amountMinor: int(r, 50, 2_000) * 100, currency: 'EUR' }
          : { type: costType },
      funding,
      dates: rolling
        ? { rolling: true, opensOn: null, deadline: null }
        : {
            rolling: false,
            opensOn: isoDate(opens),
            deadline: isoDate(opens + int(r, 14, 300) * DAY),
          },
      apply: { url: `https://example.org/apply/${slug}`, email: null },
      contact: chance(r, 0.5) ? { name: null, email: `contact-${index}@example.org` } : null,
      tags: this.tags.distinct(r, int(r, 0, 5)),
    };
    return {
      id: uuid(r),
      organisationIndex,
      slug,
      content,
      qualityScore: Math.round(30 + 70 * (r() + r()) * 0.5),
      publishedAt,
      lastVerifiedAt: chance(r, 0.7)
        ? new Date(Math.min(BASE_DATE, publishedAt.getTime() + int(r, 0, 365) * DAY))
        : null,
    };
  }
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A version-4 UUID from the item's own generator. */
function uuid(r: Rng): string {
  const bytes: number[] = [];
  for (let i = 0; i < 16; i++) bytes.push(Math.floor(r() * 256));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const h = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
