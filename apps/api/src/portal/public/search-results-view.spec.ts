import path from 'node:path';
import { Eta } from 'eta';
import type { TaxonomyTermView } from '@app/catalogue';
import type { SearchDocument, SearchResponseHit } from '@app/search';
import { commonMessages } from '../messages';
import { publicMessages } from '../messages';
import { FormErrors } from '../web/forms';
import { translator } from '../web/i18n';
import type { UiLanguage } from '../web/language';
import { Formatter } from './format';
import {
  facetCountView,
  matchLines,
  rankingRows,
  resultView,
  totalView,
} from './search-results-view';

const term = (code: string, fr: string, en: string, pt: string, ar: string): TaxonomyTermView => ({
  vocabulary: 'category',
  code,
  parentCode: null,
  labels: { fr, en, pt, ar },
  position: 0,
  retiredAt: null,
  selectable: true,
  updatedAt: new Date(0),
});
const TERMS = [term('financing', 'Financement', 'Financing', 'Financiamento', 'تمويل')];

const DOCUMENT: SearchDocument = {
  id: '0b5e2f4c-0000-4000-8000-000000000001',
  slug: 'pret-honneur-cote-divoire',
  organisationId: '0b5e2f4c-0000-4000-8000-0000000000aa',
  organisationName: 'Fonds Kora',
  organisationKind: 'investor',
  organisationVerified: true,
  categoryCode: 'financing',
  categoryCodes: ['financing'],
  categoryLabels: ['Financement'],
  sectorCodes: [],
  sectorLabels: [],
  stageCodes: [],
  stageLabels: [],
  residenceCountries: [],
  targetCountries: ['CI'],
  countryNames: ["Côte d'Ivoire"],
  languages: ['fr'],
  title_fr: 'Prêt d’honneur en Côte d’Ivoire',
  summary_fr: 'Un prêt sans intérêt.',
  description_fr: 'Long texte.',
  title_en: null,
  summary_en: null,
  description_en: null,
  title_pt: null,
  summary_pt: null,
  description_pt: null,
  title_ar: null,
  summary_ar: null,
  description_ar: null,
  deliveryLanguages: ['fr'],
  format: 'online',
  costType: 'free',
  free: true,
  fundingCurrency: null,
  fundingMinMinor: null,
  fundingMaxMinor: null,
  fundingMaxEur: null,
  diasporaOnly: false,
  genderFocus: 'any',
  ageMin: null,
  ageMax: null,
  rolling: true,
  opensOn: null,
  deadline: null,
  deadlineTs: 0,
  opensTs: 0,
  publishedTs: 0,
  lastVerifiedAt: null,
  qualityScore: 80,
  tags: [],
  fingerprint: 'f',
};

/** A hit as SearchService hands it over: matches already labelled in the request's language. */
const hit = (overrides: Partial<SearchResponseHit> = {}): SearchResponseHit => ({
  document: DOCUMENT,
  matchedLanguage: 'fr',
  highlight: { title: '<mark>Prêt</mark> d’honneur en Côte d’Ivoire', summary: 'Un prêt.' },
  profileMatch: false,
  reasons: [],
  matches: [
    { field: 'title', label: 'Titre' },
    { field: 'category', codes: ['financing'], label: 'Financement' },
    { field: 'country', codes: ['CI'], label: "Côte d'Ivoire" },
  ],
  ...overrides,
});

const RANKING = {
  words: 2,
  typo: 0,
  proximity: 1,
  attribute: 0,
  exactness: 0,
  fit: 1,
  quality: 80,
  freshness: Date.UTC(2026, 0, 15) / 1000,
};

function tools(lang: UiLanguage) {
  return {
    t: translator(lang, [publicMessages, commonMessages]),
    fmt: new Formatter(lang, TERMS),
  };
}

