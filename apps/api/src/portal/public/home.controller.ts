import { Get, Logger } from '@nestjs/common';
import { CatalogueStatsService, PublicOffersService, TaxonomyService } from '@app/catalogue';
import { Public } from '@app/identity';
import { SearchService } from '@app/search';
import { OrganisationService } from '@app/support-organisation';
import { discoveryMessages, publicMessages } from '../messages';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { Formatter } from './format';
import { buildAfricaMap, levelOf, shadingScale, type AfricaMap } from './africa-map';
import { offerCard } from './offer-cards';

const LATEST_OFFERS = 6;
/** The MEET Africa programme's countries: always offered on the home page. */
const FEATURED_COUNTRIES = ['SN', 'CI', 'CM', 'ML', 'MA', 'TN'];
/** Counts per category and country move slowly: one count of the whole index a minute. */
const COUNTS_TTL_MS = 60_000;

type Facets = Record<string, Record<string, number>>;

/** The live figures of the home page, from the database (three aggregate queries). */
interface Figures {
  readonly publishedOffers: number;
  readonly verifiedOrganisations: number;
  /** Distinct project countries named by published offers. */
  readonly countries: number;
  readonly offersByCountry: ReadonlyMap<string, number>;
}

@PortalController()
export class HomeController {
  private readonly logger = new Logger(HomeController.name);
  private counts?: { at: number; facets: Facets };
  private figuresCache?: { at: number; figures: Promise<Figures> };
  /** The outlines never change: drawn once at start-up, only their colours vary. */
  private readonly map: AfricaMap = buildAfricaMap();

  constructor(
    private readonly offers: PublicOffersService,
    private readonly organisations: OrganisationService,
    private readonly taxonomy: TaxonomyService,
    private readonly search: SearchService,
    private readonly stats: CatalogueStatsService,
  ) {}

  @Public()
  @Get()
  async home(@Web([publicMessages, discoveryMessages]) web: WebContext): Promise<void> {
    const terms = await this.taxonomy.list('category');
    const fmt = new Formatter(web.lang, terms);
    const [facets, latest, figures] = await Promise.all([
      this.facets(web),
      this.offers.list({}, 0, LATEST_OFFERS),
      this.figures(),
    ]);
    const organisations = await this.organisations.summaries([
      ...new Set(latest.items.map((o) => o.organisationId)),
    ]);
    const categoryCount = (code: string) => (facets ? (facets.category?.[code] ?? 0) : undefined);
    const categories = terms
      .filter((t) => t.parentCode === null)
      .map((parent) => ({
        code: parent.code,
        label: fmt.term('category', parent.code),
        url: `/recherche?category=${encodeURIComponent(parent.code)}`,
        count: categoryCount(parent.code),
        children: terms
          .filter((t) => t.parentCode === parent.code)
          .map((child) => ({
            code: child.code,
            label: fmt.term('category', child.code),
            url: `/recherche?category=${encodeURIComponent(child.code)}`,
            count: categoryCount(child.code),
          })),
      }));
    const countOf = (code: string) => figures.offersByCountry.get(code) ?? 0;
    const countryUrl = (code: string) => `/recherche?targetCountry=${encodeURIComponent(code)}`;
    // The map's text alternative, and the real navigation: every country with offers, and
    // the programme's countries always.
    const codes = [...new Set([...FEATURED_COUNTRIES, ...figures.offersByCountry.keys()])];
    const names = fmt.sorted(codes.map((c) => fmt.country(c)));
    const countries = codes
      .map((code) => ({
        code,
        name: fmt.country(code),
        url: countryUrl(code),
        count: countOf(code),
      }))
      .sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name));
    const scale = shadingScale(Math.max(0, ...this.map.countries.map((c) => countOf(c.code))));
    const map = {
      width: this.map.width,
      height: this.map.height,
      countries: this.map.countries.map((c) => ({
        ...c,
        url: countryUrl(c.code),
        level: levelOf(countOf(c.code), scale),
        label: `${fmt.country(c.code)}${web.t('colon')}${fmt.count(web.t, 'map.offers', countOf(c.code))}`,
      })),
      legend: scale.map((step) => ({
        level: step.level,
        label:
          step.max === 0
            ? web.t('map.legend.none')
            : step.min === step.max
              ? fmt.number(step.min)
              : web.t('map.legend.range', { min: fmt.number(step.min), max: fmt.number(step.max) }),
      })),
    };
    await web.render(
      'public/home',
      {
        title: web.t('home.title'),
        description: web.t('home.description'),
        canonicalPath: '/',
      },
      {
        categories,
        countries,
        map,
        figures: [
          { key: 'figures.offers', count: figures.publishedOffers },
          { key: 'figures.organisations', count: figures.verifiedOrganisations },
          { key: 'figures.countries', count: figures.countries },
        ].map((f) => ({ number: fmt.number(f.count), text: fmt.count(web.t, f.key, f.count) })),
        latest: latest.items.map((o) => offerCard(o, fmt, organisations.get(o.organisationId))),
        fmt,
        styles: ['public.css'],
      },
    );
  }

  /**
   * Published offers, verified organisations and project countries, counted in the database
   * (the source of truth) and kept a minute: the home page is the most visited.
   */
  private figures(): Promise<Figures> {
    if (this.figuresCache && Date.now() - this.figuresCache.at < COUNTS_TTL_MS)
      return this.figuresCache.figures;
    const figures = Promise.all([
      this.stats.offersByState(),
      this.organisations.listPublic(0, 1),
      this.stats.offersByCountry(),
    ]).then(([states, verified, byCountry]) => ({
      publishedOffers: states.published,
      verifiedOrganisations: verified.total,
      countries: byCountry.countries.length,
      offersByCountry: new Map(byCountry.countries.map((c) => [c.countryCode, c.count])),
    }));
    this.figuresCache = { at: Date.now(), figures };
    // A failed count is not kept: the next visitor tries again.
    figures.catch(() => (this.figuresCache = undefined));
    return figures;
  }

  /** Offers per category, or undefined while the search engine is down. */
  private async facets(web: WebContext): Promise<Facets | undefined> {
    if (this.counts && Date.now() - this.counts.at < COUNTS_TTL_MS) return this.counts.facets;
    try {
      const result = await this.search.search({
        lang: web.lang,
        filters: {},
        sort: 'newest',
        page: 1,
        pageSize: 1,
      });
      this.counts = { at: Date.now(), facets: result.facets };
      return result.facets;
    } catch (error) {
      // The home page still lists categories and the latest offers without the counts.
      this.logger.warn({ err: error }, 'home page counts unavailable');
      return undefined;
    }
  }
}
