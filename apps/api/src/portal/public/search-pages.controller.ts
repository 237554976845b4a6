import { Get } from '@nestjs/common';
import { isCountableVisit, OfferStatsRecorder } from '@app/analytics';
import { ExchangeRates, isCountryCode, isLanguageCode, type FieldViolation } from '@app/core';
import { FORMATS, TaxonomyService, type TaxonomyTermView } from '@app/catalogue';
import {
  ALERT_FREQUENCIES,
  ANONYMOUS_ALERT_FREQUENCIES,
  checkEligibility,
  factsFromDocument,
  factsFromProfile,
  hasMatchingFacts,
  ProfileService,
  SAVED_SEARCH_NAME_MAX,
  type EntrepreneurProfileView,
} from '@app/entrepreneur-profile';
import { Public } from '@app/identity';
import { OrganisationService } from '@app/support-organisation';
import { SearchService, SORTS, type SearchProfile, type SearchRequest } from '@app/search';
import { discoveryMessages, publicMessages } from '../messages';
import { isolate } from '../web/bidi';
import { FormErrors, violationsOf } from '../web/forms';
import { pagination } from '../web/pagination';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { Formatter } from './format';
import { facetCountView, resultView, totalView, type CountView } from './search-results-view';
import { verdictView } from './verdict-view';
import {
  feedUrls,
  FLAG_FIELDS,
  hasCriteria,
  LIST_FIELDS,
  readSearchQuery,
  rootField,
  savedSearchFields,
  searchRequestOf,
  searchUrl,
  withoutValues,
  type ListField,
  type QueryField,
  type SearchState,
} from '../search-query';

export const SEARCH_PAGE_SIZE = 20;
/** Offers shown on the first this many result pages count as impressions (with their rank). */
export const IMPRESSION_PAGES = 5;
/** The API's deepest page (SearchQueryDto: page ≤ 500). */
const MAX_PAGE = 500;

/** The engine's facet behind each list filter of the page. */
const FACET_OF: Record<ListField, string> = {
  category: 'category',
  sector: 'sector',
  stage: 'stage',
  targetCountry: 'targetCountry',
  residenceCountry: 'residenceCountry',
  language: 'deliveryLanguage',
  format: 'format',
};

export interface FacetOption {
  readonly value: string;
  readonly label: string;
  readonly count?: number;
  /** The count as shown ("12", "≈ 12", "plus de 5 000"). */
  readonly countView?: CountView;
  readonly checked: boolean;
  readonly children?: FacetOption[];
}

export interface FacetGroup {
  readonly field: ListField;
  readonly legend: string;
  readonly options: FacetOption[];
}

/**
 * The search page: a GET form that works without JavaScript (facet counts beside every
 * filter value, pagination, sort), and `?partial=1` answering only the regions that
 * assets/search.js swaps in place.
 */
@PortalController()
export class SearchPagesController {
  constructor(
    private readonly search: SearchService,
    private readonly taxonomy: TaxonomyService,
    private readonly profiles: ProfileService,
    private readonly organisations: OrganisationService,
    private readonly stats: OfferStatsRecorder,
    private readonly rates: ExchangeRates,
  ) {}

