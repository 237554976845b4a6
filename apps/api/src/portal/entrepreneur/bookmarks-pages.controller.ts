import { Body, Get, Post, Query } from '@nestjs/common';
import { PublicOffersService } from '@app/catalogue';
import { BookmarksService, DeadlineRemindersService } from '@app/entrepreneur-profile';
import { Roles } from '@app/identity';
import { BookmarkCalendarService } from '@app/open-data';
import { OrganisationService } from '@app/support-organisation';
import { entrepreneurMessages, mailMessages } from '../messages';
import { PageIdParam } from '../page-id';
import { asForm, text } from '../web/forms';
import { pageOf, pagination } from '../web/pagination';
import { PortalController } from '../web/portal-controller';
import { absoluteUrl, Web, withQuery, type WebContext } from '../web/web-context';
import { Formats, PAGE_SIZE, pageWindowOf, pickTitle } from './page-helpers';

/**
 * A new calendar address is shown once, on the page the form goes back to: its token rides
 * in this short-lived httpOnly cookie (limited to the page's path) and is cleared when shown.
 */
const NEW_CALENDAR_COOKIE = 'passerelle_new_calendar';
const CALENDAR_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The secret calendar feed of saved offers (public route, the token is the key). */
export function bookmarkCalendarPath(token: string, lang: string): string {
  return `/calendrier/favoris/${token}.ics?lang=${lang}`;
}

/**
 * /mon-espace/favoris: saved offers with where they stand now, and a way to remove each;
 * the secret calendar address of their deadlines (make, replace, revoke).
 */
const PAGE = '/mon-espace/favoris';

@PortalController('mon-espace/favoris')
@Roles('entrepreneur')
export class BookmarksPagesController {
  constructor(
    private readonly bookmarks: BookmarksService,
    private readonly offers: PublicOffersService,
    private readonly organisations: OrganisationService,
    private readonly calendar: BookmarkCalendarService,
    private readonly reminders: DeadlineRemindersService,
  ) {}

  @Get()
  async list(
    @Web([entrepreneurMessages, mailMessages]) web: WebContext,
    @Query('page') pageParam: unknown,
  ): Promise<void> {
    const page = pageOf(pageParam);
    const found = await this.bookmarks.list(web.user!.id, pageWindowOf(page));
    const ids = found.items.map((b) => b.offerId);
    const organisationOf = await this.offers.organisationIdsOf(ids);
    const names = await this.organisations.summaries([...new Set(organisationOf.values())]);
    const status = await this.calendar.status(web.user!);
    const fresh = web.request.cookies?.[NEW_CALENDAR_COOKIE];
    if (fresh !== undefined) web.reply.clearCookie(NEW_CALENDAR_COOKIE, { path: PAGE });
    const shown =
      fresh && CALENDAR_TOKEN.test(fresh) && (await this.calendar.isCurrent(web.user!, fresh))
        ? absoluteUrl(bookmarkCalendarPath(fresh, web.lang))
        : undefined;
    await web.render(
      'entrepreneur/bookmarks',
      { title: web.t('bookmarks.title'), noindex: true },
      {
        current: 'bookmarks',
        styles: ['entrepreneur.css'],
        scripts: shown ? ['copy-link.js'] : [],
        calendar: { ...status, url: shown },
        remindersStopped: await this.reminders.allStopped(web.user!.id),
        fmt: new Formats(web.lang),
        items: found.items.map((b) => ({
          offerId: b.offerId,
          slug: b.offer.slug,
          state: b.offer.state,
          title: pickTitle(b.offer.titles, web.lang),
          organisation: names.get(organisationOf.get(b.offerId) ?? '')?.name ?? null,
          deadline: b.offer.deadline,
          rolling: b.offer.rolling,
          savedAt: b.savedAt,
          reminders: b.reminders,
        })),
        total: found.total,
        pager: pagination(page, found.total, PAGE_SIZE, (n) =>
          withQuery('/mon-espace/favoris', { page: String(n) }),
        ),
      },
    );
  }

  /** Makes the calendar address, or replaces it (the old one stops working at once). */
  @Post('calendrier')
  async issueCalendar(@Web() web: WebContext): Promise<void> {
    const token = await this.calendar.issue(web.user!);
    web.reply.setCookie(NEW_CALENDAR_COOKIE, token, {
      path: PAGE,
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      maxAge: 300,
    });
    web.redirect(`${PAGE}#agenda`, 'bookmarks.calendar.created');
  }

  @Post('calendrier/revoquer')
  async revokeCalendar(@Web() web: WebContext): Promise<void> {
    await this.calendar.revoke(web.user!);
    web.redirect(`${PAGE}#agenda`, 'bookmarks.calendar.revoked');
  }

  /** The deadline reminder of one saved offer on or off. */
  @Post(':offerId/rappels')
  async offerReminders(
    @Web() web: WebContext,
    @PageIdParam('offerId') offerId: string,
    @Body() body: unknown,
  ): Promise<void> {
    const on = text(asForm(body), 'reminders') === 'on';
    await this.reminders.setOfferReminders(web.user!.id, offerId, on);
    web.redirect(`${PAGE}#offer-${offerId}`, 'page.reminders.saved');
  }

  @Post(':offerId/retirer')
  async remove(@Web() web: WebContext, @PageIdParam('offerId') offerId: string): Promise<void> {
    await this.bookmarks.remove(web.user!.id, offerId);
    web.redirect('/mon-espace/favoris', 'bookmarks.removed');
  }
}
