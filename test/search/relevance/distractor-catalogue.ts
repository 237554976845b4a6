import type { SearchDocument } from '@app/search';
import {
  offerDocument,
  offerId,
  organisationId,
  relevanceDocuments,
  type CategoryCode,
  type OfferSpec,
  type Organisation,
  type SectorCode,
  type StageCode,
  type Text,
} from './relevance-catalogue';

/**
 * Distractors: offers that share the judged queries' broad vocabulary (entreprise,
 * financement, diaspora, startup, formation, accompagnement, Afrique, country names in long
 * descriptions) without being the best answer, mostly with high quality scores. With them
 * most queries match far more than a page, so recall@10 and MRR measure ranking, not
 * matching. Hand-written near-misses aim at single queries (the right words far apart, in a
 * description only, a plural or a stem in a title, a word of the query negated); the answers
 * of the queries judged only among many similar offers are written here too. The rest come
 * from hand-written templates filled by a seeded generator: the same offers on every run.
 *
 * Judging rules the templates keep (so that a judged offer is never displaced by an offer the
 * ranking contract cannot tell from it, unless that offer is judged relevant too):
 * - a generated title names no judged country or city, no word a judged query expects to be
 *   the only one in a title, and only its own category's words (a loan says "Prêt", a grant
 *   never does); judged countries and cities appear in descriptions only;
 * - generated offers target countries no judged query is about.
 */

const DISTRACTOR_ORGANISATIONS = {
  afriCapital: { name: 'Afrique Diaspora Capital', kind: 'other', verified: true },
  banqueSolidaire: { name: 'Banque Solidaire de la Diaspora', kind: 'bank', verified: true },
  fondationEntreprendre: {
    name: 'Fondation Entreprendre en Afrique',
    kind: 'ngo',
    verified: true,
  },
  incubateursReseau: {
    name: 'Réseau Africain des Incubateurs',
    kind: 'incubator',
    verified: true,
  },
  institutFormation: {
    name: 'Institut de Formation des Entrepreneurs',
    kind: 'university',
    verified: true,
  },
  microSahel: { name: 'Microfinance Solidarité Sahel', kind: 'microfinance', verified: true },
  capitalRisqueClub: {
    name: 'Capital Risque Afrique Diaspora',
    kind: 'other',
    verified: false,
  },
  womenNetwork: { name: 'Women in Business Africa Network', kind: 'other', verified: true },
  growthFund: { name: 'Africa Diaspora Growth Fund', kind: 'other', verified: true },
  conseilExport: { name: 'Cabinet Conseil Export Afrique', kind: 'consultancy', verified: true },
  empreender: { name: 'Associação Empreender em África', kind: 'ngo', verified: true },
  mulheres: { name: 'Rede Mulheres Empreendedoras', kind: 'diaspora_association', verified: false },
  ruwwad: { name: 'جمعية رواد الأعمال في المهجر', kind: 'diaspora_association', verified: true },
  tanmiya: { name: 'صندوق التنمية والتمويل', kind: 'public_agency', verified: true },
  agenceRetour: { name: 'Agence Retour et Développement', kind: 'public_agency', verified: true },
  juristes: { name: 'Juristes Sans Frontières Entreprises', kind: 'consultancy', verified: true },
  investDesk: { name: 'Diaspora Investor Services', kind: 'public_agency', verified: true },
  accelAfrique: { name: 'Accélérateur Panafricain', kind: 'accelerator', verified: true },
  clubAffaires: { name: "Club d'Affaires Afrique-Europe", kind: 'other', verified: false },
  observatoire: {
    name: "Observatoire de l'Entrepreneuriat Diaspora",
    kind: 'other',
    verified: true,
  },
  garantieAfrique: { name: 'Garantie Afrique Développement', kind: 'microfinance', verified: true },
  eastAfrica: { name: 'East Africa Diaspora Partners', kind: 'other', verified: true },
  lusoInvest: { name: 'Luso-África Investimentos', kind: 'bank', verified: true },
  ecoleGestion: { name: 'École de Gestion pour Entrepreneurs', kind: 'university', verified: true },
} as const satisfies Record<string, Organisation>;
type DistractorOrg = keyof typeof DISTRACTOR_ORGANISATIONS;
type Spec = OfferSpec<DistractorOrg>;

