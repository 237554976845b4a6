import { buildSearchDocument, type SearchDocument } from '@app/search';
import type { OfferContent } from '@app/catalogue';

type Labels = { fr: string; en: string; pt?: string; ar?: string };
const CATEGORY: Record<string, { labels: Labels; parent?: string }> = {
  financing: { labels: { fr: 'Financement', en: 'Financing', pt: 'Financiamento', ar: 'تمويل' } },
  grant: {
    labels: { fr: 'Subvention', en: 'Grant', pt: 'Subsídio', ar: 'منحة' },
    parent: 'financing',
  },
  loan: { labels: { fr: 'Prêt', en: 'Loan', pt: 'Empréstimo', ar: 'قرض' }, parent: 'financing' },
  training: { labels: { fr: 'Formation', en: 'Training', pt: 'Formação', ar: 'تدريب' } },
  incubation: { labels: { fr: 'Incubation', en: 'Incubation', pt: 'Incubação', ar: 'احتضان' } },
  mentoring: { labels: { fr: 'Mentorat', en: 'Mentoring', pt: 'Mentoria', ar: 'إرشاد' } },
};
const SECTOR: Record<string, Labels> = {
  agriculture_agrifood: { fr: 'Agriculture et agroalimentaire', en: 'Agriculture and agrifood' },
  digital_tech: { fr: 'Numérique et technologies', en: 'Digital and tech' },
  renewable_energy: { fr: 'Énergies renouvelables', en: 'Renewable energy' },
};
const STAGE: Record<string, Labels> = {
  idea: { fr: 'Idée', en: 'Idea' },
  creation: { fr: 'Création', en: 'Creation' },
  growth: { fr: 'Croissance', en: 'Growth' },
};

export interface FixtureOffer {
  id: string;
  organisation: { name: string; kind: string; verified: boolean };
  quality: number;
  publishedDaysAgo: number;
  content: OfferContent;
}

const base = (): OfferContent => ({
  translations: {},
  categoryCode: 'training',
  sectorCodes: [],
  stageCodes: [],
  eligibility: {
    residenceCountries: [],
    targetCountries: [],
    diasporaOnly: false,
    genderFocus: 'any',
  },
  deliveryLanguages: ['fr'],
  format: 'online',
  location: null,
  cost: { type: 'free' },
  funding: null,
  dates: { rolling: true },
  apply: { url: 'https://example.org/apply' },
  contact: null,
  tags: [],
});

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ORGS = [
  { name: 'Teranga Capital Fictif', kind: 'bank', verified: true },
  { name: 'Incubateur Baobab Démo', kind: 'incubator', verified: true },
  { name: 'Association Diaspora Avenir', kind: 'diaspora_association', verified: false },
  { name: 'Atlas Business School Démo', kind: 'university', verified: true },
];

/** Hand-written offers, each there for a behaviour of the suite (named in `HAND`). */
export const HAND = {
  senegalFinancing: uuid(1),
  ivoryCoastLoan: uuid(2),
  incubator: uuid(3),
  trainingsPlural: uuid(4),
  arabicMorocco: uuid(5),
  portugueseCaboVerde: uuid(6),
  agrifoodSenegalGrowth: uuid(7),
  techIvoryCoast: uuid(8),
  /** Opens the day after FIXTURE_TODAY: what tells "open now" from "deadline not passed". */
  opensTomorrow: uuid(9),
  /** A title with `<`, `>`, `&` and both quotes, which highlights must escape. */
  markupTitle: uuid(10),
} as const;

/** The title of HAND.markupTitle, as the organisation wrote it. */
export const MARKUP_TITLE = `Atelier <export> & "douane" : l'essentiel`;