  @Public()
  @Get('recherche')
  async page(@Web([publicMessages, discoveryMessages]) web: WebContext): Promise<void> {
    const query = (web.request.query ?? {}) as Record<string, unknown>;
    const partial = query.partial === '1';
    // Typing fetches a result list per pause: those are not searches someone made, so they
    // stay out of the anonymous search log (a filter change or a submit is logged). Nor are
    // the searches of admins (the back office links here): the log is about what people seek.
    const logged = query.typing !== '1' && web.user?.kind !== 'admin';
    // Admins tuning relevance see each hit's ranking buckets; anyone else's `explain` is ignored.
    const admin = web.user?.kind === 'admin';
    const explain = admin && (query.explain === '1' || query.explain === 'true');
    const keepExplain = (url: string) =>
      explain ? `${url}${url.includes('?') ? '&' : '?'}explain=1` : url;
    const terms = await this.taxonomy.list(undefined, { includeRetired: true });
    const fmt = new Formatter(web.lang, terms, this.rates);
    const read = await readSearchQuery(query);
    let state = read.state;
    const violations: FieldViolation[] = onePerField(read.violations).map((v) => ({
      field: v.field,
      rule: v.rule,
      message: this.ruleMessage(web, v.field, v.rule, v.message),
    }));

    const entrepreneur = web.user?.kind === 'entrepreneur';
    const stored = entrepreneur ? await this.profiles.get(web.user!.id) : undefined;
    let profile = stored && searchProfileOf(stored);
    let request = { ...this.requestOf(state, web.lang, profile), explain };
    try {
      await this.search.validate(request);
    } catch (error) {
      const found = violationsOf(error);
      if (!found) throw error;
      ({ state, profile } = this.withoutUnknown(state, profile, terms));
      for (const field of unknownFields(read.state, terms))
        violations.push({
          field,
          rule: 'allowedValues',
          message: web.t('search.error.unknown', {
            field: this.fieldLabel(web, field),
            values: unknownValues(read.state, field, terms).join(', '),
          }),
        });
      request = { ...this.requestOf(state, web.lang, profile), explain };
    }

    let result: Awaited<ReturnType<SearchService['search']>> | undefined;
    try {
      result = logged ? await this.search.searchAndLog(request) : await this.search.search(request);
    } catch (error) {
      const found = violationsOf(error);
      if (!found) throw error;
      violations.push(
        ...found.map((v) => ({
          field: rootField(v.field),
          rule: v.rule,
          message: v.message,
        })),
      );
    }

    const errors = new FormErrors(violations);
    const total = result?.total ?? 0;
    const count = totalView(web.t, fmt, result);
    const hits = result?.hits ?? [];
    // Someone saw these offers at these ranks: the same searches as the log, by people only.
    if (logged && state.page <= IMPRESSION_PAGES && isCountableVisit(web.request)) {
      this.stats.impressions(
        hits.map((hit) => hit.document.id),
        (state.page - 1) * SEARCH_PAGE_SIZE + 1,
      );
    }
    // The organisations' readable addresses, in one query for the page.
    const organisations = await this.organisations.summaries([
      ...new Set(hits.map((hit) => hit.document.organisationId)),
    ]);
    const facts = stored && hasMatchingFacts(stored) ? factsFromProfile(stored) : undefined;
    const today = new Date().toISOString().slice(0, 10);
    const data = {
      state,
      errors,
      groups: this.facetGroups(web, fmt, state, terms, result?.facets, result?.facetsAreExact),
      facetsEstimated: result ? !result.facetsAreExact : false,
      flags: FLAG_FIELDS.map((field) => ({
        field,
        label: web.t(`search.flag.${field}`),
        checked: state.flags[field],
      })),
      sorts: SORTS.map((value) => ({
        value,
        label: web.t(`search.sort.${value}`),
        selected: value === state.sort,
      })),
      hits: hits.map((hit) => ({
        ...resultView(web.t, fmt, hit, {
          organisationSlug: organisations.get(hit.document.organisationId)?.slug,
          explain,
        }),
        // The signed-in entrepreneur's verdict, from the documents already on this page.
        verdict:
          facts &&
          verdictView(web.t, fmt, checkEligibility(factsFromDocument(hit.document), facts, today)),
      })),
      total,
      pageSize: SEARCH_PAGE_SIZE,
      count,
      admin,
      explain,
      searched: !!result,
      pager: pagination(
        state.page,
        total,
        SEARCH_PAGE_SIZE,
        (page) => keepExplain(searchUrl(state, page)),
        MAX_PAGE,
      ),
      chips: this.chips(web, fmt, state).map((c) => ({ ...c, url: keepExplain(c.url) })),
      hidden: savedSearchFields(state),
      entrepreneur,
      hasProfile: entrepreneur && profile !== undefined,
      visitor: !web.user,
      saveName: state.q ?? '',
      nameMax: SAVED_SEARCH_NAME_MAX,
      frequencies: ALERT_FREQUENCIES,
      anonymousFrequencies: ANONYMOUS_ALERT_FREQUENCIES,
      loginUrl: `/connexion?next=${encodeURIComponent(searchUrl(state, state.page))}`,
      feeds: feedUrls(state, web.lang),
    };
    const status = errors.any ? 400 : 200;
    const title = state.q
      ? web.t('search.titleFor', { q: isolate(state.q) })
      : web.t('search.title');
    if (partial) {
      web.reply.header('x-robots-tag', 'noindex');
      await web.render('public/search-partial', { title, noindex: true }, data, { status });
      return;
    }
    const plain = !hasCriteria(state) && state.page === 1;
    await web.render(
      'public/search',
      {
        title,
        description: web.t('search.description'),
        // Result pages for given words or filters are not worth indexing; the page itself is.
        noindex: !plain,
        canonicalPath: plain ? '/recherche' : undefined,
        alternates: [
          { type: 'application/atom+xml', href: data.feeds.atom, title: web.t('feed.link.atom') },
        ],
      },
      { ...data, scripts: ['search.js'], styles: ['public.css'] },
      { status },
    );
  }

