import { Body, Get, Param, Post } from '@nestjs/common';
import { isCountableVisit, OfferStatsRecorder } from '@app/analytics';
import { AppError, ExchangeRates, NotFoundError, type FieldViolation } from '@app/core';
import { PublicOffersService, TaxonomyService, type PublicOfferView } from '@app/catalogue';
import {
  BookmarksService,
  ContactRequestService,
  EligibilityService,
  factsFromContent,
  PROFILE_SHAREABLE_FIELDS,
  ProfileService,
  type EntrepreneurProfileView,
  type ShareableProfileField,
} from '@app/entrepreneur-profile';
import { Public, Roles } from '@app/identity';
import { OrganisationService } from '@app/support-organisation';
import { SendContactRequestDto } from '../../entrepreneur-profile/contact-requests.dto';
import { discoveryMessages, publicMessages } from '../messages';
import {
  asForm,
  checked,
  FormErrors,
  list,
  optionalText,
  text,
  validateWith,
  violationsOf,
} from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { absoluteUrl, Web, type WebContext } from '../web/web-context';
import { redirectToCanonical } from './canonical';
import { Formatter, httpUrl, todayIso } from './format';
import { offerPageModel } from './offer-page';
import { shareLinks } from './share-links';
import { offerStructuredData } from './structured-data';

/** The longest slug or id looked up (the public API's limit). */
const MAX_ID_LENGTH = 200;
const DESCRIPTION_MAX = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ContactFormState {
  readonly values: {
    subject: string;
    message: string;
    sharedFields: string[];
    shareEmail: boolean;
  };
  readonly errors: FormErrors;
  /** A refusal that is not about a field (too many requests). */
  readonly notice?: string;
}

const EMPTY_CONTACT: ContactFormState = {
  values: { subject: '', message: '', sharedFields: [], shareEmail: false },
  errors: new FormErrors(),
};

/**
 * The public page of an offer (published or expired) with, for a signed-in entrepreneur,
 * their eligibility, a bookmark button and a contact form.
 */
@PortalController()
export class OfferPagesController {
  constructor(
    private readonly offers: PublicOffersService,
    private readonly organisations: OrganisationService,
    private readonly taxonomy: TaxonomyService,
    private readonly profiles: ProfileService,
    private readonly eligibility: EligibilityService,
    private readonly bookmarks: BookmarksService,
    private readonly contacts: ContactRequestService,
    private readonly stats: OfferStatsRecorder,
    private readonly rates: ExchangeRates,
  ) {}

  @Public()
  @Get('offres/:slug')
  async show(
    @Web([publicMessages, discoveryMessages]) web: WebContext,
    @Param('slug') slug: string,
  ): Promise<void> {
    const key = slug.slice(0, MAX_ID_LENGTH);
    const offer = await this.offers.get(key);
    // By its id or an old slug, the page moved to its readable address: the view is counted there.
    if (UUID.test(key) || key !== offer.slug) {
      return redirectToCanonical(web, `/offres/${encodeURIComponent(offer.slug)}`);
    }
    if (isCountableVisit(web.request)) this.stats.view(offer.id);
    await this.render(web, offer, EMPTY_CONTACT);
  }

  /**
   * The offer page's "apply" link: counts the click, then 302 to the offer's own http(s)
   * application address. Only that address, read from the offer: nothing from the request
   * decides where it goes, so it cannot be used to send people elsewhere.
   */
  @Public()
  @Get('offres/:slug/postuler')
  async apply(@Web(publicMessages) web: WebContext, @Param('slug') slug: string): Promise<void> {
    const offer = await this.offers.get(slug.slice(0, MAX_ID_LENGTH));
    const target = httpUrl(offer.content.apply.url);
    if (!target) {
      throw new NotFoundError('CATALOGUE.NO_APPLY_URL', 'This offer has no application link.');
    }
    if (isCountableVisit(web.request)) this.stats.apply(offer.id);
    web.reply
      .status(302)
      .header('location', target)
      .header('cache-control', 'no-store')
      .header('x-robots-tag', 'noindex')
      .send();
  }

  @Post('offres/:slug/favori')
  @Roles('entrepreneur')
  async bookmark(
    @Web([publicMessages, discoveryMessages]) web: WebContext,
    @Param('slug') slug: string,
    @Body() body: unknown,
  ): Promise<void> {
    const offer = await this.offers.get(slug.slice(0, MAX_ID_LENGTH));
    const userId = web.user!.id;
    // The form says what its button did ("add" or "remove"), so a double submit or a page
    // left open in two tabs does not undo itself; without it, the current state is flipped.
    const action = text(asForm(body), 'action');
    const remove =
      action === 'remove' || (action !== 'add' && (await this.bookmarks.isSaved(userId, offer.id)));
    if (remove) await this.bookmarks.remove(userId, offer.id);
    else await this.bookmarks.save(userId, offer.id);
    web.redirect(
      `/offres/${encodeURIComponent(offer.slug)}`,
      remove ? 'offer.bookmark.removed' : 'offer.bookmark.added',
    );
  }