// ── Hand-written: answers of the new judged queries and their near-misses ─────────────────
const HAND_WRITTEN = {
  // "prêt d'honneur": the plural in a title; relevant.
  pretsHonneurReprise: {
    org: 'banqueSolidaire',
    quality: 64,
    publishedDaysAgo: 15,
    category: 'loan',
    stages: ['established'],
    residence: ['FR', 'BE'],
    targets: ['BJ', 'TG', 'BF'],
    funding: { min: 500_000, max: 3_000_000, currency: 'EUR' },
    fr: [
      "Prêts d'honneur pour la reprise d'entreprise par la diaspora",
      'Des prêts personnels à taux zéro pour reprendre une PME en Afrique de l’Ouest.',
      "Le prêt d'honneur renforce votre apport personnel et facilite l'obtention d'un prêt bancaire. Un comité de chefs d'entreprise examine chaque projet de reprise au Bénin, au Togo ou au Burkina Faso.",
    ],
  },
  // "prêt d'honneur": a prize "d'honneur", the loan only negated in the summary; top quality.
  prixHonneur: {
    org: 'fondationEntreprendre',
    quality: 90,
    publishedDaysAgo: 6,
    category: 'grant',
    residence: ['FR', 'BE', 'CH'],
    funding: { min: 1_000_000, max: 1_000_000, currency: 'EUR' },
    deadline: '2026-10-31',
    fr: [
      "Prix d'honneur des entrepreneurs de la diaspora",
      'Une distinction et une dotation de 10 000 euros, sans prêt ni remboursement.',
      "Le jury récompense chaque année cinq parcours de création d'entreprise en Afrique portés par des entrepreneurs de la diaspora. Les lauréats sont accompagnés pendant un an par la fondation et présentés à ses partenaires financiers.",
    ],
  },
  // "prêt d'honneur": a zero-rate loan, "d'honneur" in its description only. "garantie
  // bancaire": the two words side by side, negated.
  pretZeroCreateurs: {
    org: 'banqueSolidaire',
    quality: 94,
    publishedDaysAgo: 4,
    category: 'loan',
    stages: ['creation'],
    residence: ['FR'],
    funding: { min: 300_000, max: 1_500_000, currency: 'EUR' },
    fr: [
      "Prêt à taux zéro pour les créateurs d'entreprise issus de l'immigration",
      "Jusqu'à 15 000 euros sans garantie bancaire ni caution personnelle.",
      "Les lauréats reçoivent leur prêt lors d'une cérémonie en présence des invités d'honneur de la banque. Le remboursement commence après un différé de six mois ; un conseiller suit l'entreprise pendant trois ans.",
    ],
  },
  // "capital risque": the best answer.
  capitalRisqueFund: {
    org: 'afriCapital',
    quality: 66,
    publishedDaysAgo: 22,
    category: 'equity',
    sectors: ['digital_tech'],
    stages: ['growth'],
    residence: ['FR', 'BE', 'CA'],
    targets: ['BJ', 'TG', 'GA', 'CD'],
    funding: { min: 20_000_000, max: 200_000_000, currency: 'EUR' },
    fr: [
      'Fonds de capital-risque pour les startups fondées par la diaspora',
      "Des tickets de 200 000 à 2 millions d'euros pour les startups en croissance d'Afrique de l'Ouest et centrale.",
      "Le fonds prend des participations minoritaires dans des entreprises technologiques du Bénin, du Togo, du Gabon et de RDC. Il siège au conseil d'administration et accompagne les fondateurs dans leurs recrutements et leur expansion régionale.",
    ],
  },
  // "capital risque" in its summary; "venture capital" in its English summary: relevant for both.
  diasporaVentures: {
    org: 'growthFund',
    quality: 71,
    publishedDaysAgo: 30,
    category: 'equity',
    stages: ['idea', 'creation'],
    residence: ['FR', 'GB', 'DE'],
    funding: { min: 5_000_000, max: 50_000_000, currency: 'EUR' },
    fr: [
      "Diaspora Ventures : tickets d'amorçage pour startups africaines",
      "Un fonds de capital-risque qui investit dès l'amorçage dans les startups de la diaspora.",
      'Premier ticket de 50 000 à 500 000 euros, suivi au tour suivant. Les fondateurs sont accompagnés par une équipe d’anciens entrepreneurs.',
    ],
    en: [
      'Diaspora Ventures: first tickets for African startups',
      'A venture capital fund investing from the earliest stage in diaspora-founded startups.',
      'First cheques of €50,000 to €500,000, with follow-on in the next round. Founders are supported by a team of former entrepreneurs.',
    ],
  },
  // "capital risque": "capital" in the title, "risque" three words away in the description.
  capitalHumain: {
    org: 'institutFormation',
    quality: 94,
    publishedDaysAgo: 3,
    category: 'training',
    residence: ['FR', 'BE'],
    format: 'hybrid',
    fr: [
      'Capital humain : former les équipes des PME africaines',
      'Des parcours de formation pour les salariés et les dirigeants.',
      "Investir dans le capital humain réduit le risque d'échec des jeunes entreprises : nos formations couvrent la gestion, la vente et le management. Programme ouvert aux PME du Sénégal, du Mali et de Côte d'Ivoire créées par des entrepreneurs de la diaspora.",
    ],
  },
  // "capital risque": both words in a title, four words apart; only proximity tells it from
  // the answer.
  capitalGestionRisque: {
    org: 'ecoleGestion',
    quality: 97,
    publishedDaysAgo: 2,
    category: 'training',
    stages: ['growth', 'established'],
    residence: ['FR', 'BE', 'CH'],
    format: 'online',
    fr: [
      'Capital, dettes et gestion du risque : formation des dirigeants de PME',
      'Six modules de finance d’entreprise pour les dirigeants de la diaspora.',
      'Structure du bilan, négociation bancaire, couverture de change et tableaux de bord.',
    ],
  },
  // "capital risque": "risque" in the title, "capital" in the description.
  risqueClimatique: {
    org: 'garantieAfrique',
    quality: 92,
    publishedDaysAgo: 11,
    category: 'financing',
    sectors: ['agriculture_agrifood'],
    residence: ['FR', 'IT'],
    targets: ['NE', 'BF'],
    fr: [
      'Assurance récolte contre le risque climatique pour les agriculteurs',
      'Une assurance indicielle qui indemnise les exploitations en cas de sécheresse.',
      "L'assurance protège le capital investi par les entrepreneurs agricoles de la diaspora au Niger et au Burkina Faso. L'indemnisation est calculée par satellite et versée en moins de trente jours.",
    ],
  },
  // "capital risque" and "garantie bancaire": the words in different fields.
  partageRisque: {
    org: 'garantieAfrique',
    quality: 85,
    publishedDaysAgo: 19,
    category: 'guarantee',
    residence: ['FR', 'BE', 'IT'],
    targets: ['GN', 'BJ'],
    fr: [
      'Partage de risque avec les banques pour les PME de la diaspora',
      'Nous couvrons 60 % du risque pour que votre banque accorde le crédit.',
      "Le dispositif s'adresse aux sociétés dont le capital est détenu majoritairement par des membres de la diaspora. La demande passe par votre conseiller bancaire, qui reçoit la réponse sous quinze jours.",
    ],
  },
  // "women entrepreneurs Senegal": the best answer.
  womenLoansSenegal: {
    org: 'womenNetwork',
    quality: 62,
    publishedDaysAgo: 10,
    category: 'loan',
    stages: ['early', 'growth'],
    residence: ['GB', 'FR'],
    targets: ['SN'],
    gender: 'women',
    funding: { min: 500_000, max: 5_000_000, currency: 'EUR' },
    en: [
      'Growth loans for women entrepreneurs in Senegal',
      'Loans of €5,000 to €50,000 for women-led small businesses ready to grow.',
      'Designed for women of the Senegalese diaspora who run or take over a business back home: working capital, equipment and stock. Repayment over three years, with a business adviser in Dakar.',
    ],
  },
  // "women entrepreneurs Senegal": Dakar stands for Senegal in the title; relevant.
  dakarWomenTraining: {
    org: 'institutFormation',
    quality: 58,
    publishedDaysAgo: 27,
    category: 'training',
    residence: ['FR', 'GB'],
    gender: 'women',
    format: 'in_person',
    location: { city: 'Dakar', countryCode: 'SN' },
    en: [
      'Business training for women entrepreneurs in Dakar',
      'Eight Saturdays on bookkeeping, pricing and hiring.',
      'Small groups, a local business coach and a final review of your accounts. For women who have moved back from Europe or are about to.',
    ],
    fr: [
      'Formation à la gestion pour les entrepreneures à Dakar',
      'Huit samedis sur la comptabilité, les prix et le recrutement.',
      "Petits groupes, une coach d'entreprise sur place et une revue finale de vos comptes.",
    ],
  },
  // "women entrepreneurs Senegal": the first two words in the title, Senegal in the description.
  womenCircleEurope: {
    org: 'womenNetwork',
    quality: 93,
    publishedDaysAgo: 2,
    category: 'networking',
    residence: ['GB', 'FR', 'BE'],
    gender: 'women',
    format: 'hybrid',
    en: [
      'Women entrepreneurs circle of the African diaspora in Europe',
      'Monthly meetups, peer mentoring and investor days for women founders.',
      'Meetups take place in London, Paris and Brussels. Members run businesses across Africa, from Ghana and Kenya to Cameroon and Senegal, and share contacts, suppliers and advice.',
    ],
  },
  // "women entrepreneurs Senegal": Senegal in the summary and labels, women in the description.
  terangaFund: {
    org: 'growthFund',
    quality: 96,
    publishedDaysAgo: 5,
    category: 'equity',
    stages: ['early', 'growth'],
    residence: ['FR', 'GB', 'IT'],
    targets: ['SN'],
    funding: { min: 10_000_000, max: 80_000_000, currency: 'EUR' },
    en: [
      'Teranga Fund for diaspora entrepreneurs',
      'Equity for the companies Senegalese entrepreneurs abroad build back home in Senegal.',
      'We back entrepreneurs of every background and sector; one company in three in our portfolio is led by women. Tickets from €100,000 to €800,000.',
    ],
  },
  // "formation en ligne gratuite": the best answer.
  formationLigneGratuite: {
    org: 'institutFormation',
    quality: 61,
    publishedDaysAgo: 14,
    category: 'training',
    residence: ['FR', 'BE', 'CH'],
    format: 'online',
    fr: [
      "Formation en ligne gratuite : créer son entreprise depuis l'étranger",
      'Dix modules vidéo et des classes virtuelles pour préparer votre projet.',
      'Chaque module dure une heure : statut, financement, fiscalité, recrutement à distance. Une attestation est délivrée à la fin du parcours.',
    ],
  },
  // "formation en ligne gratuite": the same words in another order; relevant.
  formationGratuiteLigne: {
    org: 'ecoleGestion',
    quality: 55,
    publishedDaysAgo: 33,
    category: 'training',
    residence: ['FR', 'BE'],
    format: 'online',
    fr: [
      'Formation gratuite en ligne à la comptabilité des PME',
      'Six semaines pour tenir vos comptes et suivre votre trésorerie.',
      'Cours le soir, exercices corrigés et un tuteur par groupe de vingt participants. Ouvert aux entrepreneurs de la diaspora installés au Cameroun, au Gabon ou en Europe.',
    ],
  },
  // "formation en ligne gratuite": all four words in a title, but in-person training with
  // online registration; only proximity tells it from the answer.
  formationBatiment: {
    org: 'institutFormation',
    quality: 96,
    publishedDaysAgo: 3,
    category: 'training',
    sectors: ['construction_real_estate'],
    residence: ['FR', 'BE'],
    targets: ['GA'],
    format: 'in_person',
    location: { city: 'Libreville', countryCode: 'GA' },
    fr: [
      'Formation gratuite aux métiers du bâtiment, inscriptions en ligne',
      'Trois mois de chantier école à Libreville pour créer son entreprise du bâtiment.',
      'Maçonnerie, électricité et gestion de chantier, avec un module de création d’entreprise.',
    ],
  },
  // "formation en ligne gratuite": paid, "gratuit" only for a first module, in the description.
  formationsCertifiantes: {
    org: 'ecoleGestion',
    quality: 95,
    publishedDaysAgo: 8,
    category: 'training',
    residence: ['FR', 'BE', 'CH'],
    format: 'online',
    cost: { type: 'paid', amountMinor: 120_000, currency: 'EUR' },
    fr: [
      'Formations en ligne certifiantes pour dirigeants de PME',
      'Des cursus de trois mois reconnus par les employeurs.',
      'Les cours ont lieu en ligne le samedi matin, avec des études de cas africaines. Le premier module est gratuit pour les membres du réseau.',
    ],
  },
  // "formation en ligne gratuite": free, but in person; "en ligne" is how to register.
  formationPresentiel: {
    org: 'institutFormation',
    quality: 90,
    publishedDaysAgo: 12,
    category: 'training',
    residence: ['FR'],
    format: 'in_person',
    location: { city: 'Marseille', countryCode: 'FR' },
    fr: [
      'Formation gratuite en présentiel à Marseille pour les porteurs de projet',
      'Cinq journées en salle ; inscription en ligne obligatoire.',
      'Ateliers sur le modèle économique, les prévisions et la recherche de clients, animés par des entrepreneurs de la diaspora.',
    ],
  },
  // "formation en ligne gratuite": free online webinars (information), the training word in
  // the description.
  webinairesGratuits: {
    org: 'observatoire',
    quality: 97,
    publishedDaysAgo: 1,
    category: 'information',
    residence: ['FR', 'BE'],
    format: 'online',
    fr: [
      'Webinaires gratuits en ligne : financer son projet en Afrique',
      'Chaque mardi, une heure pour comprendre les aides disponibles.',
      'Sans inscription préalable ; les replays restent disponibles. Les webinaires ne remplacent pas une formation complète mais orientent vers les bons interlocuteurs.',
    ],
  },
  // "incubateur Dakar": the best answer.
  incubateurDakar: {
    org: 'incubateursReseau',
    quality: 69,
    publishedDaysAgo: 16,
    category: 'incubation',
    sectors: ['digital_tech'],
    stages: ['idea', 'creation'],
    residence: ['FR', 'BE'],
    format: 'in_person',
    location: { city: 'Dakar', countryCode: 'SN' },
    fr: [
      'Incubateur à Dakar pour les startups numériques de la diaspora',
      "Un an d'accompagnement, un bureau et un réseau de mentors sur place.",
      'Les fondateurs rejoignent une promotion de quinze startups. Ateliers hebdomadaires, experts bénévoles et journée de présentation aux investisseurs.',
    ],
  },
  // "incubateur Dakar": an incubator in Abidjan whose description names Dakar.
  incubateurAbidjan: {
    org: 'incubateursReseau',
    quality: 91,
    publishedDaysAgo: 7,
    category: 'incubation',
    stages: ['idea', 'creation'],
    residence: ['FR', 'BE', 'CH'],
    format: 'in_person',
    location: { city: 'Abidjan', countryCode: 'CI' },
    fr: [
      'Incubateur de startups à Abidjan',
      'Six mois pour passer de l’idée au premier client.',
      'Créé sur le modèle de notre programme de Dakar, le programme accueille chaque année douze équipes de la diaspora : coaching, bureaux au Plateau et accès aux investisseurs.',
    ],
  },
  // "empréstimo para mulheres": the best answer.
  ptWomenLoan: {
    org: 'mulheres',
    quality: 60,
    publishedDaysAgo: 20,
    category: 'loan',
    residence: ['PT'],
    targets: ['MZ', 'GW'],
    gender: 'women',
    funding: { min: 100_000, max: 1_500_000, currency: 'EUR' },
    pt: [
      'Empréstimo para mulheres empreendedoras em Moçambique e na Guiné-Bissau',
      'Crédito sem garantias até 15 000 euros para negócios liderados por mulheres da diáspora.',
      'O empréstimo financia equipamento e stock; cada empreendedora tem uma madrinha durante o reembolso.',
    ],
  },
  // "empréstimo para mulheres": the plural in a summary; relevant.
  ptMicrocreditoMulheres: {
    org: 'empreender',
    quality: 57,
    publishedDaysAgo: 40,
    category: 'loan',
    residence: ['PT', 'FR'],
    targets: ['GW'],
    gender: 'women',
    pt: [
      'Microcrédito para mulheres comerciantes da Guiné-Bissau',
      'Empréstimos de grupo de 200 a 2 000 euros, reembolsáveis por mês.',
      'Os grupos solidários de cinco comerciantes respondem em conjunto pelo reembolso. Uma formação em gestão precede o primeiro crédito.',
    ],
  },
  // "empréstimo para mulheres": loans in the title, women only in the description; top quality.
  ptEmprestimosGarantidos: {
    org: 'lusoInvest',
    quality: 96,
    publishedDaysAgo: 3,
    category: 'guarantee',
    residence: ['PT'],
    targets: ['MZ', 'ST'],
    pt: [
      'Empréstimos bancários garantidos para PME da diáspora',
      'Garantimos até 70 % do crédito concedido pelo seu banco.',
      'Para empresas de Moçambique e de São Tomé e Príncipe criadas por emigrantes; as empresas lideradas por mulheres têm comissão reduzida.',
    ],
  },
  // "empréstimo para mulheres": women in the title, the loan word in the description.
  ptCoachingMulheres: {
    org: 'mulheres',
    quality: 92,
    publishedDaysAgo: 6,
    category: 'mentoring',
    residence: ['PT', 'FR'],
    gender: 'women',
    format: 'online',
    pt: [
      'Círculos de coaching para mulheres empreendedoras da diáspora',
      'Seis meses de sessões em grupo com empresárias experientes.',
      'As participantes preparam a candidatura a um empréstimo ou a um investidor e partilham contactos e fornecedores.',
    ],
  },
  // "قروض صغيرة": the best answer.
  arSmallLoans: {
    org: 'tanmiya',
    quality: 59,
    publishedDaysAgo: 24,
    category: 'loan',
    residence: ['FR', 'ES'],
    targets: ['MR'],
    funding: { min: 20_000, max: 200_000, currency: 'EUR' },
    ar: [
      'قروض صغيرة للحرفيين العائدين إلى موريتانيا',
      'تمويل بدون فوائد لشراء المعدات والمواد الأولية',
      'يرافق مستشار كل مستفيد خلال فترة السداد التي تمتد ثلاث سنوات.',
    ],
  },
  // "قروض صغيرة": small projects in the title, loans far away in the description.
  arSmallProjects: {
    org: 'ruwwad',
    quality: 95,
    publishedDaysAgo: 4,
    category: 'training',
    residence: ['FR', 'BE', 'ES'],
    format: 'online',
    ar: [
      'برنامج تكوين لأصحاب المشاريع الصغيرة من الجالية',
      'دورة لمدة شهرين حول التسيير والتسويق',
      'تغطي الدورة إعداد خطة العمل والمحاسبة والبحث عن الزبائن، وتنتهي بلقاء مع مؤسسات تمنح القروض للمشاريع.',
    ],
  },
  // "تدريب عن بعد": the best answer.
  arRemoteTraining: {
    org: 'ruwwad',
    quality: 56,
    publishedDaysAgo: 18,
    category: 'training',
    residence: ['FR', 'BE', 'DE'],
    format: 'online',
    ar: [
      'تدريب عن بعد في المحاسبة لأصحاب المشاريع',
      'عشر حصص مسائية عبر الإنترنت',
      'يتعلم المشاركون مسك الحسابات وإعداد الميزانية ومتابعة الخزينة، مع تمارين تطبيقية.',
    ],
  },
  // "تدريب عن بعد": training in person; "عن بعد" only for the follow-up, far from the title.
  arInPersonTraining: {
    org: 'tanmiya',
    quality: 93,
    publishedDaysAgo: 5,
    category: 'training',
    residence: ['FR'],
    format: 'in_person',
    ar: [
      'تدريب حضوري على التسويق للمقاولين الشباب',
      'خمسة أيام في باريس لبناء خطة تسويق',
      'يتضمن البرنامج ورشات تطبيقية ولقاءات مع خبراء، ثم متابعة فردية عن بعد لمدة ثلاثة أشهر بعد انتهاء الدورة.',
    ],
  },
  // "levée de fonds": the best answer.
  leveeFonds: {
    org: 'accelAfrique',
    quality: 63,
    publishedDaysAgo: 21,
    category: 'training',
    stages: ['early', 'growth'],
    residence: ['FR', 'BE', 'CA'],
    format: 'hybrid',
    fr: [
      'Levée de fonds : préparer son entrée au capital d’investisseurs',
      'Un programme de huit semaines pour structurer votre dossier et votre pitch.',
      'Valorisation, pacte d’associés, data room et simulation de comités d’investissement avec des investisseurs de la diaspora.',
    ],
  },
  // "levée de fonds": "fonds" in the title, "levée" far away in the description.
  fondsPreAmorcage: {
    org: 'fondationEntreprendre',
    quality: 96,
    publishedDaysAgo: 2,
    category: 'grant',
    stages: ['idea'],
    residence: ['FR', 'BE'],
    targets: ['TG', 'BJ'],
    funding: { min: 1_000_000, max: 3_000_000, currency: 'EUR' },
    fr: [
      'Fonds de pré-amorçage pour les projets innovants de la diaspora',
      'Une dotation de 10 000 à 30 000 euros pour tester votre marché.',
      'La dotation finance un prototype et les premiers tests clients, bien avant toute levée auprès de business angels. Projets au Togo et au Bénin.',
    ],
  },
  // "fonds d amorcage": the same words as jeunesPousses' title; relevant.
  fondsAmorcage: {
    org: 'afriCapital',
    quality: 80,
    publishedDaysAgo: 13,
    category: 'equity',
    stages: ['idea', 'creation'],
    residence: ['FR', 'BE'],
    targets: ['BJ', 'TG'],
    funding: { min: 2_000_000, max: 15_000_000, currency: 'EUR' },
    fr: [
      "Fonds d'amorçage pour les startups du Bénin et du Togo",
      'Des premiers tickets de 20 000 à 150 000 euros en fonds propres.',
      "Le fonds investit aux côtés des fondateurs de la diaspora dès le prototype et les accompagne jusqu'au premier tour.",
    ],
  },
  // "seed funding": the best answer.
  seedFunding: {
    org: 'eastAfrica',
    quality: 59,
    publishedDaysAgo: 25,
    category: 'equity',
    stages: ['idea', 'creation'],
    residence: ['GB', 'DE', 'NL'],
    targets: ['KE', 'RW'],
    funding: { min: 2_500_000, max: 25_000_000, currency: 'GBP' },
    en: [
      'Seed funding for diaspora founders in Kenya and Rwanda',
      'First cheques of £25,000 to £250,000 for tech startups.',
      'We invest alongside angels from the diaspora and help founders prepare their next round.',
    ],
  },
  // "seed funding": the words reversed in a title (a workshop); top quality.
  seedRoundWorkshop: {
    org: 'accelAfrique',
    quality: 90,
    publishedDaysAgo: 8,
    category: 'training',
    residence: ['GB', 'FR'],
    format: 'online',
    en: [
      'Funding your seed round: investor readiness workshop',
      'Two evenings on valuation, term sheets and pitch decks.',
      'Led by founders who raised in Nairobi, Accra and Lagos; each participant gets feedback on their deck.',
    ],
  },
  // "seed funding": "funding" in the title, "seed" negated in the description.
  agrifoodFundingEastAfrica: {
    org: 'eastAfrica',
    quality: 93,
    publishedDaysAgo: 10,
    category: 'grant',
    sectors: ['agriculture_agrifood'],
    stages: ['growth'],
    residence: ['GB', 'NL'],
    targets: ['KE', 'RW'],
    en: [
      'Funding for agri-food SMEs in East Africa',
      'Matching grants of up to £100,000 for processors and distributors.',
      'The programme backs established companies with revenue; we do not fund seed-stage companies or ideas.',
    ],
  },
  // "business plan": the two words in an English title; relevant.
  businessPlanClinic: {
    org: 'ecoleGestion',
    quality: 52,
    publishedDaysAgo: 36,
    category: 'training',
    residence: ['GB', 'FR'],
    format: 'online',
    en: [
      'Business plan clinic for diaspora entrepreneurs',
      'One-to-one reviews of your plan and financial forecasts.',
      'Book a one-hour session with a business school lecturer; you receive written comments within a week.',
    ],
  },
  // "business plan": the words reversed; top quality.
  planYourBusiness: {
    org: 'observatoire',
    quality: 95,
    publishedDaysAgo: 3,
    category: 'information',
    residence: ['GB', 'FR', 'BE'],
    en: [
      'Plan your business move to Africa: a relocation guide',
      'Visas, banking, housing and schools for families moving back.',
      'Country chapters, checklists and contacts, written with families who moved to Accra, Dakar and Nairobi.',
    ],
  },
  // "microcrédits femmes": the best answer.
  microcreditsFemmes: {
    org: 'microSahel',
    quality: 57,
    publishedDaysAgo: 26,
    category: 'loan',
    residence: ['FR', 'BE'],
    targets: ['NE'],
    gender: 'women',
    funding: { min: 50_000, max: 500_000, currency: 'XOF' },
    fr: [
      'Microcrédits pour les femmes rurales du Niger',
      'Des prêts de groupe pour l’élevage, le maraîchage et le petit commerce.',
      'Les groupes solidaires se réunissent chaque semaine ; une animatrice accompagne les emprunteuses.',
    ],
  },
  // "microcrédits femmes": the word in the summary, women in the title; relevant.
  microfinanceFemmes: {
    org: 'microSahel',
    quality: 76,
    publishedDaysAgo: 17,
    category: 'loan',
    residence: ['FR', 'IT'],
    targets: ['NE', 'BF', 'TD'],
    gender: 'women',
    fr: [
      'Microfinance solidaire pour les femmes du Sahel',
      'Des microcrédits de groupe pour les femmes commerçantes et transformatrices.',
      'Montants de 50 000 à 500 000 francs CFA, épargne obligatoire et formation à la gestion.',
    ],
  },
  // "microcrédits femmes": microcredits for artisans; women only in the description.
  microcreditsArtisans: {
    org: 'microSahel',
    quality: 92,
    publishedDaysAgo: 6,
    category: 'loan',
    residence: ['FR'],
    targets: ['BF'],
    fr: [
      'Microcrédits pour les artisans du Burkina Faso',
      'Des prêts de 100 000 à 1 million de francs CFA pour acheter outils et matières premières.',
      'Les artisans remboursent chaque mois ; un tiers des bénéficiaires sont des femmes.',
    ],
  },
  // "startups numeriques": the singular after "du"; relevant.
  startupsDuNumerique: {
    org: 'accelAfrique',
    quality: 91,
    publishedDaysAgo: 9,
    category: 'acceleration',
    sectors: ['digital_tech'],
    stages: ['early'],
    residence: ['FR', 'BE'],
    targets: ['GN'],
    fr: [
      'Programme pour les startups du numérique en Guinée',
      "Quatre mois de coaching et d'accès aux marchés pour les jeunes pousses technologiques.",
      'Les fondateurs de la diaspora travaillent avec des mentors de Conakry et de Paris.',
    ],
  },
  // "startups numeriques": both words in a title, three words apart.
  startupsAgricoles: {
    org: 'fondationEntreprendre',
    quality: 97,
    publishedDaysAgo: 2,
    category: 'grant',
    sectors: ['agriculture_agrifood'],
    stages: ['creation'],
    residence: ['FR', 'BE'],
    targets: ['TG'],
    fr: [
      "Startups agricoles et services numériques : prime à l'innovation au Togo",
      'Une prime de 15 000 euros pour tester une innovation auprès des producteurs.',
      'Les projets associent un entrepreneur de la diaspora et une coopérative togolaise.',
    ],
  },
  // "accompagnement création entreprise": the best answer.
  accompCreation: {
    org: 'fondationEntreprendre',
    quality: 54,
    publishedDaysAgo: 29,
    category: 'mentoring',
    stages: ['idea', 'creation'],
    residence: ['FR', 'BE'],
    format: 'hybrid',
    fr: [
      "Accompagnement à la création d'entreprise pour les jeunes de la diaspora",
      'Un conseiller vous suit de l’idée à l’immatriculation.',
      'Rendez-vous mensuels, ateliers collectifs et mise en relation avec des financeurs en Afrique et en Europe.',
    ],
  },
  // "accompagnement création entreprise": the three words in a title, far apart and reversed.
  accompApresCreation: {
    org: 'fondationEntreprendre',
    quality: 95,
    publishedDaysAgo: 4,
    category: 'mentoring',
    stages: ['early'],
    residence: ['FR', 'BE', 'IT'],
    format: 'online',
    fr: [
      "Accompagnement des dirigeants d'entreprise après la création",
      'Trois ans de suivi pour passer le cap des premières années.',
      "Un mentor chef d'entreprise, un diagnostic annuel et un accès à nos partenaires bancaires.",
    ],
  },
  // "garantie bancaire": the best answer.
  garantieBancaire: {
    org: 'garantieAfrique',
    quality: 60,
    publishedDaysAgo: 23,
    category: 'guarantee',
    residence: ['FR', 'BE'],
    targets: ['BJ', 'TG', 'GN'],
    fr: [
      "Garantie bancaire pour les PME de la diaspora en Afrique de l'Ouest",
      'Nous garantissons votre crédit auprès des banques partenaires.',
      'La commission est de 1,5 % par an ; la demande est déposée par votre banque.',
    ],
  },
  // "énergie solaire": the words in a title; relevant.
  solaireBurkina: {
    org: 'banqueSolidaire',
    quality: 63,
    publishedDaysAgo: 28,
    category: 'loan',
    sectors: ['renewable_energy'],
    residence: ['FR', 'BE'],
    targets: ['BF'],
    fr: [
      'Énergie solaire au Burkina Faso : prêts aux installateurs',
      'Des prêts pour acheter panneaux, batteries et outillage.',
      'Réservé aux entreprises d’installation créées par des membres de la diaspora.',
    ],
  },
  // "énergie solaire": the words in a title; relevant.
  solaireNiger: {
    org: 'fondationEntreprendre',
    quality: 86,
    publishedDaysAgo: 12,
    category: 'grant',
    sectors: ['renewable_energy'],
    residence: ['FR'],
    targets: ['NE'],
    fr: [
      'Énergie solaire au Niger : prime pour les mini-réseaux villageois',
      'Une aide de 20 000 euros par mini-réseau installé.',
      'Le programme a déjà soutenu des projets comparables au Burkina Faso et au Tchad.',
    ],
  },
  // "transformation du manioc": the best answer.
  maniocTransformation: {
    org: 'fondationEntreprendre',
    quality: 58,
    publishedDaysAgo: 31,
    category: 'grant',
    sectors: ['agriculture_agrifood'],
    residence: ['FR', 'BE'],
    targets: ['BJ'],
    fr: [
      'Transformation du manioc : équipements pour les coopératives du Bénin',
      'Une prime couvrant la moitié du prix des râpes, presses et séchoirs.',
      'Les coopératives associées à un entrepreneur de la diaspora sont prioritaires.',
    ],
  },
  // "transformation du manioc": the verb and the crop in a title; relevant.
  maniocGari: {
    org: 'institutFormation',
    quality: 65,
    publishedDaysAgo: 35,
    category: 'training',
    sectors: ['agriculture_agrifood'],
    residence: ['FR'],
    targets: ['TG', 'BJ'],
    format: 'in_person',
    fr: [
      'Gari et attiéké : transformer le manioc en produits finis',
      'Une formation de deux semaines à Lomé.',
      'Hygiène, procédés, emballage et vente des produits dérivés du manioc.',
    ],
  },
  // "transformation du manioc": transformation in the title, cassava in the description.
  agroTransformationTogo: {
    org: 'banqueSolidaire',
    quality: 95,
    publishedDaysAgo: 3,
    category: 'loan',
    sectors: ['agriculture_agrifood'],
    residence: ['FR', 'BE'],
    targets: ['TG'],
    fr: [
      'Prêt pour les unités de transformation agricole du Togo',
      'Financer une ligne de production ou un entrepôt.',
      'Les filières soutenues sont le soja, le maïs, le séchage du manioc et les jus de fruits. Remboursement sur cinq ans.',
    ],
  },
  // "entrepreneuriat feminin": the best answer.
  entrepreneuriatFeminin: {
    org: 'womenNetwork',
    quality: 63,
    publishedDaysAgo: 19,
    category: 'mentoring',
    residence: ['FR', 'BE'],
    targets: ['GN'],
    gender: 'women',
    format: 'hybrid',
    fr: [
      'Entrepreneuriat féminin : programme de mentorat en Guinée',
      'Un an de suivi pour les créatrices qui rentrent de France ou de Belgique.',
      'Chaque participante est suivie par une cheffe d’entreprise et rejoint un réseau de pairs à Conakry.',
    ],
  },
  // "entrepreneuriat feminin": "féminin" in the title, the other word in the description.
  reseauFeminin: {
    org: 'clubAffaires',
    quality: 96,
    publishedDaysAgo: 2,
    category: 'networking',
    residence: ['FR', 'BE'],
    gender: 'women',
    fr: [
      'Réseau féminin des cadres de la diaspora africaine',
      'Des rencontres mensuelles pour les cadres et dirigeantes.',
      "Conférences sur le leadership, l'entrepreneuriat et la gouvernance, à Paris et Bruxelles.",
    ],
  },
  // "diaspora investment fund": the best answer.
  diasporaInvestmentFund: {
    org: 'eastAfrica',
    quality: 61,
    publishedDaysAgo: 26,
    category: 'equity',
    stages: ['growth', 'established'],
    residence: ['GB', 'DE', 'NL'],
    targets: ['KE', 'RW'],
    en: [
      'Diaspora investment fund for East African SMEs',
      'Pooling the savings of the diaspora into growing companies.',
      'Members invest from £1,000; the managers take minority stakes in profitable SMEs.',
    ],
  },
  // "diaspora investment fund": the words spread out.
  investmentReadiness: {
    org: 'accelAfrique',
    quality: 97,
    publishedDaysAgo: 1,
    category: 'training',
    residence: ['GB', 'FR'],
    format: 'online',
    en: [
      'Investor readiness training for diaspora founders',
      'Six sessions to get your company ready for investment.',
      'From financial statements to your pitch to an impact fund or a bank.',
    ],
  },
  // "coaching collectif": "coaching" in the title, "collectif" in the description.
  coachingIndividuel: {
    org: 'fondationEntreprendre',
    quality: 96,
    publishedDaysAgo: 3,
    category: 'mentoring',
    residence: ['FR', 'BE'],
    format: 'online',
    fr: [
      'Coaching individuel pour dirigeants de la diaspora',
      'Dix séances avec une coach certifiée.',
      'Le parcours se termine par un atelier collectif avec les autres dirigeants de la promotion.',
    ],
  },
  // "formação online": the best answer.
  ptFormacaoOnline: {
    org: 'empreender',
    quality: 56,
    publishedDaysAgo: 22,
    category: 'training',
    sectors: ['digital_tech'],
    residence: ['PT', 'FR'],
    format: 'online',
    pt: [
      'Formação online em marketing digital para empreendedores da diáspora',
      'Oito semanas para criar a sua loja online e as suas campanhas.',
      'Aulas ao vivo duas vezes por semana e um projeto final corrigido por um formador.',
    ],
  },
  // "formação online": an online course, training by its category label; relevant.
  ptCursoOnline: {
    org: 'lusoInvest',
    quality: 93,
    publishedDaysAgo: 5,
    category: 'training',
    residence: ['PT'],
    format: 'online',
    pt: [
      'Curso online de contabilidade para pequenas empresas',
      'Seis semanas para organizar as contas do seu negócio.',
      'Vídeos, exercícios e uma sessão de dúvidas por semana com um contabilista certificado.',
    ],
  },

  // ── Near-misses of queries judged before the distractors ────────────────────────────────
  // "incubator": the plural in a title (a prefix of the query); an incubator network, relevant.
  incubatorsNetwork: {
    org: 'incubateursReseau',
    quality: 95,
    publishedDaysAgo: 5,
    category: 'incubation',
    residence: ['GB', 'FR', 'DE'],
    format: 'online',
    en: [
      'Network of African tech incubators for diaspora founders',
      'We match you with one of forty member programmes.',
      'Member incubators in Abidjan, Dakar, Lagos and Nairobi take diaspora founders at idea or prototype stage; we help you choose and apply.',
    ],
  },
  // "incubator": the word three times in a description; top quality.
  kenyaAccelerator: {
    org: 'eastAfrica',
    quality: 97,
    publishedDaysAgo: 2,
    category: 'acceleration',
    stages: ['early', 'growth'],
    residence: ['GB', 'DE'],
    targets: ['KE', 'RW'],
    format: 'hybrid',
    en: [
      'Accelerator for diaspora-led startups in Kenya and Rwanda',
      'Twelve weeks to reach product-market fit and prepare a seed round.',
      'Most teams join after an incubator programme. We work with every incubator in Nairobi and Kigali, and our incubator partners refer their best graduates to us.',
    ],
  },
  // "financiamento": the word four times in a description of a training offer; top quality.
  ptFinanciamentoDesc: {
    org: 'empreender',
    quality: 96,
    publishedDaysAgo: 2,
    category: 'training',
    residence: ['PT', 'FR'],
    format: 'online',
    pt: [
      'Curso de preparação de candidaturas a apoios públicos',
      'Aprenda a montar um dossiê sólido em quatro semanas.',
      'O curso explica as linhas de financiamento europeias e nacionais, o financiamento bancário e o financiamento por investidores. No final, cada participante apresenta um pedido de financiamento completo.',
    ],
  },
  // "mentoria": the word four times in a description, never in the title; top quality.
  ptMentoriaDesc: {
    org: 'empreender',
    quality: 94,
    publishedDaysAgo: 3,
    category: 'acceleration',
    residence: ['PT'],
    targets: ['MZ'],
    pt: [
      'Aceleradora de negócios da diáspora em Moçambique',
      'Quatro meses de aceleração para empresas com clientes.',
      'Cada equipa tem sessões de mentoria semanais. A mentoria cobre vendas, finanças e equipa; os mentores vêm da rede de mentoria da associação, e a mentoria continua após o programa.',
    ],
  },
  // "المغرب": Morocco twice in a description, not targeted; top quality.
  arMaghrebDesc: {
    org: 'ruwwad',
    quality: 96,
    publishedDaysAgo: 2,
    category: 'networking',
    residence: ['FR', 'BE', 'NL'],
    format: 'in_person',
    ar: [
      'ملتقى رواد الأعمال من الجالية في أوروبا',
      'لقاء سنوي في بروكسل للمقاولين والمستثمرين',
      'يجمع الملتقى مقاولين يعملون في المغرب وتونس والسنغال. تقدم جلسات خاصة فرص الاستثمار في المغرب وشروط التمويل.',
    ],
  },
  // "cote d ivoire": the country four times in a long description; top quality.
  ciObservatory: {
    org: 'observatoire',
    quality: 98,
    publishedDaysAgo: 1,
    category: 'information',
    residence: ['FR', 'BE'],
    tags: ['étude', 'statistiques'],
    fr: [
      "Baromètre de l'entrepreneuriat diaspora en Afrique de l'Ouest",
      'Chaque année, les chiffres de la création d’entreprise par la diaspora.',
      "L'édition 2026 consacre un chapitre à la Côte d'Ivoire : nombre d'entreprises créées en Côte d'Ivoire par des membres de la diaspora, secteurs porteurs, délais de création et accès au financement. Les résultats de la Côte d'Ivoire sont comparés à ceux du Sénégal et du Maroc, puis aux attentes des investisseurs de Côte d'Ivoire.",
    ],
  },
  // "Sénégal": the country four times in a description, not targeted; top quality.
  senegalDesc: {
    org: 'institutFormation',
    quality: 97,
    publishedDaysAgo: 2,
    category: 'training',
    residence: ['FR', 'IT'],
    format: 'online',
    fr: [
      "Formation à l'export pour les PME agricoles d'Afrique de l'Ouest",
      'Normes, prix et logistique vers les marchés européens.',
      "Le module pratique s'appuie sur des cas du Sénégal : la mangue du Sénégal, l'arachide de bouche et les produits de la mer. Des exportateurs du Sénégal témoignent ; une visite d'entreprises au Sénégal est proposée en option.",
    ],
  },
  // "Ivory Coast": the English name three times in a description, not targeted; top quality.
  ivoryCoastDesc: {
    org: 'clubAffaires',
    quality: 97,
    publishedDaysAgo: 2,
    category: 'networking',
    residence: ['GB'],
    format: 'in_person',
    location: { city: 'London', countryCode: 'GB' },
    en: [
      'West Africa business week in London',
      'Three days of conferences and investor meetings.',
      'This year the week puts Ivory Coast in the spotlight: trade officials from Ivory Coast, bankers and founders who built companies in Ivory Coast speak on day two.',
    ],
  },
  // "financement participatif": both words in a title, reversed and apart (a participatory
  // budget, not crowdfunding); top quality.
  budgetParticipatif: {
    org: 'fondationEntreprendre',
    quality: 96,
    publishedDaysAgo: 3,
    category: 'grant',
    residence: ['FR'],
    targets: ['BF', 'GN'],
    fr: [
      'Budget participatif : financement de projets solidaires portés par la diaspora',
      'Les habitants votent pour les projets que la ville soutient en Afrique.',
      "Chaque association présente son projet au public ; les dix projets les mieux classés reçoivent jusqu'à 15 000 euros.",
    ],
  },
  // "Cabo Verde": both words in a title, reversed and apart (a Mozambican province); top quality.
  caboDelgado: {
    org: 'lusoInvest',
    quality: 92,
    publishedDaysAgo: 4,
    category: 'grant',
    sectors: ['agriculture_agrifood'],
    residence: ['PT'],
    targets: ['MZ'],
    pt: [
      'Economia verde em Cabo Delgado: apoio a cooperativas agrícolas',
      'Subvenções para cooperativas que adotam práticas sustentáveis.',
      'Apoio a investimentos em irrigação, sementes e armazenamento para cooperativas ligadas à diáspora moçambicana.',
    ],
  },
} satisfies Record<string, Spec>;

