import { Injectable } from '@nestjs/common';
import {
  AppError,
  countryList,
  countryName,
  CURRENCY_CODES,
  currencyName,
  formatDateTime,
  intlLocale,
  languageList,
  languageName,
  NotFoundError,
} from '@app/core';
import {
  OfferService,
  TaxonomyService,
  type OfferView,
  type TaxonomyTermView,
  type TaxonomyVocabulary,
} from '@app/catalogue';
import type { AuthenticatedUser } from '@app/identity';
import { OrganisationService, type OrganisationView } from '@app/support-organisation';
import { analyticsMessages } from '../messages';
import { translator, type Translate } from '../web/i18n';
import type { UiLanguage } from '../web/language';
import { pagination as pager, type Pager } from '../web/pagination';
import { withQuery, type WebContext } from '../web/web-context';

export const PAGE_SIZE = 20;

/** The organisation a page of the space is about, among those of the signed-in member. */
export interface OrganisationScope {
  readonly organisations: OrganisationView[];
  /** undefined only when the member belongs to no organisation yet. */
  readonly current: OrganisationView | undefined;
}

/** The pager of a list and its total; `url(page)` builds each page's address. */
export function pagination(
  page: number,
  total: number,
  url: (page: number) => string,
): Pager & { total: number } {
  return { ...pager(page, total, PAGE_SIZE, url), total };
}

/** The 404 of the lib (same code and sentence) for an organisation that is not the member's. */
export const notOneOfYours = () =>
  new NotFoundError('ORGANISATION.NOT_FOUND', 'No such organisation among yours.', {
    scope: 'yours',
  });

export function isConflict(error: unknown): error is AppError {
  return error instanceof AppError && error.kind === 'conflict';
}

export function isNotFound(error: unknown): boolean {
  return error instanceof AppError && error.kind === 'not_found';
}

/**
 * Labels and formats the templates of the organisation space share: dates in the page
 * language, countries, languages, currencies and taxonomy terms by code.
 */
export class Formatter {
  private readonly dateFormat: Intl.DateTimeFormat;
  private readonly dayFormat: Intl.DateTimeFormat;
  private readonly numberFormat: Intl.NumberFormat;
  private readonly terms = new Map<string, TaxonomyTermView>();

  constructor(
    readonly lang: UiLanguage,
    terms: readonly TaxonomyTermView[] = [],
  ) {
    // The same locale variants (pt-PT, en-GB) as every other page; days in UTC like the catalogue.
    const locale = intlLocale(lang);
    this.dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    this.dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    this.numberFormat = new Intl.NumberFormat(locale);
    for (const term of terms) this.terms.set(`${term.vocabulary}:${term.code}`, term);
  }

  date(value: Date | string | null | undefined): string {
    if (!value) return '';
    return this.dateFormat.format(new Date(value));
  }

  dateTime(value: Date | string | null | undefined): string {
    if (!value) return '';
    return formatDateTime(value, this.lang);
  }

  /** A calendar day stored as YYYY-MM-DD (no time zone shift). */
  day(value: string | null | undefined): string {
    if (!value) return '';
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? value : this.dayFormat.format(date);
  }

  /** Machine-readable date for <time datetime>. */
  iso(value: Date | string | null | undefined): string {
    if (!value) return '';
    return new Date(value).toISOString();
  }

  number(value: number): string {
    return this.numberFormat.format(value);
  }

  /** A sentence with a count (an ICU plural message with a `count` argument). */
  count(t: Translate, key: string, count: number): string {
    return t(key, { count });
  }

  /** Items separated the way the page language writes lists ("a, b" / "a، b"). */
  join(items: readonly string[]): string {
    return items.join(this.lang === 'ar' ? '، ' : ', ');
  }

  country(code: string | null | undefined): string {
    if (!code) return '';
    return countryName(code, this.lang) ?? code;
  }

  countries(codes: readonly string[] | null | undefined): string {
    return this.join((codes ?? []).map((c) => this.country(c)));
  }

  language(code: string): string {
    return languageName(code, this.lang) ?? code;
  }