  @Post('offres/:slug/contact')
  @Roles('entrepreneur')
  async contact(
    @Web([publicMessages, discoveryMessages]) web: WebContext,
    @Param('slug') slug: string,
    @Body() body: unknown,
  ): Promise<void> {
    const offer = await this.offers.get(slug.slice(0, MAX_ID_LENGTH));
    const form = asForm(body);
    const values = {
      subject: text(form, 'subject'),
      message: text(form, 'message'),
      sharedFields: list(form, 'sharedFields'),
      shareEmail: checked(form, 'shareEmail'),
    };
    const { value, violations } = await validateWith(SendContactRequestDto, {
      subject: optionalText(form, 'subject'),
      message: values.message,
      sharedFields: values.sharedFields,
      shareEmail: values.shareEmail,
    });
    if (violations.length) {
      await this.render(web, offer, { values, errors: this.errors(web, violations) }, 400);
      return;
    }
    try {
      await this.contacts.send(web.user!, offer.id, value);
    } catch (error) {
      const found = violationsOf(error);
      if (found) {
        await this.render(web, offer, { values, errors: this.errors(web, found) }, 400);
        return;
      }
      if (error instanceof AppError && error.kind === 'rate_limited') {
        const seconds = error.extra.retryAfterSeconds ?? 3600;
        web.reply.header('retry-after', String(seconds));
        const key =
          error.code === 'CONTACT_REQUEST.OFFER_ALREADY_CONTACTED'
            ? 'offer.contact.alreadyContacted'
            : 'offer.contact.tooMany';
        const notice = web.t(key, { minutes: Math.max(1, Math.ceil(seconds / 60)) });
        await this.render(web, offer, { values, errors: new FormErrors(), notice }, 429);
        return;
      }
      throw error;
    }
    web.redirect(`/offres/${encodeURIComponent(offer.slug)}#contact`, 'offer.contact.sent');
  }

  private errors(web: WebContext, violations: readonly FieldViolation[]): FormErrors {
    return new FormErrors(violations, web.t);
  }

  private async render(
    web: WebContext,
    offer: PublicOfferView,
    contact: ContactFormState,
    status = 200,
  ): Promise<void> {
    const c = offer.content;
    const terms = await this.taxonomy.list(undefined, { includeRetired: true });
    const organisation = await this.organisations.summary(offer.organisationId);
    const page = offerPageModel(web, { offer, terms, organisation, rates: this.rates });
    const { fmt, title, summary, description, titleLang } = page;
    const today = todayIso();

    const entrepreneur = web.user?.kind === 'entrepreneur' ? web.user : undefined;
    let personal:
      | {
          hasProfile: boolean;
          eligibility?: {
            verdict: string;
            reasons: Array<{ status: string; text: string }>;
          };
          saved: boolean;
          shareable: Array<{ field: ShareableProfileField; label: string; value: string }>;
        }
      | undefined;
    if (entrepreneur) {
      const profile = await this.profiles.get(entrepreneur.id);
      const hasProfile = profile.updatedAt !== null;
      const explained = hasProfile
        ? await this.eligibility.explain(factsFromContent(c), profile, web.lang, today)
        : undefined;
      personal = {
        hasProfile,
        eligibility: explained && {
          verdict: explained.verdict,
          reasons: explained.reasons.map((r) => ({ status: r.status, text: r.text })),
        },
        saved: await this.bookmarks.isSaved(entrepreneur.id, offer.id),
        shareable: PROFILE_SHAREABLE_FIELDS.map((field) => ({
          field,
          label: web.t(`offer.contact.share.${field}`),
          value: shareableValue(profile, field, fmt),
        })),
      };
    }

    const url = page.url;
    const metaDescription = truncate(summary.text || description.text, DESCRIPTION_MAX);
    await web.render(
      'public/offer',
      {
        title: title.text,
        titleIsContent: true,
        description: metaDescription,
        jsonLd: offerStructuredData({
          offer,
          organisation,
          fmt,
          title: title.text,
          description: metaDescription,
          inLanguage: titleLang,
        }),
        ogType: 'article',
        canonicalPath: url,
        // A page showing a filled-in form or a personal verdict is not for search engines.
        noindex: status !== 200,
      },
      {
        ...page.data,
        canContact: offer.state === 'published' && !page.expired,
        personal,
        contact,
        loginUrl: `/connexion?next=${encodeURIComponent(url)}`,
        signupUrl: `/inscription?next=${encodeURIComponent(url)}`,
        pageUrl: absoluteUrl(url),
        share: shareLinks(absoluteUrl(url), title.text, web.t('share.emailIntro')),
      },
      { status },
    );
  }
}

function shareableValue(
  p: EntrepreneurProfileView,
  field: ShareableProfileField,
  fmt: Formatter,
): string {
  switch (field) {
    case 'residenceCountry':
      return p.residenceCountry ? fmt.country(p.residenceCountry) : '';
    case 'originCountries':
      return fmt.countries(p.originCountries);
    case 'targetCountries':
      return fmt.countries(p.targetCountries);
    case 'sectorCodes':
      return fmt.terms('sector', p.sectorCodes);
    case 'stageCode':
      return p.stageCode ? fmt.term('stage', p.stageCode) : '';
    case 'businessName':
      return p.businessName ?? '';
    case 'businessDescription':
      return truncate(p.businessDescription ?? '', 80);
    case 'languages':
      return fmt.languages(p.languages);
  }
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
