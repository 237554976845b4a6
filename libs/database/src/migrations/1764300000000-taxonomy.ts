import type { MigrationInterface, QueryRunner } from 'typeorm';

interface DefaultTerm {
  readonly vocabulary: 'category' | 'sector' | 'stage';
  readonly code: string;
  readonly parent?: string;
  readonly labels: { fr: string; en: string; pt: string; ar: string };
}

/**
 * The taxonomy offers are classified with at launch (PRODUCT.md, "The catalogue"). Admins
 * keep it afterwards: terms are renamed or retired, never deleted, since offers keep codes.
 * Copied into the migration rather than imported so it stays what it was when it ran.
 */
const DEFAULT_TERMS: readonly DefaultTerm[] = [
  // Categories: what kind of help the offer is.
  {
    vocabulary: 'category',
    code: 'financing',
    labels: { fr: 'Financement', en: 'Financing', pt: 'Financiamento', ar: 'التمويل' },
  },
  {
    vocabulary: 'category',
    code: 'grant',
    parent: 'financing',
    labels: { fr: 'Subvention', en: 'Grant', pt: 'Subvenção', ar: 'منحة' },
  },
  {
    vocabulary: 'category',
    code: 'loan',
    parent: 'financing',
    labels: { fr: 'Prêt', en: 'Loan', pt: 'Empréstimo', ar: 'قرض' },
  },
  {
    vocabulary: 'category',
    code: 'equity',
    parent: 'financing',
    labels: {
      fr: 'Prise de participation',
      en: 'Equity investment',
      pt: 'Participação no capital',
      ar: 'المساهمة في رأس المال',
    },
  },
  {
    vocabulary: 'category',
    code: 'guarantee',
    parent: 'financing',
    labels: { fr: 'Garantie', en: 'Guarantee', pt: 'Garantia', ar: 'ضمان القروض' },
  },
  {
    vocabulary: 'category',
    code: 'crowdfunding',
    parent: 'financing',
    labels: {
      fr: 'Financement participatif',
      en: 'Crowdfunding',
      pt: 'Financiamento coletivo',
      ar: 'التمويل الجماعي',
    },
  },
  {
    vocabulary: 'category',
    code: 'training',
    labels: { fr: 'Formation', en: 'Training', pt: 'Formação', ar: 'التدريب' },
  },
  {
    vocabulary: 'category',
    code: 'mentoring',
    labels: {
      fr: 'Mentorat et coaching',
      en: 'Mentoring and coaching',
      pt: 'Mentoria e coaching',
      ar: 'الإرشاد والتوجيه',
    },
  },
  {
    vocabulary: 'category',
    code: 'incubation',
    labels: { fr: 'Incubation', en: 'Incubation', pt: 'Incubação', ar: 'الاحتضان' },
  },
  {
    vocabulary: 'category',
    code: 'acceleration',
    labels: { fr: 'Accélération', en: 'Acceleration', pt: 'Aceleração', ar: 'التسريع' },
  },
  {
    vocabulary: 'category',
    code: 'legal',
    labels: {
      fr: 'Accompagnement juridique et administratif',
      en: 'Legal and administrative support',
      pt: 'Apoio jurídico e administrativo',
      ar: 'الدعم القانوني والإداري',
    },
  },
  {
    vocabulary: 'category',
    code: 'market_access',
    labels: {
      fr: 'Accès aux marchés et export',
      en: 'Market access and export',
      pt: 'Acesso a mercados e exportação',
      ar: 'الوصول إلى الأسواق والتصدير',
    },
  },
  {
    vocabulary: 'category',
    code: 'networking',
    labels: {
      fr: 'Réseautage et événements',
      en: 'Networking and events',
      pt: 'Networking e eventos',
      ar: 'التواصل المهني والفعاليات',
    },
  },
  {
    vocabulary: 'category',
    code: 'information',
    labels: {
      fr: 'Information et orientation',
      en: 'Information and guidance',
      pt: 'Informação e orientação',
      ar: 'الإعلام والتوجيه',
    },
  },
  {
    vocabulary: 'category',
    code: 'investment_facilitation',
    labels: {
      fr: "Facilitation de l'investissement",
      en: 'Investment facilitation',
      pt: 'Facilitação do investimento',
      ar: 'تيسير الاستثمار',
    },
  },
  {
    vocabulary: 'category',
    code: 'return_reintegration',
    labels: {
      fr: 'Aide au retour et à la réinsertion',
      en: 'Return and reintegration support',
      pt: 'Apoio ao regresso e à reintegração',
      ar: 'دعم العودة وإعادة الإدماج',
    },
  },

  // Sectors: the business's field of activity.
  {
    vocabulary: 'sector',
    code: 'agriculture_agrifood',
    labels: {
      fr: 'Agriculture et agroalimentaire',
      en: 'Agriculture and agrifood',
      pt: 'Agricultura e agroalimentar',
      ar: 'الزراعة والصناعات الغذائية',
    },
  },
  {
    vocabulary: 'sector',
    code: 'fintech_financial_services',
    labels: {
      fr: 'Fintech et services financiers',
      en: 'Fintech and financial services',
      pt: 'Fintech e serviços financeiros',
      ar: 'التكنولوجيا المالية والخدمات المالية',
    },
  },
  {
    vocabulary: 'sector',
    code: 'digital_tech',
    labels: {
      fr: 'Numérique et technologies',
      en: 'Digital and technology',
      pt: 'Digital e tecnologia',
      ar: 'الرقمنة والتكنولوجيا',
    },
  },
  {
    vocabulary: 'sector',
    code: 'renewable_energy',
    labels: {
      fr: 'Énergies renouvelables',
      en: 'Renewable energy',
      pt: 'Energias renováveis',
      ar: 'الطاقات المتجددة',
    },
  },
  {
    vocabulary: 'sector',
    code: 'health',
    labels: { fr: 'Santé', en: 'Health', pt: 'Saúde', ar: 'الصحة' },
  },
  {
    vocabulary: 'sector',
    code: 'education',
    labels: { fr: 'Éducation', en: 'Education', pt: 'Educação', ar: 'التعليم' },
  },
  {
    vocabulary: 'sector',
    code: 'tourism_hospitality',
    labels: {
      fr: 'Tourisme et hôtellerie',
      en: 'Tourism and hospitality',
      pt: 'Turismo e hotelaria',
      ar: 'السياحة والضيافة',
    },
  },
  {
    vocabulary: 'sector',
    code: 'commerce_retail',
    labels: {
      fr: 'Commerce et distribution',
      en: 'Commerce and retail',
      pt: 'Comércio e distribuição',
      ar: 'التجارة والتوزيع',
    },
  },
  {
    vocabulary: 'sector',
    code: 'manufacturing',
    labels: {
      fr: 'Industrie manufacturière',
      en: 'Manufacturing',
      pt: 'Indústria transformadora',
      ar: 'الصناعة التحويلية',
    },
  },
  {
    vocabulary: 'sector',
    code: 'construction_real_estate',
    labels: {
      fr: 'BTP et immobilier',
      en: 'Construction and real estate',
      pt: 'Construção e imobiliário',
      ar: 'البناء والعقارات',
    },
  },
  {
    vocabulary: 'sector',
    code: 'transport_logistics',
    labels: {
      fr: 'Transport et logistique',
      en: 'Transport and logistics',
      pt: 'Transportes e logística',
      ar: 'النقل والخدمات اللوجستية',
    },
  },
  {
    vocabulary: 'sector',
    code: 'creative_cultural_industries',
    labels: {
      fr: 'Industries culturelles et créatives',
      en: 'Creative and cultural industries',
      pt: 'Indústrias culturais e criativas',
      ar: 'الصناعات الثقافية والإبداعية',
    },
  },
  {
    vocabulary: 'sector',
    code: 'textile_fashion',
    labels: {
      fr: 'Textile et mode',
      en: 'Textile and fashion',
      pt: 'Têxtil e moda',
      ar: 'النسيج والموضة',
    },
  },
  {
    vocabulary: 'sector',
    code: 'water_sanitation',
    labels: {
      fr: 'Eau et assainissement',
      en: 'Water and sanitation',
      pt: 'Água e saneamento',
      ar: 'المياه والصرف الصحي',
    },
  },
  {
    vocabulary: 'sector',
    code: 'business_services',
    labels: {
      fr: 'Services aux entreprises',
      en: 'Business services',
      pt: 'Serviços às empresas',
      ar: 'خدمات الأعمال',
    },
  },

  // Stages: how far the business has come.
  {
    vocabulary: 'stage',
    code: 'idea',
    labels: { fr: 'Idée', en: 'Idea', pt: 'Ideia', ar: 'مرحلة الفكرة' },
  },
  {
    vocabulary: 'stage',
    code: 'creation',
    labels: { fr: 'Création', en: 'Start-up', pt: 'Criação', ar: 'مرحلة التأسيس' },
  },
  {
    vocabulary: 'stage',
    code: 'early',
    labels: {
      fr: 'Jeune entreprise',
      en: 'Early stage',
      pt: 'Fase inicial',
      ar: 'المرحلة الأولى من النشاط',
    },
  },
  {
    vocabulary: 'stage',
    code: 'growth',
    labels: { fr: 'Croissance', en: 'Growth', pt: 'Crescimento', ar: 'مرحلة النمو' },
  },
  {
    vocabulary: 'stage',
    code: 'established',
    labels: {
      fr: 'Entreprise établie',
      en: 'Established business',
      pt: 'Empresa consolidada',
      ar: 'مؤسسة قائمة',
    },
  },
];