describe('search results: counts', () => {
  const { t, fmt } = tools('fr');

  it('shows an exact total as it is', () => {
    expect(totalView(t, fmt, { total: 1234, totalIsExact: true })).toEqual({
      text: `1${'\u202f'}234 résultats`,
      approximate: false,
      spoken: `1${'\u202f'}234 résultats`,
    });
    expect(totalView(t, fmt, { total: 1, totalIsExact: true }).text).toBe('1 résultat');
    expect(totalView(t, fmt, { total: 0, totalIsExact: false }).text).toBe('Aucun résultat');
    expect(totalView(t, fmt, undefined).text).toBe('Aucune recherche effectuée');
  });

  it('marks an estimate with ≈, read as "environ", and says "plus de 5 000" past the ceiling', () => {
    const estimate = totalView(t, fmt, { total: 1234, totalIsExact: false });
    expect(estimate).toEqual({
      text: `1${'\u202f'}234 résultats`,
      approximate: true,
      spoken: `environ 1${'\u202f'}234 résultats`,
    });
    const over = totalView(t, fmt, { total: 48_210, totalIsExact: false });
    expect(over).toEqual({
      text: `Plus de 5${'\u202f'}000 résultats`,
      approximate: false,
      spoken: `Plus de 5${'\u202f'}000 résultats`,
    });
    // An exact count past the ceiling is shown exactly.
    expect(totalView(t, fmt, { total: 48_210, totalIsExact: true }).text).toBe(
      `48${'\u202f'}210 résultats`,
    );
    const en = tools('en');
    expect(totalView(en.t, en.fmt, { total: 9000, totalIsExact: false }).text).toBe(
      'More than 5,000 results',
    );
  });

  it('estimates facet counts the same way', () => {
    expect(facetCountView(t, fmt, 12, true)).toMatchObject({ text: '12', approximate: false });
    expect(facetCountView(t, fmt, 12, false)).toMatchObject({ text: '12', approximate: true });
    expect(facetCountView(t, fmt, 0, false)).toMatchObject({ text: '0', approximate: false });
    expect(facetCountView(t, fmt, 7000, false)).toMatchObject({
      text: `plus de 5${'\u202f'}000`,
      approximate: false,
    });
  });
});

describe('search results: why a hit matched', () => {
  it('says it in the page language, one short item per field', () => {
    const fr = tools('fr');
    expect(matchLines(fr.t, hit().matches)).toEqual([
      'Dans le titre',
      'Catégorie\u00a0: Financement',
      "Pays\u00a0: Côte d'Ivoire",
    ]);
    const en = tools('en');
    expect(
      matchLines(en.t, [
        { field: 'organisation', label: 'Organisation' },
        { field: 'category', codes: ['financing'], label: 'Financing' },
        { field: 'summary', label: 'Summary' },
        { field: 'description', label: 'Description' },
      ]),
    ).toEqual(['Organisation', 'Category: Financing', 'Summary', 'Description']);
    const ar = tools('ar');
    expect(matchLines(ar.t, [{ field: 'title', label: 'العنوان' }])).toEqual(['في العنوان']);
    const pt = tools('pt');
    expect(
      matchLines(pt.t, [{ field: 'country', codes: ['CI'], label: 'Costa do Marfim' }]),
    ).toEqual(['País: Costa do Marfim']);
  });

  it('names the field alone when the engine did not say which value matched', () => {
    const { t } = tools('fr');
    expect(matchLines(t, [{ field: 'sector', label: 'Secteur' }])).toEqual(['Secteur']);
    expect(matchLines(t, [])).toEqual([]);
  });
});

describe('search results: ranking explanation', () => {
  it('lists the rules in order, then the tie-breakers, freshness as a date', () => {
    const { t, fmt } = tools('fr');
    const rows = rankingRows(t, fmt, RANKING);
    expect(rows.map((r) => r.rule)).toEqual([
      'words',
      'typo',
      'proximity',
      'attribute',
      'exactness',
      'fit',
      'quality',
      'freshness',
    ]);
    expect(rows[0]).toEqual({ rule: 'words', label: 'Mots trouvés', value: '2' });
    expect(rows[7].value).toBe('15 janvier 2026');
    expect(rankingRows(t, fmt, undefined)).toEqual([]);
  });

  it('is only in the view when explain was asked', () => {
    const { t, fmt } = tools('fr');
    expect(resultView(t, fmt, hit({ ranking: RANKING })).ranking).toBeUndefined();
    expect(resultView(t, fmt, hit({ ranking: RANKING }), { explain: true }).ranking).toHaveLength(
      8,
    );
    expect(resultView(t, fmt, hit(), { explain: true }).ranking).toEqual([]);
  });
});

