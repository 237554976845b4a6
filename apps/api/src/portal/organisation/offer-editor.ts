import { Injectable } from '@nestjs/common';
import type { AppError } from '@app/core';
import {
  checkTransition,
  CONTENT_LANGUAGES,
  COST_TYPES,
  FINANCING_CATEGORIES,
  FORMATS,
  GENDER_FOCUS,
  OfferService,
  TaxonomyService,
  titleIn,
  type OfferAction,
  type OfferView,
  type TaxonomyVocabulary,
} from '@app/catalogue';
import type { AuthenticatedUser } from '@app/identity';
import { editingMessages, organisationMessages } from '../messages';
import { comboboxTexts } from '../web/combobox';
import { isolate } from '../web/bidi';
import { FormErrors } from '../web/forms';
import { withQuery, type WebContext } from '../web/web-context';
import type { OfferFormValues } from './offer-form';
import {
  findOwnOffer,
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
export const EDITOR_MESSAGES = [organisationMessages, editingMessages];

export interface EditorState {
  values: OfferFormValues;
  errors?: FormErrors;
  /** A 409 (someone else changed the offer, or a move the state no longer allows). */
  conflict?: string;
  status?: number;
}

/** The sentence of a refusal in the page language, or the service's own when none is translated. */
export function sentence(web: WebContext, error: AppError): string {
  const key = `problem.${error.code}`;
  const translated = web.t(key);
  return translated === key ? error.message : translated;
}

/**
 * The offer editor page (/espace/offres/nouvelle, /espace/offres/:id): shown by the editor's
 * routes and again, with the refusal, by the state actions when a move fails.
 */
@Injectable()
export class OfferEditorPage {
  constructor(
    private readonly scopes: OrganisationScopes,
    private readonly offers: OfferService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** The member's own offer and the scope of its organisation (404 otherwise). */
  find(user: AuthenticatedUser, id: string) {
    return findOwnOffer(this.scopes, this.offers, user, id);
  }

  async show(
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

  private async selectable(vocabulary: TaxonomyVocabulary, selected: readonly string[]) {
    return (await this.taxonomy.list(vocabulary, { includeRetired: true })).filter(
      (t) => t.selectable || selected.includes(t.code),
    );
  }
}
