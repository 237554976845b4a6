import { Inject, Injectable } from '@nestjs/common';
import {
  AppError,
  countryName,
  isCountryCode,
  isLanguageCode,
  languageName,
  ValidationFailedError,
  type FieldViolation,
} from '@app/core';
import { TaxonomyService } from '@app/catalogue';
import {
  SEARCH_ENGINE,
  type SearchEngine,
  type SearchFilters,
  type MatchField,
  type MatchReason,
  type SearchHit,
  type SearchProfile,
  type SearchResult,
  type SortKey,
  type Suggestion,
} from './engine/search-engine';
import { SearchQueryRecorder } from './insights/search-query-recorder';
import { fitReasons, type FitReason } from './reasons';
import { searchDuration } from './search-metrics';
import type { SearchLanguage } from './search-document';

export interface SearchRequest {
  q?: string;
  lang: SearchLanguage;
  filters: SearchFilters;
  sort: SortKey;
  page: number;
  pageSize: number;
  profile?: SearchProfile;
  /**
   * Attach each hit's bucket per ranking rule. For admins tuning relevance: callers check
   * the reader with `assertMayExplain` first.
   */
  explain?: boolean;
}

/** Why a hit matched, with what a person reads in the request's language. */
export interface LabelledMatchReason extends MatchReason {
  /**
   * The names of `codes` (category, sector, stage, country) joined as the language lists
   * them ("Financement", "Côte d'Ivoire, Sénégal"); the field's own name when it has no codes.
   */
  label: string;
}

export interface SearchResponseHit extends SearchHit {
  reasons: FitReason[];
  matches: LabelledMatchReason[];
}

/**
 * The name of each field a query can match in, for the `label` of a match without codes.
 * Data for the API's readers, like the taxonomy's labels; pages word their own sentences.
 */
const FIELD_NAMES: Record<MatchField, Record<SearchLanguage, string>> = {
  title: { fr: 'Titre', en: 'Title', pt: 'Título', ar: 'العنوان' },
  organisation: { fr: 'Organisation', en: 'Organisation', pt: 'Organização', ar: 'المنظمة' },
  category: { fr: 'Catégorie', en: 'Category', pt: 'Categoria', ar: 'الفئة' },
  sector: { fr: 'Secteur', en: 'Sector', pt: 'Setor', ar: 'القطاع' },
  stage: { fr: 'Stade', en: 'Stage', pt: 'Fase', ar: 'المرحلة' },
  country: { fr: 'Pays', en: 'Country', pt: 'País', ar: 'البلد' },
  summary: { fr: 'Résumé', en: 'Summary', pt: 'Resumo', ar: 'الملخص' },
  description: { fr: 'Description', en: 'Description', pt: 'Descrição', ar: 'الوصف' },
  tags: { fr: 'Mots-clés', en: 'Tags', pt: 'Palavras-chave', ar: 'الكلمات المفتاحية' },
};