  currency(code: string): string {
    return currencyName(code, this.lang);
  }

  term(vocabulary: TaxonomyVocabulary, code: string | null | undefined): string {
    if (!code) return '';
    const term = this.terms.get(`${vocabulary}:${code}`);
    return term ? (term.labels[this.lang] ?? term.labels.fr) : code;
  }

  countryOptions(): Array<{ code: string; name: string }> {
    return countryList(this.lang);
  }

  languageOptions(): Array<{ code: string; name: string }> {
    return languageList(this.lang);
  }

  currencyOptions(): Array<{ code: string; name: string }> {
    const collator = new Intl.Collator(this.lang);
    return CURRENCY_CODES.map((code) => ({ code, name: `${currencyName(code, this.lang)}` })).sort(
      (a, b) => collator.compare(a.name, b.name),
    );
  }
}

/** Finds the member's organisations and the one the page is about. */
@Injectable()
export class OrganisationScopes {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /**
   * The member's organisations and the current one: `?organisation=<id>` when given (404
   * when it is not one of theirs), else the first one.
   */
  async resolve(user: AuthenticatedUser, requested: unknown): Promise<OrganisationScope> {
    const organisations = await this.organisations.mine(user);
    if (typeof requested === 'string' && requested !== '') {
      const current = organisations.find((o) => o.id === requested);
      if (!current) throw notOneOfYours();
      return { organisations, current };
    }
    return { organisations, current: organisations[0] };
  }

  /** The scope of a page whose path names the organisation (404 when not the member's). */
  async of(user: AuthenticatedUser, organisationId: string): Promise<OrganisationScope> {
    return this.resolve(user, organisationId);
  }

  /** A formatter that knows the taxonomy labels (categories, sectors, stages). */
  async formatter(web: WebContext): Promise<Formatter> {
    return new Formatter(web.lang, await this.taxonomy.list(undefined, { includeRetired: true }));
  }

  async terms(vocabulary: TaxonomyVocabulary): Promise<TaxonomyTermView[]> {
    return this.taxonomy.list(vocabulary);
  }
}

/** Links of the organisation space's own navigation, for the current organisation. */
export function spaceNav(web: WebContext, scope: OrganisationScope, active: string) {
  const current = scope.current;
  if (!current) return { items: [], active, organisations: scope.organisations, current };
  const q = (path: string) => withQuery(path, { organisation: current.id });
  return {
    active,
    current,
    organisations: scope.organisations,
    items: [
      { key: 'dashboard', href: q('/espace'), label: web.t('space.nav.dashboard') },
      { key: 'offers', href: q('/espace/offres'), label: web.t('space.nav.offers') },
      { key: 'import', href: q('/espace/import'), label: web.t('space.nav.import') },
      {
        key: 'inbox',
        href: `/espace/organisations/${current.id}/demandes`,
        label: web.t('space.nav.inbox'),
      },
      {
        key: 'profile',
        href: `/espace/organisations/${current.id}`,
        label: web.t('space.nav.profile'),
      },
      {
        key: 'members',
        href: `/espace/organisations/${current.id}/membres`,
        label: web.t('space.nav.members'),
      },
      {
        key: 'statistics',
        href: `/espace/organisations/${current.id}/statistiques`,
        // Its own section (every page of the space shows the link, not all load the section).
        label: translator(web.lang, [analyticsMessages])('analytics.nav'),
      },
    ],
  };
}

/**
 * The offer among the organisations of the signed-in member: each is asked through the
 * service (which checks membership and that the offer is that organisation's); an offer
 * of any other organisation is a 404.
 */
export async function findOwnOffer(
  scopes: OrganisationScopes,
  offers: OfferService,
  user: AuthenticatedUser,
  id: string,
): Promise<{ scope: OrganisationScope; offer: OfferView }> {
  const all = await scopes.resolve(user, undefined);
  for (const organisation of all.organisations) {
    try {
      const offer = await offers.get(user, organisation.id, id);
      return { scope: { ...all, current: organisation }, offer };
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  throw new AppError('not_found', 'CATALOGUE.OFFER_NOT_FOUND', 'No such offer.');
}