function hand(): FixtureOffer[] {
  const o = (
    n: number,
    org: number,
    quality: number,
    content: Partial<OfferContent>,
  ): FixtureOffer => ({
    id: uuid(n),
    organisation: ORGS[org],
    quality,
    publishedDaysAgo: n,
    content: { ...base(), ...content },
  });
  return [
    o(1, 0, 80, {
      categoryCode: 'grant',
      translations: {
        fr: {
          title: 'Subvention d’amorçage au Sénégal',
          summary: 'Un financement pour lancer votre entreprise au Sénégal.',
          description:
            'Ce financement couvre les premiers mois du projet, de l’étude de marché au prototype.',
        },
        en: {
          title: 'Seed grant in Senegal',
          summary: 'Funding to start your business in Senegal.',
          description: 'Covers the first months.',
        },
      },
      eligibility: {
        residenceCountries: ['FR', 'BE'],
        targetCountries: ['SN'],
        diasporaOnly: true,
        genderFocus: 'any',
      },
      funding: { minMinor: 100_000_000, maxMinor: 2_000_000_000, currency: 'XOF' },
      dates: { opensOn: '2026-01-01', deadline: '2026-09-30', rolling: false },
    }),
    o(2, 0, 60, {
      categoryCode: 'loan',
      translations: {
        fr: {
          title: 'Prêt d’honneur Côte d’Ivoire',
          summary: 'Un prêt sans intérêt pour créer en Côte d’Ivoire.',
          description: 'Prêt à taux zéro remboursable sur cinq ans.',
        },
      },
      eligibility: {
        residenceCountries: ['FR'],
        targetCountries: ['CI'],
        diasporaOnly: false,
        genderFocus: 'any',
      },
      funding: { minMinor: 500_000, maxMinor: 3_000_000, currency: 'EUR' },
      dates: { opensOn: '2026-03-01', deadline: '2026-06-30', rolling: false },
      cost: { type: 'on_application' },
    }),
    o(3, 1, 70, {
      categoryCode: 'incubation',
      translations: {
        fr: {
          title: 'Programme d’incubation à Dakar',
          summary: 'Six mois d’incubation pour les jeunes pousses.',
          description: 'Bureaux, mentors et ateliers hebdomadaires pour votre startup.',
        },
      },
      eligibility: {
        residenceCountries: [],
        targetCountries: ['SN'],
        diasporaOnly: false,
        genderFocus: 'any',
      },
      format: 'in_person',
      location: { city: 'Dakar', countryCode: 'SN' },
      deliveryLanguages: ['fr', 'wo'],
    }),
    o(4, 3, 50, {
      categoryCode: 'training',
      translations: {
        fr: {
          title: 'Formations à la gestion financière',
          summary: 'Des formations courtes pour tenir vos comptes.',
          description: 'Trois modules en ligne sur la comptabilité et la trésorerie.',
        },
      },
      format: 'online',
    }),
    o(5, 3, 65, {
      categoryCode: 'mentoring',
      translations: {
        ar: {
          title: 'برنامج إرشاد لرواد الأعمال في المغرب',
          summary: 'مرافقة رواد الأعمال من المهجر لإطلاق مشاريعهم في المغرب',
          description: 'جلسات إرشاد شهرية مع خبراء في التمويل والتسويق والإدارة',
        },
        fr: {
          title: 'Mentorat pour entrepreneurs au Maroc',
          summary: 'Accompagnement des entrepreneurs de la diaspora au Maroc.',
          description: 'Séances mensuelles de mentorat avec des experts.',
        },
      },
      eligibility: {
        residenceCountries: ['FR', 'ES'],
        targetCountries: ['MA'],
        diasporaOnly: true,
        genderFocus: 'any',
      },
      deliveryLanguages: ['ar', 'fr'],
    }),
    o(6, 2, 40, {
      categoryCode: 'training',
      translations: {
        pt: {
          title: 'Formação em gestão para Cabo Verde',
          summary: 'Formação prática para empreendedores da diáspora em Cabo Verde.',
          description: 'Cursos de gestão, finanças e marketing para criar a sua empresa.',
        },
      },
      eligibility: {
        residenceCountries: ['PT'],
        targetCountries: ['CV'],
        diasporaOnly: true,
        genderFocus: 'women',
        ageMin: 18,
        ageMax: 35,
      },
      deliveryLanguages: ['pt'],
      format: 'hybrid',
      location: { city: 'Praia', countryCode: 'CV' },
    }),
    o(7, 1, 75, {
      categoryCode: 'grant',
      sectorCodes: ['agriculture_agrifood'],
      stageCodes: ['growth'],
      translations: {
        fr: {
          title: 'Fonds agroalimentaire Sénégal',
          summary: 'Subvention pour les entreprises agroalimentaires en croissance.',
          description: 'Soutien aux transformateurs de céréales et de fruits au Sénégal.',
        },
      },
      eligibility: {
        residenceCountries: ['IT'],
        targetCountries: ['SN'],
        diasporaOnly: false,
        genderFocus: 'any',
      },
      funding: { minMinor: 5_000_000, maxMinor: 50_000_000, currency: 'EUR' },
      dates: { opensOn: '2026-01-15', deadline: '2026-12-31', rolling: false },
    }),
    o(8, 2, 55, {
      categoryCode: 'incubation',
      sectorCodes: ['digital_tech'],
      stageCodes: ['idea', 'creation'],
      translations: {
        en: {
          title: 'Tech incubator in Abidjan',
          summary: 'An incubator for digital startups in Ivory Coast.',
          description: 'Coaching, cloud credits and investor days for tech founders.',
        },
        fr: {
          title: 'Incubateur tech à Abidjan',
          summary: 'Un incubateur pour les startups numériques en Côte d’Ivoire.',
          description: 'Coaching, crédits cloud et journées investisseurs.',
        },
      },
      eligibility: {
        residenceCountries: ['GB', 'FR'],
        targetCountries: ['CI'],
        diasporaOnly: false,
        genderFocus: 'any',
      },
      deliveryLanguages: ['en', 'fr'],
      cost: { type: 'paid', amountMinor: 10000, currency: 'EUR' },
    }),
    o(9, 0, 68, {
      categoryCode: 'grant',
      translations: {
        fr: {
          title: 'Bourse de rentrée pour projets solidaires',
          summary: 'Les candidatures ouvrent demain pour trois mois.',
          description: 'Une bourse pour les projets à impact social.',
        },
      },
      eligibility: {
        residenceCountries: ['FR'],
        targetCountries: ['SN'],
        diasporaOnly: false,
        genderFocus: 'any',
      },
      funding: { minMinor: 100_000, maxMinor: 1_500_000, currency: 'EUR' },
      dates: { opensOn: '2026-06-02', deadline: '2026-08-31', rolling: false },
    }),
    o(10, 3, 45, {
      categoryCode: 'training',
      translations: {
        fr: {
          title: MARKUP_TITLE,
          summary: 'Les formalités <b>douanières</b> expliquées simplement.',
          description: 'Un atelier en ligne.',
        },
      },
    }),
  ];
}