describe('search results template', () => {
  const eta = new Eta({ views: path.join(__dirname, '..', 'views'), autoEscape: true });

  function render(
    lang: UiLanguage,
    result: { hits: SearchResponseHit[]; total: number; totalIsExact: boolean },
    options: { admin?: boolean; explain?: boolean } = {},
  ): string {
    const { t, fmt } = tools(lang);
    return eta.render('/public/_search-results', {
      t,
      count: totalView(t, fmt, result),
      sorts: [],
      errors: new FormErrors(),
      chips: [],
      entrepreneur: false,
      hasProfile: false,
      searched: true,
      state: { page: 1, q: 'pret' },
      pageSize: 20,
      pager: { page: 1, pages: 1 },
      admin: options.admin ?? false,
      explain: options.explain ?? false,
      hits: result.hits.map((h) => resultView(t, fmt, h, { explain: options.explain })),
    });
  }
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/[ \n]+/g, ' ')
      .trim();

  it('shows why each hit matched as text, and ≈ before an estimated total', () => {
    const html = render('fr', { hits: [hit()], total: 1234, totalIsExact: false });
    expect(html).toContain(
      '<h2 id="results-title" data-count-text="environ 1\u202f234 résultats"><span aria-hidden="true">≈ </span><span class="visually-hidden">environ </span>1\u202f234 résultats</h2>',
    );
    expect(text(html)).toContain(
      'Pourquoi ce résultat\u00a0: Dans le titre Catégorie\u00a0: Financement Pays\u00a0: Côte d&#39;Ivoire',
    );
    expect(html).toMatch(/<ul class="why-list" aria-labelledby="why-0">/);
    // No explanation and no admin switch for anyone else.
    expect(html).not.toContain('f-explain');
    expect(html).not.toContain('class="ranking"');
  });

  it('says "plus de 5 000" past the ceiling, without ≈', () => {
    const html = render('fr', { hits: [hit()], total: 60_000, totalIsExact: false });
    expect(text(html)).toContain('Plus de 5\u202f000 résultats');
    expect(html).not.toContain('≈');
  });

  it('writes the reasons in Arabic on the Arabic page', () => {
    const arabic = hit({
      matches: [
        { field: 'title', label: 'العنوان' },
        { field: 'country', codes: ['CI'], label: 'ساحل العاج' },
      ],
    });
    const html = render('ar', { hits: [arabic], total: 1, totalIsExact: true });
    expect(text(html)).toContain('سبب ظهور هذه النتيجة: في العنوان البلد: ساحل العاج');
  });

  it('shows admins the switch and each hit’s buckets in a <dl>', () => {
    const html = render(
      'en',
      { hits: [hit({ ranking: RANKING }), hit()], total: 2, totalIsExact: true },
      { admin: true, explain: true },
    );
    expect(html).toContain(
      '<input type="checkbox" id="f-explain" name="explain" value="1" checked>',
    );
    expect(html).toContain('Explain the ranking (administrators)');
    expect(html).toMatch(/<dl class="ranking-rules" aria-labelledby="ranking-0">/);
    expect(html).toContain('<div data-rule="words"><dt>Words matched</dt><dd>2</dd></div>');
    expect(html).toContain(
      '<div data-rule="freshness"><dt>Freshness</dt><dd>15 January 2026</dd></div>',
    );
    // The second hit came without buckets: said in words.
    expect(html).toContain('The search engine did not explain this result.');
  });

  it('marks estimated facet counts with ≈ and says once, in words, what ≈ means', () => {
    const { t, fmt } = tools('fr');
    const option = (value: string, label: string, count: number) => ({
      value,
      label,
      count,
      countView: facetCountView(t, fmt, count, false),
      checked: false,
    });
    const html = eta.render('/public/_search-filters', {
      t,
      facetsEstimated: true,
      groups: [
        {
          field: 'category',
          legend: 'Type de service',
          options: [option('financing', 'Financement', 4321), option('grant', 'Subvention', 6001)],
        },
      ],
      flags: [],
      errors: new FormErrors(),
      state: { typed: { minAmount: '', deadlineBefore: '' } },
    });
    expect(html).toContain('Les nombres précédés de ≈ sont estimés.');
    expect(html).toContain(
      'Financement <span class="count">(<span aria-hidden="true">≈ </span><span class="visually-hidden">environ </span>4\u202f321)</span>',
    );
    expect(html).toContain('Subvention <span class="count">(plus de 5\u202f000)</span>');
  });
});