export type DistractorKey = keyof typeof HAND_WRITTEN;

const HAND_WRITTEN_KEYS = Object.keys(HAND_WRITTEN) as DistractorKey[];
/** Hand-written distractors by name, so judgements read as words rather than uuids. */
export const D = Object.fromEntries(
  HAND_WRITTEN_KEYS.map((key, i) => [key, offerId(1001 + i)]),
) as Readonly<Record<DistractorKey, string>>;

// ── Generated from templates ───────────────────────────────────────────────────────────────

/** mulberry32: a small seeded generator, so the catalogue is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Countries no judged query is about: generated offers target them and name them in titles.
 * `in`/`of` are the French forms ("au Bénin", "du Bénin").
 */
const PLACES = [
  {
    code: 'BF',
    in: 'au Burkina Faso',
    of: 'du Burkina Faso',
    en: 'Burkina Faso',
    pt: 'no Burkina Faso',
    ar: 'بوركينا فاسو',
  },
  { code: 'BJ', in: 'au Bénin', of: 'du Bénin', en: 'Benin', pt: 'no Benim', ar: 'بنين' },
  { code: 'TG', in: 'au Togo', of: 'du Togo', en: 'Togo', pt: 'no Togo', ar: 'توغو' },
  { code: 'GN', in: 'en Guinée', of: 'de Guinée', en: 'Guinea', pt: 'na Guiné', ar: 'غينيا' },
  { code: 'NE', in: 'au Niger', of: 'du Niger', en: 'Niger', pt: 'no Níger', ar: 'النيجر' },
  { code: 'GA', in: 'au Gabon', of: 'du Gabon', en: 'Gabon', pt: 'no Gabão', ar: 'الغابون' },
  {
    code: 'CD',
    in: 'en RDC',
    of: 'de RDC',
    en: 'DR Congo',
    pt: 'na RD Congo',
    ar: 'الكونغو الديمقراطية',
  },
  {
    code: 'MG',
    in: 'à Madagascar',
    of: 'de Madagascar',
    en: 'Madagascar',
    pt: 'em Madagáscar',
    ar: 'مدغشقر',
  },
  { code: 'RW', in: 'au Rwanda', of: 'du Rwanda', en: 'Rwanda', pt: 'no Ruanda', ar: 'رواندا' },
  { code: 'KE', in: 'au Kenya', of: 'du Kenya', en: 'Kenya', pt: 'no Quénia', ar: 'كينيا' },
  {
    code: 'MR',
    in: 'en Mauritanie',
    of: 'de Mauritanie',
    en: 'Mauritania',
    pt: 'na Mauritânia',
    ar: 'موريتانيا',
  },
  { code: 'TD', in: 'au Tchad', of: 'du Tchad', en: 'Chad', pt: 'no Chade', ar: 'تشاد' },
  {
    code: 'MZ',
    in: 'au Mozambique',
    of: 'du Mozambique',
    en: 'Mozambique',
    pt: 'em Moçambique',
    ar: 'موزمبيق',
  },
  {
    code: 'GW',
    in: 'en Guinée-Bissau',
    of: 'de Guinée-Bissau',
    en: 'Guinea-Bissau',
    pt: 'na Guiné-Bissau',
    ar: 'غينيا بيساو',
  },
  {
    code: 'ET',
    in: 'en Éthiopie',
    of: "d'Éthiopie",
    en: 'Ethiopia',
    pt: 'na Etiópia',
    ar: 'إثيوبيا',
  },
] as const;
type Place = (typeof PLACES)[number];

