import { Body, Get, Post, Query } from '@nestjs/common';
import { AppError, type FieldViolation } from '@app/core';
import {
  checkTransition,
  CONTENT_LANGUAGES,
  COST_TYPES,
  FINANCING_CATEGORIES,
  FORMATS,
  GENDER_FOCUS,
  OFFER_STATES,
  OfferService,
  TaxonomyService,
  contentViolations,
  titleIn,
  type OfferAction,
  type OfferContent,
  type OfferState,
  type OfferView,
  type TaxonomyVocabulary,
} from '@app/catalogue';
import { Roles, type AuthenticatedUser } from '@app/identity';
import { PageIdParam } from '../page-id';
import { OfferContentDto, UpdateOfferDto } from '../../catalogue/offer.dto';
import { editingMessages, organisationMessages } from '../messages';
import { comboboxTexts } from '../web/combobox';
import { isolate } from '../web/bidi';
import { asForm, FormErrors, text, validateWith, violationsOf } from '../web/forms';
import { pageOf } from '../web/pagination';
import { PortalController } from '../web/portal-controller';
import { Web, withQuery, type WebContext } from '../web/web-context';
import {
  emptyOfferValues,
  offerBodyFromValues,
  offerValuesFromContent,
  offerValuesFromForm,
  type OfferFormValues,
} from './offer-form';
import {
  findOwnOffer,
  isConflict,
  OrganisationScopes,
  PAGE_SIZE,
  pagination,
  spaceNav,
  type OrganisationScope,
} from './organisation-web';

/**
 * What the organisation may do to an offer in its state: the moves of the lib's state table
 * (offer-state.ts) an organisation may make, and editing, which the table does not cover
 * (drafts in place, a published offer through a revision).
 */
export function allowedActions(offer: OfferView) {
  const can = (action: OfferAction) => checkTransition(offer.state, action, 'organisation').ok;
  return {
    save: ['draft', 'changes_requested', 'published'].includes(offer.state),
    submit: can('submit'),
    archive: can('archive'),
    reopen: can('reopen'),
    reconfirm: offer.state === 'published',
    withdrawRevision: offer.state === 'published' && offer.pendingRevision !== null,
  };
}

/** The editor's sections: the space's sentences and those of the editor's pickers and tabs. */
const EDITOR_MESSAGES = [organisationMessages, editingMessages];

interface EditorState {
  values: OfferFormValues;
  errors?: FormErrors;
  /** A 409 (someone else changed the offer, or a move the state no longer allows). */
  conflict?: string;
  status?: number;
}