/** Categories, sectors and business stages: the vocabularies offers are classified with. */
export class Taxonomy1764300000000 implements MigrationInterface {
  name = 'Taxonomy1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE taxonomy_terms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vocabulary varchar(16) NOT NULL CHECK (vocabulary IN ('category', 'sector', 'stage')),
        code varchar(64) NOT NULL CHECK (code ~ '^[a-z][a-z0-9]*(_[a-z0-9]+)*$'),
        parent_code varchar(64),
        labels jsonb NOT NULL CHECK (
          jsonb_typeof(labels) = 'object'
          AND labels - ARRAY['fr', 'en', 'pt', 'ar'] = '{}'::jsonb
          AND jsonb_typeof(labels -> 'fr') = 'string' AND length(btrim(labels ->> 'fr')) > 0
          AND jsonb_typeof(labels -> 'en') = 'string' AND length(btrim(labels ->> 'en')) > 0
          AND coalesce(jsonb_typeof(labels -> 'pt'), 'string') = 'string'
          AND coalesce(jsonb_typeof(labels -> 'ar'), 'string') = 'string'
        ),
        position integer NOT NULL DEFAULT 0,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT taxonomy_terms_vocabulary_code_key UNIQUE (vocabulary, code),
        CONSTRAINT taxonomy_terms_parent_fkey FOREIGN KEY (vocabulary, parent_code)
          REFERENCES taxonomy_terms (vocabulary, code),
        CONSTRAINT taxonomy_terms_not_own_parent CHECK (parent_code IS DISTINCT FROM code)
      )`);

    const values: string[] = [];
    const params: unknown[] = [];
    const positions = new Map<string, number>();
    for (const term of DEFAULT_TERMS) {
      const siblings = `${term.vocabulary}/${term.parent ?? ''}`;
      const position = (positions.get(siblings) ?? 0) + 10;
      positions.set(siblings, position);
      const n = params.length;
      values.push(`($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}::jsonb, $${n + 5})`);
      params.push(
        term.vocabulary,
        term.code,
        term.parent ?? null,
        JSON.stringify(term.labels),
        position,
      );
    }
    // One statement: the parent key is checked at its end, once every row is in.
    await q.query(
      `INSERT INTO taxonomy_terms (vocabulary, code, parent_code, labels, position)
       VALUES ${values.join(', ')}`,
      params,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE taxonomy_terms`);
  }
}
