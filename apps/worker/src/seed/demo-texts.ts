/**
 * Programme texts of the demo catalogue, per category, written like the calls for
 * applications support organisations publish. Placeholders in braces are filled by the
 * generator: {org}, {country}, {inCountry}, {sector}, {city}, {amount}, {duration}, {year}.
 * Each category has several French/English variants and one Portuguese and one Arabic.
 */
export interface ProgrammeText {
  readonly title: string;
  readonly summary: string;
  readonly body: string;
}

export interface ProgrammeVariant {
  readonly fr: ProgrammeText;
  readonly en: ProgrammeText;
  readonly pt?: ProgrammeText;
  readonly ar?: ProgrammeText;
  /** Title words kept as tags. */
  readonly tags: readonly string[];
}

export const PROGRAMMES: Readonly<Record<string, readonly ProgrammeVariant[]>> = {
  financing: [
    {
      tags: ['amorçage', 'prêt d’honneur', 'subvention'],
      fr: {
        title: 'Fonds d’amorçage mixte pour projets {inCountry}',
        summary:
          'Un financement qui combine subvention et prêt d’honneur à taux zéro pour démarrer une activité {inCountry}, avec un suivi pendant la première année.',
        body: 'Ce fonds associe une subvention d’amorçage et un prêt d’honneur sans intérêt ni garantie personnelle pour couvrir les premiers investissements : équipement, stock initial, mise en conformité. Le montant, {amount}, est ajusté au besoin présenté dans le plan de financement. Un chargé d’affaires de {org} suit l’entreprise pendant douze mois et l’aide à obtenir ensuite un prêt bancaire complémentaire.',
      },
      en: {
        title: 'Blended seed fund for ventures {inCountry}',
        summary:
          'Funding that combines a grant with an interest-free honour loan to start a business {inCountry}, with follow-up during the first year.',
        body: 'The fund pairs a seed grant with an interest-free honour loan, with no personal guarantee, to cover first investments: equipment, initial stock, compliance. The amount, {amount}, is set according to the need shown in the financing plan. An investment officer from {org} follows the company for twelve months and helps it obtain a complementary bank loan afterwards.',
      },
      pt: {
        title: 'Fundo misto de arranque para projetos {inCountry}',
        summary:
          'Financiamento que combina subvenção e empréstimo de honra sem juros para lançar uma atividade {inCountry}, com acompanhamento no primeiro ano.',
        body: 'O fundo associa uma subvenção de arranque a um empréstimo de honra sem juros nem garantia pessoal para cobrir os primeiros investimentos: equipamento, stock inicial, licenciamento. O montante, {amount}, é ajustado à necessidade apresentada no plano de financiamento. Um gestor de {org} acompanha a empresa durante doze meses e ajuda-a a obter depois um crédito bancário complementar.',
      },
      ar: {
        title: 'صندوق تمويل مختلط لإطلاق المشاريع {inCountry}',
        summary:
          'تمويل يجمع بين منحة وقرض شرف بدون فوائد لإطلاق نشاط {inCountry}، مع مواكبة خلال السنة الأولى.',
        body: 'يجمع هذا الصندوق بين منحة انطلاق وقرض شرف بدون فوائد ولا ضمانات شخصية لتغطية الاستثمارات الأولى: المعدات والمخزون الأولي والمطابقة للمعايير. يُحدَّد المبلغ، {amount}، حسب الحاجة المبينة في مخطط التمويل. يتابع مكلف بالأعمال من {org} المقاولة طيلة اثني عشر شهرا ويساعدها على الحصول لاحقا على قرض بنكي تكميلي.',
      },
    },
    {
      tags: ['cofinancement', 'investissement'],
      fr: {
        title: 'Cofinancement de l’investissement productif de la diaspora',
        summary:
          'Pour chaque euro apporté par l’entrepreneur, le programme apporte un financement complémentaire pour l’achat d’équipements de production.',
        body: 'Le programme cofinance les investissements matériels des entreprises créées ou reprises par des membres de la diaspora dans le secteur {sector}. L’apport personnel de l’entrepreneur est complété par un financement de {org}, {amount}, versé directement aux fournisseurs sur présentation des factures. Les dépenses de fonctionnement et l’achat de terrain ne sont pas éligibles.',
      },
      en: {
        title: 'Co-financing for diaspora productive investment',
        summary:
          'For every euro the entrepreneur puts in, the programme adds complementary funding to buy production equipment.',
        body: 'The programme co-finances equipment investments of businesses started or taken over by members of the diaspora in {sector}. The entrepreneur’s own contribution is topped up by funding from {org}, {amount}, paid directly to suppliers against invoices. Running costs and land purchases are not eligible.',
      },
    },
  ],
  grant: [
    {
      tags: ['subvention', 'amorçage'],
      fr: {
        title: 'Bourse d’amorçage {sector} {inCountry}',
        summary:
          'Une subvention non remboursable pour tester son offre et réaliser ses premières ventes {inCountry}, assortie de quatre séances d’accompagnement.',
        body: 'La bourse d’amorçage finance les dépenses qui précèdent le lancement commercial : prototype, étude de marché terrain, premiers achats, frais de création de la société. Elle s’adresse aux projets du secteur {sector} qui n’ont pas encore levé de fonds. Le montant accordé va {amount}. Les lauréats sont choisis par un comité réunissant {org} et des entrepreneurs confirmés, après un entretien de présentation.',
      },
      en: {
        title: '{sector} seed grant {inCountry}',
        summary:
          'A non-repayable grant to test your offer and make your first sales {inCountry}, with four coaching sessions included.',
        body: 'The seed grant pays for what comes before the commercial launch: prototype, field market research, first purchases, company registration costs. It is meant for projects in {sector} that have not raised funds yet. Grants range {amount}. Winners are chosen by a committee of {org} and experienced entrepreneurs after a pitch interview.',
      },
      pt: {
        title: 'Bolsa de arranque em {sector} {inCountry}',
        summary:
          'Uma subvenção não reembolsável para testar a sua oferta e realizar as primeiras vendas {inCountry}, com quatro sessões de acompanhamento.',
        body: 'A bolsa de arranque financia as despesas anteriores ao lançamento comercial: protótipo, estudo de mercado no terreno, primeiras compras, custos de constituição da empresa. Destina-se a projetos do setor de {sector} que ainda não angariaram fundos. O montante atribuído vai {amount}. Os vencedores são escolhidos por um comité de {org} e empresários experientes, após uma entrevista de apresentação.',
      },
      ar: {
        title: 'منحة انطلاق في قطاع {sector} {inCountry}',
        summary:
          'منحة غير قابلة للاسترداد لاختبار العرض وتحقيق المبيعات الأولى {inCountry}، مع أربع جلسات مواكبة.',
        body: 'تموّل منحة الانطلاق المصاريف السابقة للإطلاق التجاري: النموذج الأولي ودراسة السوق الميدانية والمشتريات الأولى ومصاريف تأسيس الشركة. وهي موجهة لمشاريع قطاع {sector} التي لم تحصل بعد على تمويل. يتراوح المبلغ الممنوح {amount}. تختار لجنة تضم {org} ومقاولين ذوي خبرة المستفيدين بعد مقابلة تقديمية.',
      },
    },
    {
      tags: ['appel à projets', 'subvention'],
      fr: {
        title: 'Appel à projets « Entreprendre au pays » {year}',
        summary:
          'Un appel à projets annuel qui subventionne les projets économiques portés par la diaspora {inCountry}, du secteur {sector} notamment.',
        body: 'Chaque année, {org} lance un appel à projets pour soutenir la création d’emplois {inCountry} par des entrepreneurs de la diaspora. La subvention, {amount}, couvre jusqu’à 50 % du budget du projet ; le reste peut venir d’un apport personnel, d’un prêt ou d’une campagne de financement participatif. Les dossiers sont évalués sur la viabilité économique, l’impact local et l’implication d’un partenaire sur place.',
      },
      en: {
        title: '“Build at Home” call for projects {year}',
        summary:
          'A yearly call for projects funding diaspora-led business projects {inCountry}, particularly in {sector}.',
        body: 'Every year {org} opens a call for projects to support job creation {inCountry} by diaspora entrepreneurs. The grant, {amount}, covers up to 50% of the project budget; the rest can come from own funds, a loan or a crowdfunding campaign. Applications are assessed on economic viability, local impact and the involvement of a partner on the ground.',
      },
    },
    {
      tags: ['innovation', 'prix'],
      fr: {
        title: 'Prix de l’innovation diaspora — catégorie {sector}',
        summary:
          'Un concours qui récompense des innovations utiles au quotidien {inCountry}, avec une dotation financière et une année d’accompagnement.',
        body: 'Le prix distingue chaque année des solutions innovantes portées par des entrepreneurs de la diaspora : nouveaux produits, services ou modèles économiques qui répondent à un besoin concret {inCountry}. Les lauréats reçoivent une dotation {amount}, une visibilité auprès des partenaires de {org} et un parcours d’accompagnement de douze mois.',
      },
      en: {
        title: 'Diaspora Innovation Prize — {sector}',
        summary:
          'A competition rewarding innovations that make a difference in daily life {inCountry}, with prize money and a year of support.',
        body: 'Every year the prize recognises innovative solutions from diaspora entrepreneurs: new products, services or business models that meet a concrete need {inCountry}. Winners receive prize money {amount}, exposure to the partners of {org} and a twelve-month support track.',
      },
    },
  ],
  loan: [
    {
      tags: ['prêt', 'investissement'],
      fr: {
        title: 'Prêt création-développement {inCountry}',
        summary:
          'Un prêt bancaire à taux bonifié pour financer l’équipement et le besoin en fonds de roulement d’une entreprise {inCountry}.',
        body: 'Ce prêt finance les investissements matériels et le fonds de roulement des entreprises créées ou reprises par des entrepreneurs de la diaspora. Le montant va {amount}, sur une durée de 24 à 84 mois avec un différé de remboursement possible de six mois. {org} étudie le dossier en moins de trois semaines et peut l’instruire à distance, le compte de l’entreprise étant ouvert dans le pays du projet.',
      },
      en: {
        title: 'Start-up and growth loan {inCountry}',
        summary:
          'A subsidised-rate bank loan to fund equipment and working capital for a business {inCountry}.',
        body: 'The loan funds equipment and working capital for businesses started or taken over by diaspora entrepreneurs. Amounts range {amount}, over 24 to 84 months, with a possible six-month grace period. {org} reviews applications in under three weeks and can handle them remotely, with the company account opened in the project country.',
      },
      pt: {
        title: 'Crédito para criação e desenvolvimento {inCountry}',
        summary:
          'Um crédito bancário com taxa bonificada para financiar equipamento e fundo de maneio de uma empresa {inCountry}.',
        body: 'Este crédito financia os investimentos em equipamento e o fundo de maneio das empresas criadas ou retomadas por empreendedores da diáspora. O montante vai {amount}, com prazo de 24 a 84 meses e carência possível de seis meses. A equipa de {org} analisa o processo em menos de três semanas e pode tratá-lo à distância, com a conta da empresa aberta no país do projeto.',
      },
      ar: {
        title: 'قرض الإحداث والتطوير {inCountry}',
        summary: 'قرض بنكي بفائدة مدعومة لتمويل التجهيزات ورأس المال العامل لمقاولة {inCountry}.',
        body: 'يموّل هذا القرض الاستثمارات المادية ورأس المال العامل للمقاولات التي يحدثها أو يستأنفها رواد أعمال من الجالية. يتراوح المبلغ {amount} على مدة من 24 إلى 84 شهرا مع إمكانية تأجيل السداد ستة أشهر. يدرس {org} الملف في أقل من ثلاثة أسابيع ويمكنه معالجته عن بعد، على أن يُفتح حساب المقاولة في بلد المشروع.',
      },
    },
    {
      tags: ['microcrédit'],
      fr: {
        title: 'Microcrédit pour petits commerces et artisans',
        summary:
          'Des prêts de petit montant, sans garantie matérielle, pour lancer ou agrandir un commerce ou un atelier {inCountry}.',
        body: 'Le microcrédit s’adresse aux commerçants, artisans et prestataires qui n’ont pas accès au crédit bancaire classique. Les prêts vont {amount}, remboursables chaque mois sur 6 à 24 mois. Une caution solidaire de proches, en Europe ou au pays, peut remplacer la garantie matérielle. Un agent de crédit de {org} rend visite au projet avant le décaissement puis chaque trimestre.',
      },
      en: {
        title: 'Microloans for small shops and craftspeople',
        summary:
          'Small loans with no collateral to start or expand a shop or workshop {inCountry}.',
        body: 'Microloans are for traders, craftspeople and service providers without access to ordinary bank credit. Loans range {amount}, repaid monthly over 6 to 24 months. A joint guarantee from relatives, in Europe or at home, can replace collateral. A loan officer from {org} visits the business before disbursement and every quarter afterwards.',
      },
    },
    {
      tags: ['prêt d’honneur'],
      fr: {
        title: 'Prêt d’honneur à taux zéro pour créateurs de la diaspora',
        summary:
          'Un prêt personnel sans intérêt ni garantie qui renforce les fonds propres et facilite l’obtention d’un prêt bancaire.',
        body: 'Le prêt d’honneur est accordé à la personne, pas à l’entreprise : il renforce l’apport personnel du créateur et rassure les banques. Son montant va {amount}, remboursable sur cinq ans maximum après un différé d’un an. Le dossier est présenté devant un comité de chefs d’entreprise bénévoles réunis par {org}, qui devient ensuite le parrain du projet.',
      },
      en: {
        title: 'Zero-rate honour loan for diaspora founders',
        summary:
          'An interest-free personal loan with no guarantee that strengthens equity and makes a bank loan easier to get.',
        body: 'The honour loan is granted to the person, not the company: it strengthens the founder’s own contribution and reassures banks. It ranges {amount}, repayable over up to five years after a one-year grace period. The project is pitched to a committee of volunteer business owners gathered by {org}, one of whom then sponsors it.',
      },
    },
  ],
  equity: [
    {
      tags: ['capital', 'levée de fonds'],
      fr: {
        title: 'Ticket d’amorçage en fonds propres — start-up {sector}',
        summary:
          'Une prise de participation minoritaire dans les jeunes entreprises du secteur {sector} fondées par des membres de la diaspora.',
        body: '{org} investit en fonds propres ou quasi-fonds propres (BSA-AIR, obligations convertibles) dans des start-up qui ont déjà des premiers clients {inCountry}. Le ticket va {amount}, en prenant entre 5 et 20 % du capital. L’investissement s’accompagne d’un siège d’observateur au conseil, d’un accès au réseau d’investisseurs du fonds et d’une préparation au tour suivant.',
      },
      en: {
        title: 'Seed equity ticket — {sector} start-ups',
        summary:
          'A minority equity stake in young {sector} companies founded by members of the diaspora.',
        body: '{org} invests equity or quasi-equity (SAFEs, convertible notes) in start-ups that already have first customers {inCountry}. Tickets range {amount}, for 5 to 20% of the shares. The investment comes with an observer seat on the board, access to the fund’s investor network and preparation for the next round.',
      },
      pt: {
        title: 'Investimento de capital semente — startups de {sector}',
        summary:
          'Uma participação minoritária no capital de jovens empresas de {sector} fundadas por membros da diáspora.',
        body: 'A equipa de {org} investe em capital próprio ou quase-capital (notas convertíveis) em startups que já têm os primeiros clientes {inCountry}. O investimento vai {amount}, para 5 a 20 % do capital. Inclui um lugar de observador no conselho, acesso à rede de investidores do fundo e preparação para a ronda seguinte.',
      },
      ar: {
        title: 'مساهمة في رأس مال المؤسسات الناشئة في قطاع {sector}',
        summary:
          'مساهمة أقلية في رأس مال المقاولات الفتية في قطاع {sector} التي أسسها أفراد من الجالية.',
        body: 'يستثمر {org} في رأس المال أو شبه رأس المال (سندات قابلة للتحويل) في المؤسسات الناشئة التي لديها زبائن أوائل {inCountry}. تتراوح قيمة الاستثمار {amount} مقابل 5 إلى 20 في المائة من رأس المال. يرافق الاستثمار مقعد ملاحظ في مجلس الإدارة والولوج إلى شبكة مستثمري الصندوق والتحضير لجولة التمويل الموالية.',
      },
    },
    {
      tags: ['business angels', 'levée de fonds'],
      fr: {
        title: 'Club d’investisseurs providentiels de la diaspora',
        summary:
          'Des séances de présentation devant un club de business angels issus de la diaspora, qui co-investissent dans les projets retenus.',
        body: 'Tous les deux mois, le club réunit une trentaine d’investisseurs providentiels, cadres et chefs d’entreprise de la diaspora, devant qui cinq projets présentés par {org} viennent pitcher. Les projets retenus sont étudiés en profondeur puis financés par un tour commun, {amount}. Les investisseurs apportent aussi leur expérience et leurs contacts {inCountry}.',
      },
      en: {
        title: 'Diaspora business angels club',
        summary:
          'Pitch sessions before a club of diaspora business angels who co-invest in the projects they select.',
        body: 'Every two months the club brings together around thirty business angels — diaspora executives and business owners — in front of whom five projects introduced by {org} pitch. Selected projects go through due diligence and are then funded in a joint round, {amount}. Investors also bring their experience and contacts {inCountry}.',
      },
    },
  ],
  guarantee: [
    {
      tags: ['garantie', 'accès au crédit'],
      fr: {
        title: 'Garantie de prêt pour entrepreneurs de la diaspora',
        summary:
          'Une garantie qui couvre jusqu’à 70 % d’un prêt bancaire accordé à une entreprise {inCountry}, pour réduire les cautions demandées.',
        body: 'Les banques demandent souvent des garanties que les entrepreneurs de la diaspora ne peuvent pas apporter dans le pays du projet. {org} garantit jusqu’à 70 % du prêt, pour des prêts {amount}. La demande est faite par la banque partenaire, sur la base du dossier de crédit ; l’entrepreneur paie une commission de garantie de 1 % par an sur le capital restant dû.',
      },
      en: {
        title: 'Loan guarantee for diaspora entrepreneurs',
        summary:
          'A guarantee covering up to 70% of a bank loan to a business {inCountry}, to reduce the collateral asked for.',
        body: 'Banks often ask for collateral that diaspora entrepreneurs cannot provide in the project country. {org} guarantees up to 70% of the loan, for loans {amount}. The partner bank applies on the basis of the credit file; the entrepreneur pays a guarantee fee of 1% a year on the outstanding principal.',
      },
      pt: {
        title: 'Garantia de crédito para empreendedores da diáspora',
        summary:
          'Uma garantia que cobre até 70 % de um crédito bancário concedido a uma empresa {inCountry}, para reduzir as cauções exigidas.',
        body: 'Os bancos pedem muitas vezes garantias que os empreendedores da diáspora não conseguem apresentar no país do projeto. A equipa de {org} garante até 70 % do crédito, para créditos {amount}. O pedido é feito pelo banco parceiro com base no processo de crédito; o empreendedor paga uma comissão de garantia de 1 % ao ano sobre o capital em dívida.',
      },
      ar: {
        title: 'ضمان القروض لرواد الأعمال من الجالية',
        summary:
          'ضمان يغطي ما يصل إلى 70 في المائة من قرض بنكي ممنوح لمقاولة {inCountry} لتقليص الضمانات المطلوبة.',
        body: 'كثيرا ما تطلب البنوك ضمانات لا يستطيع رواد الأعمال من الجالية تقديمها في بلد المشروع. يضمن {org} ما يصل إلى 70 في المائة من القرض بالنسبة للقروض {amount}. يقدم البنك الشريك الطلب على أساس ملف القرض، ويدفع المقاول عمولة ضمان قدرها 1 في المائة سنويا من الرأسمال المتبقي.',
      },
    },
  ],
  crowdfunding: [
    {
      tags: ['financement participatif', 'campagne'],
      fr: {
        title: 'Campagne de financement participatif accompagnée',
        summary:
          'Un accompagnement pour préparer et réussir une campagne de dons ou de prêts auprès de sa communauté, en Europe et {inCountry}.',
        body: 'La plateforme de {org} aide les porteurs de projet à mobiliser leur entourage et la diaspora : définition de l’objectif, vidéo de présentation, contreparties, plan de communication. L’objectif de collecte va {amount}. Si l’objectif est atteint, les fonds sont versés en une fois ; sinon les contributeurs sont remboursés. Une commission de 5 % est prélevée uniquement en cas de succès.',
      },
      en: {
        title: 'Supported crowdfunding campaign',
        summary:
          'Help to prepare and run a donation or lending campaign with your community, in Europe and {inCountry}.',
        body: 'The {org} platform helps project holders mobilise their circle and the diaspora: target setting, pitch video, rewards, communication plan. Campaign targets range {amount}. If the target is reached the funds are paid out in one go; otherwise contributors are refunded. A 5% fee is charged only on success.',
      },
      pt: {
        title: 'Campanha de financiamento coletivo acompanhada',
        summary:
          'Apoio para preparar e realizar uma campanha de donativos ou empréstimos junto da sua comunidade, na Europa e {inCountry}.',
        body: 'A plataforma de {org} ajuda os promotores a mobilizar a família, os amigos e a diáspora: definição do objetivo, vídeo de apresentação, contrapartidas, plano de comunicação. O objetivo de recolha vai {amount}. Se o objetivo for atingido, os fundos são transferidos de uma só vez; caso contrário, os contribuintes são reembolsados. Só é cobrada uma comissão de 5 % em caso de sucesso.',
      },
      ar: {
        title: 'حملة تمويل جماعي مع المواكبة',
        summary: 'مواكبة لإعداد وإنجاح حملة تبرعات أو قروض لدى محيطك، في أوروبا و{inCountry}.',
        body: 'تساعد منصة {org} حاملي المشاريع على تعبئة محيطهم والجالية: تحديد الهدف، فيديو التقديم، المقابل، مخطط التواصل. يتراوح هدف الحملة {amount}. إذا تحقق الهدف تحوَّل الأموال دفعة واحدة، وإلا يُسترد المساهمون أموالهم. تُقتطع عمولة 5 في المائة في حالة النجاح فقط.',
      },
    },
    {
      tags: ['royalties', 'financement participatif'],
      fr: {
        title: 'Levée en royalties auprès de la diaspora',
        summary:
          'Financer sa croissance en reversant un pourcentage de son chiffre d’affaires aux contributeurs, sans céder de capital.',
        body: 'Le financement en royalties convient aux entreprises qui ont déjà un chiffre d’affaires {inCountry} et veulent financer un investissement sans ouvrir leur capital. Les contributeurs de la diaspora apportent {amount} et reçoivent chaque trimestre un pourcentage du chiffre d’affaires pendant trois à cinq ans. {org} vérifie les comptes et assure le reporting aux contributeurs.',
      },
      en: {
        title: 'Royalty-based crowdfunding with the diaspora',
        summary:
          'Fund your growth by paying a share of revenue to contributors, without giving up equity.',
        body: 'Royalty funding suits companies that already have revenue {inCountry} and want to fund an investment without opening their capital. Diaspora contributors put in {amount} and receive a share of revenue every quarter for three to five years. {org} checks the accounts and handles reporting to contributors.',
      },
    },
  ],
  training: [
    {
      tags: ['formation', 'business plan'],
      fr: {
        title: 'Formation « Du projet au business plan » — {duration}',
        summary:
          'Une formation pratique pour transformer une idée en plan d’affaires solide et chiffré, pensée pour les projets {inCountry}.',
        body: 'En {duration}, les participants construisent pas à pas leur business plan : étude de marché, offre et prix, organisation, prévisionnel financier sur trois ans et plan de financement. Les ateliers de {org} alternent apports méthodologiques, travail sur son propre projet et retours de pairs. Chaque participant repart avec un dossier prêt à présenter à une banque ou un comité de financement.',
      },
      en: {
        title: '“From project to business plan” course — {duration}',
        summary:
          'A hands-on course to turn an idea into a solid, costed business plan, designed for projects {inCountry}.',
        body: 'Over {duration} participants build their business plan step by step: market research, offer and pricing, organisation, three-year financial forecast and funding plan. Workshops by {org} mix method, work on your own project and peer feedback. Each participant leaves with a file ready to present to a bank or a funding committee.',
      },
      pt: {
        title: 'Formação «Do projeto ao plano de negócios» — {duration}',
        summary:
          'Uma formação prática para transformar uma ideia num plano de negócios sólido e quantificado, pensada para projetos {inCountry}.',
        body: 'Em {duration}, os participantes constroem passo a passo o seu plano de negócios: estudo de mercado, oferta e preço, organização, previsões financeiras a três anos e plano de financiamento. As sessões de {org} alternam conteúdos metodológicos, trabalho sobre o próprio projeto e comentários entre pares. Cada participante sai com um dossier pronto a apresentar a um banco ou a um comité de financiamento.',
      },
      ar: {
        title: 'تكوين «من الفكرة إلى مخطط الأعمال» — {duration}',
        summary: 'تكوين تطبيقي لتحويل الفكرة إلى مخطط أعمال متين ومرقم، مصمم للمشاريع {inCountry}.',
        body: 'خلال {duration} يبني المشاركون مخطط أعمالهم خطوة بخطوة: دراسة السوق، العرض والسعر، التنظيم، التوقعات المالية لثلاث سنوات ومخطط التمويل. تجمع ورشات {org} بين المنهجية والعمل على المشروع الشخصي وملاحظات الأقران. يغادر كل مشارك بملف جاهز لتقديمه إلى بنك أو لجنة تمويل.',
      },
    },
    {
      tags: ['formation', 'gestion'],
      fr: {
        title: 'Gestion et finances pour dirigeants de TPE',
        summary:
          'Des modules courts pour piloter la trésorerie, fixer ses prix et tenir une comptabilité simple, adaptés aux réalités {inCountry}.',
        body: 'Ce cycle de {duration} s’adresse aux dirigeants de très petites entreprises déjà en activité dans le secteur {sector}. Au programme : tableau de trésorerie, calcul du coût de revient, fixation des prix, relations avec la banque, obligations fiscales et sociales locales. Les formateurs de {org} sont eux-mêmes chefs d’entreprise et utilisent des cas réels.',
      },
      en: {
        title: 'Management and finance for small business owners',
        summary:
          'Short modules on cash-flow, pricing and simple bookkeeping, adapted to how business works {inCountry}.',
        body: 'This course, over {duration}, is for owners of very small businesses already trading in {sector}. It covers cash-flow planning, unit costs, pricing, working with your bank, and local tax and social obligations. The trainers of {org} run businesses themselves and work from real cases.',
      },
    },
    {
      tags: ['numérique', 'e-commerce'],
      fr: {
        title: 'Vendre en ligne et à l’export : parcours numérique',
        summary:
          'Un parcours pour créer sa boutique en ligne, encaisser par paiement mobile et vendre à la diaspora depuis {country}.',
        body: 'Le parcours de {duration} couvre la création d’une boutique en ligne, les solutions de paiement mobile et par carte, la logistique des envois vers l’Europe et la promotion sur les réseaux sociaux. Chaque participant met en ligne une première offre pendant la formation. {org} prête le matériel nécessaire aux participants qui n’en disposent pas.',
      },
      en: {
        title: 'Selling online and abroad: digital track',
        summary:
          'A track to build an online shop, take mobile payments and sell to the diaspora from {country}.',
        body: 'Over {duration}, the track covers setting up an online shop, mobile money and card payments, shipping to Europe and promotion on social media. Every participant puts a first offer online during the course. {org} lends equipment to participants who need it.',
      },
    },
  ],
  mentoring: [
    {
      tags: ['mentorat', 'pairs'],
      fr: {
        title: 'Mentorat individuel par un chef d’entreprise expérimenté',
        summary:
          'Un binôme avec un dirigeant bénévole pendant un an pour prendre du recul, éviter les erreurs classiques et élargir son réseau.',
        body: 'Chaque entrepreneur est mis en relation avec un mentor choisi selon son secteur ({sector}) et sa connaissance du terrain {inCountry}. Le binôme se rencontre une à deux fois par mois, en visioconférence ou en personne, pendant douze mois. {org} forme les mentors, suit chaque binôme et organise trois rencontres collectives dans l’année.',
      },
      en: {
        title: 'One-to-one mentoring by an experienced business owner',
        summary:
          'A year-long pairing with a volunteer business leader to step back, avoid classic mistakes and grow your network.',
        body: 'Each entrepreneur is matched with a mentor chosen for their sector ({sector}) and knowledge of the ground {inCountry}. Pairs meet once or twice a month, by video call or in person, for twelve months. {org} trains mentors, follows each pair and runs three group meetings a year.',
      },
      pt: {
        title: 'Mentoria individual por um empresário experiente',
        summary:
          'Um ano em dupla com um empresário voluntário para ganhar perspetiva, evitar erros comuns e alargar a rede de contactos.',
        body: 'Cada empreendedor é associado a um mentor escolhido pelo setor ({sector}) e pelo conhecimento do terreno {inCountry}. A dupla encontra-se uma a duas vezes por mês, por videoconferência ou presencialmente, durante doze meses. A equipa de {org} forma os mentores, acompanha cada dupla e organiza três encontros coletivos por ano.',
      },
      ar: {
        title: 'إرشاد فردي من طرف رئيس مقاولة ذي خبرة',
        summary:
          'ثنائي مع مسير متطوع لمدة سنة لأخذ مسافة وتفادي الأخطاء الشائعة وتوسيع شبكة العلاقات.',
        body: 'يُربط كل مقاول بمرشد يُختار حسب القطاع ({sector}) ومعرفته بالميدان {inCountry}. يلتقي الثنائي مرة أو مرتين في الشهر، عن بعد أو حضوريا، طيلة اثني عشر شهرا. يكوّن {org} المرشدين ويتابع كل ثنائي وينظم ثلاثة لقاءات جماعية في السنة.',
      },
    },
    {
      tags: ['coaching', 'dirigeants'],
      fr: {
        title: 'Coaching de dirigeants en phase de croissance',
        summary:
          'Des séances de coaching professionnel pour structurer son équipe, déléguer et préparer un changement d’échelle.',
        body: 'Ce coaching s’adresse aux fondateurs dont l’entreprise emploie déjà plusieurs salariés {inCountry}. En {duration}, un coach certifié de {org} travaille avec le dirigeant sur l’organisation, le recrutement, la délégation et la gestion du temps entre l’Europe et l’Afrique. Les séances sont individuelles et confidentielles.',
      },
      en: {
        title: 'Executive coaching for growing companies',
        summary:
          'Professional coaching sessions to structure your team, delegate and prepare to scale.',
        body: 'This coaching is for founders whose company already employs several people {inCountry}. Over {duration} a certified coach from {org} works with the founder on organisation, hiring, delegation and splitting time between Europe and Africa. Sessions are one-to-one and confidential.',
      },
    },
  ],
  incubation: [
    {
      tags: ['incubation', 'hébergement'],
      fr: {
        title: 'Programme d’incubation {year} — projets {sector}',
        summary:
          'Un accompagnement de {duration} pour passer de l’idée à l’entreprise : ateliers, expert dédié, poste de travail et mise en réseau.',
        body: 'L’incubateur de {org} accueille chaque année une promotion de projets du secteur {sector} portés par des entrepreneurs de la diaspora. Pendant {duration}, chaque projet bénéficie d’un chargé d’incubation, d’ateliers hebdomadaires (marché, juridique, finance, pitch), d’heures d’expertise et d’un accès aux partenaires financiers. Le programme se termine par une journée de présentation devant des financeurs.',
      },
      en: {
        title: '{year} incubation programme — {sector} projects',
        summary:
          'A programme of {duration} to go from idea to company: workshops, dedicated expert, desk space and networking.',
        body: 'Every year the {org} incubator takes in a cohort of {sector} projects led by diaspora entrepreneurs. For {duration} each project gets an incubation manager, weekly workshops (market, legal, finance, pitch), expert hours and access to funding partners. The programme ends with a demo day in front of funders.',
      },
      pt: {
        title: 'Programa de incubação {year} — projetos de {sector}',
        summary:
          'Um acompanhamento de {duration} para passar da ideia à empresa: oficinas, especialista dedicado, posto de trabalho e rede de contactos.',
        body: 'A incubadora de {org} acolhe todos os anos um grupo de projetos de {sector} promovidos por empreendedores da diáspora. Durante {duration}, cada projeto beneficia de um gestor de incubação, oficinas semanais (mercado, jurídico, finanças, apresentação), horas de consultoria e acesso aos parceiros financeiros. O programa termina com um dia de apresentação a financiadores.',
      },
      ar: {
        title: 'برنامج الاحتضان {year} — مشاريع {sector}',
        summary:
          'مواكبة لمدة {duration} للانتقال من الفكرة إلى المقاولة: ورشات وخبير مخصص ومكتب عمل وشبكة علاقات.',
        body: 'تستقبل حاضنة {org} كل سنة فوجا من مشاريع قطاع {sector} يحملها رواد أعمال من الجالية. خلال {duration} يستفيد كل مشروع من مكلف بالاحتضان وورشات أسبوعية (السوق، القانون، المالية، العرض) وساعات خبرة والولوج إلى الشركاء الماليين. يختتم البرنامج بيوم عرض أمام الممولين.',
      },
    },
    {
      tags: ['incubation à distance'],
      fr: {
        title: 'Incubation à distance pour projets {inCountry}',
        summary:
          'Un programme d’incubation suivi depuis l’Europe, avec un relais sur place {inCountry} pour les démarches et les tests terrain.',
        body: 'Conçu pour les entrepreneurs qui préparent leur projet depuis l’Europe, ce programme combine des séances en ligne chaque semaine avec {org} et l’appui d’un partenaire local {inCountry} qui réalise les tests terrain, rencontre les fournisseurs et accompagne les démarches administratives. Durée : {duration}, avec une mission sur place à mi-parcours.',
      },
      en: {
        title: 'Remote incubation for projects {inCountry}',
        summary:
          'An incubation programme followed from Europe, with a local relay {inCountry} for paperwork and field tests.',
        body: 'Designed for entrepreneurs preparing their project from Europe, the programme combines weekly online sessions with {org} and the help of a local partner {inCountry} who runs field tests, meets suppliers and helps with paperwork. Duration: {duration}, with a field trip halfway through.',
      },
    },
  ],
  acceleration: [
    {
      tags: ['accélération', 'croissance'],
      fr: {
        title: 'Programme d’accélération {year} — cohorte {sector}',
        summary:
          'Un programme intensif de {duration} pour les entreprises qui vendent déjà et veulent changer d’échelle {inCountry}.',
        body: 'L’accélérateur de {org} sélectionne une dizaine d’entreprises du secteur {sector} ayant déjà des clients et un premier chiffre d’affaires. Pendant {duration} : diagnostic de croissance, objectifs trimestriels, experts en vente, finance et recrutement, préparation à la levée de fonds et journée investisseurs. Une partie des entreprises peut recevoir un financement de suivi.',
      },
      en: {
        title: '{year} acceleration programme — {sector} cohort',
        summary:
          'An intensive programme of {duration} for companies that already sell and want to scale {inCountry}.',
        body: 'The {org} accelerator selects about ten {sector} companies with customers and early revenue. Over {duration}: growth diagnosis, quarterly targets, sales, finance and hiring experts, fundraising preparation and an investor day. Some companies may receive follow-on funding.',
      },
      pt: {
        title: 'Programa de aceleração {year} — grupo de {sector}',
        summary:
          'Um programa intensivo de {duration} para empresas que já vendem e querem crescer {inCountry}.',
        body: 'A aceleradora de {org} seleciona cerca de dez empresas de {sector} que já têm clientes e volume de negócios. Durante {duration}: diagnóstico de crescimento, objetivos trimestrais, especialistas em vendas, finanças e recrutamento, preparação para a angariação de fundos e dia do investidor. Algumas empresas podem receber financiamento complementar.',
      },
      ar: {
        title: 'برنامج التسريع {year} — فوج {sector}',
        summary:
          'برنامج مكثف لمدة {duration} للمقاولات التي تبيع منتجاتها وتريد تغيير حجمها {inCountry}.',
        body: 'يختار مسرّع {org} حوالي عشر مقاولات من قطاع {sector} لديها زبائن ورقم معاملات أولي. خلال {duration}: تشخيص النمو وأهداف فصلية وخبراء في البيع والمالية والتوظيف وتحضير لجمع التمويل ويوم للمستثمرين. يمكن لبعض المقاولات الحصول على تمويل لاحق.',
      },
    },
    {
      tags: ['accélération', 'investisseurs'],
      fr: {
        title: 'Bootcamp investisseurs : préparer sa levée de fonds',
        summary:
          'Un accélérateur court pour préparer une levée de fonds : valorisation, data room, pitch et rencontres d’investisseurs.',
        body: 'Ce programme de {duration} prépare les fondateurs à leur première levée de fonds significative : modèle financier, valorisation, pacte d’associés, data room et pitch. Il se termine par une semaine de rendez-vous avec des fonds et des business angels actifs {inCountry}, organisés par {org}.',
      },
      en: {
        title: 'Investor bootcamp: get ready to raise',
        summary:
          'A short accelerator to prepare a funding round: valuation, data room, pitch and investor meetings.',
        body: 'Over {duration}, this programme prepares founders for their first significant funding round: financial model, valuation, shareholders’ agreement, data room and pitch. It ends with a week of meetings with funds and business angels active {inCountry}, arranged by {org}.',
      },
    },
  ],
  legal: [
    {
      tags: ['juridique', 'création de société'],
      fr: {
        title: 'Permanence juridique : créer sa société {inCountry}',
        summary:
          'Des consultations avec un juriste pour choisir la forme de société, rédiger les statuts et immatriculer l’entreprise {inCountry}.',
        body: 'Les juristes de {org} répondent aux questions des entrepreneurs qui créent une société {inCountry} depuis l’Europe : choix de la forme juridique, statuts, capital, domiciliation, procuration, immatriculation et obligations déclaratives. Une première consultation de 45 minutes permet d’établir la liste des démarches et des pièces à réunir ; l’accompagnement complet est proposé ensuite sur devis.',
      },
      en: {
        title: 'Legal clinic: registering your company {inCountry}',
        summary:
          'Consultations with a lawyer to pick a company form, draft articles and register the business {inCountry}.',
        body: 'The lawyers of {org} answer entrepreneurs setting up a company {inCountry} from Europe: legal form, articles of association, share capital, registered office, power of attorney, registration and reporting duties. A first 45-minute consultation lists the steps and documents needed; full support is then offered on quote.',
      },
      pt: {
        title: 'Apoio jurídico: criar a sua empresa {inCountry}',
        summary:
          'Consultas com um jurista para escolher a forma jurídica, redigir os estatutos e registar a empresa {inCountry}.',
        body: 'Os juristas de {org} respondem aos empreendedores que criam uma empresa {inCountry} a partir da Europa: forma jurídica, estatutos, capital social, sede, procuração, registo e obrigações declarativas. Uma primeira consulta de 45 minutos permite listar os passos e os documentos necessários; o acompanhamento completo é proposto depois mediante orçamento.',
      },
      ar: {
        title: 'استشارات قانونية: تأسيس شركتك {inCountry}',
        summary:
          'استشارات مع قانوني لاختيار الشكل القانوني وصياغة النظام الأساسي وتسجيل المقاولة {inCountry}.',
        body: 'يجيب قانونيو {org} عن أسئلة رواد الأعمال الذين يؤسسون شركة {inCountry} انطلاقا من أوروبا: الشكل القانوني، النظام الأساسي، الرأسمال، المقر، الوكالة، التسجيل والتصريحات. تتيح استشارة أولى مدتها 45 دقيقة تحديد الخطوات والوثائق المطلوبة، ثم تُقترح مواكبة كاملة بناء على عرض أسعار.',
      },
    },
    {
      tags: ['fiscalité', 'double imposition'],
      fr: {
        title: 'Fiscalité entre l’Europe et l’Afrique : atelier pratique',
        summary:
          'Comprendre où déclarer ses revenus, comment éviter la double imposition et quelles incitations fiscales existent {inCountry}.',
        body: 'Cet atelier de {duration} explique les règles de résidence fiscale, les conventions fiscales entre pays européens et {country}, la remontée de dividendes, les transferts d’argent et les régimes d’incitation à l’investissement. Il est animé par des fiscalistes de {org} à partir des cas apportés par les participants.',
      },
      en: {
        title: 'Tax between Europe and Africa: practical workshop',
        summary:
          'Where to declare income, how to avoid double taxation and which tax incentives exist {inCountry}.',
        body: 'In {duration}, this workshop explains tax residence rules, tax treaties between European countries and {country}, paying dividends across borders, money transfers and investment incentive schemes. It is led by tax advisers from {org}, working from the participants’ own cases.',
      },
    },
  ],
  market_access: [
    {
      tags: ['export', 'salon'],
      fr: {
        title: 'Mission de prospection commerciale {inCountry}',
        summary:
          'Une semaine de rendez-vous d’affaires organisés {inCountry} avec des distributeurs, acheteurs et partenaires qualifiés.',
        body: '{org} organise une mission collective de prospection {inCountry} pour les entreprises du secteur {sector}. En amont, chaque participant définit ses cibles avec un conseiller ; sur place, un programme de rendez-vous individuels est préparé avec des importateurs, distributeurs et donneurs d’ordre. Le suivi des contacts est assuré pendant trois mois après la mission.',
      },
      en: {
        title: 'Trade prospecting mission {inCountry}',
        summary:
          'A week of business meetings arranged {inCountry} with qualified distributors, buyers and partners.',
        body: '{org} runs a group prospecting mission {inCountry} for {sector} companies. Beforehand each participant defines targets with an adviser; on site, a programme of one-to-one meetings is prepared with importers, distributors and contractors. Contacts are followed up for three months after the mission.',
      },
      pt: {
        title: 'Missão de prospeção comercial {inCountry}',
        summary:
          'Uma semana de reuniões de negócios organizadas {inCountry} com distribuidores, compradores e parceiros qualificados.',
        body: 'A equipa de {org} organiza uma missão coletiva de prospeção {inCountry} para as empresas de {sector}. Antes da partida, cada participante define os seus alvos com um consultor; no local, é preparado um programa de reuniões individuais com importadores, distribuidores e clientes. O acompanhamento dos contactos é assegurado durante três meses após a missão.',
      },
      ar: {
        title: 'بعثة استكشاف تجاري {inCountry}',
        summary: 'أسبوع من لقاءات الأعمال المنظمة {inCountry} مع موزعين ومشترين وشركاء مؤهلين.',
        body: 'ينظم {org} بعثة جماعية للاستكشاف التجاري {inCountry} لفائدة مقاولات قطاع {sector}. قبل السفر يحدد كل مشارك أهدافه مع مستشار، وفي عين المكان يُعد برنامج لقاءات فردية مع مستوردين وموزعين وزبائن. تُتابع الاتصالات خلال ثلاثة أشهر بعد البعثة.',
      },
    },
    {
      tags: ['export', 'normes'],
      fr: {
        title: 'Exporter vers l’Union européenne : normes et certification',
        summary:
          'Un accompagnement pour mettre ses produits aux normes européennes et trouver ses premiers acheteurs en Europe.',
        body: 'Les entreprises qui produisent {inCountry} dans le secteur {sector} sont accompagnées pendant {duration} par {org} : diagnostic des normes applicables (sanitaires, étiquetage, traçabilité), plan de mise en conformité, choix de l’organisme certificateur et participation à un salon professionnel en Europe.',
      },
      en: {
        title: 'Exporting to the European Union: standards and certification',
        summary:
          'Support to bring your products up to EU standards and find your first buyers in Europe.',
        body: 'Companies producing {inCountry} in {sector} are supported by {org} for {duration}: review of the applicable standards (food safety, labelling, traceability), compliance plan, choice of certification body and a place at a trade fair in Europe.',
      },
    },
  ],
  networking: [
    {
      tags: ['réseautage', 'événement'],
      fr: {
        title: 'Rencontres mensuelles des entrepreneurs de la diaspora à {city}',
        summary:
          'Un rendez-vous mensuel pour rencontrer d’autres porteurs de projets, des experts et des financeurs, autour d’un thème différent chaque mois.',
        body: 'Chaque mois, {org} réunit entrepreneurs, porteurs de projets, experts et financeurs intéressés par {country}. La soirée commence par un témoignage ou une table ronde (financement, recrutement, logistique…) suivie d’un temps d’échanges libres. C’est l’occasion de trouver un associé, un fournisseur ou un premier client, et de connaître les programmes d’accompagnement ouverts.',
      },
      en: {
        title: 'Monthly diaspora entrepreneurs meet-up in {city}',
        summary:
          'A monthly gathering to meet other founders, experts and funders, around a different theme each month.',
        body: 'Every month {org} brings together entrepreneurs, project holders, experts and funders interested in {country}. The evening opens with a talk or panel (funding, hiring, logistics…) followed by open networking. It is a chance to find a co-founder, a supplier or a first customer, and to hear about support programmes that are open.',
      },
      pt: {
        title: 'Encontros mensais de empreendedores da diáspora em {city}',
        summary:
          'Um encontro mensal para conhecer outros promotores, especialistas e financiadores, com um tema diferente todos os meses.',
        body: 'Todos os meses, {org} reúne empreendedores, promotores de projetos, especialistas e financiadores interessados {inCountry}. O serão começa com um testemunho ou uma mesa-redonda (financiamento, recrutamento, logística…) seguido de tempo livre de conversa. É a ocasião para encontrar um sócio, um fornecedor ou um primeiro cliente, e conhecer os programas de apoio abertos.',
      },
      ar: {
        title: 'لقاءات شهرية لرواد الأعمال من الجالية في {city}',
        summary: 'موعد شهري للقاء حاملي مشاريع آخرين وخبراء وممولين حول موضوع مختلف كل شهر.',
        body: 'يجمع {org} كل شهر رواد أعمال وحاملي مشاريع وخبراء وممولين مهتمين بـ{country}. تبدأ الأمسية بشهادة أو مائدة مستديرة (التمويل، التوظيف، اللوجستيك...) تليها فترة تواصل حر. إنها فرصة لإيجاد شريك أو مورد أو زبون أول والتعرف على برامج المواكبة المفتوحة.',
      },
    },
    {
      tags: ['forum', 'investissement'],
      fr: {
        title: 'Forum annuel de l’investissement de la diaspora {year}',
        summary:
          'Deux jours de conférences, de rendez-vous B2B et de présentations de projets entre la diaspora et les acteurs économiques {inCountry}.',
        body: 'Le forum organisé par {org} rassemble chaque année plusieurs centaines de participants : entrepreneurs de la diaspora, banques, agences publiques, investisseurs et entreprises {inCountry}. Au programme : conférences sur les secteurs porteurs ({sector} notamment), rendez-vous B2B planifiés à l’avance, espace de présentation de projets et ateliers pratiques.',
      },
      en: {
        title: 'Annual diaspora investment forum {year}',
        summary:
          'Two days of talks, B2B meetings and project pitches between the diaspora and businesses {inCountry}.',
        body: 'The forum run by {org} brings together several hundred participants each year: diaspora entrepreneurs, banks, public agencies, investors and companies {inCountry}. Programme: talks on promising sectors ({sector} among them), pre-booked B2B meetings, a project pitch area and practical workshops.',
      },
    },
  ],
  information: [
    {
      tags: ['orientation', 'premier rendez-vous'],
      fr: {
        title: 'Point information création d’entreprise {inCountry}',
        summary:
          'Un premier rendez-vous gratuit pour faire le point sur son projet et connaître les aides, démarches et interlocuteurs utiles {inCountry}.',
        body: 'Les conseillers de {org} reçoivent sur rendez-vous, en personne ou à distance, les personnes qui envisagent de créer ou de reprendre une activité {inCountry}. En une heure, ils aident à clarifier le projet, présentent les dispositifs d’accompagnement et de financement adaptés, et orientent vers les bons interlocuteurs. Une fiche de synthèse est envoyée après l’entretien.',
      },
      en: {
        title: 'Business start-up information point {inCountry}',
        summary:
          'A free first appointment to review your project and learn which support, procedures and contacts matter {inCountry}.',
        body: 'Advisers at {org} meet, in person or remotely, people thinking about starting or taking over a business {inCountry}. In one hour they help clarify the project, present suitable support and funding schemes and point to the right contacts. A summary sheet is sent after the meeting.',
      },
      pt: {
        title: 'Balcão de informação para criar empresa {inCountry}',
        summary:
          'Um primeiro atendimento gratuito para analisar o seu projeto e conhecer os apoios, procedimentos e contactos úteis {inCountry}.',
        body: 'Os técnicos de {org} recebem com marcação, presencialmente ou à distância, quem pensa criar ou retomar uma atividade {inCountry}. Numa hora, ajudam a clarificar o projeto, apresentam os apoios e financiamentos adequados e encaminham para os interlocutores certos. Após o atendimento é enviada uma ficha de síntese.',
      },
      ar: {
        title: 'نقطة إعلام حول إحداث المقاولات {inCountry}',
        summary:
          'موعد أول مجاني لتقييم مشروعك والتعرف على أشكال الدعم والإجراءات والمحاورين المفيدين {inCountry}.',
        body: 'يستقبل مستشارو {org} بموعد، حضوريا أو عن بعد، الراغبين في إحداث نشاط أو استئنافه {inCountry}. خلال ساعة يساعدون على توضيح المشروع ويقدمون آليات المواكبة والتمويل الملائمة ويوجهون نحو المحاورين المناسبين. تُرسل بطاقة تركيبية بعد المقابلة.',
      },
    },
    {
      tags: ['webinaire', 'guide'],
      fr: {
        title: 'Webinaires « Investir {inCountry} » et guide pratique',
        summary:
          'Un cycle de webinaires gratuits et un guide téléchargeable sur les étapes, les coûts et les pièges d’un investissement {inCountry}.',
        body: 'Chaque mois, {org} anime un webinaire d’une heure sur un thème précis : foncier et immobilier, création de société, recrutement, banques et transferts, secteur {sector}. Les sessions sont enregistrées et accompagnées d’un guide pratique mis à jour chaque année, avec les contacts des administrations et des organismes d’appui.',
      },
      en: {
        title: '“Investing {inCountry}” webinars and practical guide',
        summary:
          'A series of free webinars and a downloadable guide on the steps, costs and pitfalls of investing {inCountry}.',
        body: 'Every month {org} runs a one-hour webinar on a specific topic: land and property, company registration, hiring, banks and transfers, {sector}. Sessions are recorded and come with a practical guide updated every year, listing the contacts of administrations and support bodies.',
      },
    },
  ],
  investment_facilitation: [
    {
      tags: ['guichet unique', 'investissement'],
      fr: {
        title: 'Accompagnement des investisseurs de la diaspora {inCountry}',
        summary:
          'Un chargé d’affaires dédié pour identifier les opportunités, obtenir les autorisations et accéder aux incitations {inCountry}.',
        body: 'Pour les projets d’investissement d’une certaine taille dans le secteur {sector}, {org} désigne un chargé d’affaires qui accompagne l’investisseur de l’étude d’opportunité à l’ouverture : recherche de foncier ou de locaux, autorisations, accès aux régimes d’incitation, mise en relation avec les banques locales et recrutement. Les démarches peuvent être engagées à distance par procuration.',
      },
      en: {
        title: 'Support for diaspora investors {inCountry}',
        summary:
          'A dedicated account manager to spot opportunities, obtain permits and access incentives {inCountry}.',
        body: 'For investment projects of a certain size in {sector}, {org} assigns an account manager who supports the investor from opportunity study to opening: finding land or premises, permits, incentive schemes, introductions to local banks and hiring. Procedures can be started remotely through a power of attorney.',
      },
      pt: {
        title: 'Acompanhamento de investidores da diáspora {inCountry}',
        summary:
          'Um gestor dedicado para identificar oportunidades, obter licenças e aceder a incentivos {inCountry}.',
        body: 'Para projetos de investimento de alguma dimensão em {sector}, a equipa de {org} designa um gestor que acompanha o investidor do estudo de oportunidade à abertura: procura de terreno ou instalações, licenças, regimes de incentivo, contactos com bancos locais e recrutamento. Os procedimentos podem ser iniciados à distância por procuração.',
      },
      ar: {
        title: 'مواكبة المستثمرين من الجالية {inCountry}',
        summary:
          'مكلف بالأعمال مخصص لتحديد الفرص والحصول على التراخيص والاستفادة من الحوافز {inCountry}.',
        body: 'بالنسبة لمشاريع الاستثمار ذات حجم معين في قطاع {sector} يعيّن {org} مكلفا بالأعمال يواكب المستثمر من دراسة الفرصة إلى الافتتاح: البحث عن العقار أو المحلات، التراخيص، أنظمة التحفيز، ربط الاتصال بالبنوك المحلية والتوظيف. يمكن مباشرة الإجراءات عن بعد بواسطة وكالة.',
      },
    },
    {
      tags: ['opportunités', 'mise en relation'],
      fr: {
        title: 'Bourse d’opportunités et mise en relation d’affaires',
        summary:
          'Une sélection de projets et d’entreprises {inCountry} qui cherchent un investisseur ou un associé de la diaspora.',
        body: '{org} tient à jour une bourse d’opportunités : entreprises à reprendre, projets cherchant un associé, PME en croissance ouvrant leur capital {inCountry}. Après une première qualification, l’investisseur reçoit des dossiers correspondant à son profil et à son ticket, puis est mis en relation avec les dirigeants pour des échanges confidentiels.',
      },
      en: {
        title: 'Opportunity exchange and business matchmaking',
        summary:
          'A selection of projects and companies {inCountry} looking for a diaspora investor or partner.',
        body: '{org} keeps an up-to-date opportunity exchange: businesses for sale, projects seeking a partner, growing SMEs opening their capital {inCountry}. After a first screening, investors receive files matching their profile and ticket size, then are introduced to the founders for confidential talks.',
      },
    },
  ],
  return_reintegration: [
    {
      tags: ['retour', 'réinsertion'],
      fr: {
        title: 'Aide au retour et à la création d’activité {inCountry}',
        summary:
          'Un accompagnement avant et après le retour pour créer une activité génératrice de revenus {inCountry}, avec une aide financière au démarrage.',
        body: 'Ce programme s’adresse aux personnes qui ont décidé de rentrer {inCountry} et souhaitent y créer une activité. Avant le départ, {org} aide à construire le projet et le budget ; après le retour, un conseiller local accompagne l’installation pendant douze mois. Une aide financière au démarrage peut financer l’équipement, sur présentation de devis.',
      },
      en: {
        title: 'Return and business start-up support {inCountry}',
        summary:
          'Support before and after returning to start an income-generating activity {inCountry}, with start-up funding.',
        body: 'The programme is for people who have decided to go back {inCountry} and want to start a business there. Before departure, {org} helps build the project and budget; after return, a local adviser supports the set-up for twelve months. Start-up funding can pay for equipment against quotes.',
      },
      pt: {
        title: 'Apoio ao regresso e à criação de atividade {inCountry}',
        summary:
          'Acompanhamento antes e depois do regresso para criar uma atividade geradora de rendimento {inCountry}, com apoio financeiro ao arranque.',
        body: 'Este programa destina-se a quem decidiu regressar {inCountry} e quer criar aí uma atividade. Antes da partida, a equipa de {org} ajuda a construir o projeto e o orçamento; depois do regresso, um técnico local acompanha a instalação durante doze meses. Um apoio financeiro ao arranque pode financiar equipamento, mediante orçamentos.',
      },
      ar: {
        title: 'دعم العودة وإحداث نشاط {inCountry}',
        summary:
          'مواكبة قبل العودة وبعدها لإحداث نشاط مدر للدخل {inCountry}، مع مساعدة مالية للانطلاق.',
        body: 'يستهدف هذا البرنامج الأشخاص الذين قرروا العودة {inCountry} ويرغبون في إحداث نشاط هناك. قبل السفر يساعد {org} على بناء المشروع والميزانية، وبعد العودة يواكب مستشار محلي عملية الاستقرار طيلة اثني عشر شهرا. يمكن لمساعدة مالية للانطلاق أن تموّل التجهيزات بناء على عروض أسعار.',
      },
    },
    {
      tags: ['retour', 'emploi'],
      fr: {
        title: 'Parcours « Rentrer et entreprendre » pour cadres de la diaspora',
        summary:
          'Un parcours pour les cadres et diplômés qui rentrent {inCountry} : bilan, réseau local, immersion en entreprise et projet de création.',
        body: 'Sur {duration}, le parcours aide les cadres et jeunes diplômés de la diaspora à préparer leur retour professionnel {inCountry} : bilan de compétences, connaissance de l’écosystème, immersion de deux semaines dans une entreprise locale et, pour ceux qui le souhaitent, construction d’un projet de création avec {org}.',
      },
      en: {
        title: '“Return and build” track for diaspora professionals',
        summary:
          'A track for professionals and graduates returning {inCountry}: skills review, local network, company immersion and start-up project.',
        body: 'Over {duration} the track helps diaspora professionals and graduates prepare their professional return {inCountry}: skills review, introduction to the ecosystem, a two-week immersion in a local company and, for those who wish, building a start-up project with {org}.',
      },
    },
  ],
};

/** Reasons an admin gives when sending an offer back for changes. */
export const CHANGE_REQUESTS = [
  'Merci de préciser le montant maximal accordé et les pièces justificatives demandées.',
  'La date limite indiquée est antérieure à la date d’ouverture : merci de corriger les dates.',
  'Please add an English summary and state clearly who is eligible (countries of residence).',
  'Merci d’indiquer le lieu exact des sessions en présentiel et le coût pour les participants.',
];
