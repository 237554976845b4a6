import { Get, Post, Query } from '@nestjs/common';
import { PublicOffersService } from '@app/catalogue';
import { BookmarksService } from '@app/entrepreneur-profile';
import { Roles } from '@app/identity';
import { OrganisationService } from '@app/support-organisation';
import { entrepreneurMessages } from '../messages/entrepreneur';
import { PageIdParam } from '../page-id';
import { pageOf, pagination } from '../web/pagination';
import { PortalController } from '../web/portal-controller';
import { Web, withQuery, type WebContext } from '../web/web-context';
import { Formats, PAGE_SIZE, pageWindowOf, pickTitle } from './page-helpers';

/** /mon-espace/favoris: saved offers with where they stand now, and a way to remove each. */
@PortalController('mon-espace/favoris')
@Roles('entrepreneur')
export class BookmarksPagesController {
  constructor(
    private readonly bookmarks: BookmarksService,
    private readonly offers: PublicOffersService,
    private readonly organisations: OrganisationService,
  ) {}

  @Get()
  async list(
    @Web(entrepreneurMessages) web: WebContext,
    @Query('page') pageParam: unknown,
  ): Promise<void> {
    const page = pageOf(pageParam);
    const found = await this.bookmarks.list(web.user!.id, pageWindowOf(page));
    const ids = found.items.map((b) => b.offerId);
    const organisationOf = await this.offers.organisationIdsOf(ids);
    const names = await this.organisations.summaries([...new Set(organisationOf.values())]);
    await web.render(
      'entrepreneur/bookmarks',
      { title: web.t('bookmarks.title'), noindex: true },
      {
        current: 'bookmarks',
        styles: ['entrepreneur.css'],
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
        })),
        total: found.total,
        pager: pagination(page, found.total, PAGE_SIZE, (n) =>
          withQuery('/mon-espace/favoris', { page: String(n) }),
        ),
      },
    );
  }

  @Post(':offerId/retirer')
  async remove(@Web() web: WebContext, @PageIdParam('offerId') offerId: string): Promise<void> {
    await this.bookmarks.remove(web.user!.id, offerId);
    web.redirect('/mon-espace/favoris', 'bookmarks.removed');
  }
}
