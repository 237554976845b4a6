import { defineMessages } from '../web/i18n';

/** The open data page (/donnees-ouvertes). */
export const openDataMessages = defineMessages({
  'openData.title': {
    fr: 'Données ouvertes',
    en: 'Open data',
    pt: 'Dados abertos',
    ar: 'البيانات المفتوحة',
  },
  'openData.description': {
    fr: 'Le catalogue de Passerelle en données ouvertes : offres publiées des organisations vérifiées, au format HSDS 3.0 d’Open Referral et en CSV.',
    en: 'The Passerelle catalogue as open data: published offers of verified organisations, in Open Referral’s HSDS 3.0 and as CSV.',
    pt: 'O catálogo da Passerelle em dados abertos: ofertas publicadas de organizações verificadas, no formato HSDS 3.0 da Open Referral e em CSV.',
    ar: 'كتالوج باسيريل كبيانات مفتوحة: العروض المنشورة للمنظمات الموثقة، بصيغة HSDS 3.0 من Open Referral وبصيغة CSV.',
  },
  'openData.what.heading': {
    fr: 'Ce qui est publié',
    en: 'What is published',
    pt: 'O que é publicado',
    ar: 'ما يُنشر',
  },
  'openData.what.body': {
    fr: 'Les offres publiées ({count}) des organisations vérifiées par l’équipe : titre, description, catégorie, secteurs, stades, éligibilité, pays, langues, coût, montants, dates, modalités de candidature et le contact public de l’offre, avec le profil public de chaque organisation.',
    en: 'The published offers ({count}) of organisations verified by the team: title, description, category, sectors, stages, eligibility, countries, languages, cost, amounts, dates, how to apply and the offer’s public contact, with each organisation’s public profile.',
    pt: 'As ofertas publicadas ({count}) das organizações verificadas pela equipa: título, descrição, categoria, setores, fases, elegibilidade, países, línguas, custo, montantes, datas, forma de candidatura e o contacto público da oferta, com o perfil público de cada organização.',
    ar: 'العروض المنشورة ({count}) للمنظمات التي تحقق منها الفريق: العنوان والوصف والفئة والقطاعات والمراحل والأهلية والبلدان واللغات والتكلفة والمبالغ والتواريخ وطريقة التقديم وجهة الاتصال العامة للعرض، مع الملف العام لكل منظمة.',
  },
  'openData.what.private': {
    fr: 'Aucune donnée personnelle : ni les comptes, ni les messages des entrepreneurs, ni les brouillons ou modifications en attente de relecture.',
    en: 'No personal data: no accounts, no messages from entrepreneurs, no drafts or changes waiting for review.',
    pt: 'Nenhum dado pessoal: nem contas, nem mensagens de empreendedores, nem rascunhos ou alterações à espera de revisão.',
    ar: 'لا بيانات شخصية: لا حسابات ولا رسائل رواد الأعمال ولا مسودات أو تعديلات بانتظار المراجعة.',
  },
  'openData.licence.heading': { fr: 'Licence', en: 'Licence', pt: 'Licença', ar: 'الترخيص' },
  'openData.licence.body': {
    fr: 'Les données sont publiées sous la licence suivante ; réutilisez-les librement en citant Passerelle comme source :',
    en: 'The data is published under the following licence; reuse it freely, naming Passerelle as the source:',
    pt: 'Os dados são publicados sob a seguinte licença; reutilize-os livremente, citando a Passerelle como fonte:',
    ar: 'تُنشر البيانات بموجب الترخيص التالي؛ أعد استخدامها بحرية مع ذكر باسيريل مصدرًا:',
  },
  'openData.updated.heading': {
    fr: 'Dernière mise à jour',
    en: 'Last update',
    pt: 'Última atualização',
    ar: 'آخر تحديث',
  },
  'openData.updated.none': {
    fr: 'Aucune offre n’est encore publiée.',
    en: 'No offer is published yet.',
    pt: 'Ainda não há ofertas publicadas.',
    ar: 'لم يُنشر أي عرض بعد.',
  },
  'openData.downloads.heading': {
    fr: 'Téléchargements',
    en: 'Downloads',
    pt: 'Transferências',
    ar: 'التنزيلات',
  },
  'openData.downloads.hsds': {
    fr: 'Paquet de données HSDS 3.0 (zip : un fichier CSV par table et datapackage.json)',
    en: 'HSDS 3.0 data package (zip: one CSV file per table and datapackage.json)',
    pt: 'Pacote de dados HSDS 3.0 (zip: um ficheiro CSV por tabela e datapackage.json)',
    ar: 'حزمة بيانات HSDS 3.0 (ملف zip: ملف CSV لكل جدول وdatapackage.json)',
  },
  'openData.downloads.csv': {
    fr: 'Catalogue en CSV pour tableur (une ligne par offre, UTF-8)',
    en: 'Catalogue as a spreadsheet CSV (one row per offer, UTF-8)',
    pt: 'Catálogo em CSV para folha de cálculo (uma linha por oferta, UTF-8)',
    ar: 'الكتالوج بصيغة CSV لجداول البيانات (سطر لكل عرض، UTF-8)',
  },
  'openData.api.heading': { fr: 'API', en: 'API', pt: 'API', ar: 'واجهة البرمجة' },
  'openData.api.services': {
    fr: 'Services au format de l’API HSDS 3.0 (paginés avec page et per_page)',
    en: 'Services in the HSDS 3.0 API shape (paged with page and per_page)',
    pt: 'Serviços no formato da API HSDS 3.0 (paginados com page e per_page)',
    ar: 'الخدمات بصيغة واجهة HSDS 3.0 (مقسمة إلى صفحات بـ page وper_page)',
  },
  'openData.api.service': {
    fr: 'Un service complet, avec tous ses détails : ajoutez son identifiant à cette adresse (…/services/identifiant).',
    en: 'One full service with every detail: add its id to that address (…/services/id).',
    pt: 'Um serviço completo, com todos os detalhes: acrescente o seu identificador a esse endereço (…/services/id).',
    ar: 'خدمة كاملة بكل تفاصيلها: أضف معرّفها إلى هذا العنوان (…/services/id).',
  },
  'openData.api.docs': {
    fr: 'Documentation de l’API (OpenAPI)',
    en: 'API documentation (OpenAPI)',
    pt: 'Documentação da API (OpenAPI)',
    ar: 'توثيق واجهة البرمجة (OpenAPI)',
  },
  'openData.standard': {
    fr: 'Format : Human Services Data Specification (HSDS) 3.0 d’Open Referral.',
    en: 'Format: Open Referral’s Human Services Data Specification (HSDS) 3.0.',
    pt: 'Formato: Human Services Data Specification (HSDS) 3.0 da Open Referral.',
    ar: 'الصيغة: مواصفة بيانات الخدمات الإنسانية (HSDS) 3.0 من Open Referral.',
  },
});
