import { Body, Get, Post } from '@nestjs/common';
import { AppError, formatDay } from '@app/core';
import { Public } from '@app/identity';
import { MembershipService, type InvitationPreview } from '@app/support-organisation';
import { accountMessages } from '../messages';
import { asForm, text } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, withQuery, type WebContext } from '../web/web-context';
import { queryParam } from './account-paths';

const TOKEN = /^[A-Za-z0-9_-]{10,200}$/;
const PAGE_STYLES = { styles: ['account.css'] };

/** Joining an organisation from the e-mailed invitation link. */
@PortalController('invitations')
export class InvitationPagesController {
  constructor(private readonly members: MembershipService) {}

  /** Shows what the invitation is for; visitors are offered to sign in or sign up and come back. */
  @Public()
  @Get('accept')
  async show(@Web(accountMessages) web: WebContext): Promise<void> {
    const token = queryParam(web, 'token');
    if (!TOKEN.test(token)) return this.renderProblem(web, 'invalid');
    let preview: InvitationPreview;
    try {
      preview = await this.members.previewInvitation(token, web.user);
    } catch (error) {
      return this.renderProblem(web, problemOf(error));
    }
    const back = withQuery('/invitations/accept', { token });
    await web.render(
      'account/invitation',
      {
        title: web.t('account.invitation.title', { organisation: preview.organisationName }),
        noindex: true,
      },
      {
        token,
        invitation: preview,
        expires: formatDay(preview.expiresAt, web.lang),
        signInUrl: withQuery('/connexion', { next: back }),
        signUpUrl: withQuery('/inscription', { next: back, type: 'organisation' }),
        ...PAGE_STYLES,
      },
    );
  }

  @Post('accept')
  async accept(@Web(accountMessages) web: WebContext, @Body() body: unknown): Promise<void> {
    const token = text(asForm(body), 'token');
    if (!TOKEN.test(token)) return this.renderProblem(web, 'invalid');
    let organisationId: string;
    try {
      ({ organisationId } = await this.members.accept(token, web.user!));
    } catch (error) {
      return this.renderProblem(web, problemOf(error));
    }
    web.redirect(`/espace/organisations/${organisationId}`, 'account.flash.invitationAccepted');
  }

  private async renderProblem(web: WebContext, problem: Problem): Promise<void> {
    const texts = {
      invalid: ['account.invitation.invalidTitle', 'account.invitation.invalid', 400],
      otherAddress: [
        'account.invitation.otherAddressTitle',
        'account.invitation.otherAddress',
        403,
      ],
      kind: ['account.invitation.kindTitle', 'account.invitation.kind', 403],
    } as const;
    const [title, message, status] = texts[problem];
    await web.render(
      'account/invitation-problem',
      { title: web.t(title), noindex: true },
      { message: web.t(message, { email: web.user?.email ?? '' }), problem, ...PAGE_STYLES },
      { status },
    );
  }
}

type Problem = 'invalid' | 'otherAddress' | 'kind';

/** The membership service's refusals, as the page explains them; anything else goes up. */
function problemOf(error: unknown): Problem {
  if (error instanceof AppError) {
    if (error.code === 'ORGANISATION.INVALID_INVITATION') return 'invalid';
    if (error.code === 'ORGANISATION.INVITATION_EMAIL_MISMATCH') return 'otherAddress';
    if (error.code === 'ORGANISATION.ORGANISATION_ACCOUNT_REQUIRED') return 'kind';
  }
  throw error;
}
