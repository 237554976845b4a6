import { Get, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicOffersService } from '@app/catalogue';
import { Public } from '@app/identity';
import { OrganisationService } from '@app/support-organisation';
import { PortalController } from '../web/portal-controller';
import { absoluteUrl } from '../web/web-context';

/** Under the 50,000 URLs a sitemap may hold, with room for the organisations and pages. */
export const OFFERS_PER_SITEMAP = 45_000;
const CACHE = 'public, max-age=3600';

/** Private spaces, the API and search result pages stay out of search engines. */
const ROBOTS_DISALLOW = ['/mon-espace', '/espace', '/admin', '/api/', '/recherche'];

/**
 * robots.txt and sitemap.xml. Up to OFFERS_PER_SITEMAP published offers, /sitemap.xml lists
 * the home page, the verified organisations with published offers and the offers (the search
 * page is disallowed to crawlers, unverified organisations' pages are noindex);
 * beyond, it is a sitemap index of `?part=pages` and `?part=1…n` (offers in id order).
 */
@PortalController()
export class SitemapController {
  constructor(
    private readonly offers: PublicOffersService,
    private readonly organisations: OrganisationService,
  ) {}

  @Public()
  @Get('robots.txt')
  robots(@Res() reply: FastifyReply): void {
    const lines = [
      'User-agent: *',
      ...ROBOTS_DISALLOW.map((path) => `Disallow: ${path}`),
      '',
      `Sitemap: ${absoluteUrl('/sitemap.xml')}`,
      '',
    ];
    void reply
      .header('content-type', 'text/plain; charset=utf-8')
      .header('cache-control', CACHE)
      .send(lines.join('\n'));
  }

  @Public()
  @Get('sitemap.xml')
  async sitemap(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const part = (request.query as Record<string, unknown> | undefined)?.part;
    const { total } = await this.offers.list({}, 0, 1);
    const parts = Math.ceil(total / OFFERS_PER_SITEMAP);
    let xml: string;
    if (parts <= 1)
      xml = urlset(await this.entries({ pages: true, offers: [0, Number.MAX_SAFE_INTEGER] }));
    else if (part === undefined) xml = index(parts);
    else if (part === 'pages') xml = urlset(await this.entries({ pages: true }));
    else {
      const n = typeof part === 'string' && /^[1-9]\d{0,5}$/.test(part) ? Number(part) : NaN;
      if (!(n >= 1 && n <= parts)) {
        void reply
          .status(404)
          .header('content-type', 'text/plain; charset=utf-8')
          .send('Not found');
        return;
      }
      const from = (n - 1) * OFFERS_PER_SITEMAP;
      xml = urlset(await this.entries({ offers: [from, from + OFFERS_PER_SITEMAP] }));
    }
    void reply
      .header('content-type', 'application/xml; charset=utf-8')
      .header('cache-control', CACHE)
      .send(xml);
  }

  /** Offers in [from, to) of the published ones and/or the pages and organisations. */
  private async entries(what: {
    pages?: boolean;
    offers?: [number, number];
  }): Promise<Array<{ path: string; lastmod?: Date }>> {
    const offers: Array<{ path: string; lastmod?: Date }> = [];
    const organisations = new Map<string, Date>();
    let position = 0;
    for await (const batch of this.offers.publishedBatches(1000)) {
      for (const offer of batch) {
        const latest = organisations.get(offer.organisationId);
        if (!latest || latest < offer.updatedAt)
          organisations.set(offer.organisationId, offer.updatedAt);
        if (what.offers && position >= what.offers[0] && position < what.offers[1])
          offers.push({
            path: `/offres/${encodeURIComponent(offer.slug)}`,
            lastmod: offer.updatedAt,
          });
        position += 1;
      }
      if (!what.pages && what.offers && position >= what.offers[1]) break;
    }
    if (!what.pages) return offers;
    const newest = [...organisations.values()].reduce<Date | undefined>(
      (a, b) => (!a || b > a ? b : a),
      undefined,
    );
    const summaries = await this.organisations.summaries([...organisations.keys()]);
    const pages = [
      { path: '/', lastmod: newest },
      ...[...summaries.values()]
        .filter((o) => o.verified)
        .map((o) => ({
          path: `/organisations/${encodeURIComponent(o.slug)}`,
          lastmod: organisations.get(o.id),
        })),
    ];
    return [...pages, ...offers];
  }
}

function urlset(entries: Array<{ path: string; lastmod?: Date }>): string {
  const urls = entries.map(
    (e) =>
      `<url><loc>${xmlEscape(absoluteUrl(e.path))}</loc>${
        e.lastmod ? `<lastmod>${e.lastmod.toISOString()}</lastmod>` : ''
      }</url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

function index(parts: number): string {
  const sitemaps = ['pages', ...Array.from({ length: parts }, (_, i) => String(i + 1))].map(
    (part) =>
      `<sitemap><loc>${xmlEscape(absoluteUrl(`/sitemap.xml?part=${part}`))}</loc></sitemap>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps,
    '</sitemapindex>',
    '',
  ].join('\n');
}

function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
