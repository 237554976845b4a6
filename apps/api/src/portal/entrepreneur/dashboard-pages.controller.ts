import { Get, Logger } from '@nestjs/common';
import {
  BookmarksService,
  ContactRequestService,
  hasMatchingFacts,
  ProfileService,
  RecommendationService,
  SavedSearchesService,
  type Recommendation,
} from '@app/entrepreneur-profile';
import { AccountService, Roles } from '@app/identity';
import { discoveryMessages, entrepreneurMessages } from '../messages';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { Formats, pickTitle } from './page-helpers';
import { SETUP_PATH } from './profile-setup-pages.controller';

const FOR_YOU = 10;
const ONE = { page: 1, pageSize: 1, offset: 0, limit: 1 };

/** /mon-espace: "For you", a nudge to complete the profile, and the space at a glance. */
@PortalController('mon-espace')
@Roles('entrepreneur')
export class DashboardPagesController {
  private readonly logger = new Logger(DashboardPagesController.name);

  constructor(
    private readonly profiles: ProfileService,
    private readonly recommendations: RecommendationService,
    private readonly bookmarks: BookmarksService,
    private readonly savedSearches: SavedSearchesService,
    private readonly contactRequests: ContactRequestService,
    private readonly accounts: AccountService,
  ) {}

  @Get()
  async dashboard(@Web([entrepreneurMessages, discoveryMessages]) web: WebContext): Promise<void> {
    const user = web.user!;
    const [profile, setup] = await Promise.all([
      this.profiles.get(user.id),
      this.profiles.setupState(user.id),
    ]);
    const matchable = hasMatchingFacts(profile);
    // A new account lands here after signing in: the set-up first, once.
    if (!matchable && !setup) return web.redirect(`${SETUP_PATH}/1`);
    const [account, bookmarks, searches, requests, forYou] = await Promise.all([
      // The session knows the account's id and e-mail, not the name it greets.
      this.accounts.get(user.id),
      this.bookmarks.list(user.id, ONE),
      this.savedSearches.list(user.id, ONE),
      this.contactRequests.listSent(user, { offset: 0, limit: 3 }),
      // Without countries, stage or sector every card would say "partly": ask for them instead.
      matchable ? this.forYou(user.id, web) : Promise.resolve(null),
    ]);
    await web.render(
      'entrepreneur/dashboard',
      { title: web.t('dashboard.title'), noindex: true },
      {
        current: 'dashboard',
        styles: ['entrepreneur.css'],
        fmt: new Formats(web.lang),
        displayName: account.displayName,
        completeness: profile.completeness,
        forYou,
        setupUrl: `${SETUP_PATH}/1`,
        counts: {
          bookmarks: bookmarks.total,
          searches: searches.total,
          requests: requests.total,
        },
        latestRequests: requests.items,
      },
    );
  }

  /** The recommendations as cards; undefined when the search engine cannot answer now. */
  private async forYou(userId: string, web: WebContext) {
    let found: Recommendation[];
    try {
      found = await this.recommendations.forUser(userId, web.lang, FOR_YOU);
    } catch (error) {
      // The rest of the space stays usable while the search engine is down.
      this.logger.warn({ err: error }, 'recommendations unavailable');
      return undefined;
    }
    return found.map((r) => {
      const d = r.document;
      return {
        slug: d.slug,
        title: pickTitle(
          { fr: d.title_fr, en: d.title_en, pt: d.title_pt, ar: d.title_ar },
          web.lang,
        ),
        organisation: d.organisationName,
        verified: d.organisationVerified,
        deadline: d.deadline,
        rolling: d.rolling,
        verdict: r.verdict,
        needMatch: r.needMatch,
        reasons: r.reasons.map((reason) => ({ status: reason.status, text: reason.text })),
      };
    });
  }
}