/** Countries the judged queries are about: generated offers name them in descriptions only. */
const MENTIONS = [
  {
    code: 'SN',
    in: 'au Sénégal',
    of: 'du Sénégal',
    en: 'Senegal',
    pt: 'no Senegal',
    ar: 'السنغال',
  },
  {
    code: 'CI',
    in: "en Côte d'Ivoire",
    of: "de Côte d'Ivoire",
    en: "Côte d'Ivoire",
    pt: 'na Costa do Marfim',
    ar: 'ساحل العاج',
  },
  { code: 'MA', in: 'au Maroc', of: 'du Maroc', en: 'Morocco', pt: 'em Marrocos', ar: 'المغرب' },
  { code: 'TN', in: 'en Tunisie', of: 'de Tunisie', en: 'Tunisia', pt: 'na Tunísia', ar: 'تونس' },
  {
    code: 'CM',
    in: 'au Cameroun',
    of: 'du Cameroun',
    en: 'Cameroon',
    pt: 'nos Camarões',
    ar: 'الكاميرون',
  },
  { code: 'ML', in: 'au Mali', of: 'du Mali', en: 'Mali', pt: 'no Mali', ar: 'مالي' },
  { code: 'DZ', in: 'en Algérie', of: "d'Algérie", en: 'Algeria', pt: 'na Argélia', ar: 'الجزائر' },
  { code: 'EG', in: 'en Égypte', of: "d'Égypte", en: 'Egypt', pt: 'no Egito', ar: 'مصر' },
  { code: 'GH', in: 'au Ghana', of: 'du Ghana', en: 'Ghana', pt: 'no Gana', ar: 'غانا' },
  {
    code: 'NG',
    in: 'au Nigeria',
    of: 'du Nigeria',
    en: 'Nigeria',
    pt: 'na Nigéria',
    ar: 'نيجيريا',
  },
  {
    code: 'CV',
    in: 'au Cap-Vert',
    of: 'du Cap-Vert',
    en: 'Cabo Verde',
    pt: 'em Cabo Verde',
    ar: 'الرأس الأخضر',
  },
  { code: 'AO', in: 'en Angola', of: "d'Angola", en: 'Angola', pt: 'em Angola', ar: 'أنغولا' },
] as const;
type Mention = (typeof MENTIONS)[number];

