import { Body, Get, Post, Query } from '@nestjs/common';
import { AppError, type FieldViolation } from '@app/core';
import { TaxonomyService } from '@app/catalogue';
import {
  ALERT_FREQUENCIES,
  MAX_SAVED_SEARCHES_PER_USER,
  SAVED_SEARCH_NAME_MAX,
  SavedSearchesService,
} from '@app/entrepreneur-profile';
import { Roles } from '@app/identity';
import {
  CreateSavedSearchDto,
  toSavedSearchQuery,
  UpdateSavedSearchDto,
} from '../../entrepreneur-profile/saved-searches.dto';
import { SearchFiltersDto } from '../../search/search.dto';
import { entrepreneurMessages } from '../messages';
import { PageIdParam } from '../page-id';
import {
  asForm,
  FormErrors,
  optionalText,
  text,
  validateWith,
  violationsOf,
  type FormBody,
} from '../web/forms';
import { pageOf, pagination } from '../web/pagination';
import { PortalController } from '../web/portal-controller';
import { Web, withQuery, type WebContext } from '../web/web-context';
import { Formats, PAGE_SIZE, pageWindowOf, ReferenceLabels } from './page-helpers';
import {
  describeQuery,
  hiddenFieldsOf,
  queryInWords,
  searchFromForm,
  searchProblems,
  searchUrl,
} from './saved-search-query';

const LIST = '/mon-espace/recherches';

