import { buildSearchDocument, type SearchDocument } from '@app/search';
import type { OfferContent, OfferTranslation } from '@app/catalogue';

/**
 * The offers the relevance suite is judged on: written by hand, in the four languages, with
 * near-misses placed on purpose (a word repeated in a long description, a stem or another
 * language's word in a title, a city named without its country). Near-misses often carry a
 * higher quality score than the right answer, so quality cannot hide poor text ranking.
 */

type Labels = { fr: string; en: string; pt: string; ar: string };

/**
 * The taxonomy as migration 1764300000000-taxonomy seeds it: documents must carry the labels
 * the database holds (test/integration/search/relevance-legacy.int-spec.ts compares them
 * with `taxonomy_terms`).
 */
export const RELEVANCE_TAXONOMY = {
  category: {
    financing: { fr: 'Financement', en: 'Financing', pt: 'Financiamento', ar: 'التمويل' },
    grant: { fr: 'Subvention', en: 'Grant', pt: 'Subvenção', ar: 'منحة' },
    loan: { fr: 'Prêt', en: 'Loan', pt: 'Empréstimo', ar: 'قرض' },
    equity: {
      fr: 'Prise de participation',
      en: 'Equity investment',
      pt: 'Participação no capital',
      ar: 'المساهمة في رأس المال',
    },
    guarantee: { fr: 'Garantie', en: 'Guarantee', pt: 'Garantia', ar: 'ضمان القروض' },
    crowdfunding: {
      fr: 'Financement participatif',
      en: 'Crowdfunding',
      pt: 'Financiamento coletivo',
      ar: 'التمويل الجماعي',
    },
    training: { fr: 'Formation', en: 'Training', pt: 'Formação', ar: 'التدريب' },
    mentoring: {
      fr: 'Mentorat et coaching',
      en: 'Mentoring and coaching',
      pt: 'Mentoria e coaching',
      ar: 'الإرشاد والتوجيه',
    },
    incubation: { fr: 'Incubation', en: 'Incubation', pt: 'Incubação', ar: 'الاحتضان' },
    acceleration: { fr: 'Accélération', en: 'Acceleration', pt: 'Aceleração', ar: 'التسريع' },
    legal: {
      fr: 'Accompagnement juridique et administratif',
      en: 'Legal and administrative support',
      pt: 'Apoio jurídico e administrativo',
      ar: 'الدعم القانوني والإداري',
    },
    market_access: {
      fr: 'Accès aux marchés et export',
      en: 'Market access and export',
      pt: 'Acesso a mercados e exportação',
      ar: 'الوصول إلى الأسواق والتصدير',
    },
    networking: {
      fr: 'Réseautage et événements',
      en: 'Networking and events',
      pt: 'Networking e eventos',
      ar: 'التواصل المهني والفعاليات',
    },
    information: {
      fr: 'Information et orientation',
      en: 'Information and guidance',
      pt: 'Informação e orientação',
      ar: 'الإعلام والتوجيه',
    },
    investment_facilitation: {
      fr: "Facilitation de l'investissement",
      en: 'Investment facilitation',
      pt: 'Facilitação do investimento',
      ar: 'تيسير الاستثمار',
    },
    return_reintegration: {
      fr: 'Aide au retour et à la réinsertion',
      en: 'Return and reintegration support',
      pt: 'Apoio ao regresso e à reintegração',
      ar: 'دعم العودة وإعادة الإدماج',
    },
  },
  sector: {
    agriculture_agrifood: {
      fr: 'Agriculture et agroalimentaire',
      en: 'Agriculture and agrifood',
      pt: 'Agricultura e agroalimentar',
      ar: 'الزراعة والصناعات الغذائية',
    },
    fintech_financial_services: {
      fr: 'Fintech et services financiers',
      en: 'Fintech and financial services',
      pt: 'Fintech e serviços financeiros',
      ar: 'التكنولوجيا المالية والخدمات المالية',
    },
    digital_tech: {
      fr: 'Numérique et technologies',
      en: 'Digital and technology',
      pt: 'Digital e tecnologia',
      ar: 'الرقمنة والتكنولوجيا',
    },
    renewable_energy: {
      fr: 'Énergies renouvelables',
      en: 'Renewable energy',
      pt: 'Energias renováveis',
      ar: 'الطاقات المتجددة',
    },
    health: { fr: 'Santé', en: 'Health', pt: 'Saúde', ar: 'الصحة' },
    education: { fr: 'Éducation', en: 'Education', pt: 'Educação', ar: 'التعليم' },
    tourism_hospitality: {
      fr: 'Tourisme et hôtellerie',
      en: 'Tourism and hospitality',
      pt: 'Turismo e hotelaria',
      ar: 'السياحة والضيافة',
    },
    commerce_retail: {
      fr: 'Commerce et distribution',
      en: 'Commerce and retail',
      pt: 'Comércio e distribuição',
      ar: 'التجارة والتوزيع',
    },
    construction_real_estate: {
      fr: 'BTP et immobilier',
      en: 'Construction and real estate',
      pt: 'Construção e imobiliário',
      ar: 'البناء والعقارات',
    },
    transport_logistics: {
      fr: 'Transport et logistique',
      en: 'Transport and logistics',
      pt: 'Transportes e logística',
      ar: 'النقل والخدمات اللوجستية',
    },
    water_sanitation: {
      fr: 'Eau et assainissement',
      en: 'Water and sanitation',
      pt: 'Água e saneamento',
      ar: 'المياه والصرف الصحي',
    },
    business_services: {
      fr: 'Services aux entreprises',
      en: 'Business services',
      pt: 'Serviços às empresas',
      ar: 'خدمات الأعمال',
    },
    manufacturing: {
      fr: 'Industrie manufacturière',
      en: 'Manufacturing',
      pt: 'Indústria transformadora',
      ar: 'الصناعة التحويلية',
    },
    creative_cultural_industries: {
      fr: 'Industries culturelles et créatives',
      en: 'Creative and cultural industries',
      pt: 'Indústrias culturais e criativas',
      ar: 'الصناعات الثقافية والإبداعية',
    },
    textile_fashion: {
      fr: 'Textile et mode',
      en: 'Textile and fashion',
      pt: 'Têxtil e moda',
      ar: 'النسيج والموضة',
    },
  },
  stage: {
    idea: { fr: 'Idée', en: 'Idea', pt: 'Ideia', ar: 'مرحلة الفكرة' },
    creation: { fr: 'Création', en: 'Start-up', pt: 'Criação', ar: 'مرحلة التأسيس' },
    early: {
      fr: 'Jeune entreprise',
      en: 'Early stage',
      pt: 'Fase inicial',
      ar: 'المرحلة الأولى من النشاط',
    },
    growth: { fr: 'Croissance', en: 'Growth', pt: 'Crescimento', ar: 'مرحلة النمو' },
    established: {
      fr: 'Entreprise établie',
      en: 'Established business',
      pt: 'Empresa consolidada',
      ar: 'مؤسسة قائمة',
    },
  },
} as const satisfies Record<'category' | 'sector' | 'stage', Record<string, Labels>>;

/** Parents of the financing sub-kinds (a grant is also financing), as in the migration. */
const CATEGORY_PARENT: Partial<Record<CategoryCode, CategoryCode>> = {
  grant: 'financing',
  loan: 'financing',
  equity: 'financing',
  guarantee: 'financing',
  crowdfunding: 'financing',
};

export type CategoryCode = keyof typeof RELEVANCE_TAXONOMY.category;
export type SectorCode = keyof typeof RELEVANCE_TAXONOMY.sector;
export type StageCode = keyof typeof RELEVANCE_TAXONOMY.stage;

/** The organisation an offer is published by, as the search document carries it. */
export interface Organisation {
  readonly name: string;
  readonly kind: string;
  readonly verified: boolean;
}

