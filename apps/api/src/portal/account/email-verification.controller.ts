import { Body, Get, Post, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { AppError } from '@app/core';
import { AccountService, AuthService, Public } from '@app/identity';
import { TokenDto } from '../../identity/identity.dto';
import { accountMessages } from '../messages';
import { asForm, text, validateWith } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, withQuery, type WebContext } from '../web/web-context';
import { homeOf, queryParam, safeNext } from './account-paths';
import { AuthController } from '../../identity/auth.controller';
import { PageThrottlerGuard, SharesLimitWith, throttledAlert } from './page-throttler.guard';

const PAGE_STYLES = { styles: ['account.css'] };

/**
 * Confirming the e-mail address. Mail scanners open links before people do, so the link's
 * page (GET) only shows a button; the token is used by the button's POST.
 */
@PortalController()
export class EmailVerificationPagesController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountService,
  ) {}

  @Public()
  @Get('verify-email')
  async confirmForm(@Web(accountMessages) web: WebContext): Promise<void> {
    const token = queryParam(web, 'token');
    if (!(await this.auth.isLinkLive(token, 'verify_email'))) return this.renderInvalid(web);
    await web.render(
      'account/verify-email',
      { title: web.t('account.verify.title'), noindex: true },
      { token, ...PAGE_STYLES },
    );
  }

  @Public()
  @Post('verify-email')
  @UseGuards(PageThrottlerGuard)
  @SkipThrottle({ account: true })
  @SharesLimitWith(AuthController, 'verifyEmail')
  async confirm(@Web(accountMessages) web: WebContext, @Body() body: unknown): Promise<void> {
    const token = text(asForm(body), 'token');
    const tooMany = throttledAlert(web);
    if (tooMany) {
      return web.render(
        'account/verify-email',
        { title: web.t('account.verify.title'), noindex: true },
        { token, alert: tooMany, ...PAGE_STYLES },
        { status: 429 },
      );
    }
    const { value, violations } = await validateWith(TokenDto, { token });
    if (violations.length > 0) return this.renderInvalid(web);
    try {
      await this.auth.verifyEmail(value.token);
    } catch (error) {
      if (error instanceof AppError && error.code === 'IDENTITY.INVALID_TOKEN')
        return this.renderInvalid(web);
      throw error;
    }
    web.redirect('/verify-email/confirmee');
  }

  /** After the confirmation: where to go next depends on whether this browser is signed in. */
  @Public()
  @Get('verify-email/confirmee')
  async confirmed(@Web(accountMessages) web: WebContext): Promise<void> {
    await this.renderDone(web, false);
  }

  /** The account's confirmation state, and a new link on request. */
  @Get('compte/verification')
  async status(@Web(accountMessages) web: WebContext): Promise<void> {
    await this.renderStatus(web, safeNext(queryParam(web, 'next')));
  }

  @Post('compte/verification')
  @UseGuards(PageThrottlerGuard)
  @SkipThrottle({ account: true })
  @SharesLimitWith(AuthController, 'resend')
  async resend(@Web(accountMessages) web: WebContext, @Body() body: unknown): Promise<void> {
    const next = safeNext(text(asForm(body), 'next'));
    const tooMany = throttledAlert(web);
    if (tooMany) return this.renderStatus(web, next, tooMany, 429);
    await this.auth.resendVerification(web.user!.id);
    web.redirect(withQuery('/compte/verification', { next }), 'account.flash.verificationSent');
  }

  private async renderStatus(
    web: WebContext,
    next: string | undefined,
    alert?: string,
    status = 200,
  ): Promise<void> {
    const account = await this.accounts.get(web.user!.id);
    await web.render(
      'account/verification',
      { title: web.t('account.verification.title'), noindex: true },
      {
        email: account.email ?? web.user!.email,
        verified: account.emailVerifiedAt !== null,
        continueUrl: next ?? homeOf(web.user!.kind),
        next,
        alert,
        ...PAGE_STYLES,
      },
      { status },
    );
  }

  private async renderDone(web: WebContext, already: boolean): Promise<void> {
    await web.render(
      'account/verify-email-done',
      { title: web.t('account.verified.title'), noindex: true },
      { already, spaceUrl: web.user ? homeOf(web.user.kind) : undefined, ...PAGE_STYLES },
    );
  }

  /** A dead link; when the address is confirmed already, say that instead. */
  private async renderInvalid(web: WebContext): Promise<void> {
    if (web.user) {
      const account = await this.accounts.get(web.user.id);
      if (account.emailVerifiedAt) return this.renderDone(web, true);
    }
    await web.render(
      'account/link-invalid',
      { title: web.t('account.link.invalidTitle'), noindex: true },
      {
        message: web.t('account.verify.invalid'),
        actionUrl: web.user
          ? '/compte/verification'
          : withQuery('/connexion', { next: '/compte/verification' }),
        actionLabel: web.t(web.user ? 'account.verify.resend' : 'account.verify.resendSignedOut'),
        ...PAGE_STYLES,
      },
      { status: 400 },
    );
  }
}