  private requestOf(
    state: SearchState,
    lang: WebContext['lang'],
    profile: SearchProfile | undefined,
  ): SearchRequest {
    return searchRequestOf(state, { lang, profile, pageSize: SEARCH_PAGE_SIZE });
  }

  /** The search without the codes the allow-lists refuse (the rest still runs). */
  private withoutUnknown(
    state: SearchState,
    profile: SearchProfile | undefined,
    terms: readonly TaxonomyTermView[],
  ): { state: SearchState; profile: SearchProfile | undefined } {
    let next = state;
    for (const field of LIST_FIELDS)
      for (const value of unknownValues(state, field, terms))
        next = { ...withoutValues(next, field, value), page: next.page };
    // A stored profile with a code no longer known ranks nothing rather than failing the page.
    const profileOk =
      !profile ||
      ([profile.residenceCountry, ...(profile.targetCountries ?? [])].every(
        (c) => !c || isCountryCode(c),
      ) &&
        (profile.sectors ?? []).every((s) => isTerm(terms, 'sector', s)) &&
        (!profile.stage || isTerm(terms, 'stage', profile.stage)));
    return { state: next, profile: profileOk ? profile : undefined };
  }

  private ruleMessage(web: WebContext, field: string, rule: string, fallback: string): string {
    let text = fallback;
    for (const key of [`rule.${field}.${rule}`, `rule.${rule}`]) {
      const translated = web.t(key);
      if (translated !== key) {
        text = translated;
        break;
      }
    }
    return `${this.fieldLabel(web, field)}${web.t('colon')}${text}`;
  }

  private fieldLabel(web: WebContext, field: string): string {
    const key = `search.field.${field}`;
    const label = web.t(key);
    return label === key ? field : label;
  }

  private facetGroups(
    web: WebContext,
    fmt: Formatter,
    state: SearchState,
    terms: readonly TaxonomyTermView[],
    facets: Record<string, Record<string, number>> | undefined,
    facetsAreExact = true,
  ): FacetGroup[] {
    const counts = (field: ListField) => facets?.[FACET_OF[field]] ?? {};
    const option = (field: ListField, value: string, label: string): FacetOption => {
      const count = facets ? (counts(field)[value] ?? 0) : undefined;
      return {
        value,
        label,
        count,
        countView:
          count === undefined ? undefined : facetCountView(web.t, fmt, count, facetsAreExact),
        checked: state.lists[field].includes(value),
      };
    };
    // Shown: values with results, and those already chosen (so they can be unticked).
    const shown = (o: FacetOption) => o.checked || !facets || (o.count ?? 0) > 0;

    const vocabulary = (field: 'category' | 'sector' | 'stage'): FacetOption[] => {
      const list = terms.filter((t) => t.vocabulary === field && t.selectable);
      const top = list.filter((t) => t.parentCode === null);
      return top
        .map((parent) => {
          const children = list
            .filter((t) => t.parentCode === parent.code)
            .map((t) => option(field, t.code, fmt.term(field, t.code)))
            .filter(shown);
          const self = option(field, parent.code, fmt.term(field, parent.code));
          return { ...self, children: children.length ? children : undefined };
        })
        .filter((o) => shown(o) || (o.children?.length ?? 0) > 0);
    };
    const byName = (field: ListField, codes: string[], label: (code: string) => string) => {
      const options = [...new Set([...codes, ...state.lists[field]])]
        .map((code) => option(field, code, label(code)))
        .filter(shown);
      const order = fmt.sorted(options.map((o) => o.label));
      return options.sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label));
    };
    const groups: FacetGroup[] = [
      {
        field: 'category',
        legend: web.t('search.field.category'),
        options: vocabulary('category'),
      },
      { field: 'sector', legend: web.t('search.field.sector'), options: vocabulary('sector') },
      { field: 'stage', legend: web.t('search.field.stage'), options: vocabulary('stage') },
      {
        field: 'targetCountry',
        legend: web.t('search.field.targetCountry'),
        options: byName('targetCountry', Object.keys(counts('targetCountry')), (c) =>
          fmt.country(c),
        ),
      },
      {
        field: 'residenceCountry',
        legend: web.t('search.field.residenceCountry'),
        options: byName('residenceCountry', Object.keys(counts('residenceCountry')), (c) =>
          fmt.country(c),
        ),
      },
      {
        field: 'language',
        legend: web.t('search.field.language'),
        options: byName('language', Object.keys(counts('language')), (c) => fmt.language(c)),
      },
      {
        field: 'format',
        legend: web.t('search.field.format'),
        options: FORMATS.map((f) => option('format', f, web.t(`format.${f}`))).filter(shown),
      },
    ];
    return groups;
  }

  /** The filters in force, each with a link that removes it. */
  private chips(web: WebContext, fmt: Formatter, state: SearchState) {
    const chips: Array<{ label: string; url: string }> = [];
    const add = (field: QueryField, value: string | undefined, text: string) =>
      chips.push({
        label: `${this.fieldLabel(web, field)}${web.t('colon')}${text}`,
        url: searchUrl(withoutValues(state, field, value)),
      });
    for (const field of LIST_FIELDS)
      for (const value of state.lists[field])
        add(field, value, this.valueLabel(web, fmt, field, value));
    for (const field of FLAG_FIELDS)
      if (state.flags[field])
        chips.push({
          label: web.t(`search.flag.${field}`),
          url: searchUrl(withoutValues(state, field)),
        });
    if (state.minAmount !== undefined)
      add('minAmount', undefined, fmt.money(state.minAmount * 100, 'EUR'));
    if (state.deadlineBefore) add('deadlineBefore', undefined, fmt.date(state.deadlineBefore));
    return chips;
  }

  private valueLabel(web: WebContext, fmt: Formatter, field: ListField, value: string): string {
    switch (field) {
      case 'category':
      case 'sector':
      case 'stage':
        return fmt.term(field, value);
      case 'targetCountry':
      case 'residenceCountry':
        return fmt.country(value);
      case 'language':
        return fmt.language(value);
      case 'format':
        return web.t(`format.${value}`);
    }
  }
}

