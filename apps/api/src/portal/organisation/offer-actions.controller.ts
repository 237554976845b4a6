import { Post } from '@nestjs/common';
import type { AppError } from '@app/core';
import { OfferService, type OfferView } from '@app/catalogue';
import { Roles, type AuthenticatedUser } from '@app/identity';
import { PageIdParam } from '../page-id';
import { FormErrors, violationsOf } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { offerValuesFromContent } from './offer-form';
import { EDITOR_MESSAGES, OfferEditorPage, sentence } from './offer-editor';
import { isConflict } from './organisation-web';

/** The state buttons of the offer page: archive, reopen, reconfirm, withdraw a revision. */
@PortalController('espace/offres')
export class OfferActionsPagesController {
  constructor(
    private readonly offers: OfferService,
    private readonly editor: OfferEditorPage,
  ) {}

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
    const { scope, offer } = await this.editor.find(user, id);
    try {
      await move(user, offer.organisationId);
    } catch (error) {
      const violations = violationsOf(error);
      if (!violations && !isConflict(error)) throw error;
      const now = await this.offers.get(user, offer.organisationId, id);
      const content = now.pendingRevision?.content ?? now.content;
      await this.editor.show(web, scope, now, {
        values: offerValuesFromContent(content),
        errors: violations ? new FormErrors(violations, web.t) : undefined,
        conflict: violations ? undefined : sentence(web, error as AppError),
        status: violations ? 400 : 409,
      });
      return;
    }
    web.redirect(`/espace/offres/${id}`, flash);
  }
}
