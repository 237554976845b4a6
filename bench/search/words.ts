/**
 * Word lists of the synthetic catalogue, one per content language. Each list is ordered by
 * intended frequency: function words first (as in real text), then the vocabulary of
 * entrepreneurship support among made-up words that read like the language, then word
 * families (real stems × real suffixes) and more made-up words filling the long tail to a few
 * thousand words. `catalogue.ts` draws from them with a Zipf law, so a
 * word's position decides how many offers contain it: `entreprise`/`business` are in a large
 * share of offers (broad queries), `incubateur` in a few percent, tail words in a handful.
 */
import type { ContentLanguage } from '@app/catalogue';

/** Query words that must stay misspellings: the generator never emits them. */
export const TYPOS = new Set(['finacement', 'accompagnemnt']);

const split = (text: string) => text.trim().split(/\s+/u);

const FUNCTION_WORDS: Record<ContentLanguage, string[]> = {
  fr: split(`de la le et les des en du un une pour à dans par sur au aux avec qui que est sont
    ou leur leurs ce cette ces son sa ses plus pas ne se nous vous il elle ils être avoir entre
    sans sous chaque tout tous toutes afin dont lors selon après avant vers chez jusqu ainsi`),
  en: split(`the of and to in for a with on by is are or their this that these your you we it
    as at from be can who will which an has have its not more than all each our into after
    before during within about up so such other per`),
  pt: split(`de a o e os as do da dos das em no na nos nas um uma para com por pelo pela que
    se é são ou seu sua seus suas mais não ao aos à às este esta estes estas cada todo todos
    entre sem sobre após antes durante até também como`),
  ar: split(`في من على إلى عن مع أو و التي الذي هذا هذه ذلك تلك كل بين بعد قبل خلال حتى لا
    لم قد كما ثم أن إن عند لدى ضمن حول أي غير دون`),
};

