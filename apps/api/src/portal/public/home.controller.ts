import { Get, Logger } from '@nestjs/common';
import { PublicOffersService, TaxonomyService } from '@app/catalogue';
import { Public } from '@app/identity';
import { SearchService } from '@app/search';
import { OrganisationService } from '@app/support-organisation';
import { publicMessages } from '../messages';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { Formatter } from './format';
import { offerCard } from './offer-cards';

const LATEST_OFFERS = 6;
/** The MEET Africa programme's countries: always offered on the home page. */
const FEATURED_COUNTRIES = ['SN', 'CI', 'CM', 'ML', 'MA', 'TN'];
const MAX_COUNTRIES = 10;
/** Counts per category and country move slowly: one count of the whole index a minute. */
const COUNTS_TTL_MS = 60_000;

type Facets = Record<string, Record<string, number>>;

@PortalController()
export class HomeController {
  private readonly logger = new Logger(HomeController.name);
  private counts?: { at: number; facets: Facets };

  constructor(
    private readonly offers: PublicOffersService,
    private readonly organisations: OrganisationService,
    private readonly taxonomy: TaxonomyService,
    private readonly search: SearchService,
  ) {}

  @Public()
  @Get()
  async home(@Web(publicMessages) web: WebContext): Promise<void> {
    const terms = await this.taxonomy.list('category');
    const fmt = new Formatter(web.lang, terms);
    const [facets, latest] = await Promise.all([
      this.facets(web),
      this.offers.list({}, 0, LATEST_OFFERS),
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
    const byCount = Object.entries(facets?.targetCountry ?? {})
      .sort((a, b) => b[1] - a[1])
      .map(([code]) => code);
    const codes = [...new Set([...FEATURED_COUNTRIES, ...byCount])].slice(0, MAX_COUNTRIES);
    const names = fmt.sorted(codes.map((c) => fmt.country(c)));
    const countries = codes
      .map((code) => ({
        code,
        name: fmt.country(code),
        url: `/recherche?targetCountry=${code}`,
        count: facets ? (facets.targetCountry?.[code] ?? 0) : undefined,
      }))
      .sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name));
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
        latest: latest.items.map((o) => offerCard(o, fmt, organisations.get(o.organisationId))),
        fmt,
        styles: ['public.css'],
      },
    );
  }

  /** Offers per category and target country, or undefined while the search engine is down. */
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
