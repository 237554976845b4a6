import type { SearchDocument, SearchLanguage } from '@app/search';
import { R, type OfferKey } from './relevance-catalogue';
import type { ExpectJudgement, Judgement, TopicJudgement } from './relevance-metrics';

/**
 * What a demanding person expects for each query over the relevance catalogue, written from
 * the offers' text and the product's ranking contract (PRODUCT.md, "Ranking"), never from
 * what an engine returns.
 */

/** Main cities, for judging a country topic: an offer in Dakar is about Senegal. */
const CITIES: Record<string, readonly string[]> = {
  SN: ['Dakar', 'Thiès', 'Saint-Louis', 'Ziguinchor'],
  CI: ['Abidjan', 'Bouaké', 'Yamoussoukro'],
  MA: ['Casablanca', 'Rabat', 'Marrakech', 'Tanger', 'Fès', 'الدار البيضاء', 'الرباط'],
  TN: ['Tunis', 'Sfax', 'Sousse'],
  CM: ['Douala', 'Yaoundé'],
  ML: ['Bamako', 'Kayes'],
  CV: ['Praia', 'Mindelo'],
  AO: ['Luanda'],
  DZ: ['Alger', 'Oran', 'Constantine'],
  EG: ['Le Caire', 'Cairo', 'Alexandrie', 'القاهرة'],
  NG: ['Lagos', 'Abuja'],
  GH: ['Accra', 'Kumasi'],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cityPatterns = Object.fromEntries(
  Object.entries(CITIES).map(([code, cities]) => [
    code,
    new RegExp(`(^|[^\\p{L}])(${cities.map(escape).join('|')})($|[^\\p{L}])`, 'iu'),
  ]),
);

/** Title and summary in every language: where an offer says what it is about. */
const headline = (d: SearchDocument) =>
  [
    d.title_fr,
    d.summary_fr,
    d.title_en,
    d.summary_en,
    d.title_pt,
    d.summary_pt,
    d.title_ar,
    d.summary_ar,
  ]
    .filter(Boolean)
    .join(' \n ');

const aboutCountry = (code: string): TopicJudgement['topic'] => ({
  name: `about ${code}: targets or residence ${code}, or one of its cities in title/summary`,
  test: (d) =>
    d.targetCountries.includes(code) ||
    d.residenceCountries.includes(code) ||
    (cityPatterns[code]?.test(headline(d)) ?? false),
});

const inCategory = (...codes: string[]): TopicJudgement['topic'] => ({
  name: `category ${codes.join(' or ')}`,
  test: (d) => codes.some((c) => d.categoryCodes.includes(c)),
});

const expect = (
  q: string,
  lang: SearchLanguage,
  why: string,
  relevant: OfferKey[],
  best?: OfferKey,
): ExpectJudgement => ({
  kind: 'expect',
  q,
  lang,
  why,
  relevant: relevant.map((k) => R[k]),
  ...(best ? { best: R[best] } : {}),
});

const topic = (
  q: string,
  lang: SearchLanguage,
  why: string,
  about: TopicJudgement['topic'],
): TopicJudgement => ({ kind: 'topic', q, lang, why, topic: about });

const FINANCING = inCategory('financing');

export const JUDGED_QUERIES: readonly Judgement[] = [
  // ── The failures measured in issue 11 ──────────────────────────────────────
  expect(
    'incubator',
    'en',
    'the only title with the word beats a description repeating it',
    ['abidjanIncubator', 'incubateurIdf', 'incubadoraLisboa'],
    'abidjanIncubator',
  ),
  expect(
    'financiamento',
    'pt',
    'the Portuguese title word beats category labels and other languages',
    ['ptCrowdfunding'],
    'ptCrowdfunding',
  ),
  topic('financiamento', 'pt', 'the Portuguese category word finds financing', FINANCING),
  expect(
    'mentoria',
    'pt',
    'the exact title word beats a stem in a title and the word repeated in a description',
    ['angolaMentoring', 'ptMentoringCV'],
    'angolaMentoring',
  ),
  expect(
    'المغرب',
    'ar',
    'the Arabic title naming Morocco comes first, then the other Morocco offers',
    [
      'arMorocco',
      'casablancaAgritech',
      'moroccoInvest',
      'moroccoGuarantee',
      'arExportTraining',
      'maghrebWebinars',
    ],
    'arMorocco',
  ),
  topic('المغرب', 'ar', 'Morocco in Arabic script', aboutCountry('MA')),
  expect(
    'cote d ivoire',
    'fr',
    'the title naming the country (no accents typed) beats a description repeating it',
    ['pretHonneurCI', 'ivoryCoastExport', 'abidjanLegal', 'abidjanIncubator'],
    'pretHonneurCI',
  ),
  expect(
    'pret honneur',
    'fr',
    'both words in the title, accents missing',
    ['pretHonneurCI', 'mentoratFr'],
    'pretHonneurCI',
  ),
  expect('Sénégal', 'fr', 'the country finds the offers naming it or its capital', [
    'senegalSeedGrant',
    'senegalAgrifoodLoan',
    'senegalReturn',
    'senegalNetworking',
    'dakarIncubator',
    'dakarFashion',
  ]),
  topic('Sénégal', 'fr', 'a country name in French', aboutCountry('SN')),
  topic('تمويل', 'ar', 'the Arabic category word finds financing', FINANCING),

  // ── Country names in three scripts ─────────────────────────────────────────
  expect('senegal', 'fr', 'accent missing', [
    'senegalSeedGrant',
    'senegalAgrifoodLoan',
    'senegalReturn',
    'senegalNetworking',
    'dakarIncubator',
    'dakarFashion',
  ]),
  topic('Senegal', 'en', 'a country name in English', aboutCountry('SN')),
  topic('السنغال', 'ar', 'a country name in Arabic', aboutCountry('SN')),
  topic('Sengal', 'fr', 'one typo in a six-letter country name', aboutCountry('SN')),
  topic("Côte d'Ivoire", 'fr', 'a country name with an apostrophe', aboutCountry('CI')),
  expect(
    'Ivory Coast',
    'en',
    'the English name in a title first, then titles naming the country or Abidjan',
    ['ivoryCoastExport', 'pretHonneurCI', 'abidjanLegal', 'abidjanIncubator'],
    'ivoryCoastExport',
  ),
  topic('Ivory Coast', 'en', 'a country alias in English', aboutCountry('CI')),
  topic('Costa do Marfim', 'pt', 'a country name in Portuguese', aboutCountry('CI')),
  topic('ساحل العاج', 'ar', 'a country name in Arabic', aboutCountry('CI')),
  expect(
    'Maroc',
    'fr',
    'the title with the exact name first, then Morocco in other scripts and Casablanca',
    ['moroccoInvest', 'moroccoGuarantee', 'arMorocco', 'casablancaAgritech'],
    'moroccoInvest',
  ),
  expect(
    'Morocco',
    'en',
    'the English title first',
    ['moroccoInvest', 'moroccoGuarantee', 'arMorocco', 'casablancaAgritech'],
    'moroccoInvest',
  ),
  topic('Marrocos', 'pt', 'a country name in Portuguese', aboutCountry('MA')),
  expect(
    'Cap-Vert',
    'fr',
    'the French name, hyphenated',
    ['caboVerdeReturn', 'caboVerdeGrant', 'praiaTourism'],
    'caboVerdeReturn',
  ),
  expect(
    'Cabo Verde',
    'pt',
    'the Portuguese name; Praia belongs to it',
    ['caboVerdeReturn', 'caboVerdeGrant', 'praiaTourism', 'ptMentoringCV'],
    'caboVerdeReturn',
  ),
  topic('Cape Verde', 'en', 'a country name in English', aboutCountry('CV')),
  topic('الرأس الأخضر', 'ar', 'a country name in Arabic', aboutCountry('CV')),
  topic('Tunisie', 'fr', 'a country name in French', aboutCountry('TN')),
  topic('Tunisia', 'en', 'a country name in English', aboutCountry('TN')),
  expect('تونس', 'ar', 'Tunisia (and Tunis) in Arabic', [
    'arTunisiaLoans',
    'arTunisIncubator',
    'tunisStartupAct',
  ]),
  expect('Cameroun', 'fr', 'titles naming the country, and Douala', [
    'cameroonCrowdfunding',
    'cameroonTraining',
    'jeunesAgriculteurs',
    'doualaAccelerator',
    'returnGermany',
  ]),
  topic('Cameroon', 'en', 'a country name in English', aboutCountry('CM')),
  topic('Camerun', 'fr', 'one typo in a country name', aboutCountry('CM')),
  expect(
    'Angola',
    'pt',
    'the exact name in a title first; Luanda belongs to it',
    ['angolaTraining', 'angolaMentoring', 'luandaEquity', 'angolaExport'],
    'angolaTraining',
  ),
  topic('أنغولا', 'ar', 'a country name in Arabic', aboutCountry('AO')),
  expect(
    'Algérie',
    'fr',
    'the exact name in a title first',
    ['arAlgeriaMicro', 'arAlgeriaReturn', 'algeriaAccelerator'],
    'arAlgeriaMicro',
  ),
  topic('algerie', 'fr', 'accent missing', aboutCountry('DZ')),
  expect('الجزائر', 'ar', 'Algeria in Arabic titles', [
    'arAlgeriaMicro',
    'arAlgeriaReturn',
    'algeriaAccelerator',
  ]),
  topic('Egypte', 'fr', 'accent missing', aboutCountry('EG')),
  topic('مصر', 'ar', 'a country name in Arabic', aboutCountry('EG')),
  expect(
    'Mali',
    'fr',
    'the exact name in a title first; Bamako belongs to it',
    ['maliReturn', 'maliDiasporaInvest', 'bamakoMicrocredit'],
    'maliReturn',
  ),
  topic('Nigeria', 'en', 'a country name in English', aboutCountry('NG')),
  topic('Ghana', 'en', 'a country name in English', aboutCountry('GH')),

  // ── Cities ─────────────────────────────────────────────────────────────────
  expect('Dakar', 'fr', 'the city in titles', ['dakarIncubator', 'dakarFashion']),
  expect('Abidjan', 'fr', 'the city in titles', ['abidjanIncubator', 'abidjanLegal']),
  expect('Casablanca', 'fr', 'the city in a title', ['casablancaAgritech'], 'casablancaAgritech'),
  expect(
    'الدار البيضاء',
    'ar',
    'Casablanca in Arabic: the title beats a description',
    ['casablancaAgritech', 'arMorocco'],
    'casablancaAgritech',
  ),
  expect('Douala', 'fr', 'the city in a title', ['doualaAccelerator'], 'doualaAccelerator'),
  expect(
    'Bamako',
    'fr',
    'the city in a title beats the city in a description',
    ['bamakoMicrocredit', 'maliReturn'],
    'bamakoMicrocredit',
  ),
  expect(
    'Tunis',
    'fr',
    'the exact city beats the prefix of Tunisie',
    ['tunisStartupAct'],
    'tunisStartupAct',
  ),
  expect('Praia', 'pt', 'the city in a title', ['praiaTourism'], 'praiaTourism'),
  expect('Luanda', 'pt', 'the city in a title', ['luandaEquity'], 'luandaEquity'),
  expect(
    'Lagos',
    'en',
    'the city in a title beats a description',
    ['lagosAccelerator', 'mentoringUk'],
    'lagosAccelerator',
  ),

  // ── Category words in every language ───────────────────────────────────────
  topic('financement', 'fr', 'the French category word', FINANCING),
  topic('financing', 'en', 'the English category word', FINANCING),
  topic('finacement', 'fr', 'one typo in a ten-letter word', FINANCING),
  topic('finnancemant', 'fr', 'two typos in a twelve-letter word', FINANCING),
  topic('formation', 'fr', 'training in French', inCategory('training')),
  topic('training', 'en', 'training in English', inCategory('training')),
  topic('formação', 'pt', 'training in Portuguese', inCategory('training')),
  topic('formacao', 'pt', 'training in Portuguese, accents missing', inCategory('training')),
  topic('تدريب', 'ar', 'training in Arabic, without the article', inCategory('training')),
  topic('formaton', 'fr', 'one typo in an eight-letter word', inCategory('training')),
  topic('mentorat', 'fr', 'mentoring in French', inCategory('mentoring')),
  topic('mentoring', 'en', 'mentoring in English', inCategory('mentoring')),
  topic('إرشاد', 'ar', 'mentoring in Arabic, without the article', inCategory('mentoring')),
  topic('incubation', 'fr', 'incubation in French and English', inCategory('incubation')),
  topic('incubação', 'pt', 'incubation in Portuguese', inCategory('incubation')),
  topic('احتضان', 'ar', 'incubation in Arabic, without the article', inCategory('incubation')),
  topic('accélération', 'fr', 'acceleration in French', inCategory('acceleration')),
  topic('acceleration', 'en', 'acceleration in English', inCategory('acceleration')),
  topic('تسريع', 'ar', 'acceleration in Arabic, without the article', inCategory('acceleration')),
  topic('juridique', 'fr', 'legal support in French', inCategory('legal')),
  topic('legal', 'en', 'legal support in English', inCategory('legal')),
  topic('export', 'fr', 'market access in French', inCategory('market_access')),
  topic('exportação', 'pt', 'market access in Portuguese', inCategory('market_access')),
  topic('réseautage', 'fr', 'networking in French', inCategory('networking')),
  topic('networking', 'en', 'networking in English', inCategory('networking')),
  topic('retour', 'fr', 'return in French', inCategory('return_reintegration')),
  topic('return', 'en', 'return in English', inCategory('return_reintegration')),
  topic('regresso', 'pt', 'return in Portuguese', inCategory('return_reintegration')),
  topic('العودة', 'ar', 'return in Arabic', inCategory('return_reintegration')),
  topic('subvention', 'fr', 'grants in French', inCategory('grant')),
  topic('grant', 'en', 'grants in English', inCategory('grant')),
  topic('subvenção', 'pt', 'grants in Portuguese', inCategory('grant')),
  topic('منحة', 'ar', 'grants in Arabic', inCategory('grant')),
  topic('subvension', 'fr', 'one typo in a ten-letter word', inCategory('grant')),
  topic('prêt', 'fr', 'loans in French', inCategory('loan')),
  topic('prêts', 'fr', 'loans in French, plural', inCategory('loan')),
  topic('loan', 'en', 'loans in English', inCategory('loan')),
  topic('loans', 'en', 'loans in English, plural', inCategory('loan')),
  topic('empréstimo', 'pt', 'loans in Portuguese', inCategory('loan')),
  topic('قرض', 'ar', 'loans in Arabic', inCategory('loan')),
  topic('garantie', 'fr', 'guarantees in French', inCategory('guarantee')),
  topic('guarantee', 'en', 'guarantees in English', inCategory('guarantee')),
  topic('crowdfunding', 'en', 'crowdfunding in English', inCategory('crowdfunding')),
  topic('equity', 'en', 'equity in English', inCategory('equity')),
  topic(
    'investissement',
    'fr',
    'investment facilitation in French',
    inCategory('investment_facilitation'),
  ),
  topic(
    'investisment',
    'fr',
    'two typos in a fourteen-letter word',
    inCategory('investment_facilitation'),
  ),
  topic(
    'investment',
    'en',
    'investment in English (facilitation and equity labels)',
    inCategory('investment_facilitation', 'equity'),
  ),
  topic('information', 'fr', 'information in French and English', inCategory('information')),
  expect(
    'financement participatif',
    'fr',
    'the category phrase in a title first, then the crowdfunding offers',
    ['cameroonCrowdfunding', 'ptCrowdfunding', 'ghanaCrowdfunding', 'arEgyptCrowdfunding'],
    'cameroonCrowdfunding',
  ),
  expect(
    'التمويل الجماعي',
    'ar',
    'the Arabic category phrase in a title first',
    ['arEgyptCrowdfunding', 'cameroonCrowdfunding', 'ptCrowdfunding', 'ghanaCrowdfunding'],
    'arEgyptCrowdfunding',
  ),

  // ── Typos ──────────────────────────────────────────────────────────────────
  expect(
    'Casablnca',
    'fr',
    'one typo in a ten-letter city',
    ['casablancaAgritech'],
    'casablancaAgritech',
  ),
  expect(
    'agroalimentere',
    'fr',
    'two typos in a long word: the title beats sector labels',
    ['senegalAgrifoodLoan'],
    'senegalAgrifoodLoan',
  ),
  expect('Marocco', 'en', 'one typo in a seven-letter country', ['moroccoInvest'], 'moroccoInvest'),
  expect('Abidjn', 'fr', 'one typo in a six-letter city', ['abidjanIncubator', 'abidjanLegal']),
  expect(
    'crowfunding',
    'en',
    'one typo: the title beats the category label',
    ['ghanaCrowdfunding', 'cameroonCrowdfunding', 'ptCrowdfunding', 'arEgyptCrowdfunding'],
    'ghanaCrowdfunding',
  ),
  expect(
    'acompagnement juridique',
    'fr',
    'one typo; both words in a title beat the same words in the category label',
    ['abidjanLegal'],
    'abidjanLegal',
  ),

  // ── Accents missing or added ───────────────────────────────────────────────
  expect('reseautage', 'fr', 'accent missing', ['brusselsNetworking'], 'brusselsNetworking'),
  expect(
    'créateurs étude de marché',
    'fr',
    'accents added to a title written without them',
    ['accentlessWorkshop'],
    'accentlessWorkshop',
  ),
  expect(
    'negócios sociais',
    'pt',
    'accent added to a title written without it',
    ['incubadoraLisboa'],
    'incubadoraLisboa',
  ),

  // ── Plurals ────────────────────────────────────────────────────────────────
  expect(
    'subventions',
    'fr',
    'the plural in a title first, then the singular titles',
    ['healthGrants', 'senegalSeedGrant', 'solarGrant'],
    'healthGrants',
  ),
  expect('incubateurs', 'fr', 'plural of a title word; a same-language stem also counts', [
    'incubateurIdf',
    'dakarIncubator',
  ]),
  expect(
    'femmes entrepreneures',
    'fr',
    'both plurals side by side in a title',
    ['womenLoanWestAfrica', 'womenAcceleration'],
    'womenLoanWestAfrica',
  ),

  // ── Title versus description ───────────────────────────────────────────────
  expect(
    'agritech',
    'fr',
    'once in a title beats five times in a description',
    ['casablancaAgritech', 'farmingGrant'],
    'casablancaAgritech',
  ),
  expect('cacao', 'fr', 'the title beats a description', ['cocoaAccelerator'], 'cocoaAccelerator'),
  expect(
    'business angels',
    'fr',
    'the phrase in a title beats it in a description',
    ['carthageAngels', 'diasporaAngels'],
    'carthageAngels',
  ),
  expect(
    'due diligence',
    'en',
    'the phrase in a title beats it in a description',
    ['nigeriaInvestDesk', 'carthageAngels'],
    'nigeriaInvestDesk',
  ),
  expect(
    'venture capital',
    'en',
    'both words in a title beat one of them',
    ['luandaEquity'],
    'luandaEquity',
  ),
  expect('bootcamp', 'en', 'a rare title word', ['digitalBootcamp'], 'digitalBootcamp'),
  expect('Startup Act', 'fr', 'a named scheme in a title', ['tunisStartupAct'], 'tunisStartupAct'),
  expect(
    'shea',
    'en',
    'the title beats a description',
    ['ghanaMarketAccess', 'ghanaCrowdfunding'],
    'ghanaMarketAccess',
  ),
  expect(
    'statut juridique',
    'fr',
    'both words in a title beat the category label',
    ['legalStatus'],
    'legalStatus',
  ),
  expect('santé communautaire', 'fr', 'a phrase in a title', ['healthGrants'], 'healthGrants'),
  expect(
    'fintech',
    'fr',
    'the title first, then the sector label',
    ['lagosAccelerator', 'carthageAngels', 'luandaEquity'],
    'lagosAccelerator',
  ),
  expect(
    'microcredit',
    'fr',
    'accent missing; the title beats a plural in a summary',
    ['bamakoMicrocredit', 'arAlgeriaMicro'],
    'bamakoMicrocredit',
  ),
  expect('solaire', 'fr', 'the word in two titles', ['thiesSolar', 'solarGrant']),
  expect('textile', 'fr', 'the title and its sector', ['dakarFashion'], 'dakarFashion'),
  expect(
    'تصدير',
    'ar',
    'an Arabic title word (with its article) beats the category label',
    ['arExportTraining'],
    'arExportTraining',
  ),

  // ── Several words: all of them, close together ─────────────────────────────
  expect(
    'startup incubator abidjan',
    'en',
    'three title words',
    ['abidjanIncubator'],
    'abidjanIncubator',
  ),
  expect(
    'financiamento colaborativo',
    'pt',
    'two Portuguese title words',
    ['ptCrowdfunding'],
    'ptCrowdfunding',
  ),
  expect(
    'retour Mali',
    'fr',
    'both words in one title beat them in different fields',
    ['maliReturn', 'returnItaly'],
    'maliReturn',
  ),
  expect(
    'jeunes agriculteurs',
    'fr',
    'words side by side beat the same words far apart',
    ['jeunesAgriculteurs', 'jeunesPousses'],
    'jeunesAgriculteurs',
  ),
  expect(
    'export Ghana',
    'en',
    'both words in one title',
    ['ghanaMarketAccess'],
    'ghanaMarketAccess',
  ),
  expect(
    'gestão financeira',
    'pt',
    'a Portuguese phrase in a title',
    ['angolaTraining'],
    'angolaTraining',
  ),
  expect(
    'accompagnement juridique Abidjan',
    'fr',
    'three words in one title',
    ['abidjanLegal'],
    'abidjanLegal',
  ),
  expect(
    'seed grant Senegal',
    'en',
    'three words in one title',
    ['senegalSeedGrant'],
    'senegalSeedGrant',
  ),
  expect(
    'returning founders',
    'en',
    'both words beat one of them',
    ['abidjanIncubator'],
    'abidjanIncubator',
  ),
  expect(
    'تمويل المشاريع الصغيرة',
    'ar',
    'an Arabic title phrase beats the words in a summary',
    ['arAlgeriaMicro'],
    'arAlgeriaMicro',
  ),
  expect('حاضنة أعمال', 'ar', 'an Arabic title phrase', ['arTunisIncubator'], 'arTunisIncubator'),
  expect('capital de risco', 'pt', 'a Portuguese title phrase', ['luandaEquity'], 'luandaEquity'),
  expect(
    'regresso Cabo Verde',
    'pt',
    'a country in the title and the return label',
    ['caboVerdeReturn'],
    'caboVerdeReturn',
  ),

  // ── Search as you type: the last word is a prefix ──────────────────────────
  topic('incub', 'fr', 'a prefix of incubation, incubateur, incubator', inCategory('incubation')),
  topic('mentor', 'fr', 'a prefix of mentorat, mentoring, mentoria', inCategory('mentoring')),
  topic('subv', 'fr', 'a prefix of subvention, subvenção', inCategory('grant')),
  expect('Casabl', 'fr', 'a prefix of a city', ['casablancaAgritech'], 'casablancaAgritech'),
  expect(
    'agrite',
    'fr',
    'a prefix: the title beats a description',
    ['casablancaAgritech', 'farmingGrant'],
    'casablancaAgritech',
  ),
  expect(
    'financiamento col',
    'pt',
    'the title beats the "Financiamento coletivo" label',
    ['ptCrowdfunding'],
    'ptCrowdfunding',
  ),
  expect("prêt d'hon", 'fr', 'a prefix after an apostrophe', ['pretHonneurCI'], 'pretHonneurCI'),
  expect('Abid', 'fr', 'a prefix of a city', ['abidjanIncubator', 'abidjanLegal']),
];