const DOMAIN_WORDS: Record<ContentLanguage, string[]> = {
  fr: split(`entreprise projet accompagnement financement formation entrepreneurs programme création
    développement soutien diaspora porteurs jeunes activité appui candidats dossier
    sélection mois femmes marché réseau innovation économique local pays afrique accès
    conseil services coaching mentorat investissement subvention prêt crédit capital
    garantie transformation numérique technologie startup pme commerce export artisanat
    énergie solaire santé éducation tourisme transport logistique industrie textile mode
    eau assainissement services conseil expertise juridique administratif fiscal comptable
    gestion stratégie plan affaires étude faisabilité montage levée fonds investisseurs
    banque microfinance microcrédit épargne transfert retour réinsertion origine africain
    africaine ouest centrale territoire région ville rural urbain communauté association
    coopérative groupement filière chaîne valeur production producteurs récolte élevage
    pêche semences irrigation mécanisation stockage distribution vente clients emploi
    emplois recrutement compétences ateliers session sessions cours certificat diplôme
    bourse concours prix lauréats jury candidature éligibilité critères accélérateur
    conditions durée montant euros francs remboursement taux intérêt différé apport
    personnel partenaires partenariat institution agence public privé fondation chambre
    consulaire ambassade consulat ministère collectivité mairie événement forum salon
    rencontre webinaire réseautage visibilité communication marketing digital plateforme
    application mobile paiement fintech solution impact social solidaire durable
    environnement climat vert circulaire recyclage déchets inclusion genre égalité
    autonomisation leadership maturité croissance idée amorçage lancement structuration
    consolidation pérennité viabilité rentabilité chiffre bénéfices accélération dakar
    abidjan douala bamako casablanca tunis lomé cotonou ouagadougou conakry kinshasa
    yaoundé niamey nouakchott praia lyon paris marseille bruxelles montréal sénégal ivoire
    cameroun mali maroc tunisie togo bénin burkina guinée congo niger mauritanie madagascar
    agriculture agricole incubateur incubation agriculteurs agripreneurs incubés`),
  en: split(`business support entrepreneurs programme funding training startup company development
    diaspora small young women market network innovation investment access services advice
    projects growth sector local skills selection months applicants grant loan credit
    capital guarantee mentoring coaching food processing digital technology trade export
    crafts energy solar health education tourism transport logistics industry textile
    fashion water sanitation services advice expertise legal administrative tax accounting
    management strategy plan feasibility study fundraising investors bank microfinance
    microcredit savings remittances return reintegration origin africa african west east
    central territory region city rural urban community association cooperative value chain
    production producers harvest livestock fishing seeds irrigation storage distribution
    sales customers jobs employment recruitment skills workshops session sessions course
    certificate diploma scholarship competition prize winners jury application eligibility
    criteria conditions duration amount euros dollars repayment rate interest grace
    contribution partners partnership institution agency private foundation chamber embassy
    ministry government event forum fair meetup webinar networking visibility communication
    marketing platform app mobile payment fintech solution impact social sustainable
    environment climate green circular recycling waste inclusion gender equality
    empowerment leadership maturity growth idea seed launch scaling consolidation viability
    profitability revenue profits ventures founders pitch demo bootcamp cohort lagos
    nairobi accra kigali johannesburg london manchester birmingham toronto nigeria ghana
    kenya rwanda uganda ethiopia tanzania zambia zimbabwe gambia liberia sierra leone
    accelerator incubator incubation agriculture agricultural farmers agribusiness agritech`),
  pt: split(`empresa empreendedorismo empreendedores financiamento formação apoio programa projeto
    desenvolvimento diáspora jovens mulheres mercado rede inovação investimento acesso
    serviços país áfrica candidatos seleção meses atividade local crescimento setor
    competências projetos negócio subvenção empréstimo crédito capital garantia mentoria
    transformação digital tecnologia comércio exportação artesanato energia solar saúde
    educação turismo transportes logística indústria têxtil moda água saneamento serviços
    consultoria jurídico administrativo fiscal contabilidade gestão estratégia plano
    negócios estudo viabilidade fundos investidores banco microfinanças microcrédito
    poupança remessas regresso reintegração origem áfrica africano africana oeste
    território região cidade rural urbano comunidade associação cooperativa cadeia valor
    produção produtores colheita pecuária pesca sementes irrigação armazenamento
    distribuição vendas clientes emprego empregos recrutamento competências oficinas sessão
    curso certificado diploma bolsa concurso prémio vencedores júri candidatura
    elegibilidade critérios condições duração montante euros escudos kwanzas meticais
    reembolso taxa juros carência parceiros parceria instituição agência público privado
    fundação câmara embaixada ministério governo evento fórum feira encontro webinar
    visibilidade comunicação marketing plataforma aplicação telemóvel pagamento solução
    impacto social sustentável ambiente clima verde circular reciclagem resíduos inclusão
    género igualdade capacitação liderança crescimento ideia arranque lançamento
    consolidação rentabilidade receitas lucros luanda maputo bissau praia mindelo lisboa
    porto setúbal angola moçambique guiné cabo verde tomé príncipe portugal brasil
    incubadora incubação aceleradora aceleração agricultura agrícola agricultores
    agronegócio`),
  ar: split(`تمويل المشاريع ريادة الأعمال رواد دعم برنامج مشروع تدريب الشباب النساء المرأة
    الشركات الصغيرة المتوسطة تنمية الجالية المهجر السوق شبكة الابتكار الاستثمار منحة قرض
    قروض ائتمان رأس المال ضمان إرشاد توجيه حاضنة احتضان مسرعة تسريع الزراعة الزراعي
    المزارعين الصناعات الغذائية التحويل الرقمي التكنولوجيا التجارة التصدير الحرف الطاقة
    الشمسية الصحة التعليم السياحة النقل اللوجستية الصناعة النسيج الموضة المياه الصرف
    الخدمات الاستشارات القانونية الإدارية الضرائب المحاسبة الإدارة الاستراتيجية خطة عمل
    دراسة جدوى جمع الأموال المستثمرين البنك التمويل الأصغر الادخار التحويلات العودة
    الإدماج بلد الأصل أفريقيا الأفريقية شمال المغرب العربي المنطقة المدينة الريف الحضر
    المجتمع جمعية تعاونية سلسلة القيمة الإنتاج المنتجين الحصاد تربية الماشية الصيد البذور
    الري التخزين التوزيع المبيعات العملاء فرص الشغل التوظيف المهارات ورشات دورة شهادة
    دبلوم مسابقة جائزة الفائزين لجنة الترشح الأهلية المعايير الشروط المدة المبلغ يورو
    درهم دينار السداد نسبة الفائدة فترة الإمهال المساهمة الشركاء الشراكة مؤسسة وكالة
    العمومية الخاصة غرفة السفارة القنصلية الوزارة الحكومة فعالية منتدى معرض لقاء ندوة
    التواصل التسويق منصة تطبيق الهاتف الدفع حلول الأثر الاجتماعي المستدام البيئة المناخ
    الأخضر الدائري التدوير النفايات الإدماج المساواة التمكين القيادة النمو الفكرة الانطلاق
    التأسيس التوسع الربحية الإيرادات الأرباح الرباط الدار البيضاء تونس الجزائر القاهرة
    مراكش فاس طنجة صفاقس سوسة وهران الإسكندرية مصر فرنسا بلجيكا`),
};

