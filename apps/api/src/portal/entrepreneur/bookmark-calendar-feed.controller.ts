import { Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ValidationFailedError } from '@app/core';
import { CONTENT_LANGUAGES } from '@app/catalogue';
import { Public } from '@app/identity';
import {
  BookmarkCalendarService,
  buildDeadlineCalendar,
  calendarNotFound,
  ICALENDAR_CONTENT_TYPE,
  type DeadlineEvent,
} from '@app/open-data';
import { commonMessages } from '../messages';
import { entrepreneurMessages } from '../messages';
import { translator } from '../web/i18n';
import { DEFAULT_UI_LANGUAGE, isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../web/language';
import { PortalController } from '../web/portal-controller';
import { absoluteUrl } from '../web/web-context';

/** The longest path segment read as a token (43 characters, `.ics` after it). */
const MAX_SEGMENT = 64;

/**
 * `GET /calendrier/favoris/<token>.ics`: the deadlines of an entrepreneur's saved offers as
 * iCalendar, for calendar apps that cannot sign in. Public route; the secret token is the only
 * key, and a revoked, unknown or malformed one is a 404 that tells nothing more. The answer
 * is personal: never stored by shared caches (`private, no-store`).
 */
@PortalController('calendrier/favoris')
export class BookmarkCalendarFeedController {
  constructor(private readonly calendar: BookmarkCalendarService) {}

  @Public()
  @Get(':token')
  async feed(
    @Param('token') segment: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    reply.header('cache-control', 'private, no-store');
    reply.header('referrer-policy', 'no-referrer');
    const query = (request.query ?? {}) as Record<string, unknown>;
    let lang: UiLanguage = DEFAULT_UI_LANGUAGE;
    if (query.lang !== undefined) {
      if (!isUiLanguage(query.lang))
        throw new ValidationFailedError(
          [
            {
              field: 'lang',
              rule: 'isIn',
              message: `lang must be one of: ${UI_LANGUAGES.join(', ')}`,
            },
          ],
          `lang must be one of: ${UI_LANGUAGES.join(', ')}`,
        );
      lang = query.lang;
    }
    if (segment.length > MAX_SEGMENT) throw calendarNotFound();
    const token = segment.endsWith('.ics') ? segment.slice(0, -4) : segment;
    const bookmarks = await this.calendar.bookmarksOf(token);
    const t = translator(lang, [entrepreneurMessages, commonMessages]);
    const host = new URL(absoluteUrl('/')).host || 'passerelle';
    const events = bookmarks.flatMap((b): DeadlineEvent[] => {
      const { offer } = b;
      // Archived or back with its organisation: no longer public, so not in the calendar.
      if (offer.state !== 'published' && offer.state !== 'expired') return [];
      if (offer.rolling || !offer.deadline) return [];
      const order = [lang, ...CONTENT_LANGUAGES.filter((l) => l !== lang)];
      const title = order.map((l) => offer.titles[l]).find((x) => !!x) ?? '';
      return [
        {
          uid: `bookmark-deadline-${offer.id}@${host}`,
          date: offer.deadline.slice(0, 10),
          summary: t('bookmarks.calendar.event', { title }),
          url: absoluteUrl(`/offres/${encodeURIComponent(offer.slug)}`),
          updated: b.savedAt,
        },
      ];
    });
    const text = buildDeadlineCalendar({
      name: t('bookmarks.calendar.name'),
      refreshSeconds: 6 * 3600,
      events,
    });
    void reply
      .header('content-type', ICALENDAR_CONTENT_TYPE)
      .header('content-disposition', 'inline; filename="passerelle-favoris.ics"')
      .send(text);
  }
}