/** What of a stored profile ranks the results; undefined when nothing was ever saved. */
function searchProfileOf(stored: EntrepreneurProfileView): SearchProfile | undefined {
  if (stored.updatedAt === null) return undefined;
  return {
    residenceCountry: stored.residenceCountry ?? undefined,
    targetCountries: stored.targetCountries,
    sectors: stored.sectorCodes,
    stage: stored.stageCode ?? undefined,
    languages: stored.languages,
  };
}

/** The rules a value breaks first say the most ("a whole number" before "too small"). */
const RULE_PRIORITY = ['isInt', 'isBoolean', 'isIn', 'isISO8601', 'isString', 'isLength'];

/** NaN breaks isInt, min and max at once: one message per field is enough. */
function onePerField(violations: readonly FieldViolation[]): FieldViolation[] {
  const rank = (rule: string) => {
    const index = RULE_PRIORITY.indexOf(rule);
    return index === -1 ? RULE_PRIORITY.length : index;
  };
  const byField = new Map<string, FieldViolation>();
  for (const v of violations) {
    const field = rootField(v.field);
    const kept = byField.get(field);
    if (!kept || rank(v.rule) < rank(kept.rule)) byField.set(field, { ...v, field });
  }
  return [...byField.values()];
}

function isTerm(terms: readonly TaxonomyTermView[], vocabulary: string, code: string): boolean {
  return terms.some((t) => t.vocabulary === vocabulary && t.code === code);
}

/** The values of a list filter that its allow-list refuses (same lists as SearchService). */
function unknownValues(
  state: SearchState,
  field: ListField,
  terms: readonly TaxonomyTermView[],
): string[] {
  const values = state.lists[field];
  switch (field) {
    case 'category':
    case 'sector':
    case 'stage':
      return values.filter((v) => !isTerm(terms, field, v));
    case 'targetCountry':
    case 'residenceCountry':
      return values.filter((v) => !isCountryCode(v));
    case 'language':
      return values.filter((v) => !isLanguageCode(v));
    case 'format':
      return values.filter((v) => !(FORMATS as readonly string[]).includes(v));
  }
}

function unknownFields(state: SearchState, terms: readonly TaxonomyTermView[]): ListField[] {
  return LIST_FIELDS.filter((f) => unknownValues(state, f, terms).length > 0);
}
