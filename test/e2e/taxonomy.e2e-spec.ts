import { DataSource } from 'typeorm';
import { ValidationFailedError } from '@app/core';
import { TAXONOMY_CACHE_TTL_MS, TaxonomyService } from '@app/catalogue';
import { newAccount, newAdmin, type TestAccount } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

interface Term {
  vocabulary: string;
  code: string;
  parentCode: string | null;
  labels: { fr: string; en: string; pt?: string; ar?: string };
  position: number;
  selectable: boolean;
  retiredAt: string | null;
}

describe('taxonomy and reference data', () => {
  let t: TestApp;
  let admin: TestAccount;
  let entrepreneur: TestAccount;
  let taxonomy: TaxonomyService;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await newAdmin(t);
    entrepreneur = await newAccount(t);
    taxonomy = t.app.get(TaxonomyService);
  });
  afterAll(() => t.close());

  const publicList = async (query = ''): Promise<Term[]> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/taxonomy${query}` });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const adminCall = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: admin.auth(), payload });
  const create = async (payload: object) => {
    const res = await adminCall('POST', '/api/v1/admin/taxonomy', payload);
    expect({ status: res.statusCode, body: res.json() }).toMatchObject({ status: 201 });
    return res.json() as Term;
  };
  const violationsOf = (res: {
    statusCode: number;
    headers: Record<string, unknown>;
    json(): unknown;
  }) => {
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    return (res.json() as { errors: Array<{ field: string; rule: string; message: string }> })
      .errors;
  };
  async function selectableError(
    field: string,
    vocabulary: 'category' | 'sector' | 'stage',
    codes: string[],
  ) {
    const error = await taxonomy.assertSelectable(field, vocabulary, codes).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationFailedError);
    return error as ValidationFailedError;
  }

  describe('public list', () => {
    it('has the default categories, sectors and stages, labelled in fr, en, pt and ar', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/taxonomy' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=60');
      const terms: Term[] = res.json();
      const codes = (vocabulary: string) =>
        terms.filter((x) => x.vocabulary === vocabulary).map((x) => x.code);
      expect(codes('category')).toEqual([
        'financing',
        'grant',
        'loan',
        'equity',
        'guarantee',
        'crowdfunding',
        'training',
        'mentoring',
        'incubation',
        'acceleration',
        'legal',
        'market_access',
        'networking',
        'information',
        'investment_facilitation',
        'return_reintegration',
      ]);
      expect(codes('stage')).toEqual(['idea', 'creation', 'early', 'growth', 'established']);
      expect(codes('sector')).toHaveLength(15);
      expect(codes('sector')).toEqual(
        expect.arrayContaining([
          'agriculture_agrifood',
          'fintech_financial_services',
          'renewable_energy',
          'health',
        ]),
      );
      for (const term of terms) {
        expect(term.labels).toEqual({
          fr: expect.stringMatching(/\S/),
          en: expect.stringMatching(/\S/),
          pt: expect.stringMatching(/\S/),
          ar: expect.stringMatching(/\S/),
        });
        expect(term).toMatchObject({ selectable: true, retiredAt: null });
      }
      expect(terms.find((x) => x.code === 'financing')!.labels).toEqual({
        fr: 'Financement',
        en: 'Financing',
        pt: 'Financiamento',
        ar: 'التمويل',
      });
      expect(terms.find((x) => x.code === 'mentoring')!.labels.fr).toBe('Mentorat et coaching');
    });

    it('gives financing its sub-types, right after it, in order', async () => {
      const categories = await publicList('?vocabulary=category');
      const children = categories.filter((x) => x.parentCode === 'financing');
      expect(children.map((x) => [x.code, x.labels.en])).toEqual([
        ['grant', 'Grant'],
        ['loan', 'Loan'],
        ['equity', 'Equity investment'],
        ['guarantee', 'Guarantee'],
        ['crowdfunding', 'Crowdfunding'],
      ]);
      expect(
        categories.filter((x) => x.parentCode !== null && x.parentCode !== 'financing'),
      ).toEqual([]);
      expect(categories.every((x) => x.vocabulary === 'category')).toBe(true);
    });

    it('refuses an unknown vocabulary or query parameter, naming it', async () => {
      const bad = await t.app.inject({ method: 'GET', url: '/api/v1/taxonomy?vocabulary=colour' });
      expect(violationsOf(bad)).toEqual([
        expect.objectContaining({ field: 'vocabulary', rule: 'isIn' }),
      ]);
      const unknown = await t.app.inject({
        method: 'GET',
        url: '/api/v1/taxonomy?includeRetired=true',
      });
      expect(violationsOf(unknown)).toEqual([
        expect.objectContaining({ field: 'includeRetired', rule: 'unknownProperty' }),
      ]);
    });
  });

  describe('administration', () => {
    it('is for admins only: 401 anonymous, 403 for other accounts', async () => {
      const calls: Array<['GET' | 'POST' | 'PATCH', string]> = [
        ['GET', '/api/v1/admin/taxonomy'],
        ['POST', '/api/v1/admin/taxonomy'],
        ['PATCH', '/api/v1/admin/taxonomy/sector/health'],
        ['POST', '/api/v1/admin/taxonomy/sector/health/retire'],
        ['POST', '/api/v1/admin/taxonomy/sector/health/unretire'],
      ];
      for (const [method, url] of calls) {
        const payload =
          method === 'GET'
            ? undefined
            : { vocabulary: 'sector', code: 'x', labels: { fr: 'X', en: 'X' } };
        const anonymous = await t.app.inject({ method, url, payload });
        expect({ method, url, status: anonymous.statusCode }).toEqual({ method, url, status: 401 });
        const other = await t.app.inject({ method, url, payload, headers: entrepreneur.auth() });
        expect({ method, url, status: other.statusCode }).toEqual({ method, url, status: 403 });
        expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      expect(
        (await publicList('?vocabulary=sector')).find((x) => x.code === 'health'),
      ).toMatchObject({
        selectable: true,
      });
    });

    it('creates a term, shown in the public list at once', async () => {
      const created = await create({
        vocabulary: 'sector',
        code: 'blue_economy',
        labels: { fr: '  Économie bleue ', en: 'Blue economy', ar: 'الاقتصاد الأزرق' },
      });
      expect(created).toMatchObject({
        vocabulary: 'sector',
        code: 'blue_economy',
        parentCode: null,
        labels: { fr: 'Économie bleue', en: 'Blue economy', ar: 'الاقتصاد الأزرق' },
        selectable: true,
        retiredAt: null,
      });
      expect(created.labels).not.toHaveProperty('pt');
      const sectors = await publicList('?vocabulary=sector');
      // Placed after the last sector unless a position is given.
      expect(sectors[sectors.length - 1]).toMatchObject({ code: 'blue_economy' });
      expect(created.position).toBeGreaterThan(sectors[sectors.length - 2].position);
    });

    it('creates a financing sub-type under financing', async () => {
      await create({
        vocabulary: 'category',
        code: 'microfinance',
        parentCode: 'financing',
        labels: {
          fr: 'Microfinance',
          en: 'Microfinance',
          pt: 'Microfinanças',
          ar: 'التمويل الأصغر',
        },
      });
      const categories = await publicList('?vocabulary=category');
      const codes = categories.map((x) => x.code);
      expect(codes.indexOf('microfinance')).toBe(codes.indexOf('crowdfunding') + 1);
      expect(categories.find((x) => x.code === 'microfinance')!.parentCode).toBe('financing');
    });

    it('refuses a duplicate code with 409, also when the existing term is retired', async () => {
      const res = await adminCall('POST', '/api/v1/admin/taxonomy', {
        vocabulary: 'category',
        code: 'grant',
        labels: { fr: 'Bourse', en: 'Grant' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({
        code: 'TAXONOMY.TERM_EXISTS',
        vocabulary: 'category',
        termCode: 'grant',
      });
      // The same code in another vocabulary is a different term.
      await create({
        vocabulary: 'stage',
        code: 'grant',
        labels: { fr: 'Subventionné', en: 'Grant-funded' },
      });

      await create({ vocabulary: 'sector', code: 'mining', labels: { fr: 'Mines', en: 'Mining' } });
      expect(
        (await adminCall('POST', '/api/v1/admin/taxonomy/sector/mining/retire')).statusCode,
      ).toBe(200);
      const again = await adminCall('POST', '/api/v1/admin/taxonomy', {
        vocabulary: 'sector',
        code: 'mining',
        labels: { fr: 'Mines', en: 'Mining' },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().detail).toMatch(/retired term: unretire it/);
    });

    it('validates what it creates, naming each field', async () => {
      const cases: Array<[object, string, string]> = [
        [
          { vocabulary: 'colour', code: 'blue', labels: { fr: 'Bleu', en: 'Blue' } },
          'vocabulary',
          'isIn',
        ],
        [
          { vocabulary: 'sector', code: 'Blue Economy', labels: { fr: 'B', en: 'B' } },
          'code',
          'matches',
        ],
        [
          { vocabulary: 'sector', code: 'blue-economy', labels: { fr: 'B', en: 'B' } },
          'code',
          'matches',
        ],
        [
          { vocabulary: 'sector', code: `a${'b'.repeat(64)}`, labels: { fr: 'B', en: 'B' } },
          'code',
          'maxLength',
        ],
        [{ vocabulary: 'sector', code: 'ocean', labels: { fr: 'Océan' } }, 'labels.en', 'isString'],
        [
          { vocabulary: 'sector', code: 'ocean', labels: { fr: '   ', en: 'Ocean' } },
          'labels.fr',
          'isLength',
        ],
        [
          { vocabulary: 'sector', code: 'ocean', labels: { fr: 'O', en: 'O', de: 'Ozean' } },
          'labels.de',
          'unknownProperty',
        ],
        [{ vocabulary: 'sector', code: 'ocean' }, 'labels', 'isObject'],
        [
          { vocabulary: 'sector', code: 'ocean', labels: { fr: 'O', en: 'O' }, position: -1 },
          'position',
          'min',
        ],
        [
          { vocabulary: 'sector', code: 'ocean', labels: { fr: 'O', en: 'O' }, colour: 'blue' },
          'colour',
          'unknownProperty',
        ],
        [
          {
            vocabulary: 'category',
            code: 'ocean',
            parentCode: 'nope',
            labels: { fr: 'O', en: 'O' },
          },
          'parentCode',
          'taxonomy.unknown',
        ],
        [
          {
            vocabulary: 'category',
            code: 'ocean',
            parentCode: 'grant',
            labels: { fr: 'O', en: 'O' },
          },
          'parentCode',
          'taxonomy.depth',
        ],
        [
          // A parent must be of the same vocabulary.
          {
            vocabulary: 'sector',
            code: 'ocean',
            parentCode: 'financing',
            labels: { fr: 'O', en: 'O' },
          },
          'parentCode',
          'taxonomy.unknown',
        ],
      ];
      for (const [payload, field, rule] of cases) {
        const res = await adminCall('POST', '/api/v1/admin/taxonomy', payload);
        expect({ payload, status: res.statusCode }).toEqual({ payload, status: 400 });
        expect({ payload, errors: res.json().errors }).toEqual({
          payload,
          errors: expect.arrayContaining([expect.objectContaining({ field, rule })]),
        });
      }
      expect((await publicList('?vocabulary=sector')).map((x) => x.code)).not.toContain('ocean');
    });

    it('renames a term: labels merged, pt or ar removed with null, position changed', async () => {
      await create({
        vocabulary: 'sector',
        code: 'sports',
        labels: { fr: 'Sport', en: 'Sport', pt: 'Desporto', ar: 'الرياضة' },
      });
      const renamed = await adminCall('PATCH', '/api/v1/admin/taxonomy/sector/sports', {
        labels: { fr: 'Sport et loisirs', en: 'Sports and leisure', pt: null },
        position: 1,
      });
      expect(renamed.statusCode).toBe(200);
      expect(renamed.json()).toMatchObject({
        code: 'sports',
        labels: { fr: 'Sport et loisirs', en: 'Sports and leisure', ar: 'الرياضة' },
        position: 1,
      });
      expect(renamed.json().labels).not.toHaveProperty('pt');
      const sectors = await publicList('?vocabulary=sector');
      expect(sectors[0]).toMatchObject({ code: 'sports', labels: { fr: 'Sport et loisirs' } });

      const arOnly = await adminCall('PATCH', '/api/v1/admin/taxonomy/sector/sports', {
        labels: { ar: 'الرياضة والترفيه' },
      });
      expect(arOnly.json().labels).toEqual({
        fr: 'Sport et loisirs',
        en: 'Sports and leisure',
        ar: 'الرياضة والترفيه',
      });
    });

    it('answers 404 for an unknown term and 400 for a malformed vocabulary or code', async () => {
      const missing = await adminCall('PATCH', '/api/v1/admin/taxonomy/sector/space_mining', {
        labels: { fr: 'Mines spatiales' },
      });
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ code: 'TAXONOMY.TERM_NOT_FOUND' });
      for (const action of ['retire', 'unretire']) {
        const res = await adminCall('POST', `/api/v1/admin/taxonomy/stage/space_mining/${action}`);
        expect({ action, status: res.statusCode }).toEqual({ action, status: 404 });
      }
      const badVocabulary = await adminCall('POST', '/api/v1/admin/taxonomy/colour/blue/retire');
      expect(violationsOf(badVocabulary)).toEqual([
        expect.objectContaining({ field: 'vocabulary' }),
      ]);
      const badCode = await adminCall('PATCH', '/api/v1/admin/taxonomy/sector/Health%20Care', {
        labels: { fr: 'Santé' },
      });
      expect(violationsOf(badCode)).toEqual([
        expect.objectContaining({ field: 'code', rule: 'matches' }),
      ]);
      const emptyLabel = await adminCall('PATCH', '/api/v1/admin/taxonomy/sector/health', {
        labels: { en: '' },
      });
      expect(violationsOf(emptyLabel)).toEqual([expect.objectContaining({ field: 'labels.en' })]);
      const nullLabel = await adminCall('PATCH', '/api/v1/admin/taxonomy/sector/health', {
        labels: { fr: null },
      });
      expect(violationsOf(nullLabel)).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'labels.fr' })]),
      );
      expect(
        (await publicList('?vocabulary=sector')).find((x) => x.code === 'health')!.labels.fr,
      ).toBe('Santé');
    });

    it('retires a term: hidden from the public list, kept in the admin list, then unretired', async () => {
      await create({
        vocabulary: 'stage',
        code: 'scale_up',
        labels: { fr: 'Changement d’échelle', en: 'Scale-up' },
      });
      const retired = await adminCall('POST', '/api/v1/admin/taxonomy/stage/scale_up/retire');
      expect(retired.statusCode).toBe(200);
      expect(retired.json()).toMatchObject({
        code: 'scale_up',
        selectable: false,
        retiredAt: expect.any(String),
      });
      // Retiring twice keeps the first date.
      const twice = await adminCall('POST', '/api/v1/admin/taxonomy/stage/scale_up/retire');
      expect(twice.json().retiredAt).toBe(retired.json().retiredAt);

      expect((await publicList()).map((x) => x.code)).not.toContain('scale_up');
      const adminList = await adminCall('GET', '/api/v1/admin/taxonomy?vocabulary=stage');
      expect(adminList.json()).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: 'scale_up', selectable: false })]),
      );
      const currentOnly = await adminCall(
        'GET',
        '/api/v1/admin/taxonomy?vocabulary=stage&includeRetired=false',
      );
      expect(currentOnly.json().map((x: Term) => x.code)).not.toContain('scale_up');
      const badFlag = await adminCall('GET', '/api/v1/admin/taxonomy?includeRetired=yes');
      expect(violationsOf(badFlag)).toEqual([expect.objectContaining({ field: 'includeRetired' })]);

      const back = await adminCall('POST', '/api/v1/admin/taxonomy/stage/scale_up/unretire');
      expect(back.statusCode).toBe(200);
      expect(back.json()).toMatchObject({ selectable: true, retiredAt: null });
      expect((await publicList('?vocabulary=stage')).map((x) => x.code)).toContain('scale_up');
    });

    it('retiring a parent hides its sub-terms until it returns', async () => {
      await create({
        vocabulary: 'category',
        code: 'in_kind',
        labels: { fr: 'Aide en nature', en: 'In-kind support' },
      });
      await create({
        vocabulary: 'category',
        code: 'equipment',
        parentCode: 'in_kind',
        labels: { fr: 'Matériel', en: 'Equipment' },
      });
      await adminCall('POST', '/api/v1/admin/taxonomy/category/in_kind/retire');
      const codes = (await publicList('?vocabulary=category')).map((x) => x.code);
      expect(codes).not.toContain('in_kind');
      expect(codes).not.toContain('equipment');
      const child = (await adminCall('GET', '/api/v1/admin/taxonomy?vocabulary=category'))
        .json()
        .find((x: Term) => x.code === 'equipment');
      expect(child).toMatchObject({ retiredAt: null, selectable: false });
      // No new sub-terms under a retired parent.
      const under = await adminCall('POST', '/api/v1/admin/taxonomy', {
        vocabulary: 'category',
        code: 'tools',
        parentCode: 'in_kind',
        labels: { fr: 'Outils', en: 'Tools' },
      });
      expect(violationsOf(under)).toEqual([
        expect.objectContaining({ field: 'parentCode', rule: 'taxonomy.retired' }),
      ]);

      await adminCall('POST', '/api/v1/admin/taxonomy/category/in_kind/unretire');
      expect((await publicList('?vocabulary=category')).map((x) => x.code)).toEqual(
        expect.arrayContaining(['in_kind', 'equipment']),
      );
    });
  });

  describe('TaxonomyService for the offer service', () => {
    it('accepts current terms, duplicates and an empty list', async () => {
      await expect(
        taxonomy.assertSelectable('categoryCode', 'category', ['grant']),
      ).resolves.toBeUndefined();
      await expect(
        taxonomy.assertSelectable('sectorCodes', 'sector', ['health', 'education', 'health']),
      ).resolves.toBeUndefined();
      await expect(taxonomy.assertSelectable('stageCodes', 'stage', [])).resolves.toBeUndefined();
    });

    it('refuses unknown codes, and codes of another vocabulary, naming the field and listing them', async () => {
      const error = await selectableError('sectorCodes', 'sector', [
        'health',
        'space',
        'grant',
        'space',
      ]);
      expect(error.code).toBe('CORE.VALIDATION_FAILED');
      expect(error.extra.violations).toEqual([
        {
          field: 'sectorCodes',
          rule: 'taxonomy.unknown',
          message: 'sectorCodes: unknown sector codes "space", "grant".',
        },
      ]);
      expect(error.message).toBe(error.extra.violations![0].message);
    });

    it('refuses retired terms, and sub-terms of a retired parent, with their own rule', async () => {
      await create({
        vocabulary: 'sector',
        code: 'tobacco',
        labels: { fr: 'Tabac', en: 'Tobacco' },
      });
      await adminCall('POST', '/api/v1/admin/taxonomy/sector/tobacco/retire');
      const error = await selectableError('sectorCodes', 'sector', ['tobacco', 'nope', 'health']);
      expect(error.extra.violations).toEqual([
        {
          field: 'sectorCodes',
          rule: 'taxonomy.unknown',
          message: 'sectorCodes: unknown sector code "nope".',
        },
        {
          field: 'sectorCodes',
          rule: 'taxonomy.retired',
          message: 'sectorCodes: the sector term "tobacco" is retired and can no longer be chosen.',
        },
      ]);

      await create({
        vocabulary: 'category',
        code: 'vouchers',
        labels: { fr: 'Chèques', en: 'Vouchers' },
      });
      await create({
        vocabulary: 'category',
        code: 'export_voucher',
        parentCode: 'vouchers',
        labels: { fr: 'Chèque export', en: 'Export voucher' },
      });
      await adminCall('POST', '/api/v1/admin/taxonomy/category/vouchers/retire');
      const child = await selectableError('categoryCode', 'category', ['export_voucher']);
      expect(child.extra.violations).toEqual([
        expect.objectContaining({ rule: 'taxonomy.retired' }),
      ]);
    });

    it('sees terms another process created or retired (re-reads before refusing; short cache)', async () => {
      await taxonomy.assertSelectable('sectorCodes', 'sector', ['health']); // cache warm
      const db = t.app.get(DataSource);
      await db.query(
        `INSERT INTO taxonomy_terms (vocabulary, code, labels, position)
         VALUES ('sector', 'aquaculture', '{"fr": "Aquaculture", "en": "Aquaculture"}', 500)`,
      );
      await expect(
        taxonomy.assertSelectable('sectorCodes', 'sector', ['aquaculture']),
      ).resolves.toBeUndefined();

      await db.query(
        `UPDATE taxonomy_terms SET retired_at = now() WHERE vocabulary = 'sector' AND code = 'aquaculture'`,
      );
      // Within the cache lifetime this process may still accept it; once it has passed, not.
      const now = Date.now();
      const clock = jest.spyOn(Date, 'now').mockReturnValue(now + TAXONOMY_CACHE_TTL_MS + 1);
      try {
        const error = await selectableError('sectorCodes', 'sector', ['aquaculture']);
        expect(error.extra.violations).toEqual([
          expect.objectContaining({ rule: 'taxonomy.retired' }),
        ]);
      } finally {
        clock.mockRestore();
      }
    });

    it('gives labels for search documents, retired terms included, unknown codes left out', async () => {
      expect(await taxonomy.labelsFor('sector', ['tobacco', 'health', 'nope', 'health'])).toEqual([
        { code: 'tobacco', parentCode: null, labels: { fr: 'Tabac', en: 'Tobacco' } },
        {
          code: 'health',
          parentCode: null,
          labels: { fr: 'Santé', en: 'Health', pt: 'Saúde', ar: 'الصحة' },
        },
      ]);
      expect(await taxonomy.labelsFor('category', ['loan'])).toEqual([
        {
          code: 'loan',
          parentCode: 'financing',
          labels: { fr: 'Prêt', en: 'Loan', pt: 'Empréstimo', ar: 'قرض' },
        },
      ]);
      expect(await taxonomy.labelsFor('stage', [])).toEqual([]);
    });
  });

  describe('reference data', () => {
    it('lists countries named in French, sorted by name', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/reference/countries?lang=fr' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=86400');
      const countries: Array<{ code: string; name: string }> = res.json();
      expect(countries).toHaveLength(249);
      expect(countries).toEqual(
        expect.arrayContaining([
          { code: 'SN', name: 'Sénégal' },
          { code: 'CI', name: "Côte d'Ivoire" },
          { code: 'MA', name: 'Maroc' },
        ]),
      );
      const names = countries.map((c) => c.name);
      expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
    });

    it('lists countries in Arabic, and in English by default', async () => {
      const ar = (
        await t.app.inject({ method: 'GET', url: '/api/v1/reference/countries?lang=ar' })
      ).json();
      expect(ar).toEqual(
        expect.arrayContaining([
          { code: 'SN', name: 'السنغال' },
          { code: 'CM', name: 'الكاميرون' },
        ]),
      );
      const en = (await t.app.inject({ method: 'GET', url: '/api/v1/reference/countries' })).json();
      expect(en).toEqual(expect.arrayContaining([{ code: 'SN', name: 'Senegal' }]));
    });

    it('refuses an unsupported name language, naming the parameter', async () => {
      for (const path of ['countries', 'languages', 'currencies']) {
        const res = await t.app.inject({ method: 'GET', url: `/api/v1/reference/${path}?lang=de` });
        expect(violationsOf(res)).toEqual([
          expect.objectContaining({ field: 'lang', rule: 'isIn' }),
        ]);
      }
    });

    it('lists delivery languages and currencies with their minor units', async () => {
      const languages = (
        await t.app.inject({ method: 'GET', url: '/api/v1/reference/languages?lang=fr' })
      ).json();
      expect(languages).toEqual(
        expect.arrayContaining([
          { code: 'wo', name: 'wolof' },
          { code: 'ff', name: 'peul' },
          { code: 'ar', name: 'arabe' },
        ]),
      );
      const currencies = await t.app.inject({
        method: 'GET',
        url: '/api/v1/reference/currencies?lang=fr',
      });
      expect(currencies.statusCode).toBe(200);
      expect(currencies.json()).toEqual(
        expect.arrayContaining([
          { code: 'XOF', name: expect.stringMatching(/franc CFA/i), minorUnits: 0 },
          { code: 'EUR', name: expect.stringMatching(/euro/i), minorUnits: 2 },
          { code: 'TND', name: expect.any(String), minorUnits: 3 },
        ]),
      );
    });
  });

  it('documents every taxonomy and reference route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const paths = doc.paths as Record<
      string,
      Record<string, { responses: Record<string, unknown> }>
    >;
    const expected: Array<[string, string, string[]]> = [
      ['/api/v1/taxonomy', 'get', ['200', '400']],
      ['/api/v1/reference/countries', 'get', ['200', '400']],
      ['/api/v1/reference/languages', 'get', ['200', '400']],
      ['/api/v1/reference/currencies', 'get', ['200', '400']],
      ['/api/v1/admin/taxonomy', 'get', ['200', '400', '401', '403']],
      ['/api/v1/admin/taxonomy', 'post', ['201', '400', '401', '403', '409']],
      ['/api/v1/admin/taxonomy/{vocabulary}/{code}', 'patch', ['200', '400', '401', '403', '404']],
      [
        '/api/v1/admin/taxonomy/{vocabulary}/{code}/retire',
        'post',
        ['200', '400', '401', '403', '404'],
      ],
      [
        '/api/v1/admin/taxonomy/{vocabulary}/{code}/unretire',
        'post',
        ['200', '400', '401', '403', '404'],
      ],
    ];
    for (const [path, method, statuses] of expected) {
      const operation = paths[path]?.[method];
      expect({ path, method, documented: Boolean(operation) }).toEqual({
        path,
        method,
        documented: true,
      });
      expect({ path, method, statuses: Object.keys(operation.responses).sort() }).toEqual({
        path,
        method,
        statuses,
      });
    }
  });
});