const ORGANISATIONS = {
  teranga: { name: 'Fonds Teranga Diaspora', kind: 'public_agency', verified: true },
  akwaba: { name: 'Akwaba Ventures', kind: 'accelerator', verified: true },
  initiativeIvoire: { name: 'Initiative Ivoire Diaspora', kind: 'ngo', verified: true },
  atlas: { name: 'Atlas Entrepreneurs Network', kind: 'diaspora_association', verified: false },
  mreDesk: { name: 'Guichet MRE Invest', kind: 'public_agency', verified: true },
  jisr: { name: 'مؤسسة الجسر للتنمية', kind: 'ngo', verified: true },
  tunisCaisse: { name: 'Caisse Solidaire Tunisienne', kind: 'microfinance', verified: true },
  carthage: { name: 'Carthage Business Angels', kind: 'other', verified: true },
  wouri: { name: 'Wouri Incubateur', kind: 'incubator', verified: true },
  crowdAfrica: { name: 'CrowdAfrica Europe', kind: 'other', verified: true },
  sahel: { name: 'Sahel Microfinance Solidaire', kind: 'microfinance', verified: true },
  investirPays: { name: 'Investir au Pays Conseil', kind: 'consultancy', verified: false },
  migDev: { name: 'Agence Migrations et Développement', kind: 'public_agency', verified: true },
  morabeza: { name: 'Morabeza Empreende', kind: 'ngo', verified: false },
  kianda: { name: 'Kianda Capital', kind: 'bank', verified: true },
  kwanza: { name: 'Academia Kwanza de Gestão', kind: 'university', verified: true },
  lusofonia: { name: 'Lusofonia Empreende', kind: 'ngo', verified: true },
  angolaChamber: {
    name: 'Câmara de Comércio Angola-Portugal',
    kind: 'chamber_of_commerce',
    verified: true,
  },
  nile: { name: 'Nile Diaspora Investment Forum', kind: 'other', verified: false },
  connectUk: { name: 'Diaspora Connect UK', kind: 'diaspora_association', verified: true },
  ghanaHub: { name: 'Ghana Diaspora Business Hub', kind: 'accelerator', verified: true },
  juris: { name: 'Cabinet Juris Afrique', kind: 'consultancy', verified: true },
  femmes: {
    name: "Réseau Femmes Entrepreneures d'Afrique",
    kind: 'diaspora_association',
    verified: false,
  },
  garantie: { name: 'Garantie Solidaire Afrique', kind: 'microfinance', verified: true },
  upe: { name: "Université Populaire de l'Entrepreneuriat", kind: 'university', verified: false },
  ccea: {
    name: 'Chambre de Commerce Euro-Africaine',
    kind: 'chamber_of_commerce',
    verified: true,
  },
  maison: { name: "Maison de l'Entrepreneuriat Diaspora", kind: 'public_agency', verified: true },
  euromed: { name: 'Euromed Export Partners', kind: 'chamber_of_commerce', verified: true },
  hubNum: { name: 'Hub Numérique Francophone', kind: 'incubator', verified: true },
  studio: { name: 'Diaspora Venture Studio', kind: 'accelerator', verified: true },
  maghrebBridge: { name: 'Maghreb Tech Bridge', kind: 'accelerator', verified: false },
  cfen: {
    name: 'Centre de Formation Énergies Nouvelles',
    kind: 'university',
    verified: true,
  },
  lumiere: { name: 'Fonds Lumière Afrique', kind: 'ngo', verified: true },
  santeDiaspora: { name: 'Fondation Santé Diaspora', kind: 'ngo', verified: false },
  terresRouges: { name: 'Coopérative Terres Rouges', kind: 'ngo', verified: false },
  faso: { name: 'Faso Agri Fonds', kind: 'public_agency', verified: true },
  cercle: { name: 'Cercle Investisseurs Diaspora', kind: 'other', verified: false },
  horizons: { name: 'Fondation Horizons Solidaires', kind: 'ngo', verified: false },
  transfo: {
    name: 'Caisse Solidaire des Transformatrices',
    kind: 'microfinance',
    verified: true,
  },
  reseauEntreprendre: { name: 'Réseau Entreprendre Diaspora', kind: 'ngo', verified: true },
} as const satisfies Record<string, Organisation>;
type OrganisationKey = keyof typeof ORGANISATIONS;

