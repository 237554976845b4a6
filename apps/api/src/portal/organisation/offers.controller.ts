import { Body, Get, Post, Query } from '@nestjs/common';
import type { FieldViolation } from '@app/core';
import { OfferService, contentViolations, type OfferContent, type OfferView } from '@app/catalogue';
import { Roles } from '@app/identity';
import { PageIdParam } from '../page-id';
import { OfferContentDto, UpdateOfferDto } from '../../catalogue/offer.dto';
import { asForm, FormErrors, text, validateWith, violationsOf } from '../web/forms';
import { pageOf } from '../web/pagination';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import {
  emptyOfferValues,
  offerBodyFromValues,
  offerValuesFromContent,
  offerValuesFromForm,
} from './offer-form';
import { EDITOR_MESSAGES, OfferEditorPage, sentence } from './offer-editor';
import { isConflict, OrganisationScopes } from './organisation-web';

/** The offer editor: a new offer, and an existing one's content (a draft, or a revision). */
@PortalController('espace/offres')
export class OfferEditorPagesController {
  constructor(
    private readonly scopes: OrganisationScopes,
    private readonly offers: OfferService,
    private readonly editor: OfferEditorPage,
  ) {}

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
    await this.editor.show(web, scope, null, { values: emptyOfferValues() });
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
      await this.editor.show(web, scope, null, {
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
      await this.editor.show(web, scope, null, {
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
    const { scope, offer } = await this.editor.find(web.user!, id);
    const content = offer.pendingRevision?.content ?? offer.content;
    await this.editor.show(
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
    const { scope, offer } = await this.editor.find(user, id);
    const form = asForm(body);
    const values = offerValuesFromForm(form);
    const version = text(form, 'expectedVersion');
    const plain = {
      ...offerBodyFromValues(values),
      expectedVersion: version === '' ? undefined : Number(version),
    };
    const checked = await this.check(UpdateOfferDto, plain);
    if (checked.violations.length > 0) {
      await this.editor.show(web, scope, offer, {
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
        await this.editor.show(web, scope, await this.offers.get(user, offer.organisationId, id), {
          values,
          errors: new FormErrors(violations, web.t),
          status: 400,
        });
        return;
      }
      if (!isConflict(error)) throw error;
      await this.editor.show(web, scope, await this.offers.get(user, offer.organisationId, id), {
        values,
        conflict: sentence(web, error),
        status: 409,
      });
      return;
    }
    web.redirect(
      `/espace/offres/${id}`,
      offer.state === 'published' ? 'offer.revisionSubmitted' : 'offer.saved',
    );
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
}