/**
 * What the search API calls: checks every code against its allow-list (400 naming the
 * allowed values), asks the engine, and explains each hit's fit to the profile.
 */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly taxonomy: TaxonomyService,
    private readonly recorder: SearchQueryRecorder,
  ) {}

  get engineName(): string {
    return this.engine.name;
  }

  /**
   * A search typed by someone on the public search API: like `search`, and its first page is
   * also recorded, anonymously, in the search query log behind the admin insights (later pages
   * of the same search are not counted again). Internal callers (alerts, recommendations,
   * saved searches) use `search`, which records nothing. Recording never fails the search.
   */
  async searchAndLog(request: SearchRequest, today = new Date().toISOString().slice(0, 10)) {
    const result = await this.search(request, today);
    if (request.page === 1) {
      this.recorder.record({
        q: request.q,
        lang: request.lang,
        filters: request.filters,
        total: result.total,
      });
    }
    return result;
  }

  /**
   * Only admins may ask for `explain` (the ranking's inner workings are for tuning, and
   * cost more to compute): 403 naming the parameter for anyone else.
   */
  assertMayExplain(accountKind: string | undefined): void {
    if (accountKind === 'admin') return;
    const message = 'explain: only administrators may ask for the ranking explanation.';
    throw new AppError('forbidden', 'SEARCH.EXPLAIN_ADMIN_ONLY', message, {
      violations: [{ field: 'explain', rule: 'adminOnly', message }],
    });
  }

  /**
   * Validates, asks the engine and explains each hit: its fit to the profile, why it matched
   * (with labels in the request's language) and, when asked, its ranking buckets. Records
   * nothing (see `searchAndLog`).
   */
  async search(request: SearchRequest, today = new Date().toISOString().slice(0, 10)) {
    const done = searchDuration.startTimer({ engine: this.engine.name, operation: 'search' });
    await this.validate(request);
    const result: SearchResult = await this.engine.search({
      q: request.q,
      lang: request.lang,
      filters: request.filters,
      sort: request.sort,
      offset: (request.page - 1) * request.pageSize,
      limit: request.pageSize,
      profile: request.profile,
      today,
      explain: request.explain === true,
    });
    const labels = await this.labelLookups(request.lang);
    const hits: SearchResponseHit[] = result.hits.map(({ ranking, ...hit }) => ({
      ...hit,
      // Never passed on unasked, whatever an engine fills.
      ...(request.explain && ranking ? { ranking } : {}),
      matches: (hit.matches ?? []).map((match) => labelMatch(match, request.lang, labels)),
      reasons: fitReasons(request.profile, hit.document, request.lang, labels),
    }));
    done();
    return { ...result, hits };
  }

  async suggest(prefix: string, lang: SearchLanguage, limit = 8): Promise<Suggestion[]> {
    const done = searchDuration.startTimer({ engine: this.engine.name, operation: 'suggest' });
    const fromEngine = await this.engine.suggest(prefix, lang, limit);
    const norm = fold(prefix);
    const categories = (await this.taxonomy.list('category'))
      .map((t) => ({ code: t.code, label: t.labels[lang] ?? t.labels.fr }))
      .filter((t) => fold(t.label).includes(norm))
      .slice(0, 3)
      .map((t): Suggestion => ({ kind: 'category', text: t.label, value: t.code }));
    done();
    return [...categories, ...fromEngine].slice(0, limit);
  }

  /** The allow-list checks `search` runs first (400 naming the allowed values); also for stored searches. */
  async validate(request: SearchRequest): Promise<void> {
    const violations: FieldViolation[] = [];
    const check = (
      field: string,
      values: string[] | undefined,
      allowed: string[],
      describe?: string,
    ) => {
      const bad = (values ?? []).filter((v) => !allowed.includes(v));
      if (bad.length) {
        violations.push({
          field,
          rule: 'allowedValues',
          message: `${field}: unknown value(s) ${bad.map((b) => `"${b}"`).join(', ')}; allowed: ${describe ?? allowed.join(', ')}`,
        });
      }
    };
    const codes = async (vocabulary: 'category' | 'sector' | 'stage') =>
      (await this.taxonomy.list(vocabulary, { includeRetired: true })).map((t) => t.code);
    const f = request.filters;
    check('category', f.categories, await codes('category'));
    check('sector', f.sectors, await codes('sector'));
    check('stage', f.stages, await codes('stage'));
    const countries = [...(f.targetCountries ?? []), ...(f.residenceCountries ?? [])].filter(
      (c) => !isCountryCode(c),
    );
    if (countries.length) {
      violations.push({
        field: 'country',
        rule: 'allowedValues',
        message: `Unknown country code(s) ${countries.join(', ')}: use ISO 3166-1 alpha-2 codes (SN, FR, CI…).`,
      });
    }
    const languages = (f.deliveryLanguages ?? []).filter((l) => !isLanguageCode(l));
    if (languages.length) {
      violations.push({
        field: 'language',
        rule: 'allowedValues',
        message: `Unknown language code(s) ${languages.join(', ')}: use ISO 639-1 codes (fr, en, wo…).`,
      });
    }
    const p = request.profile;
    if (p) {
      check('profileSector', p.sectors, await codes('sector'));
      check('profileStage', p.stage ? [p.stage] : [], await codes('stage'));
      const bad = [p.residenceCountry, ...(p.targetCountries ?? [])].filter(
        (c): c is string => !!c && !isCountryCode(c),
      );
      if (bad.length)
        violations.push({
          field: 'profileCountry',
          rule: 'allowedValues',
          message: `Unknown country code(s) ${bad.join(', ')}.`,
        });
    }
    if (violations.length) throw new ValidationFailedError(violations, violations[0].message);
  }

  private async labelLookups(lang: SearchLanguage): Promise<LabelLookups> {
    const terms = await this.taxonomy.list(undefined, { includeRetired: true });
    const byKey = new Map(terms.map((t) => [`${t.vocabulary}/${t.code}`, t.labels]));
    const label = (vocabulary: string) => (code: string) => {
      const labels = byKey.get(`${vocabulary}/${code}`);
      return labels?.[lang] ?? labels?.fr ?? code;
    };
    return {
      category: label('category'),
      sector: label('sector'),
      stage: label('stage'),
      country: (code: string) => countryName(code, lang) ?? code,
      language: (code: string) => languageName(code, lang) ?? code,
    };
  }
}

type LabelLookups = Record<
  'category' | 'sector' | 'stage' | 'country' | 'language',
  (code: string) => string
>;

/** A match reason with its label (see `LabelledMatchReason`). */
function labelMatch(
  match: MatchReason,
  lang: SearchLanguage,
  labels: LabelLookups,
): LabelledMatchReason {
  const codes = match.codes ?? [];
  const vocabulary =
    match.field === 'category' ||
    match.field === 'sector' ||
    match.field === 'stage' ||
    match.field === 'country'
      ? match.field
      : undefined;
  const names = vocabulary ? [...new Set(codes.map((code) => labels[vocabulary](code)))] : [];
  // Same list separator as the pages (Formatter.join).
  const label = names.length
    ? names.join(lang === 'ar' ? '، ' : ', ')
    : (FIELD_NAMES[match.field]?.[lang] ?? match.field);
  return codes.length ? { field: match.field, codes, label } : { field: match.field, label };
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