/** Offer ids of the suite: 1–999 for these offers, from 1001 for the distractors. */
export const offerId = (n: number) => `7e1e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** Organisation ids of the suite: 0–999 for these organisations, from 1000 for the distractors'. */
export const organisationId = (n: number) =>
  `7e1e0000-0000-4000-9000-${String(n).padStart(12, '0')}`;
const uuid = offerId;

/** Every offer by name, so judgements read as words rather than uuids. */
export const R = {
  senegalSeedGrant: uuid(1),
  dakarIncubator: uuid(2),
  pretHonneurCI: uuid(3),
  abidjanIncubator: uuid(4),
  ptCrowdfunding: uuid(5),
  angolaMentoring: uuid(6),
  arMorocco: uuid(7),
  arAlgeriaMicro: uuid(8),
  casablancaAgritech: uuid(9),
  moroccoInvest: uuid(10),
  moroccoGuarantee: uuid(11),
  arExportTraining: uuid(12),
  arTunisiaLoans: uuid(13),
  tunisStartupAct: uuid(14),
  carthageAngels: uuid(15),
  doualaAccelerator: uuid(16),
  cameroonCrowdfunding: uuid(17),
  cameroonTraining: uuid(18),
  bamakoMicrocredit: uuid(19),
  maliDiasporaInvest: uuid(20),
  maliReturn: uuid(21),
  praiaTourism: uuid(22),
  caboVerdeReturn: uuid(23),
  caboVerdeGrant: uuid(24),
  luandaEquity: uuid(25),
  angolaTraining: uuid(26),
  ptMentoringCV: uuid(27),
  arEgyptEquity: uuid(28),
  arEgyptCrowdfunding: uuid(29),
  lagosAccelerator: uuid(30),
  ghanaCrowdfunding: uuid(31),
  ghanaMarketAccess: uuid(32),
  nigeriaLegal: uuid(33),
  nigeriaInvestDesk: uuid(34),
  womenLoanWestAfrica: uuid(35),
  guaranteeFund: uuid(36),
  accentlessWorkshop: uuid(37),
  parisForum: uuid(38),
  brusselsNetworking: uuid(39),
  senegalNetworking: uuid(40),
  informationDesk: uuid(41),
  investorGuide: uuid(42),
  cocoaAccelerator: uuid(43),
  abidjanLegal: uuid(44),
  ivoryCoastExport: uuid(45),
  ventureStudio: uuid(46),
  incubateurIdf: uuid(47),
  incubadoraLisboa: uuid(48),
  arTunisIncubator: uuid(49),
  returnGermany: uuid(50),
  returnItaly: uuid(51),
  reintegrationGrants: uuid(52),
  arAlgeriaReturn: uuid(53),
  algeriaAccelerator: uuid(54),
  digitalBootcamp: uuid(55),
  thiesSolar: uuid(56),
  solarGrant: uuid(57),
  healthGrants: uuid(58),
  farmingGrant: uuid(59),
  jeunesAgriculteurs: uuid(60),
  jeunesPousses: uuid(61),
  diasporaAngels: uuid(62),
  womenAcceleration: uuid(63),
  dakarFashion: uuid(64),
  exportMission: uuid(65),
  angolaExport: uuid(66),
  senegalAgrifoodLoan: uuid(67),
  senegalReturn: uuid(68),
  mentoratFr: uuid(69),
  mentoringUk: uuid(70),
  tunisiaCoaching: uuid(71),
  nigeriaGuarantee: uuid(72),
  legalStatus: uuid(73),
  investorMeetings: uuid(74),
  maghrebWebinars: uuid(75),
} as const;
export type OfferKey = keyof typeof R;

/** Title, summary, description. */
export type Text = readonly [string, string, string];

export interface OfferSpec<Org extends string = OrganisationKey> {
  org: Org;
  quality: number;
  publishedDaysAgo: number;
  category: CategoryCode;
  sectors?: SectorCode[];
  stages?: StageCode[];
  residence?: string[];
  targets?: string[];
  diasporaOnly?: boolean;
  gender?: 'any' | 'women' | 'men';
  ageMax?: number;
  /** Defaults to the languages the offer is written in. */
  delivery?: string[];
  format?: 'online' | 'in_person' | 'hybrid';
  location?: { city: string; countryCode: string };
  cost?: OfferContent['cost'];
  funding?: { min: number; max: number; currency: string };
  /** No deadline means rolling. */
  deadline?: string;
  tags?: string[];
  fr?: Text;
  en?: Text;
  pt?: Text;
  ar?: Text;
}

/** Fixed "today" of the suite; publication dates count back from it. */
export const RELEVANCE_TODAY = '2026-06-01';
const NOW = new Date(`${RELEVANCE_TODAY}T12:00:00Z`);

const OFFERS: Record<OfferKey, OfferSpec> = {
  // ── Senegal ──────────────────────────────────────────────────────────────
  senegalSeedGrant: {
    org: 'teranga',
    quality: 72,
    publishedDaysAgo: 20,
    category: 'grant',
    stages: ['idea', 'creation'],
    residence: ['FR', 'BE', 'IT'],
    targets: ['SN'],
    diasporaOnly: true,
    funding: { min: 5_000_000, max: 20_000_000, currency: 'XOF' },
    deadline: '2026-09-30',
    fr: [
      "Subvention d'amorçage pour les entreprises de la diaspora au Sénégal",
      "Jusqu'à 20 millions de francs CFA pour lancer une entreprise au Sénégal.",
      "Le fonds paie l'étude de marché, le prototype et les premiers recrutements. Les candidats résident en Europe et immatriculent leur société au Sénégal dans les douze mois.",
    ],
    en: [
      'Seed grant for diaspora businesses in Senegal',
      'Up to 20 million CFA francs to launch a company in Senegal.',
      'The fund pays for market research, a prototype and first hires. Applicants live in Europe and register their company in Senegal within twelve months.',
    ],
  },
  // Names Dakar but no country: only a city→country vocabulary links it to Senegal.
  dakarIncubator: {
    org: 'hubNum',
    quality: 55,
    publishedDaysAgo: 35,
    category: 'incubation',
    sectors: ['digital_tech'],
    stages: ['idea', 'creation'],
    residence: ['FR'],
    format: 'in_person',
    location: { city: 'Dakar', countryCode: 'SN' },
    fr: [
      "Programme d'incubation à Dakar",
      "Six mois d'incubation pour les fondateurs qui s'installent à Dakar.",
      'Un poste de travail au Plateau, un mentor attitré, des ateliers chaque semaine et une journée de présentation aux investisseurs. Le programme accueille les porteurs de projets numériques venus de France.',
    ],
  },
  senegalAgrifoodLoan: {
    org: 'transfo',
    quality: 60,
    publishedDaysAgo: 41,
    category: 'loan',
    sectors: ['agriculture_agrifood'],
    stages: ['early', 'growth'],
    residence: ['FR', 'IT'],
    targets: ['SN'],
    gender: 'women',
    funding: { min: 500_000, max: 10_000_000, currency: 'XOF' },
    deadline: '2026-08-15',
    fr: [
      'Crédit de campagne pour la transformation agroalimentaire au Sénégal',
      'Un prêt saisonnier pour acheter mil, arachide et fruits au moment de la récolte.',
      "Le crédit est remboursé après la vente des produits transformés. Il s'adresse aux unités de transformation créées ou reprises par des femmes de la diaspora.",
    ],
  },
  senegalReturn: {
    org: 'migDev',
    quality: 80,
    publishedDaysAgo: 26,
    category: 'return_reintegration',
    residence: ['FR', 'IT', 'ES'],
    targets: ['SN'],
    diasporaOnly: true,
    format: 'hybrid',
    fr: [
      'Aide au retour productif vers le Sénégal',
      'Un accompagnement et une aide financière pour réussir son installation au Sénégal.',
      'Formation au montage de projet avant le départ, appui à la recherche de financement et suivi par un conseiller à Dakar pendant un an.',
    ],
    en: [
      'Productive return support to Senegal',
      'Guidance and financial help to settle successfully in Senegal.',
      'Project design training before departure, help finding funding and a year of follow-up by an adviser in Dakar.',
    ],
  },
  senegalNetworking: {
    org: 'teranga',
    quality: 66,
    publishedDaysAgo: 58,
    category: 'networking',
    residence: ['FR'],
    targets: ['SN'],
    format: 'in_person',
    location: { city: 'Paris', countryCode: 'FR' },
    fr: [
      'Rencontres de la diaspora sénégalaise à Paris',
      'Des rencontres trimestrielles entre entrepreneurs, banques et institutions publiques.',
      "Présentation des programmes publics, témoignages d'entrepreneurs revenus au pays et rendez-vous individuels avec les exposants.",
    ],
  },
  thiesSolar: {
    org: 'cfen',
    quality: 61,
    publishedDaysAgo: 46,
    category: 'training',
    sectors: ['renewable_energy'],
    residence: ['FR', 'IT'],
    targets: ['SN'],
    format: 'in_person',
    location: { city: 'Thiès', countryCode: 'SN' },
    deadline: '2026-08-20',
    fr: [
      'Formation aux métiers du solaire à Thiès',
      'Dix semaines pour installer et entretenir des systèmes photovoltaïques.',
      "Cours techniques, chantiers pratiques et module de création d'entreprise pour lancer son activité d'installateur au retour.",
    ],
  },
  dakarFashion: {
    org: 'ccea',
    quality: 74,
    publishedDaysAgo: 20,
    category: 'market_access',
    sectors: ['textile_fashion', 'creative_cultural_industries'],
    residence: ['FR', 'IT', 'BE'],
    targets: ['SN'],
    format: 'in_person',
    location: { city: 'Dakar', countryCode: 'SN' },
    deadline: '2026-11-05',
    fr: [
      'Journées export textile et mode à Dakar',
      'Trois jours de rencontres entre créateurs de mode de la diaspora et acheteurs internationaux.',
      "Défilés, stands et rendez-vous d'affaires avec des distributeurs européens et africains. Sélection sur dossier, frais de stand pris en charge pour les lauréats.",
    ],
  },

  // ── Côte d'Ivoire ────────────────────────────────────────────────────────
  pretHonneurCI: {
    org: 'initiativeIvoire',
    quality: 58,
    publishedDaysAgo: 12,
    category: 'loan',
    sectors: ['digital_tech'],
    stages: ['creation'],
    residence: ['FR'],
    targets: ['CI'],
    funding: { min: 300_000, max: 2_500_000, currency: 'EUR' },
    deadline: '2026-07-15',
    fr: [
      "Prêt d'honneur pour startups numériques en Côte d'Ivoire",
      'Un prêt personnel à taux zéro, sans garantie, pour renforcer les fonds propres de votre startup.',
      "Le prêt d'honneur est accordé au fondateur, qui l'apporte à sa société ivoirienne. Remboursement sur cinq ans après un différé de douze mois. Un parrain chef d'entreprise suit chaque lauréat.",
    ],
  },
  // Names Abidjan but no country; "incubator" is in no other title.
  abidjanIncubator: {
    org: 'akwaba',
    quality: 50,
    publishedDaysAgo: 40,
    category: 'incubation',
    stages: ['idea', 'creation'],
    residence: ['GB', 'FR'],
    format: 'in_person',
    location: { city: 'Abidjan', countryCode: 'CI' },
    en: [
      'Startup incubator in Abidjan for returning founders',
      'A six-month programme for founders moving back from Europe to launch their startup.',
      'Desk space in Cocody, weekly coaching, legal set-up help and introductions to local investors. Cohorts start in January and July.',
    ],
  },
  cocoaAccelerator: {
    org: 'akwaba',
    quality: 82,
    publishedDaysAgo: 23,
    category: 'acceleration',
    sectors: ['agriculture_agrifood'],
    stages: ['growth'],
    residence: ['FR', 'GB'],
    targets: ['CI', 'GH'],
    deadline: '2026-09-30',
    fr: [
      'Accélérateur cacao et agro-transformation',
      "Un programme de six mois pour les transformateurs de cacao en Côte d'Ivoire et au Ghana.",
      "Mise aux normes, certification, recherche d'acheteurs en Europe et préparation d'une levée de fonds.",
    ],
    en: [
      'Cocoa and agro-processing accelerator',
      "A six-month programme for cocoa processors in Côte d'Ivoire and Ghana.",
      'Standards, certification, European buyers and fundraising preparation.',
    ],
  },
  abidjanLegal: {
    org: 'juris',
    quality: 62,
    publishedDaysAgo: 34,
    category: 'legal',
    residence: ['FR', 'BE'],
    targets: ['CI'],
    format: 'hybrid',
    location: { city: 'Abidjan', countryCode: 'CI' },
    cost: { type: 'paid', amountMinor: 45_000, currency: 'EUR' },
    fr: [
      'Accompagnement juridique pour créer sa société à Abidjan',
      'Statuts, immatriculation et ouverture de compte bancaire, depuis la France ou sur place.',
      'Un juriste suit votre dossier au guichet unique, prépare les statuts de SARL ou de SAS et vous aide à ouvrir le compte de la société.',
    ],
  },
  // "Ivory Coast" in an English title: a synonym of "Côte d'Ivoire", not the same words.
  ivoryCoastExport: {
    org: 'euromed',
    quality: 65,
    publishedDaysAgo: 41,
    category: 'market_access',
    sectors: ['manufacturing'],
    residence: ['GB', 'FR'],
    targets: ['CI'],
    en: [
      'Ivory Coast export readiness programme',
      'Get your products ready for buyers in Europe and the region.',
      'Product audits, export pricing, packaging advice and introductions to freight forwarders for small manufacturers.',
    ],
  },
  // Near-miss: "Côte d'Ivoire" five times in a long description, none in the title, top quality.
  investorGuide: {
    org: 'maison',
    quality: 95,
    publishedDaysAgo: 3,
    category: 'information',
    residence: ['FR', 'BE'],
    targets: ['CI', 'SN'],
    tags: ['guide', 'fiscalité'],
    fr: [
      "Guide pratique de l'investisseur de la diaspora",
      "Tout ce qu'il faut savoir avant d'investir dans son pays d'origine, avec des fiches pays détaillées.",
      "Ce guide rassemble les questions que posent le plus souvent les investisseurs de la diaspora. La fiche Côte d'Ivoire détaille la création d'une société, la fiscalité applicable en Côte d'Ivoire et les filières porteuses comme le cacao, l'anacarde et le numérique. Une seconde partie compare la Côte d'Ivoire et le Sénégal sur le coût du foncier, les délais administratifs et l'accès au crédit. Les annexes listent les banques, les cabinets d'avocats et les chambres de commerce de Côte d'Ivoire qui accompagnent la diaspora, ainsi que les structures d'accompagnement et les fonds actifs en Côte d'Ivoire. Le guide est mis à jour chaque année avec les ambassades.",
    ],
  },

  // ── Morocco ──────────────────────────────────────────────────────────────
  // The Arabic title names المغرب.
  arMorocco: {
    org: 'jisr',
    quality: 48,
    publishedDaysAgo: 30,
    category: 'mentoring',
    residence: ['FR', 'BE', 'ES', 'IT', 'NL'],
    targets: ['MA'],
    diasporaOnly: true,
    format: 'hybrid',
    ar: [
      'مرافقة رواد الأعمال من مغاربة العالم لإطلاق مشاريعهم في المغرب',
      'برنامج إرشاد لمدة ستة أشهر مع خبراء في إنشاء المقاولات',
      'جلسات فردية شهرية حول دراسة السوق والتمويل والإجراءات الإدارية، مع زيارة ميدانية إلى جهة الدار البيضاء سطات.',
    ],
  },
  // Casablanca in both titles, no country; المغرب only in its Arabic description.
  casablancaAgritech: {
    org: 'atlas',
    quality: 85,
    publishedDaysAgo: 15,
    category: 'acceleration',
    sectors: ['agriculture_agrifood', 'digital_tech'],
    stages: ['early', 'growth'],
    residence: ['FR', 'BE', 'ES'],
    format: 'in_person',
    location: { city: 'Casablanca', countryCode: 'MA' },
    deadline: '2026-08-31',
    fr: [
      'Accélérateur agritech à Casablanca',
      'Quatre mois pour faire passer votre solution agricole du pilote aux premiers clients.',
      "Accès à des exploitations partenaires pour tester, experts de l'irrigation et de la chaîne du froid, rencontres avec des distributeurs et une journée investisseurs à la fin du programme.",
    ],
    ar: [
      'مسرّع التكنولوجيا الزراعية في الدار البيضاء',
      'أربعة أشهر لمرافقة الحلول الزراعية المبتكرة نحو أول زبائنها',
      'يستقبل البرنامج مؤسسي الشركات الناشئة من الجالية الراغبين في اختبار حلولهم في المغرب، مع خبراء في الري وسلاسل التبريد ولقاءات مع المستثمرين.',
    ],
  },
  moroccoInvest: {
    org: 'mreDesk',
    quality: 77,
    publishedDaysAgo: 50,
    category: 'investment_facilitation',
    residence: ['FR', 'BE', 'ES', 'IT', 'NL', 'DE'],
    targets: ['MA'],
    fr: [
      "Investir au Maroc : guichet d'accompagnement des Marocains du monde",
      "Un interlocuteur unique pour le foncier, les autorisations et les incitations à l'investissement.",
      "Le guichet oriente les porteurs de projets de la diaspora vers les centres régionaux d'investissement, prépare les dossiers d'incitation et suit les autorisations jusqu'au démarrage de l'activité.",
    ],
    en: [
      'Invest in Morocco: one-stop desk for Moroccans abroad',
      'One contact for land, permits and investment incentives.',
      'The desk guides diaspora project owners to the regional investment centres, prepares incentive applications and follows permits until the business opens.',
    ],
  },
  moroccoGuarantee: {
    org: 'garantie',
    quality: 70,
    publishedDaysAgo: 45,
    category: 'guarantee',
    residence: ['FR', 'BE', 'NL'],
    targets: ['MA'],
    funding: { min: 1_000_000, max: 20_000_000, currency: 'EUR' },
    fr: [
      'Garantie des prêts bancaires pour les entrepreneurs marocains du monde',
      "La garantie couvre jusqu'à 70 % du crédit d'investissement accordé par votre banque.",
      "Destinée aux créateurs et repreneurs résidant à l'étranger qui investissent au Maroc. La demande est déposée par la banque partenaire ; la commission de garantie est de 1 % par an.",
    ],
  },
  // Near-miss for المغرب and تمويل: both only in its description; top quality.
  arExportTraining: {
    org: 'jisr',
    quality: 90,
    publishedDaysAgo: 8,
    category: 'training',
    residence: ['FR', 'ES', 'IT'],
    targets: ['MA', 'TN', 'DZ'],
    format: 'online',
    deadline: '2026-07-31',
    ar: [
      'برنامج تدريب على التصدير نحو أوروبا',
      'دورة عبر الإنترنت لأصحاب المشاريع الصغيرة والمتوسطة الراغبين في بيع منتجاتهم في الأسواق الأوروبية',
      'تستهدف الدورة المقاولين من الجالية الذين ينتجون في المغرب أو تونس أو الجزائر. تشمل الوحدات المعايير الأوروبية والتسعير واللوجستيك والبحث عن موزعين والتمويل المتاح للتصدير. يقدم الخبراء أمثلة من قطاعات زيت الزيتون والنسيج والصناعات التقليدية في المغرب وتونس.',
    ],
  },
  maghrebWebinars: {
    org: 'maison',
    quality: 51,
    publishedDaysAgo: 67,
    category: 'information',
    residence: ['FR', 'BE', 'ES'],
    targets: ['MA', 'DZ', 'TN'],
    format: 'online',
    fr: [
      'Webinaires d’orientation pour entreprendre au Maghreb',
      'Chaque mois, un webinaire gratuit sur les démarches et les aides pour créer au Maghreb.',
      'Un expert présente les étapes de création, les organismes publics et les aides disponibles, puis répond aux questions.',
    ],
    ar: [
      'ندوات توجيه عبر الإنترنت لإنشاء مشروع في شمال أفريقيا',
      'ندوة شهرية مجانية حول الإجراءات والمساعدات المتاحة',
      'يقدم خبير مراحل إنشاء المؤسسة والهيئات العمومية والمساعدات المتوفرة ثم يجيب عن الأسئلة.',
    ],
  },

  // ── Tunisia ──────────────────────────────────────────────────────────────
  arTunisiaLoans: {
    org: 'tunisCaisse',
    quality: 63,
    publishedDaysAgo: 27,
    category: 'loan',
    residence: ['FR', 'IT', 'DE'],
    targets: ['TN'],
    funding: { min: 5_000_000, max: 50_000_000, currency: 'TND' },
    deadline: '2026-12-31',
    ar: [
      'قروض بدون فوائد لتمويل مشاريع الشباب في تونس',
      'قروض لإنشاء مشروع للشباب التونسي المقيم في الخارج أو العائد',
      'يمكن أن يصل القرض إلى خمسين ألف دينار مع فترة إمهال سنة واحدة، ويشترط تقديم دراسة جدوى.',
    ],
    fr: [
      'Prêts sans intérêt pour les projets des jeunes en Tunisie',
      "Des prêts de création pour les jeunes Tunisiens résidant à l'étranger ou de retour au pays.",
      "Jusqu'à 50 000 dinars avec un an de différé ; une étude de faisabilité est demandée.",
    ],
  },
  tunisStartupAct: {
    org: 'juris',
    quality: 70,
    publishedDaysAgo: 33,
    category: 'legal',
    sectors: ['digital_tech'],
    residence: ['FR', 'DE', 'CA'],
    targets: ['TN'],
    format: 'hybrid',
    location: { city: 'Tunis', countryCode: 'TN' },
    fr: [
      'Label Startup Act à Tunis : démarches pour les fondateurs de la diaspora',
      'Nous montons votre dossier de labellisation et la création de votre société.',
      'Accompagnement juridique complet : statuts, compte en devises, dossier de label et avantages associés (congé pour création, bourse, garantie). Rendez-vous à Tunis ou en visioconférence.',
    ],
  },
  carthageAngels: {
    org: 'carthage',
    quality: 88,
    publishedDaysAgo: 60,
    category: 'equity',
    sectors: ['digital_tech', 'fintech_financial_services'],
    stages: ['creation', 'early'],
    residence: ['FR', 'DE', 'CA'],
    targets: ['TN'],
    funding: { min: 5_000_000, max: 30_000_000, currency: 'EUR' },
    fr: [
      "Tickets d'amorçage des business angels pour startups tunisiennes",
      'Entre 50 000 et 300 000 euros en fonds propres, avec un investisseur mentor au conseil.',
      'Le club se réunit chaque trimestre pour écouter dix startups. Les dossiers retenus passent une due diligence légère de quatre semaines.',
    ],
    en: [
      'Business angel seed tickets for Tunisian startups',
      'Between €50,000 and €300,000 in equity, with an investor mentor on the board.',
      'The club meets each quarter to hear ten startups. Selected companies go through a four-week light due diligence.',
    ],
  },
  arTunisIncubator: {
    org: 'jisr',
    quality: 73,
    publishedDaysAgo: 47,
    category: 'incubation',
    sectors: ['digital_tech'],
    residence: ['FR', 'DE', 'IT'],
    targets: ['TN'],
    format: 'hybrid',
    location: { city: 'Tunis', countryCode: 'TN' },
    ar: [
      'حاضنة أعمال للشركات الناشئة في تونس',
      'ستة أشهر من الاحتضان للمؤسسين العائدين من أوروبا',
      'مكاتب مجهزة وتدريب أسبوعي ومرافقة في الحصول على علامة الشركات الناشئة والتمويل الأول.',
    ],
    fr: [
      'Incubation de startups numériques en Tunisie',
      "Six mois d'incubation pour les fondateurs qui rentrent d'Europe.",
      'Bureaux équipés, formation hebdomadaire, accompagnement vers le label startup et le premier financement.',
    ],
  },
  tunisiaCoaching: {
    org: 'atlas',
    quality: 56,
    publishedDaysAgo: 59,
    category: 'mentoring',
    residence: ['FR', 'DE'],
    targets: ['TN'],
    gender: 'women',
    format: 'online',
    fr: [
      'Coaching collectif pour entrepreneures de la diaspora tunisienne',
      'Huit séances en groupe pour structurer un projet en Tunisie.',
      'Animées par des coachs certifiées, les séances abordent le positionnement, la négociation et le financement.',
    ],
    ar: [
      'مرافقة جماعية لرائدات الأعمال من الجالية التونسية',
      'ثماني جلسات جماعية لهيكلة مشروع في تونس',
      'تتناول الجلسات التموقع والتفاوض والتمويل، بإشراف مدربات معتمدات.',
    ],
  },

  // ── Cameroon ─────────────────────────────────────────────────────────────
  doualaAccelerator: {
    org: 'wouri',
    quality: 61,
    publishedDaysAgo: 19,
    category: 'acceleration',
    sectors: ['manufacturing'],
    stages: ['growth'],
    residence: ['FR', 'BE', 'DE'],
    targets: ['CM'],
    format: 'in_person',
    location: { city: 'Douala', countryCode: 'CM' },
    deadline: '2026-09-15',
    fr: [
      'Accélérateur des PME industrielles de Douala',
      'Neuf mois pour structurer la production et préparer une levée de fonds.',
      "Diagnostic d'usine, coaching en qualité et en achats, mise en relation avec les banques et les donneurs d'ordre de la zone portuaire.",
    ],
  },
  cameroonCrowdfunding: {
    org: 'crowdAfrica',
    quality: 57,
    publishedDaysAgo: 14,
    category: 'crowdfunding',
    sectors: ['agriculture_agrifood'],
    residence: ['FR', 'BE', 'CH'],
    targets: ['CM'],
    format: 'online',
    funding: { min: 200_000, max: 3_000_000, currency: 'EUR' },
    fr: [
      'Financement participatif pour les projets agricoles au Cameroun',
      'Collectez auprès de votre communauté en Europe pour vos plantations, élevages ou unités de transformation.',
      'Prêts rémunérés et dons avec contreparties. Notre équipe vérifie chaque projet sur place avant la mise en ligne de la collecte.',
    ],
  },
  cameroonTraining: {
    org: 'wouri',
    quality: 45,
    publishedDaysAgo: 70,
    category: 'training',
    sectors: ['commerce_retail'],
    residence: ['FR'],
    targets: ['CM'],
    format: 'hybrid',
    fr: [
      "Formation à la gestion d'une PME au Cameroun",
      'Douze samedis pour maîtriser la comptabilité, la trésorerie et la fiscalité camerounaise.',
      "Formation en petits groupes, en ligne depuis l'Europe puis en présentiel à Yaoundé. Les participants repartent avec un tableau de bord financier adapté à leur activité.",
    ],
  },
  // Proximity pair: "jeunes agriculteurs" side by side here, far apart in jeunesPousses.
  jeunesAgriculteurs: {
    org: 'terresRouges',
    quality: 50,
    publishedDaysAgo: 49,
    category: 'grant',
    sectors: ['agriculture_agrifood'],
    stages: ['idea', 'creation'],
    residence: ['FR', 'BE'],
    targets: ['CM'],
    funding: { min: 1_000_000, max: 5_000_000, currency: 'XAF' },
    deadline: '2026-10-01',
    fr: [
      "Prime d'installation pour jeunes agriculteurs au Cameroun",
      "Une aide de démarrage pour s'installer sur une exploitation familiale ou coopérative.",
      'Couvre les semences, le petit matériel et la première saison. Priorité aux projets de cultures vivrières.',
    ],
  },
  returnGermany: {
    org: 'migDev',
    quality: 59,
    publishedDaysAgo: 36,
    category: 'return_reintegration',
    residence: ['DE'],
    targets: ['CM'],
    format: 'hybrid',
    en: [
      'Return and start-up support for Cameroonians in Germany',
      'Advice, training and a start-up grant for people returning from Germany to Cameroon.',
      'Individual counselling in Germany, a business course after arrival and up to €3,000 in equipment.',
    ],
    fr: [
      "Retour et création d'entreprise pour les Camerounais d'Allemagne",
      "Conseil, formation et aide au démarrage pour les personnes qui rentrent d'Allemagne au Cameroun.",
      "Entretiens individuels en Allemagne, formation après l'arrivée et jusqu'à 3 000 euros d'équipement.",
    ],
  },

  // ── Mali ─────────────────────────────────────────────────────────────────
  bamakoMicrocredit: {
    org: 'sahel',
    quality: 52,
    publishedDaysAgo: 9,
    category: 'loan',
    sectors: ['commerce_retail'],
    gender: 'women',
    format: 'in_person',
    location: { city: 'Bamako', countryCode: 'ML' },
    funding: { min: 100_000, max: 2_000_000, currency: 'XOF' },
    fr: [
      'Microcrédit pour les commerçantes de Bamako',
      'Des prêts de 100 000 à 2 millions de francs CFA, remboursables chaque semaine.',
      "Les crédits sont accordés à des groupes solidaires de cinq commerçantes, y compris celles qui rentrent d'Europe pour ouvrir une boutique. Une formation à la gestion précède le premier prêt.",
    ],
  },
  maliDiasporaInvest: {
    org: 'investirPays',
    quality: 74,
    publishedDaysAgo: 55,
    category: 'investment_facilitation',
    residence: ['FR', 'ES', 'IT'],
    targets: ['ML'],
    format: 'online',
    fr: [
      "Orienter l'épargne de la diaspora malienne vers l'investissement productif",
      "Des conseillers aident les Maliens de l'extérieur à choisir et suivre un investissement au pays.",
      "Étude des projets, vérification des partenaires locaux, montage juridique et suivi trimestriel. Les secteurs les plus demandés sont l'agro-industrie, l'immobilier locatif et l'énergie solaire.",
    ],
  },
  maliReturn: {
    org: 'migDev',
    quality: 66,
    publishedDaysAgo: 48,
    category: 'return_reintegration',
    residence: ['FR', 'IT', 'ES', 'DE'],
    targets: ['ML'],
    diasporaOnly: true,
    format: 'hybrid',
    fr: [
      'Réinsertion économique des migrants de retour au Mali',
      "Une aide au démarrage d'activité pour les personnes revenues au Mali après plusieurs années en Europe.",
      "Bilan de compétences, formation courte, subvention d'équipement jusqu'à 1 500 000 francs CFA et suivi pendant un an par un conseiller à Bamako ou Kayes.",
    ],
  },
  returnItaly: {
    org: 'migDev',
    quality: 63,
    publishedDaysAgo: 62,
    category: 'return_reintegration',
    residence: ['IT'],
    targets: ['ML', 'GN'],
    format: 'hybrid',
    fr: [
      "Retour volontaire et création d'activité depuis l'Italie",
      'Pour les ressortissants maliens et guinéens qui choisissent de rentrer et de créer une activité.',
      'Préparation du projet en Italie, billet retour, aide au démarrage et suivi sur place pendant douze mois.',
    ],
    en: [
      'Voluntary return and business start-up from Italy',
      'For Malian and Guinean nationals who choose to go home and start an activity.',
      'Project preparation in Italy, a return ticket, start-up help and twelve months of follow-up on the ground.',
    ],
  },

  // ── Cabo Verde ───────────────────────────────────────────────────────────
  // Praia in the title, no country.
  praiaTourism: {
    org: 'morabeza',
    quality: 42,
    publishedDaysAgo: 65,
    category: 'training',
    sectors: ['tourism_hospitality'],
    residence: ['PT', 'NL'],
    format: 'in_person',
    location: { city: 'Praia', countryCode: 'CV' },
    deadline: '2026-07-10',
    pt: [
      'Curso de empreendedorismo turístico na Praia',
      'Oito semanas para criar um alojamento local ou uma agência de passeios.',
      'Aulas práticas sobre licenciamento, preços, reservas online e acolhimento. Destinado a quem regressa da Europa e quer investir no turismo.',
    ],
  },
  caboVerdeReturn: {
    org: 'migDev',
    quality: 68,
    publishedDaysAgo: 28,
    category: 'return_reintegration',
    residence: ['PT', 'FR', 'NL'],
    targets: ['CV'],
    format: 'hybrid',
    pt: [
      'Regressar e investir em Cabo Verde',
      'Acompanhamento para quem regressa e quer criar uma empresa no arquipélago.',
      'Informação sobre incentivos, apoio à elaboração do plano de negócios e ligação às câmaras municipais e aos bancos.',
    ],
    fr: [
      'Revenir et investir au Cap-Vert',
      'Un accompagnement pour celles et ceux qui rentrent créer une entreprise dans l’archipel.',
      "Information sur les incitations, aide au plan d'affaires et mise en relation avec les mairies et les banques.",
    ],
  },
  caboVerdeGrant: {
    org: 'morabeza',
    quality: 55,
    publishedDaysAgo: 16,
    category: 'grant',
    stages: ['idea', 'creation'],
    residence: ['PT'],
    targets: ['CV'],
    ageMax: 35,
    format: 'online',
    funding: { min: 10_000_000, max: 100_000_000, currency: 'CVE' },
    deadline: '2026-10-15',
    pt: [
      'Subvenção para jovens empreendedores cabo-verdianos',
      'Apoio a fundo perdido para jovens da diáspora com um projeto em Cabo Verde.',
      'Cobre até 80 % das despesas de arranque: equipamento, registo da empresa e primeira campanha de marketing. Candidaturas até outubro.',
    ],
  },
  // Near-miss for "mentoria": "mentores" (a stem) in its title, higher quality.
  ptMentoringCV: {
    org: 'morabeza',
    quality: 80,
    publishedDaysAgo: 24,
    category: 'mentoring',
    residence: ['PT', 'FR', 'NL'],
    targets: ['CV'],
    format: 'online',
    pt: [
      'Programa de mentores para jovens da diáspora cabo-verdiana',
      'Cada jovem empreendedor é acompanhado por um mentor durante um ano.',
      'Encontros mensais online, visitas a empresas em São Vicente e Santiago e uma rede de antigos participantes.',
    ],
  },

  // ── Angola and the Portuguese-speaking diaspora ───────────────────────────
  ptCrowdfunding: {
    org: 'lusofonia',
    quality: 45,
    publishedDaysAgo: 25,
    category: 'crowdfunding',
    residence: ['PT', 'FR'],
    targets: ['AO', 'CV', 'MZ'],
    format: 'online',
    funding: { min: 100_000, max: 5_000_000, currency: 'EUR' },
    pt: [
      'Financiamento colaborativo para empreendedores da diáspora',
      'Uma plataforma de donativos e recompensas para projetos em Angola, Cabo Verde e Moçambique.',
      'Ajudamos a preparar a campanha, o vídeo e as recompensas. A comissão só é cobrada se o objetivo for atingido.',
    ],
  },
  angolaMentoring: {
    org: 'lusofonia',
    quality: 40,
    publishedDaysAgo: 18,
    category: 'mentoring',
    residence: ['PT'],
    targets: ['AO'],
    diasporaOnly: true,
    format: 'online',
    pt: [
      'Mentoria para empreendedores da diáspora angolana',
      'Sessões mensais com empresários experientes para quem quer investir em Angola.',
      'Cada participante é acompanhado durante seis meses por um mentor que conhece o mercado angolano: plano de negócios, licenças, contratação e acesso a crédito.',
    ],
  },
  // Luanda in both titles, no country.
  luandaEquity: {
    org: 'kianda',
    quality: 87,
    publishedDaysAgo: 38,
    category: 'equity',
    sectors: ['digital_tech', 'fintech_financial_services'],
    stages: ['early', 'growth'],
    residence: ['PT', 'GB'],
    funding: { min: 10_000_000, max: 100_000_000, currency: 'USD' },
    pt: [
      'Fundo de capital de risco para startups de Luanda',
      'Investimentos de 100 000 a 1 milhão de dólares em empresas tecnológicas.',
      'O fundo entra no capital com participação minoritária e acompanha a equipa na governação. Damos prioridade a fundadores que regressam da diáspora.',
    ],
    en: [
      'Venture capital fund for Luanda startups',
      'Investments of $100,000 to $1 million in technology companies.',
      'The fund takes a minority stake and supports governance. Founders returning from the diaspora are prioritised.',
    ],
  },
  // Near-miss for "mentoria": the word five times, never in the title; higher quality.
  angolaTraining: {
    org: 'kwanza',
    quality: 78,
    publishedDaysAgo: 11,
    category: 'training',
    residence: ['PT', 'FR'],
    targets: ['AO'],
    format: 'online',
    deadline: '2026-09-01',
    pt: [
      'Formação em gestão financeira para empreendedores em Angola',
      'Um curso de três meses com sessões de mentoria individual.',
      'O curso cobre contabilidade, tesouraria, fiscalidade angolana e relação com os bancos. Cada módulo termina com uma sessão de mentoria com um gestor experiente. A mentoria continua depois do curso: os participantes podem pedir até quatro sessões de mentoria adicionais. Antigos alunos tornam-se mentores da edição seguinte, e a rede de mentoria reúne hoje mais de cem empresários.',
    ],
  },
  angolaExport: {
    org: 'angolaChamber',
    quality: 53,
    publishedDaysAgo: 63,
    category: 'market_access',
    sectors: ['agriculture_agrifood'],
    residence: ['PT'],
    targets: ['AO'],
    format: 'hybrid',
    pt: [
      'Exportar para a Europa: acesso a mercados para produtores angolanos',
      'Apoio a produtores de café, mel e frutas para vender em Portugal e em Espanha.',
      'Certificação, embalagem, contactos com importadores e participação em feiras em Lisboa e Madrid.',
    ],
  },
  // "negocios" without its accent, as some organisations type it.
  incubadoraLisboa: {
    org: 'lusofonia',
    quality: 66,
    publishedDaysAgo: 39,
    category: 'incubation',
    residence: ['PT'],
    targets: ['AO', 'CV', 'MZ', 'GW', 'ST'],
    format: 'in_person',
    location: { city: 'Lisboa', countryCode: 'PT' },
    pt: [
      'Incubadora de negocios sociais em Lisboa',
      'Um ano de incubação para projetos de impacto entre Portugal e os países africanos de língua portuguesa.',
      'Espaço de trabalho, formação em gestão, acompanhamento jurídico e ligação a investidores de impacto.',
    ],
  },

  // ── Algeria ──────────────────────────────────────────────────────────────
  // تمويل is the first word of its Arabic title.
  arAlgeriaMicro: {
    org: 'jisr',
    quality: 50,
    publishedDaysAgo: 22,
    category: 'loan',
    residence: ['FR', 'BE', 'ES'],
    targets: ['DZ'],
    funding: { min: 20_000_000, max: 200_000_000, currency: 'DZD' },
    deadline: '2026-10-31',
    ar: [
      'تمويل المشاريع الصغيرة في الجزائر',
      'قروض صغيرة بدون فوائد للشباب العائدين من الخارج',
      'يغطي القرض شراء المعدات ورأس المال العامل لمدة سنة. يرافق كل مستفيد مستشار طوال فترة السداد.',
    ],
    fr: [
      'Financement des micro-projets en Algérie',
      "Des microcrédits sans intérêt pour les jeunes qui rentrent de l'étranger.",
      "Le prêt couvre l'achat de matériel et le fonds de roulement de la première année. Un conseiller suit chaque bénéficiaire pendant le remboursement.",
    ],
  },
  arAlgeriaReturn: {
    org: 'jisr',
    quality: 61,
    publishedDaysAgo: 43,
    category: 'return_reintegration',
    residence: ['FR', 'BE'],
    targets: ['DZ'],
    format: 'hybrid',
    ar: [
      'دعم العودة وإطلاق المشاريع في الجزائر',
      'مرافقة الكفاءات الجزائرية العائدة من الخارج لإنشاء مؤسساتهم',
      'تكوين قصير ومساعدة في الإجراءات الإدارية ومنحة تجهيز للمشاريع المختارة.',
    ],
    fr: [
      'Accompagnement au retour des compétences algériennes',
      "Aide aux talents algériens qui rentrent de l'étranger pour créer leur entreprise.",
      "Formation courte, aide administrative et prime d'équipement pour les projets retenus.",
    ],
  },
  algeriaAccelerator: {
    org: 'maghrebBridge',
    quality: 73,
    publishedDaysAgo: 53,
    category: 'acceleration',
    sectors: ['digital_tech'],
    stages: ['early'],
    residence: ['FR', 'CA'],
    targets: ['DZ'],
    format: 'online',
    deadline: '2026-05-15',
    fr: [
      "Programme d'accélération pour startups algériennes de la diaspora",
      "Trois mois de coaching à distance et une semaine d'immersion à Alger.",
      'Coaching produit et commercial, préparation à la levée de fonds et rencontres avec les grands comptes algériens.',
    ],
  },

  // ── Egypt ────────────────────────────────────────────────────────────────
  arEgyptEquity: {
    org: 'nile',
    quality: 64,
    publishedDaysAgo: 42,
    category: 'equity',
    sectors: ['digital_tech'],
    stages: ['early'],
    residence: ['GB', 'FR', 'DE', 'IT'],
    targets: ['EG'],
    funding: { min: 10_000_000, max: 100_000_000, currency: 'USD' },
    ar: [
      'صندوق استثمار في الشركات الناشئة المصرية',
      'مساهمات في رأس مال الشركات الناشئة التي أسسها مصريون في الخارج',
      'يستثمر الصندوق ما بين مئة ألف ومليون دولار مقابل حصة أقلية، ويرافق المؤسسين في التوسع داخل مصر.',
    ],
    en: [
      'Equity fund for Egyptian startups founded abroad',
      'Equity investments in startups created by Egyptians living abroad.',
      'The fund invests $100,000 to $1 million for a minority stake and helps founders expand in Egypt.',
    ],
  },
  arEgyptCrowdfunding: {
    org: 'nile',
    quality: 47,
    publishedDaysAgo: 31,
    category: 'crowdfunding',
    residence: ['GB', 'FR', 'IT', 'DE'],
    targets: ['EG'],
    format: 'online',
    ar: [
      'منصة التمويل الجماعي لمشاريع المصريين في الخارج',
      'اجمع التمويل من الجالية المصرية لمشروعك في مصر',
      'تساعدك المنصة على إعداد الحملة وتحديد المكافآت والتواصل مع المساهمين. لا تقتطع عمولة إلا عند بلوغ الهدف.',
    ],
  },

  // ── Nigeria and Ghana ────────────────────────────────────────────────────
  lagosAccelerator: {
    org: 'connectUk',
    quality: 79,
    publishedDaysAgo: 13,
    category: 'acceleration',
    sectors: ['fintech_financial_services'],
    stages: ['early', 'growth'],
    residence: ['GB', 'US'],
    targets: ['NG'],
    format: 'hybrid',
    location: { city: 'Lagos', countryCode: 'NG' },
    deadline: '2026-08-15',
    en: [
      'Fintech accelerator for diaspora founders building in Lagos',
      'Twelve weeks of product, compliance and fundraising support for fintech teams.',
      "Sessions with the central bank's sandbox team, payment partners and seed investors, ending with a demo day in Lagos and London.",
    ],
  },
  ghanaCrowdfunding: {
    org: 'ghanaHub',
    quality: 62,
    publishedDaysAgo: 21,
    category: 'crowdfunding',
    residence: ['GB', 'DE', 'NL'],
    targets: ['GH'],
    format: 'online',
    en: [
      'Crowdfunding campaign coaching for Ghanaian diaspora founders',
      'Plan, film and launch a rewards campaign that your community will back.',
      'Four workshops and a review of your campaign page before launch. Projects so far include a shea butter brand, a cocoa cooperative and a solar kiosk network.',
    ],
  },
  ghanaMarketAccess: {
    org: 'ghanaHub',
    quality: 58,
    publishedDaysAgo: 37,
    category: 'market_access',
    sectors: ['agriculture_agrifood'],
    residence: ['GB'],
    targets: ['GH'],
    format: 'hybrid',
    en: [
      "Export to the UK: market access for Ghana's shea and cocoa processors",
      'Buyer meetings, labelling compliance and logistics for processed food exports.',
      'We prepare your product sheets, check UK labelling and food safety rules, and arrange meetings with importers and retailers in London and Birmingham.',
    ],
  },
  // "annual returns" in its summary: a near-miss for "return".
  nigeriaLegal: {
    org: 'juris',
    quality: 71,
    publishedDaysAgo: 26,
    category: 'legal',
    residence: ['GB', 'US', 'CA'],
    targets: ['NG'],
    format: 'online',
    cost: { type: 'paid', amountMinor: 60_000, currency: 'GBP' },
    en: [
      'Company registration and tax compliance in Nigeria for diaspora founders',
      'Lawyers handle your incorporation, tax identification and annual returns remotely.',
      'Fixed-fee packages for private limited companies, with a named lawyer and an online file you can follow from abroad.',
    ],
  },
  nigeriaInvestDesk: {
    org: 'connectUk',
    quality: 81,
    publishedDaysAgo: 44,
    category: 'investment_facilitation',
    residence: ['GB', 'US'],
    targets: ['NG', 'GH'],
    format: 'online',
    en: [
      'Diaspora investment desk: deal sourcing and due diligence in Nigeria and Ghana',
      'We find, check and follow investments for diaspora investors who cannot be on the ground.',
      'Quarterly deal flow, independent due diligence, legal structuring and board representation.',
    ],
  },
  nigeriaGuarantee: {
    org: 'garantie',
    quality: 67,
    publishedDaysAgo: 64,
    category: 'guarantee',
    residence: ['GB'],
    targets: ['NG', 'GH'],
    funding: { min: 1_000_000, max: 10_000_000, currency: 'GBP' },
    en: [
      'Loan guarantee for diaspora-owned SMEs in Nigeria and Ghana',
      'Cover of up to 60% on working capital loans from partner banks.',
      'Your bank applies on your behalf; we answer within three weeks and share the risk for the life of the loan.',
    ],
  },
  mentoringUk: {
    org: 'connectUk',
    quality: 70,
    publishedDaysAgo: 9,
    category: 'mentoring',
    residence: ['GB'],
    targets: ['NG', 'GH'],
    format: 'online',
    en: [
      'One-to-one mentoring for African diaspora founders in the UK',
      'Monthly calls with a senior founder or executive for a year.',
      'Mentors are matched on sector and market; many are themselves returnees who built companies in Lagos, Accra or Nairobi.',
    ],
  },
  // Near-miss for "agritech": five times in the description, not in the title; top quality.
  farmingGrant: {
    org: 'lumiere',
    quality: 91,
    publishedDaysAgo: 2,
    category: 'grant',
    sectors: ['agriculture_agrifood'],
    stages: ['creation'],
    residence: ['GB', 'DE', 'NL'],
    targets: ['GH', 'NG', 'KE'],
    funding: { min: 500_000, max: 4_000_000, currency: 'GBP' },
    deadline: '2026-08-31',
    en: [
      'Innovation grant for diaspora-led farming startups',
      'Up to £40,000 for startups that help smallholders sell more.',
      'This agritech grant backs diaspora founders building agritech products for smallholder farmers: marketplaces, input credit, weather insurance and cold storage. Previous agritech winners range from drone spraying to mobile soil testing. Applicants need a working agritech prototype and a local partner; the grant can pay for pilots, salaries and equipment. We also run an agritech investor day for shortlisted teams.',
    ],
  },

  // ── Several countries or none ────────────────────────────────────────────
  womenLoanWestAfrica: {
    org: 'femmes',
    quality: 69,
    publishedDaysAgo: 17,
    category: 'loan',
    residence: ['FR', 'BE'],
    targets: ['SN', 'CI', 'ML', 'BF'],
    gender: 'women',
    format: 'online',
    funding: { min: 200_000, max: 1_500_000, currency: 'EUR' },
    deadline: '2026-11-30',
    fr: [
      "Prêts aux femmes entrepreneures d'Afrique de l'Ouest",
      "Des prêts à taux réduit pour les créatrices d'entreprise de la diaspora qui investissent dans leur pays d'origine.",
      'Montants de 2 000 à 15 000 euros, sans caution personnelle, avec un accompagnement par une marraine.',
    ],
  },
  guaranteeFund: {
    org: 'garantie',
    quality: 83,
    publishedDaysAgo: 52,
    category: 'guarantee',
    residence: ['FR', 'BE', 'IT'],
    targets: ['SN', 'CI', 'CM', 'ML'],
    funding: { min: 1_000_000, max: 30_000_000, currency: 'EUR' },
    fr: [
      'Fonds de garantie pour les prêts bancaires des PME de la diaspora',
      "Nous garantissons jusqu'à 50 % du prêt pour que votre banque dise oui.",
      "Le fonds intervient auprès de banques partenaires au Sénégal, en Côte d'Ivoire, au Cameroun et au Mali. Aucune démarche directe : votre conseiller bancaire dépose la demande.",
    ],
    en: [
      'Guarantee fund for diaspora SME bank loans',
      'We guarantee up to 50% of the loan so your bank says yes.',
      "Partner banks in Senegal, Côte d'Ivoire, Cameroon and Mali; your bank adviser files the request.",
    ],
  },
  // Written without accents: accented queries must still find it.
  accentlessWorkshop: {
    org: 'upe',
    quality: 35,
    publishedDaysAgo: 90,
    category: 'training',
    residence: ['FR'],
    format: 'online',
    fr: [
      'Atelier createurs : business plan et etude de marche',
      'Trois soirees pour construire un business plan solide avant de demander un financement.',
      "Atelier gratuit en ligne, anime par des createurs d'entreprise de la diaspora. Exercices pratiques sur l'etude de marche, les previsions financieres et le pitch.",
    ],
  },
  parisForum: {
    org: 'ccea',
    quality: 76,
    publishedDaysAgo: 5,
    category: 'networking',
    residence: ['FR'],
    format: 'in_person',
    location: { city: 'Paris', countryCode: 'FR' },
    cost: { type: 'paid', amountMinor: 2_500, currency: 'EUR' },
    deadline: '2026-10-10',
    fr: [
      'Forum annuel des entrepreneurs africains de la diaspora à Paris',
      "Une journée de conférences, de rendez-vous d'affaires et de rencontres avec les agences de promotion des investissements.",
      "Plus de 2 000 participants, 40 pays représentés et des espaces dédiés au financement, à l'export et au retour.",
    ],
  },
  brusselsNetworking: {
    org: 'ccea',
    quality: 54,
    publishedDaysAgo: 29,
    category: 'networking',
    residence: ['BE'],
    format: 'in_person',
    location: { city: 'Bruxelles', countryCode: 'BE' },
    fr: [
      'Soirées réseautage Afrique-Belgique à Bruxelles',
      'Chaque mois, une soirée pour rencontrer entrepreneurs, investisseurs et associations.',
      'Entrée libre sur inscription. Un thème par soirée : agriculture, numérique, commerce, santé.',
    ],
    en: [
      'Africa-Belgium networking evenings in Brussels',
      'Every month, an evening to meet entrepreneurs, investors and associations.',
      'Free entry on registration. One theme per evening: farming, digital, trade, health.',
    ],
  },
  // Near-miss for "financement": five times in a long description of a networking offer.
  investorMeetings: {
    org: 'ccea',
    quality: 93,
    publishedDaysAgo: 12,
    category: 'networking',
    residence: ['FR', 'BE', 'IT'],
    format: 'in_person',
    fr: [
      'Rencontres investisseurs et porteurs de projets de la diaspora',
      'Des soirées de pitch pour présenter votre projet à des investisseurs.',
      "Chaque rencontre réunit une vingtaine d'investisseurs et huit porteurs de projets. Vous présentez votre besoin de financement en cinq minutes, puis échangez avec les investisseurs intéressés. Nos conseillers vous aident avant la soirée à préparer votre plan de financement, à choisir entre financement bancaire, financement participatif et levée de fonds, et à anticiper les questions. Après la soirée, nous suivons les mises en relation jusqu'à la décision de financement. Les rencontres ont lieu à Paris, Bruxelles et Milan.",
    ],
  },
  // Three languages.
  informationDesk: {
    org: 'maison',
    quality: 90,
    publishedDaysAgo: 3,
    category: 'information',
    residence: ['FR', 'BE', 'PT', 'ES', 'IT', 'DE'],
    format: 'online',
    fr: [
      "Guichet d'information pour entreprendre en Afrique depuis l'Europe",
      'Des réponses personnalisées sur les aides, les démarches et les interlocuteurs dans 20 pays.',
      'Posez votre question en ligne ou par téléphone ; un conseiller vous répond sous cinq jours ouvrés avec les contacts utiles.',
    ],
    en: [
      'Information desk for starting a business in Africa from Europe',
      'Personal answers on support schemes, procedures and contacts in 20 countries.',
      'Ask online or by phone; an adviser answers within five working days with useful contacts.',
    ],
    pt: [
      'Balcão de informação para empreender em África a partir da Europa',
      'Respostas personalizadas sobre apoios, procedimentos e contactos em 20 países.',
      'Faça a sua pergunta online ou por telefone; um conselheiro responde em cinco dias úteis.',
    ],
  },
  // Near-miss for "incubator": six times in a long description, not in the title; top quality.
  ventureStudio: {
    org: 'studio',
    quality: 92,
    publishedDaysAgo: 6,
    category: 'acceleration',
    stages: ['idea'],
    residence: ['GB', 'FR', 'DE'],
    format: 'online',
    en: [
      'Venture building studio for diaspora founders',
      'We co-found companies with experienced professionals from the diaspora.',
      'Unlike a classic incubator, the studio brings the idea, the first capital and a shared team. Many of our founders have been through an incubator before and wanted more than desk space; others run an incubator themselves and join as partners. We work with every major incubator and accelerator in West Africa, and our incubator alumni network is open to all studio founders. If you need a traditional incubator, we will introduce you to one.',
    ],
  },
  incubateurIdf: {
    org: 'hubNum',
    quality: 78,
    publishedDaysAgo: 10,
    category: 'incubation',
    stages: ['idea', 'creation'],
    residence: ['FR'],
    format: 'hybrid',
    location: { city: 'Pantin', countryCode: 'FR' },
    deadline: '2026-06-30',
    fr: [
      'Incubateur de la diaspora africaine en Île-de-France',
      "Douze mois d'accompagnement pour créer une entreprise à impact entre la France et l'Afrique.",
      'Bureaux partagés à Pantin, ateliers collectifs, experts bénévoles et accès à un réseau de financeurs.',
    ],
  },
  reintegrationGrants: {
    org: 'horizons',
    quality: 79,
    publishedDaysAgo: 7,
    category: 'return_reintegration',
    residence: ['FR', 'BE', 'ES', 'IT'],
    targets: ['GN', 'CI'],
    format: 'online',
    en: [
      'Reintegration grants for returning migrants',
      'Small grants and coaching to restart an activity after coming home.',
      'Grants of €1,000 to €5,000 for equipment or stock, paid in two instalments, with monthly coaching calls.',
    ],
  },
  digitalBootcamp: {
    org: 'connectUk',
    quality: 57,
    publishedDaysAgo: 32,
    category: 'training',
    sectors: ['digital_tech'],
    residence: ['GB', 'FR', 'DE'],
    format: 'online',
    cost: { type: 'paid', amountMinor: 29_000, currency: 'GBP' },
    en: [
      'Digital marketing bootcamp for diaspora entrepreneurs',
      'Five weeks to build your online shop, ads and social media plan.',
      'Live classes twice a week, with templates for Facebook, Instagram and WhatsApp Business and a final review of your sales funnel.',
    ],
  },
  solarGrant: {
    org: 'lumiere',
    quality: 84,
    publishedDaysAgo: 4,
    category: 'grant',
    sectors: ['renewable_energy'],
    stages: ['creation', 'early'],
    residence: ['FR', 'BE', 'GB', 'DE'],
    targets: ['SN', 'GH', 'CI', 'BF'],
    funding: { min: 1_000_000, max: 5_000_000, currency: 'EUR' },
    deadline: '2026-07-31',
    fr: [
      "Subvention pour les startups du solaire hors réseau en Afrique de l'Ouest",
      "Jusqu'à 50 000 euros pour déployer des kits solaires dans les zones rurales.",
      'La subvention finance le stock, la formation des techniciens et le système de paiement à l’usage.',
    ],
    en: [
      'Grant for off-grid solar startups in West Africa',
      'Up to €50,000 to roll out solar home systems in rural areas.',
      'The grant pays for stock, technician training and the pay-as-you-go platform.',
    ],
  },
  healthGrants: {
    org: 'santeDiaspora',
    quality: 46,
    publishedDaysAgo: 66,
    category: 'grant',
    sectors: ['health'],
    residence: ['FR', 'BE', 'CH'],
    targets: ['CM', 'CI'],
    funding: { min: 500_000, max: 2_000_000, currency: 'EUR' },
    deadline: '2026-09-01',
    fr: [
      'Subventions pour les projets de santé communautaire portés par la diaspora',
      'Des financements de 5 000 à 20 000 euros pour les centres de santé, pharmacies et services de téléconsultation.',
      'Les projets doivent associer une structure locale au Cameroun ou en Côte d’Ivoire et prévoir un modèle économique durable.',
    ],
  },
  jeunesPousses: {
    org: 'faso',
    quality: 89,
    publishedDaysAgo: 51,
    category: 'grant',
    sectors: ['agriculture_agrifood'],
    residence: ['FR', 'IT'],
    targets: ['BF'],
    funding: { min: 2_000_000, max: 10_000_000, currency: 'XOF' },
    deadline: '2026-11-15',
    fr: [
      "Jeunes pousses rurales : fonds d'amorçage pour agriculteurs et éleveurs",
      'Des subventions pour les entreprises agricoles créées au Burkina Faso par des membres de la diaspora.',
      'Montants de 2 à 10 millions de francs CFA, formation en gestion et appui à la commercialisation.',
    ],
  },
  // "business angels" only in its description.
  diasporaAngels: {
    org: 'cercle',
    quality: 60,
    publishedDaysAgo: 57,
    category: 'equity',
    stages: ['creation', 'early'],
    residence: ['FR', 'BE'],
    targets: ['SN', 'CM'],
    funding: { min: 2_000_000, max: 15_000_000, currency: 'EUR' },
    fr: [
      "Club d'investisseurs providentiels de la diaspora",
      'Des membres investissent ensemble de 20 000 à 150 000 euros dans des startups africaines.',
      'Comme les business angels américains, nos membres apportent du capital et leur expérience. Trois séances de présentation par an, ouvertes sur dossier.',
    ],
  },
  womenAcceleration: {
    org: 'femmes',
    quality: 86,
    publishedDaysAgo: 1,
    category: 'acceleration',
    stages: ['early', 'growth'],
    residence: ['FR', 'BE', 'GB'],
    targets: ['SN', 'CI', 'CM', 'NG'],
    gender: 'women',
    deadline: '2026-07-20',
    fr: [
      "Programme d'accélération pour startups dirigées par des femmes",
      'Six mois de coaching, de mise en réseau et de préparation à la levée de fonds.',
      "Ouvert aux fondatrices de la diaspora dont l'entreprise réalise déjà un chiffre d'affaires en Afrique de l'Ouest ou centrale.",
    ],
    en: [
      'Acceleration programme for women-led startups',
      'Six months of coaching, networking and fundraising preparation.',
      'Open to diaspora founders whose company already has revenue in West or Central Africa.',
    ],
  },
  exportMission: {
    org: 'euromed',
    quality: 64,
    publishedDaysAgo: 30,
    category: 'market_access',
    residence: ['FR', 'ES', 'IT'],
    format: 'hybrid',
    fr: [
      'Mission export vers les marchés européens pour les PME africaines',
      'Préparez votre offre, rencontrez des importateurs et participez à un salon professionnel en Europe.',
      'Diagnostic export, fiche produit, traduction et accompagnement sur le salon. Places limitées à douze entreprises par mission.',
    ],
  },
  // "prêt d'honneur" in its description: a near-miss for "pret honneur", higher quality.
  mentoratFr: {
    org: 'reseauEntreprendre',
    quality: 75,
    publishedDaysAgo: 14,
    category: 'mentoring',
    residence: ['FR', 'BE'],
    format: 'hybrid',
    fr: [
      "Mentorat par des chefs d'entreprise pour les créateurs issus de la diaspora",
      "Un chef d'entreprise expérimenté vous accompagne bénévolement pendant deux ans.",
      "Rencontres mensuelles, accès à un club de créateurs et prêt d'honneur possible pour les lauréats.",
    ],
  },
  legalStatus: {
    org: 'juris',
    quality: 67,
    publishedDaysAgo: 18,
    category: 'legal',
    residence: ['FR', 'BE'],
    format: 'online',
    fr: [
      'Choisir son statut juridique : consultations gratuites avec des avocats',
      "Une heure avec un avocat pour comparer SARL, SAS et entreprise individuelle selon votre pays d'implantation.",
      'Permanences en ligne chaque jeudi, pour les créateurs de la diaspora qui hésitent entre une société en Europe et une société en Afrique.',
    ],
  },
};

const LANGUAGES = ['fr', 'en', 'pt', 'ar'] as const;

function content(spec: OfferSpec<string>): OfferContent {
  const translations: OfferContent['translations'] = {};
  for (const lang of LANGUAGES) {
    const text = spec[lang];
    if (text) {
      const [title, summary, description] = text;
      translations[lang] = { title, summary, description } satisfies OfferTranslation;
    }
  }
  return {
    translations,
    categoryCode: spec.category,
    sectorCodes: spec.sectors ?? [],
    stageCodes: spec.stages ?? [],
    eligibility: {
      residenceCountries: spec.residence ?? [],
      targetCountries: spec.targets ?? [],
      diasporaOnly: spec.diasporaOnly ?? false,
      genderFocus: spec.gender ?? 'any',
      ageMax: spec.ageMax ?? null,
    },
    deliveryLanguages: spec.delivery ?? LANGUAGES.filter((l) => spec[l]),
    format: spec.format ?? 'online',
    location: spec.location ?? null,
    cost: spec.cost ?? { type: 'free' },
    funding: spec.funding
      ? { minMinor: spec.funding.min, maxMinor: spec.funding.max, currency: spec.funding.currency }
      : null,
    dates: spec.deadline
      ? { opensOn: '2026-01-01', deadline: spec.deadline, rolling: false }
      : { rolling: true },
    apply: { url: 'https://example.org/apply' },
    contact: null,
    tags: spec.tags ?? [],
  };
}

const organisationKeys = Object.keys(ORGANISATIONS) as OrganisationKey[];
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

/** One offer of the suite as the search document the API would index. */
export function offerDocument(
  key: string,
  id: string,
  spec: OfferSpec<string>,
  organisation: Organisation,
  organisationUuid: string,
): SearchDocument {
  const parent = CATEGORY_PARENT[spec.category];
  const categories = [
    ...(parent ? [{ code: parent, labels: RELEVANCE_TAXONOMY.category[parent] }] : []),
    { code: spec.category, labels: RELEVANCE_TAXONOMY.category[spec.category] },
  ];
  return buildSearchDocument({
    offer: {
      id,
      slug: `${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-${id.slice(-2)}`,
      organisationId: organisationUuid,
      content: content(spec),
      qualityScore: spec.quality,
      lastVerifiedAt: daysAgo(spec.publishedDaysAgo),
      publishedAt: daysAgo(spec.publishedDaysAgo),
    },
    organisation,
    categories,
    sectors: (spec.sectors ?? []).map((code) => ({
      code,
      labels: RELEVANCE_TAXONOMY.sector[code],
    })),
    stages: (spec.stages ?? []).map((code) => ({ code, labels: RELEVANCE_TAXONOMY.stage[code] })),
  });
}

/** The hand-written judged offers as search documents, in a stable order. */
export function relevanceDocuments(): SearchDocument[] {
  return (Object.keys(R) as OfferKey[]).map((key) =>
    offerDocument(
      key,
      R[key],
      OFFERS[key],
      ORGANISATIONS[OFFERS[key].org],
      organisationId(organisationKeys.indexOf(OFFERS[key].org)),
    ),
  );
}