/** Stems and suffixes whose products read like real words of the language (word families). */
const DERIVATION: Record<ContentLanguage, { stems: string[]; suffixes: string[] }> = {
  fr: {
    stems: split(`accompagn financ organis développ invest export import commerc innov
      transform distribu mobilis structur certifi accélér incub form inform orient
      consolid coordonn évalu analys plan gouvern administr valoris diversifi modernis
      industrialis numéris professionnalis sensibilis rembours garant exploit cultiv
      produc entrepr partenar coopér mutualis formalis digitalis sécuris optimis
      régional territorial commercial national international institutionnel
      agroalimentair environnemental opérationnel fonctionn rentabilis capitalis
      contractualis accompagnat recrut qualifi spécialis identifi soutenu
      collabor communiqu négoci dévelop transmiss emprunt prospect fidélis
      bénéfici employ expérimen mentor conseill planific fabric répar install
      maintien constru approvisionn conditionn transport stock commercialis`),
    suffixes: split(`ement ements ation ations ateur ateurs atrice atrices er é ée és ées
      ant ante ants able ables ité ités ique iques iste istes eur eurs ive ifs al aux
      elle elles`),
  },
  en: {
    stems: split(`financ organis develop invest export import trad innov transform distribut
      mobilis structur certif accelerat incubat train inform consolidat coordinat evaluat
      analys plann govern administ valu diversif moderniz industrializ digitiz
      professionaliz repay guarant exploit cultivat produc partner cooperat formaliz
      secur optimiz region territor commerc nation institution agri environment
      operat function profit capitaliz contract recruit qualif specializ identif
      collaborat communicat negotiat prospect retain benefit employ experiment mentor
      advis manufactur repair install maintain construct suppl packag transport stor
      market sell manag lead grow scal launch fund`),
    suffixes: split(`ing ed er ers ment ments ation ations ity ities ive al ally able ion
      ions ist ists or ors ure s es`),
  },
  pt: {
    stems: split(`financ organiz desenvolv invest export import comerci inov transform
      distribu mobiliz estrutur certific aceler incub form inform orient consolid
      coorden avali analis planej govern administr valoriz diversific moderniz
      industrializ digitaliz profissionaliz reembols garant explor cultiv produ
      empreend parceri cooper formaliz segur otimiz region territori nacion
      institucion ambient operacion funcion rentabiliz capitaliz contrat recrut
      qualific especializ identific colabor comunic negoci prospet fideliz
      benefici empreg experiment mentor aconselh planific fabric repar instal
      constru abastec embal transport armazen`),
    suffixes: split(`amento amentos ação ações ador adores adora adoras ar ado ada ados
      adas ante antes ável áveis idade idades ico ica icos icas ista istas ivo iva al
      ais`),
  },
  ar: {
    stems: split(`تمويل مشروع تدريب تنمية استثمار تصدير استيراد تجارة ابتكار تحويل توزيع
      تعبئة هيكلة تصديق تسريع احتضان تكوين إعلام توجيه تعزيز تنسيق تقييم تحليل تخطيط
      حكامة إدارة تثمين تنويع تحديث تصنيع رقمنة مهننة تحسيس سداد ضمان استغلال زراعة
      إنتاج مقاولة شراكة تعاون تأمين تحسين تسويق توظيف تأهيل تخصص تواصل تفاوض
      استفادة تشغيل تجربة مرافقة استشارة برمجة صناعة إصلاح تركيب صيانة بناء تزويد
      تغليف نقل تخزين بيع نمو إطلاق تنظيم مبادرة منتج خدمة سوق عمل مقاول مستثمر
      شريك مؤسس مدير خبير مستشار مكون متدرب مستفيد منتج بنك صندوق`),
    suffixes: ['', 'ات', 'ية', 'ين', 'ون', 'ها', 'هم', 'نا'],
  },
};

const ARABIC_PREFIXES = ['', 'ال', 'و', 'ب', 'ل', 'وال', 'بال', 'لل'];

/** Syllables and endings for the long tail: made-up words that read like the language. */
const SYLLABLES: Record<
  ContentLanguage,
  { onsets: string[]; vowels: string[]; endings: string[] }