const RESIDENCES = ['FR', 'BE', 'IT', 'ES', 'DE', 'GB', 'PT', 'NL', 'CH', 'CA'] as const;
const SECTORS: readonly SectorCode[] = [
  'agriculture_agrifood',
  'digital_tech',
  'renewable_energy',
  'health',
  'education',
  'commerce_retail',
  'manufacturing',
  'construction_real_estate',
  'transport_logistics',
  'water_sanitation',
  'business_services',
  'tourism_hospitality',
];

interface Draw {
  readonly place: Place;
  /** Two judged countries, for the description. */
  readonly m: readonly [Mention, Mention];
  readonly variant: number;
}

interface Family {
  readonly name: string;
  readonly count: number;
  readonly category: CategoryCode;
  readonly stages?: readonly StageCode[];
  readonly org: readonly DistractorOrg[];
  /** Judged countries this family's descriptions must not name (see the judged queries). */
  readonly avoid?: readonly string[];
  readonly format?: Spec['format'];
  readonly text: (d: Draw) => Partial<Record<'fr' | 'en' | 'pt' | 'ar', Text>>;
}

const FAMILIES: readonly Family[] = [
  {
    name: 'grant',
    count: 10,
    category: 'grant',
    stages: ['idea', 'creation'],
    org: ['fondationEntreprendre', 'growthFund'],
    text: ({ place: p, m: [a, b], variant }) =>
      variant % 2 === 0
        ? {
            fr: [
              `${['Prime à la création d’activité', 'Dotation pour les projets à impact', 'Aide à fonds perdu pour les jeunes pousses'][variant % 3]} ${p.in}`,
              `Une aide non remboursable pour les entrepreneurs de la diaspora qui créent une entreprise ${p.in}.`,
              `La dotation finance l'équipement, le fonds de roulement et l'accompagnement des six premiers mois. Les candidats présentent un projet d'entreprise viable ; un jury d'entrepreneurs et de financeurs sélectionne les lauréats. Les projets portés par des femmes et par des jeunes de la diaspora sont prioritaires. Le programme s'inspire de dispositifs lancés ${a.in} et ${b.in}, où des centaines d'entreprises ont été financées.`,
            ],
          }
        : {
            en: [
              `${['Start-up award for founders in', 'Impact prize for small businesses in', 'Innovation award for diaspora-led companies in'][variant % 3]} ${p.en}`,
              `A non-repayable award for diaspora entrepreneurs starting a company in ${p.en}.`,
              `The award pays for equipment, working capital and six months of support. Applicants present a viable business project; a jury of entrepreneurs and funders picks the winners. Projects led by women and young people from the diaspora come first. The scheme follows programmes in ${a.en} and ${b.en}, where hundreds of businesses were funded.`,
            ],
          },
  },
  {
    name: 'loan',
    count: 12,
    category: 'loan',
    stages: ['creation', 'early'],
    org: ['banqueSolidaire', 'microSahel', 'tanmiya'],
    text: ({ place: p, m: [a, b], variant }) =>
      variant % 3 === 0
        ? {
            fr: [
              `${['Prêt de démarrage pour les commerçants', 'Prêt d’équipement pour les artisans', 'Prêt de croissance pour les PME', 'Prêt de campagne pour les producteurs'][variant % 4]} ${p.of}`,
              `Un crédit remboursable sur trois ans, sans apport minimum, pour lancer ou équiper votre activité ${p.in}.`,
              `Le prêt finance le matériel, le stock et le fonds de roulement. Un conseiller vous aide à monter le dossier de financement et suit votre entreprise pendant toute la durée du remboursement. Les entrepreneurs de la diaspora qui s'installent ${p.in} peuvent déposer leur demande depuis l'Europe ; nos agences ${a.in} et ${b.in} instruisent aussi les dossiers.`,
            ],
          }
        : variant % 3 === 1
          ? {
              en: [
                `${['Start-up loans for traders in', 'Equipment loans for small businesses in', 'Working capital loans for SMEs in'][variant % 3]} ${p.en}`,
                `Loans repayable over three years, with no minimum contribution, to launch or equip your business in ${p.en}.`,
                `The loan pays for equipment, stock and working capital. An adviser helps you prepare the application and follows your company until the last repayment. Diaspora entrepreneurs settling in ${p.en} can apply from Europe; our branches in ${a.en} and ${b.en} also handle applications.`,
              ],
            }
          : {
              ar: [
                `قرض تجهيز للحرفيين في ${p.ar}`,
                `قرض يسدد على ثلاث سنوات لتجهيز الورشات وشراء المواد الأولية`,
                `يمول القرض المعدات ورأس المال العامل، ويرافق مستشار المقاول طوال فترة السداد. يمكن لأفراد الجالية تقديم الطلب من أوروبا، كما تستقبل وكالاتنا في ${a.ar} وفي ${b.ar} الملفات.`,
              ],
              fr: [
                `Prêt d'équipement pour les artisans ${p.of}`,
                `Un crédit sur trois ans pour équiper votre atelier ${p.in}.`,
                `Le prêt finance les machines et les matières premières ; un conseiller suit l'entreprise pendant le remboursement. Dossiers reçus aussi par nos agences ${a.in} et ${b.in}.`,
              ],
            },
  },
  {
    name: 'equity',
    count: 9,
    category: 'equity',
    stages: ['growth', 'established'],
    org: ['afriCapital', 'growthFund', 'lusoInvest'],
    text: ({ place: p, m: [a, b], variant }) =>
      variant % 3 === 2
        ? {
            pt: [
              `Participações em PME em crescimento ${p.pt}`,
              `Investimentos de 100 000 a 1 milhão de euros em capitais próprios.`,
              `O fundo entra com participações minoritárias e acompanha a gestão na estratégia e na governação. Um terço da carteira são empresas fundadas por membros da diáspora, com participações também ${a.pt} e ${b.pt}.`,
            ],
          }
        : {
            fr: [
              `${['Prise de participation dans les PME en croissance', 'Fonds de capitaux propres pour les entreprises familiales'][variant % 2]} ${p.of}`,
              `Des tickets de 100 000 à 1 million d'euros en fonds propres et quasi-fonds propres.`,
              `Le fonds entre au capital avec une participation minoritaire et accompagne les dirigeants sur la stratégie, la gouvernance et la préparation du tour suivant. Les entreprises fondées par des membres de la diaspora représentent un tiers du portefeuille, qui compte aussi des participations ${a.in} et ${b.in}.`,
            ],
            en: [
              `${['Equity for growing companies in', 'Growth equity for family firms in'][variant % 2]} ${p.en}`,
              `Tickets of €100,000 to €1 million in equity and quasi-equity.`,
              `The fund takes minority stakes and supports management on strategy, governance and the next round. Companies founded by members of the diaspora make up a third of the portfolio, which also holds stakes in ${a.en} and ${b.en}.`,
            ],
          },
  },
  {
    name: 'training',
    count: 14,
    category: 'training',
    org: ['institutFormation', 'ecoleGestion', 'empreender', 'ruwwad'],
    format: 'hybrid',
    text: ({ place: p, m: [a, b], variant }) =>
      [
        {
          fr: [
            `Formation à la gestion d'entreprise ${p.in}`,
            `Douze sessions pour maîtriser la comptabilité, la vente et le recrutement.`,
            `La formation alterne cours en ligne et ateliers pratiques, avec un accompagnement individuel pour finaliser votre projet d'entreprise. Elle s'adresse aux entrepreneurs de la diaspora qui préparent une installation ${p.in}, comme à ceux qui travaillent déjà avec des partenaires ${a.in} ou ${b.in}.`,
          ] as Text,
        },
        {
          en: [
            `Management training for entrepreneurs in ${p.en}`,
            `Twelve sessions on bookkeeping, sales and hiring.`,
            `The course mixes online classes and practical workshops, with one-to-one support to finish your business project. It is open to diaspora entrepreneurs preparing to settle in ${p.en} and to those already working with partners in ${a.en} or ${b.en}.`,
          ] as Text,
        },
        {
          pt: [
            `Formação em gestão para empreendedores ${p.pt}`,
            `Doze sessões sobre contabilidade, vendas e recrutamento.`,
            `Com acompanhamento individual para finalizar o plano de negócios. Destinado a empreendedores da diáspora que preparam a instalação ${p.pt} ou que já trabalham com parceiros ${a.pt} e ${b.pt}.`,
          ] as Text,
        },
        {
          ar: [
            `تدريب على إدارة المشاريع في ${p.ar}`,
            `اثنتا عشرة حصة حول المحاسبة والمبيعات والتوظيف`,
            `مع مرافقة فردية لإعداد خطة العمل. موجه لرواد الأعمال من الجالية الذين يستعدون للاستقرار في ${p.ar} أو يعملون مع شركاء في ${a.ar} وفي ${b.ar}.`,
          ] as Text,
        },
        {
          fr: [
            `Formation commerciale pour les porteurs de projet ${p.of}`,
            `Cinq modules sur la prospection, la négociation et la fidélisation.`,
            `Chaque module combine une classe virtuelle et un exercice sur votre propre marché. Les formateurs sont des entrepreneurs de la diaspora qui ont créé leur entreprise ${a.in} ou ${b.in}.`,
          ] as Text,
        },
      ][variant % 5],
  },
  {
    name: 'mentoring',
    count: 9,
    category: 'mentoring',
    org: ['fondationEntreprendre', 'womenNetwork', 'empreender'],
    format: 'online',
    text: ({ place: p, m: [a, b], variant }) =>
      [
        {
          fr: [
            `Mentorat pour les dirigeants de PME ${p.of}`,
            `Un an de suivi par un chef d'entreprise expérimenté de la diaspora.`,
            `Les rencontres mensuelles portent sur la stratégie, le financement et le recrutement. Le réseau compte des mentors installés en France, en Belgique, ${a.in} et ${b.in}.`,
          ] as Text,
        },
        {
          en: [
            `Mentoring circles for founders in ${p.en}`,
            `A year of monthly circles led by experienced diaspora executives.`,
            `Circles cover strategy, funding and hiring. Our mentors live in Europe, ${a.en} and ${b.en}.`,
          ] as Text,
        },
        {
          pt: [
            `Programa de coaching para empreendedores ${p.pt}`,
            `Um ano de sessões mensais com empresários experientes da diáspora.`,
            `As sessões tratam de estratégia, financiamento e recrutamento. Os coaches vivem na Europa, ${a.pt} e ${b.pt}.`,
          ] as Text,
        },
      ][variant % 3],
  },
  {
    name: 'acceleration',
    count: 9,
    category: 'acceleration',
    stages: ['early', 'growth'],
    org: ['accelAfrique', 'eastAfrica'],
    text: ({ place: p, m: [a, b], variant }) =>
      variant % 2 === 0
        ? {
            fr: [
              `${['Programme d’accélération pour les PME', 'Accélérateur des startups'][variant % 4 === 0 ? 0 : 1]} ${p.of}`,
              `Six mois de coaching intensif, d'accès aux marchés et de préparation à l'investissement.`,
              `Les startups sélectionnées rencontrent des investisseurs, des grands comptes et des experts du numérique. Le programme accueille en priorité les fondateurs de la diaspora et s'appuie sur les écosystèmes ${a.of} et ${b.of}.`,
            ],
          }
        : {
            en: [
              `Growth accelerator for startups in ${p.en}`,
              `Six months of intensive coaching, market access and investment readiness.`,
              `Selected startups meet investors, corporate buyers and technical experts. Diaspora founders come first, and the programme draws on the ecosystems of ${a.en} and ${b.en}.`,
            ],
          },
  },
  {
    name: 'networking',
    count: 8,
    category: 'networking',
    org: ['clubAffaires', 'ruwwad'],
    format: 'in_person',
    text: ({ place: p, m: [a, b], variant }) =>
      variant % 2 === 0
        ? {
            fr: [
              `${['Rencontres d’affaires de la diaspora', 'Club des entrepreneurs'][variant % 4 === 0 ? 0 : 1]} ${p.of}`,
              `Chaque trimestre, une soirée pour rencontrer entrepreneurs, investisseurs et institutions.`,
              `Les soirées ont lieu à Paris, Bruxelles ou Lyon. Les échanges portent sur les opportunités d'affaires ${p.in}, mais aussi ${a.in} et ${b.in}, avec des représentants des agences de promotion des investissements.`,
            ],
          }
        : {
            en: [
              `Business meetups for the ${p.en} diaspora`,
              `Every quarter, an evening to meet entrepreneurs, investors and institutions.`,
              `Meetups take place in London, Paris or Brussels. Talks cover business opportunities in ${p.en} as well as in ${a.en} and ${b.en}, with speakers from investment promotion agencies.`,
            ],
          },
  },
  {
    name: 'information',
    count: 10,
    category: 'information',
    org: ['observatoire', 'investDesk', 'ruwwad'],
    text: ({ place: p, m: [a, b], variant }) =>
      [
        {
          fr: [
            `Guide pratique : entreprendre ${p.in}`,
            `Les démarches, les aides et les contacts utiles, mis à jour chaque trimestre.`,
            `Ce guide gratuit réunit les démarches de création d'entreprise, les sources de financement, les dispositifs de formation et les structures d'accompagnement ${p.in}. Chaque fiche compare la situation locale avec celle ${a.of} et ${b.of} : délais, coûts, fiscalité, financement bancaire et financement public. Rédigé avec des entrepreneurs de la diaspora, il existe en français et en anglais.`,
          ] as Text,
        },
        {
          en: [
            `Practical guide to starting a business in ${p.en}`,
            `Procedures, support schemes and useful contacts, updated every quarter.`,
            `This free guide brings together company registration steps, sources of funding, training schemes and support organisations in ${p.en}. Each chapter compares the local situation with ${a.en} and ${b.en}: delays, costs, tax, bank finance and public funding. Written with diaspora entrepreneurs.`,
          ] as Text,
        },
        {
          ar: [
            `دليل عملي لإنشاء مشروع في ${p.ar}`,
            `الإجراءات والمساعدات والعناوين المفيدة، يحدث كل ثلاثة أشهر`,
            `يجمع الدليل خطوات تأسيس الشركة ومصادر التمويل وبرامج التكوين وهيئات المرافقة في ${p.ar}، ويقارنها بما هو متاح في ${a.ar} وفي ${b.ar}.`,
          ] as Text,
          fr: [
            `Fiches pratiques pour s'installer ${p.in}`,
            `Les démarches et les contacts utiles, en français et en arabe.`,
            `Création d'entreprise, financement, formation et accompagnement ${p.in}, comparés avec la situation ${a.of} et ${b.of}.`,
          ] as Text,
        },
      ][variant % 3],
  },
  {
    name: 'market',
    count: 9,
    category: 'market_access',
    org: ['conseilExport', 'clubAffaires', 'empreender'],
    // "export Ghana" expects the words close only in ghanaMarketAccess.
    avoid: ['GH'],
    text: ({ place: p, m: [a, b], variant }) =>
      [
        {
          fr: [
            `Accès aux marchés européens pour les producteurs ${p.of}`,
            `Mise aux normes, étiquetage et rendez-vous avec des importateurs.`,
            `Diagnostic, certification et rencontres avec des acheteurs à Paris, Rotterdam et Hambourg. Les produits phares sont le karité, l'anacarde, le sésame et les fruits séchés. Des entreprises ${a.of} et ${b.of} ont déjà rejoint le programme.`,
          ] as Text,
        },
        {
          en: [
            `Market access programme for producers in ${p.en}`,
            `Standards, labelling and meetings with importers.`,
            `Diagnostics, certification and buyer meetings in London, Rotterdam and Hamburg. Flagship products are cashew, sesame and dried fruit. Companies from ${a.en} and ${b.en} have already joined.`,
          ] as Text,
        },
        {
          pt: [
            `Acesso a mercados europeus para produtores ${p.pt}`,
            `Certificação, rotulagem e encontros com importadores.`,
            `Diagnóstico, certificação e reuniões com compradores em Lisboa, Roterdão e Hamburgo. Empresas ${a.pt} e ${b.pt} já participaram.`,
          ] as Text,
        },
      ][variant % 3],
  },
  {
    name: 'return',
    count: 8,
    category: 'return_reintegration',
    org: ['agenceRetour'],
    format: 'hybrid',
    text: ({ place: p, m: [a, b], variant }) =>
      [
        {
          fr: [
            `Aide à la réinstallation et à la création d'activité ${p.in}`,
            `Un conseiller avant le départ et un an de suivi sur place.`,
            `Le conseiller prépare avec vous le projet, puis vous accompagne sur place : formation courte, aide au démarrage et mise en relation avec les institutions de financement. Le dispositif existe aussi pour les personnes qui rentrent ${a.in} ou ${b.in}.`,
          ] as Text,
        },
        {
          en: [
            `Reintegration support for people going back to ${p.en}`,
            `An adviser before departure and a year of follow-up on the ground.`,
            `The adviser prepares your project with you, then supports you locally: a short course, start-up help and introductions to funders. The scheme also runs for people going back to ${a.en} or ${b.en}.`,
          ] as Text,
        },
        {
          pt: [
            `Apoio à reinstalação e criação de empresa ${p.pt}`,
            `Um conselheiro antes da partida e um ano de acompanhamento no local.`,
            `O conselheiro prepara o projeto consigo e acompanha-o no local: formação curta, ajuda ao arranque e ligação a financiadores. O programa existe também para quem volta ${a.pt} ou ${b.pt}.`,
          ] as Text,
        },
      ][variant % 3],
  },
  {
    name: 'legal',
    count: 7,
    category: 'legal',
    org: ['juristes'],
    format: 'online',
    text: ({ place: p, m: [a, b], variant }) =>
      variant % 2 === 0
        ? {
            fr: [
              `Assistance aux formalités de création de société ${p.in}`,
              `Statuts, immatriculation et compte bancaire, à distance.`,
              `Nos juristes rédigent les statuts, gèrent l'immatriculation et ouvrent le compte bancaire de votre société. Le service couvre aussi la fiscalité, le droit du travail et les autorisations sectorielles. Nous intervenons également pour des créations ${a.in} et ${b.in}.`,
            ],
          }
        : {
            en: [
              `Company set-up and compliance services in ${p.en}`,
              `Articles, registration and a bank account, handled remotely.`,
              `Our lawyers draft your articles, register the company and open its bank account. The service also covers tax, employment law and sector licences. We also work on company set-ups in ${a.en} and ${b.en}.`,
            ],
          },
  },
  {
    name: 'facilitation',
    count: 7,
    category: 'investment_facilitation',
    org: ['investDesk'],
    text: ({ place: p, m: [a, b], variant }) =>
      variant % 2 === 0
        ? {
            fr: [
              `Guichet des investisseurs de la diaspora ${p.in}`,
              `Un interlocuteur unique pour les zones économiques, les incitations et les partenaires.`,
              `Le guichet oriente les investisseurs de la diaspora vers les zones économiques, les incitations fiscales et les partenaires locaux. Il organise des missions de prospection et suit les projets jusqu'à l'ouverture. Des accords similaires existent avec les agences de promotion ${a.of} et ${b.of}.`,
            ],
          }
        : {
            en: [
              `Diaspora investor desk for ${p.en}`,
              `One contact for economic zones, incentives and local partners.`,
              `The desk guides diaspora investors to economic zones, tax incentives and local partners, runs scouting missions and follows projects until they open. Similar agreements exist with the promotion agencies of ${a.en} and ${b.en}.`,
            ],
          },
  },
];

