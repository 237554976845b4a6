import { Get, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ValidationFailedError, type FieldViolation } from '@app/core';
import { TaxonomyService } from '@app/catalogue';
import { Public } from '@app/identity';
import {
  ATOM_CONTENT_TYPE,
  buildAtomFeed,
  buildDeadlineCalendar,
  ICALENDAR_CONTENT_TYPE,
  type AtomEntry,
  type DeadlineEvent,
} from '@app/open-data';
import { SearchService, type SearchDocument, type SortKey } from '@app/search';
import { OrganisationService } from '@app/support-organisation';
import { commonMessages } from '../messages';
import { publicMessages } from '../messages';
import {
  readSearchQuery,
  rootField,
  searchPairs,
  searchRequestOf,
  searchUrl,
} from '../search-query';
import type { SearchState } from '../search-query';
import { translator, type Translate } from '../web/i18n';
import { DEFAULT_UI_LANGUAGE, isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../web/language';
import { PortalController } from '../web/portal-controller';
import { absoluteUrl } from '../web/web-context';
import { Formatter } from './format';

/** Entries of a feed: the first page of the search, at the API's largest page size. */
export const FEED_SIZE = 50;
/** Feeds are the same for everyone (no profile, no session): shared caches may keep them. */
export const FEED_CACHE_SECONDS = 300;
const CACHE = `public, max-age=${FEED_CACHE_SECONDS}`;

type Format = 'atom' | 'ics';

/**
 * The search page's results as feeds: `/recherche.atom` (Atom 1.0, newest first unless the
 * search asks for another order) and `/recherche.ics` (iCalendar, one all-day event per
 * deadline, soonest first), with the same parameters as `/recherche`. Feed readers and
 * calendar apps do not sign in, so feeds ignore any session: no profile ranking, and the
 * language comes from `?lang=` alone (French by default). A parameter the page would drop
 * with a message is a 400 problem naming it here: a feed has nowhere to show the message.
 */
@PortalController()
export class SearchFeedsController {
  constructor(
    private readonly search: SearchService,
    private readonly taxonomy: TaxonomyService,
    private readonly organisations: OrganisationService,
  ) {}

  @Public()
  @Get('recherche.atom')
  async atom(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const found = await this.run(request, 'atom', 'newest');
    const { lang, t, fmt, state } = found;
    const entries = found.hits.map((doc): AtomEntry => {
      const organisation = found.organisationSlugs.get(doc.organisationId);
      const published = doc.publishedTs > 0 ? new Date(doc.publishedTs * 1000) : new Date(0);
      return {
        id: `urn:uuid:${doc.id}`,
        title: localText(doc, 'title', lang),
        url: absoluteUrl(`/offres/${encodeURIComponent(doc.slug)}`),
        updated: published,
        published,
        summary: localText(doc, 'summary', lang),
        author: {
          name: doc.organisationName,
          url: organisation
            ? absoluteUrl(`/organisations/${encodeURIComponent(organisation)}`)
            : undefined,
        },
        categories: [
          ...doc.categoryCodes.map((code) => ({
            term: code,
            label: fmt.term('category', code),
            scheme: absoluteUrl('/recherche?category='),
          })),
          ...doc.sectorCodes.map((code) => ({
            term: code,
            label: fmt.term('sector', code),
            scheme: absoluteUrl('/recherche?sector='),
          })),
        ],
      };
    });
    const xml = buildAtomFeed({
      id: found.selfUrl,
      title: `${searchTitle(t, state)} · ${t('site.name')}`,
      subtitle: t('feed.subtitle'),
      selfUrl: found.selfUrl,
      htmlUrl: found.htmlUrl,
      language: lang,
      entries,
    });
    void reply.header('content-type', ATOM_CONTENT_TYPE).header('cache-control', CACHE).send(xml);
  }

  @Public()
  @Get('recherche.ics')
  async ics(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const found = await this.run(request, 'ics', 'deadline');
    const { lang, t } = found;
    const host = new URL(absoluteUrl('/')).host || 'passerelle';
    const events = found.hits.flatMap((doc): DeadlineEvent[] => {
      if (doc.rolling || !doc.deadline) return [];
      const url = absoluteUrl(`/offres/${encodeURIComponent(doc.slug)}`);
      const summary = localText(doc, 'summary', lang);
      return [
        {
          uid: `deadline-${doc.id}@${host}`,
          date: doc.deadline.slice(0, 10),
          summary: t('feed.calendar.event', { title: localText(doc, 'title', lang) }),
          description: [summary, t('feed.calendar.by', { organisation: doc.organisationName }), url]
            .filter(Boolean)
            .join('\n\n'),
          url,
          updated: doc.publishedTs > 0 ? new Date(doc.publishedTs * 1000) : undefined,
        },
      ];
    });
    const text = buildDeadlineCalendar({
      name: t('feed.calendar.name', { search: searchTitle(t, found.state) }),
      description: t('feed.calendar.description'),
      url: found.htmlUrl,
      refreshSeconds: 6 * 3600,
      events,
    });
    void reply
      .header('content-type', ICALENDAR_CONTENT_TYPE)
      .header('content-disposition', 'inline; filename="passerelle-deadlines.ics"')
      .header('cache-control', CACHE)
      .send(text);
  }

  /** Reads the query like the search page, refusing what the page would drop, and searches. */
  private async run(request: FastifyRequest, format: Format, defaultSort: SortKey) {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const violations: FieldViolation[] = [];
    let lang: UiLanguage = DEFAULT_UI_LANGUAGE;
    if (query.lang !== undefined) {
      if (isUiLanguage(query.lang)) lang = query.lang;
      else
        violations.push({
          field: 'lang',
          rule: 'isIn',
          message: `lang must be one of: ${UI_LANGUAGES.join(', ')}`,
        });
    }
    const read = await readSearchQuery(query);
    for (const v of read.violations) violations.push({ ...v, field: rootField(v.field) });
    if (violations.length) throw new ValidationFailedError(violations, violations[0].message);
    const state = read.state;
    const explicitSort = typeof query.sort === 'string' && query.sort !== '';
    const sort = explicitSort ? state.sort : defaultSort;
    // Validation errors of the allow-lists (unknown codes) are 400 problems from the service.
    const result = await this.search.search(
      searchRequestOf(state, { lang, pageSize: FEED_SIZE, page: 1, sort }),
    );
    const hits = result.hits.map((hit) => hit.document);
    const summaries = await this.organisations.summaries([
      ...new Set(hits.map((doc) => doc.organisationId)),
    ]);
    const terms = await this.taxonomy.list(undefined, { includeRetired: true });
    const pairs = searchPairs(state, { page: 1 }).filter(([field]) => field !== 'sort');
    if (explicitSort) pairs.push(['sort', state.sort]);
    const feedQuery = new URLSearchParams([...pairs, ['lang', lang]]).toString();
    return {
      lang,
      state,
      t: translator(lang, [publicMessages, commonMessages]),
      fmt: new Formatter(lang, terms),
      hits,
      organisationSlugs: new Map([...summaries].map(([id, o]) => [id, o.slug])),
      selfUrl: absoluteUrl(`/recherche.${format}?${feedQuery}`),
      htmlUrl: absoluteUrl(searchUrl(state)),
    };
  }
}

function searchTitle(t: Translate, state: SearchState): string {
  return state.q ? t('search.titleFor', { q: state.q }) : t('search.title');
}

/** A text of the offer in the feed's language, else in the first language it has. */
function localText(doc: SearchDocument, field: 'title' | 'summary', lang: UiLanguage): string {
  const order = [lang, ...doc.languages.filter((l) => l !== lang), 'fr', 'en', 'pt', 'ar'];
  for (const l of order) {
    const value = doc[`${field}_${l}` as keyof SearchDocument];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return '';
}