> = {
  fr: {
    onsets: split('b c d f g j l m n p r s t v ch pr tr br cr gr pl fl'),
    vowels: split('a e i o u é ou ai au eu an en on in'),
    endings: split(`ment tion eur ique age ité ance ence oir ier ière able isme iste ade elle
      ette ure al aire if ive`),
  },
  en: {
    onsets: split('b c d f g h j l m n p r s t v w br cr dr fr gr pl pr sh st tr th'),
    vowels: split('a e i o u ea ee oo ai ou'),
    endings: split('ing ment ness tion er ly ful able ive ity ous al ship ward ism ist'),
  },
  pt: {
    onsets: split('b c d f g j l m n p r s t v ch pr tr br cr gr pl lh nh'),
    vowels: split('a e i o u é ê ó ei ou'),
    endings: split('ção mento dade ismo eiro eira agem ável ico ica oso osa ista ância ência'),
  },
  ar: {
    // Consonants of triliteral roots, poured into common patterns (فاعل، مفعول، تفعيل…).
    onsets: split('ب ت ج ح خ د ر ز س ش ص ط ع غ ف ق ك ل م ن ه'),
    vowels: [],
    endings: [],
  },
};

const FINALS: Record<ContentLanguage, string[]> = {
  fr: ['r', 'l', 's', 't', 'n', 'que', 'tte'],
  en: ['n', 't', 'r', 'd', 'st', 'nd', 'ck'],
  pt: ['r', 's', 'l', 'm', 'do', 'da'],
  ar: [],
};

const ARABIC_PATTERNS: Array<(a: string, b: string, c: string) => string> = [
  (a, b, c) => `${a}ا${b}${c}`,
  (a, b, c) => `م${a}${b}و${c}`,
  (a, b, c) => `ت${a}${b}ي${c}`,
  (a, b, c) => `${a}${b}ا${c}ة`,
  (a, b, c) => `است${a}${b}ا${c}`,
  (a, b, c) => `م${a}ا${b}${c}ة`,
  (a, b, c) => `ال${a}${b}ي${c}`,
  (a, b, c) => `${a}${b}${c}ات`,
];

function pseudoWord(lang: ContentLanguage, r: () => number): string {
  const one = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)];
  const s = SYLLABLES[lang];
  if (lang === 'ar') return one(ARABIC_PATTERNS)(one(s.onsets), one(s.onsets), one(s.onsets));
  const syllables = 1 + Math.floor(r() * 2);
  let word = '';
  for (let i = 0; i < syllables; i++) word += one(s.onsets) + one(s.vowels);
  return r() < 0.75 ? word + one(s.endings) : word + one(FINALS[lang]);
}

/** Target size of each language's vocabulary. */
export const VOCABULARY_SIZE = 3000;
/** The broadest domain words sit right after the function words; the rest spread over the head. */
const BROAD_WORDS = 30;

/**
 * The ordered vocabulary of one language; deterministic, free of the query misspellings.
 * Order (= Zipf rank): function words, the broadest domain words, then the other domain words
 * (sector- and category-specific ones such as incubateur or agriculture last, since only
 * some offers are about them; the offer's own topic adds its words, see catalogue.ts)
 * interleaved with derived words (each stem with 2–4 of the suffixes, like a real word family)
 * and made-up words, which also fill the tail.
 */
export function vocabulary(lang: ContentLanguage, r: () => number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (word: string) => {
    const w = word.normalize('NFC');
    if (w.length < 2 || seen.has(w) || TYPOS.has(w)) return false;
    seen.add(w);
    out.push(w);
    return true;
  };
  FUNCTION_WORDS[lang].forEach(add);
  const domain = DOMAIN_WORDS[lang];
  domain.slice(0, BROAD_WORDS).forEach(add);
  const { stems, suffixes } = DERIVATION[lang];
  const derived: string[] = [];
  for (const stem of stems) {
    const family = new Set<string>();
    const size = 2 + Math.floor(r() * 3);
    while (family.size < Math.min(size, suffixes.length)) {
      family.add(suffixes[Math.floor(r() * suffixes.length)]);
    }
    for (const suffix of family) {
      const prefix = lang === 'ar' ? ARABIC_PREFIXES[Math.floor(r() * ARABIC_PREFIXES.length)] : '';
      derived.push(`${prefix}${stem}${suffix}`);
    }
  }
  // Shuffle the derived words so families spread over the ranks.
  for (let i = derived.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [derived[i], derived[j]] = [derived[j], derived[i]];
  }
  const rest = domain.slice(BROAD_WORDS);
  let d = 0;
  let g = 0;
  // One specific domain word in four slots until they are placed (ranks ~100 to ~1,200).
  for (let slot = 0; out.length < VOCABULARY_SIZE && slot < 100_000; slot++) {
    if (slot % 4 === 0 && d < rest.length) add(rest[d++]);
    // Derived words (families sharing a domain stem) only in the tail, as in real text.
    else if (d >= rest.length && g < derived.length && r() < 0.5) add(derived[g++]);
    else add(pseudoWord(lang, r));
  }
  return out;
}