function pickDistinct<T>(rng: () => number, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length)
    out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
  return out;
}

/** The generated distractors, the same on every run (seeded). */
function generatedSpecs(): Array<{ key: string; spec: Spec }> {
  const rng = seeded(20260601);
  const out: Array<{ key: string; spec: Spec }> = [];
  for (const family of FAMILIES) {
    for (let variant = 0; variant < family.count; variant++) {
      const place = PLACES[Math.floor(rng() * PLACES.length)];
      const mentions = MENTIONS.filter((m) => !family.avoid?.includes(m.code));
      const [a, b] = pickDistinct(rng, mentions, 2);
      const text = family.text({ place, m: [a, b], variant });
      const spec: Spec = {
        org: family.org[variant % family.org.length],
        quality: 68 + Math.floor(rng() * 32),
        publishedDaysAgo: 1 + Math.floor(rng() * 90),
        category: family.category,
        sectors: pickDistinct(rng, SECTORS, 1 + Math.floor(rng() * 2)),
        stages: family.stages ? [...family.stages] : undefined,
        residence: pickDistinct(rng, RESIDENCES, 1 + Math.floor(rng() * 3)),
        targets: [place.code],
        format: family.format,
        ...text,
      };
      out.push({ key: `generated-${family.name}-${variant + 1}`, spec });
    }
  }
  return out;
}

const organisationKeys = Object.keys(DISTRACTOR_ORGANISATIONS) as DistractorOrg[];
const document = (key: string, id: string, spec: Spec) =>
  offerDocument(
    key,
    id,
    spec,
    DISTRACTOR_ORGANISATIONS[spec.org],
    organisationId(1000 + organisationKeys.indexOf(spec.org)),
  );

/** The distractors as search documents, in a stable order: hand-written, then generated. */
export function distractorDocuments(): SearchDocument[] {
  const hand = HAND_WRITTEN_KEYS.map((key) => document(key, D[key], HAND_WRITTEN[key] as Spec));
  const generated = generatedSpecs().map(({ key, spec }, i) =>
    document(key, offerId(2001 + i), spec),
  );
  return [...hand, ...generated];
}

/** What the relevance suite indexes: the judged offers, then the distractors. */
export function suiteDocuments(): SearchDocument[] {
  return [...relevanceDocuments(), ...distractorDocuments()];
}