/** Generated offers that give the filters and facets enough variety to be checked. */
function generated(): FixtureOffer[] {
  const categories = ['grant', 'loan', 'training', 'incubation', 'mentoring'];
  const countries = ['SN', 'CI', 'CM', 'MA', 'TN', 'ML'];
  const residences = ['FR', 'BE', 'IT', 'DE', 'ES'];
  const sectors = Object.keys(SECTOR);
  const stages = Object.keys(STAGE);
  const formats = ['online', 'in_person', 'hybrid'] as const;
  const out: FixtureOffer[] = [];
  for (let i = 0; i < 40; i++) {
    const category = categories[i % categories.length];
    const financing = category === 'grant' || category === 'loan';
    const deadlineMonth = (i % 12) + 1;
    const format = formats[i % 3];
    out.push({
      id: uuid(100 + i),
      organisation: ORGS[i % ORGS.length],
      quality: (i * 37) % 100,
      publishedDaysAgo: 10 + i,
      content: {
        ...base(),
        categoryCode: category,
        sectorCodes: [sectors[i % sectors.length]],
        stageCodes: [
          stages[i % stages.length],
          ...(i % 4 === 0 ? [stages[(i + 1) % stages.length]] : []),
        ],
        translations: {
          fr: {
            title: `Offre générée numéro ${i}`,
            summary: 'Résumé générique pour les tests de filtres.',
            description: 'Description générique.',
          },
          ...(i % 3 === 0
            ? {
                en: {
                  title: `Generated offer ${i}`,
                  summary: 'Generic summary.',
                  description: 'Generic.',
                },
              }
            : {}),
        },
        eligibility: {
          residenceCountries: i % 5 === 4 ? [] : [residences[i % residences.length]],
          targetCountries: [
            countries[i % countries.length],
            ...(i % 7 === 0 ? [countries[(i + 2) % countries.length]] : []),
          ],
          diasporaOnly: i % 2 === 0,
          genderFocus: i % 9 === 0 ? 'women' : 'any',
        },
        deliveryLanguages: i % 4 === 0 ? ['fr', 'en'] : ['fr'],
        format,
        location: format === 'online' ? null : { countryCode: countries[i % countries.length] },
        cost: i % 6 === 0 ? { type: 'paid', amountMinor: 5000, currency: 'EUR' } : { type: 'free' },
        funding: financing
          ? { minMinor: 100_000, maxMinor: (i + 1) * 1_000_000, currency: i % 2 ? 'EUR' : 'XOF' }
          : null,
        dates:
          i % 5 === 0
            ? { rolling: true, opensOn: null }
            : {
                rolling: false,
                opensOn: `2026-0${(i % 3) + 1}-01`,
                deadline: `2026-${String(deadlineMonth).padStart(2, '0')}-15`,
              },
      },
    });
  }
  return out;
}

export const FIXTURE_TODAY = '2026-06-01';
export const FIXTURE_NOW = new Date(`${FIXTURE_TODAY}T12:00:00Z`);

export function fixtureOffers(): FixtureOffer[] {
  return [...hand(), ...generated()];
}

export function fixtureDocuments(): SearchDocument[] {
  return fixtureOffers().map((o) => {
    const category = CATEGORY[o.content.categoryCode];
    const categories = [
      ...(category.parent
        ? [{ code: category.parent, labels: CATEGORY[category.parent].labels }]
        : []),
      { code: o.content.categoryCode, labels: category.labels },
    ];
    return buildSearchDocument({
      offer: {
        id: o.id,
        slug: `offer-${o.id.slice(-4)}`,
        organisationId: `10000000-0000-4000-8000-${String(ORGS.indexOf(o.organisation)).padStart(12, '0')}`,
        content: o.content,
        qualityScore: o.quality,
        lastVerifiedAt: new Date(FIXTURE_NOW.getTime() - o.publishedDaysAgo * 86_400_000),
        publishedAt: new Date(FIXTURE_NOW.getTime() - o.publishedDaysAgo * 86_400_000),
      },
      organisation: o.organisation,
      categories,
      sectors: o.content.sectorCodes.map((c) => ({ code: c, labels: SECTOR[c] })),
      stages: o.content.stageCodes.map((c) => ({ code: c, labels: STAGE[c] })),
    });
  });
}