@PortalController('espace/offres')
export class OfferPagesController {
  constructor(
    private readonly scopes: OrganisationScopes,
    private readonly offers: OfferService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Get()
  @Roles('organisation_member')
  async list(
    @Web(EDITOR_MESSAGES) web: WebContext,
    @Query('organisation') requested?: string,
    @Query('state') stateParam?: string,
    @Query('page') pageParam?: string,
  ): Promise<void> {
    const user = web.user!;
    const scope = await this.scopes.resolve(user, requested);
    const state = (OFFER_STATES as readonly string[]).includes(stateParam ?? '')
      ? (stateParam as OfferState)
      : undefined;
    const page = pageOf(pageParam);
    const meta = { title: web.t('offers.title'), noindex: true };
    if (!scope.current) {
      await web.render('organisation/offers', meta, {
        nav: spaceNav(web, scope, 'offers'),
        styles: ['organisation.css'],
        organisation: null,
      });
      return;
    }
    const organisationId = scope.current.id;
    const { items, total } = await this.offers.list(
      user,
      organisationId,
      state ? [state] : undefined,
      (page - 1) * PAGE_SIZE,
      PAGE_SIZE,
    );
    const base = { organisation: organisationId, state };
    await web.render('organisation/offers', meta, {
      nav: spaceNav(web, scope, 'offers'),
      styles: ['organisation.css'],
      organisation: scope.current,
      state,
      states: OFFER_STATES.map((s) => ({
        state: s,
        href: withQuery('/espace/offres', { ...base, state: s, page: undefined }),
      })),
      allHref: withQuery('/espace/offres', { ...base, state: undefined }),
      newHref: withQuery('/espace/offres/nouvelle', { organisation: organisationId }),
      items: items.map((o) => ({
        id: o.id,
        title: titleIn(o.content, web.lang),
        state: o.state,
        categoryCode: o.content.categoryCode,
        updatedAt: o.updatedAt,
        lastVerifiedAt: o.lastVerifiedAt,
        pendingRevision: o.pendingRevision?.state ?? null,
      })),
      pager: pagination(page, total, (p) =>
        withQuery('/espace/offres', { ...base, page: String(p) }),
      ),
      f: await this.scopes.formatter(web),
    });
  }

  @Get('nouvelle')
  @Roles('organisation_member')
  async newForm(
    @Web(EDITOR_MESSAGES) web: WebContext,
    @Query('organisation') requested?: string,
  ): Promise<void> {
    const scope = await this.scopes.resolve(web.user!, requested);
    if (!scope.current) {
      web.redirect('/espace/organisations/nouvelle', 'offers.organisationFirst');
      return;
    }
    await this.showEditor(web, scope, null, { values: emptyOfferValues() });
  }

  @Post('nouvelle')
  @Roles('organisation_member')
  async create(@Web(EDITOR_MESSAGES) web: WebContext, @Body() body: unknown): Promise<void> {
    const user = web.user!;
    const form = asForm(body);
    const scope = await this.scopes.resolve(user, text(form, 'organisationId') || undefined);
    if (!scope.current) {
      web.redirect('/espace/organisations/nouvelle', 'offers.organisationFirst');
      return;
    }
    const values = offerValuesFromForm(form);
    const checked = await this.check(OfferContentDto, offerBodyFromValues(values));
    if (checked.violations.length > 0) {
      await this.showEditor(web, scope, null, {
        values,
        errors: new FormErrors(checked.violations, web.t),
        status: 400,
      });
      return;
    }
    let created: OfferView;
    try {
      created = await this.offers.create(user, scope.current.id, checked.content);
    } catch (error) {
      const violations = violationsOf(error);
      if (!violations) throw error;
      await this.showEditor(web, scope, null, {
        values,
        errors: new FormErrors(violations, web.t),
        status: 400,
      });
      return;
    }
    if (text(form, 'action') === 'submit') {
      try {
        await this.offers.submit(user, scope.current.id, created.id);
      } catch (error) {
        // The draft exists now: its page says why it was not submitted (400 or 409).
        const refusal = violationsOf(error) ? 'invalid' : isConflict(error) ? 'conflict' : null;
        if (!refusal) throw error;
        web.redirect(`/espace/offres/${created.id}`, `offer.createdNotSubmitted.${refusal}`);
        return;
      }
      web.redirect(`/espace/offres/${created.id}`, 'offer.createdAndSubmitted');
      return;
    }
    if (text(form, 'action') === 'preview') {
      web.redirect(`/espace/offres/${created.id}/apercu`, 'editing.preview.saved');
      return;
    }
    web.redirect(`/espace/offres/${created.id}`, 'offer.created');
  }

  @Get(':id')
  @Roles('organisation_member')
  async edit(
    @Web(EDITOR_MESSAGES) web: WebContext,
    @PageIdParam('id') id: string,
    @Query('historique') historyPage?: string,
  ): Promise<void> {
    const { scope, offer } = await this.find(web.user!, id);
    const content = offer.pendingRevision?.content ?? offer.content;
    await this.showEditor(
      web,
      scope,
      offer,
      { values: offerValuesFromContent(content) },
      pageOf(historyPage),
    );
  }

  @Post(':id')
  @Roles('organisation_member')
  async update(
    @Web(EDITOR_MESSAGES) web: WebContext,
    @PageIdParam('id') id: string,
    @Body() body: unknown,
  ): Promise<void> {
    const user = web.user!;
    const { scope, offer } = await this.find(user, id);
    const form = asForm(body);
    const values = offerValuesFromForm(form);
    const version = text(form, 'expectedVersion');
    const plain = {
      ...offerBodyFromValues(values),
      expectedVersion: version === '' ? undefined : Number(version),
    };
    const checked = await this.check(UpdateOfferDto, plain);
    if (checked.violations.length > 0) {
      await this.showEditor(web, scope, offer, {
        values,
        errors: new FormErrors(checked.violations, web.t),
        status: 400,
      });
      return;
    }
    const { expectedVersion, ...content } = checked.content as OfferContent & {
      expectedVersion?: number;
    };
    try {
      await this.offers.update(user, offer.organisationId, id, content, expectedVersion);
      if (text(form, 'action') === 'submit') {
        await this.offers.submit(user, offer.organisationId, id);
        web.redirect(`/espace/offres/${id}`, 'offer.submitted');
        return;
      }
      if (text(form, 'action') === 'preview') {
        web.redirect(`/espace/offres/${id}/apercu`, 'editing.preview.saved');
        return;
      }
    } catch (error) {
      const violations = violationsOf(error);
      if (violations) {
        await this.showEditor(web, scope, await this.offers.get(user, offer.organisationId, id), {
          values,
          errors: new FormErrors(violations, web.t),
          status: 400,
        });
        return;
      }
      if (!isConflict(error)) throw error;
      await this.showEditor(web, scope, await this.offers.get(user, offer.organisationId, id), {
        values,
        conflict: this.sentence(web, error),
        status: 409,
      });
      return;
    }
    web.redirect(
      `/espace/offres/${id}`,
      offer.state === 'published' ? 'offer.revisionSubmitted' : 'offer.saved',
    );
  }

  @Post(':id/archiver')
  @Roles('organisation_member')
  async archive(
    @Web(EDITOR_MESSAGES) web: WebContext,
    @PageIdParam('id') id: string,
  ): Promise<void> {
    await this.act(web, id, 'offer.archived', (user, org) => this.offers.archive(user, org, id));
  }

  @Post(':id/rouvrir')
  @Roles('organisation_member')
  async reopen(
    @Web(EDITOR_MESSAGES) web: WebContext,
    @PageIdParam('id') id: string,
  ): Promise<void> {
    await this.act(web, id, 'offer.reopened', (user, org) => this.offers.reopen(user, org, id));
  }

  @Post(':id/reconfirmer')
  @Roles('organisation_member')
  async reconfirm(
    @Web(EDITOR_MESSAGES) web: WebContext,
    @PageIdParam('id') id: string,
  ): Promise<void> {
    await this.act(web, id, 'offer.reconfirmed', (user, org) =>
      this.offers.reconfirm(user, org, id),
    );
  }

  @Post(':id/revision/retirer')
  @Roles('organisation_member')
  async withdrawRevision(
    @Web(EDITOR_MESSAGES) web: WebContext,
    @PageIdParam('id') id: string,
  ): Promise<void> {
    await this.act(web, id, 'offer.revisionWithdrawn', (user, org) =>
      this.offers.withdrawRevision(user, org, id),
    );
  }

  /**
   * A state change from a button. A 409 (the state moved meanwhile) shows the offer page
   * again with the service's sentence and the offer as it is now.
   */
  private async act(
    web: WebContext,
    id: string,
    flash: string,
    move: (user: AuthenticatedUser, organisationId: string) => Promise<OfferView>,
  ): Promise<void> {
    const user = web.user!;
    const { scope, offer } = await this.find(user, id);
    try {
      await move(user, offer.organisationId);
    } catch (error) {
      const violations = violationsOf(error);
      if (!violations && !isConflict(error)) throw error;
      const now = await this.offers.get(user, offer.organisationId, id);
      const content = now.pendingRevision?.content ?? now.content;
      await this.showEditor(web, scope, now, {
        values: offerValuesFromContent(content),
        errors: violations ? new FormErrors(violations, web.t) : undefined,
        conflict: violations ? undefined : this.sentence(web, error as AppError),
        status: violations ? 400 : 409,
      });
      return;
    }
    web.redirect(`/espace/offres/${id}`, flash);
  }

  private find(user: AuthenticatedUser, id: string) {
    return findOwnOffer(this.scopes, this.offers, user, id);
  }

  /**
   * The API's checks in the API's order: the DTO (shapes and formats), then, for a body of
   * the right shape, the rules across fields, so every problem shows at once.
   */
  private async check(
    dto: typeof OfferContentDto | typeof UpdateOfferDto,
    plain: Record<string, unknown>,
  ): Promise<{ content: OfferContent; violations: FieldViolation[] }> {
    const { value, violations } = await validateWith(dto, plain);
    const content = { ...value } as OfferContent;
    const all = [...violations];
    try {
      all.push(...contentViolations(content));
    } catch {
      // A body the DTO refused may not have the shape the content rules read.
    }
    return { content, violations: violations.length > 0 ? all : [] };
  }

  private sentence(web: WebContext, error: AppError): string {
    const key = `problem.${error.code}`;
    const translated = web.t(key);
    return translated === key ? error.message : translated;
  }

  private async selectable(vocabulary: TaxonomyVocabulary, selected: readonly string[]) {
    return (await this.taxonomy.list(vocabulary, { includeRetired: true })).filter(
      (t) => t.selectable || selected.includes(t.code),
    );
  }

  private async showEditor(
    web: WebContext,
    scope: OrganisationScope,
    offer: OfferView | null,
    state: EditorState,
    historyPage = 1,
  ): Promise<void> {
    const user = web.user!;
    const values = state.values;
    const selected = (name: string) => {
      const value = values[name];
      return Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];
    };
    const [categories, sectors, stages, f] = await Promise.all([
      this.selectable('category', selected('categoryCode')),
      this.selectable('sector', selected('sectorCodes')),
      this.selectable('stage', selected('stageCodes')),
      this.scopes.formatter(web),
    ]);
    let history: { items: unknown[]; pager: ReturnType<typeof pagination> } | null = null;
    if (offer) {
      const [events, total] = await this.offers.auditLog(
        user,
        offer.organisationId,
        offer.id,
        (historyPage - 1) * PAGE_SIZE,
        PAGE_SIZE,
      );
      history = {
        items: events,
        pager: pagination(historyPage, total, (p) =>
          withQuery(`/espace/offres/${offer.id}`, { historique: String(p) }),
        ),
      };
    }
    const errors = state.errors ?? new FormErrors();
    // The offer's own title is user content: isolated in <title>, marked in the heading.
    const ownTitle = offer ? titleIn(offer.content, web.lang) : '';
    const title = ownTitle ? isolate(ownTitle) : web.t(offer ? 'offer.untitled' : 'offer.newTitle');
    await web.render(
      'organisation/offer',
      {
        title: errors.any || state.conflict ? `${web.t('form.errorPrefix')} ${title}` : title,
        noindex: true,
      },
      {
        nav: spaceNav(web, scope, 'offers'),
        organisation: scope.current,
        offer,
        heading: ownTitle || title,
        ownHeading: Boolean(ownTitle),
        actions: offer
          ? allowedActions(offer)
          : {
              save: true,
              submit: true,
              archive: false,
              reopen: false,
              reconfirm: false,
              withdrawRevision: false,
            },
        editable: offer ? allowedActions(offer).save : true,
        values,
        errors,
        conflict: state.conflict,
        history,
        action: offer ? `/espace/offres/${offer.id}` : '/espace/offres/nouvelle',
        contentLanguages: CONTENT_LANGUAGES,
        formats: FORMATS,
        costTypes: COST_TYPES,
        genderFocus: GENDER_FOCUS,
        financingCategories: FINANCING_CATEGORIES,
        categories,
        sectors,
        stages,
        f,
        previewHref: offer ? `/espace/offres/${offer.id}/apercu` : undefined,
        comboboxTexts: comboboxTexts(web.t),
        // The tab marker of a language for 0..4 filled fields, and a form shown again after a
        // refusal holds unsaved input: leaving it warns from the start.
        filledTexts: [0, 1, 2, 3, 4].map((count) =>
          web.t('editing.tabs.filled', { count, total: 4 }),
        ),
        startDirty: (state.status ?? 200) >= 400,
        scripts: ['combobox.js', 'offer-editor.js'],
        styles: ['organisation.css', 'editing.css'],
      },
      { status: state.status ?? 200 },
    );
  }
}