function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`;
}

/**
 * /mon-espace/recherches: saved searches with their alerts; POST creates one from the
 * search page's fields (the same `search` the API's POST /api/v1/me/saved-searches takes).
 */
@PortalController('mon-espace/recherches')
@Roles('entrepreneur')
export class SavedSearchesPagesController {
  constructor(
    private readonly savedSearches: SavedSearchesService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Get()
  async list(
    @Web(entrepreneurMessages) web: WebContext,
    @Query('page') pageParam: unknown,
  ): Promise<void> {
    await this.renderList(web, pageOf(pageParam));
  }

  /** The form behind "Save this search": the search page links here with its query. */
  @Get('nouvelle')
  async newSearch(
    @Web(entrepreneurMessages) web: WebContext,
    @Query() query: FormBody,
  ): Promise<void> {
    const form = asForm(query);
    const saved = await this.savedSearches.list(web.user!.id, pageWindowOf(1, 1));
    await this.renderForm(web, form, {
      name: text(form, 'name'),
      limitReached: saved.total >= MAX_SAVED_SEARCHES_PER_USER,
    });
  }

  @Post()
  async create(@Web(entrepreneurMessages) web: WebContext, @Body() body: unknown): Promise<void> {
    const form = asForm(body);
    const { search, violations: sortViolations } = searchFromForm(form);
    const name = text(form, 'name');
    const { value, violations } = await validateWith(CreateSavedSearchDto, {
      // An empty name is given the search in words below, once the search is known to be valid.
      name: name || '-',
      search,
      frequency: optionalText(form, 'frequency'),
    });
    if (violations.length || sortViolations.length) {
      // The search's own problems are found again (and listed) by renderForm.
      const fieldViolations = violations.filter(
        (v) => v.field !== 'search' && !v.field.startsWith('search.'),
      );
      return this.renderForm(web, form, { name, fieldViolations });
    }
    const query = toSavedSearchQuery(value.search);
    const labels = await ReferenceLabels.load(this.taxonomy, web.lang);
    const inWords = queryInWords(
      describeQuery(query, web.t, labels, new Formats(web.lang)),
      web.t,
      web.lang,
    );
    try {
      await this.savedSearches.create(web.user!.id, {
        name: name || truncate(inWords, SAVED_SEARCH_NAME_MAX),
        search: query,
        frequency: value.frequency,
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'SAVED_SEARCHES.LIMIT_REACHED') {
        return this.renderForm(web, form, { name, limitReached: true }, 409);
      }
      const refused = violationsOf(error);
      if (!refused) throw error;
      return this.renderForm(web, form, { name, searchViolations: refused });
    }
    web.redirect(LIST, 'searches.created');
  }

  @Post(':id/frequence')
  async changeFrequency(
    @Web(entrepreneurMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @Body() body: unknown,
  ): Promise<void> {
    const userId = web.user!.id;
    const { value, violations } = await validateWith(UpdateSavedSearchDto, {
      frequency: text(asForm(body), 'frequency'),
    });
    if (violations.length) {
      // Make sure it is theirs before saying anything about it (404 otherwise).
      await this.savedSearches.get(userId, id);
      const page = pageOf((web.request.query as Record<string, unknown>)?.page);
      return this.renderList(
        web,
        page,
        violations.map((v) => ({ ...v, field: `frequency-${id}` })),
      );
    }
    await this.savedSearches.update(userId, id, { frequency: value.frequency });
    web.redirect(LIST, 'searches.frequencyChanged');
  }

  @Post(':id/supprimer')
  async remove(@Web() web: WebContext, @PageIdParam('id') id: string): Promise<void> {
    await this.savedSearches.remove(web.user!.id, id);
    web.redirect(LIST, 'searches.deleted');
  }

  private async renderList(
    web: WebContext,
    page: number,
    violations: readonly FieldViolation[] = [],
  ): Promise<void> {
    const found = await this.savedSearches.list(web.user!.id, pageWindowOf(page));
    const labels = await ReferenceLabels.load(this.taxonomy, web.lang);
    const fmt = new Formats(web.lang);
    await web.render(
      'entrepreneur/searches',
      { title: web.t('searches.title'), noindex: true },
      {
        current: 'searches',
        styles: ['entrepreneur.css'],
        fmt,
        errors: new FormErrors(violations, web.t),
        items: found.items.map((s) => ({
          id: s.id,
          name: s.name,
          frequency: s.frequency,
          lastAlertAt: s.lastAlertAt,
          criteria: describeQuery(s.search, web.t, labels, fmt),
          runUrl: searchUrl(s.search),
        })),
        frequencies: ALERT_FREQUENCIES,
        total: found.total,
        maxSearches: MAX_SAVED_SEARCHES_PER_USER,
        pager: pagination(page, found.total, PAGE_SIZE, (n) =>
          withQuery(LIST, { page: String(n) }),
        ),
      },
      { status: violations.length ? 400 : 200 },
    );
  }

  private async renderForm(
    web: WebContext,
    form: FormBody,
    state: {
      name: string;
      searchViolations?: readonly FieldViolation[];
      fieldViolations?: readonly FieldViolation[];
      limitReached?: boolean;
    },
    status?: number,
  ): Promise<void> {
    const described = await this.describeForm(web, form);
    const problems = searchProblems(
      [...(state.searchViolations ?? []), ...described.violations],
      web.t,
    );
    const criteria = problems.length ? [] : described.criteria;
    const inWords = queryInWords(criteria, web.t, web.lang);
    const errors = new FormErrors(state.fieldViolations ?? [], web.t);
    await web.render(
      'entrepreneur/search-new',
      { title: web.t('searches.new.title'), noindex: true },
      {
        current: 'searches',
        styles: ['entrepreneur.css'],
        errors,
        problems,
        criteria,
        hidden: hiddenFieldsOf(form),
        values: {
          name: state.name || (problems.length ? '' : truncate(inWords, SAVED_SEARCH_NAME_MAX)),
          frequency: text(form, 'frequency') || 'daily',
        },
        frequencies: ALERT_FREQUENCIES,
        limitReached: state.limitReached === true,
        maxSearches: MAX_SAVED_SEARCHES_PER_USER,
        backUrl: described.query && !problems.length ? searchUrl(described.query) : '/recherche',
      },
      { status: status ?? (problems.length || errors.any ? 400 : 200) },
    );
  }

  /** The form's search checked by the API's DTO, and in words when it is valid. */
  private async describeForm(web: WebContext, form: FormBody) {
    const { search, violations } = searchFromForm(form);
    const checked = await validateWith(SearchFiltersDto, search);
    const all = [...violations, ...checked.violations];
    if (checked.violations.length) return { violations: all, criteria: [], query: undefined };
    const query = toSavedSearchQuery(checked.value);
    const criteria = describeQuery(
      query,
      web.t,
      await ReferenceLabels.load(this.taxonomy, web.lang),
      new Formats(web.lang),
    );
    return { violations: all, criteria, query };
  }
}
